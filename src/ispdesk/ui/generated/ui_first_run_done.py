# Generated from forms/first_run_done.ui by `make forms` (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_done.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_DonePage(object):
    def setupUi(self, DonePage):
        if not DonePage.objectName():
            DonePage.setObjectName(u"DonePage")
        self.verticalLayout = QVBoxLayout(DonePage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.summaryLabel = QLabel(DonePage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.summaryLabel)

        self.demoUsersLabel = QLabel(DonePage)
        self.demoUsersLabel.setObjectName(u"demoUsersLabel")
        self.demoUsersLabel.setText(u"")
        self.demoUsersLabel.setWordWrap(True)
        self.demoUsersLabel.setTextFormat(Qt.TextFormat.RichText)
        self.demoUsersLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.demoUsersLabel)

        self.vSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.vSpacer)


        self.retranslateUi(DonePage)

        QMetaObject.connectSlotsByName(DonePage)
    # setupUi

    def retranslateUi(self, DonePage):
        DonePage.setTitle(QCoreApplication.translate("DonePage", u"Listo", None))
        DonePage.setSubTitle(QCoreApplication.translate("DonePage", u"La oficina qued\u00f3 configurada. Ahora inicie sesi\u00f3n.", None))
    # retranslateUi
