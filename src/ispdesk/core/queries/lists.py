"""Lists of reports for work: a technician's queue, the board of an area, who may take a report and who is
suggested (zones, load), and the editable lists (areas, causes)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from peewee import JOIN, fn

from ispdesk.core.db import db
from ispdesk.core.errors import NotFound
from ispdesk.core.models import (
    Area,
    Cause,
    Customer,
    KindArea,
    Pause,
    Report,
    TechZone,
    User,
    Visit,
)
from ispdesk.core.permissions import Role
from ispdesk.core.queries.common import _ACTIVE, _PENDING_VISIT, Choice, _tz, urgency
from ispdesk.core.session import HasId, ident
from ispdesk.core.text import fold
from ispdesk.core.vocab import (
    ACTIVE_STATUSES,
    AREA_TECNICA,
)


@dataclass(frozen=True)
class QueueRow:
    """One report in a technician's queue, on the board or in an area's inbox."""

    id: int
    folio: str
    customer_id: int
    customer_number: str
    customer_name: str
    zone: str
    tower: str
    address: str
    kind: str
    status: str
    priority: str
    area: str
    assignee_id: int | None
    assignee_name: str
    opened_at: dt.datetime
    response_due: dt.datetime
    resolution_due: dt.datetime
    next_visit: dt.datetime | None
    next_visit_end: dt.datetime | None
    paused: bool  # en espera for a reason of the customer's: the clock is stopped
    incident_id: int | None
    updated_at: dt.datetime
    tz: str

    def urgency(self, now: dt.datetime | None = None) -> str:
        return urgency(self.resolution_due, status=self.status, paused=self.paused, now=now)


def _fast_datetime(value: Any) -> dt.datetime | None:
    """A stored timestamp as a naive datetime: SQLite hands back text (ISO format, as Peewee writes it), which
    `fromisoformat` reads ~15× faster than Peewee's format-by-format `python_value`; PostgreSQL a datetime
    (naive: the columns are `timestamp without time zone`)."""
    if value is None or isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return Report.opened_at.python_value(value)


def _queue_query(where: Any) -> list[QueueRow]:
    """One SQL query for any list of reports: customer, assignee, next pending visit and open customer pause.

    The visit and the pause are correlated subqueries (one index probe per row shown), not joined derived tables:
    those were computed over every pending visit of the database first, ~50 ms on a million reports even for
    a few rows."""
    nv, op = Visit.alias("nv"), Pause.alias("op")
    pending = (nv.report == Report.id) & nv.status.in_(_PENDING_VISIT)
    v_start = nv.select(fn.MIN(nv.starts_at)).where(pending)
    v_end = nv.select(fn.MIN(nv.ends_at)).where(pending)
    paused = fn.EXISTS(op.select(op.id).where((op.report == Report.id) & op.ended_at.is_null()
                                              & (op.customer_caused == True)))  # noqa: E712
    query = (
        Report.select(Report.id, Report.folio, Report.customer, Customer.number, Customer.name, Customer.zone,
                      Customer.tower, Customer.address, Customer.colonia, Report.kind, Report.status,
                      Report.priority, Report.area, Report.assignee, User.full_name, Report.opened_at,
                      Report.response_due, Report.resolution_due, v_start, v_end, paused,
                      Report.incident, Report.updated_at, Report.office)
        .join(Customer, on=Customer.id == Report.customer)
        .join(User, JOIN.LEFT_OUTER, on=User.id == Report.assignee)
        .where(where)
        .order_by(Report.resolution_due, Report.id)
    )
    tzs: dict[int, str] = {}
    out = []
    conv = _fast_datetime
    # The cursor's raw values: Peewee's own per-column conversion cost more than the query (20 of 30 ms for 500
    # rows); the timestamps are read by `_fast_datetime`, the rest are plain ints and strings.
    for (rid, folio, cid, number, name, zone, tower, street, colonia, kind, status, priority, area, assignee,
         assignee_name, opened, response, due, v_start, v_end, paused, incident, updated, office_id) \
            in db.execute_sql(*query.sql()):
        tz = tzs.get(office_id)
        if tz is None:
            tz = tzs[office_id] = _tz(office_id)
        out.append(QueueRow(
            id=rid, folio=folio, customer_id=cid, customer_number=number, customer_name=name, zone=zone,
            tower=tower, address=", ".join(p for p in (street, colonia and f"Col. {colonia}") if p), kind=kind,
            status=status, priority=priority, area=area or AREA_TECNICA, assignee_id=assignee,
            assignee_name=assignee_name or "", opened_at=conv(opened), response_due=conv(response),
            resolution_due=conv(due),
            next_visit=conv(v_start), next_visit_end=conv(v_end), paused=bool(paused),
            incident_id=incident, updated_at=conv(updated), tz=tz))
    return out


def technician_queue(technician: HasId | int, statuses: list[str] | None = None) -> list[QueueRow]:
    """*Mi cola*: a technician's active reports, the nearest resolution term first."""
    wanted = [s for s in (statuses or _ACTIVE) if s in ACTIVE_STATUSES]
    return _queue_query((Report.assignee == ident(technician)) & Report.status.in_(wanted))


def area_reports(area: str, statuses: list[str] | None = None) -> list[QueueRow]:
    """Every active report of an area (the board's technical area, or an inbox), nearest term first."""
    wanted = [s for s in (statuses or _ACTIVE) if s in ACTIVE_STATUSES]
    return _queue_query((Report.area == area) & Report.status.in_(wanted))


def reports_by_ids(ids: list[int]) -> list[QueueRow]:
    """The same rows for chosen reports (live refresh re-reads only what changed)."""
    return _queue_query(Report.id.in_(ids)) if ids else []


def technician_queue_among(technician: HasId | int, ids: list[int]) -> list[QueueRow]:
    """Which of `ids` are in the technician's queue now, as queue rows (the live refresh of *Mi cola*: a report
    newly assigned to them comes back, one reassigned or finished does not)."""
    if not ids:
        return []
    return _queue_query((Report.assignee == ident(technician)) & Report.status.in_(_ACTIVE) & Report.id.in_(ids))


@dataclass(frozen=True)
class Person:
    """Someone a report can be assigned to, with their load (active reports) and zones."""

    id: int
    name: str
    username: str
    role: str
    phone: str
    load: int
    zones: tuple[str, ...]  # "Norte", "Sur/T-03"
    covers: bool = False  # covers the zone of the report being assigned (suggestions only)


def _load_by_user() -> dict[int, int]:
    rows = (Report.select(Report.assignee, fn.COUNT(Report.id)).where(Report.status.in_(_ACTIVE),
                                                                       Report.assignee.is_null(False))
            .group_by(Report.assignee).tuples())
    return dict(rows)


def _zones_by_user() -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {}
    for user_id, zone, tower in TechZone.select(TechZone.user, TechZone.zone, TechZone.tower).tuples():
        out.setdefault(user_id, []).append(f"{zone}/{tower}" if tower else zone)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def assignable(area: str = AREA_TECNICA) -> list[Person]:
    """Who may take a report of `area`: technicians (and the technical lead) for the technical area, the office
    staff for an inbox. Active accounts that can sign in; with their load and zones."""
    from ispdesk.core.services.users import SYSTEM_USERNAME

    roles = ([Role.TECNICO, Role.JEFE_TECNICO] if area == AREA_TECNICA
             else [Role.RECEPCION, Role.JEFE_TECNICO, Role.GERENTE, Role.ADMIN])
    users = User.select().where(User.role.in_([str(r) for r in roles]), User.active == True,  # noqa: E712
                                User.password_hash != "", User.username != SYSTEM_USERNAME)
    # In alphabetical order as people read it ("Érika" before "Tomás"; SQL orders by code point).
    users = sorted(users, key=lambda u: (u.role == Role.JEFE_TECNICO, fold(u.full_name)))
    load, zones = _load_by_user(), _zones_by_user()
    return [Person(u.id, u.full_name, u.username, u.role, u.phone, load.get(u.id, 0), zones.get(u.id, ()))
            for u in users]


def _covers(zones: tuple[str, ...], zone: str, tower: str) -> bool:
    z, t = zone.strip().casefold(), tower.strip().casefold()
    for item in zones:
        zz, _, tt = item.partition("/")
        if zz.casefold() == z and (not tt or tt.casefold() == t):
            return True
    return False


def suggest_assignees(report: HasId | int) -> list[Person]:
    """Assignment suggestions: those who cover the customer's zone (or tower) first, then technicians before the
    technical lead, then the least loaded."""
    row = (Report.select(Report.area, Customer.zone, Customer.tower).join(Customer)
           .where(Report.id == ident(report)).tuples().first())
    if row is None:
        raise NotFound("El reporte ya no existe.")
    area, zone, tower = row
    people = [replace(p, covers=_covers(p.zones, zone, tower)) for p in assignable(area or AREA_TECNICA)]
    return sorted(people, key=lambda p: (not p.covers, p.role == Role.JEFE_TECNICO, p.load, p.name))


@dataclass(frozen=True)
class Board:
    """Every technician's queue and the unassigned pile of one area, read at once."""

    area: str
    people: list[Person]
    rows: list[QueueRow]  # every active report of the area, nearest term first

    def queue_of(self, user_id: int | None) -> list[QueueRow]:
        return [r for r in self.rows if r.assignee_id == user_id]


def board(area: str = AREA_TECNICA) -> Board:
    return Board(area=area, people=assignable(area), rows=area_reports(area))


def areas() -> list[Choice]:
    return [Choice(a.code, a.name) for a in Area.select().where(Area.active == True)  # noqa: E712
            .order_by(Area.sort, Area.name)]


def kind_areas() -> dict[str, str]:
    return dict(KindArea.select(KindArea.kind, KindArea.area).tuples())


def causes(category: str | None = None) -> list[Choice]:
    """The active causes (editable list), in their order, for the resolve dialog."""
    query = Cause.select().where(Cause.active == True)  # noqa: E712
    if category:
        query = query.where(Cause.category == category)
    return [Choice(c.code, c.label, c.category) for c in query.order_by(Cause.sort, Cause.label)]
