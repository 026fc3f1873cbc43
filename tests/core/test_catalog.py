"""The office's lists — causes, areas, kinds' default areas, technicians' zones — and a session that follows
changes made elsewhere (no cached user, office or calendar)."""

from __future__ import annotations

import datetime as dt

import pytest

from ispdesk.core import clock
from ispdesk.core.errors import PermissionDenied, ValidationError
from ispdesk.core.queries import areas, causes, report_detail, suggest_assignees
from ispdesk.core.services import catalog, office, reports, users
from ispdesk.core.session import Session


def test_a_new_cause_is_offered_and_an_old_one_retired(staff) -> None:
    mgr = staff["gerente"]
    c = catalog.save_cause(mgr, label="Antena desalineada por viento", category="interna")
    assert c.code == "antena_desalineada_por_viento"
    assert ("antena_desalineada_por_viento", "interna") in {(x.code, x.group) for x in causes()}
    catalog.save_cause(mgr, code="saturacion", label="Saturación del nodo", category="interna", active=False)
    assert "saturacion" not in {x.code for x in causes()}
    with pytest.raises(ValidationError, match="desconocida"):
        reports.cause_row("saturacion")
    with pytest.raises(PermissionDenied):
        catalog.save_cause(staff["recepcion"], label="Otra", category="externa")
    with pytest.raises(ValidationError) as exc:
        catalog.save_cause(mgr, label="", category="ninguna")
    assert {e.field for e in exc.value.errors} == {"label", "category"}  # both at once


def test_kinds_go_to_their_area_and_the_manager_can_move_them(staff, customer) -> None:
    mgr, desk = staff["gerente"], staff["recepcion"]
    assert reports.open_report(desk, customer, "aclaracion", "telefono", "Cobro doble").area_id == "facturacion"
    catalog.save_area(mgr, name="Cobranza")
    assert "cobranza" in {a.code for a in areas()}
    catalog.set_kind_area(mgr, "aclaracion", "cobranza")
    assert reports.open_report(desk, customer, "aclaracion", "telefono", "Otro cobro").area_id == "cobranza"
    with pytest.raises(ValidationError, match="tipos de reporte"):
        catalog.save_area(mgr, code="cobranza", name="Cobranza", active=False)
    with pytest.raises(ValidationError, match="técnica"):
        catalog.save_area(mgr, code="tecnica", name="Soporte", active=False)


def test_zones_drive_the_assignment_suggestion(staff, customer) -> None:
    mgr = staff["gerente"]
    luisa = users.create_user(mgr, "luisa", "Luisa Núñez", "tecnico", "secreto1")
    assert catalog.set_zones(mgr, luisa, ["Norte/T-03", "norte/t-03", " Sur "]) == ["Norte/T-03", "Sur"]
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")  # Norte, T-03
    first = suggest_assignees(r.id)[0]
    assert (first.name, first.covers) == ("Luisa Núñez", True)
    catalog.set_zones(mgr, luisa, ["Norte/T-09"])  # another tower of the zone: no longer covers this customer
    assert not any(p.covers for p in suggest_assignees(r.id))
    with pytest.raises(ValidationError, match="técnicos"):
        catalog.set_zones(mgr, staff["recepcion"], ["Norte"])
    assert users.set_phone(mgr, luisa, "+52 1 487 100 2233") == "4871002233"


def test_a_session_follows_a_deactivation_and_a_new_calendar(staff, customer) -> None:
    desk = Session.of(staff["recepcion"])  # what the window keeps: ids and names
    users.set_active(staff["gerente"], staff["recepcion"], False)
    with pytest.raises(PermissionDenied, match="ya no está activa"):
        reports.open_report(desk, customer.id, "falla", "telefono", "Sin internet")
    users.set_active(staff["gerente"], staff["recepcion"], True)
    # The office closes on Saturdays and Sundays from now on: the next complaint's first answer skips them.
    off = staff["gerente"].office
    now = [dt.datetime(2026, 11, 20, 23, 0)]  # Friday 17:00 local
    clock.set_clock(lambda: now[0])
    try:
        before = reports.open_report(desk, customer.id, "queja", "telefono", "Uno")
        office.update_office(staff["gerente"], off, hours={str(d): [["09:00", "18:00"]] for d in range(5)})
        after = reports.open_report(desk, customer.id, "queja", "telefono", "Dos")
    finally:
        clock.set_clock(None)
    assert after.response_due > before.response_due  # the new calendar, without signing in again
    assert report_detail(after.id).first_response_due == after.response_due
