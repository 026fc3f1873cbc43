"""Small pieces the settings and users screens share: a table filled from rows that keeps the selection, a
"saved" confirmation, a section title and explanation."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from ispdesk.ui.common.widgets import big_font

KEY = Qt.ItemDataRole.UserRole + 1
OK_COLOR = "#1e6b30"
MUTED = "#6b6b6b"


def make_table(parent: QWidget, headers: Sequence[str], *, stretch: int = -1) -> QTableWidget:
    """A read-only, row-selecting table; column `stretch` takes the spare width (the last by default)."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch if stretch >= 0 else len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def fill_table(table: QTableWidget, rows: Sequence[tuple[Hashable, Sequence[str]]],
               muted: set[Hashable] | None = None) -> None:
    """Show `rows` (key, cells); the selected key stays selected; rows in `muted` are greyed (inactive)."""
    current = selected_key(table)
    table.setRowCount(len(rows))
    select = -1
    for r, (key, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(KEY, key)
            if muted and key in muted:
                item.setForeground(QColor(MUTED))
            table.setItem(r, c, item)
        if key == current:
            select = r
    if select >= 0:
        table.selectRow(select)
    elif rows and current is None:
        table.clearSelection()


def selected_key(table: QTableWidget) -> Hashable | None:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(KEY) if item is not None else None


def select_key(table: QTableWidget, key: Hashable) -> None:
    for r in range(table.rowCount()):
        item = table.item(r, 0)
        if item is not None and item.data(KEY) == key:
            table.selectRow(r)
            return


class SavedLabel(QLabel):
    """"Cambios guardados." in green for a few seconds after a save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(f"color: {OK_COLOR};")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(6000)
        self._timer.timeout.connect(self.clear)

    def show_saved(self, text: str) -> None:
        self.setText(text)
        self._timer.start()


def title_label(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(big_font(parent, 3))
    return label


def note_label(parent: QWidget, text: str) -> QLabel:
    """A grey explanation that wraps."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED};")
    return label


def no_auto_default(widget: QWidget) -> None:
    """Enter in a field must not press whatever button happens to be the dialog's default (a file chooser, «Cerrar»
    with unsaved edits): every section saves with its own button."""
    from PySide6.QtWidgets import QPushButton

    for button in widget.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)
