# Generated from forms/wizard_summary.ui by `make forms` (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_summary.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_WizardSummaryPage(object):
    def setupUi(self, WizardSummaryPage):
        if not WizardSummaryPage.objectName():
            WizardSummaryPage.setObjectName(u"WizardSummaryPage")
        WizardSummaryPage.resize(640, 440)
        self.pageLayout = QVBoxLayout(WizardSummaryPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.modeLabel = QLabel(WizardSummaryPage)
        self.modeLabel.setObjectName(u"modeLabel")
        self.modeLabel.setWordWrap(True)
        self.modeLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.pageLayout.addWidget(self.modeLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(5)
        self.customerCaption = QLabel(WizardSummaryPage)
        self.customerCaption.setObjectName(u"customerCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.customerCaption)

        self.customerValue = QLabel(WizardSummaryPage)
        self.customerValue.setObjectName(u"customerValue")
        self.customerValue.setWordWrap(True)
        self.customerValue.setTextFormat(Qt.TextFormat.PlainText)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.customerValue)

        self.kindCaption = QLabel(WizardSummaryPage)
        self.kindCaption.setObjectName(u"kindCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindValue = QLabel(WizardSummaryPage)
        self.kindValue.setObjectName(u"kindValue")
        self.kindValue.setTextFormat(Qt.TextFormat.PlainText)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindValue)

        self.channelCaption = QLabel(WizardSummaryPage)
        self.channelCaption.setObjectName(u"channelCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channelCaption)

        self.channelValue = QLabel(WizardSummaryPage)
        self.channelValue.setObjectName(u"channelValue")
        self.channelValue.setTextFormat(Qt.TextFormat.PlainText)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channelValue)

        self.descriptionCaption = QLabel(WizardSummaryPage)
        self.descriptionCaption.setObjectName(u"descriptionCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionCaption)

        self.descriptionValue = QLabel(WizardSummaryPage)
        self.descriptionValue.setObjectName(u"descriptionValue")
        self.descriptionValue.setWordWrap(True)
        self.descriptionValue.setTextFormat(Qt.TextFormat.PlainText)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionValue)

        self.locationCaption = QLabel(WizardSummaryPage)
        self.locationCaption.setObjectName(u"locationCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.locationCaption)

        self.locationValue = QLabel(WizardSummaryPage)
        self.locationValue.setObjectName(u"locationValue")
        self.locationValue.setWordWrap(True)
        self.locationValue.setTextFormat(Qt.TextFormat.PlainText)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.locationValue)

        self.phoneCaption = QLabel(WizardSummaryPage)
        self.phoneCaption.setObjectName(u"phoneCaption")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneCaption)

        self.phoneValue = QLabel(WizardSummaryPage)
        self.phoneValue.setObjectName(u"phoneValue")
        self.phoneValue.setTextFormat(Qt.TextFormat.PlainText)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneValue)

        self.visitCaption = QLabel(WizardSummaryPage)
        self.visitCaption.setObjectName(u"visitCaption")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.visitCaption)

        self.visitValue = QLabel(WizardSummaryPage)
        self.visitValue.setObjectName(u"visitValue")
        self.visitValue.setTextFormat(Qt.TextFormat.PlainText)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.visitValue)

        self.documentsCaption = QLabel(WizardSummaryPage)
        self.documentsCaption.setObjectName(u"documentsCaption")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.documentsCaption)

        self.documentsValue = QLabel(WizardSummaryPage)
        self.documentsValue.setObjectName(u"documentsValue")
        self.documentsValue.setWordWrap(True)
        self.documentsValue.setTextFormat(Qt.TextFormat.PlainText)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.documentsValue)


        self.pageLayout.addLayout(self.form)

        self.deadlinesFrame = QFrame(WizardSummaryPage)
        self.deadlinesFrame.setObjectName(u"deadlinesFrame")
        self.deadlinesFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.deadlinesLayout = QVBoxLayout(self.deadlinesFrame)
        self.deadlinesLayout.setSpacing(4)
        self.deadlinesLayout.setObjectName(u"deadlinesLayout")
        self.responseLabel = QLabel(self.deadlinesFrame)
        self.responseLabel.setObjectName(u"responseLabel")
        self.responseLabel.setWordWrap(True)
        self.responseLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.deadlinesLayout.addWidget(self.responseLabel)

        self.resolutionLabel = QLabel(self.deadlinesFrame)
        self.resolutionLabel.setObjectName(u"resolutionLabel")
        self.resolutionLabel.setWordWrap(True)
        self.resolutionLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.deadlinesLayout.addWidget(self.resolutionLabel)


        self.pageLayout.addWidget(self.deadlinesFrame)

        self.errorLabel = QLabel(WizardSummaryPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.pageLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)


        self.retranslateUi(WizardSummaryPage)

        QMetaObject.connectSlotsByName(WizardSummaryPage)
    # setupUi

    def retranslateUi(self, WizardSummaryPage):
        WizardSummaryPage.setTitle(QCoreApplication.translate("WizardSummaryPage", u"Resumen", None))
        WizardSummaryPage.setSubTitle(QCoreApplication.translate("WizardSummaryPage", u"Revise los datos con el cliente antes de levantar el reporte.", None))
        self.customerCaption.setText(QCoreApplication.translate("WizardSummaryPage", u"Cliente:", None))
        self.kindCaption.setText(QCoreApplication.translate("WizardSummaryPage", u"Tipo:", None))
        self.channelCaption.setText(QCoreApplication.translate("WizardSummaryPage", u"Canal:", None))
        self.descriptionCaption.setText(QCoreApplication.translate("WizardSummaryPage", u"Descripci\u00f3n:", None))
        self.locationCaption.setText(QCoreApplication.translate("WizardSummaryPage", u"Ubicaci\u00f3n:", None))
        self.phoneCaption.setText(QCoreApplication.translate("WizardSummaryPage", u"Tel\u00e9fono de contacto:", None))
        self.visitCaption.setText(QCoreApplication.translate("WizardSummaryPage", u"Horario para la visita:", None))
        self.documentsCaption.setText(QCoreApplication.translate("WizardSummaryPage", u"Documentos:", None))
    # retranslateUi
