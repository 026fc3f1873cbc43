"""Report view: the folio, its status in plain words and the line to read on the phone, the terms with time left
(the first promise beside any extension, a pause shown and counted), the customer, visits, the resolution,
the notices, attachments, the timeline and a note box, and the actions the signed-in user may take now.

Everything shown comes from `queries.report_detail` (a DTO); the buttons follow `queries.allowed_actions`, the
same rules the services enforce. The action dialogs live in `actions.ReportActions`; `ReportView.exec_dialog`
is the seam tests drive."""

from __future__ import annotations

import datetime as dt
import importlib.util

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ispdesk.core import queries
from ispdesk.core.clock import DEFAULT_TIMEZONE, to_local
from ispdesk.core.errors import DomainError
from ispdesk.core.phones import format_phone
from ispdesk.core.present import duration_words, place, short_dt, status_line, time_left
from ispdesk.core.queries import EventInfo, ReportDetail
from ispdesk.core.services import reports
from ispdesk.core.session import Session
from ispdesk.core.vocab import (
    ACTIVE_STATUSES,
    CAUSE_CATEGORY_LABELS,
    CHANNEL_LABELS,
    EVENT_LABELS,
    KIND_LABELS,
    PRIORITY_LABELS,
    STATUS_LABELS,
    VISIT_STATUS_LABELS,
    WAIT_REASON_LABELS,
    Status,
)
from ispdesk.ui.common import desktop
from ispdesk.ui.common.table_model import Index as _Index
from ispdesk.ui.common.table_model import ReadOnlyTableModel
from ispdesk.ui.common.vocab_tr import tr_label
from ispdesk.ui.common.widgets import DANGER, INFO_BG, INFO_BORDER, WARNING_BORDER, EnterButton, ErrorLabel, big_font
from ispdesk.ui.reports.actions import ActionDialog, ReportActions, text_edit

COL_AT, COL_WHO, COL_WHAT, COL_DETAIL = range(4)
TIMELINE_HEADERS = (
    QT_TRANSLATE_NOOP("TimelineModel", "Fecha"),
    QT_TRANSLATE_NOOP("TimelineModel", "Quién"),
    QT_TRANSLATE_NOOP("TimelineModel", "Qué"),
    QT_TRANSLATE_NOOP("TimelineModel", "Detalle"),
)
AMBER = "#9a6700"
ATTACHMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportView", text)


def printing_available() -> bool:
    return importlib.util.find_spec("ispdesk.ui.common.printing") is not None


class TimelineModel(ReadOnlyTableModel):
    CONTEXT = "TimelineModel"
    HEADERS = TIMELINE_HEADERS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: tuple[EventInfo, ...] = ()
        self._tz = DEFAULT_TIMEZONE

    def set_events(self, events: tuple[EventInfo, ...], tz: str) -> None:
        if events == self._events and tz == self._tz:
            return  # a live refresh with nothing new keeps the selection and the scroll position
        old = len(self._events)
        if tz == self._tz and events[:old] == self._events:  # appended only: the timeline grows at the end
            self.beginInsertRows(QModelIndex(), old, len(events) - 1)
            self._events = events
            self.endInsertRows()
            return
        self.beginResetModel()
        self._events = events
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
            return e.user_name
        if col == COL_WHAT:
            return tr_label(EVENT_LABELS.get(e.action, e.action))
        if col == COL_DETAIL:
            return e.text
        return None


# The buttons in the action row, in the order of the work; the rest live in the two menus.
ROW_ACTIONS = (
    ("assign", QT_TRANSLATE_NOOP("ReportView", "Asignar…")),
    ("start", QT_TRANSLATE_NOOP("ReportView", "Iniciar atención")),
    ("visit", QT_TRANSLATE_NOOP("ReportView", "Programar visita…")),
    ("onsite", QT_TRANSLATE_NOOP("ReportView", "En sitio")),
    ("visit_result", QT_TRANSLATE_NOOP("ReportView", "Resultado de la visita…")),
    ("pause", QT_TRANSLATE_NOOP("ReportView", "En espera…")),
    ("resume", QT_TRANSLATE_NOOP("ReportView", "Reanudar")),
    ("resolve", QT_TRANSLATE_NOOP("ReportView", "Resolver…")),
    ("external", QT_TRANSLATE_NOOP("ReportView", "Causa externa…")),
    ("notify", QT_TRANSLATE_NOOP("ReportView", "Avisar al cliente…")),
    ("close", QT_TRANSLATE_NOOP("ReportView", "Cerrar…")),
    ("reopen", QT_TRANSLATE_NOOP("ReportView", "Reabrir…")),
)
MORE_ACTIONS = (
    ("notify_again", QT_TRANSLATE_NOOP("ReportView", "Registrar otro aviso al cliente…")),
    ("area", QT_TRANSLATE_NOOP("ReportView", "Turnar a otra área…")),
    ("attach", QT_TRANSLATE_NOOP("ReportView", "Adjuntar archivo…")),
    ("dismiss", QT_TRANSLATE_NOOP("ReportView", "Declarar improcedente…")),
    ("cancel", QT_TRANSLATE_NOOP("ReportView", "Cancelar el reporte…")),
)
DOC_ACTIONS = (
    ("print", QT_TRANSLATE_NOOP("ReportView", "Imprimir comprobante")),
    ("save_receipt", QT_TRANSLATE_NOOP("ReportView", "Guardar comprobante en PDF…")),
    ("workorder", QT_TRANSLATE_NOOP("ReportView", "Imprimir orden de trabajo")),
    ("save_workorder", QT_TRANSLATE_NOOP("ReportView", "Guardar orden de trabajo en PDF…")),
    ("send_technician", QT_TRANSLATE_NOOP("ReportView", "Enviar al técnico por WhatsApp")),
)
# Actions any viewer may take whatever the status (documents).
DOC_KEYS = {"print": "print", "save_receipt": "print", "workorder": "workorder", "save_workorder": "workorder",
            "send_technician": "workorder"}


class ReportView(QWidget):
    customer_requested = Signal(int)
    report_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor: Session | None = None
        self.detail: ReportDetail | None = None
        self.allowed: frozenset[str] = frozenset()
        self.tz = DEFAULT_TIMEZONE
        self.actions = ReportActions(self, exec_dialog=lambda d: self.exec_dialog(d))
        self.actions.changed.connect(self._changed)
        self.actions.message.connect(self._show_message)
        self.actions.info.connect(lambda text: self._show_message(text, error=False))

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
        self.copy_button = EnterButton(self.tr("Copiar"), self.line_box)
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

        # Actions: the row, then "Más" and "Documentos" menus. A button stands for what may be done now.
        self.buttons: dict[str, QPushButton] = {}
        self.menu_actions: dict[str, QAction] = {}
        actions_row = QHBoxLayout()
        for key, label in ROW_ACTIONS:
            button = EnterButton(_t(label), self)
            button.setObjectName(f"action_{key}")
            button.clicked.connect(lambda _checked=False, k=key: self.run_action(k))
            self.buttons[key] = button
            actions_row.addWidget(button)
        actions_row.addStretch(1)
        self.more_button = self._menu_button(self.tr("Más"), MORE_ACTIONS, "moreButton")
        self.docs_button = self._menu_button(self.tr("Documentos"), DOC_ACTIONS, "documentsButton")
        self.menu_actions["print"].setShortcut(QKeySequence("Ctrl+P"))
        actions_row.addWidget(self.more_button)
        actions_row.addWidget(self.docs_button)
        # Kept for callers that knew the print button.
        self.buttons["print"] = EnterButton(self)
        self.buttons["print"].hide()
        self.action_error = ErrorLabel(self)

        # Details
        self.details = QWidget(self)
        self.grid = QFormLayout(self.details)
        self.grid.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.values: dict[str, QLabel] = {}
        self.customer_button = EnterButton(self.details)
        self.customer_button.setObjectName("customerButton")
        self.customer_button.setFlat(True)
        self.customer_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.customer_button.setStyleSheet("text-align: left; color: palette(link); padding: 0;")
        self.customer_button.clicked.connect(self._open_customer)
        self.grid.addRow(self.tr("Cliente:"), self.customer_button)
        rows = (("address", self.tr("Domicilio:")), ("phones", self.tr("Teléfonos:")),
                ("zone", self.tr("Zona / torre:")), ("area", self.tr("Área:")), ("assignee", self.tr("Asignado a:")),
                ("opened", self.tr("Levantado:")), ("response", self.tr("Primera respuesta:")),
                ("resolution", self.tr("Compromiso de solución:")), ("first", self.tr("Compromiso original:")),
                ("pause", self.tr("En espera:")), ("visit", self.tr("Visita:")), ("visits", self.tr("Visitas:")),
                ("incident", self.tr("Incidente:")), ("channel", self.tr("Canal:")),
                ("priority", self.tr("Prioridad:")), ("contact", self.tr("Teléfono de contacto:")),
                ("location", self.tr("Ubicación:")), ("window", self.tr("Horario para la visita:")),
                ("documents", self.tr("Documentos:")), ("description", self.tr("Descripción:")),
                ("cause", self.tr("Causa:")), ("action", self.tr("Acción realizada:")),
                ("equipment", self.tr("Equipo reemplazado:")), ("upheld", self.tr("Procedente:")),
                ("end", self.tr("Motivo:")), ("notified", self.tr("Aviso al cliente:")),
                ("earlier", self.tr("Ciclos anteriores:")))
        wrapping = {"address", "documents", "description", "cause", "action", "notified", "visits", "earlier", "end",
                    "pause", "equipment", "incident"}
        for key, label in rows:
            value = QLabel(self.details)
            value.setObjectName(f"value_{key}")
            # Short values stay on one line (a wrapped QLabel in a form under a scroll area gets cut).
            value.setWordWrap(key in wrapping)
            if key in wrapping:  # take the whole field width, so the form lays the text out at its real width
                value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                value.setMinimumWidth(300)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.grid.addRow(label, value)
        self.attachments = QListWidget(self.details)
        self.attachments.setObjectName("attachments")
        self.attachments.setMaximumHeight(90)
        self.attachments.itemActivated.connect(self._open_attachment)
        self.attachments_label = QLabel(self.tr("Archivos:"), self.details)
        self.grid.addRow(self.attachments_label, self.attachments)
        details_scroll = QScrollArea(self)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setWidget(self.details)
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_scroll = details_scroll

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
        self.note_edit = text_edit(self, 60)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(self.tr("Escriba una nota para el historial…"))
        self.note_edit.setMaximumHeight(90)
        self.note_button = EnterButton(self.tr("Agregar nota"), self)
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

    def _menu_button(self, text: str, entries: tuple[tuple[str, str], ...], name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(button)
        for key, label in entries:
            action = menu.addAction(_t(label))
            action.setObjectName(f"menu_{key}")
            action.triggered.connect(lambda _checked=False, k=key: self.run_action(k))
            self.menu_actions[key] = action
            self.addAction(action)  # its shortcut works while the view is shown
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        button.setMenu(menu)
        return button

    # --- showing -----------------------------------------------------------------------------------

    @property
    def report(self) -> ReportDetail | None:
        """The report shown (a DTO; `.id`, `.folio`, `.customer.id`)."""
        return self.detail

    def set_actor(self, actor: Session | object) -> None:
        self.actor = actor if isinstance(actor, Session) or actor is None else Session.of(actor)  # type: ignore[arg-type]
        self.actions.set_actor(self.actor)
        self.update_actions()

    def show_report(self, report_id: int) -> None:
        self.action_error.clear_error()
        self.note_error.clear_error()
        self.detail = queries.report_detail(report_id)
        self.refresh_display()

    def refresh(self) -> None:
        if self.detail is not None:
            try:
                self.detail = queries.report_detail(self.detail.id)
            except DomainError as exc:
                self.action_error.show_error(exc.message)
                return
            self.refresh_display()

    def _due_text(self, due: dt.datetime | None, done: bool) -> tuple[str, str]:
        """(text, urgency) for a term: "27/11/2026 14:00 (faltan 3 h)"."""
        d = self.detail
        if due is None or d is None:
            return "", ""
        text = short_dt(to_local(due, self.tz))
        if done:
            return text, ""
        if d.paused:
            return self.tr("{0} (detenido: esperando al cliente)").format(text), "paused"
        left, _overdue = time_left(due)
        return f"{text} ({left})", queries.urgency(due, status=d.status)

    def refresh_display(self) -> None:
        d = self.detail
        if d is None:
            return
        self.tz = d.tz
        self.folio_label.setText(d.folio + ("  DEMO" if d.demo else ""))
        self.kind_label.setText(tr_label(KIND_LABELS.get(d.kind, d.kind)))
        status = tr_label(STATUS_LABELS.get(d.status, d.status))
        if d.status == Status.ASIGNADO and d.area == "tecnica":
            status = tr_label("Asignado a técnico")
        elif d.status == Status.RESUELTO and d.notified_at is not None:
            status = tr_label("Resuelto y avisado, falta cerrar")
        self.status_label.setText(status)
        self.line_label.setText(status_line(d))
        self.copy_button.setText(self.tr("Copiar"))
        c = d.customer
        self.customer_button.setText(f"{c.name} ({c.number})")
        v = self.values
        for label in v.values():
            label.setText("")
            label.setStyleSheet("")
        v["address"].setText(c.address + (f"\n{c.references}" if c.references else ""))
        v["address"].setToolTip(c.address)
        v["phones"].setText(", ".join(format_phone(p) for p in c.phones))
        v["zone"].setText(place(c.zone, c.tower))
        v["area"].setText(d.area_name if d.area != "tecnica" else "")
        v["assignee"].setText(d.assignee_name or self.tr("Sin asignar"))
        v["opened"].setText(self.tr("{0} por {1}").format(short_dt(to_local(d.opened_at, self.tz)), d.created_by))
        responded = d.responded_at is not None
        text, urgency = self._due_text(d.response_due, responded)
        if responded:
            text = self.tr("{0} (atendido el {1})").format(text, short_dt(to_local(d.responded_at, self.tz)))
        self._set_due(v["response"], text, urgency)
        res = d.resolution
        settled = d.status not in ACTIVE_STATUSES
        text, urgency = self._due_text(d.resolution_due, settled)
        if res is not None:
            on_time = res.resolved_at <= d.resolution_due
            text = self.tr("{0} (resuelto el {1}, {2})").format(
                text, short_dt(to_local(res.resolved_at, self.tz)),
                self.tr("a tiempo") if on_time else self.tr("fuera de plazo"))
        self._set_due(v["resolution"], text, urgency)
        if d.extended:
            v["first"].setText(short_dt(to_local(d.first_resolution_due, self.tz)))
        self._show_pause(d)
        visit = d.next_visit
        if visit is not None:
            v["visit"].setText(self.tr("{0} a {1} con {2} ({3})").format(
                short_dt(to_local(visit.starts_at, self.tz)), f"{to_local(visit.ends_at, self.tz):%H:%M}",
                visit.technician_name or self.tr("sin técnico"),
                tr_label(VISIT_STATUS_LABELS.get(visit.status, visit.status)).lower()))
        elif d.status in ACTIVE_STATUSES:
            v["visit"].setText(self.tr("Sin programar"))
        past = [x for x in d.visits if x is not visit]
        v["visits"].setText("\n".join(
            f"{short_dt(to_local(x.starts_at, self.tz))} · {x.technician_name} · "
            f"{tr_label(VISIT_STATUS_LABELS.get(x.status, x.status))}" + (f": {x.outcome}" if x.outcome else "")
            for x in past))
        if d.incident is not None:
            v["incident"].setText(d.incident.title)
        v["channel"].setText(tr_label(CHANNEL_LABELS.get(d.channel, d.channel)))
        v["priority"].setText(tr_label(PRIORITY_LABELS.get(d.priority, d.priority)))
        v["contact"].setText(format_phone(d.contact_phone) if d.contact_phone else "")
        v["location"].setText(d.location)
        v["window"].setText(d.visit_window)
        v["documents"].setText("\n".join(f"• {tr_label(x)}" for x in d.documents))
        v["description"].setText(d.description)
        if res is not None:
            if res.cause_code:
                cat = tr_label(CAUSE_CATEGORY_LABELS.get(res.cause_category, res.cause_category))
                detail = f" — {res.cause_text}" if res.cause_text and res.cause_text != res.cause_label else ""
                v["cause"].setText(f"{cat}: {tr_label(res.cause_label)}{detail}")
            v["action"].setText(res.action_taken)
            v["equipment"].setText(res.equipment)
            v["upheld"].setText(self.tr("Sí") if res.upheld else (
                self.tr("No: {0}").format(res.upheld_reason) if res.upheld_reason else self.tr("No")))
        elif d.external_cause is not None:
            v["cause"].setText(self.tr("Externa: {0} (plazo ampliado)").format(tr_label(d.external_cause.label)))
        v["end"].setText(d.end_reason)
        notices = d.cycle_notices
        v["notified"].setText("\n".join(self._notice_line(n) for n in notices))
        earlier = [r for r in d.resolutions if r.cycle != d.cycle]
        v["earlier"].setText("\n".join(self.tr("Ciclo {0}: {1} ({2})").format(
            r.cycle, r.cause_words or r.upheld_reason, self.tr("procedente") if r.upheld else self.tr("no procedente"))
            for r in earlier))
        always = ("assignee", "resolution", "response")
        for key, label in v.items():  # hide empty rows so the eye finds what is there
            self.grid.setRowVisible(label, bool(label.text()) or key in always)
        self.attachments.clear()
        for a in d.attachments:
            item = QListWidgetItem(f"{a.filename} ({a.size // 1024 or 1} KB) — {a.added_by}, "
                                   f"{short_dt(to_local(a.added_at, self.tz))}" + (f": {a.note}" if a.note else ""))
            item.setData(ATTACHMENT_ID_ROLE, a.id)
            item.setToolTip(self.tr("Doble clic o Enter para abrirlo"))
            self.attachments.addItem(item)
        self.grid.setRowVisible(self.attachments, bool(d.attachments))
        self.timeline_model.set_events(d.events, self.tz)
        self.timeline.resizeRowsToContents()
        self.update_actions()

    def _notice_line(self, n: queries.NoticeInfo) -> str:
        confirmed = {True: self.tr(" (confirmó la solución)"), False: self.tr(" (NO confirmó la solución)")}.get(
            n.confirmed, "")
        return self.tr("{0} por {1}, {2}: {3}{4}").format(
            short_dt(to_local(n.at, self.tz)), tr_label(CHANNEL_LABELS.get(n.channel, n.channel)).lower(),
            n.user_name, n.text, confirmed)

    def _show_pause(self, d: ReportDetail) -> None:
        label = self.values["pause"]
        pause = d.open_pause
        total = d.paused_time()
        parts = []
        if pause is not None and d.status == Status.EN_ESPERA:
            reason = tr_label(WAIT_REASON_LABELS.get(pause.reason, pause.reason))
            clock = self.tr("el plazo está detenido") if pause.customer_caused else self.tr("el plazo sigue corriendo")
            parts.append(self.tr("{0}, desde {1}; {2}").format(reason, short_dt(to_local(pause.started_at, self.tz)),
                                                               clock))
        if total > dt.timedelta(0):
            parts.append(self.tr("Tiempo detenido por el cliente: {0}").format(duration_words(total)))
        label.setText("\n".join(parts))
        label.setStyleSheet(f"color: {AMBER};" if parts else "")

    def _set_due(self, label: QLabel, text: str, urgency: str) -> None:
        label.setText(text)
        color = {"overdue": DANGER, "soon": AMBER}.get(urgency)
        label.setStyleSheet(f"color: {color}; font-weight: bold;" if color else "")
        label.setProperty("overdue", urgency == "overdue")

    def update_actions(self) -> None:
        d, actor = self.detail, self.actor
        self.allowed = queries.allowed_actions(actor, d.id) if d is not None and actor is not None else frozenset()
        for key, button in self.buttons.items():
            if key == "print":
                continue
            ok = key in self.allowed
            button.setVisible(ok)
            button.setEnabled(ok)
        for key, action in self.menu_actions.items():
            ok = DOC_KEYS.get(key, key) in self.allowed
            if key == "send_technician" and d is not None:
                ok = ok and d.area == "tecnica" and bool(d.assignee_id or d.next_visit)
            action.setVisible(ok)
            action.setEnabled(ok)
        self.more_button.setVisible(any(self.menu_actions[k].isVisible() for k, _ in MORE_ACTIONS))
        self.buttons["print"].setEnabled("print" in self.allowed)
        note_ok = "note" in self.allowed
        self.note_edit.setEnabled(note_ok)
        self.note_button.setEnabled(note_ok)

    # --- actions -----------------------------------------------------------------------------------

    def exec_dialog(self, dialog: ActionDialog) -> int:
        """The seam tests replace to fill in and submit a dialog without a nested event loop."""
        return dialog.exec()

    def run_action(self, key: str) -> bool:
        if self.detail is None:
            return False
        self.action_error.clear_error()
        return self.actions.run(key, self.detail.id)

    def _changed(self, report_id: int) -> None:
        if self.detail is not None and report_id == self.detail.id:
            self.refresh()
            self.report_changed.emit(report_id)

    def _show_message(self, text: str, error: bool = True) -> None:
        self.action_error.setStyleSheet(f"color: {DANGER if error else '#1e7d32'};")
        self.action_error.show_error(text)

    def copy_line(self) -> None:
        QGuiApplication.clipboard().setText(self.line_label.text())
        self.copy_button.setText(self.tr("Copiado"))

    def do_note(self) -> None:
        if self.detail is None or self.actor is None:
            return
        try:
            reports.add_note(self.actor, self.detail.id, self.note_edit.toPlainText())
        except DomainError as exc:
            self.note_error.show_error(exc.message)
            return
        self.note_error.clear_error()
        self.note_edit.clear()
        self._changed(self.detail.id)

    def do_print(self) -> None:
        if self.detail is not None and printing_available():
            self.run_action("print")

    def _open_customer(self) -> None:
        if self.detail is not None:
            self.customer_requested.emit(self.detail.customer.id)

    def _open_attachment(self, item: QListWidgetItem) -> None:
        try:
            path = reports.attachment_path(item.data(ATTACHMENT_ID_ROLE))
        except DomainError as exc:
            self._show_message(exc.message)
            return
        if not desktop.open_file(path):
            self._show_message(self.tr("No hay un programa para abrir {0}; está en {1}").format(path.name, path))


__all__ = ["WARNING_BORDER", "ActionDialog", "ReportView", "TimelineModel"]
