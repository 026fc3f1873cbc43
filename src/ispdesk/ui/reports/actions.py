"""The actions on a report, one small dialog each, shared by the report view, the technician's queue and the
board. `ReportActions.run(key, report_id)` opens the dialog the key names (the keys of
`queries.allowed_actions`); quick actions (start, on site, resume) need no dialog.

Every dialog reads the report through `queries.report_detail`, writes through one service call, and shows the
service's messages under the fields they name, all at once. `exec_dialog` is the seam tests drive.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ispdesk.core import queries
from ispdesk.core.clock import to_local
from ispdesk.core.errors import DomainError, ValidationError
from ispdesk.core.messages import notice_text, wa_link, workorder_message
from ispdesk.core.phones import format_phone
from ispdesk.core.present import short_dt
from ispdesk.core.services import reports
from ispdesk.core.session import Session
from ispdesk.core.vocab import (
    CAUSE_CATEGORY_LABELS,
    CHANNEL_LABELS,
    CUSTOMER_WAIT_REASONS,
    WAIT_REASON_LABELS,
    Status,
    VisitStatus,
)
from ispdesk.ui.common import desktop
from ispdesk.ui.common.vocab_tr import tr_label
from ispdesk.ui.common.widgets import WARNING_BG, WARNING_BORDER, ErrorLabel, FieldErrors


class ActionDialog(QDialog):
    """A small form: fields by service field name, errors shown under the field the service names."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.widgets: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.general = ErrorLabel(self)
        self.errors = FieldErrors(self.general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.action: Callable[[], object] | None = None
        self.result_value: object = None  # what `action` returned
        self.aliases: dict[str, str] = {}
        self.yes: QRadioButton | None = None  # the «¿Procedente?» answer, with `add_upheld`
        self.no: QRadioButton | None = None
        self.tab_chain: list[QWidget] = []  # the keyboard's order when the form's own is not the fastest
        self.extra_buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addLayout(self.extra_buttons)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def add(self, name: str, label: str, widget: QWidget) -> QWidget:
        self.widgets[name] = widget
        if label:
            self.form.addRow(label, widget)
        else:
            self.form.addRow(widget)
        return widget

    def add_upheld(self, label: str, yes_text: str, no_text: str, reason_label: str,
                   reason: QWidget) -> tuple[QRadioButton, QRadioButton]:
        """The «¿Procedente?» row (yes or no, in one row) and under it `reason`, the why-not, enabled only on no:
        fields "upheld" and "upheld_reason". The buttons are also kept as `yes` and `no`."""
        box = QWidget(self)
        yes = QRadioButton(yes_text, box)
        no = QRadioButton(no_text, box)
        group = QButtonGroup(box)
        group.addButton(yes)
        group.addButton(no)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(yes)
        row.addWidget(no)
        row.addStretch(1)
        self.add("upheld", label, box)
        self.add("upheld_reason", reason_label, reason)
        reason.setEnabled(False)
        no.toggled.connect(reason.setEnabled)
        self.yes, self.no = yes, no
        return yes, no

    def note(self, text: str) -> QLabel:
        """An explanation line across the form."""
        label = QLabel(text, self)
        label.setWordWrap(True)
        self.form.addRow(label)
        return label

    def extra(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        self.extra_buttons.addWidget(button)
        return button

    def finish(self) -> None:
        """Errors under the fields; the keyboard starts on the first field (not on OK: Enter would submit an empty
        form) and Tab follows the form, then the buttons; Ctrl+Enter saves from inside a text box."""
        self.extra_buttons.addStretch(1)
        self.errors.attach_form(self.form, self.widgets)
        chain = self.tab_chain or [w for w in self._form_widgets() if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        extras = [self.extra_buttons.itemAt(i).widget() for i in range(self.extra_buttons.count())]
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        chain = [*chain, *(w for w in extras if w is not None), self.ok_button, cancel]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
        first = next((w for w in chain if w.isEnabled() and not isinstance(w, QPushButton)), None)
        if first is not None:
            first.setFocus()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.ok_button.click)

    def _form_widgets(self) -> list[QWidget]:
        """The form's input widgets in row order (a row holding several, such as two radio buttons or a time
        window, gives each of them)."""
        out: list[QWidget] = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole) or self.form.itemAt(
                row, QFormLayout.ItemRole.SpanningRole)
            widget = item.widget() if item is not None else None
            if widget is None or isinstance(widget, QLabel):
                continue
            inner = [c for c in widget.findChildren(QWidget) if c.focusPolicy() & Qt.FocusPolicy.TabFocus]
            out.extend(inner if inner and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus else [widget])
        return out

    def submit(self) -> None:
        if self.action is None:
            self.accept()
            return
        try:
            self.result_value = self.action()
        except DomainError as exc:
            self.errors.show(exc, self.aliases)
            self.adjustSize()
            return
        self.accept()


def text_edit(parent: QWidget, height: int = 80) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


def _warning_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("warning")
    label.setStyleSheet(f"QLabel#warning {{ background: {WARNING_BG}; border: 1px solid {WARNING_BORDER};"
                        " border-radius: 4px; padding: 6px; }")
    label.hide()
    return label


class ReportActions(QObject):
    """Runs the actions of a report for the signed-in user. `changed(report_id)` after a change was saved;
    `message(text)` for a refusal or a failure the screen shows as such, `info(text)` for news (a document
    printed or saved, WhatsApp opened)."""

    changed = Signal(int)
    message = Signal(str)
    info = Signal(str)

    def __init__(self, parent: QWidget, exec_dialog: Callable[[ActionDialog], int] | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.actor: Session | None = None
        self._exec = exec_dialog
        self.jobs: list[object] = []  # print jobs alive until they report

    def set_actor(self, actor: Session | None) -> None:
        self.actor = actor

    def tr(self, text: str) -> str:  # type: ignore[override]
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ReportActions", text)

    # --- running ---------------------------------------------------------------------------------------

    def exec_dialog(self, dialog: ActionDialog) -> int:
        return self._exec(dialog) if self._exec is not None else dialog.exec()

    def _run(self, dialog: ActionDialog, report_id: int) -> bool:
        dialog.finish()
        try:
            accepted = self.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if accepted:
            self.changed.emit(report_id)
        return accepted

    def _quick(self, report_id: int, fn: Callable[[], object]) -> bool:
        try:
            fn()
        except DomainError as exc:
            self.message.emit(exc.message)
            return False
        self.changed.emit(report_id)
        return True

    def run(self, key: str, report_id: int) -> bool:
        """Open the action `key` on the report; True when something was saved (or handed over)."""
        handler = getattr(self, f"do_{key}", None)
        if handler is None or self.actor is None:
            return False
        return bool(handler(report_id))

    # --- quick actions -----------------------------------------------------------------------------------

    def do_start(self, rid: int) -> bool:
        return self._quick(rid, lambda: reports.start(self.actor, rid))

    def do_onsite(self, rid: int) -> bool:
        return self._quick(rid, lambda: reports.arrive(self.actor, rid))

    def do_resume(self, rid: int) -> bool:
        return self._quick(rid, lambda: reports.resume(self.actor, rid))

    # --- dialogs ---------------------------------------------------------------------------------------

    def do_assign(self, rid: int) -> bool:
        d_ = queries.report_detail(rid)
        d = ActionDialog(self.tr("Asignar el reporte {0}").format(d_.folio), self.tr("Asignar"), self.parent_widget)
        combo = QComboBox(d)
        for p in queries.suggest_assignees(rid):
            zones = ", ".join(p.zones)
            parts = [p.name]
            if p.covers:
                parts.append(self.tr("cubre {0}").format(d_.customer.zone or zones))
            parts.append(self.tr("{0} abiertos").format(p.load))
            combo.addItem(" — ".join(parts), p.id)
        if d_.assignee_id:
            index = combo.findData(d_.assignee_id)
            if index >= 0 and combo.count() > 1:
                combo.setCurrentIndex(1 if index == 0 else 0)  # someone else: this is a reassignment
        d.add("assignee", self.tr("Asignar a:"), combo)
        if d_.customer.zone:
            d.note(self.tr("Primero aparece quien cubre la zona {0}; luego quien tiene menos reportes.")
                   .format(d_.customer.zone))
        note = d.add("note", self.tr("Nota (opcional):"), text_edit(d, 60))
        d.action = lambda: reports.assign(self.actor, rid, combo.currentData(), note.toPlainText())  # type: ignore[attr-defined]
        return self._run(d, rid)

    def do_area(self, rid: int) -> bool:
        d_ = queries.report_detail(rid)
        d = ActionDialog(self.tr("Turnar el reporte {0}").format(d_.folio), self.tr("Turnar"), self.parent_widget)
        combo = QComboBox(d)
        for area in queries.areas():
            if area.code != d_.area:
                combo.addItem(area.label, area.code)
        d.add("area", self.tr("Al área:"), combo)
        d.note(self.tr("El reporte deja de estar asignado y espera en la bandeja del área."))
        note = d.add("note", self.tr("Nota (opcional):"), text_edit(d, 60))
        d.action = lambda: reports.set_area(self.actor, rid, combo.currentData(), note.toPlainText())  # type: ignore[attr-defined]
        return self._run(d, rid)

    def do_pause(self, rid: int) -> bool:
        d_ = queries.report_detail(rid)
        d = ActionDialog(self.tr("Poner en espera — {0}").format(d_.folio), self.tr("Poner en espera"),
                         self.parent_widget)
        combo = QComboBox(d)
        for code, label in WAIT_REASON_LABELS.items():
            suffix = self.tr(" (detiene el plazo)") if code in CUSTOMER_WAIT_REASONS else ""
            combo.addItem(tr_label(label) + suffix, code)
        d.add("reason", self.tr("Motivo:"), combo)
        d.note(self.tr("Sólo los motivos del cliente detienen el plazo de solución; el tiempo en espera se "
                       "muestra en el reporte y se cuenta en las estadísticas."))
        note = d.add("note", self.tr("Detalle:"), text_edit(d, 60))
        d.action = lambda: reports.pause(self.actor, rid, combo.currentData(), note.toPlainText())  # type: ignore[attr-defined]
        return self._run(d, rid)

    def do_visit(self, rid: int) -> bool:
        d_ = queries.report_detail(rid)
        tz = ZoneInfo(d_.tz)
        d = ActionDialog(self.tr("Programar visita — {0}").format(d_.folio), self.tr("Programar"),
                         self.parent_widget)
        local_now = dt.datetime.now(tz)
        pending = d_.next_visit
        start_local = to_local(pending.starts_at, d_.tz) if pending else None
        end_local = to_local(pending.ends_at, d_.tz) if pending else None
        day = QDateEdit(d)
        day.setCalendarPopup(True)
        day.setDisplayFormat("dddd dd/MM/yyyy")
        day.setMinimumDate(QDate(local_now.date()))
        day.setDate(QDate(start_local.date()) if start_local else QDate(local_now.date()).addDays(1))
        window = QWidget(d)
        since, until = QTimeEdit(window), QTimeEdit(window)
        for edit in (since, until):
            edit.setDisplayFormat("HH:mm")
        since.setTime(QTime(start_local.hour, start_local.minute) if start_local else QTime(10, 0))
        until.setTime(QTime(end_local.hour, end_local.minute) if end_local else QTime(12, 0))
        row = QHBoxLayout(window)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("de"), window))
        row.addWidget(since)
        row.addWidget(QLabel(self.tr("a"), window))
        row.addWidget(until)
        row.addStretch(1)
        tech = QComboBox(d)
        for p in queries.suggest_assignees(rid) if d_.area == "tecnica" else queries.assignable("tecnica"):
            tech.addItem(p.name, p.id)
        if d_.assignee_id and tech.findData(d_.assignee_id) >= 0:
            tech.setCurrentIndex(tech.findData(d_.assignee_id))
        d.add("visit_at", self.tr("Día:"), day)
        d.add("visit_end", self.tr("Horario:"), window)
        d.add("technician", self.tr("Técnico:"), tech)
        if d_.visit_window:
            d.note(self.tr("El cliente prefiere: {0}").format(d_.visit_window))
        conflict = _warning_label(d)
        d.form.addRow(conflict)
        note = d.add("note", self.tr("Nota (opcional):"), text_edit(d, 50))
        d.conflict = conflict  # type: ignore[attr-defined]

        def window_utc() -> tuple[dt.datetime, dt.datetime]:
            date = day.date().toPython()
            a = dt.datetime.combine(date, since.time().toPython(), tzinfo=tz)
            b = dt.datetime.combine(date, until.time().toPython(), tzinfo=tz)
            return a, b

        def check_conflicts() -> None:
            if tech.currentData() is None:
                conflict.hide()
                return
            a, b = window_utc()
            if b <= a:
                conflict.hide()
                return
            clashes = queries.visit_conflicts(tech.currentData(), a, b, exclude_report=rid)
            if not clashes:
                conflict.hide()
                return
            lines = [self.tr("{0} ya tiene visita de {1} a {2}: {3}, {4}").format(
                tech.currentText(), f"{to_local(c.starts_at, c.tz):%H:%M}", f"{to_local(c.ends_at, c.tz):%H:%M}",
                c.folio, c.customer_name) for c in clashes]
            conflict.setText(self.tr("Atención: ") + "; ".join(lines) + self.tr(". Puede programarla de todos modos."))
            conflict.show()

        for signal in (day.dateChanged, since.timeChanged, until.timeChanged, tech.currentIndexChanged):
            signal.connect(check_conflicts)
        check_conflicts()

        def act() -> None:
            a, b = window_utc()
            reports.schedule_visit(self.actor, rid, a, b, tech.currentData(), note.toPlainText())  # type: ignore[attr-defined]

        d.action = act
        return self._run(d, rid)

    def do_visit_result(self, rid: int) -> bool:
        d_ = queries.report_detail(rid)
        d = ActionDialog(self.tr("Resultado de la visita — {0}").format(d_.folio), self.tr("Registrar"),
                         self.parent_widget)
        box = QWidget(d)
        done = QRadioButton(self.tr("Se realizó"), box)
        failed = QRadioButton(self.tr("No se pudo atender"), box)
        done.setChecked(True)
        hl = QHBoxLayout(box)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(done)
        hl.addWidget(failed)
        hl.addStretch(1)
        d.add("outcome", self.tr("Resultado:"), box)
        note = d.add("outcome_note", self.tr("Qué pasó:"), text_edit(d, 60))
        hold = QCheckBox(self.tr("Poner el reporte en espera: sin acceso al domicilio (detiene el plazo)"), d)
        d.add("hold", "", hold)
        hold.setEnabled(False)
        failed.toggled.connect(hold.setEnabled)

        def act() -> None:
            outcome = VisitStatus.FALLIDA if failed.isChecked() else VisitStatus.REALIZADA
            reports.visit_result(self.actor, rid, outcome, note.toPlainText())  # type: ignore[attr-defined]
            if failed.isChecked() and hold.isChecked():
                reports.pause(self.actor, rid, "sin_acceso", note.toPlainText())  # type: ignore[attr-defined]

        d.action = act
        return self._run(d, rid)

    def do_resolve(self, rid: int) -> bool:
        d_ = queries.report_detail(rid)
        d = ActionDialog(self.tr("Resolver el reporte {0}").format(d_.folio), self.tr("Resolver"),
                         self.parent_widget)
        category = QComboBox(d)
        for code, label in CAUSE_CATEGORY_LABELS.items():
            category.addItem(tr_label(label), code)
        cause_code = QComboBox(d)
        all_causes = queries.causes()

        def fill_causes() -> None:
            cause_code.clear()
            for c in all_causes:
                if c.group == category.currentData():
                    cause_code.addItem(tr_label(c.label), c.code)

        category.currentIndexChanged.connect(fill_causes)
        if d_.external_cause is not None:
            category.setCurrentIndex(category.findData("externa"))
        fill_causes()
        if d_.external_cause is not None:
            cause_code.setCurrentIndex(max(0, cause_code.findData(d_.external_cause.code)))
        d.add("cause_category", self.tr("Tipo de causa:"), category)
        d.add("cause_code", self.tr("Causa:"), cause_code)
        cause = d.add("cause", self.tr("Detalle de la causa:"), text_edit(d, 50))
        action = d.add("action_taken", self.tr("Acción realizada:"), text_edit(d, 60))
        equipment = d.add("equipment", self.tr("Equipo reemplazado:"), QLineEdit(d))
        equipment.setPlaceholderText(self.tr("p. ej. antena LiteBeam M5, fuente PoE 24 V"))  # type: ignore[attr-defined]
        visited = QCheckBox(self.tr("Hubo visita al domicilio"), d)
        visited.setChecked(any(v.status == VisitStatus.EN_SITIO for v in d_.visits))
        d.add("visit_done", "", visited)
        reason = text_edit(d, 50)
        yes, no = d.add_upheld(self.tr("¿Procedente?"), self.tr("Sí, procedente"), self.tr("No procedente"),
                               self.tr("Por qué no procede:"), reason)
        # Closing a fault in few keys: the cause (its first letters pick it; the category is one Shift+Tab back),
        # what was done, procedente; the optional fields after.
        d.tab_chain = [cause_code, action, yes, no, reason, category, cause, equipment, visited]

        def act() -> None:
            upheld: bool | None = True if yes.isChecked() else False if no.isChecked() else None
            reports.resolve(self.actor, rid, cause_category=category.currentData(),  # type: ignore[arg-type]
                            cause_code=cause_code.currentData(), cause=cause.toPlainText(),  # type: ignore[attr-defined]
                            action=action.toPlainText(), upheld=upheld,  # type: ignore[attr-defined, arg-type]
                            equipment=equipment.text(), visit_done=visited.isChecked(),  # type: ignore[attr-defined]
                            upheld_reason=reason.toPlainText())  # type: ignore[attr-defined]

        d.action = act
        return self._run(d, rid)

    def do_external(self, rid: int) -> bool:
        d_ = queries.report_detail(rid)
        d = ActionDialog(self.tr("Causa externa — {0}").format(d_.folio), self.tr("Reclasificar"), self.parent_widget)
        d.note(self.tr("La causa es ajena al proveedor: el plazo de solución se amplía según la política del tipo "
                       "de reporte. El compromiso original ({0}) queda registrado.")
               .format(short_dt(to_local(d_.first_resolution_due, d_.tz))))
        code = QComboBox(d)
        for c in queries.causes("externa"):
            code.addItem(tr_label(c.label), c.code)
        d.add("cause_code", self.tr("Causa:"), code)
        note = d.add("note", self.tr("Nota (opcional):"), text_edit(d, 60))
        d.action = lambda: reports.reclassify_external(self.actor, rid, code.currentData(),  # type: ignore[arg-type]
                                                       note.toPlainText())  # type: ignore[attr-defined]
        return self._run(d, rid)

    def do_notify(self, rid: int) -> bool:
        d_ = queries.report_detail(rid)
        office = queries.office_brief(d_.office_id)
        d = ActionDialog(self.tr("Avisar al cliente — {0}").format(d_.folio), self.tr("Registrar aviso"),
                         self.parent_widget)
        channel = QComboBox(d)
        for code, label in CHANNEL_LABELS.items():
            channel.addItem(tr_label(label), code)
        d.add("notified_channel", self.tr("Por:"), channel)
        text = d.add("notified_text", self.tr("Qué se le dijo:"), text_edit(d, 110))
        suggested = notice_text(d_, office.name if office else "")
        text.setPlainText(suggested)  # type: ignore[attr-defined]
        confirmed = QComboBox(d)
        confirmed.addItem(self.tr("Sí, confirma que quedó resuelto"), True)
        confirmed.addItem(self.tr("No, dice que sigue la falla"), False)
        confirmed.addItem(self.tr("No se le preguntó"), None)
        confirmed.setCurrentIndex(2)
        d.add("customer_confirmed", self.tr("El cliente:"), confirmed)
        close_after = QCheckBox(self.tr("Cerrar el reporte después de registrar el aviso"), d)
        can_close = d_.status == Status.RESUELTO and d_.resolution is not None
        close_after.setChecked(can_close)
        close_after.setVisible(can_close)
        d.add("close_after", "", close_after)
        phones = [p for p in (d_.contact_phone, *d_.customer.phones) if p]
        d.extra(self.tr("Copiar texto"), lambda: desktop.copy_text(text.toPlainText()))  # type: ignore[attr-defined]

        def whatsapp() -> None:
            link = wa_link(phones[0], text.toPlainText()) if phones else None  # type: ignore[attr-defined]
            if link is None:
                d.errors.show(ValidationError(self.tr("El cliente no tiene un celular registrado."),
                                              "notified_channel"))
                return
            channel.setCurrentIndex(channel.findData("whatsapp"))
            desktop.open_link(link)

        wa = d.extra(self.tr("Enviar por WhatsApp ({0})").format(format_phone(phones[0])) if phones
                     else self.tr("Enviar por WhatsApp"), whatsapp)
        wa.setEnabled(bool(phones))

        def letter() -> None:
            from ispdesk.ui.common import printing

            channel.setCurrentIndex(channel.findData("oficina"))
            typed = text.toPlainText()  # type: ignore[attr-defined]
            # The letter has its own greeting and closing: the facts only, unless the receptionist wrote her own.
            body = notice_text(d_, letter=True) if typed.strip() == suggested.strip() else typed
            job = printing.save_document(d, printing.letter_document(
                rid, d_.folio, body, self.actor.full_name if self.actor else ""))
            self._watch(job)

        d.extra(self.tr("Carta de respuesta PDF…"), letter)

        def act() -> None:
            value = confirmed.currentData()
            if close_after.isChecked() and can_close:
                reports.notify_and_close(self.actor, rid, channel=channel.currentData(),  # type: ignore[arg-type]
                                         text=text.toPlainText(), confirmed=value)  # type: ignore[attr-defined]
            else:
                reports.notify_customer(self.actor, rid, channel=channel.currentData(),  # type: ignore[arg-type]
                                        text=text.toPlainText(), confirmed=value)  # type: ignore[attr-defined]

        d.action = act
        return self._run(d, rid)

    def do_notify_again(self, rid: int) -> bool:
        return self.do_notify(rid)

    def _reason_dialog(self, rid: int, title: str, ok: str, label: str, fn: Callable[..., object],
                       explain: str = "") -> bool:
        d_ = queries.report_detail(rid)
        d = ActionDialog(title.format(d_.folio), ok, self.parent_widget)
        if explain:
            d.note(explain)
        reason = d.add("reason", label, text_edit(d, 70))
        d.action = lambda: fn(self.actor, rid, reason.toPlainText())  # type: ignore[attr-defined]
        return self._run(d, rid)

    def do_close(self, rid: int) -> bool:
        d_ = queries.report_detail(rid)
        d = ActionDialog(self.tr("Cerrar el reporte {0}").format(d_.folio), self.tr("Cerrar reporte"),
                         self.parent_widget)
        note = d.add("note", self.tr("Nota (opcional):"), text_edit(d, 60))
        d.action = lambda: reports.close(self.actor, rid, note.toPlainText())  # type: ignore[attr-defined]
        return self._run(d, rid)

    def do_dismiss(self, rid: int) -> bool:
        return self._reason_dialog(rid, self.tr("Improcedente — {0}"), self.tr("Declarar improcedente"),
                                   self.tr("Motivo:"), reports.dismiss,
                                   self.tr("El reporte termina como no procedente. Después registre el aviso al "
                                           "cliente con el motivo."))

    def do_cancel(self, rid: int) -> bool:
        return self._reason_dialog(rid, self.tr("Cancelar el reporte {0}"), self.tr("Cancelar reporte"),
                                   self.tr("Motivo:"), reports.cancel,
                                   self.tr("El cliente retira su reporte."))

    def do_reopen(self, rid: int) -> bool:
        return self._reason_dialog(rid, self.tr("Reabrir el reporte {0}"), self.tr("Reabrir"), self.tr("Motivo:"),
                                   reports.reopen,
                                   self.tr("Se abre un nuevo ciclo con plazos nuevos; la solución anterior queda en "
                                           "el historial."))

    def do_note(self, rid: int) -> bool:
        d_ = queries.report_detail(rid)
        d = ActionDialog(self.tr("Nota — {0}").format(d_.folio), self.tr("Agregar nota"), self.parent_widget)
        text = d.add("note", self.tr("Nota:"), text_edit(d, 90))
        d.action = lambda: reports.add_note(self.actor, rid, text.toPlainText())  # type: ignore[attr-defined]
        return self._run(d, rid)

    def ask_open_file(self) -> str:
        """Seam: tests return a path instead of showing the file dialog."""
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Adjuntar archivo"), "",
            self.tr("Fotos y documentos (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.xls *.xlsx *.txt);;"
                    "Todos los archivos (*)"))
        return path

    def do_attach(self, rid: int) -> bool:
        path = self.ask_open_file()
        if not path:
            return False
        return self._quick(rid, lambda: reports.add_attachment(self.actor, rid, path))

    # --- documents ---------------------------------------------------------------------------------------

    def _watch(self, job: object) -> None:
        """Say how a print or save went; when printing fails, offer to save the PDF instead."""
        if job is None:
            return
        self.jobs.append(job)

        def done(message: str) -> None:
            self.jobs.remove(job)
            self.info.emit(message)

        def failed(message: str) -> None:
            self.jobs.remove(job)
            self.message.emit(message)
            if getattr(job, "printing", False) and self.offer_save(message):
                from ispdesk.ui.common import printing

                self._watch(printing.save_document(self.parent_widget, job.doc))  # type: ignore[attr-defined]

        job.finished.connect(done)  # type: ignore[attr-defined]
        job.failed.connect(failed)  # type: ignore[attr-defined]

    def offer_save(self, message: str) -> bool:
        """Seam: "couldn't print — save the PDF instead?"."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("No se pudo imprimir"), message,
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, self.parent_widget)
        box.setInformativeText(self.tr("¿Guardar el PDF para imprimirlo o enviarlo después?"))
        return box.exec() == QMessageBox.StandardButton.Save

    def do_print(self, rid: int) -> bool:
        from ispdesk.ui.common import printing

        d_ = queries.report_detail(rid)
        self._watch(printing.print_document(self.parent_widget, printing.receipt_document(
            rid, d_.folio, printing.preferred_format())))
        return True

    def do_save_receipt(self, rid: int) -> bool:
        from ispdesk.ui.common import printing

        d_ = queries.report_detail(rid)
        job = printing.save_document(self.parent_widget, printing.receipt_document(rid, d_.folio,
                                                                                   printing.preferred_format()))
        self._watch(job)
        return job is not None

    def do_workorder(self, rid: int) -> bool:
        from ispdesk.ui.common import printing

        d_ = queries.report_detail(rid)
        self._watch(printing.print_document(self.parent_widget, printing.workorder_document(rid, d_.folio)))
        return True

    def do_save_workorder(self, rid: int) -> bool:
        from ispdesk.ui.common import printing

        d_ = queries.report_detail(rid)
        job = printing.save_document(self.parent_widget, printing.workorder_document(rid, d_.folio))
        self._watch(job)
        return job is not None

    def do_send_technician(self, rid: int) -> bool:
        """«Enviar al técnico»: WhatsApp opens with the order summary and the map link, to the technician."""
        d_ = queries.report_detail(rid)
        visit = d_.next_visit
        tech_id = visit.technician_id if visit and visit.technician_id else d_.assignee_id
        phone = next((p.phone for p in queries.assignable("tecnica") if p.id == tech_id), "")
        link = wa_link(phone, workorder_message(d_)) if phone else None
        if link is None:
            self.message.emit(self.tr("El técnico no tiene un celular registrado: agréguelo en Usuarios."))
            return False
        desktop.open_link(link)
        self.info.emit(self.tr("Se abrió WhatsApp con la orden para el técnico."))
        return True


__all__ = ["ActionDialog", "ReportActions", "text_edit"]
