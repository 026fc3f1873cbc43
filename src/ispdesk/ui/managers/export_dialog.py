"""«Exportar…»: the reports opened in a period (every field and the timeline, one row each) or the customers list,
as a CSV that Excel opens, written in a worker with a progress bar.

Seams for tests: the module function `ask_save_path`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ispdesk.core.errors import DomainError
from ispdesk.core.services import data_export
from ispdesk.core.session import Session
from ispdesk.ui.common import desktop
from ispdesk.ui.common.tasks import run_task
from ispdesk.ui.common.widgets import ErrorLabel

MUTED = "#5f6368"


def ask_save_path(parent: QWidget, suggested: str) -> str:
    """Ask where to save the CSV; "" when cancelled. Tests replace it."""
    title = QCoreApplication.translate("ExportDialog", "Guardar la exportación")
    kinds = QCoreApplication.translate("ExportDialog", "Hoja de cálculo CSV (*.csv)")
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
    if path and not path.lower().endswith(".csv"):
        path += ".csv"
    return path


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ExportDialog(QDialog):
    def __init__(self, actor: Session, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.busy = False
        self.saved: str = ""
        self.today = today or dt.date.today()
        self.setWindowTitle(self.tr("Exportar a CSV"))

        self.reports_radio = QRadioButton(self.tr("&Reportes levantados en un periodo"), self)
        self.customers_radio = QRadioButton(self.tr("&Lista de clientes"), self)
        self.reports_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.reports_radio)
        group.addButton(self.customers_radio)
        self.reports_radio.toggled.connect(lambda _on: self._update())

        self.start_edit = QDateEdit(self)
        self.end_edit = QDateEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.this_month = QPushButton(self.tr("Este mes"), self)
        self.this_month.clicked.connect(self.set_this_month)
        self.last_month = QPushButton(self.tr("Mes pasado"), self)
        self.last_month.clicked.connect(self.set_last_month)
        self.set_this_month()

        self.reports_note = QLabel(self.tr("Un renglón por reporte con todos sus datos: cliente, plazos, causa, "
                                           "avisos, visitas y el historial completo en la última columna."), self)
        self.customers_note = QLabel(self.tr("Todos los clientes, en las columnas que «Importar clientes» vuelve a "
                                             "leer."), self)
        for note in (self.reports_note, self.customers_note):
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {MUTED};")

        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.export_button = QPushButton(self.tr("&Exportar…"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.open_button = QPushButton(self.tr("&Abrir la carpeta"), self)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.hide()
        self.close_button = QPushButton(self.tr("Cerrar"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        period = QGridLayout()
        period.setContentsMargins(24, 0, 0, 0)
        period.addWidget(QLabel(self.tr("Del:"), self), 0, 0)
        period.addWidget(self.start_edit, 0, 1)
        period.addWidget(QLabel(self.tr("al:"), self), 0, 2)
        period.addWidget(self.end_edit, 0, 3)
        period.addWidget(self.this_month, 0, 4)
        period.addWidget(self.last_month, 0, 5)
        period.addWidget(self.reports_note, 1, 0, 1, 7)
        period.setColumnStretch(6, 1)
        customers_box = QHBoxLayout()
        customers_box.setContentsMargins(24, 0, 0, 0)
        customers_box.addWidget(self.customers_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reports_radio)
        layout.addLayout(period)
        layout.addSpacing(8)
        layout.addWidget(self.customers_radio)
        layout.addLayout(customers_box)
        layout.addSpacing(8)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(620)
        self._update()

    def set_this_month(self) -> None:
        self.start_edit.setDate(_qdate(self.today.replace(day=1)))
        self.end_edit.setDate(_qdate(self.today))

    def set_last_month(self) -> None:
        end = self.today.replace(day=1) - dt.timedelta(days=1)
        self.start_edit.setDate(_qdate(end.replace(day=1)))
        self.end_edit.setDate(_qdate(end))

    def _update(self) -> None:
        reports = self.reports_radio.isChecked()
        for widget in (self.start_edit, self.end_edit, self.this_month, self.last_month):
            widget.setEnabled(reports and not self.busy)
        for widget in (self.reports_radio, self.customers_radio, self.export_button, self.close_button):
            widget.setEnabled(not self.busy)

    def export(self) -> None:
        self.error.clear_error()
        if self.reports_radio.isChecked():
            start, end = _date(self.start_edit.date()), _date(self.end_edit.date())
            if end < start:
                self.error.show_error(self.tr("El periodo termina antes de empezar: revise las fechas."))
                return
            suggested = f"reportes-{start:%Y-%m-%d}-a-{end:%Y-%m-%d}.csv"
        else:
            suggested = f"clientes-{self.today:%Y-%m-%d}.csv"
        path = ask_save_path(self, str(Path.home() / suggested))
        if not path:
            return
        actor = self.actor
        if self.reports_radio.isChecked():
            def work(progress: Any) -> int:
                return data_export.export_reports(actor, start, end, path, progress=progress)
            done_text = self.tr("Se exportaron {0} reportes a {1}.")
        else:
            def work(progress: Any) -> int:
                return data_export.export_customers(actor, path, progress=progress)
            done_text = self.tr("Se exportaron {0} clientes a {1}.")
        self.busy = True
        self.open_button.hide()
        self.status.setText(self.tr("Exportando…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self._update()

        def finished() -> None:
            self.busy = False
            self.progress.hide()
            self._update()

        def ok(count: int) -> None:
            finished()
            self.saved = path
            self.status.setText(done_text.format(f"{count:,}".replace(",", " "), path))
            self.open_button.show()

        def failed(exc: BaseException) -> None:
            finished()
            self.status.setText("")
            if not isinstance(exc, DomainError):
                raise exc
            self.error.show_error(exc.message)

        def step(_stage: str, n: int, total: int) -> None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(n)

        run_task(work, ok, failed, self, on_progress=step)

    def open_folder(self) -> None:
        if self.saved:
            desktop.open_file(Path(self.saved).parent)

    def reject(self) -> None:
        if not self.busy:
            super().reject()

