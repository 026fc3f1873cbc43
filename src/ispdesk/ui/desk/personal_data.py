"""Personal data (LFPDPPP, derechos ARCO) on screen: «Datos personales…» of a customer card (a copy of everything held
on the person in PDF or JSON, the opposition flag, anonymisation with a confirmation that says what happens), the
privacy notice (edit, print, save) and the retention rule (years, who it would take, apply it), the last two from
the «Archivo» menu. Everything writes through `services.arco`, which checks who may.

Seams for tests (module attributes): `ask_json_path`, `ask_confirmation`, and printing's `ask_save_path` and
`send_to_printer`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ispdesk.core import queries
from ispdesk.core.clock import DEFAULT_TIMEZONE, to_local
from ispdesk.core.errors import DomainError
from ispdesk.core.permissions import Action, can
from ispdesk.core.present import short_dt
from ispdesk.core.services import arco
from ispdesk.core.session import Session
from ispdesk.ui.common import printing
from ispdesk.ui.common.tasks import run_task
from ispdesk.ui.common.widgets import DANGER, INFO_BG, INFO_BORDER, ErrorLabel

OK_COLOR = "#1e7d32"


# --- seams --------------------------------------------------------------------------------------------------------

def ask_json_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to save the JSON copy; None when cancelled. Tests replace it."""
    title = QCoreApplication.translate("PersonalDataDialog", "Guardar la copia de los datos en JSON")
    kinds = QCoreApplication.translate("PersonalDataDialog", "Datos JSON (*.json)")
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), kinds)
    if not path:
        return None
    p = Path(path)
    return p if p.suffix.lower() == ".json" else p.with_name(p.name + ".json")


def ask_confirmation(parent: QWidget | None, title: str, text: str, details: str, ok_text: str) -> bool:
    """A question before something that cannot be undone, «Cancelar» by default; tests replace it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(details)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def _documents_dir() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def _office_tz() -> str:
    brief = queries.office_brief()
    return brief.timezone if brief is not None else DEFAULT_TIMEZONE


def _note(label: QLabel, text: str, color: str = OK_COLOR) -> None:
    """A status line under its buttons: shown only while it says something."""
    label.setStyleSheet(f"color: {color};")
    label.setText(text)
    label.setVisible(bool(text))


def _status(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _hint(text: str, parent: QWidget) -> QLabel:
    """An explanation a manager reads before acting: dark enough to read, lighter than the controls."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #505050;")
    return label


def _close_box(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    box.button(QDialogButtonBox.StandardButton.Close).setText(
        QCoreApplication.translate("PersonalDataDialog", "Cerrar"))
    box.rejected.connect(dialog.reject)
    return box


# --- a customer's personal data -----------------------------------------------------------------------------------

class PersonalDataDialog(QDialog):
    """Access (a copy), opposition and cancellation for one customer; `changed` when the customer's row changed."""

    changed = Signal()

    def __init__(self, actor: Session, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.customer_id = customer_id
        self.customer = queries.customer_info(customer_id)
        self.jobs: list[printing.DocumentJob] = []
        self.busy = False
        c = self.customer
        self.setWindowTitle(self.tr("Datos personales — {0}").format(c.name))

        self.state = QLabel(self)
        self.state.setObjectName("personalDataState")
        self.state.setWordWrap(True)
        self.state.setStyleSheet(f"QLabel#personalDataState {{ background: {INFO_BG}; border: 1px solid "
                                 f"{INFO_BORDER}; border-radius: 4px; padding: 6px; }}")

        # access
        access = QGroupBox(self.tr("Acceso: copia de sus datos"), self)
        al = QVBoxLayout(access)
        al.addWidget(_hint(self.tr(
            "Todo lo que la oficina tiene sobre el cliente: sus datos, las correcciones que se les hicieron, sus "
            "reportes con avisos, notas y visitas, los archivos adjuntos (listados, sin incluirlos) y las fallas "
            "de su zona. Queda registrado quién entregó la copia y cuándo."), access))
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Imprimir copia"), access)
        self.pdf_button = QPushButton(self.tr("Guardar PDF…"), access)
        self.json_button = QPushButton(self.tr("Guardar JSON…"), access)
        self.json_button.setToolTip(self.tr("Los mismos datos en un formato que otros programas leen "
                                            "(portabilidad)"))
        for b in (self.print_button, self.pdf_button, self.json_button):
            row.addWidget(b)
        row.addStretch(1)
        al.addLayout(row)
        self.access_status = _status(access)
        al.addWidget(self.access_status)
        self.print_button.clicked.connect(self.print_copy)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.json_button.clicked.connect(self.save_json)

        # opposition
        opposition = QGroupBox(self.tr("Oposición"), self)
        ol = QVBoxLayout(opposition)
        self.opposition = QCheckBox(self.tr("Se opone al uso de sus datos para fines distintos del servicio "
                                            "(promociones, encuestas)"), opposition)
        self.opposition.setChecked(c.opposition)
        self.opposition.toggled.connect(self.set_opposition)
        ol.addWidget(self.opposition)
        self.opposition_status = _status(opposition)
        ol.addWidget(self.opposition_status)
        ol.addWidget(_hint(self.tr("Se guarda al marcarla. Se muestra en la ficha del cliente y viaja en sus "
                                   "copias."), opposition))

        # cancellation
        cancel = QGroupBox(self.tr("Cancelación: anonimizar sus datos"), self)
        cl = QVBoxLayout(cancel)
        cl.addWidget(_hint(self.tr(
            "Se reemplazan su nombre, número de cliente, teléfonos, correo, domicilio, referencias, coordenadas, "
            "notas y todos los textos de sus reportes (descripciones, avisos, notas, resultados de visitas), y se "
            "borran sus archivos adjuntos. Los reportes se conservan sin datos personales, con sus fechas, tipos, "
            "estados y causas, para las estadísticas. No se puede deshacer."), cancel))
        arow = QHBoxLayout()
        self.anonymize_button = QPushButton(self.tr("Anonimizar datos…"), cancel)
        self.anonymize_button.setObjectName("anonymizeButton")
        self.anonymize_button.setStyleSheet(f"QPushButton#anonymizeButton:enabled {{ color: {DANGER}; }}")
        self.anonymize_button.clicked.connect(self.anonymize)
        arow.addWidget(self.anonymize_button)
        arow.addStretch(1)
        cl.addLayout(arow)
        self.cancel_error = ErrorLabel(cancel)
        cl.addWidget(self.cancel_error)
        self.cancel_status = _status(cancel)
        cl.addWidget(self.cancel_status)

        self.buttons = _close_box(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(access)
        layout.addWidget(opposition)
        layout.addWidget(cancel)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(620, 480)
        self._update()

    def _reload(self) -> None:
        self.customer = queries.customer_info(self.customer_id)
        self.setWindowTitle(self.tr("Datos personales — {0}").format(self.customer.name))
        self._update()

    def _update(self) -> None:
        c = self.customer
        anonymized = c.anonymized_at is not None
        if anonymized:
            self.state.setText(self.tr("Sus datos personales fueron anonimizados el {0}. Lo que queda son "
                                       "estadísticas de sus reportes.").format(short_dt(to_local(c.anonymized_at,
                                                                                                  c.tz))))
        else:
            self.state.setText(self.tr("Cliente {0}: {1}").format(c.number, c.name))
        self.opposition.setEnabled(not anonymized and not self.busy)
        self.anonymize_button.setEnabled(not anonymized and not self.busy)
        for b in (self.print_button, self.pdf_button, self.json_button):
            b.setEnabled(not self.busy)

    # --- access ---------------------------------------------------------------------------------------------------

    def _document(self) -> printing.Document:
        actor, cid, number = self.actor, self.customer_id, self.customer.number

        def render(data: object, path: Path) -> None:
            from ispdesk.pdf.personal_data import render_personal_data

            render_personal_data(data, path)  # type: ignore[arg-type]

        return printing.Document(self.tr("Datos personales"), number, lambda: arco.personal_data_for(actor, cid),
                                 render, f"Datos personales {number}.pdf",
                                 what=self.tr("la copia de los datos personales"))

    def _watch(self, job: printing.DocumentJob | None) -> None:
        """When the PDF is out (printed or saved) the export is recorded, even if the dialog was closed meanwhile;
        a failure says so and records nothing."""
        if job is None:
            return
        self.jobs.append(job)
        actor, cid = self.actor, self.customer_id
        job.record_error = ""  # type: ignore[attr-defined]

        def record(_message: str) -> None:  # no widget here: it may run after the dialog is gone
            try:
                arco.record_export(actor, cid, "pdf")
            except DomainError as exc:
                job.record_error = exc.message  # type: ignore[attr-defined]

        job.finished.connect(record)
        job.finished.connect(self._job_finished)  # bound: Qt drops it with the dialog
        job.failed.connect(self._job_failed)
        _note(self.access_status, self.tr("Generando la copia…"), "palette(mid)")

    def _job_finished(self, message: str) -> None:
        errors = [j.record_error for j in self.jobs if getattr(j, "record_error", "")]  # type: ignore[attr-defined]
        _note(self.access_status, errors[-1] if errors else message, DANGER if errors else OK_COLOR)

    def _job_failed(self, message: str) -> None:
        _note(self.access_status, message, DANGER)

    def _refused(self, exc: DomainError) -> None:
        _note(self.access_status, exc.message, DANGER)

    def print_copy(self) -> None:
        try:
            self._watch(printing.print_document(self, self._document()))
        except DomainError as exc:
            self._refused(exc)

    def save_pdf(self) -> None:
        try:
            self._watch(printing.save_document(self, self._document()))
        except DomainError as exc:
            self._refused(exc)

    def save_json(self) -> None:
        path = ask_json_path(self, _documents_dir() / f"Datos personales {self.customer.number}.json")
        if path is None:
            return
        try:
            arco.export_personal_data(self.actor, self.customer_id, path, "json")
        except DomainError as exc:
            self._refused(exc)
            return
        except OSError as exc:
            _note(self.access_status, self.tr("No se pudo escribir {0} ({1}).").format(
                str(path), exc.strerror or str(exc)), DANGER)
            return
        _note(self.access_status, self.tr("Copia en JSON guardada en {0}").format(str(path)))

    # --- opposition -----------------------------------------------------------------------------------------------

    def set_opposition(self, opposed: bool) -> None:
        try:
            arco.set_opposition(self.actor, self.customer_id, opposed)
        except DomainError as exc:
            self.opposition.blockSignals(True)
            self.opposition.setChecked(not opposed)
            self.opposition.blockSignals(False)
            _note(self.opposition_status, exc.message, DANGER)
            return
        _note(self.opposition_status, self.tr("Oposición registrada.") if opposed
              else self.tr("Oposición retirada."))
        self.customer = queries.customer_info(self.customer_id)
        self.changed.emit()

    # --- cancellation ---------------------------------------------------------------------------------------------

    def anonymize(self) -> None:
        c = self.customer
        self.cancel_error.clear_error()
        if not ask_confirmation(
                self, self.tr("Anonimizar datos personales"),
                self.tr("¿Anonimizar los datos personales de {0} (cliente {1})?").format(c.name, c.number),
                self.tr("Su nombre, teléfonos, correo, domicilio y notas, y los textos de sus {0} reportes, se "
                        "reemplazan; sus archivos adjuntos se borran. Los reportes se conservan para las "
                        "estadísticas. Esto no se puede deshacer.").format(len(queries.customer_reports(c.id))),
                self.tr("Anonimizar")):
            return
        self.busy = True
        self._update()
        _note(self.cancel_status, self.tr("Anonimizando…"), "palette(mid)")
        actor, cid = self.actor, self.customer_id
        run_task(lambda: arco.anonymize_customer(actor, cid), self._anonymized, self._anonymize_failed, self)

    def _anonymized(self, result: arco.Anonymized) -> None:
        self.busy = False
        text = self.tr("Listo: se anonimizaron sus datos y los textos de {0} reportes ({1} anotaciones del "
                       "historial); se borraron {2} archivos adjuntos.").format(result.reports, result.events,
                                                                             result.attachments)
        if result.files_left:
            text += " " + self.tr("No se pudieron borrar estos archivos; bórrelos a mano: {0}").format(
                ", ".join(result.files_left))
        _note(self.cancel_status, text, OK_COLOR if not result.files_left else DANGER)
        self._reload()
        self.changed.emit()

    def _anonymize_failed(self, exc: BaseException) -> None:
        self.busy = False
        _note(self.cancel_status, "")
        self._update()
        if isinstance(exc, DomainError):
            self.cancel_error.show_error(exc.message)
            return
        raise exc  # our bug: the crash handler records it (scrubbed)


# --- the privacy notice -------------------------------------------------------------------------------------------

class PrivacyNoticeDialog(QDialog):
    """The office's privacy notice: anyone prints it for a customer; a manager edits it (empty = the default)."""

    def __init__(self, actor: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.editable = can(actor, Action.SETTINGS_EDIT)
        self.jobs: list[printing.DocumentJob] = []
        self.setWindowTitle(self.tr("Aviso de privacidad"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("privacyNoticeText")
        self.text.setReadOnly(not self.editable)
        self.text.textChanged.connect(self._edited)
        self.when = QLabel(self)
        self.when.setStyleSheet("color: palette(mid);")
        self.error = ErrorLabel(self)
        self.status = _status(self)

        self.save_button = QPushButton(self.tr("Guardar cambios"), self)
        self.default_button = QPushButton(self.tr("Volver al texto predeterminado"), self)
        self.print_button = QPushButton(self.tr("Imprimir"), self)
        self.pdf_button = QPushButton(self.tr("Guardar PDF…"), self)
        self.save_button.clicked.connect(self.save)
        self.default_button.clicked.connect(self.restore_default)
        self.print_button.clicked.connect(self.print_notice)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.save_button.setVisible(self.editable)
        self.default_button.setVisible(self.editable)

        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.default_button)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        self.buttons = _close_box(self)
        layout = QVBoxLayout(self)
        if self.editable:
            layout.addWidget(_hint(self.tr(
                "Revise el texto con su asesor y adáptelo a lo que su oficina hace. Un renglón corto sin punto al "
                "inicio de un párrafo se imprime como título."), self))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.when)
        layout.addWidget(self.error)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(760, 640)
        self._load()

    def _load(self) -> None:
        self.text.blockSignals(True)
        self.text.setPlainText(arco.privacy_notice_text())
        self.text.blockSignals(False)
        updated = arco.privacy_notice_updated_at()
        tz = _office_tz()
        self.when.setText(self.tr("Última actualización: {0}").format(short_dt(to_local(updated, tz))) if updated
                          else self.tr("Texto predeterminado, con los datos de la oficina."))
        self.save_button.setEnabled(False)
        self.default_button.setEnabled(updated is not None)

    def _edited(self) -> None:
        self.save_button.setEnabled(True)
        _note(self.status, "")

    def save(self) -> bool:
        self.error.clear_error()
        try:
            arco.set_privacy_notice(self.actor, self.text.toPlainText())
        except DomainError as exc:
            self.error.show_error(exc.message)
            return False
        self._load()
        _note(self.status, self.tr("Aviso de privacidad guardado."))
        return True

    def restore_default(self) -> None:
        self.error.clear_error()
        try:
            arco.set_privacy_notice(self.actor, "")
        except DomainError as exc:
            self.error.show_error(exc.message)
            return
        self._load()
        _note(self.status, self.tr("Se volvió al texto predeterminado."))

    def _document(self) -> printing.Document:
        def render(data: object, path: Path) -> None:
            from ispdesk.pdf.privacy_notice import render_privacy_notice

            render_privacy_notice(data, path)

        return printing.Document(self.tr("Aviso de privacidad"), "", arco.privacy_notice_data, render,
                                 "Aviso de privacidad.pdf", what=self.tr("el aviso de privacidad"))

    def _ready(self) -> bool:
        """Unsaved edits are saved first: what prints is what is stored."""
        return not (self.editable and self.save_button.isEnabled()) or self.save()

    def _watch(self, job: printing.DocumentJob | None) -> None:
        if job is None:
            return
        self.jobs.append(job)
        job.finished.connect(self._job_finished)  # bound: Qt drops them with the dialog
        job.failed.connect(self._job_failed)

    def _job_finished(self, message: str) -> None:
        _note(self.status, message)

    def _job_failed(self, message: str) -> None:
        _note(self.status, message, DANGER)

    def print_notice(self) -> None:
        if self._ready():
            self._watch(printing.print_document(self, self._document()))

    def save_pdf(self) -> None:
        if self._ready():
            self._watch(printing.save_document(self, self._document()))


# --- retention ----------------------------------------------------------------------------------------------------

class RetentionDialog(QDialog):
    """How many years the data of customers dados de baja is kept, who the rule would take now, and applying it (off
    the GUI thread, with a progress bar)."""

    changed = Signal()

    def __init__(self, actor: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.may_edit = can(actor, Action.SETTINGS_EDIT)
        self.may_apply = can(actor, Action.PERSONAL_DATA)
        self.candidates: list[arco.RetentionCandidate] = []
        self.setWindowTitle(self.tr("Conservación de datos personales"))

        self.years = QSpinBox(self)
        self.years.setRange(arco.MIN_RETENTION_YEARS, arco.MAX_RETENTION_YEARS)
        self.years.setSuffix(self.tr(" años"))
        self.years.setValue(arco.retention_years())
        self.years.setEnabled(self.may_edit)
        self.save_years = QPushButton(self.tr("Guardar"), self)
        self.save_years.setVisible(self.may_edit)
        self.save_years.setEnabled(False)
        self.years.valueChanged.connect(lambda _v: self.save_years.setEnabled(True))
        self.save_years.clicked.connect(self.store_years)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Anonimizar a los clientes dados de baja sin actividad en"), self))
        top.addWidget(self.years)
        top.addWidget(self.save_years)
        top.addStretch(1)

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("retentionTable")
        self.table.setHorizontalHeaderLabels([self.tr("Número"), self.tr("Nombre"), self.tr("Última actividad")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.error = ErrorLabel(self)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("applyRetention")
        self.apply_button.setStyleSheet(f"QPushButton#applyRetention:enabled {{ color: {DANGER}; }}")
        self.apply_button.setVisible(self.may_apply)
        self.apply_button.clicked.connect(self.apply)
        self.buttons = _close_box(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.apply_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(_hint(self.tr(
            "Actividad: cualquier cambio en su ficha o en sus reportes. No se toman clientes con servicio activo o "
            "suspendido ni con reportes sin terminar. La misma regla corre con «ispdesk retention» en una tarea "
            "programada (con --dry-run sólo lista)."), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.resize(680, 520)
        self.refresh()

    def refresh(self, then: str = "", color: str = OK_COLOR) -> None:
        """List the candidates off the GUI thread (a second at 100,000 customers); `then` is said afterwards."""
        self.apply_button.setEnabled(False)
        _note(self.summary, self.tr("Buscando clientes…"), "#505050")
        actor = self.actor
        run_task(lambda: arco.retention_list(actor), lambda found: self._listed(found, then, color),
                 self._list_failed, self)

    def _listed(self, found: list[arco.RetentionCandidate], then: str, color: str) -> None:
        self.candidates = found
        tz = _office_tz()
        self.table.setRowCount(len(found))
        for row, c in enumerate(found):
            for col, text in enumerate((c.number, c.name, short_dt(to_local(c.last_activity, tz)))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, col, item)
        n = len(found)
        years = arco.retention_years()
        if then:
            _note(self.summary, then, color)
        else:
            span = self.tr("1 año") if years == 1 else self.tr("{0} años").format(years)
            _note(self.summary, self.tr("{0} clientes dados de baja sin actividad en {1}.").format(n, span)
                  if n else self.tr("Ningún cliente dado de baja lleva {0} sin actividad.").format(span),
                  "palette(text)")
        self.apply_button.setText(self.tr("Anonimizar a {0} clientes…").format(n) if n
                                  else self.tr("Anonimizar…"))
        self.apply_button.setEnabled(n > 0 and not self.progress.isVisible())

    def _list_failed(self, exc: BaseException) -> None:
        _note(self.summary, "")
        self.table.setRowCount(0)
        if isinstance(exc, DomainError):
            self.error.show_error(exc.message)
            return
        raise exc

    def store_years(self) -> None:
        self.error.clear_error()
        try:
            arco.set_retention_years(self.actor, self.years.value())
        except DomainError as exc:
            self.error.show_error(exc.message)
            return
        self.save_years.setEnabled(False)
        self.refresh()

    def apply(self) -> None:
        n = len(self.candidates)
        if not n or not ask_confirmation(
                self, self.tr("Anonimizar datos personales"),
                self.tr("¿Anonimizar los datos personales de {0} clientes?").format(n),
                self.tr("Se reemplazan sus nombres, teléfonos, correos, domicilios, notas y los textos de sus "
                        "reportes, y se borran sus archivos adjuntos. Los reportes se conservan para las "
                        "estadísticas. Esto no se puede deshacer."), self.tr("Anonimizar")):
            return
        ids = [c.id for c in self.candidates]
        actor = self.actor
        self.apply_button.setEnabled(False)
        self.save_years.setEnabled(False)
        self.years.setEnabled(False)
        self.progress.setRange(0, n)
        self.progress.setValue(0)
        self.progress.show()
        run_task(lambda report: arco.apply_retention(actor, ids=ids, progress=lambda d, t: report("", d, t)),
                 self._done, self._failed, self, on_progress=lambda _s, done, _t: self.progress.setValue(done))

    def _done(self, run: arco.RetentionRun) -> None:
        self.progress.hide()
        self.years.setEnabled(self.may_edit)
        text = self.tr("Se anonimizaron {0} clientes.").format(len(run.anonymized))
        if run.skipped:
            text += " " + self.tr("{0} no, porque tuvieron actividad desde que se revisó la lista.").format(
                len(run.skipped))
        if run.files_left:
            text += " " + self.tr("No se pudieron borrar estos archivos; bórrelos a mano: {0}").format(
                ", ".join(run.files_left))
        self.refresh(text, DANGER if run.files_left else OK_COLOR)
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.years.setEnabled(self.may_edit)
        self.refresh()
        if isinstance(exc, DomainError):
            self.error.show_error(exc.message)
            return
        raise exc


# --- the main window's menu ---------------------------------------------------------------------------------------

def add_privacy_actions(window: QMainWindow, menu: QMenu) -> None:
    """«Aviso de privacidad…» (everyone: a customer may ask for it) and «Conservación de datos personales…»
    (managers) in `menu`; their visibility follows the signed-in user (`window.user_changed`)."""
    notice = menu.addAction(QCoreApplication.translate("MainWindow", "Aviso de &privacidad…"))
    retention = menu.addAction(QCoreApplication.translate("MainWindow", "&Conservación de datos personales…"))

    def run(dialog: QDialog) -> None:
        try:
            window.exec_dialog(dialog)  # type: ignore[attr-defined]
        finally:
            dialog.deleteLater()

    notice.triggered.connect(lambda: run(PrivacyNoticeDialog(window.user, window)))  # type: ignore[attr-defined]

    def open_retention() -> None:
        dialog = RetentionDialog(window.user, window)  # type: ignore[attr-defined]
        dialog.changed.connect(window.refresh)  # type: ignore[attr-defined]
        run(dialog)

    retention.triggered.connect(open_retention)

    def follow(user: object) -> None:
        retention.setVisible(can(user, Action.PERSONAL_DATA) or can(user, Action.SETTINGS_EDIT))  # type: ignore

    window.user_changed.connect(follow)  # type: ignore[attr-defined]
    follow(window.user)  # type: ignore[attr-defined]
    window.privacy_actions = (notice, retention)  # type: ignore[attr-defined]
