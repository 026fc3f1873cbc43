# Generated from forms/first_run_office.ui by `make forms` (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_office.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QWidget, QWizardPage)

class Ui_OfficePage(object):
    def setupUi(self, OfficePage):
        if not OfficePage.objectName():
            OfficePage.setObjectName(u"OfficePage")
        self.formLayout = QFormLayout(OfficePage)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(OfficePage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(OfficePage)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.prefixLabel = QLabel(OfficePage)
        self.prefixLabel.setObjectName(u"prefixLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.prefixLabel)

        self.prefixEdit = QLineEdit(OfficePage)
        self.prefixEdit.setObjectName(u"prefixEdit")
        self.prefixEdit.setMaxLength(4)
        self.prefixEdit.setMaximumSize(QSize(90, 16777215))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.prefixEdit)

        self.addressLabel = QLabel(OfficePage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(OfficePage)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaximumSize(QSize(16777215, 64))
        self.addressEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phonesLabel = QLabel(OfficePage)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phonesLabel)

        self.phonesEdit = QLineEdit(OfficePage)
        self.phonesEdit.setObjectName(u"phonesEdit")
        self.phonesEdit.setMaxLength(200)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phonesEdit)

        self.emailLabel = QLabel(OfficePage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(OfficePage)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.webLabel = QLabel(OfficePage)
        self.webLabel.setObjectName(u"webLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.webLabel)

        self.webEdit = QLineEdit(OfficePage)
        self.webEdit.setObjectName(u"webEdit")
        self.webEdit.setMaxLength(200)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.webEdit)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.prefixLabel.setBuddy(self.prefixEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phonesLabel.setBuddy(self.phonesEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.webLabel.setBuddy(self.webEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OfficePage)

        QMetaObject.connectSlotsByName(OfficePage)
    # setupUi

    def retranslateUi(self, OfficePage):
        OfficePage.setTitle(QCoreApplication.translate("OfficePage", u"Datos de la oficina", None))
        OfficePage.setSubTitle(QCoreApplication.translate("OfficePage", u"Aparecen en los comprobantes que se entregan a los clientes. Podr\u00e1 cambiarlos despu\u00e9s.", None))
        self.nameLabel.setText(QCoreApplication.translate("OfficePage", u"&Nombre de la oficina:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("OfficePage", u"p. ej. Internet Rioverde", None))
        self.prefixLabel.setText(QCoreApplication.translate("OfficePage", u"&Prefijo de folio:", None))
        self.prefixEdit.setPlaceholderText(QCoreApplication.translate("OfficePage", u"RV", None))
#if QT_CONFIG(tooltip)
        self.prefixEdit.setToolTip(QCoreApplication.translate("OfficePage", u"De 1 a 4 letras; los folios se ver\u00e1n como RV26-00042-7.", None))
#endif // QT_CONFIG(tooltip)
        self.addressLabel.setText(QCoreApplication.translate("OfficePage", u"&Direcci\u00f3n:", None))
        self.phonesLabel.setText(QCoreApplication.translate("OfficePage", u"&Tel\u00e9fonos:", None))
        self.emailLabel.setText(QCoreApplication.translate("OfficePage", u"&Correo electr\u00f3nico:", None))
        self.webLabel.setText(QCoreApplication.translate("OfficePage", u"P\u00e1gina &web:", None))
    # retranslateUi
