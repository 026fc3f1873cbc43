"""The incidents screen: declare through the dialog, link the zone's faults, resolve them all, notify all, open
WhatsApp for a customer and export the CSV; keyboard and permissions; the table models pass Qt's model tester."""

from __future__ import annotations

import csv
import datetime as dt
from urllib.parse import unquote

import pytest
from helpers import press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ispdesk.core.clock import now_utc
from ispdesk.core.queries import incidents as q
from ispdesk.core.services import customers as customer_service
from ispdesk.core.services import incidents, reports
from ispdesk.core.session import Session
from ispdesk.ui.common.tasks import pending_tasks
from ispdesk.ui.lead import incidents as screen
from ispdesk.ui.lead.incidents import (
    AffectedModel,
    CandidatesModel,
    FormDialog,
    IncidentListModel,
    IncidentsView,
    ReportRowsModel,
)


@pytest.fixture
def neighbours(staff, customer):
    """Two more customers on the fixture customer's tower (Norte / T-03) and one on another tower."""
    desk = staff["recepcion"]
    return [customer_service.create_customer(desk, number=number, name=name, zone="Norte", tower=tower,
                                             plan="20 Mbps", plan_price=price, phones=phone)
            for number, name, tower, phone, price in (("C-02000", "Óscar Núñez", "T-03", "487 555 0001", "649"),
                                                      ("C-02001", "Lupe Díaz", "T-03", "", "399"),
                                                      ("C-02002", "Pedro Gómez", "T-07", "487 555 0003", "399"))]


@pytest.fixture
def view(qtbot, staff):
    v = IncidentsView()
    qtbot.addWidget(v)
    v.resize(1366, 740)
    v.set_actor(Session.of(staff["jefe_tecnico"]))
    v.show()
    yield v
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)


@pytest.fixture
def dialogs(view, monkeypatch):
    """The dialogs the view opens, captured instead of shown."""
    opened: list[FormDialog] = []
    monkeypatch.setattr(view, "exec_dialog", opened.append)
    return opened


def _wait_loaded(qtbot, view, incident_id: int) -> None:
    qtbot.waitUntil(lambda: view.current is not None and view.current.detail.id == incident_id
                    and view._loading is None, timeout=5000)


def _submit(qtbot, dialog: FormDialog) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.ok_button.click()


def _declared(staff, minutes_ago: int = 30, **kw):
    return incidents.declare(staff["jefe_tecnico"], title=kw.pop("title", "Caída de la torre T-03"), zone="Norte",
                             tower=kw.pop("tower", "T-03"), started_at=now_utc() - dt.timedelta(minutes=minutes_ago))


def _fault(staff, customer, text: str = "Sin internet"):
    return reports.open_report(staff["recepcion"], customer, "falla", "telefono", text)


# --- declare --------------------------------------------------------------------------------------------------

def test_declare_through_the_dialog(qtbot, view, dialogs, neighbours) -> None:
    assert view.detail_stack.currentWidget() is view.empty_label
    assert view.declare_button.isVisible()
    view.declare_button.click()
    d = dialogs.pop()
    zone, tower = d.widgets["zone"], d.widgets["tower"]
    assert [zone.itemText(i) for i in range(zone.count())] == ["Norte (clientes: 4)"]
    assert [tower.itemData(i) for i in range(tower.count())] == ["", "T-03", "T-07"]
    tower.setCurrentIndex(tower.findData("T-03"))
    d.widgets["title"].setText("Caída de la torre T-03")
    started = d.widgets["started_at"]
    started.setDateTime(started.dateTime().addSecs(3 * 3600))  # in the future: refused under the field
    d.ok_button.click()
    assert d.errors.message_for("started_at") == "La hora de inicio no puede estar en el futuro."
    assert d.result() != QDialog.DialogCode.Accepted
    started.setDateTime(started.dateTime().addSecs(-4 * 3600))  # an hour ago, office time
    d.widgets["cause_text"].setPlainText("Se cortó la fibra")
    _submit(qtbot, d)
    rows = q.incidents()
    assert [(r.title, r.zone, r.tower, r.status) for r in rows] == [("Caída de la torre T-03", "Norte", "T-03",
                                                                     "abierto")]
    _wait_loaded(qtbot, view, rows[0].id)
    assert view.detail_stack.currentIndex() == 1
    assert view.title_label.text() == "Caída de la torre T-03"
    assert view.status_label.text() == "Activo"
    assert "Se cortó la fibra" in view.info_label.text()
    assert view.tabs.currentIndex() == 1  # straight to the faults to link
    assert view.list_model.rowCount() == 1


# --- link -----------------------------------------------------------------------------------------------------

def test_candidates_are_checked_when_opened_since_the_start_and_linked(qtbot, view, staff, customer,
                                                                       neighbours) -> None:
    old = reports.open_report(staff["recepcion"], neighbours[1], "falla", "telefono", "Lento desde hace días",
                              opened_at=now_utc() - dt.timedelta(days=2))
    inc = _declared(staff, minutes_ago=1)
    new = _fault(staff, customer)
    other = _fault(staff, neighbours[0])
    _fault(staff, neighbours[2])  # another tower: not a candidate
    view.refresh()
    _wait_loaded(qtbot, view, inc.id)
    model = view.candidates_model
    assert sorted(r.id for r in model.rows) == sorted([old.id, new.id, other.id])
    assert set(model.checked_ids()) == {new.id, other.id}  # the old fault is left for the lead to judge
    assert view.tabs.tabText(1) == "Por vin&cular (3)"
    assert view.link_button.text() == "Vi&ncular seleccionados (2)"
    # Space on any cell of a row toggles it
    view.tabs.setCurrentIndex(1)
    row = next(i for i, r in enumerate(model.rows) if r.id == other.id)
    view.candidates.setCurrentIndex(model.index(row, ReportRowsModel.COL_CUSTOMER))
    press(view.candidates, Qt.Key.Key_Space)
    assert model.checked_ids() == [new.id]
    view.link_button.click()
    qtbot.waitUntil(lambda: view.linked_model.rowCount() == 1 and not view.busy, timeout=5000)
    assert [r.id for r in view.linked_model.rows] == [new.id]
    assert sorted(r.id for r in view.candidates_model.rows) == sorted([old.id, other.id])
    assert view.tabs.currentIndex() == 0
    assert view.message_label.text().startswith("Reportes vinculados ahora: 1. Fallas de la zona sin vincular: 2.")
    assert [r.id for r in q.incident_detail(inc.id).reports] == [new.id]


def test_enter_and_double_click_open_a_linked_report(qtbot, view, staff, customer) -> None:
    inc = _declared(staff)
    r = _fault(staff, customer)
    incidents.link_reports(staff["jefe_tecnico"], inc, [r.id])
    view.refresh()
    _wait_loaded(qtbot, view, inc.id)
    view.tabs.setCurrentIndex(0)
    view.linked.setFocus()
    view.linked.select_first()
    with qtbot.waitSignal(view.report_requested) as sig:
        press(view.linked, Qt.Key.Key_Return)
    assert sig.args == [r.id]
    with qtbot.waitSignal(view.report_requested) as sig:
        view.linked.doubleClicked.emit(view.linked_model.index(0, 1))
    assert sig.args == [r.id]


# --- resolve and notify ---------------------------------------------------------------------------------------

def test_resolve_then_notify_all(qtbot, view, dialogs, staff, customer, neighbours, monkeypatch) -> None:
    inc = _declared(staff)
    ids = [_fault(staff, c).id for c in (customer, neighbours[0])]
    incidents.link_reports(staff["jefe_tecnico"], inc, ids)
    view.refresh()
    _wait_loaded(qtbot, view, inc.id)
    assert view.resolve_button.isEnabled()
    assert not view.notify_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(screen, "confirm", lambda parent, title, text, ok: asked.append(text) or True)

    view.resolve_button.click()
    d = dialogs.pop()
    assert d.intro.text().startswith("Se resolverán los 2 reportes vinculados que siguen en atención")
    assert d.widgets["cause_code"].currentData() == "red"
    d.ok_button.click()  # no action written: refused under its field before asking anything
    assert d.errors.message_for("action_taken") == "Acción realizada: este dato es obligatorio."
    assert asked == []
    d.widgets["action_taken"].setPlainText("Se empalmó la fibra")
    _submit(qtbot, d)
    assert "Reportes que se resolverán: 2, con la causa «Falla en la red o en la torre (interna)»" in asked[0]
    detail = q.incident_detail(inc.id)
    assert detail.status == "resuelto"
    assert [r.status for r in detail.reports] == ["resuelto", "resuelto"]
    _wait_loaded(qtbot, view, inc.id)
    qtbot.waitUntil(lambda: view.status_label.text() == "Resuelto", timeout=5000)
    assert not view.resolve_button.isEnabled()
    assert view.notify_button.isEnabled()
    assert view.message_label.text() == ("Incidente resuelto, con sus reportes en atención (2). Falta avisar a los "
                                         "clientes que reportaron (2): use «Avisar a todos».")
    assert "Compensación total:" in view.summary_label.text()

    view.notify_button.click()
    d = dialogs.pop()
    text = d.widgets["notified_text"].toPlainText()
    assert "La causa fue:" in text
    assert "Lo que hicimos: se empalmó la fibra." in text
    assert text.endswith("¿Nos confirma que su servicio ya funciona correctamente?")
    assert d.widgets["notified_channel"].currentData() == "whatsapp"
    assert d.ok_button.text() == "Registrar aviso (2)"
    _submit(qtbot, d)
    from ispdesk.core.queries import report_detail

    assert all(report_detail(i).notified_at is not None for i in ids)
    qtbot.waitUntil(lambda: view.current.detail.to_notify_count == 0 and view._loading is None, timeout=5000)
    assert not view.notify_button.isEnabled()  # everyone who reported has been told
    assert view.linked_model.index(0, ReportRowsModel.COL_STATUS).data() == "Avisado, por cerrar"
    assert view.message_label.text() == ("Aviso registrado en los reportes (2). Incidente resuelto; los clientes que "
                                         "reportaron ya tienen su aviso.")


def test_a_refusal_while_resolving_lands_in_the_dialog(qtbot, view, dialogs, staff, customer,
                                                        monkeypatch) -> None:
    inc = _declared(staff)
    view.refresh()
    _wait_loaded(qtbot, view, inc.id)
    monkeypatch.setattr(screen, "confirm", lambda *a: True)
    view.resolve_button.click()
    d = dialogs.pop()
    assert d.intro.text().startswith("No hay reportes vinculados en atención")
    d.widgets["action_taken"].setPlainText("Se reinició la torre")
    incidents.resolve_incident(staff["gerente"], inc, cause_code="red", action="Otra persona lo resolvió antes")
    d.ok_button.click()
    qtbot.waitUntil(lambda: not d.busy and d.general.text() != "", timeout=5000)
    assert d.general.text() == "El incidente ya está resuelto."
    assert d.result() != QDialog.DialogCode.Accepted


# --- affected customers ---------------------------------------------------------------------------------------

def test_whatsapp_and_csv_for_the_affected_customers(qtbot, view, staff, customer, neighbours, monkeypatch,
                                                     tmp_path) -> None:
    inc = _declared(staff, minutes_ago=6 * 60)
    incidents.resolve_incident(staff["gerente"], inc, cause_code="red", action="Se cambió el radio")
    view.refresh()
    _wait_loaded(qtbot, view, inc.id)
    view.tabs.setCurrentIndex(2)
    model = view.affected_model
    assert [c.number for c in model.rows] == ["C-02001", "C-01234", "C-02000"]
    assert view.tabs.tabText(2) == "C&lientes afectados (3)"
    assert view.affected.isColumnHidden(AffectedModel.COL_TOWER)
    assert model.index(1, AffectedModel.COL_COMPENSATION).data() == "$4.00"  # 399 × 6 / 720 → 3.33 + 0.67
    assert model.index(1, AffectedModel.COL_PHONES).data() == "444 123 4567, 487 100 2000"
    assert "Compensación total: <b>$14.49</b>" in view.summary_label.text()  # 4.00 + 4.00 + 6.49 (649 a month)

    # the customer with two phones: both offered; WhatsApp opens with the message for the one chosen
    view.affected.setCurrentIndex(view.affected_proxy.index(1, 0))
    assert [view.phone_combo.itemText(i) for i in range(view.phone_combo.count())] == ["444 123 4567",
                                                                                        "487 100 2000"]
    view.phone_combo.setCurrentIndex(1)
    opened: list[str] = []
    monkeypatch.setattr(screen, "open_url", lambda url: opened.append(url.toString()) or True)
    view.wa_button.click()
    assert opened[0].startswith("https://wa.me/524871002000?text=")
    assert "le bonificaremos $4.00" in unquote(opened[0])
    # a customer without phones: nothing to open
    view.affected.setCurrentIndex(view.affected_proxy.index(0, 0))
    assert view.phone_combo.count() == 0
    assert not view.wa_button.isEnabled()
    # a click on a header sorts by the amounts and marks, not by their text
    view.affected.sortByColumn(AffectedModel.COL_COMPENSATION, Qt.SortOrder.DescendingOrder)
    assert view.affected_proxy.index(0, AffectedModel.COL_NUMBER).data() == "C-02000"
    view.affected.sortByColumn(AffectedModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    assert [view.affected_proxy.index(i, 0).data() for i in range(3)] == ["C-02001", "C-01234", "C-02000"]
    # the filter narrows the list
    view.filter_box.setText("óscar")
    assert view.affected_proxy.rowCount() == 1
    view.filter_box.clear()

    target = tmp_path / "afectados.csv"
    monkeypatch.setattr(screen, "ask_save_path", lambda parent, suggested: str(target))
    view.csv_button.click()
    qtbot.waitUntil(lambda: target.exists() and not view.busy, timeout=5000)
    assert view.message_label.text() == f"Lista guardada (3 clientes): {target}"
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "numero"
    assert rows[2] == ["C-01234", "María Peña López", "444 123 4567 / 487 100 2000",
                       "Centenario 322, Col. Centro, Rioverde", "20 Mbps", "399.00", "6.00", "4.00"]


def test_export_cancelled_writes_nothing(qtbot, view, staff, customer, monkeypatch, tmp_path) -> None:
    inc = _declared(staff)
    view.refresh()
    _wait_loaded(qtbot, view, inc.id)
    monkeypatch.setattr(screen, "ask_save_path", lambda parent, suggested: "")
    view.csv_button.click()
    assert not view.busy
    assert list(tmp_path.glob("*.csv")) == []


# --- permissions and models -----------------------------------------------------------------------------------

def test_a_receptionist_sees_the_incidents_but_cannot_change_them(qtbot, staff, customer) -> None:
    inc = _declared(staff)
    v = IncidentsView()
    qtbot.addWidget(v)
    v.set_actor(Session.of(staff["recepcion"]))
    v.show()
    _wait_loaded(qtbot, v, inc.id)
    assert v.declare_button.isHidden()
    assert v.resolve_button.isHidden()
    assert v.notify_button.isHidden()
    assert v.link_button.isHidden()
    assert not v.csv_button.isHidden()  # reading and exporting the list is for everyone who sees the screen
    assert v.csv_button.isEnabled()
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)


def test_models_pass_the_model_tester(qtbot, qtmodeltester, view, staff, customer, neighbours) -> None:
    inc = _declared(staff, minutes_ago=90)
    a, b = _fault(staff, customer), _fault(staff, neighbours[0])
    incidents.link_reports(staff["jefe_tecnico"], inc, [a.id])
    view.refresh()
    _wait_loaded(qtbot, view, inc.id)
    assert view.list_model.rowCount() == 1
    assert view.candidates_model.rowCount() == 1
    for model in (view.list_model, view.linked_model, view.candidates_model, view.affected_model):
        qtmodeltester.check(model)
    fresh = CandidatesModel()
    fresh.set_candidates(view.candidates_model.rows, None)
    assert fresh.checked_ids() == []
    fresh.toggle(0)
    assert fresh.checked_ids() == [b.id]
    assert fresh.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtmodeltester.check(fresh)
    for empty in (IncidentListModel(), ReportRowsModel(), AffectedModel()):
        qtmodeltester.check(empty)


def test_live_changes_reread_the_reports_and_keep_what_the_lead_was_doing(qtbot, view, staff, customer,
                                                                          neighbours) -> None:
    from types import SimpleNamespace

    inc = _declared(staff, minutes_ago=5)
    first, second = _fault(staff, customer), _fault(staff, neighbours[0])
    view.refresh()
    _wait_loaded(qtbot, view, inc.id)
    view.tabs.setCurrentIndex(1)
    model = view.candidates_model
    model.toggle(next(i for i, r in enumerate(model.rows) if r.id == first.id))  # the lead unchecks one
    view.candidates.setCurrentIndex(model.index(next(i for i, r in enumerate(model.rows) if r.id == second.id), 1))
    affected_before = view.affected_model.rows
    third = _fault(staff, neighbours[1])  # another PC files a new fault in the zone
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.apply_changes(SimpleNamespace(any_report=True, any_customer=False))
    assert {r.id for r in model.rows} == {first.id, second.id, third.id}
    assert set(model.checked_ids()) == {second.id, third.id}  # the lead's choice stays; the new one is checked
    assert model.rows[view.candidates.currentIndex().row()].id == second.id
    assert view.affected_model.rows is affected_before  # the zone's customers were not re-read
    assert view.message_label.text() != "Cargando…"
    view.focus_view()
    assert view.list.hasFocus() or not view.isActiveWindow()
