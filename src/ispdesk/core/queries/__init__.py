"""What the screens read: plain, immutable rows (DTOs) built by the core, so that `ispdesk.ui` never imports
the models nor builds a query. Times are naive UTC, as stored; each DTO carries its office's time zone.

Rules the screens used to re-derive live here too: `allowed_actions`, `urgency` (overdue / due soon), the
queue's order. The status groups come from `vocab`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from typing import Any

from peewee import JOIN, fn

from ispdesk.core.clock import DEFAULT_TIMEZONE, now_utc
from ispdesk.core.db import db
from ispdesk.core.errors import DomainError, NotFound
from ispdesk.core.models import (
    Area,
    Attachment,
    Cause,
    Customer,
    Incident,
    KindArea,
    Notice,
    Office,
    Pause,
    Report,
    ReportEvent,
    Resolution,
    TechZone,
    User,
    Visit,
)
from ispdesk.core.permissions import Action, Role, can
from ispdesk.core.phones import format_phone
from ispdesk.core.session import HasId, Session, ident
from ispdesk.core.vocab import (
    ACTIVE_STATUSES,
    AREA_TECNICA,
    ENDED_STATUSES,
    UNFINISHED_STATUSES,
    Status,
    VisitStatus,
)

SOON = dt.timedelta(hours=2)  # "due within 2 hours": amber in the queue
_ACTIVE = [str(s) for s in ACTIVE_STATUSES]
_UNFINISHED = [str(s) for s in UNFINISHED_STATUSES]
_PENDING_VISIT = [VisitStatus.PROGRAMADA.value, VisitStatus.EN_SITIO.value]


# --- small shared rows --------------------------------------------------------------------------------------

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


# --- urgency ------------------------------------------------------------------------------------------------

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


# --- queue, board, inboxes ----------------------------------------------------------------------------------

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


def _when(value: Any) -> dt.datetime | None:
    """A stored naive-UTC time as read by the raw cursor: a datetime (PostgreSQL) or ISO text (SQLite)."""
    if value is None or isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return Report.opened_at.python_value(value)


def _queue_query(where: Any) -> list[QueueRow]:
    """One SQL query for any list of reports: customer, assignee, next pending visit and open customer pause.

    The visit and the pause are correlated sub-selects (an index probe per listed report, not an aggregate over
    every visit ever made), and the rows are read from the cursor without Peewee's per-field conversion: the
    board's few thousand open reports on a million-report database in tens of milliseconds."""
    visit = Visit.alias("nv")
    pending = (visit.report == Report.id) & visit.status.in_(_PENDING_VISIT)
    starts = visit.select(fn.MIN(visit.starts_at)).where(pending)
    ends = visit.select(fn.MIN(visit.ends_at)).where(pending)
    pause = Pause.alias("cp")
    paused = fn.EXISTS(pause.select(pause.id).where(pause.report == Report.id, pause.ended_at.is_null(),
                                                   pause.customer_caused == True))  # noqa: E712
    query = (
        Report.select(Report.id, Report.folio, Report.customer, Customer.number, Customer.name, Customer.zone,
                      Customer.tower, Customer.address, Customer.colonia, Report.kind, Report.status,
                      Report.priority, Report.area, Report.assignee, User.full_name, Report.opened_at,
                      Report.response_due, Report.resolution_due, starts.alias("v_start"), ends.alias("v_end"),
                      paused.alias("paused"), Report.incident, Report.updated_at, Report.office)
        .join(Customer, on=Customer.id == Report.customer)
        .join(User, JOIN.LEFT_OUTER, on=User.id == Report.assignee)
        .where(where)
        .order_by(Report.resolution_due, Report.id)
    )
    tzs: dict[int, str] = {}
    out = []
    conv = _when
    for (rid, folio, cid, number, name, zone, tower, street, colonia, kind, status, priority, area, assignee,
         assignee_name, opened, response, due, v_start, v_end, paused_flag, incident, updated,
         office_id) in db.execute(query).fetchall():
        tz = tzs.get(office_id)
        if tz is None:
            tz = tzs[office_id] = _tz(office_id)
        out.append(QueueRow(
            id=rid, folio=folio, customer_id=cid, customer_number=number, customer_name=name, zone=zone,
            tower=tower, address=", ".join(p for p in (street, colonia and f"Col. {colonia}") if p), kind=kind,
            status=status, priority=priority, area=area or AREA_TECNICA, assignee_id=assignee,
            assignee_name=assignee_name or "", opened_at=conv(opened), response_due=conv(response),
            resolution_due=conv(due),
            next_visit=conv(v_start), next_visit_end=conv(v_end), paused=bool(paused_flag),
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
    users = (User.select().where(User.role.in_([str(r) for r in roles]), User.active == True,  # noqa: E712
                                 User.password_hash != "", User.username != SYSTEM_USERNAME)
             .order_by(User.role == Role.JEFE_TECNICO, User.full_name))
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


# --- visits -------------------------------------------------------------------------------------------------

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
    query = (Visit.select(Visit, Report.folio, Report.kind, Report.status.alias("report_status"), Report.office,
                          Customer.name,
                          Customer.address, Customer.colonia, Customer.municipio, Customer.references,
                          Customer.phones, Customer.zone, Customer.tower, tech.full_name)
             .join(Report, on=Report.id == Visit.report)
             .join(Customer, on=Customer.id == Report.customer)
             .switch(Visit).join(tech, JOIN.LEFT_OUTER, on=tech.id == Visit.technician)
             .where(where).order_by(Visit.starts_at, Visit.id).objects())
    out = []
    for v in query:
        address = ", ".join(p for p in (v.address, v.colonia and f"Col. {v.colonia}", v.municipio) if p)
        phones = ", ".join(format_phone(p) for p in v.phones.split(",") if p)
        out.append(VisitRow(v.id, v.report_id, v.folio, v.name, address, v.references, phones, v.zone, v.tower,
                            v.technician_id, v.full_name or "", v.starts_at, v.ends_at, v.status, v.outcome,
                            v.kind, v.report_status, _tz(v.office_id)))
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


# --- one report ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CustomerBrief:
    id: int
    number: str
    name: str
    phones: tuple[str, ...]  # 10 digits each
    email: str
    address: str  # service address in one line
    references: str
    latitude: float | None
    longitude: float | None
    zone: str
    tower: str
    plan: str
    plan_price: str
    status: str

    @property
    def map_url(self) -> str:
        if self.latitude is None or self.longitude is None:
            return ""
        return f"https://www.google.com/maps/search/?api=1&query={self.latitude:.6f},{self.longitude:.6f}"


def _customer_brief(c: Customer) -> CustomerBrief:
    return CustomerBrief(c.id, c.number, c.name, tuple(c.phone_list()), c.email, c.service_address(), c.references,
                         c.latitude, c.longitude, c.zone, c.tower, c.plan,
                         "" if c.plan_price is None else f"{c.plan_price:.2f}", c.status)


@dataclass(frozen=True)
class VisitInfo:
    id: int
    technician_id: int | None
    technician_name: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    status: str
    outcome: str
    arrived_at: dt.datetime | None
    done_at: dt.datetime | None


@dataclass(frozen=True)
class ResolutionInfo:
    cycle: int
    cause_code: str
    cause_label: str
    cause_category: str
    cause_text: str
    action_taken: str
    equipment: str
    visit_done: bool | None
    upheld: bool
    upheld_reason: str
    resolved_at: dt.datetime
    resolved_by: str
    incident_id: int | None

    @property
    def cause_words(self) -> str:
        """The cause as told to the customer: the detail when given, else the label from the list."""
        return self.cause_text or self.cause_label


@dataclass(frozen=True)
class NoticeInfo:
    cycle: int
    channel: str
    text: str
    at: dt.datetime
    user_name: str
    confirmed: bool | None
    created_at: dt.datetime


@dataclass(frozen=True)
class PauseInfo:
    reason: str
    customer_caused: bool
    note: str
    started_at: dt.datetime
    ended_at: dt.datetime | None


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    size: int
    note: str
    added_by: str
    added_at: dt.datetime


@dataclass(frozen=True)
class EventInfo:
    at: dt.datetime
    user_name: str
    action: str
    text: str
    from_status: str
    to_status: str
    data: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class IncidentBrief:
    id: int
    title: str
    zone: str
    tower: str
    status: str
    started_at: dt.datetime


@dataclass(frozen=True)
class ReportDetail:
    id: int
    folio: str
    office_id: int
    tz: str
    demo: bool
    status: str
    kind: str
    channel: str
    priority: str
    area: str
    area_name: str
    cycle: int
    customer: CustomerBrief
    description: str
    location: str
    contact_phone: str
    visit_window: str
    documents: tuple[str, ...]
    created_by: str
    opened_at: dt.datetime
    response_due: dt.datetime
    resolution_due: dt.datetime
    first_response_due: dt.datetime
    first_resolution_due: dt.datetime
    responded_at: dt.datetime | None
    closed_at: dt.datetime | None
    end_reason: str
    assignee_id: int | None
    assignee_name: str
    assignee_phone: str
    visits: tuple[VisitInfo, ...]
    resolutions: tuple[ResolutionInfo, ...]
    notices: tuple[NoticeInfo, ...]
    pauses: tuple[PauseInfo, ...]
    attachments: tuple[AttachmentInfo, ...]
    events: tuple[EventInfo, ...]
    incident: IncidentBrief | None
    external_cause: Choice | None  # reclassified as external in this cycle (before it is resolved)
    updated_at: dt.datetime

    @property
    def resolution(self) -> ResolutionInfo | None:
        """This cycle's resolution (None while it is being worked, or right after a reopen)."""
        return next((r for r in self.resolutions if r.cycle == self.cycle), None)

    @property
    def cycle_notices(self) -> tuple[NoticeInfo, ...]:
        return tuple(n for n in self.notices if n.cycle == self.cycle)

    @property
    def notified_at(self) -> dt.datetime | None:
        """When the customer was told of this cycle's outcome (a notice after the resolution)."""
        res = self.resolution
        if res is None:
            return None
        after = [n for n in self.cycle_notices if n.created_at >= res.resolved_at]
        return after[-1].at if after else None

    @property
    def last_notice(self) -> NoticeInfo | None:
        return self.cycle_notices[-1] if self.cycle_notices else None

    @property
    def next_visit(self) -> VisitInfo | None:
        pending = [v for v in self.visits if v.status in _PENDING_VISIT]
        return min(pending, key=lambda v: v.starts_at) if pending else None

    @property
    def open_pause(self) -> PauseInfo | None:
        return next((p for p in reversed(self.pauses) if p.ended_at is None), None)

    @property
    def paused(self) -> bool:
        """The resolution clock is stopped now (waiting for the customer)."""
        p = self.open_pause
        return p is not None and p.customer_caused and self.status == Status.EN_ESPERA

    def paused_time(self, now: dt.datetime | None = None) -> dt.timedelta:
        """The time the customer kept the report waiting (the clock stopped), all cycles."""
        now = now or now_utc()
        return sum(((p.ended_at or now) - p.started_at for p in self.pauses if p.customer_caused),
                   dt.timedelta(0))

    @property
    def extended(self) -> bool:
        """The resolution term is later than first promised (external cause, customer's wait, reopen)."""
        return self.resolution_due != self.first_resolution_due

    def urgency(self, now: dt.datetime | None = None) -> str:
        return urgency(self.resolution_due, status=self.status, paused=self.paused, now=now)


def _report_row(report: HasId | int) -> Report:
    row = Report.get_or_none(Report.id == ident(report))
    if row is None:
        raise NotFound("El reporte ya no existe.")
    return row


def report_detail(report: HasId | int) -> ReportDetail:
    """Everything the report view, the work order and the letter show, read in a handful of queries."""
    r = _report_row(report)
    office = Office.get_by_id(r.office_id)
    names = {u.id: (u.full_name, u.phone) for u in User.select(User.id, User.full_name, User.phone)}

    def name(uid: int | None) -> str:
        return names.get(uid, ("", ""))[0] if uid else ""

    cause_labels = {c.code: c.label for c in Cause.select(Cause.code, Cause.label)}
    visits = tuple(VisitInfo(v.id, v.technician_id, name(v.technician_id), v.starts_at, v.ends_at, v.status,
                             v.outcome, v.arrived_at, v.done_at)
                   for v in Visit.select().where(Visit.report == r.id).order_by(Visit.starts_at, Visit.id))
    resolutions = tuple(ResolutionInfo(x.cycle, x.cause_code_id or "", cause_labels.get(x.cause_code_id, ""),
                                       x.cause_category, x.cause_text, x.action_taken, x.equipment, x.visit_done,
                                       x.upheld, x.upheld_reason, x.resolved_at, name(x.resolved_by_id),
                                       x.incident_id)
                        for x in Resolution.select().where(Resolution.report == r.id).order_by(Resolution.cycle))
    notices = tuple(NoticeInfo(n.cycle, n.channel, n.text, n.at, name(n.user_id), n.confirmed, n.created_at)
                    for n in Notice.select().where(Notice.report == r.id).order_by(Notice.created_at, Notice.id))
    pauses = tuple(PauseInfo(p.reason, p.customer_caused, p.note, p.started_at, p.ended_at)
                   for p in Pause.select().where(Pause.report == r.id).order_by(Pause.started_at, Pause.id))
    attachments = tuple(AttachmentInfo(a.id, a.filename, a.size, a.note, name(a.added_by_id), a.added_at)
                        for a in Attachment.select().where(Attachment.report == r.id).order_by(Attachment.id))
    events = []
    for e in ReportEvent.select().where(ReportEvent.report == r.id).order_by(ReportEvent.at, ReportEvent.id):
        try:
            data = json.loads(e.data_json) if e.data_json else {}
        except ValueError:
            data = {}
        events.append(EventInfo(e.at, name(e.user_id), e.action, e.text, e.from_status, e.to_status, data))
    external = None
    cycle_start = max((e.at for e in events if e.action == "reopened"), default=None)
    for e in events:
        if e.action == "reclassified" and (cycle_start is None or e.at >= cycle_start):
            code = str(e.data.get("cause_code", ""))
            external = Choice(code, cause_labels.get(code, code), "externa")
    incident = None
    if r.incident_id:
        i = Incident.get_or_none(Incident.id == r.incident_id)
        if i is not None:
            incident = IncidentBrief(i.id, i.title, i.zone, i.tower, i.status, i.started_at)
    area = Area.get_or_none(Area.code == r.area_id) if r.area_id else None
    from ispdesk.core.services.reports import documents

    return ReportDetail(
        id=r.id, folio=r.folio, office_id=r.office_id, tz=office.timezone, demo=office.demo, status=r.status,
        kind=r.kind, channel=r.channel, priority=r.priority, area=r.area_id or AREA_TECNICA,
        area_name=area.name if area else "", cycle=r.cycle,
        customer=_customer_brief(Customer.get_by_id(r.customer_id)), description=r.description,
        location=r.location, contact_phone=r.contact_phone, visit_window=r.visit_window,
        documents=tuple(documents(r)), created_by=name(r.created_by_id), opened_at=r.opened_at,
        response_due=r.response_due, resolution_due=r.resolution_due,
        first_response_due=r.first_response_due or r.response_due,
        first_resolution_due=r.first_resolution_due or r.resolution_due, responded_at=r.responded_at,
        closed_at=r.closed_at, end_reason=r.end_reason, assignee_id=r.assignee_id, assignee_name=name(r.assignee_id),
        assignee_phone=names.get(r.assignee_id, ("", ""))[1] if r.assignee_id else "", visits=visits,
        resolutions=resolutions, notices=notices, pauses=pauses, attachments=attachments, events=tuple(events),
        incident=incident, external_cause=external, updated_at=r.updated_at,
    )


def report_id_by_folio(text: str) -> int:
    """A typed folio's report id: InvalidFolio for a wrong check digit, NotFound for an unknown one."""
    from ispdesk.core.services.reports import get_by_folio

    return get_by_folio(text).id


# --- what a user may do on a report -------------------------------------------------------------------------

# The screens' action keys → the service rule that decides them.
ACTION_RULES = {
    "assign": "assigned", "area": "area", "start": "status", "pause": "paused", "resume": "resumed",
    "visit": "visit", "onsite": "onsite", "visit_result": "visit_done", "resolve": "resolved",
    "external": "reclassified", "notify": "notified", "close": "closed", "dismiss": "dismissed",
    "cancel": "cancelled", "reopen": "reopened", "note": "note", "attach": "attachment", "edit": "edited",
}


def allowed_actions(actor: User | Session | HasId | int, report: HasId | int) -> frozenset[str]:
    """The actions `actor` may take on the report now: the same rules the services enforce, read from the
    current rows (so a button is never enabled for something the service would refuse)."""
    from ispdesk.core.services import reports as svc
    from ispdesk.core.services.users import actor_row

    try:
        user = actor_row(actor)
    except DomainError:
        return frozenset()
    r = _report_row(report)
    out = set()
    for key, action in ACTION_RULES.items():
        try:
            svc.check_rule(user, r, action)
        except DomainError:
            continue
        out.add(key)
    if "close" in out and not svc.notified_since_resolution(r.id, r.cycle):
        out.discard("close")
    if "external" in out:
        policy = svc.policies()[r.kind]
        already = ReportEvent.select().where(ReportEvent.report == r.id, ReportEvent.action == "reclassified",
                                             ReportEvent.at >= _cycle_start(r)).exists()
        if policy.external_resolution is None or already:
            out.discard("external")
    if "visit_result" in out and svc._current_visit(r.id) is None:
        out.discard("visit_result")
    if "reopen" in out and r.status in ENDED_STATUSES and r.closed_at is not None \
            and r.closed_at < now_utc() - dt.timedelta(days=svc.reopen_days()):
        out.discard("reopen")
    if "assign" in out and user.role == Role.TECNICO:
        out.discard("assign")
    if can(user, Action.REPORT_VIEW):
        out.update({"print", "workorder"})
    return frozenset(out)


def _cycle_start(r: Report) -> dt.datetime:
    last = (ReportEvent.select(fn.MAX(ReportEvent.at)).where(ReportEvent.report == r.id,
                                                             ReportEvent.action == "reopened").scalar())
    return Report.opened_at.python_value(last) if last else r.opened_at


# --- customers ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CustomerInfo:
    """A customer as the card and the wizard show and edit it."""

    id: int
    number: str
    name: str
    phones: tuple[str, ...]  # 10 digits each
    email: str
    status: str
    notes: str
    address: str
    colonia: str
    municipio: str
    state: str
    postal_code: str
    references: str
    zone: str
    tower: str
    plan: str
    plan_price: str  # "399.00" or ""
    billing_day: int | None
    last_invoice: str
    latitude: float | None
    longitude: float | None
    office_id: int | None
    tz: str
    recent_faults: int  # in the last 30 days: two or more earn a warning

    def phone_list(self) -> list[str]:
        return list(self.phones)

    def service_address(self) -> str:
        parts = [self.address, self.colonia and f"Col. {self.colonia}", self.municipio, self.state]
        return ", ".join(p for p in parts if p)


def customer_info(customer: HasId | int) -> CustomerInfo:
    from ispdesk.core.services.customers import recent_faults

    c = Customer.get_or_none(Customer.id == ident(customer))
    if c is None:
        raise NotFound("El cliente ya no existe.", "customer")
    return CustomerInfo(
        id=c.id, number=c.number, name=c.name, phones=tuple(c.phone_list()), email=c.email, status=c.status,
        notes=c.notes, address=c.address, colonia=c.colonia, municipio=c.municipio, state=c.state,
        postal_code=c.postal_code, references=c.references, zone=c.zone, tower=c.tower, plan=c.plan,
        plan_price="" if c.plan_price is None else f"{c.plan_price:.2f}", billing_day=c.billing_day,
        last_invoice=c.last_invoice, latitude=c.latitude, longitude=c.longitude, office_id=c.office_id,
        tz=_tz(c.office_id), recent_faults=recent_faults(c))


@dataclass(frozen=True)
class CustomerReportRow:
    id: int
    folio: str
    kind: str
    status: str
    opened_at: dt.datetime
    response_due: dt.datetime
    resolution_due: dt.datetime
    paused: bool

    def urgency(self, now: dt.datetime | None = None) -> str:
        return urgency(self.resolution_due, status=self.status, paused=self.paused, now=now)

    @property
    def unfinished(self) -> bool:
        return self.status in UNFINISHED_STATUSES


def customer_reports(customer: HasId | int) -> list[CustomerReportRow]:
    """Unfinished reports first (nearest term first), then the history, newest first."""
    rows = [CustomerReportRow(q.id, q.folio, q.kind, q.status, q.opened_at, q.response_due, q.resolution_due,
                              q.paused)
            for q in _queue_query(Report.customer == ident(customer))]
    unfinished = sorted((r for r in rows if r.unfinished), key=lambda r: r.resolution_due)
    history = sorted((r for r in rows if not r.unfinished), key=lambda r: r.opened_at, reverse=True)
    return unfinished + history


def unfinished_of_kind(customer: HasId | int, kind: str) -> list[CustomerReportRow]:
    """The customer's unfinished reports of a kind (the wizard offers a note instead of a duplicate)."""
    return [r for r in customer_reports(customer) if r.unfinished and r.kind == kind]


def active_incident_for(customer: HasId | int) -> IncidentBrief | None:
    """An open mass outage covering the customer's zone/tower (the wizard says so at once)."""
    c = Customer.get_or_none(Customer.id == ident(customer))
    if c is None or not c.zone:
        return None
    query = Incident.select().where(Incident.status == "abierto",
                                    fn.LOWER(Incident.zone) == c.zone.lower(),
                                    (Incident.tower == "") | (fn.LOWER(Incident.tower) == c.tower.lower()))
    i = query.order_by(Incident.started_at.desc()).first()
    return IncidentBrief(i.id, i.title, i.zone, i.tower, i.status, i.started_at) if i else None


def ping() -> None:
    """A cheap round trip (the live refresh and tests use it to see the connection is alive)."""
    db.execute_sql("SELECT 1")
