"""Report view: the folio, its status in plain words and the line to read on the phone, deadlines with
time left, details, the timeline, a note box, and one button per action (enabled by role and status).

Action dialogs are code-built `ActionDialog`s; `ReportView.exec_dialog` is the seam tests drive."""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ispdesk.core.clock import DEFAULT_TIMEZONE, now_utc, to_local
from ispdesk.core.errors import DomainError
from ispdesk.core.models import Report, ReportEvent, User
from ispdesk.core.permissions import Action, Role, can
from ispdesk.core.phones import format_phone
from ispdesk.core.present import short_dt, status_line, time_left
from ispdesk.core.services import reports, users
from ispdesk.core.vocab import (
    CAUSE_CATEGORY_LABELS,
    CAUSES,
    CHANNEL_LABELS,
    EVENT_LABELS,
    KIND_LABELS,
    PRIORITY_LABELS,
    STATUS_LABELS,
)

from .table_model import Index as _Index
from .table_model import ReadOnlyTableModel
from .vocab_tr import tr_label
from .widgets import DANGER, INFO_BG, INFO_BORDER, ErrorLabel, FieldErrors, big_font

COL_AT, COL_WHO, COL_WHAT, COL_DETAIL = range(4)
TIMELINE_HEADERS = (
    QT_TRANSLATE_NOOP("TimelineModel", "Fecha"),
    QT_TRANSLATE_NOOP("TimelineModel", "Quién"),
    QT_TRANSLATE_NOOP("TimelineModel", "Qué"),
    QT_TRANSLATE_NOOP("TimelineModel", "Detalle"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportView", text)


def printing_available() -> bool:
    return importlib.util.find_spec("ispdesk.ui.printing") is not None


class TimelineModel(ReadOnlyTableModel):
    CONTEXT = "TimelineModel"
    HEADERS = TIMELINE_HEADERS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list[ReportEvent] = []
        self._tz = DEFAULT_TIMEZONE

    def set_events(self, events: list[ReportEvent], tz: str) -> None:
        self.beginResetModel()
        self._events = list(events)
        self._tz = tz
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        e = self._events[index.row()]
        col = index.column()
        if col == COL_AT:
            return short_dt(to_local(e.at, self._tz))
        if col == COL_WHO:
            return e.user.full_name
        if col == COL_WHAT:
            return tr_label(EVENT_LABELS.get(e.action, e.action))
        if col == COL_DETAIL:
            return e.text
        return None


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
        self.aliases: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def add(self, name: str, label: str, widget: QWidget) -> QWidget:
        self.widgets[name] = widget
        if label:
            self.form.addRow(label, widget)
        else:
            self.form.addRow(widget)
        return widget

    def finish(self) -> None:
        self.errors.attach_form(self.form, self.widgets)

    def submit(self) -> None:
        if self.action is None:
            self.accept()
            return
        try:
            self.action()
        except DomainError as exc:
            self.errors.show(exc, self.aliases)
            return
        self.accept()


def _text_edit(parent: QWidget, height: int = 80) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class ReportView(QWidget):
    customer_requested = Signal(int)
    report_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor: User | None = None
        self.report: Report | None = None
        self.tz = DEFAULT_TIMEZONE

        self.folio_label = QLabel(self)
        self.folio_label.setObjectName("folioLabel")
        self.folio_label.setFont(big_font(self, 10))
        self.folio_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind_label = QLabel(self)
        self.kind_label.setFont(big_font(self, 2, bold=False))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setFont(big_font(self, 2))

        self.line_box = QFrame(self)
        self.line_box.setObjectName("statusLineBox")
        self.line_box.setStyleSheet(f"QFrame#statusLineBox {{ background: {INFO_BG}; "
                                    f"border: 1px solid {INFO_BORDER}; border-radius: 6px; }}")
        self.line_label = QLabel(self.line_box)
        self.line_label.setObjectName("statusLine")
        self.line_label.setWordWrap(True)
        self.line_label.setFont(big_font(self, 3, bold=False))
        self.line_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Copiar"), self.line_box)
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setToolTip(self.tr("Copia la frase para leerla o enviarla al cliente"))
        self.copy_button.clicked.connect(self.copy_line)
        lb = QHBoxLayout(self.line_box)
        lb.setContentsMargins(12, 10, 12, 10)
        say = QLabel(self.tr("Para el cliente:"), self.line_box)
        say.setStyleSheet("font-weight: bold;")
        lb.addWidget(say, 0, Qt.AlignmentFlag.AlignTop)
        lb.addWidget(self.line_label, 1)
        lb.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)

        # Actions
        self.buttons: dict[str, QPushButton] = {}
        actions_row = QHBoxLayout()
        for key, label in (("assign", self.tr("Asignar…")), ("status", self.tr("Cambiar estado…")),
                           ("visit", self.tr("Programar visita…")), ("resolve", self.tr("Resolver…")),
                           ("external", self.tr("Causa externa…")), ("notify", self.tr("Avisar al cliente…")),
                           ("close", self.tr("Cerrar…")), ("reopen", self.tr("Reabrir…")),
                           ("print", self.tr("Imprimir comprobante"))):
            button = QPushButton(label, self)
            button.setObjectName(f"action_{key}")
            self.buttons[key] = button
            actions_row.addWidget(button)
        actions_row.addStretch(1)
        self.buttons["assign"].clicked.connect(self.do_assign)
        self.buttons["status"].clicked.connect(self.do_status)
        self.buttons["visit"].clicked.connect(self.do_visit)
        self.buttons["resolve"].clicked.connect(self.do_resolve)
        self.buttons["external"].clicked.connect(self.do_external)
        self.buttons["notify"].clicked.connect(self.do_notify)
        self.buttons["close"].clicked.connect(self.do_close)
        self.buttons["reopen"].clicked.connect(self.do_reopen)
        self.buttons["print"].clicked.connect(self.do_print)
        self.action_error = ErrorLabel(self)

        # Details
        self.details = QWidget(self)
        self.grid = QFormLayout(self.details)
        self.grid.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.values: dict[str, QLabel] = {}
        self.customer_button = QPushButton(self.details)
        self.customer_button.setObjectName("customerButton")
        self.customer_button.setFlat(True)
        self.customer_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.customer_button.setStyleSheet("text-align: left; color: palette(link); padding: 0;")
        self.customer_button.clicked.connect(self._open_customer)
        self.grid.addRow(self.tr("Cliente:"), self.customer_button)
        for key, label in (("address", self.tr("Domicilio:")), ("assignee", self.tr("Asignado a:")),
                           ("opened", self.tr("Levantado:")), ("response", self.tr("Primera respuesta:")),
                           ("resolution", self.tr("Compromiso de solución:")), ("visit", self.tr("Visita:")),
                           ("channel", self.tr("Canal:")), ("priority", self.tr("Prioridad:")),
                           ("contact", self.tr("Teléfono de contacto:")), ("location", self.tr("Ubicación:")),
                           ("window", self.tr("Horario para la visita:")), ("documents", self.tr("Documentos:")),
                           ("description", self.tr("Descripción:")), ("cause", self.tr("Causa:")),
                           ("action", self.tr("Acción realizada:")), ("upheld", self.tr("Procedente:")),
                           ("notified", self.tr("Aviso al cliente:"))):
            value = QLabel(self.details)
            value.setObjectName(f"value_{key}")
            # Short values stay on one line (a wrapped QLabel in a form under a scroll area gets cut).
            wraps = key in ("documents", "description", "cause", "action", "notified")
            value.setWordWrap(wraps)
            if wraps:  # take the whole field width, so the form lays the text out at its real width
                value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                value.setMinimumWidth(300)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.grid.addRow(label, value)
        details_scroll = QScrollArea(self)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setWidget(self.details)
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # Timeline and notes
        self.timeline_model = TimelineModel(self)
        self.timeline = QTableView(self)
        self.timeline.setObjectName("timeline")
        self.timeline.setModel(self.timeline_model)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.verticalHeader().hide()
        th = self.timeline.horizontalHeader()
        th.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        th.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        self.timeline.setWordWrap(True)
        self.note_edit = _text_edit(self, 60)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(self.tr("Escriba una nota para el historial…"))
        self.note_edit.setMaximumHeight(90)
        self.note_button = QPushButton(self.tr("Agregar nota"), self)
        self.note_button.setObjectName("noteButton")
        self.note_button.clicked.connect(self.do_note)
        self.note_error = ErrorLabel(self)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        history = QLabel(self.tr("Historial"), right)
        history.setFont(big_font(self, 2))
        rl.addWidget(history)
        rl.addWidget(self.timeline, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.note_button, 0, Qt.AlignmentFlag.AlignBottom)
        rl.addLayout(note_row)
        rl.addWidget(self.note_error)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(details_scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([560, 700])
        details_scroll.setMinimumWidth(440)

        head = QGridLayout()
        head.addWidget(self.folio_label, 0, 0)
        head.addWidget(self.status_label, 0, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.kind_label, 1, 0, 1, 3)
        head.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.line_box)
        layout.addLayout(actions_row)
        layout.addWidget(self.action_error)
        layout.addWidget(self.splitter, 1)

    # --- showing -----------------------------------------------------------------------------------

    def set_actor(self, actor: User) -> None:
        self.actor = actor
        self.update_actions()

    def show_report(self, report_id: int) -> None:
        self.report = Report.get_by_id(report_id)
        self.action_error.clear_error()
        self.note_error.clear_error()
        self.refresh_display()

    def refresh(self) -> None:
        if self.report is not None:
            self.report = Report.get_by_id(self.report.id)
            self.refresh_display()

    def _due_text(self, due: dt.datetime | None, done: bool) -> tuple[str, bool]:
        if due is None:
            return "", False
        text = short_dt(to_local(due, self.tz))
        if done:
            return text, False
        left, overdue = time_left(due)
        return f"{text} ({left})", overdue

    def refresh_display(self) -> None:
        r = self.report
        if r is None:
            return
        office = r.office
        self.tz = office.timezone
        demo = office.demo
        self.folio_label.setText(r.folio + ("  DEMO" if demo else ""))
        self.kind_label.setText(tr_label(KIND_LABELS.get(r.kind, r.kind)))
        self.status_label.setText(tr_label(STATUS_LABELS.get(r.status, r.status)))
        self.line_label.setText(status_line(r, self.tz))
        c = r.customer
        self.customer_button.setText(f"{c.name} ({c.number})")
        v = self.values
        v["address"].setText(c.service_address())
        v["address"].setToolTip(c.service_address())
        v["assignee"].setText(r.assignee.full_name if r.assignee_id else self.tr("Sin asignar"))
        v["opened"].setText(self.tr("{0} por {1}").format(short_dt(to_local(r.opened_at, self.tz)),
                                                            r.created_by.full_name))
        responded = r.responded_at is not None
        text, overdue = self._due_text(r.response_due, responded)
        if responded:
            text = self.tr("{0} (atendido el {1})").format(text, short_dt(to_local(r.responded_at, self.tz)))
        self._set_due(v["response"], text, overdue)
        closed = r.status in ("resuelto", "cerrado")
        text, overdue = self._due_text(r.resolution_due, closed)
        self._set_due(v["resolution"], text, overdue)
        v["visit"].setText(short_dt(to_local(r.visit_at, self.tz)) if r.visit_at else self.tr("Sin programar"))
        v["channel"].setText(tr_label(CHANNEL_LABELS.get(r.channel, r.channel)))
        v["priority"].setText(tr_label(PRIORITY_LABELS.get(r.priority, r.priority)))
        v["contact"].setText(format_phone(r.contact_phone) if r.contact_phone else "")
        v["location"].setText(r.location)
        v["window"].setText(r.visit_window)
        docs = reports.documents(r)
        v["documents"].setText("\n".join(f"• {tr_label(d)}" for d in docs))
        v["description"].setText(r.description)
        cause = ""
        if r.cause_category:
            cat = tr_label(CAUSE_CATEGORY_LABELS.get(r.cause_category, r.cause_category))
            label = tr_label(CAUSES.get(r.cause_category, {}).get(r.cause_code, ""))
            cause = f"{cat}: {r.cause or label}"
        v["cause"].setText(cause)
        v["action"].setText(r.action_taken)
        v["upheld"].setText("" if r.upheld is None else (self.tr("Sí") if r.upheld else self.tr("No")))
        notified = ""
        if r.notified_at:
            notified = self.tr("{0} por {1}: {2}").format(
                short_dt(to_local(r.notified_at, self.tz)),
                tr_label(CHANNEL_LABELS.get(r.notified_channel, r.notified_channel)).lower(), r.notified_text)
        v["notified"].setText(notified)
        for key, label in v.items():  # hide empty rows so the eye finds what is there
            self.grid.setRowVisible(label, bool(label.text()) or key in ("assignee", "resolution", "response"))
        self.timeline_model.set_events(reports.timeline(r), self.tz)
        self.timeline.resizeRowsToContents()
        self.update_actions()

    def _set_due(self, label: QLabel, text: str, overdue: bool) -> None:
        label.setText(text)
        label.setStyleSheet(f"color: {DANGER}; font-weight: bold;" if overdue else "")
        label.setProperty("overdue", overdue)

    def update_actions(self) -> None:
        r, actor = self.report, self.actor
        b = self.buttons
        if r is None or actor is None:
            for button in b.values():
                button.setEnabled(False)
            return
        status = r.status
        own = not (actor.role == Role.TECNICO and r.assignee_id != actor.id)

        def allowed(action: str) -> bool:
            return status in reports.TRANSITIONS[action][0]

        rules = {
            "assign": (Action.REPORT_ASSIGN, allowed("assigned")),
            "status": (Action.REPORT_STATUS, own and bool(reports.MANUAL_STATUSES.get(status))),
            "visit": (Action.REPORT_VISIT, own and allowed("visit")),
            "resolve": (Action.REPORT_RESOLVE, own and allowed("resolved")),
            "external": (Action.REPORT_RECLASSIFY, own and allowed("reclassified")
                         and r.cause_category != "externa"),
            "notify": (Action.REPORT_NOTIFY, allowed("notified")),
            "close": (Action.REPORT_CLOSE, allowed("closed") and r.notified_at is not None),
            "reopen": (Action.REPORT_REOPEN, allowed("reopened")),
        }
        for key, (action, ok) in rules.items():
            permitted = can(actor, action)
            b[key].setVisible(permitted)
            b[key].setEnabled(permitted and ok)
        b["print"].setVisible(printing_available())
        b["print"].setEnabled(printing_available())
        note_ok = can(actor, Action.REPORT_NOTE) and own
        self.note_edit.setEnabled(note_ok)
        self.note_button.setEnabled(note_ok)

    # --- actions -----------------------------------------------------------------------------------

    def exec_dialog(self, dialog: ActionDialog) -> int:
        """The seam tests replace to fill in and submit a dialog without a nested event loop."""
        return dialog.exec()

    def _run(self, dialog: ActionDialog) -> bool:
        dialog.finish()
        try:
            accepted = self.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if accepted:
            self._changed()
        return accepted

    def _changed(self) -> None:
        self.refresh()
        if self.report is not None:
            self.report_changed.emit(self.report.id)

    def copy_line(self) -> None:
        QGuiApplication.clipboard().setText(self.line_label.text())
        self.copy_button.setText(self.tr("Copiado"))

    def do_note(self) -> None:
        if self.report is None or self.actor is None:
            return
        try:
            reports.add_note(self.actor, self.report, self.note_edit.toPlainText())
        except DomainError as exc:
            self.note_error.show_error(exc.message)
            return
        self.note_error.clear_error()
        self.note_edit.clear()
        self._changed()

    def do_assign(self) -> None:
        r = self.report
        d = ActionDialog(self.tr("Asignar el reporte {0}").format(r.folio), self.tr("Asignar"), self)
        combo = QComboBox(d)
        for tech in users.users_with_role("tecnico"):
            combo.addItem(tech.full_name, tech.id)
        if r.assignee_id:
            combo.setCurrentIndex(max(0, combo.findData(r.assignee_id)))
        d.add("assignee", self.tr("Técnico:"), combo)
        note = d.add("note", self.tr("Nota (opcional):"), _text_edit(d, 60))

        def act() -> None:
            tech_id = combo.currentData()
            tech = User.get_or_none(User.id == tech_id) if tech_id else None
            reports.assign(self.actor, r, tech, note.toPlainText())  # type: ignore[arg-type, attr-defined]

        d.action = act
        self._run(d)

    def do_status(self) -> None:
        r = self.report
        d = ActionDialog(self.tr("Cambiar el estado de {0}").format(r.folio), self.tr("Cambiar"), self)
        combo = QComboBox(d)
        for code in ("en_proceso", "en_espera"):
            if code in reports.MANUAL_STATUSES.get(r.status, ()):
                combo.addItem(tr_label(STATUS_LABELS[code]), code)
        d.add("status", self.tr("Nuevo estado:"), combo)
        note = d.add("note", self.tr("Motivo o nota:"), _text_edit(d, 60))
        d.action = lambda: reports.change_status(self.actor, r, combo.currentData(),  # type: ignore[arg-type]
                                                 note.toPlainText())  # type: ignore[attr-defined]
        self._run(d)

    def do_visit(self) -> None:
        r = self.report
        d = ActionDialog(self.tr("Programar visita — {0}").format(r.folio), self.tr("Programar"), self)
        when = QDateTimeEdit(d)
        when.setDisplayFormat("dd/MM/yyyy HH:mm")
        when.setCalendarPopup(True)
        start = dt.datetime.now(to_local(now_utc(), self.tz).tzinfo) + dt.timedelta(days=1)
        when.setDateTime(QDateTime(start.date(), dt.time(10, 0)))
        if r.visit_at:
            local = to_local(r.visit_at, self.tz)
            when.setDateTime(QDateTime(local.date(), local.time().replace(second=0, microsecond=0)))
        d.add("visit_at", self.tr("Fecha y hora:"), when)
        note = d.add("note", self.tr("Nota (opcional):"), _text_edit(d, 60))

        def act() -> None:
            from zoneinfo import ZoneInfo

            value = when.dateTime().toPython().replace(tzinfo=ZoneInfo(self.tz))
            reports.record_visit(self.actor, r, value, note.toPlainText())  # type: ignore[arg-type, attr-defined]

        d.action = act
        self._run(d)

    def do_resolve(self) -> None:
        r = self.report
        d = ActionDialog(self.tr("Resolver el reporte {0}").format(r.folio), self.tr("Resolver"), self)
        category = QComboBox(d)
        for code, label in CAUSE_CATEGORY_LABELS.items():
            category.addItem(tr_label(label), code)
        cause_code = QComboBox(d)

        def fill_causes() -> None:
            cause_code.clear()
            for code, label in CAUSES[category.currentData()].items():
                cause_code.addItem(tr_label(label), code)

        category.currentIndexChanged.connect(fill_causes)
        fill_causes()
        d.add("cause_category", self.tr("Tipo de causa:"), category)
        d.add("cause_code", self.tr("Causa:"), cause_code)
        cause = d.add("cause", self.tr("Detalle de la causa:"), _text_edit(d, 50))
        action = d.add("action_taken", self.tr("Acción realizada:"), _text_edit(d, 70))
        upheld_box = QWidget(d)
        yes = QRadioButton(self.tr("Sí, procedente"), upheld_box)
        no = QRadioButton(self.tr("No procedente"), upheld_box)
        group = QButtonGroup(upheld_box)
        group.addButton(yes)
        group.addButton(no)
        hl = QHBoxLayout(upheld_box)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(yes)
        hl.addWidget(no)
        hl.addStretch(1)
        d.add("upheld", self.tr("¿Procedente?"), upheld_box)
        d.yes, d.no = yes, no  # type: ignore[attr-defined]

        def act() -> None:
            if not yes.isChecked() and not no.isChecked():
                raise DomainError(self.tr("Indique si el reporte fue procedente."), "upheld")
            reports.resolve(self.actor, r, cause_category=category.currentData(),  # type: ignore[arg-type]
                            cause_code=cause_code.currentData(), cause=cause.toPlainText(),  # type: ignore[attr-defined]
                            action=action.toPlainText(), upheld=yes.isChecked())  # type: ignore[attr-defined]

        d.action = act
        self._run(d)

    def do_external(self) -> None:
        r = self.report
        d = ActionDialog(self.tr("Causa externa — {0}").format(r.folio), self.tr("Reclasificar"), self)
        info = QLabel(self.tr("La causa es ajena al proveedor: el plazo de solución se amplía según la política "
                              "del tipo de reporte."), d)
        info.setWordWrap(True)
        d.form.addRow(info)
        code = QComboBox(d)
        for key, label in CAUSES["externa"].items():
            code.addItem(tr_label(label), key)
        d.add("cause_code", self.tr("Causa:"), code)
        note = d.add("note", self.tr("Nota (opcional):"), _text_edit(d, 60))
        d.action = lambda: reports.reclassify_external(self.actor, r, code.currentData(),  # type: ignore[arg-type]
                                                       note.toPlainText())  # type: ignore[attr-defined]
        self._run(d)

    def do_notify(self) -> None:
        r = self.report
        d = ActionDialog(self.tr("Avisar al cliente — {0}").format(r.folio), self.tr("Registrar aviso"), self)
        channel = QComboBox(d)
        for code, label in CHANNEL_LABELS.items():
            channel.addItem(tr_label(label), code)
        d.add("notified_channel", self.tr("Por:"), channel)
        text = d.add("notified_text", self.tr("Qué se le dijo:"), _text_edit(d, 80))
        text.setPlainText(self._suggested_notice(r))  # type: ignore[attr-defined]
        confirmed = QCheckBox(self.tr("El cliente confirma que quedó resuelto"), d)
        d.add("customer_confirmed", "", confirmed)
        d.action = lambda: reports.notify_customer(
            self.actor, r, channel=channel.currentData(), text=text.toPlainText(),  # type: ignore[arg-type, attr-defined]
            confirmed=True if confirmed.isChecked() else None)
        self._run(d)

    def _suggested_notice(self, r: Report) -> str:
        if not r.cause_category:
            return ""
        label = tr_label(CAUSES.get(r.cause_category, {}).get(r.cause_code, ""))
        upheld = self.tr("procedente") if r.upheld else self.tr("no procedente")
        return self.tr("Causa: {0}. {1}. Reporte {2}.").format(r.cause or label, r.action_taken, upheld)

    def do_close(self) -> None:
        r = self.report
        d = ActionDialog(self.tr("Cerrar el reporte {0}").format(r.folio), self.tr("Cerrar reporte"), self)
        note = d.add("note", self.tr("Nota (opcional):"), _text_edit(d, 60))
        d.action = lambda: reports.close(self.actor, r, note.toPlainText())  # type: ignore[arg-type, attr-defined]
        self._run(d)

    def do_reopen(self) -> None:
        r = self.report
        d = ActionDialog(self.tr("Reabrir el reporte {0}").format(r.folio), self.tr("Reabrir"), self)
        reason = d.add("reason", self.tr("Motivo:"), _text_edit(d, 70))
        d.action = lambda: reports.reopen(self.actor, r, reason.toPlainText())  # type: ignore[arg-type, attr-defined]
        self._run(d)

    def do_print(self) -> None:
        if self.report is None or not printing_available():
            return
        from .printing import print_receipt

        print_receipt(self, self.report)

    def _open_customer(self) -> None:
        if self.report is not None:
            self.customer_requested.emit(self.report.customer_id)


__all__ = ["ActionDialog", "QLineEdit", "ReportView", "TimelineModel"]
