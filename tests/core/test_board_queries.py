"""The queue and board reads (`technician_queue`, `area_reports`, `board`, `board_counts.area_counts`): the next
pending visit, the customer's pause and the order, on both backends."""

from __future__ import annotations

import datetime as dt

from factories import make_customer

from ispdesk.core import queries
from ispdesk.core.models import TechZone
from ispdesk.core.queries.board_counts import area_counts
from ispdesk.core.services import reports


def _open(staff, customer, kind="falla", text="Sin internet"):
    return reports.open_report(staff["recepcion"], customer, kind, "telefono", text)


def test_queue_rows_carry_visit_pause_and_order(staff, customer) -> None:
    tech = staff["tecnico"]
    first = _open(staff, customer)
    second = _open(staff, customer)
    reports.assign(staff["jefe_tecnico"], first, tech)
    reports.assign(staff["jefe_tecnico"], second, tech)
    start = dt.datetime(2030, 1, 10, 16, 0)
    reports.schedule_visit(staff["jefe_tecnico"], second, start, start + dt.timedelta(hours=2))
    reports.start(tech, first)
    reports.pause(tech, first, "sin_acceso", "Nadie en casa")

    rows = queries.technician_queue(tech)
    assert [r.id for r in rows] == sorted([first.id, second.id],
                                          key=lambda i: (reports.Report.get_by_id(i).resolution_due, i))
    by_id = {r.id: r for r in rows}
    assert by_id[second.id].next_visit == start
    assert by_id[second.id].next_visit_end == start + dt.timedelta(hours=2)
    assert by_id[second.id].paused is False
    assert by_id[first.id].next_visit is None
    assert by_id[first.id].paused is True
    assert by_id[first.id].urgency() == "paused"
    assert by_id[first.id].assignee_name == "Tomás Peña"
    assert isinstance(by_id[first.id].opened_at, dt.datetime)
    assert by_id[first.id].opened_at.tzinfo is None
    assert by_id[first.id].address == "Centenario 322, Col. Centro"
    assert by_id[first.id].tz == "America/Mexico_City"
    assert queries.reports_by_ids([second.id]) == [by_id[second.id]]


def test_board_area_counts_and_coverage(staff, customer) -> None:
    fault = _open(staff, customer)
    billing = _open(staff, customer, "aclaracion", "Me cobraron de más")
    TechZone.create(user=staff["tecnico"], zone="Norte")
    board = queries.board()
    assert [r.id for r in board.rows] == [fault.id]
    assert [r.id for r in board.queue_of(None)] == [fault.id]
    assert [p.username for p in board.people] == ["tomas", "rosa"]  # technicians before the lead
    assert area_counts() == {"tecnica": 1, "facturacion": 1}
    assert board.people[0].zones == ("Norte",)
    assert [p.covers for p in queries.suggest_assignees(fault)] == [True, False]
    assert [r.id for r in queries.area_reports("facturacion")] == [billing.id]
    other = make_customer(staff["recepcion"], number="C-9", name="Otro Cliente", zone="Sur", phones="4441112233")
    assert [p.covers for p in queries.suggest_assignees(_open(staff, other))] == [False, False]
