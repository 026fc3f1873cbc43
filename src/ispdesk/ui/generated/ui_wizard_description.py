# Generated from forms/wizard_description.ui by `make forms` (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_description.ui'
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
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_WizardDescriptionPage(object):
    def setupUi(self, WizardDescriptionPage):
        if not WizardDescriptionPage.objectName():
            WizardDescriptionPage.setObjectName(u"WizardDescriptionPage")
        WizardDescriptionPage.resize(640, 460)
        self.pageLayout = QVBoxLayout(WizardDescriptionPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(6)
        self.descriptionLabel = QLabel(WizardDescriptionPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(WizardDescriptionPage)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMinimumSize(QSize(0, 90))
        self.descriptionEdit.setTabChangesFocus(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.descriptionError = QLabel(WizardDescriptionPage)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionError)

        self.locationLabel = QLabel(WizardDescriptionPage)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(WizardDescriptionPage)
        self.locationEdit.setObjectName(u"locationEdit")
        self.locationEdit.setMaxLength(300)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.locationError = QLabel(WizardDescriptionPage)
        self.locationError.setObjectName(u"locationError")
        self.locationError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.locationError)

        self.phoneLabel = QLabel(WizardDescriptionPage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(WizardDescriptionPage)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(WizardDescriptionPage)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.visitLabel = QLabel(WizardDescriptionPage)
        self.visitLabel.setObjectName(u"visitLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.visitLabel)

        self.visitCombo = QComboBox(WizardDescriptionPage)
        self.visitCombo.setObjectName(u"visitCombo")
        self.visitCombo.setEditable(True)
        self.visitCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.visitCombo)

        self.visitError = QLabel(WizardDescriptionPage)
        self.visitError.setObjectName(u"visitError")
        self.visitError.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.visitError)


        self.pageLayout.addLayout(self.form)

        self.documentsBox = QGroupBox(WizardDescriptionPage)
        self.documentsBox.setObjectName(u"documentsBox")
        self.documentsLayout = QVBoxLayout(self.documentsBox)
        self.documentsLayout.setSpacing(4)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsHint = QLabel(self.documentsBox)
        self.documentsHint.setObjectName(u"documentsHint")
        self.documentsHint.setWordWrap(True)

        self.documentsLayout.addWidget(self.documentsHint)

        self.documentsError = QLabel(self.documentsBox)
        self.documentsError.setObjectName(u"documentsError")
        self.documentsError.setWordWrap(True)

        self.documentsLayout.addWidget(self.documentsError)


        self.pageLayout.addWidget(self.documentsBox)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.visitLabel.setBuddy(self.visitCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.descriptionEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.visitCombo)

        self.retranslateUi(WizardDescriptionPage)

        QMetaObject.connectSlotsByName(WizardDescriptionPage)
    # setupUi

    def retranslateUi(self, WizardDescriptionPage):
        WizardDescriptionPage.setTitle(QCoreApplication.translate("WizardDescriptionPage", u"Descripci\u00f3n", None))
        WizardDescriptionPage.setSubTitle(QCoreApplication.translate("WizardDescriptionPage", u"Anote lo que dice el cliente con sus palabras: qu\u00e9 pasa, desde cu\u00e1ndo, qu\u00e9 ya intent\u00f3.", None))
        self.descriptionLabel.setText(QCoreApplication.translate("WizardDescriptionPage", u"&Descripci\u00f3n: *", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("WizardDescriptionPage", u"Ej.: Sin internet desde ayer en la noche; la antena tiene la luz roja. Ya reinici\u00f3 el m\u00f3dem.", None))
        self.locationLabel.setText(QCoreApplication.translate("WizardDescriptionPage", u"&Ubicaci\u00f3n de la falla:", None))
        self.phoneLabel.setText(QCoreApplication.translate("WizardDescriptionPage", u"Tel\u00e9fono de &contacto:", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("WizardDescriptionPage", u"10 d\u00edgitos, p. ej. 444 123 4567", None))
        self.visitLabel.setText(QCoreApplication.translate("WizardDescriptionPage", u"&Horario para la visita:", None))
        self.documentsBox.setTitle(QCoreApplication.translate("WizardDescriptionPage", u"Documentos que debe presentar el cliente", None))
        self.documentsHint.setText(QCoreApplication.translate("WizardDescriptionPage", u"Marque los que ya se le pidieron; se imprimen en el comprobante.", None))
    # retranslateUi
