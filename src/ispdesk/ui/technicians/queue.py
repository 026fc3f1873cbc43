"""*Mi cola*: the technician's start view.

Two tabs over one row of actions:

- **Mi cola**: the technician's active reports, nearest resolution term first (`queries.technician_queue`);
  overdue rows in red, due within two hours in amber, "detenido" while the customer keeps the report waiting;
  a status filter; the counts in the title.
- **Mis visitas**: the visits of one day in time order, with address, references and phones
  (`queries.day_visits`); ← → move the day.

The actions work on the selected report of either list, from their buttons or, while a list has the focus, from
one key each (I iniciar/reanudar, S en sitio, V visita, N nota, E en espera, R resolver, O orden de trabajo);
Enter opens the report. They are `ReportActions`, enabled by `queries.allowed_actions`; after one, only that
report is read again and the list is patched in place. `apply_changes` (live refresh) does the same for the ids
other PCs changed, so selection and scroll position stay.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Hashable, Iterable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ispdesk.core import queries
from ispdesk.core.changes import Changes
from ispdesk.core.clock import now_utc, to_local
from ispdesk.core.errors import DomainError
from ispdesk.core.present import long_dt, place, time_left
from ispdesk.core.queries import QueueRow, VisitRow
from ispdesk.core.session import Session
from ispdesk.core.vocab import ACTIVE_STATUSES, KIND_LABELS, STATUS_SHORT, VISIT_STATUS_LABELS, Status, VisitStatus
from ispdesk.ui.common.table_model import KEY_ROLE, KeyedTableModel, ScrollAnchor
from ispdesk.ui.common.vocab_tr import tr_label
from ispdesk.ui.common.widgets import DANGER, INFO_BG, INFO_BORDER, WARNING_BG, WARNING_BORDER, EnterButton, big_font
from ispdesk.ui.reports.actions import ActionDialog, ReportActions

AMBER = "#9a6700"  # due within 2 hours (the report view's amber)
PAUSED = "#55606e"  # the customer stopped the clock
DONE = "#6b6b6b"  # a visit already made
TINT = {"overdue": "#fde7e7", "soon": WARNING_BG, "paused": "#eceff3"}
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 1  # "overdue", "soon", "paused", "ok"
REPORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the report id of a row (both lists)


def _t(text: str) -> str:
    return QCoreApplication.translate("QueueView", text)


def day_words(value: dt.datetime, today: dt.date) -> str:
    """"hoy 14:00", "mañana 09:30", "ayer 18:00", "28/11 14:00" (the year only when it is not this one)."""
    days = (value.date() - today).days
    hour = f"{value:%H:%M}"
    if days == 0:
        return _t("hoy {0}").format(hour)
    if days == 1:
        return _t("mañana {0}").format(hour)
    if days == -1:
        return _t("ayer {0}").format(hour)
    date = f"{value:%d/%m}" if value.year == today.year else f"{value:%d/%m/%Y}"
    return f"{date} {hour}"


def left_words(due: dt.datetime, now: dt.datetime) -> str:
    """Time left, short enough for a column: "faltan 1 h 20 min", "faltan 5 h", "faltan 1 d 4 h",
    "vencido hace 3 h", "vencido hace 2 d" (minutes only within 2 hours; hours only within 2 days ahead:
    a day late or more, the hours no longer matter)."""
    secs = abs(int((due - now).total_seconds()))
    days, rem = divmod(secs, 86400)
    hours, minutes = rem // 3600, rem % 3600 // 60
    if days >= 2 or (days and (not hours or due < now)):
        text = f"{days} d"
    elif days:
        text = f"{days} d {hours} h"
    elif hours >= 2 or (hours and not minutes):
        text = f"{hours} h"
    elif hours:
        text = f"{hours} h {minutes} min"
    else:
        text = f"{minutes} min"
    return (_t("faltan {0}") if due >= now else _t("vencido hace {0}")).format(text)


# Kinds in a word, for the narrow column (the full label is the tooltip).
KIND_SHORT = {
    "falla": QT_TRANSLATE_NOOP("QueueModel", "Falla"),
    "queja": QT_TRANSLATE_NOOP("QueueModel", "Queja"),
    "consulta": QT_TRANSLATE_NOOP("QueueModel", "Consulta"),
    "aclaracion": QT_TRANSLATE_NOOP("QueueModel", "Aclaración"),
    "administrativo": QT_TRANSLATE_NOOP("QueueModel", "Trámite"),
    "sugerencia": QT_TRANSLATE_NOOP("QueueModel", "Sugerencia"),
    "cancelacion": QT_TRANSLATE_NOOP("QueueModel", "Cancelación"),
    "contratacion": QT_TRANSLATE_NOOP("QueueModel", "Contratación"),
    "arco": QT_TRANSLATE_NOOP("QueueModel", "ARCO"),
    "otro": QT_TRANSLATE_NOOP("QueueModel", "Otro"),
}


# --- the queue's model ------------------------------------------------------------------------------------------

COL_FOLIO, COL_CUSTOMER, COL_ZONE, COL_ADDRESS, COL_KIND, COL_STATUS, COL_VISIT, COL_DUE, COL_LEFT = range(9)
QUEUE_HEADERS = (
    QT_TRANSLATE_NOOP("QueueModel", "Folio"),
    QT_TRANSLATE_NOOP("QueueModel", "Cliente"),
    QT_TRANSLATE_NOOP("QueueModel", "Zona/torre"),
    QT_TRANSLATE_NOOP("QueueModel", "Domicilio"),
    QT_TRANSLATE_NOOP("QueueModel", "Tipo"),
    QT_TRANSLATE_NOOP("QueueModel", "Estado"),
    QT_TRANSLATE_NOOP("QueueModel", "Próxima visita"),
    QT_TRANSLATE_NOOP("QueueModel", "Compromiso"),
    QT_TRANSLATE_NOOP("QueueModel", "Tiempo restante"),
)


class QueueModel(KeyedTableModel):
    """`QueueRow`s, keyed by report id. Urgency is read against `now`, which the view moves every minute."""

    CONTEXT = "QueueModel"
    HEADERS = QUEUE_HEADERS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now = now_utc()
        self._bold = QFont()
        self._bold.setBold(True)
        self._fg = {"overdue": QBrush(QColor(DANGER)), "soon": QBrush(QColor(AMBER)),
                    "paused": QBrush(QColor(PAUSED))}
        self._bg = {k: QBrush(QColor(v)) for k, v in TINT.items()}
        # Per report: (the row it was computed from, its urgency, its texts by column, filled as painted).
        self._cache: dict[int, tuple[QueueRow, str, list[str | None]]] = {}
        self.rows_about_to_change.connect(self._cache.clear)

    def set_now(self, now: dt.datetime) -> None:
        """The minute went by: colors and time left are read again (no row changes)."""
        self.now = now
        self._cache.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1), [])

    def _info(self, row: QueueRow) -> tuple[QueueRow, str, list[str | None]]:
        hit = self._cache.get(row.id)
        if hit is None or hit[0] is not row:
            hit = self._cache[row.id] = (row, row.urgency(self.now), [None] * len(QUEUE_HEADERS))
        return hit

    def cell(self, row: QueueRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._info(row)[2]
            text = texts[column]
            if text is None:
                text = texts[column] = self._text(row, column)
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._fg.get(self._info(row)[1])
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._bg.get(self._info(row)[1]) if column == COL_LEFT else None
        if role == Qt.ItemDataRole.FontRole:
            if column in (COL_LEFT, COL_FOLIO) and self._info(row)[1] in ("overdue", "soon"):
                return self._bold
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == URGENCY_ROLE:
            return self._info(row)[1]
        if role == REPORT_ROLE:
            return row.id
        return None

    def _text(self, r: QueueRow, column: int) -> str:
        if column == COL_FOLIO:
            return r.folio
        if column == COL_CUSTOMER:
            return r.customer_name
        if column == COL_ZONE:
            return "/".join(p for p in (r.zone, r.tower) if p)
        if column == COL_ADDRESS:
            return r.address
        if column == COL_KIND:
            return QCoreApplication.translate("QueueModel", KIND_SHORT[r.kind]) if r.kind in KIND_SHORT else r.kind
        if column == COL_STATUS:
            return tr_label(STATUS_SHORT.get(r.status, r.status))
        today = to_local(self.now, r.tz).date()
        if column == COL_VISIT:
            return "" if r.next_visit is None else day_words(to_local(r.next_visit, r.tz), today)
        if column == COL_DUE:
            return day_words(to_local(r.resolution_due, r.tz), today)
        if column == COL_LEFT:
            if r.urgency(self.now) == "paused":
                return QCoreApplication.translate("QueueModel", "detenido")
            return left_words(r.resolution_due, self.now)
        return ""

    def _tip(self, r: QueueRow, column: int) -> str | None:
        if column == COL_CUSTOMER:
            return f"{r.customer_name} ({r.customer_number})"
        if column in (COL_ADDRESS, COL_ZONE):
            zone = place(r.zone, r.tower)
            return f"{r.address}\n{zone}" if zone else r.address
        if column == COL_KIND:
            return tr_label(KIND_LABELS.get(r.kind, r.kind))
        if column in (COL_DUE, COL_LEFT):
            text = QCoreApplication.translate("QueueModel", "Compromiso de solución: {0}").format(
                long_dt(to_local(r.resolution_due, r.tz)))
            if r.urgency(self.now) == "paused":
                return text + "\n" + QCoreApplication.translate(
                    "QueueModel", "El plazo está detenido mientras el cliente tiene el reporte en espera.")
            return f"{text} ({time_left(r.resolution_due, self.now)[0]})"
        if column == COL_VISIT and r.next_visit is not None:
            start = long_dt(to_local(r.next_visit, r.tz))
            end = f" – {to_local(r.next_visit_end, r.tz):%H:%M}" if r.next_visit_end else ""
            return start + end
        return self._text(r, column) or None


# --- the day's visits -------------------------------------------------------------------------------------------

VCOL_TIME, VCOL_FOLIO, VCOL_CUSTOMER, VCOL_ADDRESS, VCOL_REFERENCES, VCOL_PHONES, VCOL_STATUS = range(7)
VISIT_HEADERS = (
    QT_TRANSLATE_NOOP("VisitsModel", "Horario"),
    QT_TRANSLATE_NOOP("VisitsModel", "Folio"),
    QT_TRANSLATE_NOOP("VisitsModel", "Cliente"),
    QT_TRANSLATE_NOOP("VisitsModel", "Domicilio"),
    QT_TRANSLATE_NOOP("VisitsModel", "Referencias"),
    QT_TRANSLATE_NOOP("VisitsModel", "Teléfonos"),
    QT_TRANSLATE_NOOP("VisitsModel", "Estado"),
)


class VisitsModel(KeyedTableModel):
    """`VisitRow`s of one day, keyed by visit id, in time order. A pending visit whose window is over is red."""

    CONTEXT = "VisitsModel"
    HEADERS = VISIT_HEADERS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now = now_utc()
        self._bold = QFont()
        self._bold.setBold(True)

    def _late(self, v: VisitRow) -> bool:
        return v.status == VisitStatus.PROGRAMADA and v.ends_at < self.now

    def cell(self, v: VisitRow, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(v, column)
            return text or None if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._late(v):
                return QBrush(QColor(DANGER))
            if v.status in (VisitStatus.REALIZADA, VisitStatus.FALLIDA):
                return QBrush(QColor(DONE))
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if column == VCOL_TIME or v.status == VisitStatus.EN_SITIO else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == REPORT_ROLE:
            return v.report_id
        return None

    def _text(self, v: VisitRow, column: int) -> str:
        if column == VCOL_TIME:
            return f"{to_local(v.starts_at, v.tz):%H:%M}–{to_local(v.ends_at, v.tz):%H:%M}"
        if column == VCOL_FOLIO:
            return v.folio
        if column == VCOL_CUSTOMER:
            return v.customer_name
        if column == VCOL_ADDRESS:
            zone = place(v.zone, v.tower)
            return f"{v.address}\n{zone}" if zone else v.address
        if column == VCOL_REFERENCES:
            return v.references
        if column == VCOL_PHONES:
            return v.phones.replace(", ", "\n")
        if column == VCOL_STATUS:
            text = tr_label(VISIT_STATUS_LABELS.get(v.status, v.status))
            if v.outcome:
                text += f": {v.outcome}"
            if self._late(v):
                text = QCoreApplication.translate("VisitsModel", "{0} (ya pasó el horario)").format(text)
            if v.report_status not in ACTIVE_STATUSES:
                report = tr_label(STATUS_SHORT.get(v.report_status, v.report_status))
                text += "\n" + QCoreApplication.translate("VisitsModel", "Reporte: {0}").format(report)
            return text
        return ""


# --- the lists --------------------------------------------------------------------------------------------------

class ReportTable(QTableView):
    """A list of reports: Enter opens the selected one; a letter whose action is unavailable says why
    (`refused_key`) instead of jumping to a row that starts with it."""

    open_requested = Signal()
    refused_key = Signal(str)
    day_step = Signal(int)  # ← → on the visits list

    def __init__(self, parent: QWidget | None = None, *, arrows_move_days: bool = False) -> None:
        super().__init__(parent)
        self.arrows_move_days = arrows_move_days
        self.letters: set[str] = set()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods:
            self.open_requested.emit()
            return
        if self.arrows_move_days and key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not mods:
            self.day_step.emit(-1 if key == Qt.Key.Key_Left else 1)
            return
        letter = event.text().upper()
        if letter in self.letters and not (mods & ~Qt.KeyboardModifier.ShiftModifier):
            self.refused_key.emit(letter)  # an enabled action's key never gets here: its shortcut took it
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        """No type-ahead: letters are the actions' keys (and every folio starts with the same letters)."""


# The actions on the selected report: (ReportActions key, the key on the keyboard, the button's label).
# "start" also resumes a report on hold (the same key: back to work).
QUICK_ACTIONS = (
    ("start", "I", QT_TRANSLATE_NOOP("QueueView", "Iniciar")),
    ("onsite", "S", QT_TRANSLATE_NOOP("QueueView", "En sitio")),
    ("visit", "V", QT_TRANSLATE_NOOP("QueueView", "Programar visita…")),
    ("note", "N", QT_TRANSLATE_NOOP("QueueView", "Nota…")),
    ("pause", "E", QT_TRANSLATE_NOOP("QueueView", "En espera…")),
    ("resolve", "R", QT_TRANSLATE_NOOP("QueueView", "Resolver…")),
    ("workorder", "O", QT_TRANSLATE_NOOP("QueueView", "Orden de trabajo")),
)
TIPS = {
    "start": QT_TRANSLATE_NOOP("QueueView", "Iniciar la atención del reporte (o reanudarlo si está en espera)"),
    "onsite": QT_TRANSLATE_NOOP("QueueView", "Registrar que llegó al domicilio del cliente"),
    "visit": QT_TRANSLATE_NOOP("QueueView", "Programar o cambiar la visita al domicilio"),
    "note": QT_TRANSLATE_NOOP("QueueView", "Agregar una nota al historial del reporte"),
    "pause": QT_TRANSLATE_NOOP("QueueView", "Poner el reporte en espera (sin acceso, refacciones…)"),
    "resolve": QT_TRANSLATE_NOOP("QueueView", "Registrar la causa y lo que se hizo"),
    "workorder": QT_TRANSLATE_NOOP("QueueView", "Imprimir la orden de trabajo (el menú la guarda en PDF)"),
}
DONE_MESSAGES = {
    "start": QT_TRANSLATE_NOOP("QueueView", "{0}: atención iniciada."),
    "resume": QT_TRANSLATE_NOOP("QueueView", "{0}: se reanudó la atención."),
    "onsite": QT_TRANSLATE_NOOP("QueueView", "{0}: llegada al domicilio registrada."),
    "visit": QT_TRANSLATE_NOOP("QueueView", "{0}: visita programada."),
    "note": QT_TRANSLATE_NOOP("QueueView", "{0}: nota agregada."),
    "pause": QT_TRANSLATE_NOOP("QueueView", "{0}: en espera."),
    "resolve": QT_TRANSLATE_NOOP("QueueView", "{0}: resuelto. Sale de su cola; atención a clientes avisará al "
                                              "cliente."),
}
# The status filter: (label, statuses; None = every active status).
FILTERS = (
    (QT_TRANSLATE_NOOP("QueueView", "Todos activos"), None),
    (QT_TRANSLATE_NOOP("QueueView", "Asignado"), (Status.ABIERTO, Status.ASIGNADO)),
    (QT_TRANSLATE_NOOP("QueueView", "En atención"), (Status.EN_PROCESO,)),
    (QT_TRANSLATE_NOOP("QueueView", "En espera"), (Status.EN_ESPERA,)),
)
STALE_AFTER_S = 0.5  # coming back to the view re-reads the queue if it was loaded longer ago than this


def _empty_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setFont(big_font(parent, 3, bold=False))
    label.setStyleSheet("color: palette(dark); padding: 40px;")
    return label


class QueueView(QWidget):
    """The technician's start view (see the module docstring). Contract of `main_window.RoleView`."""

    report_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor: Session | None = None
        self.rows: list[QueueRow] = []  # the whole active queue (the filter shows part of it)
        self.allowed: frozenset[str] = frozenset()
        self._allowed_for: tuple | None = None  # what `allowed` was read for
        self._loaded_at = 0.0
        self._last_action = ""
        self.actions = ReportActions(self, exec_dialog=self._run_dialog)
        self.actions.changed.connect(self._report_changed)
        self.actions.message.connect(lambda text: self.show_message(text, warning=True))
        self.actions.info.connect(self.show_message)

        self.title = QLabel(self)
        self.title.setObjectName("queueTitle")
        self.title.setFont(big_font(self, 5))
        self.counts = QLabel(self)
        self.counts.setObjectName("queueCounts")
        self.counts.setFont(big_font(self, 1, bold=False))
        self.counts.setTextFormat(Qt.TextFormat.RichText)

        # Actions on the selected report.
        self.buttons: dict[str, QPushButton | QToolButton] = {}
        self.key_actions: dict[str, QAction] = {}
        bar = QHBoxLayout()
        self.open_button = EnterButton(_t("Abrir (Enter)"), self)
        self.open_button.setObjectName("openButton")
        self.open_button.setToolTip(_t("Abrir el reporte seleccionado"))
        self.open_button.clicked.connect(self.open_current)
        bar.addWidget(self.open_button)
        bar.addSpacing(12)
        for key, letter, label in QUICK_ACTIONS:
            action = QAction(_t(label), self)
            action.setObjectName(f"key_{key}")
            action.setShortcut(QKeySequence(letter))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # only while a list has the focus
            action.setToolTip(f"{_t(TIPS[key])} ({letter})")
            action.triggered.connect(lambda _checked=False, k=key: self.run_action(k))
            self.key_actions[key] = action
            if key == "workorder":
                button: QPushButton | QToolButton = QToolButton(self)
                button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                menu = QMenu(button)
                save = menu.addAction(_t("Guardar la orden de trabajo en PDF…"))
                save.setObjectName("saveWorkorder")
                save.triggered.connect(lambda: self.run_action("save_workorder"))
                self.save_workorder_action = save
                button.setMenu(menu)
                bar.addStretch(1)
            else:
                button = EnterButton(self)
            button.setObjectName(f"action_{key}")
            button.setText(f"{_t(label)} ({letter})")
            button.setToolTip(action.toolTip())
            button.clicked.connect(lambda _checked=False, k=key: self.run_action(k))
            self.buttons[key] = button
            bar.addWidget(button)

        self.message = QLabel(self)
        self.message.setObjectName("queueMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        # Tab 1: the queue.
        self.model = QueueModel(self)
        self.table = ReportTable(self)
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self._size_queue_columns()
        ScrollAnchor(self.table, self.model)
        self.filter = QComboBox(self)
        self.filter.setObjectName("statusFilter")
        for label, statuses in FILTERS:
            self.filter.addItem(_t(label), statuses)
        self.filter.currentIndexChanged.connect(lambda _i: self._show_rows())
        filter_label = QLabel(_t("&Estado:"), self)
        filter_label.setBuddy(self.filter)
        self.hint = QLabel(_t("Enter abre el reporte; las letras de los botones actúan sobre el seleccionado."),
                           self)
        self.hint.setStyleSheet("color: palette(dark);")
        self.empty = _empty_label(self, "queueEmpty")
        self.queue_stack = QStackedWidget(self)
        self.queue_stack.addWidget(self.table)
        self.queue_stack.addWidget(self.empty)
        queue_page = QWidget(self)
        ql = QVBoxLayout(queue_page)
        ql.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self.filter)
        row.addSpacing(16)
        row.addWidget(self.hint, 1)
        ql.addLayout(row)
        ql.addWidget(self.queue_stack, 1)

        # Tab 2: the day's visits.
        self.visits_model = VisitsModel(self)
        self.visits = ReportTable(self, arrows_move_days=True)
        self.visits.setObjectName("visitsTable")
        self.visits.setModel(self.visits_model)
        self.visits.setWordWrap(True)
        self._size_visit_columns()
        ScrollAnchor(self.visits, self.visits_model)
        self.day = QDateEdit(self)
        self.day.setObjectName("dayEdit")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd dd/MM/yyyy")
        self.day.setMinimumWidth(self.fontMetrics().horizontalAdvance("miércoles 30/09/2026") + 48)
        self.day.dateChanged.connect(lambda _d: self.load_visits())
        self.prev_day = QToolButton(self)
        self.prev_day.setObjectName("prevDay")
        self.prev_day.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_day.setToolTip(_t("Día anterior (←)"))
        self.prev_day.clicked.connect(lambda: self.step_day(-1))
        self.next_day = QToolButton(self)
        self.next_day.setObjectName("nextDay")
        self.next_day.setArrowType(Qt.ArrowType.RightArrow)
        self.next_day.setToolTip(_t("Día siguiente (→)"))
        self.next_day.clicked.connect(lambda: self.step_day(1))
        self.today_button = QPushButton(_t("Hoy"), self)
        self.today_button.setObjectName("todayButton")
        self.today_button.clicked.connect(self.go_today)
        day_label = QLabel(_t("&Día:"), self)
        day_label.setBuddy(self.day)
        self.day_summary = QLabel(self)
        self.day_summary.setObjectName("daySummary")
        self.visits_empty = _empty_label(self, "visitsEmpty")
        self.visits_stack = QStackedWidget(self)
        self.visits_stack.addWidget(self.visits)
        self.visits_stack.addWidget(self.visits_empty)
        visits_page = QWidget(self)
        vl = QVBoxLayout(visits_page)
        vl.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        row.addWidget(day_label)
        row.addWidget(self.prev_day)
        row.addWidget(self.day)
        row.addWidget(self.next_day)
        row.addWidget(self.today_button)
        row.addSpacing(16)
        row.addWidget(self.day_summary, 1)
        vl.addLayout(row)
        vl.addWidget(self.visits_stack, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("queueTabs")
        self.tabs.addTab(queue_page, _t("Mi cola"))
        self.tabs.addTab(visits_page, _t("Mis visitas"))
        self.tabs.setTabToolTip(0, _t("Sus reportes abiertos, el compromiso más cercano primero (Ctrl+Tab cambia)"))
        self.tabs.setTabToolTip(1, _t("Las visitas del día, por hora (Ctrl+Tab cambia)"))
        self.tabs.currentChanged.connect(self._tab_changed)

        for table in (self.table, self.visits):
            table.letters = {letter for _k, letter, _l in QUICK_ACTIONS}
            for action in self.key_actions.values():
                table.addAction(action)
            table.open_requested.connect(self.open_current)
            table.doubleClicked.connect(lambda _i: self.open_current())
            table.refused_key.connect(self._refused)
            table.selectionModel().currentRowChanged.connect(lambda _a, _b: self.update_actions())
            table.selectionModel().selectionChanged.connect(lambda _a, _b: self.update_actions())
        self.model.rows_changed.connect(self._after_rows_changed)
        self.visits.day_step.connect(self.step_day)
        # Rows as tall as their address, references and phones, measured again when the columns change width.
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.visits.resizeRowsToContents)
        self.visits_model.rows_changed.connect(self._fit_visit_rows)
        self.visits.horizontalHeader().sectionResized.connect(lambda *_a: self._fit_visit_rows())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addSpacing(16)
        head.addWidget(self.counts, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(head)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self.minute = QTimer(self)
        self.minute.setInterval(60_000)
        self.minute.timeout.connect(self.tick)
        self.minute.start()
        self.update_actions()

    # --- sizes -------------------------------------------------------------------------------------

    def _width(self, sample: str) -> int:
        return self.fontMetrics().horizontalAdvance(sample) + 24

    def _size_queue_columns(self) -> None:
        """Widths from the font and typical contents (never ResizeToContents over hundreds of rows); the
        address takes what is left."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_ADDRESS, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        bold = QFont(self.font())
        bold.setBold(True)
        widths = {COL_FOLIO: ("RV26-000000-0", True), COL_CUSTOMER: ("Martín Olvera Sánchez", False),
                  COL_ZONE: ("Poniente/T-00", False), COL_KIND: ("Consulta", False),
                  COL_STATUS: ("En atención", False), COL_VISIT: ("mañana 10:00", False),
                  COL_DUE: ("mañana 10:00", False), COL_LEFT: ("vencido hace 23 h", True)}
        for col, (sample, heavy) in widths.items():
            metrics = QFontMetrics(bold) if heavy else self.fontMetrics()
            header_text = self.model.headerData(col, Qt.Orientation.Horizontal)
            width = max(metrics.horizontalAdvance(sample), self.fontMetrics().horizontalAdvance(header_text))
            self.table.setColumnWidth(col, width + 16)
        self.table.horizontalHeader().setStretchLastSection(False)

    def _size_visit_columns(self) -> None:
        header = self.visits.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(VCOL_ADDRESS, QHeaderView.ResizeMode.Stretch)
        widths = {VCOL_TIME: "00:00–00:00", VCOL_FOLIO: "RV26-000000-0", VCOL_CUSTOMER: "María Guadalupe Hernández",
                  VCOL_REFERENCES: "Casa de dos pisos, portón negro", VCOL_PHONES: "444 123 4567",
                  VCOL_STATUS: "Técnico en el domicilio"}
        for col, sample in widths.items():
            self.visits.setColumnWidth(col, self._width(sample))

    # --- RoleView contract -------------------------------------------------------------------------

    def set_actor(self, actor: Session | object) -> None:
        self.actor = actor if isinstance(actor, Session) or actor is None else Session.of(actor)  # type: ignore[arg-type]
        self.actions.set_actor(self.actor)
        self.title.setText(self.actor.full_name if self.actor else "")
        self.day.blockSignals(True)
        self.day.setDate(QDate(self._local_today()))
        self.day.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """F5, and the first load: the queue and the day's visits, read again."""
        self.load_queue()
        self.load_visits()

    def focus_view(self) -> None:
        """The keyboard starts on the list, on the top row (re-read if the view was left a while)."""
        if time.monotonic() - self._loaded_at > STALE_AFTER_S:
            self.refresh()
        table = self.current_table()
        table.setFocus()
        if table.model().rowCount() and not table.selectionModel().selectedRows():
            row = max(table.currentIndex().row(), 0)
            table.selectRow(row)

    def apply_changes(self, changes: Changes) -> None:
        """Live refresh: read again only the reports other PCs touched that are (or may now be) in this queue:
        one indexed query over the changed ids, applied as a diff so selection and scroll stay."""
        if self.actor is None:
            return
        try:
            if changes.report_ids is None or changes.customer_ids is None:
                self.refresh()
                return
            ids = set(changes.report_ids)
            ids.update(r.id for r in self.rows if r.customer_id in changes.customer_ids)
            if not ids:
                return
            mine = self._reread(ids)
            # The day's list follows the reports it shows and those of the queue (a visit is scheduled on
            # one's own reports; one put on someone else's report from another PC shows at the next F5).
            if mine or any(v.report_id in ids for v in self.visits_model.rows()):
                self.load_visits()
        except DomainError as exc:
            self.show_message(exc.message)

    # --- loading -----------------------------------------------------------------------------------

    def load_queue(self) -> None:
        if self.actor is None:
            return
        try:
            self.rows = queries.technician_queue(self.actor.id)
        except DomainError as exc:
            self.show_message(exc.message)
            return
        self._loaded_at = time.monotonic()
        self._show_rows()

    def _reread(self, ids: Iterable[int]) -> set[int]:
        """Patch the queue with a fresh read of `ids`: rows that are still (or now) this technician's active
        reports replace or join; the others leave. Then the filter and the model diff. Returns the ids that
        were or are in the queue (none: nothing to redraw)."""
        asked = set(ids)
        fresh = {r.id: r for r in queries.technician_queue_among(self.actor.id, sorted(asked))}  # type: ignore[union-attr]
        mine = set(fresh) | {r.id for r in self.rows if r.id in asked}
        if not mine:
            return mine
        rows = [fresh.pop(r.id, r) for r in self.rows if r.id not in asked or r.id in fresh]
        rows.extend(fresh.values())
        rows.sort(key=lambda r: (r.resolution_due, r.id))
        self.rows = rows
        self._show_rows()
        return mine

    def _show_rows(self) -> None:
        statuses = self.filter.currentData()
        shown = self.rows if statuses is None else [r for r in self.rows if r.status in statuses]
        self.model.now = now_utc()
        self.model.set_rows(shown)
        self._update_counts()
        if not self.rows:
            self.empty.setText(_t("No tiene reportes pendientes. ¡Buen trabajo!"))
        elif not shown:
            self.empty.setText(_t("Ningún reporte «{0}» en su cola.").format(self.filter.currentText()
                                                                                .rsplit(" (", 1)[0]))
        self.queue_stack.setCurrentWidget(self.table if shown else self.empty)

    def _after_rows_changed(self) -> None:
        """A row that left (resolved, reassigned) leaves no hole in the selection: the row now in its place is
        selected, so the keyboard goes on."""
        table = self.table
        if self.model.rowCount() and not table.selectionModel().selectedRows():
            current = table.currentIndex()
            row = min(current.row() if current.isValid() else 0, self.model.rowCount() - 1)
            table.selectionModel().setCurrentIndex(self.model.index(row, 0),
                                                   QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                   | QItemSelectionModel.SelectionFlag.Rows)
        self.update_actions()

    def _update_counts(self) -> None:
        now = self.model.now
        urgencies = [r.urgency(now) for r in self.rows]
        n, overdue, soon, paused = (len(urgencies), urgencies.count("overdue"), urgencies.count("soon"),
                                    urgencies.count("paused"))
        parts = [_t("1 reporte") if n == 1 else _t("{0} reportes").format(n)]
        if n:
            if overdue:
                text = _t("1 vencido") if overdue == 1 else _t("{0} vencidos").format(overdue)
                parts.append(f'<span style="color:{DANGER}; font-weight:bold">{text}</span>')
            else:
                parts.append(_t("ninguno vencido"))
            if soon:
                text = (_t("1 vence en menos de 2 horas") if soon == 1
                        else _t("{0} vencen en menos de 2 horas").format(soon))
                parts.append(f'<span style="color:{AMBER}; font-weight:bold">{text}</span>')
            if paused:
                parts.append(_t("1 detenido por el cliente") if paused == 1
                             else _t("{0} detenidos por el cliente").format(paused))
        self.counts.setText(" · ".join(parts))
        for i, (label, statuses) in enumerate(FILTERS):
            count = n if statuses is None else sum(1 for r in self.rows if r.status in statuses)
            self.filter.setItemText(i, f"{_t(label)} ({count})")
        self.tabs.setTabText(0, _t("Mi cola ({0})").format(n))

    def load_visits(self) -> None:
        if self.actor is None:
            return
        day = self.day.date().toPython()
        try:
            visits = queries.day_visits(self.actor.id, day, self._tz())
        except DomainError as exc:
            self.show_message(exc.message)
            return
        self.visits_model.now = now_utc()
        self.visits_model.set_rows(visits)
        today = self._local_today()
        when = (_t("hoy") if day == today else _t("mañana") if day == today + dt.timedelta(days=1)
                else _t("ayer") if day == today - dt.timedelta(days=1) else "")
        if not visits:
            self.visits_empty.setText(_t("Sin visitas programadas para este día"))
            self.day_summary.setText("")
        else:
            pending = sum(1 for v in visits if v.status in (VisitStatus.PROGRAMADA, VisitStatus.EN_SITIO))
            count = _t("1 visita") if len(visits) == 1 else _t("{0} visitas").format(len(visits))
            self.day_summary.setText(count + (_t(", {0} por hacer").format(pending) if pending != len(visits)
                                              else ""))
        self.visits_stack.setCurrentWidget(self.visits if visits else self.visits_empty)
        self.tabs.setTabText(1, _t("Mis visitas de {0} ({1})").format(when, len(visits)) if when
                             else _t("Mis visitas ({0})").format(len(visits)))
        if visits and not self.visits.selectionModel().selectedRows():
            self.visits.selectRow(0)
        self.update_actions()

    def _tz(self) -> str:
        return self.rows[0].tz if self.rows else (queries.office_brief(self.actor.office_id if self.actor else None)
                                                  or queries.office_brief()).timezone

    def _local_today(self) -> dt.date:
        return to_local(now_utc(), self._tz()).date()

    def step_day(self, days: int) -> None:
        self.day.setDate(self.day.date().addDays(days))

    def go_today(self) -> None:
        self.day.setDate(QDate(self._local_today()))

    def tick(self) -> None:
        """Every minute: time left, colors and counts move on without a query."""
        self.model.set_now(now_utc())
        self.visits_model.now = self.model.now
        self._update_counts()

    # --- selection and actions ---------------------------------------------------------------------

    def current_table(self) -> ReportTable:
        return self.visits if self.tabs.currentIndex() == 1 else self.table

    def current_report_id(self) -> int | None:
        table = self.current_table()
        rows = table.selectionModel().selectedRows()
        index = rows[0] if rows else table.currentIndex()
        if not index.isValid() or table.model().rowCount() == 0:
            return None
        return index.data(REPORT_ROLE)

    def selected_key(self, table: QTableView | None = None) -> Hashable | None:
        table = table or self.current_table()
        rows = table.selectionModel().selectedRows()
        return rows[0].data(KEY_ROLE) if rows else None

    def select_report(self, report_id: int) -> None:
        row = self.model.row_of(report_id)
        if row is not None:
            self.table.selectRow(row)

    def _tab_changed(self, _index: int) -> None:
        self.update_actions()
        self.current_table().setFocus()
        self._fit_visit_rows()

    def _fit_visit_rows(self) -> None:
        """Visit rows as tall as their text: measured when the list is on screen (not while hidden)."""
        if self.tabs.currentIndex() == 1:
            self._fit_rows.start()

    def update_actions(self) -> None:
        """Enable what `allowed_actions` allows on the selected report; read again only when the selection or
        the selected row itself changed (a row is a fresh value after every change of its report)."""
        rid = self.current_report_id()
        table = self.current_table()
        index = table.currentIndex()
        shown = (self.actor, table is self.visits, rid,
                 table.model().row_at(index.row()) if rid is not None and index.isValid() else None)
        if shown == self._allowed_for:
            return
        self._allowed_for = shown
        try:
            self.allowed = (queries.allowed_actions(self.actor, rid) if rid is not None and self.actor is not None
                            else frozenset())
        except DomainError:
            self.allowed = frozenset()
        resume = "resume" in self.allowed and "start" not in self.allowed
        start_label = _t("Reanudar") if resume else _t("Iniciar")
        self.key_actions["start"].setText(start_label)
        self.buttons["start"].setText(f"{start_label} (I)")
        for key, _letter, _label in QUICK_ACTIONS:
            ok = key in self.allowed or (key == "start" and resume)
            self.key_actions[key].setEnabled(ok)
            self.buttons[key].setEnabled(ok)
        self.save_workorder_action.setEnabled("workorder" in self.allowed)
        self.open_button.setEnabled(rid is not None)

    def run_action(self, key: str) -> bool:
        """Run `key` (a ReportActions key) on the selected report."""
        rid = self.current_report_id()
        if rid is None or self.actor is None:
            return False
        if key == "start" and "start" not in self.allowed and "resume" in self.allowed:
            key = "resume"
        self.clear_message()
        self._last_action = key
        return self.actions.run(key, rid)

    def open_current(self) -> None:
        rid = self.current_report_id()
        if rid is not None:
            self.report_requested.emit(rid)

    def _refused(self, letter: str) -> None:
        rid = self.current_report_id()
        if rid is None:
            self.show_message(_t("Elija primero un reporte de la lista."), warning=True)
            return
        key, label = next((k, lab) for k, let, lab in QUICK_ACTIONS if let == letter)
        status = next((r.status for r in self.rows if r.id == rid), "")
        if not status:
            status = next((v.report_status for v in self.visits_model.rows() if v.report_id == rid), "")
        label = _t("Reanudar") if key == "start" and status == Status.EN_ESPERA else _t(label).rstrip("…")
        self.show_message(_t("«{0}» no se puede en este reporte ({1}).").format(
            label, tr_label(STATUS_SHORT.get(status, status))), warning=True)

    def exec_dialog(self, dialog: ActionDialog) -> int:
        """The seam tests replace to fill in and submit a dialog."""
        return dialog.exec()

    def _run_dialog(self, dialog: ActionDialog) -> int:
        return self.exec_dialog(dialog)

    def _report_changed(self, report_id: int) -> None:
        """An action saved: read that report again (it may leave the queue), then the day's visits."""
        folio = next((r.folio for r in self.rows if r.id == report_id), "")
        if not folio:
            folio = next((v.folio for v in self.visits_model.rows() if v.report_id == report_id), "")
        try:
            self._reread([report_id])
            self.load_visits()
        except DomainError as exc:
            self.show_message(exc.message)
            return
        done = DONE_MESSAGES.get(self._last_action)
        if done and folio:
            self.show_message(_t(done).format(folio))

    # --- messages ----------------------------------------------------------------------------------

    def show_message(self, text: str, warning: bool = False) -> None:
        bg, border = (WARNING_BG, WARNING_BORDER) if warning else (INFO_BG, INFO_BORDER)
        self.message.setStyleSheet(f"QLabel#queueMessage {{ background: {bg}; border: 1px solid {border}; "
                                   "border-radius: 4px; padding: 6px; }")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def clear_message(self) -> None:
        self.message.setText("")
        self.message.hide()


__all__ = ["COL_ADDRESS", "COL_DUE", "COL_FOLIO", "COL_LEFT", "COL_STATUS", "QueueModel", "QueueView",
           "VisitsModel"]
