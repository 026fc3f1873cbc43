"""«Resumen mensual…»: pick a month (and an office when there are several), then print the PDF, save it, or save
the CSV for the spreadsheets. The figures are read off the GUI thread (`run_task`, with a progress bar: a month
of 40,000 reports takes about a second) and kept while the dialog is open, so printing and then saving the CSV
reads the month once. The PDF goes through the shared `printing` documents (render in a worker, then the printer
or the file the manager picks), like the receipts.

Seams for tests: the module functions `ask_csv_path` (the file dialog) and `printing.ask_save_path` /
`printing.send_to_printer`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ispdesk.core.errors import DomainError
from ispdesk.core.numfmt import fmt_int
from ispdesk.core.queries import summary as sq
from ispdesk.core.session import Session
from ispdesk.ui.common import printing
from ispdesk.ui.common.tasks import run_task
from ispdesk.ui.common.widgets import ErrorLabel
from ispdesk.ui.managers.dashboard import MUTED, tr_month

MONTHS_BACK = 36  # the months offered: this one and the three years before


def ask_csv_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to save the CSV; None when cancelled. Tests replace it."""
    title = QCoreApplication.translate("MonthlySummaryDialog", "Guardar las cifras del mes")
    kinds = QCoreApplication.translate("MonthlySummaryDialog", "Hoja de cálculo CSV (*.csv)")
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), kinds)
    if not path:
        return None
    p = Path(path)
    return p if p.suffix.lower() == ".csv" else p.with_name(p.name + ".csv")


def summary_document(summary: sq.MonthlySummary) -> printing.Document:
    """The summary as a printable document: the figures are already read, the worker only draws them."""

    def render(data: object, path: Path) -> None:
        from ispdesk.pdf.summary import render_summary

        render_summary(data, path)  # type: ignore[arg-type]

    office = f" {summary.office_prefix}" if summary.office_prefix else ""
    return printing.Document(
        QCoreApplication.translate("MonthlySummaryDialog", "Resumen mensual"), summary.period, lambda: summary,
        render, QCoreApplication.translate("MonthlySummaryDialog", "Resumen mensual {0}{1}.pdf").format(
            summary.period, office),
        what=QCoreApplication.translate("MonthlySummaryDialog", "el resumen mensual"))


class MonthlySummaryDialog(QDialog):
    """Month, office, then «Imprimir», «Guardar PDF…» or «Guardar CSV…»; the dialog stays open for the next one."""

    def __init__(self, actor: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Resumen mensual"))
        self.summary: sq.MonthlySummary | None = None
        self._key: tuple[int, int, int | None] | None = None
        self.busy = False
        self.jobs: list[printing.DocumentJob] = []
        self.csv_path: Path | None = None

        intro = QLabel(self.tr("Los reportes levantados en el mes, según el reloj de la oficina: totales por tipo, "
                               "canal, área y estado, plazos cumplidos, tiempos en horas hábiles, técnicos, causas, "
                               "fallas repetidas e incidentes."), self)
        intro.setWordWrap(True)
        self.month_combo = QComboBox(self)
        self.office_combo = QComboBox(self)
        form = QFormLayout()
        form.addRow(self.tr("&Mes:"), self.month_combo)
        form.addRow(self.tr("&Oficina:"), self.office_combo)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, sq.STEPS)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(f"color: {MUTED};")
        self.error_label = ErrorLabel(self)

        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Imprimir"), self)
        self.pdf_button = QPushButton(self.tr("Guardar &PDF…"), self)
        self.csv_button = QPushButton(self.tr("Guardar &CSV…"), self)
        self.csv_button.setToolTip(self.tr("Una cifra por renglón (sección, clave, valor) para la hoja de cálculo"))
        for b in (self.print_button, self.pdf_button, self.csv_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Cerrar"))
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_pdf)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button.clicked.connect(self.save_csv)
        self.print_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self._fill(form)

    # --- choices -------------------------------------------------------------------------------------------

    def _fill(self, form: QFormLayout) -> None:
        try:
            offices = sq.offices()
            tz = sq.office_tz(self.actor.office_id)
        except DomainError as exc:
            self.error_label.show_error(exc.message)
            return
        year, month = sq.current_month(tz)
        for back in range(MONTHS_BACK + 1):
            y, m = sq.shift_month(year, month, -back)
            text = tr_month(y, m)
            if back == 0:
                text = self.tr("{0} (en curso)").format(text)
            self.month_combo.addItem(text, (y, m))
        self.month_combo.setCurrentIndex(1)  # the month that just ended: what a monthly report is about
        if len(offices) > 1:
            self.office_combo.addItem(self.tr("Todas las oficinas"), None)
        for o in offices:
            self.office_combo.addItem(f"{o.label} ({o.code})", o.code)
        form.setRowVisible(self.office_combo, len(offices) > 1)
        self.month_combo.currentIndexChanged.connect(self._choice_changed)
        self.office_combo.currentIndexChanged.connect(self._choice_changed)

    def choice(self) -> tuple[int, int, int | None]:
        year, month = self.month_combo.currentData()
        prefix = self.office_combo.currentData()
        office_id = sq.office_by_prefix(prefix) if prefix and self.office_combo.count() > 1 else None
        return year, month, office_id

    def select_month(self, year: int, month: int) -> None:
        index = self.month_combo.findData((year, month))
        if index >= 0:
            self.month_combo.setCurrentIndex(index)

    def _choice_changed(self) -> None:
        self.status_label.clear()
        self.error_label.clear_error()

    # --- work ----------------------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.print_button, self.pdf_button, self.csv_button, self.month_combo, self.office_combo):
            w.setEnabled(not busy)
        self.progress.setVisible(busy)

    def with_summary(self, then: Any) -> None:
        """Call `then(summary)` with the chosen month's figures, reading them off the GUI thread first if needed."""
        if self.busy:
            return
        self.error_label.clear_error()
        try:
            key = self.choice()
        except DomainError as exc:
            self.error_label.show_error(exc.message)
            return
        if self.summary is not None and self._key == key:
            then(self.summary)
            return
        year, month, office_id = key
        actor = self.actor
        self._set_busy(True)
        self.progress.setValue(0)
        self.status_label.setText(self.tr("Leyendo los reportes de {0}…").format(tr_month(year, month)))

        def work(progress: Any) -> sq.MonthlySummary:
            return sq.monthly_summary(year, month, office_id, actor=actor, progress=progress)

        def done(summary: sq.MonthlySummary) -> None:
            self._set_busy(False)
            self.summary, self._key = summary, key
            self.status_label.setText(self.tr("{0}: {1} reportes.").format(tr_month(year, month),
                                                                           fmt_int(summary.total)))
            then(summary)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.status_label.clear()
            if isinstance(exc, DomainError):
                self.error_label.show_error(exc.message)
                return
            self.error_label.show_error(self.tr("No se pudo leer el resumen del mes."))
            raise exc  # our bug: the crash handler records it

        def step(stage: str, done_steps: int, total: int) -> None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done_steps)

        run_task(work, done, failed, self, on_progress=step)

    def _watch(self, job: printing.DocumentJob | None) -> None:
        if job is None:  # the save dialog was cancelled
            return
        self.jobs.append(job)
        self.status_label.setText(self.tr("Generando el PDF…"))
        job.finished.connect(self._job_done)
        job.failed.connect(self._job_failed)

    def _job_done(self, message: str) -> None:
        self.status_label.setText(message)

    def _job_failed(self, message: str) -> None:
        self.status_label.clear()
        self.error_label.show_error(message)

    def print_pdf(self) -> None:
        self.with_summary(lambda s: self._watch(printing.print_document(self, summary_document(s))))

    def save_pdf(self) -> None:
        self.with_summary(lambda s: self._watch(printing.save_document(self, summary_document(s))))

    def save_csv(self) -> None:
        self.with_summary(self._save_csv)

    def _save_csv(self, summary: sq.MonthlySummary) -> None:
        from ispdesk.core.summary_csv import write_summary_csv

        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        office = f" {summary.office_prefix}" if summary.office_prefix else ""
        path = ask_csv_path(self, Path(docs) / self.tr("Resumen mensual {0}{1}.csv").format(summary.period, office))
        if path is None:
            return
        self._set_busy(True)
        self.progress.setValue(self.progress.maximum())

        def done(_rows: object) -> None:
            self._set_busy(False)
            self.csv_path = path
            self.status_label.setText(self.tr("Cifras guardadas en {0}").format(path))

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, DomainError):
                self.error_label.show_error(exc.message)
                return
            raise exc

        run_task(lambda: write_summary_csv(summary, path), done, failed, self)
