# Generated from forms/first_run_manager.ui by `make forms` (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_manager.ui'
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
    QSizePolicy, QWidget, QWizardPage)

class Ui_ManagerPage(object):
    def setupUi(self, ManagerPage):
        if not ManagerPage.objectName():
            ManagerPage.setObjectName(u"ManagerPage")
        self.formLayout = QFormLayout(ManagerPage)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.fullNameLabel = QLabel(ManagerPage)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(ManagerPage)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(120)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.usernameLabel = QLabel(ManagerPage)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(ManagerPage)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(40)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(ManagerPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(ManagerPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(ManagerPage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(ManagerPage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ManagerPage)

        QMetaObject.connectSlotsByName(ManagerPage)
    # setupUi

    def retranslateUi(self, ManagerPage):
        ManagerPage.setTitle(QCoreApplication.translate("ManagerPage", u"Cuenta del gerente", None))
        ManagerPage.setSubTitle(QCoreApplication.translate("ManagerPage", u"La primera cuenta es la del gerente: con ella se dan de alta los dem\u00e1s usuarios.", None))
        self.fullNameLabel.setText(QCoreApplication.translate("ManagerPage", u"Nombre &completo:", None))
        self.usernameLabel.setText(QCoreApplication.translate("ManagerPage", u"&Usuario:", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("ManagerPage", u"p. ej. gerente", None))
        self.passwordLabel.setText(QCoreApplication.translate("ManagerPage", u"&Contrase\u00f1a:", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("ManagerPage", u"al menos 6 caracteres", None))
        self.confirmLabel.setText(QCoreApplication.translate("ManagerPage", u"&Repita la contrase\u00f1a:", None))
    # retranslateUi
