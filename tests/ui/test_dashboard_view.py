"""«Indicadores», the manager's start view: tiles with the figures, each opening the list of its reports (Enter opens
a report, Esc comes back), live refresh, and the monthly summary dialog (PDF printed or saved, CSV saved) working
off the GUI thread with a progress bar."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from helpers import press
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ispdesk.core.changes import Changes
from ispdesk.core.clock import now_utc
from ispdesk.core.queries import dashboard as dq
from ispdesk.core.queries.summary import current_month, shift_month
from ispdesk.core.services import incidents, reports
from ispdesk.core.session import Session
from ispdesk.ui.common import printing
from ispdesk.ui.common.tasks import pending_tasks
from ispdesk.ui.managers import summary_dialog
from ispdesk.ui.managers.dashboard import COL_FOLIO, DashboardView
from ispdesk.ui.managers.summary_dialog import MonthlySummaryDialog
from ispdesk.ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def _no_work_left_behind(qtbot):
    """A test that stops early must not leave a render running into the next one."""
    yield
    qtbot.waitUntil(lambda: printing.pending_jobs() == 0 and pending_tasks() == 0, timeout=20000)


def _fault(staff, customer, hours_ago: float, text: str = "Sin internet"):
    return reports.open_report(staff["recepcion"], customer, "falla", "telefono", text,
                               opened_at=now_utc() - dt.timedelta(hours=hours_ago))


@pytest.fixture
def day(staff, customer):
    """Two overdue faults (one Tomás's), one recent fault of Tomás's, one waiting for the customer (not overdue)."""
    lead, tech = staff["jefe_tecnico"], staff["tecnico"]
    late_mine = _fault(staff, customer, 50, "Vencida de Tomás")
    late_nobody = _fault(staff, customer, 30, "Vencida sin asignar")
    recent = _fault(staff, customer, 1, "Reciente")
    waiting = _fault(staff, customer, 40, "Esperando al cliente")
    for r in (late_mine, recent, waiting):
        reports.assign(lead, r, tech)
    reports.pause(tech, waiting, "cliente_pospone")
    return {"late_mine": late_mine, "late_nobody": late_nobody, "recent": recent, "waiting": waiting}


@pytest.fixture
def view(qtbot, staff, day):
    v = DashboardView()
    qtbot.addWidget(v)
    v.resize(1366, 720)
    v.set_actor(Session.of(staff["gerente"]))
    v.show()
    qtbot.waitExposed(v)
    return v


def _folios(v: DashboardView) -> list[str]:
    return [v.model.index(r, COL_FOLIO).data() for r in range(v.model.rowCount())]


def test_tiles_show_the_figures(view, day) -> None:
    d = dq.dashboard()
    assert view.tiles["active"].value_label.text() == "4"
    assert view.tiles["overdue"].value_label.text() == str(d.overdue) == "2"
    assert view.tiles["overdue"].tone == "bad"
    assert view.tiles["unassigned"].value_label.text() == "1"
    assert view.tiles["incidents"].value_label.text() == "0"
    tomas = next(t for t in view.tech_tiles.values() if t.title_label.text() == "Tomás Peña")
    assert tomas.value_label.text() == "3"
    assert tomas.note_label.text() == "1 vencido"
    assert view.summary_button.isVisible()


def test_a_tile_opens_its_list_enter_opens_a_report_esc_comes_back(qtbot, view, day) -> None:
    view.tiles["overdue"].setFocus()
    press(view.tiles["overdue"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.list_page)
    assert sorted(_folios(view)) == sorted([day["late_mine"].folio, day["late_nobody"].folio])
    assert _folios(view)[0] == day["late_mine"].folio  # the most overdue first
    assert view.list_title.text() == "Vencidos: 2 reportes"
    assert view.table.hasFocus()
    with qtbot.waitSignal(view.report_requested) as opened:
        press(view.table, Qt.Key.Key_Return)
    assert opened.args == [day["late_mine"].id]
    press(view.table, Qt.Key.Key_Escape)
    assert view.pages.currentWidget() is view.tiles_page


def test_a_technician_tile_lists_their_reports(qtbot, view, day, staff) -> None:
    tile = next(t for t in view.tech_tiles.values() if t.title_label.text() == "Tomás Peña")
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert sorted(_folios(view)) == sorted(day[k].folio for k in ("late_mine", "recent", "waiting"))
    assert view.list_title.text() == "Abiertos de Tomás Peña: 3 reportes"
    waiting_row = _folios(view).index(day["waiting"].folio)
    assert view.model.index(waiting_row, 6).data() == "detenido: espera al cliente"


def test_live_refresh_moves_the_figures_and_keeps_the_selection(qtbot, view, day, staff) -> None:
    view.open_figure("active")
    row = _folios(view).index(day["recent"].folio)
    view.table.selectRow(row)
    reports.assign(staff["jefe_tecnico"], day["late_nobody"], staff["tecnico"])  # "another PC"
    view.apply_changes(Changes(report_ids=frozenset({day["late_nobody"].id})))
    assert view.tiles["unassigned"].value_label.text() == "0"
    selected = view.table.selectionModel().selectedRows()
    assert [view.model.row_at(i.row()).id for i in selected] == [day["recent"].id]
    reports.resolve(staff["tecnico"], day["recent"], cause_code="red", action="Listo", upheld=True)
    view.apply_changes(Changes(report_ids=frozenset({day["recent"].id})))
    assert day["recent"].folio not in _folios(view)
    assert view.list_title.text() == "Reportes abiertos: 3 reportes"


def test_a_hidden_dashboard_waits_until_shown(qtbot, view, day, staff) -> None:
    view.hide()
    reports.assign(staff["jefe_tecnico"], day["late_nobody"], staff["tecnico"])
    view.apply_changes(Changes(report_ids=frozenset({day["late_nobody"].id})))
    assert view.tiles["unassigned"].value_label.text() == "1"
    view.show()
    qtbot.waitUntil(lambda: view.tiles["unassigned"].value_label.text() == "0")


def test_the_manager_starts_here_and_the_incidents_tile_opens_that_screen(qtbot, staff, day, customer) -> None:
    incidents.declare(staff["gerente"], title="Caída en Norte", zone="Norte")
    w = MainWindow(staff["gerente"])
    qtbot.addWidget(w)
    w.show()
    dashboard = w.role_views["dashboard"]
    assert w.stack.currentWidget() is dashboard
    assert w.nav.item(0).text() == "Indicadores"
    assert dashboard.tiles["incidents"].value_label.text() == "1"
    qtbot.mouseClick(dashboard.tiles["incidents"], Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.role_views["incidents"]
    w.go_back()
    assert w.stack.currentWidget() is dashboard
    dashboard.open_figure("overdue")
    press(dashboard.table, Qt.Key.Key_Return)
    assert w.stack.currentWidget() is w.report_view
    w.go_back()
    assert w.stack.currentWidget() is dashboard
    assert dashboard.pages.currentWidget() is dashboard.list_page  # back where the manager was
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    dashboard.table.setFocus()
    QTest.keyClick(dashboard.table, Qt.Key.Key_Escape)  # a real key press, through the window's shortcut map
    assert dashboard.pages.currentWidget() is dashboard.tiles_page  # Esc on the list: back to the tiles…
    assert w.stack.currentWidget() is dashboard  # …not the window's «Atrás»


@pytest.mark.parametrize(("role", "sees"), [("admin", True), ("jefe_tecnico", False), ("recepcion", False)])
def test_who_sees_the_dashboard(qtbot, staff, role, sees) -> None:
    from ispdesk.core.models import User

    user = staff.get(role) or User.create(username="adela", full_name="Adela Admin", role="admin",
                                          office=staff["gerente"].office_id, password_hash="x", created_at=now_utc())
    w = MainWindow(user)
    qtbot.addWidget(w)
    assert ("dashboard" in w.role_views) is sees


# --- the monthly summary ----------------------------------------------------------------------------------------

@pytest.fixture
def last_month(staff, customer):
    """Three reports last month, one of them fixed."""
    year, month = shift_month(*current_month(), -1)
    opened = dt.datetime(year, month, 10, 16, 0)  # 10:00 in Mexico City
    made = [reports.open_report(staff["recepcion"], customer, kind, "telefono", "Algo", opened_at=opened)
            for kind in ("falla", "falla", "queja")]
    reports.resolve(staff["gerente"], made[0], cause_code="red", action="Listo", upheld=True)
    return year, month, made


def _dialog(qtbot, staff) -> MonthlySummaryDialog:
    d = MonthlySummaryDialog(Session.of(staff["gerente"]))
    qtbot.addWidget(d)
    d.show()
    return d


def test_summary_dialog_saves_the_pdf_off_the_gui_thread(qtbot, monkeypatch, staff, last_month, tmp_path) -> None:
    year, month, _made = last_month
    target = tmp_path / "resumen.pdf"
    monkeypatch.setattr(printing, "ask_save_path", lambda parent, suggested: target)
    d = _dialog(qtbot, staff)
    assert d.month_combo.currentData() == (year, month)  # the month that just ended, by default
    assert not d.office_combo.isVisible()  # one office: nothing to choose
    steps: list[int] = []
    d.progress.valueChanged.connect(steps.append)
    qtbot.mouseClick(d.pdf_button, Qt.MouseButton.LeftButton)
    assert d.busy  # the figures are read in a worker
    assert not d.pdf_button.isEnabled()
    qtbot.waitUntil(lambda: target.exists() and printing.pending_jobs() == 0, timeout=20000)
    assert target.read_bytes().startswith(b"%PDF")
    assert max(steps) >= 4  # the bar moved through the steps
    assert d.summary is not None
    assert d.summary.total == 3
    assert "guardado en" in d.status_label.text()
    assert d.pdf_button.isEnabled()


def test_summary_dialog_prints_and_saves_the_csv_reading_the_month_once(qtbot, monkeypatch, staff, last_month,
                                                                        tmp_path) -> None:
    year, month, _made = last_month
    printed: list[Path] = []

    def fake_send(path: Path) -> str:
        assert path.read_bytes().startswith(b"%PDF")
        printed.append(path)
        return "Enviado a la impresora."

    monkeypatch.setattr(printing, "send_to_printer", fake_send)
    sheet = tmp_path / "cifras.csv"
    monkeypatch.setattr(summary_dialog, "ask_csv_path", lambda parent, suggested: sheet)
    d = _dialog(qtbot, staff)
    d.select_month(year, month)
    qtbot.mouseClick(d.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(printed) and printing.pending_jobs() == 0, timeout=20000)
    assert d.status_label.text() == "Enviado a la impresora."
    first = d.summary
    qtbot.mouseClick(d.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sheet.exists() and pending_tasks() == 0, timeout=20000)
    assert d.summary is first  # not read again
    with sheet.open(encoding="utf-8-sig", newline="") as f:
        rows = {(a, b): c for a, b, c in list(csv.reader(f))[1:]}
    assert rows["total", "reportes"] == "3"
    assert rows["por_tipo", "falla"] == "2"
    assert rows["a_tiempo_pct", "falla"] == "0.0"  # one fixed weeks after its 24 hours, one still open: both late
    assert rows["a_tiempo_pct", "arco"] == ""  # no report of that kind was due
    assert d.status_label.text() == f"Cifras guardadas en {sheet}"


def test_summary_dialog_month_with_nothing_and_cancelled_save(qtbot, monkeypatch, staff, tmp_path) -> None:
    monkeypatch.setattr(summary_dialog, "ask_csv_path", lambda parent, suggested: None)
    d = _dialog(qtbot, staff)
    qtbot.mouseClick(d.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.busy and pending_tasks() == 0, timeout=20000)
    assert d.summary is not None
    assert d.summary.total == 0
    assert list(tmp_path.glob("*.csv")) == []
    assert not d.error_label.isVisible()


def test_summary_dialog_refuses_a_user_no_longer_allowed(qtbot, staff, last_month) -> None:
    from ispdesk.core.models import User

    d = _dialog(qtbot, staff)
    User.update(role="recepcion").where(User.id == staff["gerente"].id).execute()  # changed on another PC
    qtbot.mouseClick(d.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.busy and pending_tasks() == 0, timeout=20000)
    assert "no puede ver el resumen mensual" in d.error_label.text()
    QApplication.processEvents()
