"""The manager's start screen: a handful of figures that say whether the office is keeping its promises today, each
backed by the list of reports it counts.

Figures (every office; "today" and "this month" on the clock of the manager's office):

* `active` — reports someone has work to do on (abierto, asignado, en atención, en espera);
* `overdue` — active reports past their resolution term, except those waiting for the customer (the clock is
  stopped: the same rule as the red rows of the queues, `common.urgency`);
* `due_today` — active reports whose term falls later today, same exception;
* `unassigned` — active reports nobody has taken;
* `incidents` — mass outages still open;
* `load` — active and overdue reports of each technician;
* `this_month` — reports opened so far this month, against the same stretch of last month and all of it.

Each is an indexed count (the (status, resolution_due) and (assignee, status) indexes, the `opened_at` index), so
the screen can re-read them whenever another PC changes a report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from peewee import SQL, fn

from ispdesk.core.clock import now_utc
from ispdesk.core.models import Incident, Pause, Report
from ispdesk.core.queries.common import _ACTIVE, office_brief
from ispdesk.core.queries.lists import QueueRow, _queue_query, assignable
from ispdesk.core.queries.summary import month_scope, shift_month
from ispdesk.core.session import HasId, ident
from ispdesk.core.vocab import AREA_TECNICA, IncidentStatus

LIST_LIMIT = 500  # a list opened from a figure shows at most this many reports (the most urgent, or the newest)

FIGURES = ("active", "overdue", "due_today", "unassigned", "technician", "this_month", "last_month")


@dataclass(frozen=True)
class TechLoad:
    user_id: int
    name: str
    username: str
    role: str
    active: int
    overdue: int


@dataclass(frozen=True)
class Dashboard:
    at: dt.datetime  # naive UTC: when the figures were read
    tz: str
    active: int
    overdue: int
    due_today: int
    unassigned: int
    incidents: int
    load: tuple[TechLoad, ...]
    year: int
    month: int
    this_month: int  # opened from the 1st until now
    last_month_to_date: int  # opened last month in the same stretch of days and hours
    last_month: int  # the whole of last month

    @property
    def last_year_month(self) -> tuple[int, int]:
        return shift_month(self.year, self.month, -1)


def _stopped() -> Any:
    """An open pause the customer caused: the clock is stopped."""
    op = Pause.alias("op")
    return fn.EXISTS(op.select(op.id).where((op.report == Report.id) & op.ended_at.is_null()
                                            & (op.customer_caused == True)))  # noqa: E712


def _today_end(tz: str, now: dt.datetime) -> dt.datetime:
    """The next local midnight, as naive UTC."""
    zone = ZoneInfo(tz)
    local = now.replace(tzinfo=dt.UTC).astimezone(zone)
    tomorrow = dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
    return tomorrow.astimezone(dt.UTC).replace(tzinfo=None)


def _local_month(tz: str, now: dt.datetime) -> tuple[int, int]:
    local = now.replace(tzinfo=dt.UTC).astimezone(ZoneInfo(tz))
    return local.year, local.month


def _where(figure: str, now: dt.datetime, tz: str, user_id: int | None = None) -> Any:
    """The reports a figure counts (and its list shows)."""
    active = Report.status.in_(_ACTIVE)
    if figure == "active":
        return active
    if figure == "overdue":
        return active & (Report.resolution_due < now) & ~_stopped()
    if figure == "due_today":
        return active & (Report.resolution_due >= now) & (Report.resolution_due < _today_end(tz, now)) & ~_stopped()
    if figure == "unassigned":
        return active & Report.assignee.is_null()
    if figure == "technician":
        return active & (Report.assignee == user_id)
    year, month = _local_month(tz, now)
    if figure == "this_month":
        return month_scope(year, month).where()
    if figure == "last_month":
        return month_scope(*shift_month(year, month, -1)).where()
    raise ValueError(f"cifra desconocida: {figure!r}")


def _count(where: Any) -> int:
    return Report.select(fn.COUNT(SQL("*"))).where(where).scalar() or 0  # COUNT(*): the index alone may answer


def _last_month_to_date(year: int, month: int, now: dt.datetime) -> int:
    """Reports opened last month up to the same point of the month (each office on its own clock; one office, or
    several on one clock, is a plain range of the `opened_at` index)."""
    this = {s.office_id: s for s in month_scope(year, month).spans}
    last = month_scope(*shift_month(year, month, -1))
    cond: Any = None
    for s in last.spans:
        elapsed = now - this[s.office_id].start
        part = (Report.opened_at >= s.start) & (Report.opened_at < min(s.end, s.start + elapsed))
        if last.whole:
            return _count(part)
        part &= Report.office == s.office_id
        cond = part if cond is None else (cond | part)
    return _count(cond)


def dashboard(office: HasId | int | None = None, now: dt.datetime | None = None) -> Dashboard:
    """Every figure of the start screen, read now. `office` gives the clock ("today", "this month"): the
    manager's own, the first office's when not said."""
    now = now or now_utc()
    brief = office_brief(office)
    tz = brief.timezone if brief else "America/Mexico_City"
    year, month = _local_month(tz, now)
    overdue_where = _where("overdue", now, tz)
    overdue_by = dict(Report.select(Report.assignee, fn.COUNT(Report.id)).where(
        overdue_where & Report.assignee.is_null(False)).group_by(Report.assignee).tuples())
    load = tuple(TechLoad(p.id, p.name, p.username, p.role, p.load, overdue_by.get(p.id, 0))
                 for p in assignable(AREA_TECNICA))  # `load`: their active reports, as the board counts them
    return Dashboard(
        at=now, tz=tz,
        active=_count(_where("active", now, tz)),
        overdue=_count(overdue_where),
        due_today=_count(_where("due_today", now, tz)),
        unassigned=_count(_where("unassigned", now, tz)),
        incidents=Incident.select().where(Incident.status == IncidentStatus.ABIERTO).count(),
        load=load, year=year, month=month,
        this_month=_count(_where("this_month", now, tz)),
        last_month_to_date=_last_month_to_date(year, month, now),
        last_month=_count(_where("last_month", now, tz)),
    )


@dataclass(frozen=True)
class FigureList:
    """The reports behind a figure: the first LIST_LIMIT of them, and how many there are."""

    figure: str
    rows: tuple[QueueRow, ...]
    total: int
    user_id: int | None = None

    @property
    def cut(self) -> bool:
        return self.total > len(self.rows)


def figure_reports(figure: str, *, user: HasId | int | None = None, office: HasId | int | None = None,
                   now: dt.datetime | None = None, limit: int = LIST_LIMIT) -> FigureList:
    """The reports a dashboard figure counts, as queue rows: the active ones by their term (most urgent first), the
    month's by opening (newest first)."""
    now = now or now_utc()
    brief = office_brief(office)
    tz = brief.timezone if brief else "America/Mexico_City"
    user_id = ident(user) if user is not None else None
    where = _where(figure, now, tz, user_id)
    newest = figure in ("this_month", "last_month")
    order = (Report.opened_at.desc(), Report.id.desc()) if newest else (Report.resolution_due, Report.id)
    ids = [i for (i,) in Report.select(Report.id).where(where).order_by(*order).limit(limit).tuples()]
    total = len(ids) if len(ids) < limit else _count(where)
    rows = _queue_query(Report.id.in_(ids)) if ids else []
    if newest:
        rows.sort(key=lambda r: (r.opened_at, r.id), reverse=True)
    return FigureList(figure, tuple(rows), total, user_id)
