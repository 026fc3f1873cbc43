# Generated from forms/folio_done.ui by `make forms` (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'folio_done.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFrame,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FolioDoneDialog(object):
    def setupUi(self, FolioDoneDialog):
        if not FolioDoneDialog.objectName():
            FolioDoneDialog.setObjectName(u"FolioDoneDialog")
        FolioDoneDialog.resize(720, 380)
        self.dialogLayout = QVBoxLayout(FolioDoneDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(24, 18, 24, 16)
        self.headlineLabel = QLabel(FolioDoneDialog)
        self.headlineLabel.setObjectName(u"headlineLabel")
        self.headlineLabel.setWordWrap(True)
        self.headlineLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.headlineLabel)

        self.folioCaption = QLabel(FolioDoneDialog)
        self.folioCaption.setObjectName(u"folioCaption")
        self.folioCaption.setWordWrap(True)

        self.dialogLayout.addWidget(self.folioCaption)

        self.folioLabel = QLabel(FolioDoneDialog)
        self.folioLabel.setObjectName(u"folioLabel")
        font = QFont()
        font.setPointSize(36)
        font.setBold(True)
        self.folioLabel.setFont(font)
        self.folioLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.folioLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.folioLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.folioLabel)

        self.customerLabel = QLabel(FolioDoneDialog)
        self.customerLabel.setObjectName(u"customerLabel")
        self.customerLabel.setWordWrap(True)
        self.customerLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.customerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.dialogLayout.addWidget(self.customerLabel)

        self.deadlinesFrame = QFrame(FolioDoneDialog)
        self.deadlinesFrame.setObjectName(u"deadlinesFrame")
        self.deadlinesFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.deadlinesLayout = QVBoxLayout(self.deadlinesFrame)
        self.deadlinesLayout.setSpacing(4)
        self.deadlinesLayout.setObjectName(u"deadlinesLayout")
        self.noteLabel = QLabel(self.deadlinesFrame)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.deadlinesLayout.addWidget(self.noteLabel)

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


        self.dialogLayout.addWidget(self.deadlinesFrame)

        self.formatRow = QHBoxLayout()
        self.formatRow.setObjectName(u"formatRow")
        self.formatLabel = QLabel(FolioDoneDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formatRow.addWidget(self.formatLabel)

        self.formatCombo = QComboBox(FolioDoneDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.formatRow.addWidget(self.formatCombo)

        self.formatSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formatRow.addItem(self.formatSpacer)


        self.dialogLayout.addLayout(self.formatRow)

        self.statusLabel = QLabel(FolioDoneDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.statusLabel)

        self.bottomSpacer = QSpacerItem(10, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.printButton = QPushButton(FolioDoneDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.saveButton = QPushButton(FolioDoneDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveButton)

        self.copyButton = QPushButton(FolioDoneDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.copyButton)

        self.whatsappButton = QPushButton(FolioDoneDialog)
        self.whatsappButton.setObjectName(u"whatsappButton")
        self.whatsappButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.whatsappButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(FolioDoneDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.formatLabel.setBuddy(self.formatCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.printButton, self.formatCombo)
        QWidget.setTabOrder(self.formatCombo, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.whatsappButton)
        QWidget.setTabOrder(self.whatsappButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.folioLabel)

        self.retranslateUi(FolioDoneDialog)

        self.printButton.setDefault(True)


        QMetaObject.connectSlotsByName(FolioDoneDialog)
    # setupUi

    def retranslateUi(self, FolioDoneDialog):
        FolioDoneDialog.setWindowTitle(QCoreApplication.translate("FolioDoneDialog", u"Reporte levantado", None))
        self.folioCaption.setText(QCoreApplication.translate("FolioDoneDialog", u"Folio (d\u00edctelo al cliente y p\u00eddale que lo anote):", None))
        self.formatLabel.setText(QCoreApplication.translate("FolioDoneDialog", u"&Formato del comprobante:", None))
        self.printButton.setText(QCoreApplication.translate("FolioDoneDialog", u"&Imprimir comprobante (Ctrl+P)", None))
        self.saveButton.setText(QCoreApplication.translate("FolioDoneDialog", u"&Guardar PDF\u2026", None))
        self.copyButton.setText(QCoreApplication.translate("FolioDoneDialog", u"Co&piar folio", None))
        self.whatsappButton.setText(QCoreApplication.translate("FolioDoneDialog", u"Enviar por &WhatsApp", None))
        self.closeButton.setText(QCoreApplication.translate("FolioDoneDialog", u"Cerrar", None))
    # retranslateUi
