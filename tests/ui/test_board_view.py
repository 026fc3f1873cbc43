"""The board of the technical lead and the manager, and the areas' inboxes: columns per person, drag and drop and
keys that assign through the service (one event each), the zone suggestion, live refresh that keeps the
selection."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from helpers import drive, press
from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QDropEvent

from ispdesk.core.changes import Changes
from ispdesk.core.clock import set_clock
from ispdesk.core.models import ReportEvent, TechZone, User
from ispdesk.core.services import reports, users
from ispdesk.ui.lead.board import (
    COL_CUSTOMER,
    COL_DUE,
    COL_FOLIO,
    COL_ZONE,
    COVER_BG,
    GROUP_ROLE,
    MIME_TYPE,
    BoardTable,
    BoardView,
    GroupRow,
)
from ispdesk.ui.reports.actions import ActionDialog


@pytest.fixture
def team(staff):
    """The UI staff plus a second technician: the technical columns are Ramiro, Tomás (technicians by name),
    then Rosa (the lead)."""
    return staff | {"tecnico2": users.create_user(staff["gerente"], "ramiro", "Ramiro Núñez", "tecnico", "secreto1")}


def _fault(staff, customer, text="Sin internet"):
    return reports.open_report(staff["recepcion"], customer, "falla", "telefono", text)


@pytest.fixture
def faults(team, customer):
    """Three faults of the customer in zone Norte: one for Tomás, two unassigned."""
    a, b, c = (_fault(team, customer, f"Falla {n}") for n in range(3))
    reports.assign(team["jefe_tecnico"], a, team["tecnico"])
    return a, b, c


def _board(qtbot, actor) -> BoardView:
    view = BoardView()
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.set_actor(actor)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def board(qtbot, team, faults):
    return _board(qtbot, team["jefe_tecnico"])


def _folios(column) -> list[str]:
    m = column.model
    return [m.index(r, COL_FOLIO).data() for r in range(m.rowCount())]


def _column(view: BoardView, username: str | None):
    for column in view.columns:
        if (column.person.username if column.person else None) == username:
            return column
    raise AssertionError(f"no column for {username}")


def _last_event(report) -> ReportEvent:
    return ReportEvent.select().where(ReportEvent.report == report.id).order_by(ReportEvent.id.desc()).first()


def _select(view: BoardView, column, report) -> None:
    row = column.model.row_of(report.id)
    column.table.setFocus()
    column.table.setCurrentIndex(column.model.index(row, 0))


# --- what the lead sees --------------------------------------------------------------------------------------

def test_columns_per_person_with_their_reports_and_load(board, team, faults, customer) -> None:
    a, b, c = faults
    assert board.area_codes() == ["tecnica", "facturacion", "administracion", "atencion"]
    assert board.tabs.tabText(0) == "Técnicos (3)"
    assert [c_.person.username if c_.person else None for c_ in board.columns] == [None, "ramiro", "tomas", "rosa"]
    unassigned, ramiro, tomas, rosa = board.columns
    assert _folios(unassigned) == [b.folio, c.folio]  # nearest term first
    assert _folios(tomas) == [a.folio]
    assert _folios(ramiro) == _folios(rosa) == []
    m = tomas.model
    assert m.index(0, COL_CUSTOMER).data() == customer.name
    assert m.index(0, COL_ZONE).data() == "Norte / T-03"
    assert m.index(0, COL_DUE).data().startswith("faltan ")
    assert tomas.summary == "Tomás Peña · sin zonas · 1 abierto"
    assert unassigned.summary == "Sin asignar · 2 abiertos"
    assert tomas.name_label.full_text() == "Tomás Peña"
    assert tomas.key_label.text() == "2"  # its key
    assert tomas.count_label.text() == "1 abierto"
    assert unassigned.key_label.text() == "0"
    assert "A)" in board.assign_button.text()
    assert "número de la columna" in board.keys_label.text()


def test_overdue_and_due_soon_are_counted_and_coloured(board, faults) -> None:
    a, _b, _c = faults
    later = a.resolution_due + dt.timedelta(hours=1)
    set_clock(lambda: later)
    try:
        board.refresh()
        tomas = _column(board, "tomas")
        assert tomas.summary == "Tomás Peña · sin zonas · 1 abierto, 1 vencido"
        assert "vencido hace 1 h" in tomas.model.index(0, COL_DUE).data()
        assert tomas.model.index(0, COL_DUE).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
        assert tomas.model.index(0, 0).data(0x0100 + 1).urgency == "overdue"  # the card paints it red
        set_clock(lambda: a.resolution_due - dt.timedelta(minutes=90))
        board.refresh()
        assert tomas.model.index(0, COL_DUE).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#9a6700"
    finally:
        set_clock(None)


def test_technicians_zones_in_the_header(qtbot, team, faults) -> None:
    TechZone.create(user=team["tecnico"], zone="Norte")
    TechZone.create(user=team["tecnico"], zone="Centro")
    view = _board(qtbot, team["gerente"])
    assert _column(view, "tomas").summary == "Tomás Peña · Centro, Norte · 1 abierto"


def test_models_pass_the_model_tester(board, qtmodeltester) -> None:
    for column in board.columns:
        qtmodeltester.check(column.model)
    board.set_mode("table")
    qtmodeltester.check(board.grouped_model)


# --- assigning -----------------------------------------------------------------------------------------------

def test_drag_onto_a_column_assigns_and_logs_the_event(qtbot, board, team, faults) -> None:
    _a, b, _c = faults
    unassigned, tomas = _column(board, None), _column(board, "tomas")
    mime = unassigned.model.mimeData([unassigned.model.index(unassigned.model.row_of(b.id), 0)])
    assert mime.hasFormat(MIME_TYPE)
    assert json.loads(bytes(mime.data(MIME_TYPE).data())) == {"ids": [b.id], "from": [None]}
    assert not unassigned.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert tomas.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert tomas.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    event = _last_event(b)
    assert event.action == "assigned"
    assert event.user_id == team["jefe_tecnico"].id
    assert json.loads(event.data_json)["assignee"] == "tomas"
    assert "Tomás Peña" in event.text
    assert b.folio in _folios(tomas)
    assert b.folio not in _folios(unassigned)
    assert board.message_label.text() == f"{b.folio} asignado a Tomás Peña."
    assert not board.keys_label.isVisibleTo(board)  # the message takes the hint's place for a while
    assert tomas.summary.endswith("2 abiertos")
    board.message_timer.setInterval(10)
    board.message_timer.start()
    qtbot.waitUntil(lambda: board.keys_label.isVisibleTo(board))
    assert not board.message_label.isVisibleTo(board)


def test_drop_on_sin_asignar_unassigns(board, faults) -> None:
    a, _b, _c = faults
    unassigned, tomas = _column(board, None), _column(board, "tomas")
    mime = tomas.model.mimeData([tomas.model.index(0, 0)])
    assert unassigned.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    event = _last_event(a)
    assert event.action == "assigned"
    assert event.text == "Sin asignar"
    assert a.folio in _folios(unassigned)
    assert _folios(tomas) == []
    assert board.message_label.text() == f"{a.folio} quedó sin asignar."


def test_drop_on_a_column_header(board, faults) -> None:
    _a, b, _c = faults
    unassigned, ramiro = _column(board, None), _column(board, "ramiro")
    mime = unassigned.model.mimeData([unassigned.model.index(unassigned.model.row_of(b.id), 0)])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    ramiro.dropEvent(drop)
    assert drop.isAccepted()
    assert _folios(ramiro) == [b.folio]


def test_number_key_assigns_and_the_pile_keeps_the_focus(board, team, faults) -> None:
    _a, b, c = faults
    unassigned = _column(board, None)
    _select(board, unassigned, b)
    press(unassigned.table, Qt.Key.Key_1)  # column 1: Ramiro
    assert json.loads(_last_event(b).data_json)["assignee"] == "ramiro"
    assert _folios(_column(board, "ramiro")) == [b.folio]
    # the next report of the pile took its place, selected and focused: one key per report
    assert board.selected_ids() == [c.id]
    assert unassigned.table.hasFocus()
    press(unassigned.table, Qt.Key.Key_3)  # column 3: Rosa, the lead
    assert User.get_by_id(reports.Report.get_by_id(c.id).assignee_id).username == "rosa"
    assert _folios(unassigned) == []
    # reassigning from a person's column, and 0 for «Sin asignar»
    ramiro = _column(board, "ramiro")
    _select(board, ramiro, b)
    press(ramiro.table, Qt.Key.Key_0)
    assert _folios(unassigned) == [b.folio]
    assert reports.Report.get_by_id(b.id).assignee_id is None


def test_keys_that_do_not_apply_show_a_message(board, faults) -> None:
    _a, b, _c = faults
    unassigned = _column(board, None)
    _select(board, unassigned, b)
    press(unassigned.table, Qt.Key.Key_7)
    assert board.error_label.text() == "No hay columna 7."
    assert reports.Report.get_by_id(b.id).assignee_id is None


def test_service_refusal_is_shown(board, team, faults) -> None:
    _a, b, _c = faults
    User.update(active=False).where(User.id == team["tecnico2"].id).execute()  # Ramiro left meanwhile
    unassigned = _column(board, None)
    _select(board, unassigned, b)
    press(unassigned.table, Qt.Key.Key_1)
    assert board.error_label.text() == "Asigne el reporte a una persona activa."
    assert reports.Report.get_by_id(b.id).assignee_id is None


def test_a_opens_the_assign_dialog_with_the_zone_suggestion_first(board, team, faults) -> None:
    _a, b, _c = faults
    TechZone.create(user=team["tecnico"], zone="Norte")

    def check(dialog: ActionDialog) -> None:
        combo = dialog.widgets["assignee"]
        assert combo.currentData() == team["tecnico"].id  # who covers Norte comes first
        assert "cubre Norte" in combo.currentText()

    seen = drive(board, check)
    unassigned = _column(board, None)
    _select(board, unassigned, b)
    press(unassigned.table, Qt.Key.Key_A)
    assert len(seen) == 1
    assert json.loads(_last_event(b).data_json)["assignee"] == "tomas"
    assert b.folio in _folios(_column(board, "tomas"))
    assert board.message_label.text() == f"{b.folio} asignado a Tomás Peña."


def test_turn_over_to_another_area(board, team, faults) -> None:
    _a, b, _c = faults

    def turn(dialog: ActionDialog) -> None:
        combo = dialog.widgets["area"]
        combo.setCurrentIndex(combo.findData("facturacion"))

    drive(board, turn)
    unassigned = _column(board, None)
    _select(board, unassigned, b)
    press(unassigned.table, Qt.Key.Key_T)
    assert _last_event(b).action == "area"
    assert b.folio not in _folios(unassigned)
    assert board.message_label.text() == f"{b.folio} turnado: ya no está en esta bandeja."
    assert board.tabs.tabText(1) == "Facturación (1)"


def test_enter_and_double_click_open_the_report(qtbot, board, faults) -> None:
    _a, b, _c = faults
    unassigned = _column(board, None)
    _select(board, unassigned, b)
    with qtbot.waitSignal(board.report_requested) as blocker:
        press(unassigned.table, Qt.Key.Key_Return)
    assert blocker.args == [b.id]
    index = unassigned.model.index(unassigned.model.row_of(b.id), 0)
    with qtbot.waitSignal(board.report_requested) as blocker:
        unassigned.table.doubleClicked.emit(index)
    assert blocker.args == [b.id]


def test_arrows_move_between_columns(board, faults) -> None:
    a, b, _c = faults
    unassigned = _column(board, None)
    _select(board, unassigned, b)
    press(unassigned.table, Qt.Key.Key_Right)
    assert board.columns[1].table.hasFocus()  # Ramiro's column, empty
    press(board.columns[1].table, Qt.Key.Key_Right)
    assert board.columns[2].table.hasFocus()
    assert board.selected_ids() == [a.id]  # Tomás's report
    press(board.columns[2].table, Qt.Key.Key_Left)
    press(board.columns[1].table, Qt.Key.Key_Left)
    assert board.selected_ids() == [b.id]


def test_selection_highlights_who_covers_the_zone(board, team, faults) -> None:
    _a, b, _c = faults
    TechZone.create(user=team["tecnico"], zone="Norte")
    board.refresh()
    unassigned = _column(board, None)
    _select(board, unassigned, b)
    tomas, ramiro = _column(board, "tomas"), _column(board, "ramiro")
    assert tomas.covers
    assert tomas.cover_label.text() == "✔ Cubre la zona Norte"
    assert not ramiro.covers
    assert not _column(board, "rosa").covers
    assert ramiro.cover_label.text() == ""
    # the grouped table marks the group
    board.set_mode("table")
    m = board.grouped_model
    groups = {m.index(r, 0).data(GROUP_ROLE): r for r in range(m.rowCount()) if isinstance(m.row_at(r), GroupRow)}
    assert board.selected_ids() == [b.id]
    brush = m.index(groups[team["tecnico"].id], 0).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color().name() == COVER_BG
    assert m.index(groups[team["tecnico2"].id], 0).data(Qt.ItemDataRole.BackgroundRole).color().name() != COVER_BG


def test_grouped_table_drop_on_a_group_assigns(board, team, faults) -> None:
    _a, b, _c = faults
    board.set_mode("table")
    assert board.table_button.isChecked()
    m = board.grouped_model
    titles = [m.index(r, 0).data() for r in range(m.rowCount()) if isinstance(m.row_at(r), GroupRow)]
    assert titles == ["0 · Sin asignar · 2 abiertos", "1 · Ramiro Núñez · sin zonas · 0 abiertos",
                      "2 · Tomás Peña · sin zonas · 1 abierto", "3 · Rosa Treviño · sin zonas · 0 abiertos"]
    board.grouped_table.setCurrentIndex(m.index(m.row_of(b.id), 0))  # pressing on a row selects it, then drags
    mime = m.mimeData([m.index(m.row_of(b.id), 0)])
    ramiro_row = next(r for r in range(m.rowCount()) if m.index(r, 0).data(GROUP_ROLE) == team["tecnico2"].id)
    assert m.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, m.index(ramiro_row, 0))
    assert json.loads(_last_event(b).data_json)["assignee"] == "ramiro"
    row = m.row_of(b.id)
    assert m.index(row, 0).data(GROUP_ROLE) == team["tecnico2"].id
    group_rows = [r for r in range(m.rowCount()) if isinstance(m.row_at(r), GroupRow)]
    assert all(board.grouped_table.columnSpan(r, 0) == 6 for r in group_rows)  # group rows span the table
    assert board.grouped_table.columnSpan(row, 0) == 1
    assert board.selected_ids() == [b.id]  # the moved report stays selected, in its new group
    # the mode is remembered
    again = BoardView()
    assert again.mode == "table"
    again.deleteLater()


# --- inboxes and roles -----------------------------------------------------------------------------------------

def test_inboxes_hold_only_their_area(qtbot, team, faults, customer) -> None:
    billing = reports.open_report(team["recepcion"], customer, "aclaracion", "telefono", "Cobro doble")
    cancel = reports.open_report(team["recepcion"], customer, "cancelacion", "oficina", "Se muda")
    view = _board(qtbot, team["jefe_tecnico"])
    assert all(r.kind == "falla" for r in view.board.rows)
    view.set_area("facturacion")
    assert view.tabs.currentIndex() == 1
    assert [r.id for r in view.board.rows] == [billing.id]
    assert _folios(view.columns[0]) == [billing.folio]
    people = [c.person.username for c in view.columns[1:]]
    assert set(people) == {"ana", "rosa", "gerente"}  # the office staff, not the technicians
    view.set_area("administracion")
    assert [r.id for r in view.board.rows] == [cancel.id]
    assert view.tabs.tabText(2) == "Administración (1)"


def test_receptionist_sees_only_the_inboxes(qtbot, team, faults, customer) -> None:
    billing = reports.open_report(team["recepcion"], customer, "aclaracion", "telefono", "Cobro doble")
    view = _board(qtbot, team["recepcion"])
    assert view.area_codes() == ["facturacion", "administracion", "atencion"]
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "Facturación (1)", "Administración (0)", "Atención a clientes (0)"]
    assert view.area == "facturacion"
    unassigned, ana = _column(view, None), _column(view, "ana")
    _select(view, unassigned, billing)
    press(unassigned.table, Qt.Key.Key_0 + view.columns.index(ana))
    assert json.loads(_last_event(billing).data_json)["assignee"] == "ana"


def test_main_window_starts_the_lead_on_the_board(qtbot, team, faults) -> None:
    from ispdesk.ui.shell.main_window import MainWindow

    w = MainWindow(team["jefe_tecnico"])
    qtbot.addWidget(w)
    board = w.role_views["board"]
    assert isinstance(board, BoardView)
    assert w.stack.currentWidget() is board
    w.show()
    _a, b, _c = faults
    assert board.selected_ids() == [b.id]  # the keyboard starts on the unassigned pile's first report
    w.activateWindow()
    qtbot.waitUntil(lambda: board.columns[0].table.hasFocus())
    desk = MainWindow(team["recepcion"])
    qtbot.addWidget(desk)
    assert desk.role_views["board"].area_codes() == ["facturacion", "administracion", "atencion"]
    assert desk.stack.currentWidget() is desk.search_view


# --- live refresh ------------------------------------------------------------------------------------------------

def test_live_refresh_keeps_the_selection(board, team, faults, customer) -> None:
    _a, b, c = faults
    unassigned = _column(board, None)
    _select(board, unassigned, c)
    new = _fault(team, customer, "Otra falla")  # another PC: a new report, and b assigned to Ramiro
    reports.assign(team["gerente"], b, team["tecnico2"])
    board.apply_changes(Changes(report_ids=frozenset({new.id, b.id})))
    assert _folios(unassigned) == [c.folio, new.folio]
    assert _folios(_column(board, "ramiro")) == [b.folio]
    assert board.selected_ids() == [c.id]
    assert unassigned.table.selectionModel().isRowSelected(unassigned.model.row_of(c.id), QModelIndex())
    # the selected report itself moved on another PC: it stays selected where it went
    reports.assign(team["gerente"], c, team["tecnico"])
    board.apply_changes(Changes(report_ids=frozenset({c.id})))
    assert board.selected_ids() == [c.id]
    assert board._active is _column(board, "tomas").table


def test_live_refresh_only_when_reports_changed(board, monkeypatch) -> None:
    from ispdesk.core import queries

    calls = []
    real = queries.board
    monkeypatch.setattr(queries, "board", lambda area: calls.append(area) or real(area))
    board.apply_changes(Changes(report_ids=frozenset(), customer_ids=frozenset({1})))
    assert calls == []
    board.apply_changes(Changes.everything())
    assert calls == ["tecnica"]
    board.hide()
    board.apply_changes(Changes(report_ids=frozenset({1})))
    assert calls == ["tecnica"]  # hidden: re-read when shown
    board.show()
    assert calls == ["tecnica", "tecnica"]
    BoardTable.dragging = True  # a report is being dragged: the lists stay as they are until it is dropped
    try:
        board.apply_changes(Changes(report_ids=frozenset({1})))
        assert calls == ["tecnica", "tecnica"]
    finally:
        BoardTable.dragging = False
    board.columns[0].table.drag_finished()
    assert calls == ["tecnica", "tecnica", "tecnica"]


def test_someone_new_gets_a_column_on_the_next_refresh(board, team, faults) -> None:
    a, b, _c = faults
    unassigned = _column(board, None)
    _select(board, unassigned, b)
    users.create_user(team["gerente"], "eva", "Eva Zúñiga", "tecnico", "secreto1")
    board.apply_changes(Changes.everything())
    assert [c.person.username if c.person else None for c in board.columns] == [
        None, "eva", "ramiro", "tomas", "rosa"]
    assert _folios(_column(board, "tomas")) == [a.folio]
    assert _folios(_column(board, "eva")) == []
    assert board.selected_ids() == [b.id]
    press(unassigned.table, Qt.Key.Key_1)
    assert json.loads(_last_event(b).data_json)["assignee"] == "eva"
    assert _folios(_column(board, "eva")) == [b.folio]
