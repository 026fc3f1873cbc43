"""The read-only table models every list in the app shares: translated headers, selectable rows; and the
keyed model whose rows are replaced by a diff, for lists refreshed live while the user works in them."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView

Index = QModelIndex | QPersistentModelIndex


class ReadOnlyTableModel(QAbstractTableModel):
    """Subclasses set `HEADERS` (literals marked with QT_TRANSLATE_NOOP in `CONTEXT`) and implement
    `rowCount` and `data`; columns, headers and flags come from here."""

    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


KEY_ROLE = Qt.ItemDataRole.UserRole + 64  # data(index, KEY_ROLE) → the row's key, in every column


class KeyedTableModel(ReadOnlyTableModel):
    """Rows with a key (a report id…) replaced as a whole by `set_rows`, which changes only what differs:
    removed, moved, inserted and changed rows are signalled as such instead of a model reset, so a view keeps
    its selection and current row (and, with a `ScrollAnchor`, its first visible row) while another PC's
    changes come in every second.

    Rows are immutable values (frozen dataclasses, NamedTuples) compared with ==. Subclasses set `HEADERS`
    and implement `cell`; override `key` if the key is not `row.id`."""

    rows_about_to_change = Signal()  # before set_rows touches anything (views remember what they show)
    rows_changed = Signal()  # after set_rows has applied everything
    MOVE_LIMIT = 64  # more rows out of order than this: one layout change instead of one move each

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._pos: dict[Hashable, int] = {}

    # --- to override ---------------------------------------------------------------------------------

    def key(self, row: Any) -> Hashable:
        return row.id

    def cell(self, row: Any, column: int, role: int) -> object:
        """What `data` answers for `row` (the DTO), `column` and `role`."""
        return None

    # --- reading -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == KEY_ROLE:
            return self.key(row)
        return self.cell(row, index.column(), role)

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def key_at(self, row: int) -> Hashable | None:
        return self.key(self._rows[row]) if 0 <= row < len(self._rows) else None

    def row_of(self, key: Hashable) -> int | None:
        """The row number showing `key`, or None."""
        return self._pos.get(key)

    # --- the diff ------------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Make the model show `rows`, in that order, with the fewest row signals (never a reset)."""
        new = list(rows)
        keys = [self.key(r) for r in new]
        if len(set(keys)) != len(keys):
            raise ValueError("KeyedTableModel.set_rows: duplicate keys")
        self.rows_about_to_change.emit()
        wanted = set(keys)
        self._remove_rows(wanted)
        kept = set(self._pos) & wanted
        self._reorder([k for k in keys if k in kept])
        self._insert_rows(new, keys, kept)
        self._update_rows(new)
        self.rows_changed.emit()

    def patch_rows(self, fresh: Iterable[Any], asked: Iterable[Hashable],
                   order: Callable[[Any], Any] | None = None) -> None:
        """Apply a partial re-query: the view asked its query again for the keys `asked` only (the ids in a
        `Changes`) and got `fresh`. Asked keys that came back replace or join the rows; asked keys that did
        not (a report closed, out of an open-reports queue) leave. With `order` the rows are then sorted by it
        (stable); without, new rows go last. Then the same diff as `set_rows`."""
        by_key = {self.key(r): r for r in fresh}
        gone = set(asked) - set(by_key)
        rows = [by_key.pop(self.key(r), r) for r in self._rows if self.key(r) not in gone]
        rows.extend(by_key.values())
        if order is not None:
            rows.sort(key=order)
        self.set_rows(rows)

    def _reindex(self) -> None:
        self._pos = {self.key(r): i for i, r in enumerate(self._rows)}

    def _remove_rows(self, wanted: set[Hashable]) -> None:
        """Runs of vanished rows, bottom up so the row numbers above stay valid."""
        i = len(self._rows) - 1
        while i >= 0:
            if self.key(self._rows[i]) in wanted:
                i -= 1
                continue
            last = i
            while i >= 0 and self.key(self._rows[i]) not in wanted:
                i -= 1
            self.beginRemoveRows(QModelIndex(), i + 1, last)
            del self._rows[i + 1:last + 1]
            self.endRemoveRows()
        self._reindex()

    def _reorder(self, target: list[Hashable]) -> None:
        """Bring the kept rows into the new order. Rows on the longest run already in order stay; each other
        row is moved once, right after the row that precedes it in `target` (moves keep selection)."""
        current = [self.key(r) for r in self._rows]
        if current == target:
            return
        goal = {k: i for i, k in enumerate(target)}
        stay = set(_longest_increasing([goal[k] for k in current]))
        movers = sorted((goal[k] for i, k in enumerate(current) if i not in stay))
        if len(movers) > self.MOVE_LIMIT:
            self._relayout(target)
            return
        for t in movers:
            key = target[t]
            src = current.index(key)
            dest = 0 if t == 0 else current.index(target[t - 1]) + 1
            if dest in (src, src + 1):
                continue
            self.beginMoveRows(QModelIndex(), src, src, QModelIndex(), dest)
            at = dest if dest < src else dest - 1
            self._rows.insert(at, self._rows.pop(src))
            current.insert(at, current.pop(src))
            self.endMoveRows()
        self._reindex()

    def _relayout(self, target: list[Hashable]) -> None:
        """Many rows out of order (a new sort): one layout change; persistent indexes (selection, current
        row) follow their keys."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_keys = [self.key_at(i.row()) for i in old]
        by_key = {self.key(r): r for r in self._rows}
        self._rows = [by_key[k] for k in target]
        self._reindex()
        self.changePersistentIndexList(old, [self.index(self._pos[k], i.column()) for i, k in zip(old, old_keys,
                                                                                               strict=True)])
        self.layoutChanged.emit()

    def _insert_rows(self, new: list[Any], keys: list[Hashable], kept: set[Hashable]) -> None:
        """Runs of new rows, top down: everything above row i already matches the new list."""
        i = 0
        while i < len(new):
            if keys[i] in kept:
                i += 1
                continue
            j = i
            while j < len(new) and keys[j] not in kept:
                j += 1
            self.beginInsertRows(QModelIndex(), i, j - 1)
            self._rows[i:i] = new[i:j]
            self.endInsertRows()
            i = j
        self._reindex()

    def _update_rows(self, new: list[Any]) -> None:
        """Kept rows whose value changed: one dataChanged per run of adjacent rows."""
        old, self._rows = self._rows, new
        last_col = max(self.columnCount() - 1, 0)
        i = 0
        while i < len(new):
            if old[i] is new[i] or old[i] == new[i]:
                i += 1
                continue
            j = i
            while j < len(new) and not (old[j] is new[j] or old[j] == new[j]):
                j += 1
            self.dataChanged.emit(self.index(i, 0), self.index(j - 1, last_col), [])
            i = j


def _longest_increasing(seq: list[int]) -> list[int]:
    """Positions of one longest strictly increasing subsequence of `seq` (O(n log n), patience sorting)."""
    tail_values: list[int] = []  # tail_values[k]: smallest last value of an increasing run of length k+1
    tail_pos: list[int] = []  # … and its position in seq
    prev = [-1] * len(seq)
    for i, value in enumerate(seq):
        k = bisect.bisect_left(tail_values, value)
        if k > 0:
            prev[i] = tail_pos[k - 1]
        if k == len(tail_values):
            tail_values.append(value)
            tail_pos.append(i)
        else:
            tail_values[k] = value
            tail_pos[k] = i
    out: list[int] = []
    i = tail_pos[-1] if tail_pos else -1
    while i >= 0:
        out.append(i)
        i = prev[i]
    return out[::-1]


class ScrollAnchor(QObject):
    """Keeps a view's first visible row on the same key while a `KeyedTableModel` applies new rows: rows
    inserted or removed above it would otherwise shift the content under the user's eyes (Qt keeps the
    scroll bar's value, not what is shown). A view scrolled to the very top stays there, so new rows at the
    top are seen. Works through proxy models (keys are read with KEY_ROLE)."""

    def __init__(self, view: QAbstractItemView, model: KeyedTableModel) -> None:
        super().__init__(view)
        self._view = view
        self._candidates: list[Hashable] = []
        self._top_row = -1
        self._offset = 0
        model.rows_about_to_change.connect(self._remember)
        model.rows_changed.connect(self._restore)

    def _top(self) -> int:
        view = self._view
        if isinstance(view, QTableView):
            return view.rowAt(0)
        return view.indexAt(QPoint(1, 1)).row()

    def _remember(self) -> None:
        self._candidates = []
        view = self._view
        model = view.model()
        bar = view.verticalScrollBar()
        if model is None or bar.value() == bar.minimum():
            return
        top = self._top()
        if top < 0:
            return
        self._top_row = top
        self._offset = view.visualRect(model.index(top, 0)).top()
        # the top row, or if it goes, the first one below it that stays
        self._candidates = [model.index(r, 0).data(KEY_ROLE) for r in range(top, min(top + 64, model.rowCount()))]

    def _find(self, key: Hashable) -> int | None:
        model = self._view.model()
        if isinstance(model, KeyedTableModel):
            return model.row_of(key)
        hits = model.match(model.index(0, 0), KEY_ROLE, key, 1, Qt.MatchFlag.MatchExactly)
        return hits[0].row() if hits else None

    def _restore(self) -> None:
        candidates, self._candidates = self._candidates, []
        view = self._view
        for key in candidates:
            row = self._find(key)
            if row is not None:
                break
        else:
            return
        if row == self._top_row:
            return
        hbar, vbar = view.horizontalScrollBar(), view.verticalScrollBar()
        x = hbar.value()
        view.doItemsLayout()  # the scroll range is updated lazily; without this the new position is clamped
        view.scrollTo(view.model().index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        if view.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel:
            vbar.setValue(vbar.value() - self._offset)
        hbar.setValue(x)
