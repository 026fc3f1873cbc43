"""One report as the report view, the work order and the letter show it, and what a user may do on it now."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from peewee import fn

from ispdesk.core.clock import now_utc
from ispdesk.core.errors import DomainError, NotFound
from ispdesk.core.models import (
    Area,
    Attachment,
    Cause,
    Customer,
    Incident,
    Notice,
    Office,
    Pause,
    Report,
    ReportEvent,
    Resolution,
    User,
    Visit,
)
from ispdesk.core.permissions import Action, Role, can
from ispdesk.core.queries.common import _PENDING_VISIT, Choice, report_by_folio, report_documents, urgency
from ispdesk.core.session import HasId, Session, ident
from ispdesk.core.vocab import (
    AREA_TECNICA,
    ENDED_STATUSES,
    Status,
)


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
    return ReportDetail(
        id=r.id, folio=r.folio, office_id=r.office_id, tz=office.timezone, demo=office.demo, status=r.status,
        kind=r.kind, channel=r.channel, priority=r.priority, area=r.area_id or AREA_TECNICA,
        area_name=area.name if area else "", cycle=r.cycle,
        customer=_customer_brief(Customer.get_by_id(r.customer_id)), description=r.description,
        location=r.location, contact_phone=r.contact_phone, visit_window=r.visit_window,
        documents=tuple(report_documents(r)), created_by=name(r.created_by_id), opened_at=r.opened_at,
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
    return report_by_folio(text).id


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
    notified = svc.notified_since_resolution(r.id, r.cycle)
    if "close" in out and not notified:
        out.discard("close")
    if notified and "notify" in out:  # told already: the next step is closing; another contact goes in «Más»
        out.discard("notify")
        out.add("notify_again")
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
