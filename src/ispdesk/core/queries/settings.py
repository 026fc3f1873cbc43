"""What the manager's settings and users screens show: plain rows read from the office, the settings, the lists and
the accounts. Nothing here writes (the services in `core.services` do)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ispdesk.core.clock import now_utc
from ispdesk.core.models import Area, Cause, KindArea, LoginThrottle, Office, Report, TechZone, User
from ispdesk.core.permissions import Role
from ispdesk.core.session import HasId, ident
from ispdesk.core.vocab import AREA_TECNICA, KIND_LABELS, Kind

from .common import Choice

if TYPE_CHECKING:
    from ispdesk.core.dto import ReceiptData


@dataclass(frozen=True)
class ClosedDay:
    day: dt.date
    name: str


@dataclass(frozen=True)
class OfficeSettings:
    id: int
    name: str
    legal_name: str
    address: str
    phones: str
    email: str
    web: str
    timezone: str
    folio_prefix: str
    prefix_locked: bool  # folios were issued with it: it cannot change any more
    legal_text: str
    default_legal_text: str
    logo_file: str | None  # a file this PC can read, or None
    hours: dict[int, tuple[tuple[str, str], ...]]  # weekday (0 = Monday) → shifts "HH:MM"
    closed_days: tuple[ClosedDay, ...]


def office_settings(office: HasId | int | None = None) -> OfficeSettings:
    from ispdesk.core.services import office as office_service

    row = (Office.get_or_none(Office.id == ident(office)) if office is not None
           else Office.select().order_by(Office.id).first())
    if row is None:
        from ispdesk.core.errors import NotFound

        raise NotFound("No hay oficina configurada.")
    cal = office_service.calendar_for(row)
    hours = {wd: tuple((a.strftime("%H:%M"), b.strftime("%H:%M")) for a, b in cal.hours[wd]) for wd in range(7)}
    closed = tuple(ClosedDay(d, n) for d, n in sorted(office_service.closed_days(row).items()))
    return OfficeSettings(
        id=row.id, name=row.name, legal_name=row.legal_name, address=row.address, phones=row.phones,
        email=row.email, web=row.web, timezone=row.timezone, folio_prefix=row.folio_prefix,
        prefix_locked=Report.select().where(Report.office == row.id).exists(),
        legal_text=row.legal_text or office_service.DEFAULT_LEGAL_TEXT,
        default_legal_text=office_service.DEFAULT_LEGAL_TEXT, logo_file=office_service.logo_file(row),
        hours=hours, closed_days=closed)


@dataclass(frozen=True)
class HolidayRow:
    day: dt.date
    name: str
    kind: str  # "oficial" (closed, and not counted in any business term), "legal" (only legal terms skip it),
    # "cierre" (the office's own closed day)


def holidays_of(office: HasId | int | None, year: int) -> list[HolidayRow]:
    """The year's official Mexican holidays (computed: the movable Mondays included), the days only legal terms
    skip, and the office's own closed days, by date."""
    from ispdesk.core.calendar import LEGAL_EXTRA_HOLIDAYS, official_holidays
    from ispdesk.core.services import office as office_service

    row = (Office.get_or_none(Office.id == ident(office)) if office is not None
           else Office.select().order_by(Office.id).first())
    official = official_holidays(year)
    out = [HolidayRow(d, n, "oficial") for d, n in official.items()]
    out += [HolidayRow(dt.date(year, m, d), n, "legal") for (m, d), n in LEGAL_EXTRA_HOLIDAYS.items()
            if dt.date(year, m, d) not in official]
    if row is not None:
        out += [HolidayRow(d, n, "cierre") for d, n in office_service.closed_days(row).items()
                if d.year == year and d not in official]
    return sorted(out, key=lambda h: h.day)


@dataclass(frozen=True)
class TermValue:
    amount: int
    unit: str  # a deadlines.Unit code


@dataclass(frozen=True)
class PolicyRow:
    kind: str
    label: str
    response: TermValue
    resolution: TermValue
    before_billing_cutoff: bool
    external_resolution: TermValue | None
    is_default: bool


def policy_rows() -> list[PolicyRow]:
    from ispdesk.core.deadlines import DEFAULT_POLICIES
    from ispdesk.core.services.office import policies

    current = policies()
    out = []
    for kind in Kind:
        p = current[kind]
        ext = p.external_resolution
        out.append(PolicyRow(
            kind=kind.value, label=KIND_LABELS[kind], response=TermValue(p.response.amount, p.response.unit.value),
            resolution=TermValue(p.resolution.amount, p.resolution.unit.value),
            before_billing_cutoff=p.before_billing_cutoff,
            external_resolution=TermValue(ext.amount, ext.unit.value) if ext is not None else None,
            is_default=p == DEFAULT_POLICIES[kind]))
    return out


@dataclass(frozen=True)
class AreaRow:
    code: str
    name: str
    active: bool
    kinds: tuple[str, ...]  # the kinds of report that go there


def area_rows() -> list[AreaRow]:
    by_area: dict[str, list[str]] = {}
    for kind, area in kind_area_map().items():
        by_area.setdefault(area, []).append(kind)
    return [AreaRow(a.code, a.name, a.active, tuple(by_area.get(a.code, ())))
            for a in Area.select().order_by(Area.sort, Area.name)]


def kind_area_map() -> dict[str, str]:
    """Every kind and the area its new reports go to (the technical area when none was set)."""
    stored = dict(KindArea.select(KindArea.kind, KindArea.area).tuples())
    return {k.value: stored.get(k.value, AREA_TECNICA) for k in Kind}


@dataclass(frozen=True)
class CauseRow:
    code: str
    label: str
    category: str
    active: bool


def cause_rows() -> list[CauseRow]:
    return [CauseRow(c.code, c.label, c.category, c.active)
            for c in Cause.select().order_by(Cause.category.desc(), Cause.sort, Cause.label)]


@dataclass(frozen=True)
class TechnicianRow:
    id: int
    name: str
    username: str
    role: str
    active: bool
    zones: tuple[str, ...]


def technician_rows() -> list[TechnicianRow]:
    zones: dict[int, list[str]] = {}
    for z in TechZone.select().order_by(TechZone.id):
        zones.setdefault(z.user_id, []).append(f"{z.zone}/{z.tower}" if z.tower else z.zone)
    techs = User.select().where(User.role.in_([Role.TECNICO.value, Role.JEFE_TECNICO.value])).order_by(
        User.active.desc(), User.full_name)
    return [TechnicianRow(u.id, u.full_name, u.username, u.role, u.active, tuple(zones.get(u.id, ()))) for u in techs]


def known_zones() -> list[str]:
    """The zones (and zone/tower pairs) customers are in, to offer when setting a technician's zones."""
    from .incidents import zones

    out: list[str] = []
    for z in zones():
        out.append(z.zone)
        out += [f"{z.zone}/{t.tower}" for t in z.towers]
    return out


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    role: str
    office_id: int | None
    office_name: str
    phone: str
    active: bool
    locked_until: dt.datetime | None  # naive UTC: signing in waits until then
    failures: int  # failed sign-ins counted now
    script_access: bool  # the command line's --user may act as them
    created_at: dt.datetime


def user_rows() -> list[UserRow]:
    from ispdesk.core.services.users import SYSTEM_USERNAME, script_users

    now = now_utc()
    throttles = {r.key[2:]: r for r in LoginThrottle.select().where(LoginThrottle.key.startswith("u:"))}
    offices = dict(Office.select(Office.id, Office.name).tuples())
    scripts = set(script_users())
    out = []
    for u in User.select().where(User.username != SYSTEM_USERNAME).order_by(User.active.desc(), User.full_name):
        t = throttles.get(u.username)
        until = t.next_allowed_at if t is not None and t.next_allowed_at and t.next_allowed_at > now else None
        out.append(UserRow(u.id, u.username, u.full_name, u.role, u.office_id, offices.get(u.office_id, ""),
                           u.phone, u.active, until, t.failures if t is not None else 0, u.username in scripts,
                           u.created_at))
    return out


def offices() -> list[Choice]:
    return [Choice(str(o.id), o.name) for o in Office.select(Office.id, Office.name).order_by(Office.id)]


@dataclass(frozen=True)
class OtherSettings:
    reopen_days: int
    retention_years: int
    bonus_pct: Decimal
    threshold_hours: Decimal


def other_settings() -> OtherSettings:
    from ispdesk.core.services.incidents import compensation_bonus_pct, compensation_threshold_hours
    from ispdesk.core.services.reports import reopen_days
    from ispdesk.core.services.settings import retention_years

    return OtherSettings(reopen_days(), retention_years(), compensation_bonus_pct(), compensation_threshold_hours())


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime  # naive UTC
    user_name: str
    entity: str
    action: str
    text: str


def recent_changes(entities: tuple[str, ...] = (), limit: int = 100) -> list[AuditRow]:
    """The latest audited changes (newest first), optionally of some kinds of thing only."""
    from ispdesk.core.models import AuditEvent

    query = AuditEvent.select(AuditEvent, User.full_name).join(User, on=(AuditEvent.user == User.id),
                                                               join_type="LEFT OUTER")
    if entities:
        query = query.where(AuditEvent.entity.in_(list(entities)))
    rows = query.order_by(AuditEvent.id.desc()).limit(limit)
    return [AuditRow(e.at, e.user.full_name if e.user_id else "Configuración inicial", e.entity, e.action, e.text)
            for e in rows]


def sample_receipt(office: HasId | int | None = None) -> ReceiptData:
    """A receipt as a customer would get it today for a fault, with the office's data, logo, legal text and the
    terms its calendar and policies give now (a made-up customer, marked «sin validez»): the settings' preview."""
    from ispdesk.core.clock import to_local
    from ispdesk.core.deadlines import compute_deadlines
    from ispdesk.core.dto import ReceiptData
    from ispdesk.core.folio import make_folio
    from ispdesk.core.services import office as office_service

    row = (Office.get_or_none(Office.id == ident(office)) if office is not None
           else Office.select().order_by(Office.id).first())
    if row is None:
        from ispdesk.core.errors import NotFound

        raise NotFound("No hay oficina configurada.")
    now = now_utc()
    cal = office_service.calendar_for(row)
    due = compute_deadlines(cal, office_service.policies()["falla"], now)
    return ReceiptData(
        office=office_service.office_info(row), folio=make_folio(row.folio_prefix, cal.to_local(now).year, 1).display,
        opened_at=to_local(now, row.timezone), customer_number="C-00000", customer_name="Cliente de ejemplo",
        service_address="Calle y número, colonia, municipio", kind_label=KIND_LABELS["falla"],
        channel_label="Oficina", description="Sin servicio de internet desde la mañana.",
        response_due=due.response_due.astimezone(cal.tz), resolution_due=due.resolution_due.astimezone(cal.tz),
        taken_by="Recepción", qr_payload="EJEMPLO", demo=True)
