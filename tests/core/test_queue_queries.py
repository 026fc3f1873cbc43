"""The technician's reads: the queue (nearest term first, next visit, the customer's pause) and the day's visits,
on both backends."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from ispdesk.core import clock, queries
from ispdesk.core.services import reports

MX = ZoneInfo("America/Mexico_City")


def _fault(staff, customer, text: str, tech=True):
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", text)
    return reports.assign(staff["gerente"], r, staff["tecnico"]) if tech else r


def test_queue_holds_own_active_reports_nearest_term_first(staff, customer, frozen) -> None:
    tech = staff["tecnico"]
    first = _fault(staff, customer, "Primero")
    frozen[0] += dt.timedelta(hours=1)
    second = _fault(staff, customer, "Segundo")
    unassigned = _fault(staff, customer, "Sin técnico", tech=False)
    done = _fault(staff, customer, "Ya resuelto")
    reports.resolve(tech, done, cause_code="red", action="Se cambió el cable", upheld=True)
    other = reports.open_report(staff["recepcion"], customer, "queja", "telefono", "Otra área")

    rows = queries.technician_queue(tech.id)
    assert [r.id for r in rows] == [first.id, second.id]
    assert {unassigned.id, done.id, other.id}.isdisjoint(r.id for r in rows)
    row = rows[0]
    assert (row.customer_name, row.zone, row.tower) == ("María Peña López", "Norte", "T-03")
    assert row.address == "Centenario 322, Col. Centro"
    assert row.next_visit is None
    assert not row.paused
    assert row.urgency(frozen[0]) == "ok"
    assert row.urgency(row.resolution_due - dt.timedelta(hours=1)) == "soon"
    assert row.urgency(row.resolution_due + dt.timedelta(minutes=1)) == "overdue"
    assert [r.id for r in queries.technician_queue(tech.id, ["en_espera"])] == []


def test_queue_shows_the_next_visit_and_the_customers_pause(staff, customer, frozen) -> None:
    tech = staff["tecnico"]
    a = _fault(staff, customer, "Con visita")
    b = _fault(staff, customer, "En espera del cliente")
    c = _fault(staff, customer, "En espera de refacciones")
    start = dt.datetime(2026, 11, 20, 10, 0, tzinfo=MX)
    reports.schedule_visit(tech, a, start, start + dt.timedelta(hours=2))
    later = start + dt.timedelta(days=1)
    reports.schedule_visit(tech, a, later, later + dt.timedelta(hours=2))  # rescheduled: the earlier one cancelled
    reports.pause(tech, b, "cliente_pospone", "Pide otro día")
    reports.pause(tech, c, "refacciones")

    rows = {r.id: r for r in queries.technician_queue(tech.id)}
    assert rows[a.id].next_visit == clock.to_naive_utc(later)
    assert rows[a.id].next_visit_end == clock.to_naive_utc(later + dt.timedelta(hours=2))
    assert rows[a.id].status == "en_proceso"
    assert rows[b.id].paused
    assert rows[b.id].urgency() == "paused"
    assert not rows[c.id].paused  # the provider's wait does not stop the clock
    assert [r.id for r in queries.technician_queue(tech.id, ["en_espera"])] == sorted(
        (b.id, c.id), key=lambda i: (rows[i].resolution_due, i))
    assert queries.reports_by_ids([b.id]) == [rows[b.id]]


def test_day_visits_in_time_order_with_address_and_phones(staff, customer, frozen) -> None:
    from factories import make_customer

    tech = staff["tecnico"]
    other_customer = make_customer(staff["recepcion"], number="C-2", name="Pedro Ávila", phones="4441112233",
                                   references="Portón verde junto a la tienda")
    late = _fault(staff, customer, "Tarde")
    early = reports.assign(staff["gerente"], reports.open_report(staff["recepcion"], other_customer, "falla",
                                                                 "telefono", "Temprano"), tech)
    tomorrow = _fault(staff, customer, "Mañana")
    day = dt.date(2026, 11, 20)
    at = lambda h: dt.datetime.combine(day, dt.time(h), tzinfo=MX)  # noqa: E731
    reports.schedule_visit(tech, late, at(16), at(18))
    reports.schedule_visit(tech, early, at(9), at(11))
    reports.schedule_visit(tech, tomorrow, at(12) + dt.timedelta(days=1))

    visits = queries.day_visits(tech.id, day, "America/Mexico_City")
    assert [v.report_id for v in visits] == [early.id, late.id]
    v = visits[0]
    assert (v.folio, v.customer_name, v.phones) == (early.folio, "Pedro Ávila", "444 111 2233")
    assert v.address == "Centenario 322, Col. Centro, Rioverde"
    assert v.references == "Portón verde junto a la tienda"
    assert (v.status, v.report_status, v.tz) == ("programada", "en_proceso", "America/Mexico_City")
    assert clock.to_local(v.starts_at, v.tz).hour == 9
    assert queries.day_visits(staff["jefe_tecnico"].id, day) == []


def test_visit_conflicts_name_the_other_visit(staff, customer, frozen) -> None:
    tech = staff["tecnico"]
    a = _fault(staff, customer, "A")
    b = _fault(staff, customer, "B")
    start = dt.datetime(2026, 11, 20, 10, 0, tzinfo=MX)
    reports.schedule_visit(tech, a, start, start + dt.timedelta(hours=2))
    clashes = queries.visit_conflicts(tech.id, start + dt.timedelta(hours=1), start + dt.timedelta(hours=3),
                                      exclude_report=b.id)
    assert [(c.report_id, c.folio) for c in clashes] == [(a.id, a.folio)]
    assert queries.visit_conflicts(tech.id, start, start + dt.timedelta(hours=1), exclude_report=a.id) == []


def test_queue_among_ids_follows_assignment_and_status(staff, customer, frozen) -> None:
    tech = staff["tecnico"]
    kept = _fault(staff, customer, "Sigue")
    moved = _fault(staff, customer, "Reasignado")
    new = _fault(staff, customer, "Nuevo", tech=False)
    reports.assign(staff["gerente"], moved, staff["jefe_tecnico"])
    reports.assign(staff["gerente"], new, tech)
    rows = queries.technician_queue_among(tech.id, [kept.id, moved.id, new.id])
    assert [r.id for r in rows] == [kept.id, new.id]
    assert queries.technician_queue_among(tech.id, []) == []
