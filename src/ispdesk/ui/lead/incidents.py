"""Mass outages (incidentes): the list, and for the chosen incident its linked reports, the faults of its zone that
could join, and every affected customer with phones, hours without service and the compensation owed.

Declare, resolve (every linked report at once) and notify all through `ispdesk.core.services.incidents`; the
screen reads DTOs from `ispdesk.core.queries.incidents`. Slow work (a zone of 14,000 customers, resolving 500
reports, the CSV) runs with `run_task`. Seams for tests: `IncidentsView.exec_dialog`, and the module functions
`open_url`, `ask_save_path` and `confirm`.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ispdesk.core import queries
from ispdesk.core.clock import DEFAULT_TIMEZONE, now_utc, to_local
from ispdesk.core.errors import DomainError
from ispdesk.core.messages import incident_notice_text
from ispdesk.core.permissions import Action, can
from ispdesk.core.phones import format_phone
from ispdesk.core.present import duration_words, short_dt
from ispdesk.core.queries import incidents as q
from ispdesk.core.services import incidents as svc
from ispdesk.core.session import Session
from ispdesk.core.vocab import (
    CAUSE_CATEGORY_LABELS,
    CHANNEL_LABELS,
    INCIDENT_STATUS_LABELS,
    STATUS_SHORT,
    CauseCategory,
    Channel,
)
from ispdesk.ui.common.table_model import Index as _Index
from ispdesk.ui.common.table_model import ReadOnlyTableModel
from ispdesk.ui.common.tasks import run_task
from ispdesk.ui.common.vocab_tr import tr_label
from ispdesk.ui.common.widgets import DANGER, INFO_BG, INFO_BORDER, ErrorLabel, big_font
from ispdesk.ui.reports.actions import ActionDialog, text_edit

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what a click on a header sorts by (amounts as numbers, names as spoken)
MUTED = "#5f6368"


# --- seams --------------------------------------------------------------------------------------------------

def open_url(url: QUrl) -> bool:
    """Open a link with the system (WhatsApp Web or the app); tests replace it."""
    return QDesktopServices.openUrl(url)


def ask_save_path(parent: QWidget, suggested: str) -> str:
    """Ask where to save the CSV; "" when cancelled. Tests replace it."""
    title = QCoreApplication.translate("IncidentsView", "Guardar la lista de clientes afectados")
    kinds = QCoreApplication.translate("IncidentsView", "Hoja de cálculo CSV (*.csv)")
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
    if path and not path.lower().endswith(".csv"):
        path += ".csv"
    return path


def confirm(parent: QWidget, title: str, text: str, ok_text: str) -> bool:
    """A yes/no question before something that cannot be undone; tests replace it."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


# --- formatting ---------------------------------------------------------------------------------------------

def _local(value: dt.datetime | None, tz: str) -> str:
    return short_dt(to_local(value, tz)) if value else ""


def _money(value: Decimal | None) -> str:
    return "" if value is None else f"${value:,.2f}"


def _hours(value: Decimal) -> str:
    return f"{value:,.1f} h"


def _count(n: int) -> str:
    return f"{n:,}"


# --- table models -------------------------------------------------------------------------------------------

class _RowsModel(ReadOnlyTableModel):
    """A table of whole DTOs in `rows`, replaced all at once by `set_rows` (a reset: the lists are short, or
    re-read whole)."""

    rows: list[Any]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def _row(self, index: _Index) -> Any | None:
        """The DTO `index` points at, or None outside the table."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or index.column() >= len(self.HEADERS):
            return None
        return self.rows[index.row()]


class IncidentListModel(_RowsModel):
    """The incidents: open ones first (in red), then the resolved ones."""

    CONTEXT = "IncidentListModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("IncidentListModel", "Estado"),
        QT_TRANSLATE_NOOP("IncidentListModel", "Incidente"),
        QT_TRANSLATE_NOOP("IncidentListModel", "Zona / torre"),
        QT_TRANSLATE_NOOP("IncidentListModel", "Inicio"),
        QT_TRANSLATE_NOOP("IncidentListModel", "Reportes"),
    )
    COL_STATUS, COL_TITLE, COL_PLACE, COL_STARTED, COL_REPORTS = range(5)
    rows: list[q.IncidentRow]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def row_of(self, incident_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == incident_id), -1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        r, col = self._row(index), index.column()
        if r is None:
            return None
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_STATUS and r.is_open:
            return QBrush(QColor(DANGER))
        if role == Qt.ItemDataRole.FontRole and r.is_open and col == self.COL_STATUS:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_REPORTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if col == self.COL_STATUS:
            return tr_label(INCIDENT_STATUS_LABELS.get(r.status, r.status))
        if col == self.COL_PLACE:
            return r.place
        if col == self.COL_TITLE:
            return r.title
        if col == self.COL_STARTED:
            return _local(r.started_at, r.tz)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("IncidentListModel", "{0} reportes vinculados, {1} en atención").format(
                r.linked, r.active)
        return str(r.linked)


class ReportRowsModel(_RowsModel):
    """Reports of an incident (linked, or candidates to link): folio, customer, tower, status, opened."""

    CONTEXT = "ReportRowsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ReportRowsModel", "Folio"),
        QT_TRANSLATE_NOOP("ReportRowsModel", "Cliente"),
        QT_TRANSLATE_NOOP("ReportRowsModel", "Torre"),
        QT_TRANSLATE_NOOP("ReportRowsModel", "Estado"),
        QT_TRANSLATE_NOOP("ReportRowsModel", "Levantado"),
    )
    COL_FOLIO, COL_CUSTOMER, COL_TOWER, COL_STATUS, COL_OPENED = range(5)
    rows: list[q.IncidentReport]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        r, col = self._row(index), index.column()
        if r is None:
            return None
        if role == ID_ROLE:
            return r.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if col == self.COL_FOLIO:
            return r.folio
        if col == self.COL_CUSTOMER:
            return f"{r.customer_name} ({r.customer_number})"
        if col == self.COL_TOWER:
            return r.tower
        if col == self.COL_STATUS:
            if r.notified:
                return QCoreApplication.translate("ReportRowsModel", "Avisado, por cerrar")
            return tr_label(STATUS_SHORT.get(r.status, r.status))
        return _local(r.opened_at, r.tz)


class CandidatesModel(ReportRowsModel):
    """The candidates, each with a check box on its folio. Those opened since the outage began start checked:
    they are almost surely the outage; older faults of the zone may be something else."""

    CONTEXT = "ReportRowsModel"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checked: set[int] = set()

    def set_candidates(self, rows: list[q.IncidentReport], since: dt.datetime | None,
                       keep: bool = False) -> None:
        """`keep`: the same incident re-read; what the user checked or unchecked stays, new faults get the
        default."""
        before = {r.id for r in self.rows}
        checked = self.checked
        self.beginResetModel()
        self.rows = list(rows)
        default = {r.id for r in rows if since is not None and r.opened_at >= since}
        if keep:
            default = {r.id for r in rows if (r.id in checked if r.id in before else r.id in default)}
        self.checked = default
        self.endResetModel()

    def checked_ids(self) -> list[int]:
        return [r.id for r in self.rows if r.id in self.checked]

    def set_all(self, on: bool) -> None:
        self.checked = {r.id for r in self.rows} if on else set()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def toggle(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            index = self.index(row, self.COL_FOLIO)
            on = self.rows[row].id not in self.checked
            self.setData(index, Qt.CheckState.Checked.value if on else Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.COL_FOLIO:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.CheckStateRole:
            if not index.isValid() or not 0 <= index.row() < len(self.rows) or index.column() != self.COL_FOLIO:
                return None
            on = self.rows[index.row()].id in self.checked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != self.COL_FOLIO \
                or not 0 <= index.row() < len(self.rows):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        rid = self.rows[index.row()].id
        if state == Qt.CheckState.Checked.value:
            self.checked.add(rid)
        else:
            self.checked.discard(rid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class AffectedModel(_RowsModel):
    """Every customer the outage reaches (a zone can have 14,000): who called is marked. What the manager checks
    first (who, how to reach them, hours, compensation) comes first; the address last."""

    CONTEXT = "AffectedModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AffectedModel", "Número"),
        QT_TRANSLATE_NOOP("AffectedModel", "Nombre"),
        QT_TRANSLATE_NOOP("AffectedModel", "Teléfonos"),
        QT_TRANSLATE_NOOP("AffectedModel", "Reportó"),
        QT_TRANSLATE_NOOP("AffectedModel", "Horas"),
        QT_TRANSLATE_NOOP("AffectedModel", "Compensación"),
        QT_TRANSLATE_NOOP("AffectedModel", "Plan"),
        QT_TRANSLATE_NOOP("AffectedModel", "Precio"),
        QT_TRANSLATE_NOOP("AffectedModel", "Torre"),
        QT_TRANSLATE_NOOP("AffectedModel", "Domicilio"),
    )
    (COL_NUMBER, COL_NAME, COL_PHONES, COL_REPORTED, COL_HOURS, COL_COMPENSATION, COL_PLAN, COL_PRICE, COL_TOWER,
     COL_ADDRESS) = range(10)
    _RIGHT = (COL_HOURS, COL_COMPENSATION, COL_PRICE)
    rows: list[q.AffectedCustomer]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        c, col = self._row(index), index.column()
        if c is None:
            return None
        if role == ID_ROLE:
            return c.id
        if role == SORT_ROLE:
            return self._sort_value(index.row(), c, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in self._RIGHT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col == self.COL_REPORTED:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_COMPENSATION and c.compensation is not None:
            return QCoreApplication.translate("AffectedModel", "{0} proporcional + {1} de bonificación").format(
                _money(c.proportional), _money(c.bonus))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if col == self.COL_NUMBER:
            return c.number
        if col == self.COL_NAME:
            return c.name
        if col == self.COL_PHONES:
            return c.phones_text
        if col == self.COL_REPORTED:
            return QCoreApplication.translate("AffectedModel", "Sí") if c.reported else ""
        if col == self.COL_HOURS:
            return f"{c.hours:,.1f}"
        if col == self.COL_COMPENSATION:
            return _money(c.compensation)
        if col == self.COL_PLAN:
            return c.plan
        if col == self.COL_PRICE:
            return _money(c.plan_price)
        if col == self.COL_TOWER:
            return c.tower
        return c.address

    def _sort_value(self, row: int, c: q.AffectedCustomer, col: int) -> object:
        if col == self.COL_NAME:
            return row  # the rows come sorted by name the Spanish way
        if col == self.COL_REPORTED:
            return int(c.reported)
        if col == self.COL_HOURS:
            return float(c.hours)
        if col == self.COL_COMPENSATION:
            return float(c.compensation) if c.compensation is not None else -1.0
        if col == self.COL_PRICE:
            return float(c.plan_price) if c.plan_price is not None else -1.0
        return self.data(self.index(row, col), Qt.ItemDataRole.DisplayRole)


# --- tables -------------------------------------------------------------------------------------------------

class RowTable(QTableView):
    """A read-only table of whole rows: Enter (or a double click) opens the row; Space toggles its check box."""

    activated_row = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else in the form
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)
        self.doubleClicked.connect(lambda index: self.activated_row.emit(index.row()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self.activated_row.emit(index.row())
            return
        if event.key() == Qt.Key.Key_Space and isinstance(self.model(), CandidatesModel):
            index = self.currentIndex()
            if index.isValid():
                self.model().toggle(index.row())  # type: ignore[union-attr]
            return
        super().keyPressEvent(event)

    def select_first(self) -> None:
        if self.model() is not None and self.model().rowCount() > 0:
            self.setCurrentIndex(self.model().index(0, 0))


# --- dialogs ------------------------------------------------------------------------------------------------

def _datetime_edit(parent: QWidget, value: dt.datetime, tz: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    edit.setCalendarPopup(True)
    local = to_local(value, tz)
    edit.setDateTime(QDateTime(local.date(), local.time().replace(second=0, microsecond=0)))
    return edit


def _aware(edit: QDateTimeEdit, tz: str) -> dt.datetime:
    """The edit's wall time in the office's zone (what the user typed is local time)."""
    return edit.dateTime().toPython().replace(tzinfo=ZoneInfo(tz))


class FormDialog(ActionDialog):
    """An `ActionDialog` that can say what it is about to do, check and ask before doing it, and do slow work off
    the GUI thread.

    `check()` validates without writing (and may raise DomainError); `ask()` asks for confirmation; then
    `action()` runs here (quick work) or `task()` off the GUI thread with the dialog waiting (buttons off, a line
    saying what is being done). Their result is kept in `result_value`."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, ok_text, parent)
        self.intro = QLabel(self)
        self.intro.setObjectName("dialogIntro")
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.hide()
        self.check: Callable[[], None] | None = None
        self.ask: Callable[[], bool] | None = None
        self.task: Callable[[], Any] | None = None
        self.busy_text = ""
        self.busy = False
        layout = self.layout()
        layout.insertWidget(0, self.intro)
        layout.insertWidget(layout.indexOf(self.buttons), self.busy_label)

    def set_intro(self, text: str, strong: bool = False) -> None:
        self.intro.setText(text)
        self.intro.setStyleSheet(f"background: {INFO_BG}; border: 1px solid {INFO_BORDER}; border-radius: 4px; "
                                 f"padding: 8px;{' font-weight: bold;' if strong else ''}")
        self.intro.show()

    def submit(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        try:
            if self.check is not None:
                self.check()
        except DomainError as exc:
            self.errors.show(exc)
            return
        if self.ask is not None and not self.ask():
            return
        if self.task is None:
            super().submit()
            return
        self._set_busy(True)
        run_task(self.task, self._done, self._failed, self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.buttons.setEnabled(not busy)
        for widget in self.widgets.values():
            widget.setEnabled(not busy)
        self.busy_label.setText(self.busy_text)
        self.busy_label.setVisible(busy and bool(self.busy_text))

    def _done(self, result: Any) -> None:
        self.result_value = result
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, DomainError):
            self.errors.show(exc)
        else:
            self.general.show_error(self.tr("No se pudo completar: {0}").format(exc))

    def reject(self) -> None:
        if not self.busy:  # the work under way finishes (or fails) whole; the dialog stays until then
            super().reject()


# --- the view -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Loaded:
    """One incident read off the GUI thread."""

    detail: q.IncidentDetail
    candidates: list[q.IncidentReport]
    terms: q.OutageTerms
    affected: list[q.AffectedCustomer]


def _load(incident_id: int, affected: bool = True) -> _Loaded:
    """Everything the screen shows of one incident; without `affected`, only the reports (the zone's customers
    are the slow part: 14,000 of them take half a second)."""
    detail, candidates = q.incident_detail(incident_id), q.link_candidates(incident_id)
    if not affected:
        return _Loaded(detail, candidates, None, [])  # type: ignore[arg-type]  # filled in from the shown one
    return _Loaded(detail, candidates, q.outage_terms(incident_id), q.affected_customers(incident_id))


class IncidentsView(QWidget):
    """The incidents screen. `set_actor(session)` before use; `report_requested(id)` asks the window to open a
    report; `refresh()` re-reads everything (F5)."""

    report_requested = Signal(int)
    loaded = Signal(int)  # an incident's detail is on screen (tests and the window may wait on it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor: Session | None = None
        self.current: _Loaded | None = None
        self._loading: int | None = None
        self._selecting = False
        self._generation = 0
        self._flash = ""  # what was just done, said once above the next step after the reload
        self.busy = False

        title = QLabel(self.tr("Incidentes masivos"), self)
        title.setFont(big_font(self, 6))
        self.declare_button = QPushButton(self.tr("&Declarar incidente…"), self)
        self.declare_button.setObjectName("declareButton")
        self.declare_button.clicked.connect(self.do_declare)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.declare_button)

        # the list
        self.list_model = IncidentListModel(self)
        self.list = RowTable(self)
        self.list.setObjectName("incidentList")
        self.list.setModel(self.list_model)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(IncidentListModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        self.list.activated_row.connect(lambda _row: self.tabs.setFocus())

        # the detail
        self.title_label = QLabel(self)
        self.title_label.setObjectName("incidentTitle")
        self.title_label.setFont(big_font(self, 3))
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("incidentStatus")
        self.status_label.setFont(big_font(self, 1))
        self.info_label = QLabel(self)
        self.info_label.setObjectName("incidentInfo")
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resolve_button = QPushButton(self.tr("&Resolver incidente…"), self)
        self.resolve_button.setObjectName("resolveButton")
        self.resolve_button.clicked.connect(self.do_resolve)
        self.notify_button = QPushButton(self.tr("Avi&sar a todos…"), self)
        self.notify_button.setObjectName("notifyButton")
        self.notify_button.clicked.connect(self.do_notify)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setStyleSheet(f"color: {MUTED};")
        self.error_label = ErrorLabel(self)

        # tab 1: linked reports
        self.linked_model = ReportRowsModel(self)
        self.linked = RowTable(self)
        self.linked.setObjectName("linkedTable")
        self.linked.setModel(self.linked_model)
        self._fit(self.linked, ReportRowsModel.COL_CUSTOMER)
        self.linked.activated_row.connect(lambda row: self._open_report(self.linked_model, row))
        linked_page = QWidget(self)
        ll = QVBoxLayout(linked_page)
        ll.addWidget(self.linked, 1)
        hint = QLabel(self.tr("Enter o doble clic abre el reporte."), linked_page)
        hint.setStyleSheet(f"color: {MUTED};")
        ll.addWidget(hint)

        # tab 2: candidates
        self.candidates_model = CandidatesModel(self)
        self.candidates = RowTable(self)
        self.candidates.setObjectName("candidatesTable")
        self.candidates.setModel(self.candidates_model)
        self._fit(self.candidates, ReportRowsModel.COL_CUSTOMER)
        self.candidates.activated_row.connect(lambda row: self._open_report(self.candidates_model, row))
        self.candidates_model.dataChanged.connect(lambda *_: self._update_link_button())
        self.candidates_model.modelReset.connect(self._update_link_button)
        self.all_button = QPushButton(self.tr("Marcar todos"), self)
        self.all_button.clicked.connect(lambda: self.candidates_model.set_all(True))
        self.none_button = QPushButton(self.tr("Desmarcar todos"), self)
        self.none_button.clicked.connect(lambda: self.candidates_model.set_all(False))
        self.link_button = QPushButton(self.tr("Vi&ncular seleccionados"), self)
        self.link_button.setObjectName("linkButton")
        self.link_button.clicked.connect(self.do_link)
        cand_page = QWidget(self)
        cl = QVBoxLayout(cand_page)
        cand_hint = QLabel(self.tr("Fallas activas de la zona que aún no están vinculadas. Las levantadas desde el "
                                   "inicio del incidente ya están marcadas; Espacio marca o desmarca."), cand_page)
        cand_hint.setWordWrap(True)
        cand_hint.setStyleSheet(f"color: {MUTED};")
        cl.addWidget(cand_hint)
        cl.addWidget(self.candidates, 1)
        crow = QHBoxLayout()
        crow.addWidget(self.all_button)
        crow.addWidget(self.none_button)
        crow.addStretch(1)
        crow.addWidget(self.link_button)
        cl.addLayout(crow)

        # tab 3: affected customers
        self.affected_model = AffectedModel(self)
        self.affected_proxy = QSortFilterProxyModel(self)
        self.affected_proxy.setSourceModel(self.affected_model)
        self.affected_proxy.setFilterKeyColumn(-1)
        self.affected_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.affected_proxy.setSortRole(SORT_ROLE)
        self.affected = RowTable(self)
        self.affected.setObjectName("affectedTable")
        self.affected.setModel(self.affected_proxy)
        ah = self.affected.horizontalHeader()
        ah.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ah.setStretchLastSection(True)
        ah.setSortIndicator(AffectedModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.affected.setSortingEnabled(True)  # by compensation, by who reported…
        for col, width in ((AffectedModel.COL_NUMBER, 80), (AffectedModel.COL_NAME, 200),
                           (AffectedModel.COL_PHONES, 190), (AffectedModel.COL_REPORTED, 62),
                           (AffectedModel.COL_HOURS, 56), (AffectedModel.COL_COMPENSATION, 104),
                           (AffectedModel.COL_PLAN, 110), (AffectedModel.COL_PRICE, 76), (AffectedModel.COL_TOWER, 56),
                           (AffectedModel.COL_ADDRESS, 280)):
            self.affected.setColumnWidth(col, width)
        self.affected.selectionModel().currentRowChanged.connect(lambda *_: self._update_phone_choice())
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("affectedSummary")
        self.summary_label.setWordWrap(True)
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("affectedFilter")
        self.filter_box.setPlaceholderText(self.tr("Filtrar por nombre, número, teléfono o domicilio…"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.affected_proxy.setFilterFixedString)
        self.phone_combo = QComboBox(self)
        self.phone_combo.setObjectName("phoneCombo")
        self.phone_combo.setMinimumContentsLength(14)
        self.wa_button = QPushButton(self.tr("Abrir &WhatsApp"), self)
        self.wa_button.setObjectName("whatsAppButton")
        self.wa_button.setToolTip(self.tr("Abre WhatsApp con el aviso de la falla escrito, para el cliente "
                                          "seleccionado; usted lo revisa y lo envía."))
        self.wa_button.clicked.connect(self.do_whatsapp)
        self.csv_button = QPushButton(self.tr("&Exportar CSV…"), self)
        self.csv_button.setObjectName("csvButton")
        self.csv_button.clicked.connect(self.do_export)
        aff_page = QWidget(self)
        al = QVBoxLayout(aff_page)
        al.addWidget(self.summary_label)
        al.addWidget(self.filter_box)
        al.addWidget(self.affected, 1)
        arow = QHBoxLayout()
        arow.addWidget(QLabel(self.tr("Teléfono:"), aff_page))
        arow.addWidget(self.phone_combo)
        arow.addWidget(self.wa_button)
        arow.addStretch(1)
        arow.addWidget(self.csv_button)
        al.addLayout(arow)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("incidentTabs")
        self.tabs.addTab(linked_page, "")
        self.tabs.addTab(cand_page, "")
        self.tabs.addTab(aff_page, "")
        self._tab_titles(None)

        detail = QWidget(self)
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(8, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignTop)
        dl.addLayout(top)
        dl.addWidget(self.info_label)
        actions = QHBoxLayout()
        actions.addWidget(self.resolve_button)
        actions.addWidget(self.notify_button)
        actions.addStretch(1)
        dl.addLayout(actions)
        dl.addWidget(self.message_label)
        dl.addWidget(self.error_label)
        dl.addWidget(self.tabs, 1)

        self.empty_label = QLabel(self.tr(
            "No hay incidentes registrados.\n\nCuando se caiga una torre o una zona, declare un incidente: las "
            "fallas de esa zona se vinculan a él, se resuelven todas juntas y se avisa a los clientes."), self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(f"color: {MUTED}; padding: 40px;")
        self.detail_stack = QStackedWidget(self)
        self.detail_stack.addWidget(self.empty_label)
        self.detail_stack.addWidget(detail)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([450, 890])
        self.list.setMinimumWidth(340)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        sep = QFrame(self)
        sep.setFrameShape(QFrame.Shape.HLine)
        sep.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(sep)
        layout.addWidget(self.splitter, 1)
        # the keyboard goes list → actions → the tab bar → the page under it (Ctrl+Tab switches pages)
        chain = (self.declare_button, self.list, self.resolve_button, self.notify_button, self.tabs, self.linked,
                 self.candidates, self.all_button, self.none_button, self.link_button, self.filter_box,
                 self.affected, self.phone_combo, self.wa_button, self.csv_button)
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        self.setFocusProxy(self.list)  # the window focusing the screen lands on the list
        self._update_actions()

    @staticmethod
    def _fit(table: QTableView, stretch: int) -> None:
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # --- showing -------------------------------------------------------------------------------------------

    def set_actor(self, actor: Session) -> None:
        """Who is using the screen: what they may do is decided again by each service call."""
        self.actor = actor
        self.refresh()

    @property
    def can_manage(self) -> bool:
        return self.actor is not None and can(self.actor, Action.INCIDENT_MANAGE)  # type: ignore[arg-type]

    def focus_view(self) -> None:
        """The window shows this screen: the keyboard starts on the list."""
        self.list.setFocus()

    def apply_changes(self, changes: object) -> None:
        """Another PC changed reports or customers (the window's live refresh): re-read the list and the reports of
        the incident shown, keeping selections and checks; the zone's customers only when customers changed."""
        any_report = getattr(changes, "any_report", True)
        any_customer = getattr(changes, "any_customer", True)
        if self.busy or self.actor is None or not (any_report or any_customer):
            return
        self.refresh(light=not any_customer)

    def refresh(self, select: int | None = None, light: bool = False) -> None:
        """Re-read the list (a handful of rows) and reload the incident shown, or `select`; `light` re-reads only
        its reports."""
        keep = select if select is not None else self.current_id()
        rows = q.incidents()
        self.list_model.set_rows(rows)
        row = self.list_model.row_of(keep) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        self.detail_stack.setCurrentIndex(1 if rows else 0)
        if row >= 0:
            self._selecting = True
            try:
                self.list.setCurrentIndex(self.list_model.index(row, 0))
            finally:
                self._selecting = False
            self.load(rows[row].id, light=light)
        else:
            self.current = None
            self._update_actions()

    def current_id(self) -> int | None:
        index = self.list.currentIndex()
        return self.list_model.rows[index.row()].id if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._selecting:
            self.load(self.list_model.rows[current.row()].id)

    def load(self, incident_id: int, light: bool = False) -> None:
        """Read the incident off the GUI thread; a later request supersedes an earlier one still running. `light`
        (the same incident re-read for the live refresh) leaves the affected customers as they are."""
        shown = self.current
        light = light and shown is not None and shown.detail.id == incident_id
        self._generation += 1
        generation = self._generation
        self._loading = incident_id
        if not light:
            self.message_label.setText(self.tr("Cargando…"))
            self.error_label.clear_error()

        def done(result: _Loaded) -> None:
            if generation != self._generation:
                return
            self._loading = None
            if light:
                current = self.current
                if current is None or current.detail.status != result.detail.status:
                    self.load(incident_id)  # resolved meanwhile: hours and compensation change too
                    return
                result = _Loaded(result.detail, result.candidates, current.terms, current.affected)
            self._show(result, keep=light)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._loading = None
                self.message_label.setText("")
                self.error_label.show_error(exc.message if isinstance(exc, DomainError) else str(exc))

        run_task(lambda: _load(incident_id, affected=not light), done, failed, self)

    def _show(self, data: _Loaded, keep: bool = False) -> None:
        """Put an incident on screen; `keep` (the same one re-read) keeps each table's current row."""
        rows_before = {table: _current_key(table) for table in (self.linked, self.candidates)}
        self.current = data
        d, terms = data.detail, data.terms
        self.title_label.setText(d.title)
        open_ = d.is_open
        self.status_label.setText(tr_label(INCIDENT_STATUS_LABELS.get(d.status, d.status)))
        self.status_label.setStyleSheet(f"color: {DANGER};" if open_ else "color: #1e7d32;")
        lines = [self.tr("<b>Zona:</b> {0}").format(_esc(d.zone)) + (
            self.tr(" &nbsp; <b>Torre:</b> {0}").format(_esc(d.tower)) if d.tower else self.tr(" (toda la zona)"))]
        since = _local(d.started_at, d.tz)
        if open_:
            lines.append(self.tr("<b>Sin servicio desde:</b> {0} (hace {1})").format(
                since, duration_words(d.duration())))
        else:
            lines.append(self.tr("<b>Sin servicio:</b> {0} a {1} ({2})").format(
                since, _local(d.ended_at, d.tz), duration_words(d.duration())))
        if d.cause_label:
            category = tr_label(CAUSE_CATEGORY_LABELS.get(d.cause_category, d.cause_category))
            lines.append(self.tr("<b>Causa:</b> {0} — {1}").format(_esc(d.cause_label), _esc(category)))
        if d.cause_text:
            lines.append(self.tr("<b>Lo que pasó:</b> {0}").format(_esc(d.cause_text)))
        if d.action_taken:
            lines.append(self.tr("<b>Lo que se hizo:</b> {0}").format(_esc(d.action_taken)))
        who = self.tr("Declaró: {0}").format(_esc(d.created_by))
        if d.resolved_by:
            who += self.tr(" · Resolvió: {0}").format(_esc(d.resolved_by))
        lines.append(f"<span style='color:{MUTED}'>{who}</span>")
        self.info_label.setText("<br>".join(lines))

        self.linked_model.set_rows(list(d.reports))
        self.candidates_model.set_candidates(data.candidates, d.started_at, keep=keep)
        if not keep:
            self.affected_model.set_rows(data.affected)
        self.affected.setColumnHidden(AffectedModel.COL_TOWER, bool(d.tower))  # one tower: the same on every row
        self._summary(d, terms, data.affected)
        self._tab_titles(data)
        self.message_label.setText(" ".join(p for p in (self._flash, self._next_step(d, len(data.candidates))) if p))
        self._flash = ""
        if keep:
            for table, key in rows_before.items():
                _restore_key(table, key)
        else:
            self.affected.select_first()
        self._update_phone_choice()
        self._update_actions()
        self.loaded.emit(d.id)

    def _summary(self, d: q.IncidentDetail, terms: q.OutageTerms, rows: list[q.AffectedCustomer]) -> None:
        reported = sum(1 for c in rows if c.reported)
        text = self.tr("Clientes en {0}: <b>{1}</b> (reportaron: {2}). Sin servicio: {3}{4}.").format(
            _esc(d.place), _count(len(rows)), _count(reported), _hours(terms.hours),
            self.tr(" hasta ahora") if terms.ongoing else "")
        if terms.compensable:
            total = sum((c.compensation for c in rows if c.compensation is not None), Decimal(0))
            owed = sum(1 for c in rows if c.compensation is not None)
            text += " " + self.tr("Compensación total: <b>{0}</b> (clientes: {1}; parte proporcional del precio del "
                                  "plan más {2} % de bonificación, sin que el cliente la pida).").format(
                _money(total), _count(owed), f"{terms.bonus_pct.normalize():f}")
        else:
            text += " " + _esc(terms.reason)
        self.summary_label.setText(text)

    def _next_step(self, d: q.IncidentDetail, candidates: int) -> str:
        """One line that says what is left to do on this incident."""
        if d.is_open and candidates:
            return self.tr("Fallas de la zona sin vincular: {0}. Revíselas en «Por vincular».").format(
                _count(candidates))
        if d.is_open:
            return self.tr("Cuando se restablezca el servicio, use «Resolver incidente» (reportes vinculados en "
                           "atención: {0}).").format(_count(d.active_count))
        if d.to_notify_count:
            return self.tr("Falta avisar a los clientes que reportaron ({0}): use «Avisar a todos».").format(
                _count(d.to_notify_count))
        return self.tr("Incidente resuelto; los clientes que reportaron ya tienen su aviso.")

    def _tab_titles(self, data: _Loaded | None) -> None:
        linked = len(data.detail.reports) if data else 0
        candidates = len(data.candidates) if data else 0
        affected = len(data.affected) if data else 0
        self.tabs.setTabText(0, self.tr("Re&portes vinculados ({0})").format(linked))
        self.tabs.setTabText(1, self.tr("Por vin&cular ({0})").format(candidates))
        self.tabs.setTabText(2, self.tr("C&lientes afectados ({0})").format(_count(affected)))

    def _update_link_button(self) -> None:
        n = len(self.candidates_model.checked_ids())
        self.link_button.setText(self.tr("Vi&ncular seleccionados ({0})").format(n) if n
                                 else self.tr("Vi&ncular seleccionados"))
        self._update_actions()

    def _update_actions(self) -> None:
        d = self.current.detail if self.current is not None else None
        manage, idle = self.can_manage, not self.busy
        self.declare_button.setVisible(manage)
        self.declare_button.setEnabled(idle)
        for button in (self.resolve_button, self.notify_button, self.link_button, self.all_button,
                       self.none_button):
            button.setVisible(manage)
        self.resolve_button.setEnabled(idle and d is not None and d.is_open)
        self.notify_button.setEnabled(idle and d is not None and d.to_notify_count > 0)
        has_candidates = d is not None and d.is_open and self.candidates_model.rowCount() > 0
        self.link_button.setEnabled(idle and has_candidates and bool(self.candidates_model.checked))
        self.all_button.setEnabled(idle and has_candidates)
        self.none_button.setEnabled(idle and has_candidates)
        self.csv_button.setEnabled(idle and self.affected_model.rowCount() > 0)
        self.wa_button.setEnabled(self.phone_combo.count() > 0)

    def _selected_customer(self) -> q.AffectedCustomer | None:
        index = self.affected.currentIndex()
        if not index.isValid():
            return None
        row = self.affected_proxy.mapToSource(index).row()
        return self.affected_model.rows[row] if 0 <= row < len(self.affected_model.rows) else None

    def _update_phone_choice(self) -> None:
        self.phone_combo.clear()
        c = self._selected_customer()
        if c is not None:
            for phone in c.phones:
                if c.wa_url(phone):
                    self.phone_combo.addItem(format_phone(phone), phone)
        self.wa_button.setEnabled(self.phone_combo.count() > 0)

    def _open_report(self, model: ReportRowsModel, row: int) -> None:
        if 0 <= row < len(model.rows):
            self.report_requested.emit(model.rows[row].id)

    # --- actions -------------------------------------------------------------------------------------------

    def exec_dialog(self, dialog: FormDialog) -> None:
        """Show a dialog without a nested event loop (window-modal); the seam tests replace to fill it in."""
        dialog.open()

    def _run(self, dialog: FormDialog, on_accepted: Callable[[Any], None]) -> None:
        dialog.finish()
        dialog.accepted.connect(lambda: on_accepted(dialog.result_value))
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        self.exec_dialog(dialog)

    def _task(self, busy_text: str, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Work on the view itself (link, export) off the GUI thread, with the buttons off meanwhile."""
        self.busy = True
        self.error_label.clear_error()
        self.message_label.setText(busy_text)
        self._update_actions()

        def ok(result: Any) -> None:
            self.busy = False
            done(result)
            self._update_actions()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.message_label.setText("")
            self.error_label.show_error(exc.message if isinstance(exc, DomainError) else
                                        self.tr("No se pudo completar: {0}").format(exc))
            self._update_actions()

        run_task(fn, ok, failed, self)

    def _tz(self) -> str:
        if self.current is not None:
            return self.current.detail.tz
        brief = queries.office_brief(self.actor.office_id) if self.actor and self.actor.office_id else \
            queries.office_brief()
        return brief.timezone if brief else DEFAULT_TIMEZONE

    def do_declare(self) -> None:
        if self.actor is None:
            return
        tz = self._tz()
        d = FormDialog(self.tr("Declarar incidente masivo"), self.tr("Declarar"), self)
        d.set_intro(self.tr("Una caída que afecta a toda una zona o a una torre. Después podrá vincular las fallas "
                            "de esa zona y resolverlas todas juntas."))
        zones = q.zones()
        zone = QComboBox(d)
        zone.setObjectName("zoneCombo")
        for z in zones:
            zone.addItem(self.tr("{0} (clientes: {1})").format(z.zone, _count(z.customers)), z.zone)
        tower = QComboBox(d)
        tower.setObjectName("towerCombo")

        def fill_towers() -> None:
            tower.clear()
            tower.addItem(self.tr("Toda la zona"), "")
            chosen = next((z for z in zones if z.zone == zone.currentData()), None)
            for t in chosen.towers if chosen else ():
                tower.addItem(self.tr("{0} (clientes: {1})").format(t.tower, _count(t.customers)), t.tower)

        zone.currentIndexChanged.connect(fill_towers)
        fill_towers()
        title = QLineEdit(d)
        title.setObjectName("titleEdit")
        title.setPlaceholderText(self.tr("Opcional; por ejemplo: Caída de la torre T-03 por corte de fibra"))
        started = _datetime_edit(d, now_utc(), tz)
        started.setObjectName("startedEdit")
        cause = text_edit(d, 60)
        cause.setMaximumHeight(100)
        cause.setObjectName("causeEdit")
        cause.setPlaceholderText(self.tr("Lo que se sabe hasta ahora (opcional)"))
        d.add("zone", self.tr("Zona:"), zone)
        d.add("tower", self.tr("Torre o nodo:"), tower)
        d.add("title", self.tr("Título:"), title)
        d.add("started_at", self.tr("Sin servicio desde:"), started)
        d.add("cause_text", self.tr("Lo que se sabe:"), cause)
        if not zones:
            d.general.show_error(self.tr("Ningún cliente tiene zona registrada: capture la zona (y la torre) en los "
                                         "clientes para poder declarar incidentes."))
            d.ok_button.setEnabled(False)
        actor = self.actor

        d.action = lambda: svc.declare(actor, title=title.text(), zone=zone.currentData() or "",
                                       tower=tower.currentData() or "", started_at=_aware(started, tz),
                                       cause_text=cause.toPlainText())

        def declared(incident: Any) -> None:
            self.refresh(select=incident.id)
            self.tabs.setCurrentIndex(1)

        self._run(d, declared)

    def do_link(self) -> None:
        if self.current is None or self.actor is None:
            return
        ids = self.candidates_model.checked_ids()
        if not ids:
            return
        incident_id, actor = self.current.detail.id, self.actor

        def linked(result: list[int]) -> None:
            self._flash = self.tr("Reportes vinculados ahora: {0}.").format(len(result))
            self.refresh(select=incident_id)
            self.tabs.setCurrentIndex(0)

        self._task(self.tr("Vinculando reportes ({0})…").format(len(ids)),
                   lambda: svc.link_reports(actor, incident_id, ids), linked)

    def do_resolve(self) -> None:
        if self.current is None or self.actor is None:
            return
        det, actor, tz = self.current.detail, self.actor, self.current.detail.tz
        n = det.active_count
        d = FormDialog(self.tr("Resolver el incidente"), self.tr("Resolver incidente"), self)
        if n == 0:
            intro = self.tr("No hay reportes vinculados en atención: sólo se cerrará el incidente.")
        elif n == 1:
            intro = self.tr("Se resolverá el único reporte vinculado que sigue en atención, con esta causa y esta "
                            "acción.")
        else:
            intro = self.tr("Se resolverán los {0} reportes vinculados que siguen en atención, con esta causa y "
                            "esta acción. Los ya resueltos o cerrados no cambian.").format(_count(n))
        waiting = self.candidates_model.rowCount()
        if waiting:
            intro += " " + self.tr("Fallas de la zona sin vincular: {0}; vincúlelas antes (pestaña «Por vincular») "
                                   "para resolverlas junto con el incidente.").format(_count(waiting))
        d.set_intro(intro, strong=True)
        cause = QComboBox(d)
        cause.setObjectName("causeCombo")
        choices = queries.causes()
        for category in (CauseCategory.INTERNA, CauseCategory.EXTERNA):
            if cause.count():
                cause.insertSeparator(cause.count())
            for c in (c for c in choices if c.group == category):
                cause.addItem(self.tr("{0} ({1})").format(tr_label(c.label), self._category_word(category)), c.code)
        cause.setCurrentIndex(max(0, cause.findData("red")))
        hint = QLabel(d)
        hint.setObjectName("compensationHint")
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED};")
        hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        hint.setMinimumWidth(300)
        groups = {c.code: c.group for c in choices}

        def cause_changed() -> None:
            internal = groups.get(cause.currentData()) == CauseCategory.INTERNA
            hint.setText(self.tr("Causa del proveedor: se calcula la compensación de todos los clientes de la "
                                 "zona, sin que la reclamen.") if internal else
                         self.tr("Causa ajena al proveedor: no hay compensación."))

        cause.currentIndexChanged.connect(cause_changed)
        cause_changed()
        detail = text_edit(d, 50)
        detail.setMaximumHeight(80)
        detail.setObjectName("causeDetail")
        detail.setPlainText(det.cause_text)
        action = text_edit(d, 60)
        action.setMaximumHeight(100)
        action.setObjectName("actionEdit")
        action.setPlaceholderText(self.tr("Lo que se hizo para restablecer el servicio"))
        ended = _datetime_edit(d, now_utc(), tz)
        ended.setObjectName("endedEdit")
        reason = QLineEdit(d)
        reason.setObjectName("reasonEdit")
        d.add("cause_code", self.tr("Causa:"), cause)
        d.form.addRow("", hint)
        d.add("cause", self.tr("Detalle de la causa:"), detail)
        d.add("action_taken", self.tr("Acción realizada:"), action)
        d.add("ended_at", self.tr("Servicio restablecido:"), ended)
        yes, no = d.add_upheld(self.tr("¿Reportes procedentes?"), self.tr("Sí, procedentes"),
                               self.tr("No procedentes"), self.tr("Motivo (si no):"), reason)
        yes.setChecked(True)
        args: dict[str, Any] = {}

        def check() -> None:
            args.clear()
            args.update(cause_code=cause.currentData() or "", action=action.toPlainText(),
                        cause_text=detail.toPlainText(), ended_at=_aware(ended, tz), upheld=yes.isChecked(),
                        upheld_reason=reason.text() if no.isChecked() else "")
            svc.clean_resolution(**args)

        def ask() -> bool:
            return confirm(d, self.tr("Resolver el incidente"),
                           self.tr("Reportes que se resolverán: {0}, con la causa «{1}». Cada uno queda con su "
                                   "resolución y su registro en el historial; no se puede deshacer.\n\n"
                                   "¿Resolver el incidente?").format(_count(n), cause.currentText()),
                           self.tr("Resolver incidente"))

        d.check, d.ask = check, ask
        d.busy_text = self.tr("Resolviendo el incidente y sus reportes ({0})…").format(_count(n))
        d.task = lambda: svc.resolve_incident(actor, det.id, **args)
        def resolved(_row: object) -> None:
            self._flash = self.tr("Incidente resuelto, con sus reportes en atención ({0}).").format(_count(n))
            self.refresh(select=det.id)

        self._run(d, resolved)

    def _category_word(self, category: str) -> str:
        return self.tr("interna") if category == CauseCategory.INTERNA else self.tr("externa")

    def do_notify(self) -> None:
        if self.current is None or self.actor is None:
            return
        det, actor = self.current.detail, self.actor
        n = det.to_notify_count
        d = FormDialog(self.tr("Avisar a todos los que reportaron"), self.tr("Registrar aviso ({0})").format(
            _count(n)), self)
        d.set_intro(self.tr("Reportes resueltos de este incidente que recibirán el aviso: {0} (uno por cada cliente "
                            "que reportó). Para escribir a todos los clientes de la zona, use la pestaña «Clientes "
                            "afectados».").format(_count(n)))
        channel = QComboBox(d)
        channel.setObjectName("channelCombo")
        for code, label in CHANNEL_LABELS.items():
            channel.addItem(tr_label(label), code)
        channel.setCurrentIndex(max(0, channel.findData(Channel.WHATSAPP)))
        text = text_edit(d, 120)
        text.setObjectName("noticeEdit")
        cause = det.cause_text or det.cause_label
        text.setPlainText(incident_notice_text(det.zone, det.tower, det.started_at, det.ended_at, det.tz, cause,
                                               det.action_taken, det.office_name))
        d.add("notified_channel", self.tr("Por:"), channel)
        d.add("notified_text", self.tr("Qué se les dijo:"), text)
        d.busy_text = self.tr("Registrando los avisos ({0})…").format(_count(n))
        d.task = lambda: svc.notify_incident(actor, det.id, channel=channel.currentData(), text=text.toPlainText())
        def notified(ids: list[int]) -> None:
            self._flash = self.tr("Aviso registrado en los reportes ({0}).").format(_count(len(ids)))
            self.refresh(select=det.id)

        self._run(d, notified)

    def do_whatsapp(self) -> None:
        c = self._selected_customer()
        phone = self.phone_combo.currentData()
        url = c.wa_url(phone) if c is not None and phone else None
        if url is None:
            self.error_label.show_error(self.tr("El cliente no tiene un teléfono válido para WhatsApp."))
            return
        self.error_label.clear_error()
        if not open_url(QUrl(url)):
            self.error_label.show_error(self.tr("No se pudo abrir WhatsApp en este equipo."))

    def do_export(self) -> None:
        if self.current is None:
            return
        det = self.current.detail
        path = ask_save_path(self, f"incidente-{det.id}-clientes-afectados.csv")
        if not path:
            return

        def saved(count: int) -> None:
            self.message_label.setText(self.tr("Lista guardada ({0} clientes): {1}").format(_count(count), path))

        self._task(self.tr("Guardando la lista de clientes afectados…"), lambda: q.affected_csv(det.id, path),
                   saved)


def _current_key(table: QTableView) -> int | None:
    index = table.currentIndex()
    return index.data(ID_ROLE) if index.isValid() else None


def _restore_key(table: QTableView, key: int | None) -> None:
    """Put the table's current row back on the row with that id (after the model was re-read)."""
    model = table.model()
    if key is None or model is None:
        return
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ID_ROLE) == key:
            table.setCurrentIndex(index)
            return


def _esc(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["AffectedModel", "CandidatesModel", "IncidentListModel", "IncidentsView", "ReportRowsModel",
           "ask_save_path", "confirm", "open_url"]
