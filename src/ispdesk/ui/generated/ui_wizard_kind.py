# Generated from forms/wizard_kind.ui by `make forms` (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_kind.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QLabel, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_WizardKindPage(object):
    def setupUi(self, WizardKindPage):
        if not WizardKindPage.objectName():
            WizardKindPage.setObjectName(u"WizardKindPage")
        WizardKindPage.resize(640, 360)
        self.pageLayout = QVBoxLayout(WizardKindPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(10)
        self.kindLabel = QLabel(WizardKindPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(WizardKindPage)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setMaxVisibleItems(12)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindError = QLabel(WizardKindPage)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.channelLabel = QLabel(WizardKindPage)
        self.channelLabel.setObjectName(u"channelLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(WizardKindPage)
        self.channelCombo.setObjectName(u"channelCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.channelError = QLabel(WizardKindPage)
        self.channelError.setObjectName(u"channelError")
        self.channelError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.channelError)


        self.pageLayout.addLayout(self.form)

        self.duplicateFrame = QFrame(WizardKindPage)
        self.duplicateFrame.setObjectName(u"duplicateFrame")
        self.duplicateFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicateLayout = QVBoxLayout(self.duplicateFrame)
        self.duplicateLayout.setSpacing(6)
        self.duplicateLayout.setObjectName(u"duplicateLayout")
        self.duplicateLabel = QLabel(self.duplicateFrame)
        self.duplicateLabel.setObjectName(u"duplicateLabel")
        self.duplicateLabel.setWordWrap(True)
        self.duplicateLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.duplicateLayout.addWidget(self.duplicateLabel)

        self.noteRadio = QRadioButton(self.duplicateFrame)
        self.noteRadio.setObjectName(u"noteRadio")

        self.duplicateLayout.addWidget(self.noteRadio)

        self.newRadio = QRadioButton(self.duplicateFrame)
        self.newRadio.setObjectName(u"newRadio")

        self.duplicateLayout.addWidget(self.newRadio)


        self.pageLayout.addWidget(self.duplicateFrame)

        self.bottomSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.channelLabel.setBuddy(self.channelCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WizardKindPage)

        QMetaObject.connectSlotsByName(WizardKindPage)
    # setupUi

    def retranslateUi(self, WizardKindPage):
        WizardKindPage.setTitle(QCoreApplication.translate("WizardKindPage", u"Tipo y canal", None))
        WizardKindPage.setSubTitle(QCoreApplication.translate("WizardKindPage", u"\u00bfQu\u00e9 necesita el cliente y por d\u00f3nde se comunic\u00f3?", None))
        self.kindLabel.setText(QCoreApplication.translate("WizardKindPage", u"&Tipo de reporte:", None))
        self.channelLabel.setText(QCoreApplication.translate("WizardKindPage", u"&Canal:", None))
        self.noteRadio.setText(QCoreApplication.translate("WizardKindPage", u"Agregar nota al reporte", None))
        self.newRadio.setText(QCoreApplication.translate("WizardKindPage", u"Levantar un reporte &nuevo de todos modos", None))
    # retranslateUi
