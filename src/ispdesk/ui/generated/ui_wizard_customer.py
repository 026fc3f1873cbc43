# Generated from forms/wizard_customer.ui by `make forms` (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_customer.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_WizardCustomerPage(object):
    def setupUi(self, WizardCustomerPage):
        if not WizardCustomerPage.objectName():
            WizardCustomerPage.setObjectName(u"WizardCustomerPage")
        WizardCustomerPage.resize(640, 420)
        self.pageLayout = QVBoxLayout(WizardCustomerPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.cardPage = QWidget(WizardCustomerPage)
        self.cardPage.setObjectName(u"cardPage")
        self.cardLayout = QVBoxLayout(self.cardPage)
        self.cardLayout.setSpacing(8)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(0, 0, 0, 0)
        self.cardFrame = QFrame(self.cardPage)
        self.cardFrame.setObjectName(u"cardFrame")
        self.cardFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.cardForm = QFormLayout(self.cardFrame)
        self.cardForm.setObjectName(u"cardForm")
        self.cardForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.cardForm.setHorizontalSpacing(14)
        self.cardForm.setVerticalSpacing(6)
        self.numberCaption = QLabel(self.cardFrame)
        self.numberCaption.setObjectName(u"numberCaption")

        self.cardForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberCaption)

        self.numberValue = QLabel(self.cardFrame)
        self.numberValue.setObjectName(u"numberValue")
        self.numberValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberValue)

        self.nameCaption = QLabel(self.cardFrame)
        self.nameCaption.setObjectName(u"nameCaption")

        self.cardForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameValue = QLabel(self.cardFrame)
        self.nameValue.setObjectName(u"nameValue")
        self.nameValue.setWordWrap(True)
        self.nameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameValue)

        self.addressCaption = QLabel(self.cardFrame)
        self.addressCaption.setObjectName(u"addressCaption")

        self.cardForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressCaption)

        self.addressValue = QLabel(self.cardFrame)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setWordWrap(True)
        self.addressValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.phonesCaption = QLabel(self.cardFrame)
        self.phonesCaption.setObjectName(u"phonesCaption")

        self.cardForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phonesCaption)

        self.phonesValue = QLabel(self.cardFrame)
        self.phonesValue.setObjectName(u"phonesValue")
        self.phonesValue.setWordWrap(True)
        self.phonesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phonesValue)

        self.planCaption = QLabel(self.cardFrame)
        self.planCaption.setObjectName(u"planCaption")

        self.cardForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.planCaption)

        self.planValue = QLabel(self.cardFrame)
        self.planValue.setObjectName(u"planValue")
        self.planValue.setWordWrap(True)

        self.cardForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.planValue)


        self.cardLayout.addWidget(self.cardFrame)

        self.cardWarning = QLabel(self.cardPage)
        self.cardWarning.setObjectName(u"cardWarning")
        self.cardWarning.setWordWrap(True)

        self.cardLayout.addWidget(self.cardWarning)

        self.changeRow = QHBoxLayout()
        self.changeRow.setObjectName(u"changeRow")
        self.changeSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.changeRow.addItem(self.changeSpacer)

        self.changeButton = QPushButton(self.cardPage)
        self.changeButton.setObjectName(u"changeButton")
        self.changeButton.setAutoDefault(False)

        self.changeRow.addWidget(self.changeButton)


        self.cardLayout.addLayout(self.changeRow)

        self.cardSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.cardLayout.addItem(self.cardSpacer)


        self.pageLayout.addWidget(self.cardPage)

        self.searchPage = QWidget(WizardCustomerPage)
        self.searchPage.setObjectName(u"searchPage")
        self.searchLayout = QVBoxLayout(self.searchPage)
        self.searchLayout.setSpacing(6)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLayout.setContentsMargins(0, 0, 0, 0)
        self.searchCaption = QLabel(self.searchPage)
        self.searchCaption.setObjectName(u"searchCaption")

        self.searchLayout.addWidget(self.searchCaption)

        self.searchEdit = QLineEdit(self.searchPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.resultsList = QListWidget(self.searchPage)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsList.setMinimumSize(QSize(0, 96))
        self.resultsList.setMaximumSize(QSize(16777215, 150))
        self.resultsList.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.resultsList.setAlternatingRowColors(True)

        self.searchLayout.addWidget(self.resultsList)

        self.searchStatus = QLabel(self.searchPage)
        self.searchStatus.setObjectName(u"searchStatus")
        self.searchStatus.setWordWrap(True)

        self.searchLayout.addWidget(self.searchStatus)

        self.identifyBox = QGroupBox(self.searchPage)
        self.identifyBox.setObjectName(u"identifyBox")
        self.identifyGrid = QGridLayout(self.identifyBox)
        self.identifyGrid.setObjectName(u"identifyGrid")
        self.identifyGrid.setHorizontalSpacing(10)
        self.identifyGrid.setVerticalSpacing(4)
        self.numberLabel = QLabel(self.identifyBox)
        self.numberLabel.setObjectName(u"numberLabel")

        self.identifyGrid.addWidget(self.numberLabel, 0, 0, 1, 1)

        self.numberEdit = QLineEdit(self.identifyBox)
        self.numberEdit.setObjectName(u"numberEdit")

        self.identifyGrid.addWidget(self.numberEdit, 0, 1, 1, 1)

        self.numberError = QLabel(self.identifyBox)
        self.numberError.setObjectName(u"numberError")
        self.numberError.setWordWrap(True)

        self.identifyGrid.addWidget(self.numberError, 1, 1, 1, 2)

        self.invoiceLabel = QLabel(self.identifyBox)
        self.invoiceLabel.setObjectName(u"invoiceLabel")

        self.identifyGrid.addWidget(self.invoiceLabel, 2, 0, 1, 1)

        self.invoiceEdit = QLineEdit(self.identifyBox)
        self.invoiceEdit.setObjectName(u"invoiceEdit")

        self.identifyGrid.addWidget(self.invoiceEdit, 2, 1, 1, 1)

        self.verifyButton = QPushButton(self.identifyBox)
        self.verifyButton.setObjectName(u"verifyButton")
        self.verifyButton.setAutoDefault(False)

        self.identifyGrid.addWidget(self.verifyButton, 2, 2, 1, 1)

        self.invoiceError = QLabel(self.identifyBox)
        self.invoiceError.setObjectName(u"invoiceError")
        self.invoiceError.setWordWrap(True)

        self.identifyGrid.addWidget(self.invoiceError, 3, 1, 1, 2)


        self.searchLayout.addWidget(self.identifyBox)

        self.searchSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.searchLayout.addItem(self.searchSpacer)


        self.pageLayout.addWidget(self.searchPage)

#if QT_CONFIG(shortcut)
        self.searchCaption.setBuddy(self.searchEdit)
        self.numberLabel.setBuddy(self.numberEdit)
        self.invoiceLabel.setBuddy(self.invoiceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WizardCustomerPage)

        QMetaObject.connectSlotsByName(WizardCustomerPage)
    # setupUi

    def retranslateUi(self, WizardCustomerPage):
        WizardCustomerPage.setTitle(QCoreApplication.translate("WizardCustomerPage", u"Cliente", None))
        WizardCustomerPage.setSubTitle(QCoreApplication.translate("WizardCustomerPage", u"\u00bfQui\u00e9n llama? Busque por tel\u00e9fono, nombre, n\u00famero de cliente o folio.", None))
        self.numberCaption.setText(QCoreApplication.translate("WizardCustomerPage", u"N\u00famero de cliente:", None))
        self.nameCaption.setText(QCoreApplication.translate("WizardCustomerPage", u"Nombre:", None))
        self.addressCaption.setText(QCoreApplication.translate("WizardCustomerPage", u"Domicilio del servicio:", None))
        self.phonesCaption.setText(QCoreApplication.translate("WizardCustomerPage", u"Tel\u00e9fonos:", None))
        self.planCaption.setText(QCoreApplication.translate("WizardCustomerPage", u"Plan:", None))
        self.changeButton.setText(QCoreApplication.translate("WizardCustomerPage", u"&Cambiar de cliente\u2026", None))
        self.searchCaption.setText(QCoreApplication.translate("WizardCustomerPage", u"&Buscar cliente:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("WizardCustomerPage", u"Tel\u00e9fono, nombre, n\u00famero de cliente o folio", None))
        self.identifyBox.setTitle(QCoreApplication.translate("WizardCustomerPage", u"O identifique al cliente con su n\u00famero y su \u00faltima factura", None))
        self.numberLabel.setText(QCoreApplication.translate("WizardCustomerPage", u"&N\u00famero de cliente:", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("WizardCustomerPage", u"Ej.: C-01234", None))
        self.invoiceLabel.setText(QCoreApplication.translate("WizardCustomerPage", u"\u00daltimo n\u00famero de &factura:", None))
        self.invoiceEdit.setPlaceholderText(QCoreApplication.translate("WizardCustomerPage", u"Como aparece en su \u00faltimo recibo", None))
        self.verifyButton.setText(QCoreApplication.translate("WizardCustomerPage", u"&Verificar", None))
    # retranslateUi
