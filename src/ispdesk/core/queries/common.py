"""The small pieces every screen's rows share: office, choices, and urgency (overdue / due soon / paused)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from ispdesk.core.clock import DEFAULT_TIMEZONE, now_utc
from ispdesk.core.db import db
from ispdesk.core.errors import NotFound
from ispdesk.core.models import Office, Report
from ispdesk.core.session import HasId, ident
from ispdesk.core.vocab import (
    ACTIVE_STATUSES,
    UNFINISHED_STATUSES,
    VisitStatus,
)

SOON = dt.timedelta(hours=2)  # "due within 2 hours": amber in the queue


_ACTIVE = [str(s) for s in ACTIVE_STATUSES]


_UNFINISHED = [str(s) for s in UNFINISHED_STATUSES]


_PENDING_VISIT = [VisitStatus.PROGRAMADA.value, VisitStatus.EN_SITIO.value]


@dataclass(frozen=True)
class Choice:
    """A code and its label, for combo boxes (causes, areas, people)."""

    code: str
    label: str
    group: str = ""  # e.g. a cause's category, a person's role


@dataclass(frozen=True)
class OfficeBrief:
    id: int
    name: str
    timezone: str
    demo: bool


def office_brief(office: Office | HasId | int | None = None) -> OfficeBrief | None:
    """The office (the first one when not said): its name for the title bar and sign-in, its time zone."""
    query = Office.select(Office.id, Office.name, Office.timezone, Office.demo)
    row = (query.where(Office.id == ident(office)).first() if office is not None
           else query.order_by(Office.id).first())
    return OfficeBrief(row.id, row.name, row.timezone, row.demo) if row else None


def _tz(office_id: int | None) -> str:
    brief = office_brief(office_id) if office_id else office_brief()
    return brief.timezone if brief else DEFAULT_TIMEZONE


def urgency(due: dt.datetime | None, *, status: str, paused: bool = False, now: dt.datetime | None = None) -> str:
    """"overdue", "soon" (within 2 hours), "paused" (the customer stopped the clock), "ok", or "" (no term
    runs: resolved or ended)."""
    if due is None or status not in ACTIVE_STATUSES:
        return ""
    if paused:
        return "paused"
    now = now or now_utc()
    if due < now:
        return "overdue"
    return "soon" if due - now <= SOON else "ok"


def is_overdue(due: dt.datetime | None, *, status: str, paused: bool = False, now: dt.datetime | None = None) -> bool:
    return urgency(due, status=status, paused=paused, now=now) == "overdue"


def ping() -> None:
    """A cheap round trip (the live refresh and tests use it to see the connection is alive)."""
    db.execute_sql("SELECT 1")


def report_by_folio(text: str) -> Report:
    """Look up a typed folio. A wrong check digit raises InvalidFolio; an unknown valid one NotFound."""
    from ispdesk.core import folio as folio_mod

    f = folio_mod.parse(text)
    report = Report.get_or_none(Report.folio_key == f.key)
    if report is None:
        raise NotFound(f"No existe un reporte con el folio {f.display}.", "folio")
    return report


def report_documents(report: Report) -> list[str]:
    """The documents checklist stored with a report (JSON)."""
    try:
        return list(json.loads(report.documents_json or "[]"))
    except ValueError:
        return []
