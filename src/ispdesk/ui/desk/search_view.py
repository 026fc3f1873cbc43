"""Customer search as you type: a debounced box over `search.search`, and a lazy table model that keeps
only the result ids and fetches the rows it shows, a page of 100 at a time."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ispdesk.core import search as search_mod
from ispdesk.core.search import CustomerRow, SearchResult
from ispdesk.ui.common.table_model import Index as _Index
from ispdesk.ui.common.table_model import ReadOnlyTableModel
from ispdesk.ui.common.widgets import DANGER, EnterButton, ErrorLabel, big_font

COL_NUMBER, COL_NAME, COL_PHONES, COL_ADDRESS, COL_ZONE, COL_OPEN = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("CustomerSearchModel", "Número"),
    QT_TRANSLATE_NOOP("CustomerSearchModel", "Nombre"),
    QT_TRANSLATE_NOOP("CustomerSearchModel", "Teléfonos"),
    QT_TRANSLATE_NOOP("CustomerSearchModel", "Domicilio"),
    QT_TRANSLATE_NOOP("CustomerSearchModel", "Zona"),
    QT_TRANSLATE_NOOP("CustomerSearchModel", "Reportes abiertos"),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 100
DEBOUNCE_MS = 120
SEARCH_LIMIT = 200



class CustomerSearchModel(ReadOnlyTableModel):
    """Keeps the ordered id list; rows are fetched with `search.fetch_rows` in pages when first shown."""

    CONTEXT = "CustomerSearchModel"
    HEADERS = HEADERS


    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._exact: set[int] = set()
        self._pages: dict[int, list[CustomerRow | None]] = {}
        self._bold: QFont | None = None
        self.fetches = 0  # how many page queries ran (tests and the bench look at it)

    def set_ids(self, ids: list[int], exact: set[int] | None = None) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._exact = set(exact or ())
        self._pages = {}
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def customer_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def _row(self, row: int) -> CustomerRow | None:
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            ids = self._ids[page * PAGE:(page + 1) * PAGE]
            fetched = {r.id: r for r in search_mod.fetch_rows(ids)}
            rows = [fetched.get(i) for i in ids]  # a customer deleted meanwhile stays an empty row
            self._pages[page] = rows
            self.fetches += 1
        return rows[row - page * PAGE]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        col = index.column()
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == COL_OPEN:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if self._ids[index.row()] in self._exact:
                if self._bold is None:
                    self._bold = QFont()
                    self._bold.setBold(True)
                return self._bold
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self._row(index.row())
        if r is None:
            return None
        if col == COL_NUMBER:
            return r.number
        if col == COL_NAME:
            return r.name
        if col == COL_PHONES:
            return r.phones
        if col == COL_ADDRESS:
            return r.address
        if col == COL_ZONE:
            return r.zone
        if col == COL_OPEN:
            return str(r.open_reports) if r.open_reports else ("" if role == Qt.ItemDataRole.DisplayRole else None)
        return None


class SearchBox(QLineEdit):
    """The search line: Down moves into the results."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class ResultsTable(QTableView):
    """Enter opens the customer (the default view would only move the cursor)."""

    activated_row = Signal(int)
    up_from_top = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self.activated_row.emit(index.row())
            return
        if event.key() == Qt.Key.Key_Up and self.currentIndex().row() <= 0:
            self.up_from_top.emit()
            return
        super().keyPressEvent(event)


class SearchView(QWidget):
    """Emits `customer_requested(id)`, `report_requested(id)` and `new_customer_requested(query)`."""

    customer_requested = Signal(int)
    report_requested = Signal(int)
    new_customer_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.can_create = True
        self.result: SearchResult | None = None
        self._searched_text: str | None = None

        self.box = SearchBox(self)
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Buscar: número de cliente, nombre, teléfono, domicilio o folio"))
        self.box.setClearButtonEnabled(True)
        self.box.setFont(big_font(self, 3, bold=False))
        self.box.setMinimumHeight(36)
        self.folio_error = ErrorLabel(self)
        self.folio_error.setObjectName("folioError")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.folio_button = EnterButton(self)
        self.folio_button.setObjectName("folioButton")
        self.folio_button.hide()

        self.model = CustomerSearchModel(self)
        self.table = ResultsTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_ADDRESS, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        for col, width in ((COL_NUMBER, 110), (COL_NAME, 260), (COL_PHONES, 220), (COL_ZONE, 110),
                           (COL_OPEN, 130)):
            self.table.setColumnWidth(col, width)

        # Empty state: "Sin resultados para «…»" and the new-customer button.
        self.empty = QWidget(self)
        self.empty_label = QLabel(self.empty)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setFont(big_font(self, 2, bold=False))
        self.new_button = EnterButton(self.tr("Nuevo cliente…"), self.empty)
        self.new_button.setObjectName("newCustomerButton")
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.new_button)
        row.addStretch(1)
        empty_layout.addLayout(row)
        empty_layout.addStretch(2)
        self.hint = QLabel(self.tr("Escriba para buscar. Enter abre el cliente; ↓ pasa a la lista."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: palette(mid);")

        self.results = QStackedWidget(self)
        self.results.addWidget(self.hint)
        self.results.addWidget(self.table)
        self.results.addWidget(self.empty)

        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.folio_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.folio_error)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(self._text_changed)
        self.box.returnPressed.connect(self._enter)
        self.box.down_pressed.connect(self._into_table)
        self.table.activated_row.connect(self._open_row)
        self.table.doubleClicked.connect(lambda idx: self._open_row(idx.row()))
        self.table.up_from_top.connect(self.box.setFocus)
        self.new_button.clicked.connect(lambda: self.new_customer_requested.emit(self.box.text().strip()))
        self.folio_button.clicked.connect(self._open_folio)
        self._show_state()

    # --- searching ---------------------------------------------------------------------------------

    def _text_changed(self, _text: str) -> None:
        self.timer.start()

    def run_search(self) -> None:
        self.timer.stop()
        text = self.box.text()
        self._searched_text = text
        result = search_mod.search(text, limit=SEARCH_LIMIT) if text.strip() else SearchResult()
        self.result = result
        self.model.set_ids(result.customer_ids, result.exact_ids)
        if result.customer_ids:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._show_state()

    def refresh(self) -> None:
        """F5: search again (open-report counts and new customers)."""
        self.run_search()

    def _show_state(self) -> None:
        result = self.result
        text = self.box.text().strip()
        self.folio_error.show_error(result.message if result else "")
        self.folio_button.setVisible(bool(result and result.report_id))
        if result and result.report_id:
            folio = result.report_folio
            self.folio_button.setText(self.tr("Abrir el reporte {0} (Enter)").format(folio))
        n = len(result.customer_ids) if result else 0
        if not text or result is None:
            self.count_label.setText("")
            self.results.setCurrentWidget(self.hint)
        elif n == 0:
            self.count_label.setText("")
            # A refused query was not searched: its message (above) says why; no «Sin resultados» for it.
            self.empty_label.setText("" if result.refused else self.tr("Sin resultados para «{0}»").format(text))
            self.new_button.setVisible(self.can_create and not result.message)
            self.results.setCurrentWidget(self.empty)
        else:
            if result.truncated:
                self.count_label.setText(self.tr("{0} clientes; refine la búsqueda para ver menos").format(n))
            elif n == 1:
                self.count_label.setText(self.tr("1 cliente"))
            else:
                self.count_label.setText(self.tr("{0} clientes").format(n))
            self.results.setCurrentWidget(self.table)

    # --- keys and opening ----------------------------------------------------------------------

    def _enter(self) -> None:
        if self.timer.isActive() or self._searched_text != self.box.text():
            self.run_search()
        if self.result is None:
            return
        if self.result.report_id:
            self.report_requested.emit(self.result.report_id)
            return
        index = self.table.currentIndex()
        self._open_row(index.row() if index.isValid() else 0)

    def _open_folio(self) -> None:
        if self.result and self.result.report_id:
            self.report_requested.emit(self.result.report_id)

    def _open_row(self, row: int) -> None:
        cid = self.model.customer_id(row)
        if cid is not None:
            self.customer_requested.emit(cid)

    def _into_table(self) -> None:
        if self.timer.isActive():
            self.run_search()
        if self.model.rowCount() == 0:
            return
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.selectRow(self.table.currentIndex().row())

    def current_customer_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.customer_id(index.row()) if index.isValid() else None

    def focus_box(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def clear(self) -> None:
        self.box.clear()
        self.timer.stop()
        self.result = None
        self._searched_text = None
        self.model.set_ids([])
        self._show_state()


__all__ = ["COL_ADDRESS", "COL_NAME", "COL_NUMBER", "COL_OPEN", "COL_PHONES", "COL_ZONE", "DANGER",
           "CustomerSearchModel", "SearchView"]
