# Generated from forms/first_run_demo.ui by `make forms` (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_demo.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_DemoPage(object):
    def setupUi(self, DemoPage):
        if not DemoPage.objectName():
            DemoPage.setObjectName(u"DemoPage")
        self.verticalLayout = QVBoxLayout(DemoPage)
        self.verticalLayout.setSpacing(10)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.emptyRadio = QRadioButton(DemoPage)
        self.emptyRadio.setObjectName(u"emptyRadio")
        self.emptyRadio.setChecked(True)

        self.verticalLayout.addWidget(self.emptyRadio)

        self.demoRadio = QRadioButton(DemoPage)
        self.demoRadio.setObjectName(u"demoRadio")

        self.verticalLayout.addWidget(self.demoRadio)

        self.demoNote = QLabel(DemoPage)
        self.demoNote.setObjectName(u"demoNote")
        self.demoNote.setWordWrap(True)
        self.demoNote.setIndent(24)

        self.verticalLayout.addWidget(self.demoNote)

        self.errorLabel = QLabel(DemoPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.vSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.vSpacer)


        self.retranslateUi(DemoPage)

        QMetaObject.connectSlotsByName(DemoPage)
    # setupUi

    def retranslateUi(self, DemoPage):
        DemoPage.setTitle(QCoreApplication.translate("DemoPage", u"\u00bfC\u00f3mo quiere empezar?", None))
        DemoPage.setSubTitle(QCoreApplication.translate("DemoPage", u"Puede empezar con la base de datos vac\u00eda o practicar con datos ficticios.", None))
        self.emptyRadio.setText(QCoreApplication.translate("DemoPage", u"&Empezar vac\u00edo: dar\u00e9 de alta mis clientes", None))
        self.demoRadio.setText(QCoreApplication.translate("DemoPage", u"Cargar datos de &demostraci\u00f3n (2 000 clientes y 6 000 reportes ficticios)", None))
        self.demoNote.setText(QCoreApplication.translate("DemoPage", u"Los datos de demostraci\u00f3n quedan marcados como DEMO en pantalla y en los comprobantes. \u00daselos para capacitar al personal, no para atender clientes reales.", None))
    # retranslateUi
