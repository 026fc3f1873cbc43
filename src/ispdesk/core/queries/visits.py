"""Visits: a technician's day list and the conflicts of a new visit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from peewee import JOIN

from ispdesk.core.models import (
    Customer,
    Report,
    User,
    Visit,
)
from ispdesk.core.phones import format_phone
from ispdesk.core.queries.common import _PENDING_VISIT, _tz
from ispdesk.core.session import HasId, ident
from ispdesk.core.vocab import (
    VisitStatus,
)


@dataclass(frozen=True)
class VisitRow:
    id: int
    report_id: int
    folio: str
    customer_name: str
    address: str
    references: str
    phones: str
    zone: str
    tower: str
    technician_id: int | None
    technician_name: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    status: str
    outcome: str
    kind: str
    report_status: str
    tz: str


def _visit_rows(where: Any) -> list[VisitRow]:
    tech = User.alias("tech")
    query = (Visit.select(Visit, Report.folio, Report.kind, Report.status.alias("report_status"),
                          Report.office.alias("office_id"), Customer.name,
                          Customer.address, Customer.colonia, Customer.municipio, Customer.references,
                          Customer.phones, Customer.zone, Customer.tower, tech.full_name)
             .join(Report, on=Report.id == Visit.report)
             .join(Customer, on=Customer.id == Report.customer)
             .switch(Visit).join(tech, JOIN.LEFT_OUTER, on=tech.id == Visit.technician)
             .where(where).order_by(Visit.starts_at, Visit.id).objects())
    out = []
    tzs: dict[int, str] = {}
    for v in query:
        address = ", ".join(p for p in (v.address, v.colonia and f"Col. {v.colonia}", v.municipio) if p)
        phones = ", ".join(format_phone(p) for p in v.phones.split(",") if p)
        tz = tzs.get(v.office_id)
        if tz is None:
            tz = tzs[v.office_id] = _tz(v.office_id)
        out.append(VisitRow(v.id, v.report_id, v.folio, v.name, address, v.references, phones, v.zone, v.tower,
                            v.technician_id, v.full_name or "", v.starts_at, v.ends_at, v.status, v.outcome,
                            v.kind, v.report_status, tz))
    return out


def day_visits(technician: HasId | int | None, day: dt.date, tz: str | None = None) -> list[VisitRow]:
    """A technician's visits of one local day, in time order, with addresses (None: everybody's)."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(tz or _tz(None))
    start = dt.datetime.combine(day, dt.time(0), tzinfo=zone).astimezone(dt.UTC).replace(tzinfo=None)
    end = start + dt.timedelta(days=1)
    where = (Visit.starts_at >= start) & (Visit.starts_at < end) & (Visit.status != VisitStatus.CANCELADA)
    if technician is not None:
        where &= Visit.technician == ident(technician)
    return _visit_rows(where)


def visit_conflicts(technician: HasId | int, starts_at: dt.datetime, ends_at: dt.datetime,
                    exclude_report: HasId | int | None = None) -> list[VisitRow]:
    """The technician's pending visits that overlap the window (a warning before scheduling)."""
    from ispdesk.core.clock import to_naive_utc

    a, b = to_naive_utc(starts_at), to_naive_utc(ends_at)
    where = ((Visit.technician == ident(technician)) & Visit.status.in_(_PENDING_VISIT)
             & (Visit.starts_at < b) & (Visit.ends_at > a))
    if exclude_report is not None:
        where &= Visit.report != ident(exclude_report)
    return _visit_rows(where)
