from __future__ import annotations

import datetime as dt

import pytest
from helpers import drive
from PySide6.QtGui import QGuiApplication

from ispdesk.core.clock import set_clock
from ispdesk.core.models import Report
from ispdesk.core.services import reports
from ispdesk.ui.reports.report_view import COL_WHAT, ActionDialog, ReportView


@pytest.fixture
def view(qtbot, staff, report):
    v = ReportView()
    qtbot.addWidget(v)
    v.set_actor(staff["recepcion"])
    v.show_report(report.id)
    v.show()
    return v


def test_shows_folio_status_line_and_deadlines(view, report) -> None:
    assert view.folio_label.text() == report.folio
    assert view.status_label.text() == "Abierto, sin asignar"
    # a fault: the fix (24 natural hours) comes before the 24-business-hour answer, so it is the one promise
    assert view.line_label.text().startswith("Abierto, sin asignar; compromiso de atención:")
    assert "primera respuesta" not in view.line_label.text()
    assert "faltan" in view.values["resolution"].text()
    assert view.values["assignee"].text() == "Sin asignar"
    assert view.values["description"].text() == "Sin internet desde ayer"
    assert view.customer_button.text() == "María Peña López (C-01234)"


def test_copy_puts_the_line_on_the_clipboard(view) -> None:
    view.copy_button.click()
    assert QGuiApplication.clipboard().text() == view.line_label.text()


def test_timeline_model(view, qtmodeltester) -> None:
    assert view.timeline_model.rowCount() == 1
    assert view.timeline_model.index(0, COL_WHAT).data() == "Reporte levantado"
    qtmodeltester.check(view.timeline_model)


def test_overdue_deadline_is_red(view, report) -> None:
    later = report.resolution_due + dt.timedelta(hours=5)
    set_clock(lambda: later)
    try:
        view.refresh()
        assert "vencido hace" in view.values["resolution"].text()
        assert view.values["resolution"].property("overdue") is True
        assert "(plazo vencido)" in view.line_label.text()
    finally:
        set_clock(None)


def test_assign_to_a_technician(view, staff) -> None:
    def fill(d: ActionDialog) -> None:
        combo = d.widgets["assignee"]
        combo.setCurrentIndex(combo.findData(staff["tecnico"].id))

    drive(view, fill)
    view.buttons["assign"].click()
    assert view.values["assignee"].text() == "Tomás Peña"
    assert view.status_label.text() == "Asignado a técnico"
    assert view.timeline_model.index(1, COL_WHAT).data() == "Asignado"


def test_note_box_errors_and_adds(view) -> None:
    view.note_button.click()
    assert view.note_error.isVisible()
    assert "Nota" in view.note_error.text()
    view.note_edit.setPlainText("El cliente llamó otra vez; está en casa después de las 4.")
    view.note_button.click()
    assert not view.note_error.isVisible()
    assert view.note_edit.toPlainText() == ""
    assert view.timeline_model.rowCount() == 2


def test_resolve_needs_procedencia_then_notify_and_close(view, report) -> None:
    dialogs = drive(view, lambda d: d.widgets["action_taken"].setPlainText("Se reinició la antena"))
    view.buttons["resolve"].click()
    d = dialogs[-1]
    assert d.result() != ActionDialog.DialogCode.Accepted
    assert d.errors.labels["upheld"].text() == "Indique si el reporte fue procedente."
    assert d.widgets["action_taken"].toPlainText() == "Se reinició la antena"  # nothing lost

    def fill(d: ActionDialog) -> None:
        d.widgets["action_taken"].setPlainText("Se reinició la antena")
        d.yes.setChecked(True)

    drive(view, fill)
    view.buttons["resolve"].click()
    assert Report.get_by_id(report.id).status == "resuelto"
    assert view.buttons["notify"].isEnabled()
    assert not view.buttons["close"].isEnabled()  # first tell the customer

    def tell(d: ActionDialog) -> None:
        d.widgets["notified_text"].setPlainText("Se le explicó la causa por teléfono.")
        d.widgets["close_after"].setChecked(False)

    drive(view, tell)
    view.buttons["notify"].click()
    assert view.status_label.text() == "Resuelto y avisado, falta cerrar"
    assert not view.buttons["notify"].isVisible()  # told: the next step is closing
    assert view.menu_actions["notify_again"].isVisible()
    assert view.buttons["close"].isEnabled()
    drive(view, lambda d: None)
    view.buttons["close"].click()
    assert view.status_label.text() == "Cerrado"
    assert view.buttons["reopen"].isEnabled()
    assert not view.buttons["resolve"].isEnabled()


def test_reopen_requires_a_reason_shown_next_to_it(view, staff, report) -> None:
    actor = staff["recepcion"]
    reports.resolve(actor, report, cause_category="externa", cause_code="energia", cause="", action="Nada",
                    upheld=False, upheld_reason="Fue la luz")
    view.refresh()
    dialogs = drive(view, lambda d: None)
    view.buttons["reopen"].click()
    assert dialogs[-1].errors.labels["reason"].text().startswith("Motivo")
    assert Report.get_by_id(report.id).status == "resuelto"


def test_a_technician_cannot_act_on_someone_elses_report(qtbot, staff, report) -> None:
    v = ReportView()
    qtbot.addWidget(v)
    v.set_actor(staff["tecnico"])
    v.show_report(report.id)
    v.show()
    assert not v.buttons["assign"].isVisible()
    assert not v.buttons["notify"].isVisible()
    assert not v.buttons["resolve"].isEnabled()
    assert not v.note_button.isEnabled()
    reports.assign(staff["recepcion"], report, staff["tecnico"])
    v.refresh()
    assert v.buttons["resolve"].isEnabled()
    assert v.buttons["visit"].isEnabled()
    assert v.note_button.isEnabled()


def test_schedule_a_visit(view, report) -> None:
    drive(view, lambda d: None)
    view.buttons["visit"].click()
    from ispdesk.core.models import Visit

    assert Visit.select().where(Visit.report == report.id).count() == 1
    assert view.values["visit"].text().startswith(view.values["visit"].text()[:10])
    assert "Tomás Peña" in view.values["visit"].text()
    assert view.status_label.text() == "En atención"


def test_status_line_of_a_complaint_promises_the_first_answer(view, staff, customer) -> None:
    from ispdesk.core.services import reports

    queja = reports.open_report(staff["recepcion"], customer, "queja", "oficina", "Cobro doble")
    view.show_report(queja.id)
    text = view.line_label.text()
    assert text.startswith("Abierto, sin asignar; primera respuesta a más tardar:")
    assert "compromiso de atención" in text


def test_notify_suggests_the_notice_and_closes_in_one_go(view, report, staff) -> None:
    from ispdesk.core.queries import report_detail

    reports.resolve(staff["gerente"], report, cause_code="equipo_isp", cause="Fuente PoE dañada.",
                    action="Se cambió la fuente PoE.", upheld=True)
    view.refresh()
    seen = drive(view, lambda d: None)
    view.buttons["notify"].click()
    text = seen[-1].widgets["notified_text"].toPlainText()
    assert "La causa fue: fuente PoE dañada." in text
    assert "Su reporte resultó procedente." in text
    assert ".." not in text  # the typed periods are not doubled
    d = report_detail(report.id)
    assert d.status == "cerrado"
    assert d.last_notice.text == text
    assert view.status_label.text() == "Cerrado"


def test_printing_without_a_printer_offers_to_save(view, monkeypatch, tmp_path, qtbot) -> None:
    from ispdesk.ui.common import printing

    def no_printer(path):
        raise OSError("no hay una impresora configurada ni un visor de PDF")

    monkeypatch.setattr(printing, "send_to_printer", no_printer)
    saved = tmp_path / "comprobante.pdf"
    monkeypatch.setattr(printing, "ask_save_path", lambda parent, suggested: saved)
    offered: list[str] = []
    monkeypatch.setattr(view.actions, "offer_save", lambda message: offered.append(message) or True)
    view.menu_actions["print"].trigger()
    qtbot.waitUntil(lambda: saved.exists() and not view.actions.jobs, timeout=20000)
    assert "No se pudo imprimir" in offered[0]
    assert "guardado" in view.action_error.text()
