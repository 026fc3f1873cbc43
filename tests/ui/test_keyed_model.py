"""KeyedTableModel: a new list of rows is applied as removals, moves, inserts and data changes (never a reset),
so a table keeps its selection and, with a ScrollAnchor, its first visible row."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemView, QTableView

from ispdesk.ui.common.table_model import KEY_ROLE, KeyedTableModel, ScrollAnchor, _longest_increasing


class Row(NamedTuple):
    id: int
    folio: str
    status: str


class RowsModel(KeyedTableModel):
    CONTEXT = "RowsModel"
    HEADERS = ("Folio", "Estado")

    def cell(self, row: Row, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.folio if column == 0 else row.status
        return None


def rows(ids, status: str = "abierto") -> list[Row]:
    return [Row(i, f"F-{i:04d}", status) for i in ids]


class Recorder:
    """Counts the model's structural signals."""

    def __init__(self, model: KeyedTableModel) -> None:
        self.counts: dict[str, int] = {}
        for name in ("modelReset", "rowsInserted", "rowsRemoved", "rowsMoved", "dataChanged", "layoutChanged"):
            getattr(model, name).connect(lambda *_a, name=name: self.counts.__setitem__(name,
                                                                                        self.counts.get(name, 0) + 1))


def make_view(qtbot, model, n: int = 200) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def selected_keys(view: QTableView) -> list[int]:
    return [i.data(KEY_ROLE) for i in view.selectionModel().selectedRows()]


def first_visible_key(view: QTableView) -> int:
    return view.model().index(view.rowAt(0), 0).data(KEY_ROLE)


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "py-tester"])
def test_diff_keeps_selection_and_first_visible_row(qtbot, qtmodeltester, force_py) -> None:
    model = RowsModel()
    model.set_rows(rows(range(1, 201)))
    qtmodeltester.check(model, force_py=force_py)  # stays attached: every signal below is checked
    view = make_view(qtbot, model)
    ScrollAnchor(view, model)
    view.selectRow(150)
    view.scrollTo(model.index(145, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    key, top = model.key_at(150), first_visible_key(view)
    assert (key, top) == (151, 146)
    recorder = Recorder(model)

    new = rows(range(1, 201))
    del new[40]  # one removed before the selection
    new[10:10] = rows([901, 902])  # two inserted before it
    for i in (5, new.index(new[model.row_of(key) + 1]), 190):  # three changed: above, the selected row, below
        new[i] = new[i]._replace(status="resuelto")
    model.set_rows(new)

    assert model.rows() == new
    assert selected_keys(view) == [key]
    assert view.currentIndex().data(KEY_ROLE) == key
    assert first_visible_key(view) == top
    assert model.index(model.row_of(key), 1).data() == "resuelto"
    assert recorder.counts == {"rowsRemoved": 1, "rowsInserted": 1, "dataChanged": 3}
    qtmodeltester.check(model, force_py=force_py)


def test_moved_row_keeps_its_selection(qtbot, qtmodeltester) -> None:
    """The selected report changes status and sorts elsewhere: it moves, selected."""
    model = RowsModel()
    model.set_rows(rows(range(1, 51)))
    qtmodeltester.check(model)
    view = make_view(qtbot, model)
    view.selectRow(10)
    recorder = Recorder(model)
    new = rows(range(1, 51))
    moved = new.pop(10)._replace(status="cerrado")
    new.append(moved)
    model.set_rows(new)
    assert model.rows() == new
    assert selected_keys(view) == [moved.id]
    assert recorder.counts == {"rowsMoved": 1, "dataChanged": 1}


def test_many_rows_out_of_order_is_one_layout_change(qtbot, qtmodeltester) -> None:
    model = RowsModel()
    model.set_rows(rows(range(1, 201)))
    qtmodeltester.check(model)
    view = make_view(qtbot, model)
    view.selectRow(20)
    persistent = QPersistentModelIndex(model.index(30, 1))
    recorder = Recorder(model)
    new = rows(range(200, 0, -1))
    model.set_rows(new)
    assert model.rows() == new
    assert selected_keys(view) == [21]
    assert persistent.row() == model.row_of(31)
    assert persistent.column() == 1
    assert recorder.counts == {"layoutChanged": 1}


def test_view_at_the_top_stays_there_and_shows_new_rows(qtbot) -> None:
    model = RowsModel()
    model.set_rows(rows(range(1, 201)))
    view = make_view(qtbot, model)
    ScrollAnchor(view, model)
    view.selectRow(3)
    model.set_rows(rows([500, 501]) + rows(range(1, 201)))
    assert view.verticalScrollBar().value() == 0
    assert first_visible_key(view) == 500
    assert selected_keys(view) == [4]


def test_first_visible_row_removed_anchor_on_the_next(qtbot) -> None:
    model = RowsModel()
    model.set_rows(rows(range(1, 201)))
    view = make_view(qtbot, model)
    ScrollAnchor(view, model)
    view.scrollTo(model.index(100, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    assert first_visible_key(view) == 101
    model.set_rows(rows(k for k in range(1, 201) if k not in (5, 6, 101)) + rows([300]))
    assert first_visible_key(view) == 102


def test_anchor_through_a_proxy_model(qtbot) -> None:
    model = RowsModel()
    model.set_rows(rows(range(1, 201)))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    view = make_view(qtbot, proxy)
    ScrollAnchor(view, model)
    view.scrollTo(proxy.index(120, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    top = first_visible_key(view)
    model.set_rows(rows([700, 701, 702]) + rows(range(1, 201)))
    assert first_visible_key(view) == top


def test_per_pixel_scrolling_keeps_the_offset(qtbot) -> None:
    model = RowsModel()
    model.set_rows(rows(range(1, 201)))
    view = make_view(qtbot, model)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    ScrollAnchor(view, model)
    view.scrollTo(model.index(100, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 7)  # top row partly scrolled out
    top, y = first_visible_key(view), view.visualRect(model.index(view.rowAt(0), 0)).top()
    model.set_rows(rows([700, 701]) + rows(range(1, 201)))
    assert first_visible_key(view) == top
    assert view.visualRect(model.index(view.rowAt(0), 0)).top() == y


def test_unchanged_rows_emit_nothing_and_duplicates_are_refused(qtbot) -> None:
    model = RowsModel()
    model.set_rows(rows(range(1, 11)))
    recorder = Recorder(model)
    model.set_rows(rows(range(1, 11)))
    assert recorder.counts == {}
    with pytest.raises(ValueError, match="duplicate"):
        model.set_rows(rows([1, 2, 1]))
    assert model.rows() == rows(range(1, 11))
    assert model.row_of(99) is None
    assert model.key_at(99) is None
    assert model.row_at(-1) is None
    assert model.data(model.index(0, 0), KEY_ROLE) == 1
    assert model.data(QModelIndex()) is None


@given(old=st.lists(st.integers(0, 40), unique=True, max_size=30),
       new=st.lists(st.integers(0, 40), unique=True, max_size=30),
       changed=st.sets(st.integers(0, 40)))
def test_any_diff_ends_equal_and_keeps_persistent_indexes(qapp, old, new, changed) -> None:
    model = RowsModel()
    model.MOVE_LIMIT = 8  # both reordering paths
    model.set_rows(rows(old))
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)  # noqa: F841
    selection = QItemSelectionModel(model)
    persistent = {k: QPersistentModelIndex(model.index(i, 0)) for i, k in enumerate(old)}
    if old:
        selection.select(model.index(0, 0), QItemSelectionModel.SelectionFlag.Select)
    target = [Row(k, f"F-{k:04d}", "resuelto" if k in changed else "abierto") for k in new]
    reset = []
    model.modelReset.connect(lambda: reset.append(1))
    model.set_rows(target)
    assert model.rows() == target
    assert not reset
    assert [model.index(i, 1).data() for i in range(len(new))] == [r.status for r in target]
    for k, p in persistent.items():
        if k in new:
            assert p.isValid()
            assert p.data(KEY_ROLE) == k
        else:
            assert not p.isValid()
    if old and old[0] in new:
        assert [i.data(KEY_ROLE) for i in selection.selectedIndexes()] == [old[0]]


def test_patch_rows_applies_a_partial_requery(qtbot, qtmodeltester) -> None:
    """The view re-queries only the ids a Changes named: back → replaced or added; missing → removed."""
    model = RowsModel()
    model.set_rows(rows([10, 20, 30, 40]))
    qtmodeltester.check(model)
    recorder = Recorder(model)
    model.patch_rows([Row(20, "F-0020", "resuelto"), Row(25, "F-0025", "abierto")], asked=[20, 25, 30],
                     order=lambda r: r.id)
    assert [r.id for r in model.rows()] == [10, 20, 25, 40]
    assert model.rows()[1].status == "resuelto"
    assert recorder.counts == {"rowsRemoved": 1, "rowsInserted": 1, "dataChanged": 1}
    model.patch_rows([Row(5, "F-0005", "abierto")], asked=[5])
    assert [r.id for r in model.rows()] == [10, 20, 25, 40, 5]  # no order given: new rows go last


def test_longest_increasing() -> None:
    assert _longest_increasing([]) == []
    seq = [3, 0, 4, 1, 5, 2, 6]
    picked = _longest_increasing(seq)
    assert len(picked) == 4
    values = [seq[i] for i in picked]
    assert values == sorted(values)
