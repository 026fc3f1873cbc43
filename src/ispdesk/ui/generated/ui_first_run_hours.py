# Generated from forms/first_run_hours.ui by `make forms` (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_hours.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QGridLayout, QLabel,
    QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_HoursPage(object):
    def setupUi(self, HoursPage):
        if not HoursPage.objectName():
            HoursPage.setObjectName(u"HoursPage")
        self.verticalLayout = QVBoxLayout(HoursPage)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(10)
        self.weekdaysCheck = QCheckBox(HoursPage)
        self.weekdaysCheck.setObjectName(u"weekdaysCheck")
        self.weekdaysCheck.setChecked(True)

        self.grid.addWidget(self.weekdaysCheck, 0, 0, 1, 1)

        self.weekdaysFromLabel = QLabel(HoursPage)
        self.weekdaysFromLabel.setObjectName(u"weekdaysFromLabel")

        self.grid.addWidget(self.weekdaysFromLabel, 0, 1, 1, 1)

        self.weekdaysFrom = QTimeEdit(HoursPage)
        self.weekdaysFrom.setObjectName(u"weekdaysFrom")
        self.weekdaysFrom.setDisplayFormat(u"HH:mm")
        self.weekdaysFrom.setTime(QTime(9, 0, 0))

        self.grid.addWidget(self.weekdaysFrom, 0, 2, 1, 1)

        self.weekdaysToLabel = QLabel(HoursPage)
        self.weekdaysToLabel.setObjectName(u"weekdaysToLabel")

        self.grid.addWidget(self.weekdaysToLabel, 0, 3, 1, 1)

        self.weekdaysTo = QTimeEdit(HoursPage)
        self.weekdaysTo.setObjectName(u"weekdaysTo")
        self.weekdaysTo.setDisplayFormat(u"HH:mm")
        self.weekdaysTo.setTime(QTime(18, 0, 0))

        self.grid.addWidget(self.weekdaysTo, 0, 4, 1, 1)

        self.saturdayCheck = QCheckBox(HoursPage)
        self.saturdayCheck.setObjectName(u"saturdayCheck")
        self.saturdayCheck.setChecked(True)

        self.grid.addWidget(self.saturdayCheck, 1, 0, 1, 1)

        self.saturdayFromLabel = QLabel(HoursPage)
        self.saturdayFromLabel.setObjectName(u"saturdayFromLabel")

        self.grid.addWidget(self.saturdayFromLabel, 1, 1, 1, 1)

        self.saturdayFrom = QTimeEdit(HoursPage)
        self.saturdayFrom.setObjectName(u"saturdayFrom")
        self.saturdayFrom.setDisplayFormat(u"HH:mm")
        self.saturdayFrom.setTime(QTime(9, 0, 0))

        self.grid.addWidget(self.saturdayFrom, 1, 2, 1, 1)

        self.saturdayToLabel = QLabel(HoursPage)
        self.saturdayToLabel.setObjectName(u"saturdayToLabel")

        self.grid.addWidget(self.saturdayToLabel, 1, 3, 1, 1)

        self.saturdayTo = QTimeEdit(HoursPage)
        self.saturdayTo.setObjectName(u"saturdayTo")
        self.saturdayTo.setDisplayFormat(u"HH:mm")
        self.saturdayTo.setTime(QTime(14, 0, 0))

        self.grid.addWidget(self.saturdayTo, 1, 4, 1, 1)

        self.sundayCheck = QCheckBox(HoursPage)
        self.sundayCheck.setObjectName(u"sundayCheck")
        self.sundayCheck.setChecked(False)

        self.grid.addWidget(self.sundayCheck, 2, 0, 1, 1)

        self.sundayFromLabel = QLabel(HoursPage)
        self.sundayFromLabel.setObjectName(u"sundayFromLabel")

        self.grid.addWidget(self.sundayFromLabel, 2, 1, 1, 1)

        self.sundayFrom = QTimeEdit(HoursPage)
        self.sundayFrom.setObjectName(u"sundayFrom")
        self.sundayFrom.setEnabled(False)
        self.sundayFrom.setDisplayFormat(u"HH:mm")
        self.sundayFrom.setTime(QTime(9, 0, 0))

        self.grid.addWidget(self.sundayFrom, 2, 2, 1, 1)

        self.sundayToLabel = QLabel(HoursPage)
        self.sundayToLabel.setObjectName(u"sundayToLabel")

        self.grid.addWidget(self.sundayToLabel, 2, 3, 1, 1)

        self.sundayTo = QTimeEdit(HoursPage)
        self.sundayTo.setObjectName(u"sundayTo")
        self.sundayTo.setEnabled(False)
        self.sundayTo.setDisplayFormat(u"HH:mm")
        self.sundayTo.setTime(QTime(14, 0, 0))

        self.grid.addWidget(self.sundayTo, 2, 4, 1, 1)

        self.hSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.grid.addItem(self.hSpacer, 0, 5, 1, 1)


        self.verticalLayout.addLayout(self.grid)

        self.hoursNote = QLabel(HoursPage)
        self.hoursNote.setObjectName(u"hoursNote")
        self.hoursNote.setWordWrap(True)

        self.verticalLayout.addWidget(self.hoursNote)

        self.vSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.vSpacer)


        self.retranslateUi(HoursPage)
        self.sundayCheck.toggled.connect(self.sundayFrom.setEnabled)
        self.sundayCheck.toggled.connect(self.sundayTo.setEnabled)
        self.saturdayCheck.toggled.connect(self.saturdayFrom.setEnabled)
        self.saturdayCheck.toggled.connect(self.saturdayTo.setEnabled)
        self.weekdaysCheck.toggled.connect(self.weekdaysFrom.setEnabled)
        self.weekdaysCheck.toggled.connect(self.weekdaysTo.setEnabled)

        QMetaObject.connectSlotsByName(HoursPage)
    # setupUi

    def retranslateUi(self, HoursPage):
        HoursPage.setTitle(QCoreApplication.translate("HoursPage", u"Horario de atenci\u00f3n", None))
        HoursPage.setSubTitle(QCoreApplication.translate("HoursPage", u"Los plazos de los reportes se cuentan en horas h\u00e1biles de la oficina; los d\u00edas festivos oficiales ya est\u00e1n incluidos.", None))
        self.weekdaysCheck.setText(QCoreApplication.translate("HoursPage", u"Lunes a &viernes", None))
        self.weekdaysFromLabel.setText(QCoreApplication.translate("HoursPage", u"de", None))
        self.weekdaysToLabel.setText(QCoreApplication.translate("HoursPage", u"a", None))
        self.saturdayCheck.setText(QCoreApplication.translate("HoursPage", u"&S\u00e1bado", None))
        self.saturdayFromLabel.setText(QCoreApplication.translate("HoursPage", u"de", None))
        self.saturdayToLabel.setText(QCoreApplication.translate("HoursPage", u"a", None))
        self.sundayCheck.setText(QCoreApplication.translate("HoursPage", u"&Domingo", None))
        self.sundayFromLabel.setText(QCoreApplication.translate("HoursPage", u"de", None))
        self.sundayToLabel.setText(QCoreApplication.translate("HoursPage", u"a", None))
        self.hoursNote.setText(QCoreApplication.translate("HoursPage", u"Un d\u00eda sin marcar se considera cerrado.", None))
    # retranslateUi
