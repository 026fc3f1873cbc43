"""«Configuración»: the manager's settings in sections (office, hours and holidays, deadlines, areas and kinds,
causes, technicians' zones, the receipt's text, compensation, record retention).

Each section reads its rows from `core.queries.settings` and saves through one service call per change; the services
validate (every wrong field shown under it at once), re-check the acting user's role, and write one audit event per
change. A new calendar or policy applies to the reports opened from then on, on every PC."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTime
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ispdesk.core.deadlines import Policy, Term, Unit
from ispdesk.core.errors import DomainError
from ispdesk.core.permissions import ROLE_LABELS
from ispdesk.core.queries import settings as q
from ispdesk.core.services import catalog, incidents, office, settings
from ispdesk.core.session import Session
from ispdesk.core.vocab import CAUSE_CATEGORY_LABELS, KIND_LABELS
from ispdesk.ui.common.vocab_tr import tr_label
from ispdesk.ui.common.widgets import ErrorLabel, FieldErrors
from ispdesk.ui.managers.common import (
    SavedLabel,
    fill_table,
    make_table,
    no_auto_default,
    note_label,
    select_key,
    selected_key,
    title_label,
)

CTX = "SettingsDialog"

WEEKDAYS = (
    QT_TRANSLATE_NOOP("SettingsDialog", "Lunes"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Martes"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Miércoles"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Jueves"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Viernes"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Sábado"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Domingo"),
)

UNITS = (
    (Unit.NATURAL_HOURS, QT_TRANSLATE_NOOP("SettingsDialog", "horas naturales (corridas)")),
    (Unit.BUSINESS_HOURS, QT_TRANSLATE_NOOP("SettingsDialog", "horas hábiles (horario de la oficina)")),
    (Unit.NATURAL_DAYS, QT_TRANSLATE_NOOP("SettingsDialog", "días naturales (corridos)")),
    (Unit.BUSINESS_DAYS, QT_TRANSLATE_NOOP("SettingsDialog", "días hábiles de la oficina")),
    (Unit.LEGAL_BUSINESS_DAYS, QT_TRANSLATE_NOOP("SettingsDialog", "días hábiles legales (lun–vie sin festivos)")),
)

TIMEZONES = (
    ("America/Mexico_City", QT_TRANSLATE_NOOP("SettingsDialog", "Centro (Ciudad de México)")),
    ("America/Monterrey", QT_TRANSLATE_NOOP("SettingsDialog", "Centro (Monterrey)")),
    ("America/Merida", QT_TRANSLATE_NOOP("SettingsDialog", "Centro (Mérida)")),
    ("America/Chihuahua", QT_TRANSLATE_NOOP("SettingsDialog", "Centro (Chihuahua)")),
    ("America/Bahia_Banderas", QT_TRANSLATE_NOOP("SettingsDialog", "Centro (Bahía de Banderas)")),
    ("America/Cancun", QT_TRANSLATE_NOOP("SettingsDialog", "Sureste (Quintana Roo)")),
    ("America/Mazatlan", QT_TRANSLATE_NOOP("SettingsDialog", "Pacífico (Sinaloa, Nayarit, B.C.S.)")),
    ("America/Hermosillo", QT_TRANSLATE_NOOP("SettingsDialog", "Pacífico sin horario de verano (Sonora)")),
    ("America/Tijuana", QT_TRANSLATE_NOOP("SettingsDialog", "Noroeste (Baja California)")),
    ("America/Matamoros", QT_TRANSLATE_NOOP("SettingsDialog", "Centro, frontera con horario de verano (Matamoros)")),
    ("America/Ojinaga", QT_TRANSLATE_NOOP("SettingsDialog", "Centro, frontera con horario de verano (Ojinaga)")),
    ("America/Ciudad_Juarez", QT_TRANSLATE_NOOP("SettingsDialog", "Montaña, frontera (Ciudad Juárez)")),
)

HOLIDAY_KINDS = {
    "oficial": QT_TRANSLATE_NOOP("SettingsDialog", "Festivo oficial"),
    "legal": QT_TRANSLATE_NOOP("SettingsDialog", "Inhábil sólo para plazos legales"),
    "cierre": QT_TRANSLATE_NOOP("SettingsDialog", "Cierre de la oficina"),
}


def tr_const(text: str) -> str:
    """A label marked with QT_TRANSLATE_NOOP("SettingsDialog", …) above, in the UI language."""
    return QCoreApplication.translate(CTX, text)


def _date_text(day: dt.date) -> str:
    return f"{tr_const(WEEKDAYS[day.weekday()])[:3].lower()} {day:%d/%m/%Y}"


class Section(QWidget):
    """One page: a title, an explanation, the fields, and a row with the saved message and the save button."""

    def __init__(self, dialog: SettingsDialog, title: str, explanation: str = "") -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.actor = dialog.actor
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 4, 4, 4)
        self.layout_.addWidget(title_label(self, title))
        if explanation:
            self.layout_.addWidget(note_label(self, explanation))
        self.general = ErrorLabel(self)
        self.errors = FieldErrors(self.general)
        self.saved = SavedLabel(self)
        self.save_button: QPushButton | None = None

    def finish(self, save_text: str = "", on_save: Callable[[], None] | None = None) -> None:
        self.layout_.addWidget(self.general)
        row = QHBoxLayout()
        row.addWidget(self.saved, 1)
        if on_save is not None:
            self.save_button = QPushButton(save_text or self.tr("Guardar cambios"), self)
            self.save_button.clicked.connect(on_save)
            row.addWidget(self.save_button)
        self.layout_.addLayout(row)

    def run(self, action: Callable[[], object], saved: str = "") -> bool:
        """Call a service; its errors go under their fields (all at once), a success says so."""
        self.errors.clear()
        try:
            action()
        except DomainError as exc:
            self.errors.show(exc)
            self.saved.clear()
            return False
        self.saved.show_saved(saved or self.tr("Cambios guardados."))
        self.load()
        return True

    def load(self) -> None:
        """Show what is stored now."""


# --- Oficina -------------------------------------------------------------------------------------------------

class OfficeSection(Section):
    def __init__(self, dialog: SettingsDialog) -> None:
        super().__init__(dialog, self.tr("Oficina"), self.tr(
            "Los datos que se imprimen en los comprobantes, las órdenes de trabajo y las cartas de respuesta."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = QLineEdit(self)
        self.legal_name = QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.phones = QLineEdit(self)
        self.email = QLineEdit(self)
        self.web = QLineEdit(self)
        self.timezone = QComboBox(self)
        for tz, label in TIMEZONES:
            self.timezone.addItem(f"{tr_const(label)} — {tz}", tz)
        self.prefix = QLineEdit(self)
        self.prefix.setMaxLength(4)
        self.prefix.setMaximumWidth(90)
        self.prefix.textEdited.connect(lambda t: self.prefix.setText(t.upper()))
        self.prefix_note = note_label(self, "")
        prefix_row = QWidget(self)
        pl = QHBoxLayout(prefix_row)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.prefix)
        pl.addWidget(self.prefix_note, 1)
        self.logo = QLabel(self)
        self.logo.setFixedSize(180, 72)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("border: 1px solid #c8c8c8; background: white;")
        self.choose_logo = QPushButton(self.tr("Elegir imagen…"), self)
        self.choose_logo.clicked.connect(self.pick_logo)
        self.remove_logo = QPushButton(self.tr("Quitar"), self)
        self.remove_logo.clicked.connect(lambda: self.run(lambda: office.set_logo(self.actor, self.office_id, None),
                                                          self.tr("Logotipo quitado.")))
        logo_row = QWidget(self)
        ll = QHBoxLayout(logo_row)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.logo)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo)
        buttons.addWidget(self.remove_logo)
        buttons.addStretch(1)
        ll.addLayout(buttons)
        ll.addWidget(note_label(self, self.tr("PNG o JPG de hasta 1 MB; se guarda en la base de datos, así que todas "
                                         "las computadoras lo imprimen.")), 1)
        form.addRow(self.tr("&Nombre:"), self.name)
        form.addRow(self.tr("&Razón social:"), self.legal_name)
        form.addRow(self.tr("&Dirección:"), self.address)
        form.addRow(self.tr("&Teléfonos:"), self.phones)
        form.addRow(self.tr("&Correo:"), self.email)
        form.addRow(self.tr("&Página web:"), self.web)
        form.addRow(self.tr("&Zona horaria:"), self.timezone)
        form.addRow(self.tr("&Prefijo de folio:"), prefix_row)
        form.addRow(self.tr("Logotipo:"), logo_row)
        self.layout_.addLayout(form)
        self.errors.attach_form(form, {"name": self.name, "legal_name": self.legal_name, "address": self.address,
                                       "phones": self.phones, "email": self.email, "web": self.web,
                                       "timezone": self.timezone, "folio_prefix": prefix_row, "logo": logo_row})
        self.finish(self.tr("Guardar datos de la oficina"), self.save)
        self.layout_.addStretch(1)
        self.office_id = 0
        self.prefix_locked = False
        self.load()

    def load(self) -> None:
        s = q.office_settings(self.actor.office_id)
        self.office_id = s.id
        self.name.setText(s.name)
        self.legal_name.setText(s.legal_name)
        self.address.setPlainText(s.address)
        self.phones.setText(s.phones)
        self.email.setText(s.email)
        self.web.setText(s.web)
        i = self.timezone.findData(s.timezone)
        if i < 0:
            self.timezone.addItem(s.timezone, s.timezone)
            i = self.timezone.count() - 1
        self.timezone.setCurrentIndex(i)
        self.prefix.setText(s.folio_prefix)
        self.prefix_locked = s.prefix_locked
        self.prefix.setEnabled(not s.prefix_locked)
        self.prefix_note.setText(self.tr("Ya hay folios emitidos con {0}: no se puede cambiar.").format(s.folio_prefix)
                                 if s.prefix_locked else self.tr("De 1 a 4 letras; va al inicio de cada folio."))
        pixmap = QPixmap(s.logo_file) if s.logo_file else QPixmap()
        if pixmap.isNull():
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("Sin logotipo"))
        else:
            self.logo.setPixmap(pixmap.scaled(self.logo.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
        self.remove_logo.setEnabled(bool(s.logo_file))

    def data(self) -> dict[str, object]:
        out: dict[str, object] = {
            "name": self.name.text(), "legal_name": self.legal_name.text(), "address": self.address.toPlainText(),
            "phones": self.phones.text(), "email": self.email.text(), "web": self.web.text(),
            "timezone": self.timezone.currentData()}
        if not self.prefix_locked:
            out["folio_prefix"] = self.prefix.text()
        return out

    def save(self) -> None:
        self.run(lambda: office.update_office(self.actor, self.office_id, **self.data()))

    def choose_file(self) -> str:
        """Seam: tests answer without a file dialog."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logotipo de la oficina"), "",
                                              self.tr("Imágenes (*.png *.jpg *.jpeg)"))
        return path

    def pick_logo(self) -> None:
        path = self.choose_file()
        if path:
            self.run(lambda: office.set_logo(self.actor, self.office_id, path), self.tr("Logotipo guardado."))


# --- Horario y días festivos -----------------------------------------------------------------------------------

class DayRow:
    """One weekday: open or not, a shift, and optionally a second one (a split shift)."""

    def __init__(self, parent: QWidget, grid: QGridLayout, row: int, day: int) -> None:
        self.day = day
        self.open = QCheckBox(tr_const(WEEKDAYS[day]), parent)
        self.start, self.end, self.start2, self.end2 = (QTimeEdit(parent) for _ in range(4))
        for edit in (self.start, self.end, self.start2, self.end2):
            edit.setDisplayFormat("HH:mm")
        self.split = QCheckBox(QCoreApplication.translate("SettingsDialog", "y de"), parent)
        self.error = ErrorLabel(parent)
        to = QCoreApplication.translate("SettingsDialog", "a")
        widgets: list[QWidget] = [self.open, self.start, QLabel(to, parent), self.end, self.split, self.start2,
                                  QLabel(to, parent), self.end2]
        for col, widget in enumerate(widgets):
            grid.addWidget(widget, row * 2, col)
        grid.addWidget(self.error, row * 2 + 1, 0, 1, len(widgets))
        self.open.toggled.connect(self.update_enabled)
        self.split.toggled.connect(self.update_enabled)

    def set(self, shifts: tuple[tuple[str, str], ...]) -> None:
        self.open.setChecked(bool(shifts))
        first = shifts[0] if shifts else ("09:00", "18:00")
        second = shifts[1] if len(shifts) > 1 else ("16:00", "19:00")
        for edit, text in zip((self.start, self.end, self.start2, self.end2), (*first, *second), strict=True):
            edit.setTime(QTime.fromString(text, "HH:mm"))
        self.split.setChecked(len(shifts) > 1)
        self.update_enabled()

    def update_enabled(self) -> None:
        on = self.open.isChecked()
        for widget in (self.start, self.end, self.split):
            widget.setEnabled(on)
        for widget in (self.start2, self.end2):
            widget.setEnabled(on and self.split.isChecked())

    def shifts(self) -> list[list[str]]:
        if not self.open.isChecked():
            return []
        out = [[self.start.time().toString("HH:mm"), self.end.time().toString("HH:mm")]]
        if self.split.isChecked():
            out.append([self.start2.time().toString("HH:mm"), self.end2.time().toString("HH:mm")])
        return out


class HoursSection(Section):
    def __init__(self, dialog: SettingsDialog) -> None:
        super().__init__(dialog, self.tr("Horario y días festivos"), self.tr(
            "Los plazos en horas y días hábiles se cuentan con este horario. Los cambios aplican a los reportes que "
            "se levanten desde ahora, en todas las computadoras; los plazos ya prometidos no cambian."))
        hours_box = QGroupBox(self.tr("Horario de atención"), self)
        grid = QGridLayout(hours_box)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(0)
        self.days = [DayRow(hours_box, grid, d, d) for d in range(7)]
        grid.setColumnStretch(8, 1)
        self.hours_error = ErrorLabel(hours_box)
        grid.addWidget(self.hours_error, 14, 0, 1, 8)
        save_hours = QPushButton(self.tr("Guardar horario"), hours_box)
        save_hours.clicked.connect(self.save_hours)
        self.hours_saved = SavedLabel(hours_box)
        grid.addWidget(self.hours_saved, 15, 0, 1, 6)
        grid.addWidget(save_hours, 15, 6, 1, 3, Qt.AlignmentFlag.AlignRight)
        self.layout_.addWidget(hours_box)

        days_box = QGroupBox(self.tr("Días festivos y cierres"), self)
        dl = QVBoxLayout(days_box)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Año:"), days_box))
        self.year = QSpinBox(days_box)
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.valueChanged.connect(lambda _v: self.load_days())
        top.itemAt(0).widget().setBuddy(self.year)  # type: ignore[union-attr]
        top.addWidget(self.year)
        top.addStretch(1)
        self.add_day = QPushButton(self.tr("Agregar cierre…"), days_box)
        self.add_day.clicked.connect(self.add_closed_day)
        self.remove_day = QPushButton(self.tr("Quitar cierre"), days_box)
        self.remove_day.clicked.connect(self.remove_closed_day)
        top.addWidget(self.add_day)
        top.addWidget(self.remove_day)
        dl.addLayout(top)
        headers = [self.tr("Fecha"), self.tr("Qué se conmemora o por qué se cierra"), self.tr("Tipo")]
        self.table = make_table(days_box, headers, stretch=1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        dl.addWidget(self.table, 1)
        dl.addWidget(note_label(days_box, self.tr(
            "Los festivos oficiales se calculan solos cada año, con los lunes que se recorren. Los plazos en días "
            "hábiles legales (los de derechos ARCO) cuentan de lunes a viernes sin festivos oficiales ni el 5 de "
            "mayo, aunque la oficina abra o cierre otros días.")))
        self.days_error = ErrorLabel(days_box)
        dl.addWidget(self.days_error)
        self.layout_.addWidget(days_box, 1)
        self.finish()
        self.office_id = 0
        self.closed: dict[dt.date, str] = {}
        self.load()

    def load(self) -> None:
        s = q.office_settings(self.actor.office_id)
        self.office_id = s.id
        for row in self.days:
            row.set(s.hours.get(row.day, ()))
        self.closed = {c.day: c.name for c in s.closed_days}
        self.load_days()

    def load_days(self) -> None:
        rows = q.holidays_of(self.office_id, self.year.value())
        fill_table(self.table, [((h.day.isoformat(), h.kind), [_date_text(h.day), h.name or self.tr("(sin motivo)"),
                                                               tr_const(HOLIDAY_KINDS[h.kind])]) for h in rows])
        self._update_buttons()

    def _update_buttons(self) -> None:
        key = selected_key(self.table)
        self.remove_day.setEnabled(isinstance(key, tuple) and key[1] == "cierre")

    def save_hours(self) -> None:
        for row in self.days:
            row.error.clear_error()
        self.hours_error.clear_error()
        hours = {str(row.day): row.shifts() for row in self.days if row.shifts()}
        try:
            office.update_office(self.actor, self.office_id, hours=hours or {str(d): [] for d in range(7)})
        except DomainError as exc:
            for err in getattr(exc, "errors", None) or [exc]:
                field = err.field or ""
                if field.startswith("hours_") and field[6:].isdigit():
                    label = self.days[int(field[6:])].error
                    label.show_error(f"{label.text()} {err.message}".strip())
                else:
                    self.hours_error.show_error(err.message)
            self.hours_saved.clear()
            return
        self.hours_saved.show_saved(self.tr("Horario guardado."))
        self.load()

    def _save_closed(self, closed: dict[dt.date, str], saved: str) -> bool:
        self.days_error.clear_error()
        items = [{"date": d.isoformat(), "name": n} for d, n in sorted(closed.items())]
        try:
            office.update_office(self.actor, self.office_id, closed_days=items)
        except DomainError as exc:
            self.days_error.show_error(exc.message)
            return False
        self.saved.show_saved(saved)
        self.load()
        return True

    def ask_closed_day(self) -> tuple[dt.date, str] | None:
        """Seam: a small dialog for the date and the reason (tests answer without it)."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Agregar cierre"))
        form = QFormLayout(dialog)
        date = QDateEdit(dialog)
        date.setCalendarPopup(True)
        date.setDisplayFormat("dd/MM/yyyy")
        date.setDate(QDate.currentDate())
        reason = QLineEdit(dialog)
        reason.setPlaceholderText(self.tr("p. ej. Día del empleado"))
        form.addRow(self.tr("&Fecha:"), date)
        form.addRow(self.tr("&Motivo:"), reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return date.date().toPython(), reason.text()  # type: ignore[return-value]
        finally:
            dialog.deleteLater()

    def add_closed_day(self) -> None:
        answer = self.ask_closed_day()
        if answer is None:
            return
        day, name = answer
        if self._save_closed(self.closed | {day: name}, self.tr("Cierre agregado.")):
            self.year.setValue(day.year)
            select_key(self.table, (day.isoformat(), "cierre"))

    def remove_closed_day(self) -> None:
        key = selected_key(self.table)
        if not isinstance(key, tuple) or key[1] != "cierre":
            return
        day = dt.date.fromisoformat(key[0])
        self._save_closed({d: n for d, n in self.closed.items() if d != day}, self.tr("Cierre quitado."))


# --- Plazos ----------------------------------------------------------------------------------------------------

class TermEdit(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.amount = QSpinBox(self)
        self.amount.setRange(1, 8760)
        self.unit = QComboBox(self)
        for unit, label in UNITS:
            self.unit.addItem(tr_const(label), unit.value)
        layout.addWidget(self.amount)
        layout.addWidget(self.unit)
        layout.addStretch(1)
        self.setFocusProxy(self.amount)

    def set(self, value: q.TermValue | None) -> None:
        if value is not None:
            self.amount.setValue(value.amount)
            self.unit.setCurrentIndex(max(0, self.unit.findData(value.unit)))

    def term(self) -> Term:
        return Term(self.amount.value(), Unit(self.unit.currentData()))


UNIT_SHORT = {
    Unit.NATURAL_HOURS: QT_TRANSLATE_NOOP("SettingsDialog", "{0} h naturales"),
    Unit.BUSINESS_HOURS: QT_TRANSLATE_NOOP("SettingsDialog", "{0} h hábiles"),
    Unit.NATURAL_DAYS: QT_TRANSLATE_NOOP("SettingsDialog", "{0} días naturales"),
    Unit.BUSINESS_DAYS: QT_TRANSLATE_NOOP("SettingsDialog", "{0} días hábiles"),
    Unit.LEGAL_BUSINESS_DAYS: QT_TRANSLATE_NOOP("SettingsDialog", "{0} días hábiles legales"),
}


def _term_text(value: q.TermValue | None) -> str:
    return tr_const(UNIT_SHORT[Unit(value.unit)]).format(value.amount) if value is not None else ""


class PoliciesSection(Section):
    def __init__(self, dialog: SettingsDialog) -> None:
        super().__init__(dialog, self.tr("Plazos"), self.tr(
            "Lo que se promete al cliente en cada tipo de reporte. Los cambios aplican a los reportes que se levanten "
            "desde ahora; los plazos ya prometidos no cambian. Predeterminados: los Códigos de Prácticas "
            "Comerciales y, para derechos ARCO, 20 días hábiles legales."))
        self.table = make_table(self, [self.tr("Tipo de reporte"), self.tr("Primera respuesta"), self.tr("Solución"),
                                       self.tr("Causa externa"), ""], stretch=4)
        self.table.itemSelectionChanged.connect(self.show_kind)
        self.layout_.addWidget(self.table, 1)
        box = QGroupBox(self)
        self.box = box
        right = QVBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.response = TermEdit(box)
        self.resolution = TermEdit(box)
        self.cutoff = QCheckBox(
            self.tr("o antes del siguiente corte de facturación del cliente, lo que ocurra primero"), box)
        self.has_external = QCheckBox(self.tr("Ampliable si la causa es externa, a:"), box)
        self.external = TermEdit(box)
        self.has_external.toggled.connect(self.external.setEnabled)
        form.addRow(self.tr("Primera &respuesta:"), self.response)
        form.addRow(self.tr("&Solución:"), self.resolution)
        form.addRow("", self.cutoff)
        form.addRow(self.has_external, self.external)
        right.addLayout(form)
        self.errors.attach_form(form, {"response": self.response, "resolution": self.resolution,
                                       "external_resolution": self.external})
        buttons = QHBoxLayout()
        self.default_note = note_label(box, "")
        buttons.addWidget(self.default_note, 1)
        self.reset_button = QPushButton(self.tr("Restablecer predeterminados"), box)
        self.reset_button.clicked.connect(self.reset)
        self.save_policy_button = QPushButton(self.tr("Guardar plazos"), box)
        self.save_policy_button.clicked.connect(self.save)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_policy_button)
        right.addLayout(buttons)
        right.addWidget(note_label(box, self.tr(
            "Horas hábiles y días hábiles de la oficina siguen su horario, sus cierres y los festivos. Días hábiles "
            "legales: de lunes a viernes sin festivos oficiales, como cuenta los plazos la ley (derechos ARCO), "
            "sea cual sea el horario de la oficina; vencen al final del día.")))
        self.layout_.addWidget(box)
        reopen_row = QWidget(self)
        rr = QHBoxLayout(reopen_row)
        rr.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Un reporte cerrado se puede reabrir &hasta:"), reopen_row)
        self.reopen = QSpinBox(reopen_row)
        self.reopen.setRange(0, settings.MAX_REOPEN_DAYS)
        self.reopen.setSuffix(self.tr(" días después (0: nunca)"))
        label.setBuddy(self.reopen)
        save_reopen = QPushButton(self.tr("Guardar"), reopen_row)
        save_reopen.clicked.connect(self.save_reopen)
        rr.addWidget(label)
        rr.addWidget(self.reopen)
        rr.addWidget(save_reopen)
        rr.addStretch(1)
        self.layout_.addWidget(reopen_row)
        self.errors.add(settings.REOPEN_DAYS_KEY, self.general)
        self.finish()
        self.rows: dict[str, q.PolicyRow] = {}
        self.load()

    def load(self) -> None:
        current = selected_key(self.table)
        self.rows = {p.kind: p for p in q.policy_rows()}
        fill_table(self.table, [(p.kind, [tr_label(KIND_LABELS[p.kind]), _term_text(p.response),
                                          _term_text(p.resolution) + (self.tr(" o antes del corte")
                                                                      if p.before_billing_cutoff else ""),
                                          _term_text(p.external_resolution),
                                          "" if p.is_default else self.tr("modificado")])
                                for p in self.rows.values()])
        if current is None:
            self.table.selectRow(0)
        self.show_kind()
        self.reopen.setValue(q.other_settings().reopen_days)

    def kind(self) -> str:
        key = selected_key(self.table)
        return str(key) if key is not None else "falla"

    def show_kind(self) -> None:
        p = self.rows.get(self.kind())
        if p is None:
            return
        self.errors.clear()
        self.box.setTitle(self.tr("Plazos de «{0}»").format(tr_label(KIND_LABELS[p.kind])))
        self.response.set(p.response)
        self.resolution.set(p.resolution)
        self.cutoff.setChecked(p.before_billing_cutoff)
        self.has_external.setChecked(p.external_resolution is not None)
        self.external.set(p.external_resolution or q.TermValue(7, Unit.NATURAL_DAYS.value))
        self.external.setEnabled(p.external_resolution is not None)
        self.default_note.setText(self.tr("Los predeterminados.") if p.is_default
                                  else self.tr("Modificados por la oficina."))
        self.reset_button.setEnabled(not p.is_default)

    def policy(self) -> Policy:
        return Policy(self.response.term(), self.resolution.term(), before_billing_cutoff=self.cutoff.isChecked(),
                      external_resolution=self.external.term() if self.has_external.isChecked() else None)

    def save(self) -> None:
        kind = self.kind()
        self.run(lambda: office.set_policy(self.actor, kind, self.policy()),
                 self.tr("Plazos de «{0}» guardados.").format(tr_label(KIND_LABELS[kind])))

    def reset(self) -> None:
        kind = self.kind()
        self.run(lambda: office.reset_policy(self.actor, kind),
                 self.tr("Plazos de «{0}» restablecidos.").format(tr_label(KIND_LABELS[kind])))

    def save_reopen(self) -> None:
        self.run(lambda: settings.set_reopen_days(self.actor, self.reopen.value()))


# --- Áreas y tipos ---------------------------------------------------------------------------------------------

class AreasSection(Section):
    def __init__(self, dialog: SettingsDialog) -> None:
        super().__init__(dialog, self.tr("Áreas y tipos"), self.tr(
            "Cada área tiene su bandeja; cada tipo de reporte nuevo va al área que se elija aquí (los reportes ya "
            "levantados se quedan donde están)."))
        body = QHBoxLayout()
        left = QGroupBox(self.tr("Áreas"), self)
        ll = QVBoxLayout(left)
        self.table = make_table(left, [self.tr("Área"), self.tr("Estado"), self.tr("Recibe")], stretch=2)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        ll.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nueva área…"), left)
        self.new_button.clicked.connect(self.new_area)
        self.rename_button = QPushButton(self.tr("Cambiar nombre…"), left)
        self.rename_button.clicked.connect(self.rename_area)
        self.toggle_button = QPushButton(self.tr("Desactivar"), left)
        self.toggle_button.clicked.connect(self.toggle_area)
        for b in (self.new_button, self.rename_button, self.toggle_button):
            row.addWidget(b)
        row.addStretch(1)
        ll.addLayout(row)
        body.addWidget(left, 3)
        right = QGroupBox(self.tr("A qué área va cada tipo"), self)
        self.kind_form = QFormLayout(right)
        self.kind_combos: dict[str, QComboBox] = {}
        for kind, label in KIND_LABELS.items():
            combo = QComboBox(right)
            self.kind_combos[kind] = combo
            self.kind_form.addRow(tr_label(label) + ":", combo)
        save_kinds = QPushButton(self.tr("Guardar áreas de los tipos"), right)
        save_kinds.clicked.connect(self.save_kinds)
        self.kind_form.addRow(save_kinds)
        body.addWidget(right, 2)
        self.layout_.addLayout(body, 1)
        self.finish()
        self.rows: dict[str, q.AreaRow] = {}
        self.load()

    def load(self) -> None:
        self.rows = {a.code: a for a in q.area_rows()}
        fill_table(self.table, [(a.code, [a.name, self.tr("Activa") if a.active else self.tr("Desactivada"),
                                          ", ".join(tr_label(KIND_LABELS[k]) for k in a.kinds)])
                                for a in self.rows.values()],
                   muted={a.code for a in self.rows.values() if not a.active})
        mapping = q.kind_area_map()
        for kind, combo in self.kind_combos.items():
            combo.clear()
            for a in self.rows.values():
                if a.active or a.code == mapping[kind]:
                    combo.addItem(a.name, a.code)
            combo.setCurrentIndex(max(0, combo.findData(mapping[kind])))
        self._update_buttons()

    def _update_buttons(self) -> None:
        area = self.rows.get(str(selected_key(self.table)))
        self.rename_button.setEnabled(area is not None)
        self.toggle_button.setEnabled(area is not None)
        inactive = area is not None and not area.active
        self.toggle_button.setText(self.tr("Activar") if inactive else self.tr("Desactivar"))

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """Seam: one line of text (tests answer without a dialog)."""
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def new_area(self) -> None:
        name = self.ask_text(self.tr("Nueva área"), self.tr("Nombre del área:"))
        if name is not None:
            self.run(lambda: catalog.save_area(self.actor, name=name), self.tr("Área agregada."))

    def rename_area(self) -> None:
        area = self.rows.get(str(selected_key(self.table)))
        if area is None:
            return
        name = self.ask_text(self.tr("Cambiar nombre"), self.tr("Nombre del área:"), area.name)
        if name is not None:
            self.run(lambda: catalog.save_area(self.actor, code=area.code, name=name, active=area.active))

    def toggle_area(self) -> None:
        area = self.rows.get(str(selected_key(self.table)))
        if area is not None:
            self.run(lambda: catalog.save_area(self.actor, code=area.code, name=area.name, active=not area.active))

    def save_kinds(self) -> None:
        mapping = q.kind_area_map()
        changes = {k: c.currentData() for k, c in self.kind_combos.items() if c.currentData() != mapping[k]}

        def apply() -> None:
            for kind, area in changes.items():
                catalog.set_kind_area(self.actor, kind, area)

        self.run(apply)


# --- Causas ----------------------------------------------------------------------------------------------------

class CausesSection(Section):
    def __init__(self, dialog: SettingsDialog) -> None:
        super().__init__(dialog, self.tr("Causas"), self.tr(
            "La lista de la que el técnico elige al resolver. Una causa interna es del proveedor (cuenta para la "
            "compensación); una externa, ajena a él. Una causa usada no se borra: se desactiva."))
        self.table = make_table(self, [self.tr("Causa"), self.tr("Tipo"), self.tr("Estado")], stretch=0)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.layout_.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.label_edit = QLineEdit(self)
        self.label_edit.setPlaceholderText(self.tr("Causa nueva, p. ej. Antena desalineada por viento"))
        self.category = QComboBox(self)
        for code, label in CAUSE_CATEGORY_LABELS.items():
            self.category.addItem(tr_label(label), code)
        self.add_button = QPushButton(self.tr("Agregar"), self)
        self.add_button.clicked.connect(self.add_cause)
        self.label_edit.returnPressed.connect(self.add_cause)
        row.addWidget(self.label_edit, 2)
        row.addWidget(self.category, 1)
        row.addWidget(self.add_button)
        self.layout_.addLayout(row)
        self.errors.add("label", self.general)
        row2 = QHBoxLayout()
        self.rename_button = QPushButton(self.tr("Cambiar nombre…"), self)
        self.rename_button.clicked.connect(self.rename_cause)
        self.toggle_button = QPushButton(self.tr("Desactivar"), self)
        self.toggle_button.clicked.connect(self.toggle_cause)
        row2.addWidget(self.rename_button)
        row2.addWidget(self.toggle_button)
        row2.addStretch(1)
        self.layout_.addLayout(row2)
        self.finish()
        self.rows: dict[str, q.CauseRow] = {}
        self.load()

    def load(self) -> None:
        self.rows = {c.code: c for c in q.cause_rows()}
        fill_table(self.table, [(c.code, [c.label, tr_label(CAUSE_CATEGORY_LABELS[c.category]),
                                          self.tr("Activa") if c.active else self.tr("Desactivada")])
                                for c in self.rows.values()],
                   muted={c.code for c in self.rows.values() if not c.active})
        self._update_buttons()

    def _update_buttons(self) -> None:
        cause = self.rows.get(str(selected_key(self.table)))
        self.rename_button.setEnabled(cause is not None)
        self.toggle_button.setEnabled(cause is not None)
        inactive = cause is not None and not cause.active
        self.toggle_button.setText(self.tr("Activar") if inactive else self.tr("Desactivar"))

    def add_cause(self) -> None:
        label = self.label_edit.text()
        if self.run(lambda: catalog.save_cause(self.actor, label=label, category=self.category.currentData()),
                    self.tr("Causa agregada.")):
            self.label_edit.clear()

    def rename_cause(self) -> None:
        cause = self.rows.get(str(selected_key(self.table)))
        if cause is None:
            return
        value, ok = QInputDialog.getText(self, self.tr("Cambiar nombre"), self.tr("Causa:"), QLineEdit.EchoMode.Normal,
                                         cause.label)
        if ok:
            self.run(lambda: catalog.save_cause(self.actor, code=cause.code, label=value, category=cause.category,
                                                active=cause.active))

    def toggle_cause(self) -> None:
        cause = self.rows.get(str(selected_key(self.table)))
        if cause is not None:
            self.run(lambda: catalog.save_cause(self.actor, code=cause.code, label=cause.label,
                                                category=cause.category, active=not cause.active))


# --- Técnicos y zonas ------------------------------------------------------------------------------------------

class TechniciansSection(Section):
    def __init__(self, dialog: SettingsDialog) -> None:
        super().__init__(dialog, self.tr("Técnicos y zonas"), self.tr(
            "Las zonas (o torres) que cubre cada técnico: el tablero lo sugiere para los reportes de ahí."))
        body = QHBoxLayout()
        self.table = make_table(self, [self.tr("Técnico"), self.tr("Rol"), self.tr("Zonas")], stretch=2)
        self.table.itemSelectionChanged.connect(self.show_tech)
        body.addWidget(self.table, 3)
        right = QVBoxLayout()
        self.who = QLabel(self)
        self.who.setWordWrap(True)
        right.addWidget(self.who)
        self.zones = QListWidget(self)
        self.zones.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        right.addWidget(self.zones, 1)
        add_row = QHBoxLayout()
        self.other = QLineEdit(self)
        self.other.setPlaceholderText(self.tr("Otra zona, o Zona/Torre"))
        self.other.returnPressed.connect(self.add_other)
        add = QPushButton(self.tr("Agregar"), self)
        add.clicked.connect(self.add_other)
        add_row.addWidget(self.other, 1)
        add_row.addWidget(add)
        right.addLayout(add_row)
        self.save_zones_button = QPushButton(self.tr("Guardar zonas"), self)
        self.save_zones_button.clicked.connect(self.save)
        right.addWidget(self.save_zones_button, 0, Qt.AlignmentFlag.AlignRight)
        body.addLayout(right, 2)
        self.layout_.addLayout(body, 1)
        self.errors.add("zones", self.general)
        self.finish()
        self.rows: dict[int, q.TechnicianRow] = {}
        self.known: list[str] = []
        self.load()

    def load(self) -> None:
        self.known = q.known_zones()
        self.rows = {t.id: t for t in q.technician_rows()}
        fill_table(self.table, [(t.id, [t.name + ("" if t.active else self.tr(" (desactivado)")),
                                        tr_label(ROLE_LABELS[t.role]), ", ".join(t.zones) or self.tr("ninguna")])
                                for t in self.rows.values()],
                   muted={t.id for t in self.rows.values() if not t.active})
        if selected_key(self.table) is None and self.rows:
            self.table.selectRow(0)
        self.show_tech()

    def tech(self) -> q.TechnicianRow | None:
        key = selected_key(self.table)
        return self.rows.get(key) if isinstance(key, int) else None

    def show_tech(self) -> None:
        tech = self.tech()
        self.zones.clear()
        self.save_zones_button.setEnabled(tech is not None)
        if tech is None:
            self.who.setText(self.tr("No hay técnicos: dé el rol de técnico a una cuenta en Usuarios."))
            return
        self.who.setText(self.tr("Zonas que cubre {0}:").format(tech.name))
        chosen = {z.casefold() for z in tech.zones}
        # what the technician covers first, then whole zones, then single towers
        names = list(dict.fromkeys([*tech.zones, *(z for z in self.known if "/" not in z),
                                    *(z for z in self.known if "/" in z)]))
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name.casefold() in chosen else Qt.CheckState.Unchecked)
            self.zones.addItem(item)

    def add_other(self) -> None:
        text = self.other.text().strip()
        if not text:
            return
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.zones.addItem(item)
        self.other.clear()

    def checked(self) -> list[str]:
        return [self.zones.item(i).text() for i in range(self.zones.count())
                if self.zones.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        tech = self.tech()
        if tech is not None:
            zones = self.checked()
            self.run(lambda: catalog.set_zones(self.actor, tech.id, zones),
                     self.tr("Zonas de {0} guardadas.").format(tech.name))


# --- Comprobante y textos ----------------------------------------------------------------------------------------

class ReceiptSection(Section):
    def __init__(self, dialog: SettingsDialog) -> None:
        super().__init__(dialog, self.tr("Comprobante y textos"), self.tr(
            "El texto legal que se imprime al pie de cada comprobante de folio. El sugerido menciona la Carta de "
            "Derechos Mínimos, el Código de Prácticas Comerciales y PROFECO."))
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 9 + 14)
        self.layout_.addWidget(self.text)
        self.errors.add("legal_text", self.general)
        row = QHBoxLayout()
        self.count = QLabel(self)
        row.addWidget(self.count, 1)
        default = QPushButton(self.tr("Usar el texto sugerido"), self)
        default.clicked.connect(lambda: self.text.setPlainText(self.default_text))
        row.addWidget(default)
        self.layout_.addLayout(row)
        self.text.textChanged.connect(self._count)
        self.finish(self.tr("Guardar texto"), self.save)
        preview = QHBoxLayout()
        preview.addWidget(note_label(self, self.tr(
            "Para ver cómo queda con los datos, el logotipo y los plazos guardados, abra un comprobante de ejemplo "
            "(marcado «sin validez»).")), 1)
        self.preview_button = QPushButton(self.tr("Ver comprobante de ejemplo"), self)
        self.preview_button.clicked.connect(self.preview)
        preview.addWidget(self.preview_button)
        self.layout_.addLayout(preview)
        self.layout_.addStretch(1)
        self.office_id = 0
        self.default_text = ""
        self.preview_path: str | None = None
        self.load()

    def _count(self) -> None:
        self.count.setText(self.tr("{0} de 3000 caracteres").format(len(self.text.toPlainText())))

    def load(self) -> None:
        s = q.office_settings(self.actor.office_id)
        self.office_id = s.id
        self.default_text = s.default_legal_text
        self.text.setPlainText(s.legal_text)

    def save(self) -> None:
        self.run(lambda: office.update_office(self.actor, self.office_id, legal_text=self.text.toPlainText()))

    def preview(self) -> None:
        """Render a sample receipt off the GUI thread and open it in the PDF viewer."""
        from pathlib import Path

        from ispdesk.ui.common import desktop, printing

        office_id = self.office_id

        def render(data: object, path: Path) -> None:
            from ispdesk.pdf.receipt import render_receipt

            render_receipt(data, path, "carta")  # type: ignore[arg-type]

        doc = printing.Document(self.tr("Comprobante de ejemplo"), "ejemplo", lambda: q.sample_receipt(office_id),
                                render, "Comprobante de ejemplo.pdf", what=self.tr("el comprobante de ejemplo"))
        folder = printing.spool_dir()
        target = folder / "comprobante-de-ejemplo.pdf"
        self.preview_button.setEnabled(False)
        job = printing.save_document(self, doc, target)
        if job is None:
            self.preview_button.setEnabled(True)
            return

        from shiboken6 import isValid

        def done(_message: str) -> None:
            if not isValid(self):  # the dialog was closed meanwhile
                return
            self.preview_button.setEnabled(True)
            self.preview_path = str(target)
            if not desktop.open_file(target):
                self.general.show_error(self.tr("No hay un visor de PDF: el ejemplo quedó en {0}.").format(target))

        def failed(message: str) -> None:
            if not isValid(self):
                return
            self.preview_button.setEnabled(True)
            self.general.show_error(message)

        job.finished.connect(done)
        job.failed.connect(failed)


# --- Compensación --------------------------------------------------------------------------------------------------

class CompensationSection(Section):
    def __init__(self, dialog: SettingsDialog) -> None:
        super().__init__(dialog, self.tr("Compensación"), self.tr(
            "Cuando una falla es por causa del proveedor, al cliente se le descuenta la parte proporcional del "
            "periodo sin servicio más una bonificación. La Carta de Derechos Mínimos pide al menos el 20 %."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.bonus = QDoubleSpinBox(self)
        self.bonus.setRange(0, 100)
        self.bonus.setDecimals(2)
        self.bonus.setSuffix(" %")
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setRange(0, 720)
        self.threshold.setDecimals(1)
        self.threshold.setSuffix(self.tr(" horas"))
        for spin in (self.bonus, self.threshold):
            spin.setMinimumWidth(140)
        form.addRow(self.tr("&Bonificación sobre el monto proporcional:"), self.bonus)
        form.addRow(self.tr("Compensar fallas &desde:"), self.threshold)
        self.layout_.addLayout(form)
        self.errors.attach_form(form, {incidents.BONUS_PCT_KEY: self.bonus, incidents.THRESHOLD_KEY: self.threshold})
        self.layout_.addWidget(note_label(self, self.tr(
            "0 horas: toda falla por causa del proveedor se compensa. Subirlo es decisión de la oficina ante "
            "PROFECO.")))
        self.finish(self.tr("Guardar compensación"), self.save)
        self.layout_.addStretch(1)
        self.load()

    def load(self) -> None:
        s = q.other_settings()
        self.bonus.setValue(float(s.bonus_pct))
        self.threshold.setValue(float(s.threshold_hours))

    def save(self) -> None:
        self.run(lambda: incidents.set_compensation_settings(self.actor, bonus_pct=f"{self.bonus.value():.2f}",
                                                             threshold_hours=f"{self.threshold.value():.1f}"))


# --- Conservación de datos -------------------------------------------------------------------------------------

class RetentionSection(Section):
    def __init__(self, dialog: SettingsDialog) -> None:
        super().__init__(dialog, self.tr("Conservación de datos"), self.tr(
            "Cuánto tiempo se guardan los datos personales de un cliente dado de baja. Pasado ese tiempo se "
            "anonimizan (nombre, teléfonos, domicilio, correo); sus reportes se conservan sin datos personales para "
            "las estadísticas. Los reportes y su historial nunca se borran."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.years = QSpinBox(self)
        self.years.setRange(settings.MIN_RETENTION_YEARS, settings.MAX_RETENTION_YEARS)
        self.years.setSuffix(self.tr(" años"))
        self.years.setMinimumWidth(140)
        form.addRow(self.tr("Conservar los datos de clientes dados de baja &durante:"), self.years)
        self.layout_.addLayout(form)
        self.errors.attach_form(form, {settings.RETENTION_YEARS_KEY: self.years})
        self.layout_.addWidget(note_label(self, self.tr(
            "Cinco años es lo que el Código Fiscal pide conservar los registros de lo facturado; la Ley de "
            "Protección de Datos Personales pide no guardarlos más de lo necesario.")))
        self.finish(self.tr("Guardar"), self.save)
        self.layout_.addStretch(1)
        self.load()

    def load(self) -> None:
        self.years.setValue(q.other_settings().retention_years)

    def save(self) -> None:
        self.run(lambda: settings.set_retention_years(self.actor, self.years.value()))


# --- the dialog ------------------------------------------------------------------------------------------------

SECTIONS: tuple[tuple[str, str, type[Section]], ...] = (
    ("office", QT_TRANSLATE_NOOP("SettingsDialog", "Oficina"), OfficeSection),
    ("hours", QT_TRANSLATE_NOOP("SettingsDialog", "Horario y días festivos"), HoursSection),
    ("policies", QT_TRANSLATE_NOOP("SettingsDialog", "Plazos"), PoliciesSection),
    ("areas", QT_TRANSLATE_NOOP("SettingsDialog", "Áreas y tipos"), AreasSection),
    ("causes", QT_TRANSLATE_NOOP("SettingsDialog", "Causas"), CausesSection),
    ("technicians", QT_TRANSLATE_NOOP("SettingsDialog", "Técnicos y zonas"), TechniciansSection),
    ("receipt", QT_TRANSLATE_NOOP("SettingsDialog", "Comprobante y textos"), ReceiptSection),
    ("compensation", QT_TRANSLATE_NOOP("SettingsDialog", "Compensación"), CompensationSection),
    ("retention", QT_TRANSLATE_NOOP("SettingsDialog", "Conservación de datos"), RetentionSection),
)


class SettingsDialog(QDialog):
    """The sections in a list on the left; each saves on its own (and says so)."""

    def __init__(self, actor: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Configuración"))
        self.sections = QListWidget(self)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, Section] = {}
        for key, title, cls in SECTIONS:
            page = cls(self)
            self.pages[key] = page
            self.stack.addWidget(page)
            self.sections.addItem(QCoreApplication.translate(CTX, title))
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sections.setCurrentRow(0)
        body = QHBoxLayout()
        body.addWidget(self.sections)
        body.addWidget(self.stack, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.sections.setMaximumWidth(200)
        self.sections.setSpacing(3)
        no_auto_default(self)
        self.resize(1080, 740)

    def show_section(self, key: str) -> Section:
        self.sections.setCurrentRow([k for k, _t, _c in SECTIONS].index(key))
        return self.pages[key]
