"""What the incidents screen reads: mass outages, the reports hanging from them, the faults that could join, and
every customer the outage reaches, with the hours without service and the compensation the provider owes.

Zones and towers are free text typed on each customer, so an incident matches them the way a person would: without
regard to case, accents or extra blanks ("Álamos" = "alamos"). The spellings that exist are read from the
(zone, tower, status) index and the customers are then fetched with an exact `IN`, which that index serves.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal

from peewee import JOIN, fn

from ispdesk.core.clock import now_utc
from ispdesk.core.csvfile import write_csv
from ispdesk.core.db import chunked, db
from ispdesk.core.errors import NotFound
from ispdesk.core.models import Cause, Customer, Incident, Notice, Office, Report, Resolution, User
from ispdesk.core.phones import format_phone
from ispdesk.core.present import place
from ispdesk.core.queries.common import _ACTIVE, _tz
from ispdesk.core.session import HasId, ident
from ispdesk.core.text import fold
from ispdesk.core.vocab import ACTIVE_STATUSES, ENDED_STATUSES, CauseCategory, IncidentStatus, Kind, Status

# the package re-exports its names (lazily on newer layouts); the brief the wizard shows is shared with it
from . import IncidentBrief

_ENDED = [str(s) for s in ENDED_STATUSES]
CENT = Decimal("0.01")
HOURS_PER_MONTH = Decimal(30 * 24)  # a plan price is for a month; the law's proportional part counts 30 days


def zone_key(text: str) -> str:
    """How two spellings of a zone or tower are compared: folded (no case, no accents), blanks collapsed."""
    return " ".join(fold(text or "").split())


# --- zones and towers ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TowerChoice:
    tower: str  # the most common spelling
    customers: int  # not dado de baja


@dataclass(frozen=True)
class ZoneChoice:
    """A zone that has customers, with its towers: what the declare dialog offers."""

    zone: str  # the most common spelling
    customers: int  # not dado de baja
    towers: tuple[TowerChoice, ...]


def _zone_counts() -> list[tuple[str, str, str, int]]:
    """(zone, tower, status, customers): read from the (zone, tower, status) index alone."""
    return list(Customer.select(Customer.zone, Customer.tower, Customer.status, fn.COUNT(Customer.id))
                .group_by(Customer.zone, Customer.tower, Customer.status).tuples())


def _canonical(counter: Counter[str]) -> str:
    """The spelling most customers have (ties: the first in alphabetical order)."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def zones() -> list[ZoneChoice]:
    """Every zone with customers (spelling variants merged), its towers, and how many customers each has."""
    by_zone: dict[str, dict[str, object]] = {}
    for zone, tower, status, count in _zone_counts():
        if not zone_key(zone):
            continue
        z = by_zone.setdefault(zone_key(zone), {"names": Counter(), "count": 0, "towers": {}})
        live = count if status != "baja" else 0
        z["names"][zone] += count  # type: ignore[index]
        z["count"] += live  # type: ignore[operator]
        if zone_key(tower):
            t = z["towers"].setdefault(zone_key(tower), {"names": Counter(), "count": 0})  # type: ignore[union-attr]
            t["names"][tower] += count
            t["count"] += live
    out = []
    for z in by_zone.values():
        towers = sorted((TowerChoice(_canonical(t["names"]), t["count"]) for t in z["towers"].values()),  # type: ignore[union-attr]
                        key=lambda t: zone_key(t.tower))
        out.append(ZoneChoice(_canonical(z["names"]), z["count"], tuple(towers)))  # type: ignore[arg-type]
    return sorted(out, key=lambda z: zone_key(z.zone))


def zone_spellings(zone: str) -> list[str]:
    """Every spelling of `zone` that customers have ("Norte", "norte", "NORTE "): the values to match exactly."""
    key = zone_key(zone)
    if not key:
        return []
    values = Customer.select(Customer.zone).group_by(Customer.zone).tuples()
    return sorted(z for (z,) in values if zone_key(z) == key)


def tower_spellings(zones_: list[str], tower: str) -> list[str]:
    """Every spelling of `tower` among the customers of those zone spellings."""
    key = zone_key(tower)
    if not key or not zones_:
        return []
    values = (Customer.select(Customer.tower).where(Customer.zone.in_(zones_))
              .group_by(Customer.tower).tuples())
    return sorted(t for (t,) in values if zone_key(t) == key)


def _area_filter(zone: str, tower: str) -> object | None:
    """The customers of the incident's zone (and tower when it has one); None when no customer is there."""
    zs = zone_spellings(zone)
    if not zs:
        return None
    where = Customer.zone.in_(zs)
    if (tower or "").strip():
        ts = tower_spellings(zs, tower)
        if not ts:
            return None
        where &= Customer.tower.in_(ts)
    return where


def covers(incident_zone: str, incident_tower: str, zone: str, tower: str) -> bool:
    """Whether an incident on (zone, tower) reaches a customer of (zone, tower); an incident without a tower
    covers the whole zone."""
    if not zone_key(incident_zone) or zone_key(incident_zone) != zone_key(zone):
        return False
    return not zone_key(incident_tower) or zone_key(incident_tower) == zone_key(tower)


def active_incident_for(customer: HasId | int) -> IncidentBrief | None:
    """The open mass outage a caller is in (the wizard says so at once and files the fault linked to it): the
    one on the customer's tower before one on the whole zone, then the newest. Zones compared as `covers` does,
    without case or accents, in Python over the few open incidents: SQL's LOWER() leaves "Ébano" as it is on
    SQLite, so `fn.LOWER(zone) == "ébano"` misses it."""
    c = Customer.select(Customer.zone, Customer.tower).where(Customer.id == ident(customer)).first()
    if c is None or not zone_key(c.zone):
        return None
    query = (Incident.select().where(Incident.status == IncidentStatus.ABIERTO)
             .order_by(Incident.started_at.desc(), Incident.id.desc()))
    found = [i for i in query if covers(i.zone, i.tower, c.zone, c.tower)]
    found.sort(key=lambda i: not zone_key(i.tower))  # stable: the newest first within each group
    if not found:
        return None
    i = found[0]
    return IncidentBrief(i.id, i.title, i.zone, i.tower, i.status, i.started_at)


# --- the list -------------------------------------------------------------------------------------------------

class _Outage:
    """What the list row and the detail of an incident both say of it."""

    zone: str
    tower: str
    status: str

    @property
    def is_open(self) -> bool:
        return self.status == IncidentStatus.ABIERTO

    @property
    def place(self) -> str:
        """"Norte / T-03" or "Norte"."""
        return place(self.zone, self.tower)


@dataclass(frozen=True)
class IncidentRow(_Outage):
    id: int
    title: str
    zone: str
    tower: str
    status: str  # abierto | resuelto
    started_at: dt.datetime
    ended_at: dt.datetime | None
    cause_category: str
    linked: int  # reports linked
    active: int  # of them, still being worked
    tz: str


def _counts(ids: list[int]) -> dict[int, tuple[int, int]]:
    """incident id → (linked, active), one grouped query over the report.incident index."""
    if not ids:
        return {}
    active = fn.SUM(Report.status.in_(_ACTIVE).cast("integer"))
    rows = (Report.select(Report.incident, fn.COUNT(Report.id), active)
            .where(Report.incident.in_(ids)).group_by(Report.incident).tuples())
    return {i: (n, int(a or 0)) for i, n, a in rows}


def incidents(active_only: bool = False, limit: int = 200) -> list[IncidentRow]:
    """Open incidents first (newest first), then the resolved ones, newest first (the last `limit`)."""
    query = Incident.select(Incident.id, Incident.title, Incident.zone, Incident.tower, Incident.status,
                            Incident.started_at, Incident.ended_at, Incident.cause_category, Incident.office)
    if active_only:
        query = query.where(Incident.status == IncidentStatus.ABIERTO)
    query = query.order_by(Incident.status != IncidentStatus.ABIERTO, Incident.started_at.desc(),
                           Incident.id.desc()).limit(limit)
    rows = list(query)
    counts = _counts([r.id for r in rows])
    tzs: dict[int, str] = {}
    out = []
    for r in rows:
        tz = tzs.get(r.office_id) or tzs.setdefault(r.office_id, _tz(r.office_id))
        linked, active = counts.get(r.id, (0, 0))
        out.append(IncidentRow(r.id, r.title, r.zone, r.tower, r.status, r.started_at, r.ended_at,
                               r.cause_category, linked, active, tz))
    return out


# --- one incident ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class IncidentReport:
    """A report linked to the incident, or a fault that could be (a candidate)."""

    id: int
    folio: str
    customer_id: int
    customer_number: str
    customer_name: str
    tower: str
    status: str
    opened_at: dt.datetime
    tz: str
    notified: bool = False  # resuelto, and the customer was told after this cycle's resolution


@dataclass(frozen=True)
class IncidentDetail(_Outage):
    id: int
    title: str
    zone: str
    tower: str
    status: str
    office_id: int
    office_name: str
    tz: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    cause_text: str  # what happened, in words
    cause_code: str
    cause_label: str
    cause_category: str  # "" until resolved
    action_taken: str
    created_by: str
    resolved_by: str
    reports: tuple[IncidentReport, ...]  # linked, newest first

    @property
    def active_count(self) -> int:
        """Linked reports still being worked: what resolving the incident resolves."""
        return sum(1 for r in self.reports if r.status in ACTIVE_STATUSES)

    @property
    def to_notify_count(self) -> int:
        """Linked reports resolved whose customer has not been told yet: what «Avisar a todos» records."""
        return sum(1 for r in self.reports if r.status == Status.RESUELTO and not r.notified)

    def duration(self, now: dt.datetime | None = None) -> dt.timedelta:
        return (self.ended_at or now or now_utc()) - self.started_at


def _incident_row(incident: HasId | int) -> Incident:
    row = Incident.get_or_none(Incident.id == ident(incident))
    if row is None:
        raise NotFound("El incidente ya no existe.", "incident")
    return row


def _report_rows(where: object, tz: str, *, reports_first: bool = False) -> list[IncidentReport]:
    """`reports_first`: read the reports as the outer loop (SQLite keeps a CROSS JOIN's order): the few
    thousand unfinished ones are far fewer than the ~10 reports of each of a zone's 14,000 customers."""
    columns = (Report.id, Report.folio, Report.customer, Customer.number, Customer.name, Customer.tower,
               Report.status, Report.opened_at)
    if reports_first:
        query = (Report.select(*columns).join(Customer, JOIN.CROSS)
                 .where((Customer.id == Report.customer) & where))
    else:
        query = Report.select(*columns).join(Customer, on=Customer.id == Report.customer).where(where)
    query = query.order_by(Report.opened_at.desc(), Report.id.desc()).tuples()
    conv = Report.opened_at.python_value
    return [IncidentReport(rid, folio, cid, number, name, tower, status, conv(opened), tz)
            for rid, folio, cid, number, name, tower, status, opened in query]


def notified_since_resolution(report_ids: Iterable[int]) -> set[int]:
    """Of these reports, those with a notice recorded after their current cycle's resolution: three grouped
    queries whatever their number (`reports.notified_since_resolution` asks one report at a time)."""
    ids = sorted(set(report_ids))
    resolved: dict[int, dt.datetime] = {}
    told: dict[int, dt.datetime] = {}
    conv = Notice.created_at.python_value
    for chunk in chunked(ids):
        resolved.update(Resolution.select(Resolution.report, Resolution.resolved_at)
                        .join(Report, on=(Report.id == Resolution.report) & (Report.cycle == Resolution.cycle))
                        .where(Resolution.report.in_(chunk)).tuples())
        told.update((r, conv(at)) for r, at in Notice.select(Notice.report, fn.MAX(Notice.created_at))
                    .join(Report, on=(Report.id == Notice.report) & (Report.cycle == Notice.cycle))
                    .where(Notice.report.in_(chunk)).group_by(Notice.report).tuples())
    return {r for r, at in told.items() if r in resolved and at >= resolved[r]}


def pending_notice(incident: HasId | int) -> list[int]:
    """The linked reports resolved whose customer has not been told since: what «Avisar a todos» records a notice
    on."""
    ids = [r for (r,) in Report.select(Report.id).where(Report.incident == ident(incident),
                                                         Report.status == Status.RESUELTO).tuples()]
    told = notified_since_resolution(ids)
    return [r for r in ids if r not in told]


def incident_detail(incident: HasId | int) -> IncidentDetail:
    """The incident, who declared and resolved it, its cause, and its linked reports."""
    i = _incident_row(incident)
    office = Office.get_by_id(i.office_id)
    names = dict(User.select(User.id, User.full_name).where(User.id.in_(
        [u for u in (i.created_by_id, i.resolved_by_id) if u])).tuples())
    cause = Cause.get_or_none(Cause.code == i.cause_code_id) if i.cause_code_id else None
    return IncidentDetail(
        id=i.id, title=i.title, zone=i.zone, tower=i.tower, status=i.status, office_id=i.office_id,
        office_name=office.name, tz=office.timezone, started_at=i.started_at, ended_at=i.ended_at,
        cause_text=i.cause, cause_code=i.cause_code_id or "", cause_label=cause.label if cause else "",
        cause_category=i.cause_category, action_taken=i.action_taken, created_by=names.get(i.created_by_id, ""),
        resolved_by=names.get(i.resolved_by_id, "") if i.resolved_by_id else "",
        reports=tuple(_with_notices(_report_rows(Report.incident == i.id, office.timezone))),
    )


def _with_notices(rows: list[IncidentReport]) -> list[IncidentReport]:
    told = notified_since_resolution(r.id for r in rows if r.status == Status.RESUELTO)
    return [replace(r, notified=True) if r.id in told else r for r in rows]


def link_candidates(incident: HasId | int) -> list[IncidentReport]:
    """Active faults of the incident's customers (zone, and tower when set) not linked to it nor to another open
    incident, newest first. Driven by the customers' zone index and the unfinished-reports partial index."""
    i = _incident_row(incident)
    area = _area_filter(i.zone, i.tower)
    if area is None:
        return []
    other_open = Incident.select(Incident.id).where(Incident.status == IncidentStatus.ABIERTO, Incident.id != i.id)
    where = (area & (Report.kind == Kind.FALLA) & Report.status.not_in(_ENDED) & Report.status.in_(_ACTIVE)
             & (Report.incident.is_null() | ((Report.incident != i.id) & Report.incident.not_in(other_open))))
    return _report_rows(where, _tz(i.office_id), reports_first=True)


# --- affected customers and compensation -------------------------------------------------------------------

def _dec(value: object, default: Decimal) -> Decimal:
    try:
        return Decimal(str(value))
    except (ArithmeticError, ValueError, TypeError):
        return default


def hours_between(start: dt.datetime, end: dt.datetime) -> Decimal:
    """Hours without service, to the hundredth (what the screen and the CSV show, and what is paid on)."""
    seconds = max(0, int((end - start).total_seconds()))
    return (Decimal(seconds) / Decimal(3600)).quantize(CENT, ROUND_HALF_UP)


def compensation(price: Decimal, hours: Decimal, bonus_pct: Decimal) -> tuple[Decimal, Decimal]:
    """(proportional part, bonus) in pesos for an outage of `hours` on a plan of `price` a month.

    proportional = price × hours / (30 × 24), rounded to the cent (half up);
    bonus = proportional × bonus_pct / 100, rounded to the cent (half up);
    what is owed is their sum. The rounded parts add up to the total the customer sees.
    Example: 399.00 a month, 6 h, 20 %: 399 × 6 / 720 = 3.325 → 3.33; 3.33 × 20 % = 0.666 → 0.67; total 4.00.
    """
    proportional = (price * hours / HOURS_PER_MONTH).quantize(CENT, ROUND_HALF_UP)
    bonus = (proportional * bonus_pct / Decimal(100)).quantize(CENT, ROUND_HALF_UP)
    return proportional, bonus


@dataclass(frozen=True)
class OutageTerms:
    """How long the outage lasted (so far) and whether the provider owes a compensation for it."""

    incident_id: int
    hours: Decimal
    ongoing: bool
    compensable: bool  # the cause is the provider's and the outage reached the threshold
    bonus_pct: Decimal
    threshold_hours: Decimal
    reason: str  # why there is no compensation ("" when there is)


def outage_terms(incident: HasId | int, now: dt.datetime | None = None) -> OutageTerms:
    """The Carta de Derechos Mínimos (and NOM-184-SCFI) ask the provider to compensate, without the customer
    claiming it, the service it did not provide for a cause of its own: the proportional price plus a bonus of at
    least 20 %. Percentage and threshold are the office's settings."""
    from ispdesk.core.services.incidents import compensation_bonus_pct, compensation_threshold_hours

    i = _incident_row(incident)
    hours = hours_between(i.started_at, i.ended_at or now or now_utc())
    pct, threshold = compensation_bonus_pct(), compensation_threshold_hours()
    reason = ""
    if i.status == IncidentStatus.ABIERTO:
        reason = "La compensación se calcula al resolver el incidente, si la causa es del proveedor."
    elif i.cause_category != CauseCategory.INTERNA:
        reason = "La causa fue ajena al proveedor: no hay compensación."
    elif hours < threshold:
        reason = (f"La falla duró {hours} h, menos de las {threshold.normalize():f} h a partir de las cuales se "
                  "compensa (configuración).")
    return OutageTerms(i.id, hours, i.ended_at is None, not reason, pct, threshold, reason)


@dataclass(frozen=True)
class OutageMessage:
    """What every WhatsApp of one outage says; each customer's greeting and amount are filled in when a link is
    asked for (building 14,000 links a zone up front would cost a second for links nobody opens)."""

    office_name: str
    zone: str
    tower: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    tz: str

    def text(self, customer_name: str, compensation: Decimal | None) -> str:
        from ispdesk.core.messages import outage_message

        return outage_message(customer_name, self.office_name, self.zone, self.tower, self.started_at,
                              self.ended_at, self.tz, compensation)


@dataclass(frozen=True)
class AffectedCustomer:
    id: int
    number: str
    name: str
    phones: tuple[str, ...]  # 10 digits each
    address: str
    tower: str
    plan: str
    plan_price: Decimal | None
    status: str  # activo | suspendido
    reported: bool  # has a report linked to the incident
    hours: Decimal
    proportional: Decimal | None  # None: no compensation (see OutageTerms.reason) or no plan price
    bonus: Decimal | None
    message: OutageMessage | None = field(default=None, compare=False, repr=False)

    @property
    def compensation(self) -> Decimal | None:
        if self.proportional is None or self.bonus is None:
            return None
        return self.proportional + self.bonus

    @property
    def phones_text(self) -> str:
        return ", ".join(format_phone(p) for p in self.phones)

    @property
    def wa_text(self) -> str:
        """The short outage message for this customer (greeting, what happened, the compensation owed)."""
        return self.message.text(self.name, self.compensation) if self.message is not None else ""

    def wa_url(self, phone: str | None = None) -> str | None:
        """WhatsApp with the outage message typed, to `phone` (the first one by default); None without a valid
        Mexican number."""
        from ispdesk.core.messages import wa_link

        target = phone or (self.phones[0] if self.phones else "")
        return wa_link(target, self.wa_text) if target else None


def _address(street: str, colonia: str, municipio: str) -> str:
    return ", ".join(p for p in (street, colonia and f"Col. {colonia}", municipio) if p)


# Sorting 14,000 names with `fold` (NFKD) costs a quarter of a second; Spanish letters map directly, ñ after n.
_SORT = str.maketrans({"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ü": "u", "ñ": "n~", "à": "a",
                       "è": "e", "ì": "i", "ò": "o", "ù": "u"})


def _name_key(name: str) -> str:
    return " ".join(name.casefold().translate(_SORT).split())


def affected_customers(incident: HasId | int, now: dt.datetime | None = None) -> list[AffectedCustomer]:
    """Every customer of the zone (and tower when set) whose service is not dado de baja, whether they called
    or not, by name: phones, address, plan, hours without service and, when owed (`outage_terms`), the
    compensation. One query over the customers' (zone, tower, status) index."""
    i = _incident_row(incident)
    terms = outage_terms(i.id, now)
    area = _area_filter(i.zone, i.tower)
    if area is None:
        return []
    office = Office.get_by_id(i.office_id)
    message = OutageMessage(office.name, i.zone, i.tower, i.started_at, i.ended_at, office.timezone)
    reported = {c for (c,) in Report.select(Report.customer).where(Report.incident == i.id).distinct().tuples()}
    query = (Customer.select(Customer.id, Customer.number, Customer.name, Customer.phones, Customer.address,
                             Customer.colonia, Customer.municipio, Customer.tower, Customer.plan,
                             Customer.plan_price, Customer.status)
             .where(area & (Customer.status != "baja")))
    conv = Customer.plan_price.python_value
    out = []
    # the cursor's rows as they come: peewee's per-row conversion would double the time for a whole zone
    for cid, number, name, phones, street, colonia, muni, tower, plan, price, status in \
            db.execute_sql(*query.sql()).fetchall():
        price = conv(price)
        proportional = bonus = None
        if terms.compensable and price is not None:
            proportional, bonus = compensation(Decimal(price), terms.hours, terms.bonus_pct)
        out.append(AffectedCustomer(cid, number, name, tuple(p for p in (phones or "").split(",") if p),
                                    _address(street, colonia, muni), tower, plan,
                                    None if price is None else Decimal(price), status, cid in reported,
                                    terms.hours, proportional, bonus, message))
    out.sort(key=lambda c: (_name_key(c.name), c.number))
    return out


CSV_HEADER = ("numero", "nombre", "telefonos", "domicilio", "plan", "precio", "horas_sin_servicio", "compensacion")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula (a name typed as "=HYPERLINK(…)")."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _money(value: Decimal | None) -> str:
    return "" if value is None else f"{value.quantize(CENT, ROUND_HALF_UP):.2f}"


def write_affected_csv(rows: Iterable[AffectedCustomer], path: str | os.PathLike[str]) -> int:
    """Write rows as `affected_csv` does; returns how many."""
    return write_csv(path, CSV_HEADER, ([_cell(c.number), _cell(c.name), " / ".join(format_phone(p) for p in c.phones),
                                         _cell(c.address), _cell(c.plan), _money(c.plan_price), f"{c.hours:.2f}",
                                         _money(c.compensation)] for c in rows), prefix=".incidente-")


def affected_csv(incident: HasId | int, path: str | os.PathLike[str], now: dt.datetime | None = None) -> int:
    """The affected customers as a spreadsheet: UTF-8 with BOM (Excel reads the accents), commas, a Spanish
    header row, amounts with a dot and two decimals ("" where no compensation is owed). Written to a temporary
    file beside `path` and renamed, so a failed export never leaves half a file. Returns the rows written."""
    return write_affected_csv(affected_customers(incident, now), path)
