"""The board («Tablero») of the technical lead and the manager, and the areas' inboxes.

On top, the areas: «Técnicos» (the technical area, for the roles with BOARD_VIEW), then one inbox per other
active area (billing, administration, customer service), each tab with its count of active reports; a
receptionist sees only the inboxes. Below, for the chosen area, the unassigned pile and one column per person
who may take its reports (technicians, or the office staff for an inbox), side by side as cards (scrolling
sideways when there are many people), or as one table grouped by person (the toggle at the top right, kept in
the settings: the table shows every field in full width, the columns are for dragging).

Assigning: drag a report onto a person's column (or onto «Sin asignar»), or select it and press the number in
the column's header (0 = «Sin asignar»; the focus stays in the column, on the next report, so a pile is sorted
with one key per report); A opens the assignment dialog with its suggestions, T turns the report over to
another area, Enter or a double click opens it, ← → move between columns. While a report is selected the
columns of whoever covers its zone are highlighted (`queries.suggest_assignees`). Every move is one service
call that writes its event ("assigned", "area").

Reads `queries.board(area)` (DTOs); writes through `services.reports` and `ReportActions`. Live refresh:
`apply_changes` re-reads the board when reports changed and updates each column with a diff
(`KeyedTableModel.set_rows`), so selections and scroll positions stay; a hidden board waits until shown.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Hashable
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ispdesk.core import queries
from ispdesk.core.clock import now_utc, to_local
from ispdesk.core.errors import DomainError
from ispdesk.core.permissions import ROLE_LABELS, Action, can
from ispdesk.core.present import place, short_dt, time_left
from ispdesk.core.queries import Board, Person, QueueRow
from ispdesk.core.queries.board_counts import area_counts
from ispdesk.core.services import reports
from ispdesk.core.session import Session
from ispdesk.core.vocab import AREA_TECNICA, KIND_LABELS, STATUS_SHORT
from ispdesk.ui.common.table_model import Index, KeyedTableModel, ScrollAnchor
from ispdesk.ui.common.vocab_tr import tr_label
from ispdesk.ui.common.widgets import DANGER, ErrorLabel
from ispdesk.ui.reports.actions import ActionDialog, ReportActions

log = logging.getLogger(__name__)

COL_FOLIO, COL_CUSTOMER, COL_ZONE, COL_KIND, COL_STATUS, COL_DUE = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("BoardModel", "Folio"),
    QT_TRANSLATE_NOOP("BoardModel", "Cliente"),
    QT_TRANSLATE_NOOP("BoardModel", "Zona / torre"),
    QT_TRANSLATE_NOOP("BoardModel", "Tipo"),
    QT_TRANSLATE_NOOP("BoardModel", "Estado"),
    QT_TRANSLATE_NOOP("BoardModel", "Plazo"),
)
MIME_TYPE = "application/x-ispdesk-reports"  # {"ids": [...], "from": [assignee id or null, ...]}
CARD_ROLE = Qt.ItemDataRole.UserRole + 1  # a report's `Card` (what the card delegate paints)
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2  # the person whose column or group the row is in (None: unassigned)

AMBER = "#9a6700"
MUTED = "#5f6368"
COVER = "#1e7e34"  # the columns of whoever covers the selected report's zone
COVER_BG = "#e6f4ea"
GROUP_BG = "#eef1f5"
COLUMN_MIN_WIDTH = 200
NUMBER_KEYS = 9  # people 1–9 get a key; 0 is «Sin asignar»
TICK_MS = 60_000  # time left is re-counted every minute
MESSAGE_MS = 8_000  # how long "RV26-… asignado a …" stays


def _t(text: str) -> str:
    return QCoreApplication.translate("BoardModel", text)


def short_left(due: dt.datetime, now: dt.datetime) -> str:
    """Time left in a few characters for a card: "vencido 3 d", "faltan 5 h", "faltan 80 min" (the table and
    the tooltip say it in full)."""
    seconds = int((due - now).total_seconds())
    span = abs(seconds)
    if span >= 86400:
        text = f"{span // 86400} d"
    elif span >= 2 * 3600:
        text = f"{span // 3600} h"
    else:
        text = f"{span // 60} min"
    return _t("vencido {0}").format(text) if seconds < 0 else _t("faltan {0}").format(text)


@dataclass(frozen=True)
class Card:
    """The three lines of a report's card in a column: folio and zone; customer and time left; status, kind."""

    folio: str
    place: str  # "Norte/T-03"
    customer: str
    due: str  # "vencido 2 d", "faltan 80 min", "en pausa"
    rest: str  # status (when it says more than the column does), visit, kind
    urgency: str  # "overdue", "soon", "paused", "ok", ""


@dataclass(frozen=True)
class GroupRow:
    """The grouped table's header row of a person (or of the unassigned pile), spanning every column."""

    person_id: int | None
    title: str  # "1 · Tomás Peña · Norte, Centro · 7 abiertos, 1 vencido"

    @property
    def key(self) -> tuple[str, int]:
        return ("persona", self.person_id or 0)


def read_payload(mime: QMimeData | None) -> tuple[list[int], list[int | None]] | None:
    """The report ids a drag carries and the person each came from; None for anything else."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    try:
        data = json.loads(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
        ids = [int(i) for i in data["ids"]]
        sources = [None if s is None else int(s) for s in data["from"]]
    except (ValueError, KeyError, TypeError):
        return None
    if len(ids) != len(sources) or not ids:
        return None
    return ids, sources


class BoardModel(KeyedTableModel):
    """One person's active reports (a column; `target` is that person, None for «Sin asignar»), or every report
    of the area grouped by person (`grouped`: a `GroupRow` heads each group). Reports are dragged out as
    MIME_TYPE; a drop asks for the move with `drop_requested(ids, person_id)` (the view calls the service)."""

    CONTEXT = "BoardModel"
    HEADERS = HEADERS
    drop_requested = Signal(list, object)  # report ids, the person (None: unassign)

    def __init__(self, target: int | None = None, *, grouped: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.grouped = grouped
        self.now = now_utc()
        self.covering: frozenset[int] = frozenset()  # grouped: people highlighted as covering the selection
        self._cards: dict[int, Card] = {}  # painted cards, until the rows or the time change
        self.rows_changed.connect(self._cards.clear)

    def key(self, row: QueueRow | GroupRow) -> Hashable:
        return row.key if isinstance(row, GroupRow) else row.id

    def tick(self, now: object = None) -> None:
        """Time passed: re-count the time left of every row."""
        self.now = now or now_utc()  # type: ignore[assignment]
        self._cards.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1), [])

    def report_rows(self) -> list[QueueRow]:
        return [r for r in self._rows if isinstance(r, QueueRow)]

    def set_covering(self, people: frozenset[int]) -> None:
        if people == self.covering:
            return
        self.covering = people
        last = len(HEADERS) - 1
        for i, row in enumerate(self._rows):
            if isinstance(row, GroupRow):
                self.dataChanged.emit(self.index(i, 0), self.index(i, last), [Qt.ItemDataRole.BackgroundRole])

    # --- what a row shows --------------------------------------------------------------------------

    def due_text(self, r: QueueRow) -> str:
        urgency = r.urgency(self.now)
        if urgency == "paused":
            return _t("plazo detenido: espera al cliente")
        if not urgency:
            return ""
        return time_left(r.resolution_due, self.now)[0]

    def status_text(self, r: QueueRow) -> str:
        text = tr_label(STATUS_SHORT.get(r.status, r.status))
        if r.next_visit is not None:
            text += " · " + _t("visita {0}").format(to_local(r.next_visit, r.tz).strftime("%d/%m %H:%M"))
        if r.priority == "alta":
            text += " · " + _t("prioridad alta")
        return text

    def card(self, r: QueueRow) -> Card:
        urgency = r.urgency(self.now)
        if urgency == "paused":
            due = _t("en pausa")
        elif urgency:
            due = short_left(r.resolution_due, self.now)
        else:
            due = ""
        parts = [] if r.status in ("abierto", "asignado") else [tr_label(STATUS_SHORT.get(r.status, r.status))]
        if r.next_visit is not None:
            parts.append(_t("visita {0}").format(to_local(r.next_visit, r.tz).strftime("%d/%m %H:%M")))
        if r.priority == "alta":
            parts.append(_t("prioridad alta"))
        parts.append(tr_label(KIND_LABELS.get(r.kind, r.kind)))
        return Card(r.folio, "/".join(p for p in (r.zone, r.tower) if p), r.customer_name, due, " · ".join(parts),
                    urgency)

    def tooltip(self, r: QueueRow) -> str:
        lines = [f"{r.folio} — {tr_label(KIND_LABELS.get(r.kind, r.kind))}",
                 f"{r.customer_name} ({r.customer_number})"]
        if r.address:
            lines.append(r.address)
        if place(r.zone, r.tower):
            lines.append(_t("Zona: {0}").format(place(r.zone, r.tower)))
        lines.append(_t("Estado: {0}").format(self.status_text(r)))
        due = short_dt(to_local(r.resolution_due, r.tz))
        left = self.due_text(r)
        lines.append(_t("Compromiso: {0}").format(f"{due} ({left})" if left else due))
        lines.append(_t("Asignado a: {0}").format(r.assignee_name) if r.assignee_id else _t("Sin asignar"))
        return "\n".join(lines)

    def cell(self, row: QueueRow | GroupRow, column: int, role: int) -> object:
        if isinstance(row, GroupRow):
            return self._group_cell(row, column, role)
        if role == GROUP_ROLE:
            return row.assignee_id
        if role == CARD_ROLE:
            card = self._cards.get(row.id)
            if card is None:
                card = self._cards[row.id] = self.card(row)
            return card
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_FOLIO:
                return row.folio
            if column == COL_CUSTOMER:
                return row.customer_name
            if column == COL_ZONE:
                return place(row.zone, row.tower)
            if column == COL_KIND:
                return tr_label(KIND_LABELS.get(row.kind, row.kind))
            if column == COL_STATUS:
                return self.status_text(row)
            if column == COL_DUE:
                left = self.due_text(row)
                if row.urgency(self.now) in ("paused", ""):
                    return left
                return f"{left} ({to_local(row.resolution_due, row.tz):%d/%m %H:%M})"
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DUE:
            color = {"overdue": DANGER, "soon": AMBER, "paused": MUTED}.get(row.urgency(self.now))
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.FontRole and column == COL_DUE and row.urgency(self.now) == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        return None

    def _group_cell(self, row: GroupRow, column: int, role: int) -> object:
        if role == GROUP_ROLE:
            return row.person_id
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title if column == 0 else None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            covers = row.person_id is not None and row.person_id in self.covering
            return QBrush(QColor(COVER_BG if covers else GROUP_BG))
        return None

    # --- drag and drop -----------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if isinstance(self.row_at(index.row()), GroupRow):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemIsDropEnabled)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData | None:  # type: ignore[override]
        numbers = sorted({i.row() for i in indexes if i.isValid()})
        picked = [r for r in (self.row_at(n) for n in numbers) if isinstance(r, QueueRow)]
        if not picked:
            return None
        mime = QMimeData()
        payload = {"ids": [r.id for r in picked], "from": [r.assignee_id for r in picked]}
        mime.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode("utf-8")))
        mime.setText("\n".join(r.folio for r in picked))  # dropped in a text editor: the folios
        return mime

    def drop_target(self, row: int, parent: Index) -> tuple[bool, int | None]:
        """(whether a drop here means someone, who): a column is its person; in the grouped table, the group of
        the row dropped on."""
        if not self.grouped:
            return True, self.target
        at = parent.row() if parent.isValid() else row
        if at is None or at < 0 or not self._rows:
            return False, None
        target = self._rows[min(at, len(self._rows) - 1)]
        return True, target.person_id if isinstance(target, GroupRow) else target.assignee_id

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        payload = read_payload(data)
        if payload is None:
            return False
        ok, target = self.drop_target(row, parent)
        return ok and any(source != target for source in payload[1])

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if action == Qt.DropAction.IgnoreAction or not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids, sources = read_payload(data)  # type: ignore[misc]
        _ok, target = self.drop_target(row, parent)
        self.drop_requested.emit([i for i, s in zip(ids, sources, strict=True) if s != target], target)
        return True


class CardDelegate(QStyledItemDelegate):
    """A report as a card of three lines: folio and zone; customer; time left (red overdue, amber within two
    hours, grey while the customer stopped the clock), status and kind. A coloured bar on the left repeats the
    urgency."""

    @staticmethod
    def height_for(widget: QWidget) -> int:
        return 3 * widget.fontMetrics().lineSpacing() + 12

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(COLUMN_MIN_WIDTH, 3 * option.fontMetrics.lineSpacing() + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = text if selected else QColor(MUTED)
        urgent = {"overdue": DANGER, "soon": AMBER, "paused": "#9aa0a6"}.get(card.urgency)
        painter.save()
        rect = opt.rect
        if urgent:
            painter.fillRect(QRect(rect.left() + 1, rect.top() + 3, 4, rect.height() - 6), QColor(urgent))
        fm = opt.fontMetrics
        line = fm.lineSpacing()
        x, width = rect.left() + 10, rect.width() - 16
        y = rect.top() + 5
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        bold = QFont(opt.font)
        bold.setBold(True)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        # 1: folio; zone and tower at the right
        painter.setFont(bold)
        painter.setPen(text)
        folio_w = painter.fontMetrics().horizontalAdvance(card.folio)
        painter.drawText(QRect(x, y, width, line), left, card.folio)
        painter.setFont(opt.font)
        painter.setPen(muted)
        room = max(0, width - folio_w - 6)
        painter.drawText(QRect(x + width - room, y, room, line), right,
                         fm.elidedText(card.place, Qt.TextElideMode.ElideRight, room))
        # 2: customer; the time left at the right, in its colour (bold when overdue, italic while paused)
        y += line
        due_w = 0
        if card.due:
            due_font = QFont(bold if card.urgency == "overdue" else opt.font)
            due_font.setItalic(card.urgency == "paused")
            painter.setFont(due_font)
            color = {"overdue": DANGER, "soon": AMBER, "paused": MUTED}.get(card.urgency)
            painter.setPen(text if selected or color is None else QColor(color))
            due_w = min(painter.fontMetrics().horizontalAdvance(card.due), width)
            painter.drawText(QRect(x + width - due_w, y, due_w, line), right, card.due)
            painter.setFont(opt.font)
        painter.setPen(text)
        room = max(0, width - due_w - (6 if due_w else 0))
        painter.drawText(QRect(x, y, room, line), left, fm.elidedText(card.customer, Qt.TextElideMode.ElideRight,
                                                                      room))
        # 3: status (when it says more than the column), visit, kind
        y += line
        painter.setPen(muted)
        painter.drawText(QRect(x, y, width, line), left, fm.elidedText(card.rest, Qt.TextElideMode.ElideRight, width))
        painter.setPen(QColor("#e0e0e0"))
        painter.drawLine(rect.left() + 6, rect.bottom(), rect.right() - 6, rect.bottom())
        painter.restore()


class BoardTable(QTableView):
    """A column's list or the grouped table. While a report is being dragged out of it, `dragging` is true
    (the live refresh waits: it could replace the list the drag started from)."""

    dragging = False  # on the class: one drag at a time in the application

    def startDrag(self, supported: Qt.DropAction) -> None:
        BoardTable.dragging = True
        try:
            super().startDrag(supported)
        finally:
            BoardTable.dragging = False
            self.drag_finished()

    def drag_finished(self) -> None:
        """Set by the board: re-read what the live refresh held back."""


def _setup_table(table: QTableView, model: BoardModel, *, cards: bool) -> None:
    """Shared by the columns and the grouped table: rows selected whole, dragged out and dropped on, fixed row
    heights (never sized to contents: an area may hold thousands of reports)."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setDragEnabled(True)
    table.setAcceptDrops(True)
    table.setDropIndicatorShown(False)
    table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
    table.setDefaultDropAction(Qt.DropAction.MoveAction)
    table.setDragDropOverwriteMode(True)  # a drop lands on a row (its person), never between rows
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    vh = table.verticalHeader()
    vh.hide()
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    hh = table.horizontalHeader()
    if cards:
        table.setItemDelegateForColumn(COL_FOLIO, CardDelegate(table))
        vh.setDefaultSectionSize(CardDelegate.height_for(table))
        table.setShowGrid(False)
        hh.hide()
        for column in range(1, len(HEADERS)):
            table.setColumnHidden(column, True)
        hh.setSectionResizeMode(COL_FOLIO, QHeaderView.ResizeMode.Stretch)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setFrameShape(QFrame.Shape.NoFrame)
    else:
        vh.setDefaultSectionSize(table.fontMetrics().lineSpacing() + 10)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        em = table.fontMetrics().horizontalAdvance("M")
        for column, width in ((COL_FOLIO, 10), (COL_CUSTOMER, 17), (COL_ZONE, 9), (COL_KIND, 12),
                              (COL_STATUS, 21)):
            hh.resizeSection(column, width * em)
        hh.setHighlightSections(False)


class ElidedLabel(QLabel):
    """One line of plain text cut with "…" when the column is narrow; the whole text in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setMinimumWidth(1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 1)))


class BoardColumn(QFrame):
    """One person's column (or «Sin asignar»): a header with the key number, the name, the zones and the load,
    and the cards. Dropping a report anywhere on it (header included) assigns it to that person."""

    def __init__(self, person_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_id = person_id
        self.person: Person | None = None
        self.number = 0
        self.covers = False
        self.cover_zone = ""
        self.summary = ""
        self.setObjectName("boardColumn")
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # the header: [key] name / zones / load / "covers the zone"; one line each, so the cards start level
        self.key_label = QLabel(self)
        self.key_label.setObjectName("columnKey")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_label = ElidedLabel(self)
        self.name_label.setObjectName("columnName")
        bold = QFont(self.font())
        bold.setBold(True)
        self.name_label.setFont(bold)
        self.zones_label = ElidedLabel(self)
        self.zones_label.setObjectName("columnZones")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("columnCount")
        self.count_label.setTextFormat(Qt.TextFormat.RichText)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.cover_label = QLabel(self)
        self.cover_label.setObjectName("coverLabel")
        self.cover_label.setFixedHeight(self.fontMetrics().lineSpacing() + 2)
        self.model = BoardModel(person_id, parent=self)
        self.table = BoardTable(self)
        self.table.setObjectName("columnTable")
        _setup_table(self.table, self.model, cards=True)
        self.anchor = ScrollAnchor(self.table, self.model)
        header = self.header = QWidget(self)
        header.setObjectName("columnHeader")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        hl = QVBoxLayout(header)
        hl.setContentsMargins(8, 6, 8, 2)
        hl.setSpacing(1)
        title = QHBoxLayout()
        title.setSpacing(6)
        title.addWidget(self.key_label)
        title.addWidget(self.name_label, 1)
        hl.addLayout(title)
        hl.addWidget(self.zones_label)
        hl.addWidget(self.count_label)
        hl.addWidget(self.cover_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.table, 1)
        self.setAcceptDrops(True)
        self.setProperty("covers", False)

    def tr(self, text: str) -> str:  # type: ignore[override]
        return QCoreApplication.translate("BoardColumn", text)

    def set_data(self, person: Person | None, number: int, rows: list[QueueRow], now: object, *,
                 texts: tuple[str, str, str, str]) -> None:
        """`texts`: the name, the zones (or a note), the load as rich text, and all of it in one plain line."""
        self.person = person
        self.number = number
        self.model.now = now  # type: ignore[assignment]
        self.model.set_rows(rows)
        name, note, count, summary = texts
        key = f"{number}" if number <= NUMBER_KEYS else ""
        self.key_label.setText(key)
        self.key_label.setVisible(bool(key))
        self.key_label.setToolTip(self.tr("Oprima {0} con un reporte seleccionado para pasárselo a esta "
                                          "columna.").format(key) if key else "")
        self.name_label.set_full_text(name)
        self.zones_label.set_full_text(note)
        self.count_label.setText(count)
        self.summary = summary
        self.setToolTip(summary)
        self.setAccessibleName(summary)

    def retarget(self, person_id: int | None) -> None:
        """The column now shows someone else (its rows are replaced by the next `set_data`)."""
        self.person_id = person_id
        self.model.target = person_id
        if self.covers:
            self.set_cover(False, "")

    def set_cover(self, covers: bool, zone: str) -> None:
        self.covers = covers
        self.cover_zone = zone if covers else ""
        self.cover_label.setText(self.tr("✔ Cubre la zona {0}").format(zone) if covers else "")
        self._style()

    def _style(self) -> None:
        """The look comes from COLUMN_STYLE (set once on the strip); "covers" switches the green variant."""
        self.setProperty("covers", self.covers)
        self.header.setProperty("covers", self.covers)
        for widget in (self, self.header):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    # dropping on the header (or anywhere on the column) is the same as dropping on its list
    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return self.model.canDropMimeData(event.mimeData(), Qt.DropAction.MoveAction, -1, -1, QModelIndex())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        if self.model.dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, -1, -1, QModelIndex()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()


# The columns' look, set once on the strip that holds them (one style sheet per column costs a re-polish each).
COLUMN_STYLE = (
    "QFrame#boardColumn { border: 1px solid #c9ced6; border-radius: 4px; background: palette(base); }"
    f"QFrame#boardColumn[covers=\"true\"] {{ border: 2px solid {COVER}; }}"
    "QWidget#columnHeader { background: #f4f6f8; border-bottom: 1px solid #dadce0; }"
    f"QWidget#columnHeader[covers=\"true\"] {{ background: {COVER_BG}; }}"
    f"QLabel#coverLabel {{ color: {COVER}; font-weight: bold; }}"
    f"QLabel#columnZones {{ color: {MUTED}; }}"
    "QLabel#columnKey { background: #3c4043; color: white; border-radius: 3px; padding: 0 5px; font-weight: bold; }"
)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class BoardView(QWidget):
    """See the module's docstring. `report_requested(id)` opens a report; `exec_dialog` is the tests' seam for
    the action dialogs."""

    report_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor: Session | None = None
        self.area = AREA_TECNICA
        self.board: Board | None = None
        self.people: list[Person] = []  # in column order (column n+1 is people[n])
        self.groups: dict[int | None, list[QueueRow]] = {}
        self.columns: list[BoardColumn] = []
        self.now = now_utc()
        self._areas: list[str] = []  # the tabs' area codes
        self._area_names: dict[str, str] = {}
        self._rows: dict[int, QueueRow] = {}
        self._active: QTableView | None = None  # the list the selection is in
        self._selected: int | None = None  # that report, to find it again after a refresh moved it
        self._syncing = False
        self._stale = False
        self._pending: str = ""  # the ReportActions key being run
        self._filling = False  # a refresh is replacing rows: selection signals are not the user's
        self._extra: set[int] = set()  # people shown because they hold reports, who may not take more here
        self.covering: frozenset[int] = frozenset()  # who covers the selected report's zone
        self.mode = "columns"
        self.actions = ReportActions(self, exec_dialog=lambda d: self.exec_dialog(d))
        self.actions.changed.connect(self._after_action)
        self.actions.message.connect(self.show_message)

        self.tabs = QTabBar(self)
        self.tabs.setObjectName("areaTabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.columns_button = QToolButton(self)
        self.columns_button.setText(self.tr("Columnas"))
        self.table_button = QToolButton(self)
        self.table_button.setText(self.tr("Tabla agrupada"))
        self.columns_button.setToolTip(self.tr("Una columna por persona, lado a lado: para arrastrar reportes"))
        self.table_button.setToolTip(self.tr("Una sola tabla con todos los datos, agrupada por persona"))
        self.mode_group = QButtonGroup(self)
        for button in (self.columns_button, self.table_button):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.mode_group.addButton(button)
        self.columns_button.setChecked(True)
        self.mode_group.buttonClicked.connect(
            lambda b: self.set_mode("columns" if b is self.columns_button else "table"))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.tabs, 1)
        top.addWidget(QLabel(self.tr("Ver:"), self))
        top.addWidget(self.columns_button)
        top.addWidget(self.table_button)

        self.assign_button = QPushButton(self.tr("Asignar… (A)"), self)
        self.assign_button.setToolTip(self.tr("Elegir a quién, con sugerencias por zona y carga"))
        self.assign_button.clicked.connect(self.assign_selected)
        self.area_button = QPushButton(self.tr("Turnar a otra área… (T)"), self)
        self.area_button.clicked.connect(self.turn_selected)
        self.open_button = QPushButton(self.tr("Abrir (Enter)"), self)
        self.open_button.clicked.connect(self.open_selected)
        for button in (self.assign_button, self.area_button, self.open_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.keys_label = QLabel(self)
        self.keys_label.setObjectName("keysHint")
        self.keys_label.setStyleSheet(f"color: {MUTED};")
        self.keys_label.setToolTip(self.tr(
            "1–9: pasar el reporte a la persona con ese número\n0: dejarlo sin asignar\n"
            "A: asignar con sugerencias (zona y carga)\nT: turnar a otra área\nEnter o doble clic: abrirlo\n"
            "← →: cambiar de columna\nMayús o Ctrl + clic: varios reportes a la vez"))
        # what happened (green) or went wrong (red) shows where the hint is, so the columns never move
        self.message_label = QLabel(self)
        self.message_label.setObjectName("boardMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {COVER}; font-weight: bold;")
        self.message_label.hide()
        self.error_label = ErrorLabel(self)
        self.message_timer = QTimer(self)
        self.message_timer.setSingleShot(True)
        self.message_timer.setInterval(MESSAGE_MS)
        self.message_timer.timeout.connect(lambda: self.show_message(""))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.assign_button)
        bar.addWidget(self.area_button)
        bar.addWidget(self.open_button)
        bar.addSpacing(12)
        bar.addWidget(self.keys_label, 1)
        bar.addWidget(self.message_label, 1)
        bar.addWidget(self.error_label, 1)

        self.strip = QWidget()
        self.strip.setObjectName("boardStrip")
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip_layout.setSpacing(6)
        self.strip.setStyleSheet(COLUMN_STYLE)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("boardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.strip)

        self.grouped_model = BoardModel(grouped=True, parent=self)
        self.grouped_table = BoardTable(self)
        self.grouped_table.setObjectName("groupedTable")
        _setup_table(self.grouped_table, self.grouped_model, cards=False)
        self.grouped_anchor = ScrollAnchor(self.grouped_table, self.grouped_model)
        self.grouped_model.rows_changed.connect(self._update_spans)
        self.grouped_model.drop_requested.connect(self.move)
        self._connect_table(self.grouped_table)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.scroll)
        self.pages.addWidget(self.grouped_table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step_area(s))

        self.clock = QTimer(self)
        self.clock.setInterval(TICK_MS)
        self.clock.timeout.connect(self._tick)
        self._restore_mode()
        self._update_hint()
        self._update_buttons()

    # --- the seams and the main window's contract ------------------------------------------------------

    def exec_dialog(self, dialog: ActionDialog) -> int:
        return dialog.exec()

    def set_actor(self, actor: Session | None) -> None:
        """Who works here: the tabs they may see. The board is read now if shown, else when first shown (a
        receptionist signs in to the search; her inboxes cost nothing until she opens them)."""
        self.actor = actor
        self.actions.set_actor(actor)
        self._build_tabs()
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True
        if actor is not None:
            self.clock.start()
        else:
            self.clock.stop()

    def focus_view(self) -> None:
        """Where the keyboard starts: the list with the selection, else the unassigned pile's first report."""
        if self._stale:
            self.refresh()
        table = self._active if self._active is not None and self._active.isVisible() else None
        if table is None:
            table = self.grouped_table if self.mode == "table" else (self.columns[0].table if self.columns else None)
        if table is None:
            return
        table.setFocus()
        if not table.selectionModel().hasSelection():
            self._select_row(table, 0)

    def apply_changes(self, changes: object) -> None:
        """Live refresh: another PC (or this one) changed reports; re-read the board, keeping selection and
        scroll. A hidden board only notes it and re-reads when shown."""
        if self.actor is None or not getattr(changes, "any_report", True):
            return
        if not self.isVisible() or BoardTable.dragging:
            self._stale = True
            return
        self.refresh()

    def _drag_finished(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self.actor is None or not self._areas:
            self._clear()
            return
        self._stale = False
        try:
            board = queries.board(self.area)
            counts = area_counts()
        except Exception as exc:  # a lost connection: say so, try again on the next change or F5
            log.warning("Tablero: no se pudo leer", exc_info=True)
            self._stale = True
            self.show_error(exc.message if isinstance(exc, DomainError)
                            else self.tr("No se pudo leer el tablero; se intentará de nuevo."))
            return
        if self.error_label.text() == self.tr("No se pudo leer el tablero; se intentará de nuevo."):
            self.clear_error()
        self.now = now_utc()
        self._set_counts(counts)
        self._apply(board)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- areas and modes -----------------------------------------------------------------------------

    def _build_tabs(self) -> None:
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        self._areas = []
        actor = self.actor
        if actor is not None:
            names = {a.code: a.label for a in queries.areas()}
            self._area_names = {**names, AREA_TECNICA: self.tr("Técnicos")}
            if can(actor, Action.BOARD_VIEW):  # type: ignore[arg-type]
                self._areas.append(AREA_TECNICA)
            if can(actor, Action.INBOX_VIEW):  # type: ignore[arg-type]
                self._areas.extend(code for code in names if code != AREA_TECNICA)
        for code in self._areas:
            index = self.tabs.addTab(self._area_names.get(code, code))
            self.tabs.setTabData(index, code)
            about = (self.tr("Reportes activos de {0}").format(self._area_names.get(code, code))
                     if code != AREA_TECNICA else self.tr("Los reportes técnicos y los técnicos"))
            self.tabs.setTabToolTip(index, about + "\n" + self.tr("Ctrl+AvPág / Ctrl+RePág: la siguiente o la "
                                                                  "anterior"))
        if self.area not in self._areas and self._areas:
            from ispdesk.ui.shell.main_window import settings

            remembered = settings().value("board/area", "")
            self.area = remembered if remembered in self._areas else self._areas[0]
        if self._areas:
            self.tabs.setCurrentIndex(self._areas.index(self.area))
        self.tabs.blockSignals(False)

    def area_codes(self) -> list[str]:
        """The areas of the tabs, in order (what the user may pick)."""
        return list(self._areas)

    def set_area(self, code: str) -> None:
        if code in self._areas:
            self.tabs.setCurrentIndex(self._areas.index(code))

    def step_area(self, step: int) -> None:
        """Ctrl+PgDown / Ctrl+PgUp: the next or previous tab."""
        if self._areas:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % len(self._areas))

    def _tab_changed(self, index: int) -> None:
        if not 0 <= index < len(self._areas) or self._areas[index] == self.area:
            return
        self.area = self._areas[index]
        from ispdesk.ui.shell.main_window import settings

        settings().setValue("board/area", self.area)
        self._selected = None
        self._active = None
        self.show_message("")
        self.clear_error()
        self.refresh()
        self.scroll.horizontalScrollBar().setValue(0)  # another area starts at the top left
        for table in self._tables():
            table.scrollToTop()
        self.focus_view()

    def _set_counts(self, counts: dict[str, int]) -> None:
        for index, code in enumerate(self._areas):
            text = f"{self._area_names.get(code, code)} ({counts.get(code, 0):,})"
            if self.tabs.tabText(index) != text:
                self.tabs.setTabText(index, text)

    def set_mode(self, mode: str) -> None:
        """"columns" (side by side) or "table" (one table grouped by person); remembered in the settings."""
        if mode not in ("columns", "table"):
            return
        (self.columns_button if mode == "columns" else self.table_button).setChecked(True)
        if mode == self.mode:
            return
        selected = self._selected
        self.mode = mode
        self.pages.setCurrentIndex(0 if mode == "columns" else 1)
        self._update_hint()
        if mode == "columns":
            self.grouped_model.set_rows([])  # the hidden table does not follow the refreshes
        else:
            for column in self.columns:
                column.model.set_rows([])
        self._active = None
        self._selected = selected
        if self.board is not None:
            self._apply(self.board)
        self._save_mode()

    def _update_hint(self) -> None:
        self.keys_label.setText(
            self.tr("Para asignar, arrastre el reporte a una columna u oprima el número de la columna "
                    "(0: sin asignar).") if self.mode == "columns" else
            self.tr("Para asignar, arrastre el reporte a otro grupo u oprima el número del grupo (0: sin asignar)."))

    def _restore_mode(self) -> None:
        from ispdesk.ui.shell.main_window import settings

        mode = settings().value("board/mode", "columns")
        self.set_mode(mode if mode in ("columns", "table") else "columns")

    def _save_mode(self) -> None:
        from ispdesk.ui.shell.main_window import settings

        settings().setValue("board/mode", self.mode)

    # --- filling ---------------------------------------------------------------------------------------

    def _clear(self) -> None:
        self.board = None
        self.people = []
        self.groups = {}
        self._rows = {}
        for column in self.columns:
            column.model.set_rows([])
        self.grouped_model.set_rows([])

    def _apply(self, board: Board) -> None:
        groups: dict[int | None, list[QueueRow]] = {None: []}
        for row in board.rows:
            groups.setdefault(row.assignee_id, []).append(row)
        people = list(board.people)
        known = {p.id for p in people}
        for pid, rows in groups.items():
            if pid is not None and pid not in known:  # holds reports but may not take this area's: still shown
                people.append(Person(id=pid, name=rows[0].assignee_name, username="", role="", phone="",
                                     load=len(rows), zones=()))
                known.add(pid)
        self.board, self.people, self.groups = board, people, groups
        self._extra = {p.id for p in people} - {p.id for p in board.people}
        self._rows = {r.id: r for r in board.rows}
        self._filling = True
        try:
            if self.mode == "columns":
                self._fill_columns()
            else:
                self._fill_table()
            self._reselect()
        finally:
            self._filling = False
        rows = self.selected_rows()
        self._selected = rows[0].id if rows else None
        self._update_buttons()
        self._show_cover()

    def _texts(self, person: Person | None) -> tuple[str, str, str, str]:
        """A column's header: (name, zones or a note, the load as rich text, all of it as one plain line
        "Tomás Peña · Norte, Centro · 7 abiertos, 1 vencido")."""
        rows = self.groups.get(person.id if person else None, [])
        overdue = sum(1 for r in rows if r.urgency(self.now) == "overdue")
        name = person.name if person else self.tr("Sin asignar")
        count = self.tr("1 abierto") if len(rows) == 1 else self.tr("{0} abiertos").format(len(rows))
        late = "" if not overdue else (self.tr("1 vencido") if overdue == 1
                                       else self.tr("{0} vencidos").format(overdue))
        note = ""
        if person is None:
            note = self.tr("Nadie los tiene aún")
        elif person.id in self._extra:
            note = self.tr("No recibe reportes de esta área")
        elif person.zones:
            note = ", ".join(person.zones)
        elif self.area == AREA_TECNICA:
            note = self.tr("sin zonas")
        else:
            note = tr_label(ROLE_LABELS.get(person.role, person.role))
        load = f"{count}, {late}" if late else count
        rich = _html(count) + (f", <span style='color:{DANGER}; font-weight:bold'>{_html(late)}</span>"
                               if late else "")
        if person is not None and person.load > len(rows):  # also holds reports of other areas
            note = " · ".join(p for p in (note, self.tr("{0} en total").format(person.load)) if p)
        plain = " · ".join(p for p in (name, note if person is not None else "", load) if p)
        return name, note, rich, plain

    def _fill_columns(self) -> None:
        wanted = [None, *(p.id for p in self.people)]
        lost_focus = [c.person_id for c in self.columns] != wanted and self._rebuild_columns(wanted)
        for number, column in enumerate(self.columns):
            person = self.people[number - 1] if number else None
            column.set_data(person, number, self.groups.get(column.person_id, []), self.now,
                            texts=self._texts(person))
        if lost_focus:
            self.focus_view()

    def _rebuild_columns(self, wanted: list[int | None]) -> bool:
        """Make one column per entry of `wanted` (person ids, None first): the columns there are are handed to
        the new people (another area, or someone joined), the surplus ones go. True when the focus was in a
        list that went away."""
        lost_focus = False
        while len(self.columns) > len(wanted):
            column = self.columns.pop()
            if column.isAncestorOf(QApplication.focusWidget()):
                # else hiding the focused list hands the focus to the next one, and the scroll area runs after it
                self.tabs.setFocus()
                lost_focus = True
            if self._active is column.table:
                self._active = None
            self.strip_layout.removeWidget(column)
            column.hide()
            column.deleteLater()
        for column, pid in zip(self.columns, wanted, strict=False):
            if column.person_id != pid:
                column.retarget(pid)
        for pid in wanted[len(self.columns):]:
            column = BoardColumn(pid, self.strip)
            column.model.drop_requested.connect(self.move)
            self._connect_table(column.table)
            self.strip_layout.addWidget(column)
            self.columns.append(column)
        return lost_focus

    def _fill_table(self) -> None:
        rows: list[QueueRow | GroupRow] = []
        for number, person in enumerate([None, *self.people]):
            summary = self._texts(person)[3]
            title = f"{number} · {summary}" if number <= NUMBER_KEYS else summary
            rows.append(GroupRow(person.id if person else None, title))
            rows.extend(self.groups.get(person.id if person else None, []))
        self.grouped_model.now = self.now
        self.grouped_model.set_rows(rows)

    def _update_spans(self) -> None:
        table = self.grouped_table
        table.clearSpans()
        for index, row in enumerate(self.grouped_model.rows()):
            if isinstance(row, GroupRow):
                table.setSpan(index, 0, 1, len(HEADERS))

    def _tick(self) -> None:
        """Every minute: time left and the overdue counts move on."""
        if self.board is None or not self.isVisible():
            return
        self.now = now_utc()
        self._apply(self.board)
        for model in self._models():
            model.tick(self.now)

    # --- selection ---------------------------------------------------------------------------------------

    def _models(self) -> list[BoardModel]:
        return [c.model for c in self.columns] + [self.grouped_model]

    def _tables(self) -> list[QTableView]:
        return [c.table for c in self.columns] + [self.grouped_table]

    def _connect_table(self, table: BoardTable) -> None:
        table.drag_finished = self._drag_finished  # type: ignore[method-assign]
        table.installEventFilter(self)
        table.selectionModel().selectionChanged.connect(lambda *_a, t=table: self._selection_changed(t))
        table.doubleClicked.connect(lambda index, t=table: self._open_index(t, index))
        table.customContextMenuRequested.connect(lambda pos, t=table: self._context_menu(t, pos))

    def _selection_changed(self, table: QTableView) -> None:
        if self._syncing or self._filling:
            return
        if table.selectionModel().hasSelection():
            self._syncing = True
            try:
                for other in self._tables():
                    if other is not table and other.selectionModel().hasSelection():
                        other.clearSelection()
            finally:
                self._syncing = False
            self._active = table
        rows = self.selected_rows()
        self._selected = rows[0].id if rows else None
        if self.error_label.isVisibleTo(self):  # the user moved on
            self.clear_error()
        self._update_buttons()
        self._show_cover()

    def selected_rows(self) -> list[QueueRow]:
        """The reports selected (in one list at a time), top to bottom."""
        table = self._active
        if table is None:
            return []
        model = table.model()
        numbers = sorted({i.row() for i in table.selectionModel().selectedRows()})
        rows = [model.row_at(n) for n in numbers]  # type: ignore[attr-defined]
        return [r for r in rows if isinstance(r, QueueRow)]

    def selected_ids(self) -> list[int]:
        return [r.id for r in self.selected_rows()]

    def select_report(self, report_id: int) -> bool:
        """Select a report where it is shown now (its person's column, or its row of the table)."""
        table = self._current_table_for(report_id)
        row = table.model().row_of(report_id) if table is not None else None  # type: ignore[attr-defined]
        if table is None or row is None:
            return False
        self._select_row(table, row)
        return True

    def _current_table_for(self, report_id: int) -> QTableView | None:
        if self.mode == "table":
            return self.grouped_table
        row = self._rows.get(report_id)
        if row is None:
            return None
        for column in self.columns:
            if column.person_id == row.assignee_id:
                return column.table
        return None

    def _select_row(self, table: QTableView, row: int) -> None:
        model = table.model()
        count = model.rowCount()
        if count == 0:
            return
        row = max(0, min(row, count - 1))
        for step in (1, -1):  # the grouped table's group rows cannot be selected
            probe = row
            while 0 <= probe < count and not (model.flags(model.index(probe, 0)) & Qt.ItemFlag.ItemIsSelectable):
                probe += step
            if 0 <= probe < count:
                table.setCurrentIndex(model.index(probe, 0))
                table.selectRow(probe)
                table.scrollTo(model.index(probe, 0))
                return

    def _reselect(self) -> None:
        """After a refresh: a selected report that another PC moved to someone else stays selected there."""
        rid = self._selected
        if rid is None or any(t.selectionModel().hasSelection() for t in self._tables()):
            return
        table = self._current_table_for(rid)
        if table is None:
            self._selected = None
            return
        had_focus = self._active is not None and self._active.hasFocus()
        row = table.model().row_of(rid)  # type: ignore[attr-defined]
        if row is None:
            return
        self._select_row(table, row)
        self._active = table
        if had_focus:
            table.setFocus()

    def _update_buttons(self) -> None:
        has = bool(self.selected_rows())
        may_assign = self.actor is not None and can(self.actor, Action.REPORT_ASSIGN)  # type: ignore[arg-type]
        self.assign_button.setEnabled(has and may_assign)
        self.area_button.setEnabled(has and may_assign)
        self.open_button.setEnabled(has)

    def _show_cover(self) -> None:
        """Highlight the columns (or groups) of whoever covers the selected report's zone."""
        rows = self.selected_rows()
        row = rows[0] if rows else None
        covering: frozenset[int] = frozenset()
        if row is not None and row.zone and any(p.zones for p in self.people):
            try:  # only when someone here covers zones at all (an inbox's staff do not): one query per selection
                covering = frozenset(p.id for p in queries.suggest_assignees(row.id) if p.covers)
            except DomainError:
                covering = frozenset()
        zone = row.zone if row is not None else ""
        for column in self.columns:
            covers = column.person_id is not None and column.person_id in covering
            if (covers, zone if covers else "") != (column.covers, column.cover_zone):
                column.set_cover(covers, zone)
        self.grouped_model.set_covering(covering)
        self.covering = covering

    # --- keys, menu, double click ----------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(obj, QTableView) and obj in self._tables()
                and self._key(obj, event)):  # type: ignore[arg-type]
            return True
        return super().eventFilter(obj, event)

    def _key(self, table: QTableView, event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                   | Qt.KeyboardModifier.MetaModifier):
            return False
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.move_selected_to(key - Qt.Key.Key_0)
            return True
        if key == Qt.Key.Key_A:
            self.assign_selected()
            return True
        if key == Qt.Key.Key_T:
            self.turn_selected()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_selected()
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and table is not self.grouped_table:
            self._step_column(table, -1 if key == Qt.Key.Key_Left else 1)
            return True
        return False

    def _step_column(self, table: QTableView, step: int) -> None:
        tables = [c.table for c in self.columns]
        if table not in tables:
            return
        at = tables.index(table) + step
        if not 0 <= at < len(tables):
            return
        row = max(table.currentIndex().row(), 0)
        target = tables[at]
        target.setFocus()
        self._select_row(target, row)
        self.scroll.ensureWidgetVisible(self.columns[at], 0, 0)

    def _open_index(self, table: QTableView, index: QModelIndex) -> None:
        row = table.model().row_at(index.row())  # type: ignore[attr-defined]
        if isinstance(row, QueueRow):
            self.report_requested.emit(row.id)

    def _context_menu(self, table: QTableView, pos: QPoint) -> None:
        index = table.indexAt(pos)
        if not index.isValid():
            return
        if not table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            table.setCurrentIndex(index)
            table.selectRow(index.row())
        rows = self.selected_rows()
        if not rows:
            return
        menu = self.build_menu(rows)
        menu.exec(table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def build_menu(self, rows: list[QueueRow]) -> QMenu:
        """The right-click menu of the selected reports: open, pass to a person (by number), unassign, assign
        with suggestions, turn over."""
        menu = QMenu(self)
        menu.addAction(self.tr("Abrir el reporte\tEnter"), self.open_selected)
        menu.addSeparator()
        to = menu.addMenu(self.tr("Pasar a"))
        covering = getattr(self, "covering", frozenset())
        for number, person in enumerate(self.people, start=1):
            label = person.name + (self.tr(" (cubre la zona)") if person.id in covering else "")
            action = to.addAction(f"{label}\t{number}" if number <= NUMBER_KEYS else label)
            action.setEnabled(any(r.assignee_id != person.id for r in rows))
            action.triggered.connect(lambda _c=False, pid=person.id: self.move(self.selected_ids(), pid))
        unassign = menu.addAction(self.tr("Dejar sin asignar\t0"), lambda: self.move(self.selected_ids(), None))
        unassign.setEnabled(any(r.assignee_id is not None for r in rows))
        menu.addAction(self.tr("Asignar con sugerencias…\tA"), self.assign_selected)
        menu.addAction(self.tr("Turnar a otra área…\tT"), self.turn_selected)
        return menu

    # --- the moves -------------------------------------------------------------------------------------

    def move_selected_to(self, number: int) -> None:
        """The key pressed on a report: 0 unassigns, n passes it to the person of column n."""
        ids = self.selected_ids()
        if not ids:
            self.show_message(self.tr("Seleccione primero un reporte."))
            return
        if number == 0:
            self.move(ids, None)
            return
        if number > len(self.people):
            self.show_error(self.tr("No hay columna {0}.").format(number))
            return
        self.move(ids, self.people[number - 1].id)

    def move(self, ids: list[int], person_id: int | None) -> None:
        """Assign the reports to `person_id` (None: back to «Sin asignar»): one service call (and one event)
        each. The list they left keeps the focus, on the report that took their place."""
        if self.actor is None or not ids:
            return
        place_kept = self._place()
        done: list[int] = []
        errors: list[str] = []
        for rid in ids:
            row = self._rows.get(rid)
            if row is not None and row.assignee_id == person_id:
                continue
            try:
                if person_id is None:
                    reports.unassign(self.actor, rid)
                else:
                    reports.assign(self.actor, rid, person_id)
            except DomainError as exc:
                folio = row.folio if row is not None else ""
                errors.append(f"{folio}: {exc.message}" if folio and len(ids) > 1 else exc.message)
            else:
                done.append(rid)
        moved = [self._rows[r] for r in done if r in self._rows]
        self._refresh_keeping(place_kept)
        if errors:
            self.show_error(" ".join(errors))
        else:
            self.clear_error()
        if done:
            self.show_message(self._moved_text(moved, len(done), person_id))

    def _place(self) -> tuple[QTableView | None, int, bool]:
        """(the list, its first selected row, whether it has the focus) before a move."""
        table = self._active
        if table is None:
            return None, 0, False
        first = min((i.row() for i in table.selectionModel().selectedRows()), default=0)
        return table, first, table.hasFocus()

    def _refresh_keeping(self, kept: tuple[QTableView | None, int, bool]) -> None:
        """Re-read after a move. A column keeps the focus on the report that took the moved one's place (the
        next of the pile: one key per report); the grouped table keeps the moved report selected."""
        table, first, focused = kept
        if table is not self.grouped_table:
            self._selected = None
        self.refresh()
        if table is None or table is self.grouped_table or table not in self._tables():
            return
        if not table.selectionModel().hasSelection():
            self._select_row(table, first)
        if focused:
            table.setFocus()

    def _moved_text(self, moved: list[QueueRow], count: int, person_id: int | None) -> str:
        name = next((p.name for p in self.people if p.id == person_id), "")
        if count == 1 and moved:
            if person_id is None:
                return self.tr("{0} quedó sin asignar.").format(moved[0].folio)
            return self.tr("{0} asignado a {1}.").format(moved[0].folio, name)
        if person_id is None:
            return self.tr("{0} reportes quedaron sin asignar.").format(count)
        return self.tr("{0} reportes asignados a {1}.").format(count, name)

    def _first_selected(self) -> int | None:
        ids = self.selected_ids()
        if not ids:
            self.show_message(self.tr("Seleccione primero un reporte."))
            return None
        return ids[0]

    def assign_selected(self) -> None:
        """A: the assignment dialog, its suggestions first (zone, then technicians before the lead, then load)."""
        rid = self._first_selected()
        if rid is not None:
            self._pending = "assign"
            self._run_action("assign", rid)

    def turn_selected(self) -> None:
        """T: turn the report over to another area (it leaves this board for that inbox)."""
        rid = self._first_selected()
        if rid is not None:
            self._pending = "area"
            self._run_action("area", rid)

    def _run_action(self, key: str, rid: int) -> None:
        try:
            self.actions.run(key, rid)
        except DomainError as exc:  # the report changed or vanished before the dialog opened
            self.show_error(exc.message)
            self.refresh()
        finally:
            self._pending = ""

    def open_selected(self) -> None:
        rid = self._first_selected()
        if rid is not None:
            self.report_requested.emit(rid)

    def _after_action(self, rid: int) -> None:
        before = self._rows.get(rid)
        key = self._pending
        self._refresh_keeping(self._place())
        after = self._rows.get(rid)
        folio = before.folio if before else ""
        if after is None:
            self.show_message(self.tr("{0} turnado: ya no está en esta bandeja.").format(folio) if key == "area"
                              else self.tr("{0}: guardado.").format(folio))
        elif key == "assign" and after.assignee_id is not None:
            self.show_message(self.tr("{0} asignado a {1}.").format(folio, after.assignee_name))
            self.clear_error()
        else:
            self.show_message(self.tr("{0}: guardado.").format(folio))

    # --- messages ----------------------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        """A line saying what was done, for a few seconds, in place of the keys' hint."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        if text:
            self.message_timer.start()
        self._update_hint_visibility()

    def show_error(self, text: str) -> None:
        """What went wrong, in red, until the next thing is done."""
        self.error_label.show_error(text)
        if text:
            self.message_label.hide()
        self._update_hint_visibility()

    def clear_error(self) -> None:
        self.error_label.clear_error()
        self._update_hint_visibility()

    def _update_hint_visibility(self) -> None:
        self.keys_label.setVisible(not (self.message_label.isVisibleTo(self) or self.error_label.isVisibleTo(self)))
