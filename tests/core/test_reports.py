"""The report life cycle: folio, deadlines, state machine, one event per change, nothing written on error."""

from __future__ import annotations

import datetime as dt

import pytest

from ispdesk.core.errors import DomainError, InvalidTransition, PermissionDenied, ValidationError
from ispdesk.core.models import Report, ReportEvent
from ispdesk.core.queries import report_detail
from ispdesk.core.services import reports


def _events(report: Report) -> list[str]:
    return [e.action for e in ReportEvent.select().where(ReportEvent.report == report).order_by(ReportEvent.id)]


def test_open_report_allocates_folio_and_stores_deadlines(staff, customer, frozen) -> None:
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet desde ayer")
    assert r.folio.startswith("RV26-00001-")
    assert r.status == "abierto"
    assert r.resolution_due == dt.datetime(2026, 11, 20, 16, 0)  # falla: 24 natural hours
    # 24 business hours would end Mon 23 Nov 11:00 (Thu 8 h, Fri 9 h, Sat 5 h, Mon 2 h), after the fix is due:
    # the first answer is promised no later than the fix.
    assert r.response_due == r.resolution_due
    q = reports.open_report(staff["recepcion"], customer, "queja", "telefono", "Me cobraron de más")
    assert q.response_due == dt.datetime(2026, 11, 23, 17, 0)
    assert _events(r) == ["created"]
    assert q.folio.startswith("RV26-00002-")


def test_administrative_deadline_is_capped_by_billing_cutoff(staff, customer, frozen) -> None:
    r = reports.open_report(staff["recepcion"], customer, "administrativo", "oficina", "Cambio de titular")
    # Customer's cut-off is day 5: 5 Dec 2026 00:00 local comes before 30 business days.
    assert r.resolution_due == dt.datetime(2026, 12, 5, 6, 0)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"description": "   "}, "description"),
        ({"description": "x" * 5001}, "description"),
        ({"kind": "averia"}, "kind"),
        ({"channel": "fax"}, "channel"),
        ({"contact_phone": "123"}, "contact_phone"),
    ],
)
def test_invalid_input_writes_nothing(staff, customer, kwargs, field) -> None:
    args = {"kind": "falla", "channel": "telefono", "description": "Sin servicio"} | kwargs
    with pytest.raises(ValidationError) as exc:
        reports.open_report(staff["recepcion"], customer, args.pop("kind"), args.pop("channel"),
                            args.pop("description"), **args)
    assert exc.value.field == field
    assert exc.value.message  # Spanish text for the user
    assert Report.select().count() == 0
    assert ReportEvent.select().count() == 0


def test_unicode_description_round_trips(staff, customer) -> None:
    text = "Señal débil en la antena — «no hay niño que navegue» 📡\n\tsegunda línea\x00"
    r = reports.open_report(staff["recepcion"], customer, "falla", "whatsapp", text)
    expected = "Señal débil en la antena — «no hay niño que navegue» 📡\n\tsegunda línea"
    assert Report.get_by_id(r.id).description == expected


def test_full_life_cycle_writes_one_event_per_change(staff, customer, frozen) -> None:
    desk, tech = staff["recepcion"], staff["tecnico"]
    r = reports.open_report(desk, customer, "falla", "telefono", "Sin internet")
    r = reports.assign(desk, r, tech)
    assert r.status == "asignado"
    assert r.responded_at is not None
    r = reports.record_visit(tech, r, dt.datetime(2026, 11, 19, 20, 0))
    assert r.status == "en_proceso"
    r = reports.add_note(tech, r, "Cliente no estaba; se reprograma")
    r = reports.pause(tech, r, "refacciones", "Esperando refacción")
    r = reports.resolve(tech, r, cause_category="interna", cause_code="red", cause="Conector dañado en torre",
                        action="Se reemplazó el conector", upheld=True)
    assert r.status == "resuelto"
    with pytest.raises(InvalidTransition, match="aviso al cliente"):
        reports.close(desk, r)
    r = reports.notify_customer(desk, r, channel="telefono", text="Se le explicó la causa", confirmed=True)
    r = reports.close(desk, r)
    assert r.status == "cerrado"
    d = report_detail(r.id)
    assert d.resolution.upheld is True
    assert d.last_notice.confirmed is True
    assert d.pauses[0].ended_at is not None  # resolving ends the wait
    r = reports.reopen(desk, r, "El cliente llamó: volvió la falla")
    assert r.status == "asignado"
    assert r.closed_at is None
    assert _events(r) == ["created", "assigned", "visit", "note", "paused", "resolved", "notified", "closed",
                          "reopened"]
    ev = ReportEvent.select().where(ReportEvent.action == "resolved").get()
    assert ev.user.id == tech.id
    assert (ev.from_status, ev.to_status) == ("en_espera", "resuelto")


def test_invalid_transitions_write_nothing(staff, customer) -> None:
    desk = staff["recepcion"]
    r = reports.open_report(desk, customer, "consulta", "telefono", "Duda de pago")
    with pytest.raises(InvalidTransition):
        reports.close(desk, r)
    with pytest.raises(InvalidTransition):
        reports.reopen(desk, r, "porque sí")
    with pytest.raises(InvalidTransition):
        reports.change_status(desk, r, "cerrado")
    assert _events(r) == ["created"]
    assert Report.get_by_id(r.id).status == "abierto"


def test_external_cause_extends_fault_deadline(staff, customer, frozen) -> None:
    desk, tech = staff["recepcion"], staff["tecnico"]
    r = reports.open_report(desk, customer, "falla", "telefono", "Sin señal tras la tormenta")
    r = reports.assign(desk, r, tech)
    r = reports.reclassify_external(tech, r, "clima", "Rayo dañó la antena del cliente")
    assert r.resolution_due == dt.datetime(2026, 11, 26, 16, 0)  # 7 natural days from opening
    assert r.first_resolution_due == dt.datetime(2026, 11, 20, 16, 0)  # the first promise is kept
    d = report_detail(r.id)
    assert d.external_cause.code == "clima"
    assert d.extended
    assert _events(r)[-1] == "reclassified"
    q = reports.open_report(desk, customer, "queja", "telefono", "Queja")
    with pytest.raises(DomainError, match="plazo ampliado"):
        reports.reclassify_external(staff["gerente"], q, "clima")


def test_technician_acts_only_on_own_reports(staff, customer) -> None:
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    with pytest.raises(PermissionDenied, match="asignados"):
        reports.add_note(staff["tecnico"], r, "Nota")
    with pytest.raises(PermissionDenied):
        reports.assign(staff["tecnico"], r, staff["tecnico"])


def test_folio_lookup_distinguishes_mistyped_from_unknown(staff, customer) -> None:
    from ispdesk.core import folio as folio_mod
    from ispdesk.core.errors import InvalidFolio, NotFound

    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    assert reports.get_by_folio(r.folio.lower().replace("-", " ")).id == r.id
    typo = r.folio[:-1] + str((int(r.folio[-1]) + 1) % 10)
    with pytest.raises(InvalidFolio):
        reports.get_by_folio(typo)
    with pytest.raises(NotFound):
        reports.get_by_folio(folio_mod.make_folio("RV", 26, 999).display)


def test_edit_keeps_old_values_in_the_event(staff, customer) -> None:
    import json

    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internt")
    r = reports.edit_report(staff["recepcion"], r, description="Sin internet")
    ev = ReportEvent.select().where(ReportEvent.action == "edited").get()
    assert json.loads(ev.data_json)["before"]["description"] == "Sin internt"
    assert r.description == "Sin internet"


def test_manager_edits_a_policy_and_only_new_reports_use_it(staff, customer, frozen) -> None:
    from ispdesk.core.deadlines import Policy, Term, Unit
    from ispdesk.core.services import office as office_service

    before = reports.open_report(staff["recepcion"], customer, "queja", "telefono", "Queja uno")
    with pytest.raises(PermissionDenied):
        office_service.set_policy(staff["tecnico"], "queja", Policy(Term(8, Unit.BUSINESS_HOURS),
                                                                    Term(5, Unit.BUSINESS_DAYS)))
    office_service.set_policy(staff["gerente"], "queja", Policy(Term(8, Unit.BUSINESS_HOURS),
                                                              Term(5, Unit.BUSINESS_DAYS)))
    after = reports.open_report(staff["recepcion"], customer, "queja", "telefono", "Queja dos")
    # Thu 10:00 + 8 business hours = Thu 18:00 local; 5 business days after Thu = Wed 25 Nov, 18:00 local.
    assert after.response_due == dt.datetime(2026, 11, 20, 0, 0)
    assert after.resolution_due == dt.datetime(2026, 11, 26, 0, 0)
    assert Report.get_by_id(before.id).response_due == before.response_due  # promises already made stand


def test_timeline_is_append_only_in_the_database(staff, customer) -> None:
    from peewee import DatabaseError

    from ispdesk.core.db import db

    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    reports.add_note(staff["gerente"], r, "Nota")
    with pytest.raises(DatabaseError, match="solo anexado"), db.atomic():
        ReportEvent.update(text="borrado").where(ReportEvent.report == r).execute()
    with pytest.raises(DatabaseError, match="solo anexado"), db.atomic():
        ReportEvent.delete().where(ReportEvent.report == r).execute()
    assert [e.text for e in reports.timeline(r)][-1] == "Nota"


def test_no_external_extension_after_the_fix(staff, customer) -> None:
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    r = reports.resolve(staff["gerente"], r, cause_category="interna", cause_code="red", cause="",
                        action="Arreglado", upheld=True)
    with pytest.raises(InvalidTransition):
        reports.reclassify_external(staff["gerente"], r, "clima")


def test_reopen_keeps_the_previous_resolution_and_notice(staff, customer) -> None:
    desk, mgr = staff["recepcion"], staff["gerente"]
    r = reports.open_report(desk, customer, "falla", "telefono", "Sin internet")
    r = reports.assign(desk, r, staff["tecnico"])
    r = reports.reclassify_external(staff["tecnico"], r, "clima")
    r = reports.resolve(staff["tecnico"], r, cause_category="externa", cause_code="clima", cause="Lluvia",
                        action="Se reorientó la antena", upheld=False, upheld_reason="Fue el clima")
    r = reports.notify_customer(desk, r, channel="whatsapp", text="Fue la lluvia", confirmed=True)
    r = reports.close(desk, r)
    r = reports.reopen(mgr, r, "Volvió a fallar")
    d = report_detail(r.id)
    assert (d.status, d.cycle) == ("asignado", 2)
    assert d.resolution is None  # the new cycle is being worked
    assert d.notified_at is None
    assert d.external_cause is None  # the reclassification belonged to the first cycle
    (first,) = d.resolutions
    assert (first.cycle, first.cause_code, first.cause_text, first.upheld) == (1, "clima", "Lluvia", False)
    assert [n.text for n in d.notices] == ["Fue la lluvia"]
    # the new cycle has its own terms, counted from the reopen; the first promise stays
    assert d.resolution_due > d.first_resolution_due


def test_status_targets_come_from_the_current_row_not_a_stale_copy(staff, customer) -> None:
    desk = staff["recepcion"]
    r = reports.open_report(desk, customer, "falla", "telefono", "Sin internet")
    stale = Report.get_by_id(r.id)  # another screen loaded it while it was still "abierto"
    reports.change_status(desk, r, "en_proceso")
    r2 = reports.assign(desk, stale, staff["tecnico"])
    assert r2.status == "en_proceso"  # not pulled back to "asignado"


def test_edit_event_names_fields_in_spanish(staff, customer) -> None:
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    reports.edit_report(staff["recepcion"], r, location="Recámara", visit_window="Tarde")
    ev = ReportEvent.select().where(ReportEvent.action == "edited").get()
    assert ev.text == "Se corrigió: ubicación de la falla, horario preferido de visita"
