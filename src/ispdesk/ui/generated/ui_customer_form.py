# Generated from forms/customer_form.ui by `make forms` (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_form.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_CustomerForm(object):
    def setupUi(self, CustomerForm):
        if not CustomerForm.objectName():
            CustomerForm.setObjectName(u"CustomerForm")
        CustomerForm.resize(560, 720)
        self.verticalLayout = QVBoxLayout(CustomerForm)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(0, 0, 0, 0)
        self.generalGroup = QGroupBox(CustomerForm)
        self.generalGroup.setObjectName(u"generalGroup")
        self.generalForm = QFormLayout(self.generalGroup)
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.generalForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.numberEditLabel = QLabel(self.generalGroup)
        self.numberEditLabel.setObjectName(u"numberEditLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberEditLabel)

        self.numberEdit = QLineEdit(self.generalGroup)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(30)

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.nameEditLabel = QLabel(self.generalGroup)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(self.generalGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(150)

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.phonesEditLabel = QLabel(self.generalGroup)
        self.phonesEditLabel.setObjectName(u"phonesEditLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phonesEditLabel)

        self.phonesEdit = QLineEdit(self.generalGroup)
        self.phonesEdit.setObjectName(u"phonesEdit")
        self.phonesEdit.setMaxLength(200)

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phonesEdit)

        self.emailEditLabel = QLabel(self.generalGroup)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailEditLabel)

        self.emailEdit = QLineEdit(self.generalGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.statusComboLabel = QLabel(self.generalGroup)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(self.generalGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.notesEditLabel = QLabel(self.generalGroup)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(self.generalGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 70))

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.verticalLayout.addWidget(self.generalGroup)

        self.addressGroup = QGroupBox(CustomerForm)
        self.addressGroup.setObjectName(u"addressGroup")
        self.addressForm = QFormLayout(self.addressGroup)
        self.addressForm.setObjectName(u"addressForm")
        self.addressForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.addressForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.addressEditLabel = QLabel(self.addressGroup)
        self.addressEditLabel.setObjectName(u"addressEditLabel")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addressEditLabel)

        self.addressEdit = QLineEdit(self.addressGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(250)

        self.addressForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.coloniaEditLabel = QLabel(self.addressGroup)
        self.coloniaEditLabel.setObjectName(u"coloniaEditLabel")

        self.addressForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.coloniaEditLabel)

        self.coloniaEdit = QLineEdit(self.addressGroup)
        self.coloniaEdit.setObjectName(u"coloniaEdit")
        self.coloniaEdit.setMaxLength(120)

        self.addressForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.coloniaEdit)

        self.municipioEditLabel = QLabel(self.addressGroup)
        self.municipioEditLabel.setObjectName(u"municipioEditLabel")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.municipioEditLabel)

        self.municipioEdit = QLineEdit(self.addressGroup)
        self.municipioEdit.setObjectName(u"municipioEdit")
        self.municipioEdit.setMaxLength(120)

        self.addressForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.municipioEdit)

        self.stateEditLabel = QLabel(self.addressGroup)
        self.stateEditLabel.setObjectName(u"stateEditLabel")

        self.addressForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stateEditLabel)

        self.stateEdit = QLineEdit(self.addressGroup)
        self.stateEdit.setObjectName(u"stateEdit")
        self.stateEdit.setMaxLength(60)

        self.addressForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stateEdit)

        self.postalCodeEditLabel = QLabel(self.addressGroup)
        self.postalCodeEditLabel.setObjectName(u"postalCodeEditLabel")

        self.addressForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.postalCodeEditLabel)

        self.postalCodeEdit = QLineEdit(self.addressGroup)
        self.postalCodeEdit.setObjectName(u"postalCodeEdit")
        self.postalCodeEdit.setMaxLength(5)
        self.postalCodeEdit.setMaximumSize(QSize(90, 16777215))

        self.addressForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.postalCodeEdit)

        self.referencesEditLabel = QLabel(self.addressGroup)
        self.referencesEditLabel.setObjectName(u"referencesEditLabel")

        self.addressForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.referencesEditLabel)

        self.referencesEdit = QPlainTextEdit(self.addressGroup)
        self.referencesEdit.setObjectName(u"referencesEdit")
        self.referencesEdit.setTabChangesFocus(True)
        self.referencesEdit.setMaximumSize(QSize(16777215, 70))

        self.addressForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.referencesEdit)


        self.verticalLayout.addWidget(self.addressGroup)

        self.serviceGroup = QGroupBox(CustomerForm)
        self.serviceGroup.setObjectName(u"serviceGroup")
        self.serviceForm = QFormLayout(self.serviceGroup)
        self.serviceForm.setObjectName(u"serviceForm")
        self.serviceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.serviceForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.zoneEditLabel = QLabel(self.serviceGroup)
        self.zoneEditLabel.setObjectName(u"zoneEditLabel")

        self.serviceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.zoneEditLabel)

        self.zoneEdit = QLineEdit(self.serviceGroup)
        self.zoneEdit.setObjectName(u"zoneEdit")
        self.zoneEdit.setMaxLength(80)

        self.serviceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.zoneEdit)

        self.towerEditLabel = QLabel(self.serviceGroup)
        self.towerEditLabel.setObjectName(u"towerEditLabel")

        self.serviceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.towerEditLabel)

        self.towerEdit = QLineEdit(self.serviceGroup)
        self.towerEdit.setObjectName(u"towerEdit")
        self.towerEdit.setMaxLength(80)

        self.serviceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.towerEdit)

        self.planEditLabel = QLabel(self.serviceGroup)
        self.planEditLabel.setObjectName(u"planEditLabel")

        self.serviceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.planEditLabel)

        self.planEdit = QLineEdit(self.serviceGroup)
        self.planEdit.setObjectName(u"planEdit")
        self.planEdit.setMaxLength(80)

        self.serviceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.planEdit)

        self.priceEditLabel = QLabel(self.serviceGroup)
        self.priceEditLabel.setObjectName(u"priceEditLabel")

        self.serviceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.priceEditLabel)

        self.priceEdit = QLineEdit(self.serviceGroup)
        self.priceEdit.setObjectName(u"priceEdit")
        self.priceEdit.setMaxLength(14)
        self.priceEdit.setMaximumSize(QSize(130, 16777215))

        self.serviceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.priceEdit)

        self.billingDaySpinLabel = QLabel(self.serviceGroup)
        self.billingDaySpinLabel.setObjectName(u"billingDaySpinLabel")

        self.serviceForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.billingDaySpinLabel)

        self.billingDaySpin = QSpinBox(self.serviceGroup)
        self.billingDaySpin.setObjectName(u"billingDaySpin")
        self.billingDaySpin.setMaximum(31)
        self.billingDaySpin.setMaximumSize(QSize(90, 16777215))

        self.serviceForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.billingDaySpin)


        self.verticalLayout.addWidget(self.serviceGroup)

        self.vSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.vSpacer)

#if QT_CONFIG(shortcut)
        self.numberEditLabel.setBuddy(self.numberEdit)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.phonesEditLabel.setBuddy(self.phonesEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.notesEditLabel.setBuddy(self.notesEdit)
        self.addressEditLabel.setBuddy(self.addressEdit)
        self.coloniaEditLabel.setBuddy(self.coloniaEdit)
        self.municipioEditLabel.setBuddy(self.municipioEdit)
        self.stateEditLabel.setBuddy(self.stateEdit)
        self.postalCodeEditLabel.setBuddy(self.postalCodeEdit)
        self.referencesEditLabel.setBuddy(self.referencesEdit)
        self.zoneEditLabel.setBuddy(self.zoneEdit)
        self.towerEditLabel.setBuddy(self.towerEdit)
        self.planEditLabel.setBuddy(self.planEdit)
        self.priceEditLabel.setBuddy(self.priceEdit)
        self.billingDaySpinLabel.setBuddy(self.billingDaySpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomerForm)

        QMetaObject.connectSlotsByName(CustomerForm)
    # setupUi

    def retranslateUi(self, CustomerForm):
        self.generalGroup.setTitle(QCoreApplication.translate("CustomerForm", u"Datos generales", None))
        self.numberEditLabel.setText(QCoreApplication.translate("CustomerForm", u"&N\u00famero de cliente:", None))
        self.nameEditLabel.setText(QCoreApplication.translate("CustomerForm", u"N&ombre:", None))
        self.phonesEditLabel.setText(QCoreApplication.translate("CustomerForm", u"&Tel\u00e9fonos:", None))
        self.phonesEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"separe varios con coma", None))
        self.emailEditLabel.setText(QCoreApplication.translate("CustomerForm", u"&Correo electr\u00f3nico:", None))
        self.statusComboLabel.setText(QCoreApplication.translate("CustomerForm", u"E&stado del cliente:", None))
        self.notesEditLabel.setText(QCoreApplication.translate("CustomerForm", u"No&tas:", None))
        self.addressGroup.setTitle(QCoreApplication.translate("CustomerForm", u"Domicilio del servicio", None))
        self.addressEditLabel.setText(QCoreApplication.translate("CustomerForm", u"&Calle y n\u00famero:", None))
        self.coloniaEditLabel.setText(QCoreApplication.translate("CustomerForm", u"Co&lonia:", None))
        self.municipioEditLabel.setText(QCoreApplication.translate("CustomerForm", u"&Municipio:", None))
        self.stateEditLabel.setText(QCoreApplication.translate("CustomerForm", u"&Estado:", None))
        self.postalCodeEditLabel.setText(QCoreApplication.translate("CustomerForm", u"C\u00f3digo &postal:", None))
        self.referencesEditLabel.setText(QCoreApplication.translate("CustomerForm", u"&Referencias:", None))
        self.referencesEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"c\u00f3mo llegar: entre calles, color de la casa\u2026", None))
        self.serviceGroup.setTitle(QCoreApplication.translate("CustomerForm", u"Servicio", None))
        self.zoneEditLabel.setText(QCoreApplication.translate("CustomerForm", u"&Zona:", None))
        self.towerEditLabel.setText(QCoreApplication.translate("CustomerForm", u"Torre o &nodo:", None))
        self.planEditLabel.setText(QCoreApplication.translate("CustomerForm", u"&Plan:", None))
        self.priceEditLabel.setText(QCoreApplication.translate("CustomerForm", u"Prec&io mensual:", None))
        self.priceEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"399.00", None))
        self.billingDaySpinLabel.setText(QCoreApplication.translate("CustomerForm", u"&D\u00eda de corte:", None))
        self.billingDaySpin.setSpecialValueText(QCoreApplication.translate("CustomerForm", u"\u2014", None))
        pass
    # retranslateUi
