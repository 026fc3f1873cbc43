"""Mi cola and Mis visitas as the technician sees them: order, colors, counts, filter, empty states, the keys and
buttons of the quick actions, Enter, the live refresh keeping the selection, and the day's visits."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from helpers import activate, drive
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ispdesk.core.changes import Changes
from ispdesk.core.clock import set_clock
from ispdesk.core.models import Report, Visit
from ispdesk.core.services import reports
from ispdesk.ui.common.table_model import KEY_ROLE
from ispdesk.ui.reports.actions import ActionDialog
from ispdesk.ui.technicians.queue import (
    AMBER,
    COL_ADDRESS,
    COL_DUE,
    COL_FOLIO,
    COL_LEFT,
    COL_STATUS,
    DANGER,
    URGENCY_ROLE,
    VCOL_ADDRESS,
    VCOL_PHONES,
    VCOL_REFERENCES,
    VCOL_STATUS,
    VCOL_TIME,
    QueueView,
    left_words,
)

MX = ZoneInfo("America/Mexico_City")
T0 = dt.datetime(2026, 11, 19, 16, 0)  # Thursday 19 Nov 2026, 10:00 in Mexico City


@pytest.fixture
def now():
    current = [T0]
    set_clock(lambda: current[0])
    yield current
    set_clock(None)


def fault(staff, customer, text: str, tech: str = "tecnico"):
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", text)
    return reports.assign(staff["recepcion"], r, staff[tech])


@pytest.fixture
def three(staff, customer, now):
    """Three faults opened 0, 3 and 10 hours apart (24-hour terms); the clock then stands 25½ h after the first:
    one overdue, one due within 2 hours, one with time to spare."""
    a = fault(staff, customer, "Sin internet")
    now[0] += dt.timedelta(hours=3)
    b = fault(staff, customer, "Lento por las tardes")
    now[0] += dt.timedelta(hours=7)
    c = fault(staff, customer, "Se cae cada hora")
    now[0] = T0 + dt.timedelta(hours=25, minutes=30)
    return a, b, c


@pytest.fixture
def make_view(qtbot, staff):
    def make(user: str = "tecnico") -> QueueView:
        view = QueueView()
        qtbot.addWidget(view)
        view.set_actor(staff[user])
        view.resize(1300, 700)
        activate(qtbot, view)
        view.focus_view()
        return view

    return make


def ids(view: QueueView) -> list[int]:
    return [view.model.index(r, 0).data(KEY_ROLE) for r in range(view.model.rowCount())]


def text(view: QueueView, report_id: int, column: int) -> str:
    return view.model.index(view.model.row_of(report_id), column).data()


def key(view: QueueView, letter: str) -> None:
    """A real key press on the focused list, through the shortcut map."""
    QTest.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{letter}"))


def test_nearest_term_first_colored_counted_and_model_checked(make_view, three, qtmodeltester) -> None:
    a, b, c = three
    view = make_view()
    assert ids(view) == [a.id, b.id, c.id]
    assert view.title.text() == "Tomás Peña"
    assert view.counts.text().startswith("3 reportes · ")
    assert "1 vencido" in view.counts.text()
    assert "1 vence en menos de 2 horas" in view.counts.text()
    assert view.tabs.tabText(0) == "Mi cola (3)"

    urgency = {rid: view.model.index(view.model.row_of(rid), 0).data(URGENCY_ROLE) for rid in (a.id, b.id, c.id)}
    assert urgency == {a.id: "overdue", b.id: "soon", c.id: "ok"}
    fg = {rid: view.model.index(view.model.row_of(rid), COL_FOLIO).data(Qt.ItemDataRole.ForegroundRole)
          for rid in (a.id, b.id, c.id)}
    assert fg[a.id].color() == QColor(DANGER)
    assert fg[b.id].color() == QColor(AMBER)
    assert fg[c.id] is None
    assert view.model.index(0, COL_LEFT).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert text(view, a.id, COL_LEFT) == "vencido hace 1 h 30 min"
    assert text(view, b.id, COL_LEFT) == "faltan 1 h 30 min"
    assert text(view, c.id, COL_LEFT) == "faltan 8 h"
    assert text(view, a.id, COL_DUE) == "hoy 10:00"  # 20 Nov, 10:00 local: "today" at 11:30
    assert text(view, a.id, COL_STATUS) == "Asignado"
    assert text(view, a.id, COL_ADDRESS) == "Centenario 322, Col. Centro"
    tip = view.model.index(0, COL_ADDRESS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Centenario 322, Col. Centro\nNorte / T-03"
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.visits_model)


def test_time_left_words() -> None:
    due = dt.datetime(2026, 11, 20, 12, 0)
    assert left_words(due, due - dt.timedelta(minutes=5)) == "faltan 5 min"
    assert left_words(due, due - dt.timedelta(hours=5, minutes=10)) == "faltan 5 h"
    assert left_words(due, due - dt.timedelta(days=1, hours=4)) == "faltan 1 d 4 h"
    assert left_words(due, due + dt.timedelta(days=1, hours=4)) == "vencido hace 1 d"
    assert left_words(due, due + dt.timedelta(days=8, hours=4)) == "vencido hace 8 d"


def test_paused_by_the_customer_says_detenido(make_view, three, staff) -> None:
    a, _b, _c = three
    reports.pause(staff["tecnico"], a, "cliente_pospone", "Pide que vayan el lunes")
    view = make_view()
    row = view.model.row_of(a.id)
    assert view.model.index(row, 0).data(URGENCY_ROLE) == "paused"
    assert text(view, a.id, COL_LEFT) == "detenido"
    assert text(view, a.id, COL_STATUS) == "En espera"
    assert "detenido" in view.model.index(row, COL_LEFT).data(Qt.ItemDataRole.ToolTipRole)
    assert "1 detenido por el cliente" in view.counts.text()


def test_empty_queue_says_so_kindly(make_view) -> None:
    view = make_view()
    assert view.queue_stack.currentWidget() is view.empty
    assert view.empty.text() == "No tiene reportes pendientes. ¡Buen trabajo!"
    assert view.counts.text() == "0 reportes"
    assert not view.buttons["resolve"].isEnabled()
    assert not view.open_button.isEnabled()
    view.tabs.setCurrentIndex(1)
    assert view.visits_stack.currentWidget() is view.visits_empty
    assert view.visits_empty.text() == "Sin visitas programadas para este día"


def test_status_filter(make_view, three, staff) -> None:
    a, b, c = three
    reports.start(staff["tecnico"], b)
    view = make_view()
    assert [view.filter.itemText(i) for i in range(view.filter.count())] == [
        "Todos activos (3)", "Asignado (2)", "En atención (1)", "En espera (0)"]
    view.filter.setCurrentIndex(2)
    assert ids(view) == [b.id]
    view.filter.setCurrentIndex(1)
    assert ids(view) == [a.id, c.id]
    view.filter.setCurrentIndex(3)
    assert view.queue_stack.currentWidget() is view.empty
    assert view.empty.text() == "Ningún reporte «En espera» en su cola."
    assert view.counts.text().startswith("3 reportes")  # the counts are the whole queue's
    view.filter.setCurrentIndex(0)
    assert ids(view) == [a.id, b.id, c.id]


def test_quick_actions_by_key_follow_allowed_actions(make_view, three) -> None:
    a, b, _c = three
    view = make_view()
    assert QApplication.focusWidget() is view.table
    assert view.selected_key() == a.id  # the top row, ready for the keyboard
    for k in ("start", "onsite", "visit", "note", "pause", "resolve", "workorder"):
        assert view.buttons[k].isEnabled(), k
    assert view.buttons["start"].text() == "Iniciar (I)"
    assert view.buttons["onsite"].text() == "En sitio (S)"

    key(view, "I")
    assert Report.get_by_id(a.id).status == "en_proceso"
    assert text(view, a.id, COL_STATUS) == "En atención"  # the row changed in place
    assert view.selected_key() == a.id
    assert view.message.text() == f"{a.folio}: atención iniciada."
    assert not view.buttons["start"].isEnabled()

    key(view, "S")
    assert Visit.get(Visit.report == a.id).status == "en_sitio"
    assert view.message.text() == f"{a.folio}: llegada al domicilio registrada."

    drive(view, lambda d: d.widgets["note"].setPlainText("Se cambió el conector RJ45"))
    key(view, "N")
    assert view.message.text() == f"{a.folio}: nota agregada."

    def resolve(d: ActionDialog) -> None:
        d.widgets["action_taken"].setPlainText("Se cambió el conector y se alineó la antena")
        d.yes.setChecked(True)

    dialogs = drive(view, resolve)
    key(view, "R")
    assert dialogs[-1].result() == ActionDialog.DialogCode.Accepted
    assert Report.get_by_id(a.id).status == "resuelto"
    assert view.model.row_of(a.id) is None  # left the queue
    assert view.selected_key() == b.id  # the next one is selected: the keyboard goes on
    assert "Sale de su cola" in view.message.text()
    assert view.counts.text().startswith("2 reportes")


def test_buttons_run_the_same_actions_and_a_refused_key_says_why(make_view, three, staff) -> None:
    a, _b, _c = three
    reports.pause(staff["tecnico"], a, "cliente_pospone")
    view = make_view()
    assert view.selected_key() == a.id
    assert not view.buttons["onsite"].isEnabled()
    key(view, "S")
    assert view.message.text() == "«En sitio» no se puede en este reporte (En espera)."
    assert view.selected_key() == a.id  # no jump to a row starting with S
    assert view.buttons["start"].text() == "Reanudar (I)"
    view.buttons["start"].click()
    assert Report.get_by_id(a.id).status == "en_proceso"
    assert view.message.text() == f"{a.folio}: se reanudó la atención."

    dialogs = drive(view, lambda d: None)
    view.buttons["visit"].click()
    assert dialogs[-1].windowTitle().startswith("Programar visita")
    assert Visit.select().where(Visit.report == a.id, Visit.status == "programada").count() == 1
    assert text(view, a.id, 6)  # Próxima visita shows it


def test_dialogs_start_on_their_first_field(make_view, three) -> None:
    view = make_view()
    focus = {}

    def look(d: ActionDialog) -> int:
        focus[d.windowTitle().split(" ")[0]] = d.focusWidget()
        return ActionDialog.DialogCode.Rejected

    view.exec_dialog = look  # type: ignore[method-assign]
    seen = []
    view.actions.exec_dialog = lambda d: (seen.append(d), view._run_dialog(d))[1]  # type: ignore[method-assign]
    key(view, "N")
    key(view, "R")
    note, resolve = seen
    assert focus["Nota"] is note.widgets["note"]
    assert focus["Resolver"] is resolve.widgets["cause_code"]


def test_enter_and_double_click_open_the_report(qtbot, make_view, three) -> None:
    a, b, _c = three
    view = make_view()
    with qtbot.waitSignal(view.report_requested) as blocker:
        QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [a.id]
    rect = view.table.visualRect(view.model.index(1, 1))
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.report_requested) as blocker:
        QTest.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [b.id]


def test_live_refresh_keeps_the_selection(make_view, three, staff, customer, now) -> None:
    a, b, c = three
    view = make_view()
    view.table.selectRow(view.model.row_of(b.id))
    resets = []
    view.model.modelReset.connect(lambda: resets.append(1))

    # another PC: a new report assigned to him, the selected one put on hold, one reassigned to someone else
    new = fault(staff, customer, "Recién asignado")
    reports.pause(staff["gerente"], b, "refacciones")
    reports.assign(staff["gerente"], c, staff["jefe_tecnico"])
    view.apply_changes(Changes(report_ids=frozenset({new.id, b.id, c.id})))
    assert ids(view) == [a.id, b.id, new.id]
    assert view.selected_key() == b.id
    assert text(view, b.id, COL_STATUS) == "En espera"
    assert view.counts.text().startswith("3 reportes")

    view.apply_changes(Changes(report_ids=frozenset({999_999})))  # someone else's report: nothing moves
    view.apply_changes(Changes.everything())  # a reload: the same rows, the same selection
    assert ids(view) == [a.id, b.id, new.id]
    assert view.selected_key() == b.id
    assert resets == []


def test_day_visits_in_order_with_address_references_and_phones(qtbot, make_view, staff, customer, now) -> None:
    from factories import make_customer

    pedro = make_customer(staff["recepcion"], number="C-2", name="Pedro Ávila", phones="4441112233",
                          references="Portón verde junto a la tienda")
    late = fault(staff, customer, "Tarde")
    early = reports.assign(staff["recepcion"], reports.open_report(staff["recepcion"], pedro, "falla", "telefono",
                                                                   "Temprano"), staff["tecnico"])
    day = dt.date(2026, 11, 19)
    at = lambda h: dt.datetime.combine(day, dt.time(h), tzinfo=MX)  # noqa: E731
    reports.schedule_visit(staff["tecnico"], late, at(16), at(18))
    reports.schedule_visit(staff["tecnico"], early, at(11), at(13))
    view = make_view()
    assert view.day.date() == QDate(2026, 11, 19)
    view.tabs.setCurrentIndex(1)
    assert QApplication.focusWidget() is view.visits
    m = view.visits_model
    assert [m.index(r, VCOL_TIME).data() for r in range(m.rowCount())] == ["11:00–13:00", "16:00–18:00"]
    assert m.index(0, VCOL_ADDRESS).data() == "Centenario 322, Col. Centro, Rioverde\nNorte / T-03"
    assert m.index(0, VCOL_REFERENCES).data() == "Portón verde junto a la tienda"
    assert m.index(0, VCOL_PHONES).data() == "444 111 2233"
    assert m.index(0, VCOL_STATUS).data() == "Programada"
    assert view.tabs.tabText(1) == "Mis visitas de hoy (2)"
    assert view.day_summary.text() == "2 visitas"

    assert view.current_report_id() == early.id  # the actions work on the visit's report
    assert view.buttons["onsite"].isEnabled()
    key(view, "S")
    assert m.index(0, VCOL_STATUS).data() == "Técnico en el domicilio"
    with qtbot.waitSignal(view.report_requested) as blocker:
        QTest.keyClick(view.visits, Qt.Key.Key_Return)
    assert blocker.args == [early.id]

    QTest.keyClick(view.visits, Qt.Key.Key_Right)  # → tomorrow
    assert view.day.date() == QDate(2026, 11, 20)
    assert view.visits_stack.currentWidget() is view.visits_empty
    assert view.tabs.tabText(1) == "Mis visitas de mañana (0)"
    view.today_button.click()
    assert m.rowCount() == 2


def test_main_window_starts_a_technician_on_his_queue(qtbot, staff, three) -> None:
    from ispdesk.ui.shell.main_window import MainWindow

    a, _b, _c = three
    w = MainWindow(staff["tecnico"])
    qtbot.addWidget(w)
    w.show()
    queue = w.role_views["queue"]
    assert isinstance(queue, QueueView)
    assert w.stack.currentWidget() is queue
    assert w.nav.isVisible()
    queue.open_current()
    assert w.report_view.report.id == a.id
    w.go_back()
    assert w.stack.currentWidget() is queue
    assert queue.selected_key() == a.id
