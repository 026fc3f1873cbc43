"""The monthly summary a manager takes to the owners (PDF) and to their spreadsheets (CSV): what came in, how fast
it was answered and fixed, whether the promised terms were kept, by whom, why things failed, who keeps calling,
and the mass outages with the compensation owed.

Which month a report belongs to: the month in which it was opened, on the office's clock (a report opened on
31 July at 23:59 in Rioverde is July's, though it is already 1 August in UTC). With several offices, each is
cut at its own local midnight.

Definitions (printed in the PDF's notes, so the reader knows what each figure means):

* **On time** is judged on the report's first cycle, the promise the customer got when they called: the first
  resolution (a resolution or an *improcedente* verdict) at or before the resolution term in force — the first
  promise moved only by the customer's own waits (`Pause.customer_caused`) and by an external cause
  (reclassification). For a report reopened since, that term is the one in force when it was reopened (kept in
  the «reopened» event). A report still unresolved counts as late once that term has passed (unless the
  customer has the clock stopped) and is not judged before; a report the customer cancelled unresolved is not
  judged. **Against the first promise** compares the same resolution with `first_resolution_due`.
* **First answer**: `responded_at - opened_at`; **resolution**: the first resolution's `resolved_at -
  opened_at`; both in the office's business hours (`BusinessCalendar`), waits included.
* **Upheld** (procedente) is the verdict of the current cycle's resolution; causes come from it too.
* **Per technician**: the month's reports whose current assignee is that person: assigned, resolved, on time
  (as above), median resolution time.
* **Repeat faults**: customers with two or more fault reports opened in the month.

Counts are SQL GROUP BYs over the month's rows (read through the `opened_at` index): one over the reports never
reopened gives every total, verdict, cause and on-time figure; the few reopened ones are judged one by one. Only
the business-hour times need each report in Python: the database hands back its instants as integers and they go
through a table of the office's days (`BusinessClock`), not a day-by-day walk. The 12-month trend is a count over
the `opened_at` index alone for each month.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any
from zoneinfo import ZoneInfo

from peewee import JOIN, SQL, Case, Cast, fn

from ispdesk.core.clock import DEFAULT_TIMEZONE, now_utc
from ispdesk.core.db import db, is_sqlite
from ispdesk.core.dto import OfficeInfo
from ispdesk.core.errors import NotFound, ValidationError
from ispdesk.core.models import Area, Cause, Customer, Incident, Office, Pause, Report, ReportEvent, Resolution, User
from ispdesk.core.numfmt import month_name, pct
from ispdesk.core.queries.common import Choice
from ispdesk.core.queries.lists import _fast_datetime
from ispdesk.core.session import HasId
from ispdesk.core.vocab import (
    CHANNEL_LABELS,
    CHANNELS,
    KIND_LABELS,
    KINDS,
    STATUS_LABELS,
    STATUSES,
    CauseCategory,
    Kind,
    Status,
)

Progress = Callable[[str, int, int], None]

TREND_MONTHS = 12
REPEAT_MIN_FAULTS = 2
REPEAT_SHOWN = 15
STEPS = 5  # progress steps of `monthly_summary`

_EPOCH = dt.datetime(1970, 1, 1)
_US = dt.timedelta(microseconds=1)
_US_PER_HOUR = 3_600_000_000
_MONTH_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


# --- months, offices --------------------------------------------------------------------------------------------

def month_bounds(year: int, month: int, tz: str) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of a local calendar month as naive UTC instants (what the database stores)."""
    zone = ZoneInfo(tz)
    nxt = (year + 1, 1) if month == 12 else (year, month + 1)
    start = dt.datetime(year, month, 1, tzinfo=zone).astimezone(dt.UTC).replace(tzinfo=None)
    end = dt.datetime(nxt[0], nxt[1], 1, tzinfo=zone).astimezone(dt.UTC).replace(tzinfo=None)
    return start, end


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """The month `delta` months after (before, when negative) year-month."""
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def current_month(tz: str = DEFAULT_TIMEZONE, now: dt.datetime | None = None) -> tuple[int, int]:
    """The month in progress on the office's clock."""
    local = (now or now_utc()).replace(tzinfo=dt.UTC).astimezone(ZoneInfo(tz))
    return local.year, local.month


def parse_month(text: str, *, office: HasId | int | None = None, now: dt.datetime | None = None) -> tuple[int, int]:
    """"2026-07" → (2026, 7). A malformed month or one that has not begun yet (on the clock of `office`, the first
    office when not said) is refused with a Spanish message (field "month")."""
    m = _MONTH_RE.match(text or "")
    if not m or not 1 <= int(m[2]) <= 12 or int(m[1]) < 1900:
        raise ValidationError(f"Mes: «{(text or '').strip()}» no es un mes válido; escríbalo como AAAA-MM "
                              "(por ejemplo 2026-07).", "month")
    year, month = int(m[1]), int(m[2])
    if (year, month) > current_month(office_tz(office), now):
        raise ValidationError(f"Mes: {month_name(year, month)} todavía no empieza; elija este mes o uno anterior.",
                              "month")
    return year, month


def office_tz(office: HasId | int | None = None) -> str:
    """The office's time zone (the first office's when not said)."""
    query = Office.select(Office.timezone)
    if office is not None:
        query = query.where(Office.id == (office if isinstance(office, int) else int(office.id)))
    row = query.order_by(Office.id).first()
    return row.timezone if row else DEFAULT_TIMEZONE


def offices() -> list[Choice]:
    """Every office as (folio prefix, name), for the office picker."""
    return [Choice(o.folio_prefix, o.name) for o in Office.select(Office.folio_prefix, Office.name)
            .order_by(Office.name, Office.id)]


def office_by_prefix(prefix: str) -> int:
    """The office whose folios start with `prefix` ("rv" = "RV"); NotFound otherwise."""
    code = (prefix or "").strip().upper()
    row = Office.select(Office.id).where(Office.folio_prefix == code).first() if code else None
    if row is None:
        known = ", ".join(c.code for c in offices())
        raise NotFound(f"No existe una oficina con el prefijo «{(prefix or '').strip()}»"
                       + (f" (hay: {known})." if known else "."), "office")
    return row.id


@dataclass(frozen=True)
class Span:
    """One office's part of a month: its reports opened in [start, end), naive UTC."""

    office_id: int
    tz: str
    start: dt.datetime
    end: dt.datetime


@dataclass(frozen=True)
class Scope:
    """The reports a figure counts: a month of one office, or of every office, each on its own clock."""

    spans: tuple[Span, ...]
    whole: bool  # every office, all on the same clock: one opened_at range, no office filter

    @cached_property
    def ids(self) -> tuple[int, int]:
        """The lowest and highest id of the reports in scope ((0, -1) when none)."""
        # `id + 0`: read through the opened_at index; PostgreSQL would otherwise walk the primary key from one end
        # looking for the month (most of a million rows for a recent one).
        lo, hi = Report.select(fn.MIN(Report.id + 0), fn.MAX(Report.id + 0)).where(self.where()).tuples().first() \
            or (None, None)
        return (lo, hi) if lo is not None else (0, -1)

    def where(self, column: Any = None, office_column: Any = None) -> Any:
        column = Report.opened_at if column is None else column
        office_column = Report.office if office_column is None else office_column
        if self.whole:
            s = self.spans[0]
            return (column >= s.start) & (column < s.end)
        cond: Any = None
        for s in self.spans:
            part = (office_column == s.office_id) & (column >= s.start) & (column < s.end)
            cond = part if cond is None else (cond | part)
        return cond


def _first_cycle(scope: Scope, r1: Any) -> Any:
    """The join to each report's first resolution. The redundant range on `report_id` (the month's lowest and
    highest report ids, read from the `opened_at` index) lets PostgreSQL read only the month's resolutions by
    index instead of hashing all million of them; SQLite probes the (report_id, cycle) index either way."""
    lo, hi = scope.ids
    return (r1.report == Report.id) & (r1.cycle == 1) & (r1.report >= lo) & (r1.report <= hi)


def month_scope(year: int, month: int, office: HasId | int | None = None) -> Scope:
    """The scope of a month for one office (by id) or for all of them (None)."""
    rows = list(Office.select(Office.id, Office.timezone).order_by(Office.id))
    if not rows:
        raise NotFound("No hay oficina configurada.")
    if office is not None:
        oid = office if isinstance(office, int) else int(office.id)
        chosen = [r for r in rows if r.id == oid]
        if not chosen:
            raise NotFound("La oficina ya no existe.", "office")
    else:
        chosen = rows
    spans = tuple(Span(r.id, r.timezone, *month_bounds(year, month, r.timezone)) for r in chosen)
    whole = len(chosen) == len(rows) and len({r.timezone for r in chosen}) == 1
    return Scope(spans, whole)


# --- business hours for many rows ---------------------------------------------------------------------------

def _us(value: dt.datetime) -> int:
    """Naive UTC → microseconds since the epoch."""
    return (value - _EPOCH) // _US


class BusinessClock:
    """Business hours between instants, for thousands of rows: a table of the office's days (local midnight and
    opening intervals, in µs) with the business time before each day, so each pair costs one bisect instead of
    the day-by-day walk of `BusinessCalendar.business_hours_between` (which it agrees with)."""

    def __init__(self, cal: Any, first: dt.datetime, last: dt.datetime) -> None:
        tz = cal.tz
        day = first.replace(tzinfo=dt.UTC).astimezone(tz).date() - dt.timedelta(days=1)
        end = last.replace(tzinfo=dt.UTC).astimezone(tz).date() + dt.timedelta(days=1)
        self._starts: list[int] = []
        self._ivs: list[tuple[tuple[int, int], ...]] = []
        self._cum: list[int] = []
        total = 0
        while day <= end:
            midnight = dt.datetime.combine(day, dt.time(0), tzinfo=tz).astimezone(dt.UTC).replace(tzinfo=None)
            ivs = tuple((_us(a.astimezone(dt.UTC).replace(tzinfo=None)), _us(b.astimezone(dt.UTC).replace(tzinfo=None)))
                        for a, b in cal.intervals(day))
            self._starts.append(_us(midnight))
            self._ivs.append(ivs)
            self._cum.append(total)
            total += sum(b - a for a, b in ivs)
            day += dt.timedelta(days=1)
        self._total = total

    def before(self, us: int) -> int:
        """Business µs from the table's start up to `us` (µs since the epoch, UTC)."""
        i = bisect.bisect_right(self._starts, us) - 1
        if i < 0:
            return 0
        acc = self._cum[i]
        for a, b in self._ivs[i]:
            if us <= a:
                break
            acc += (b if us >= b else us) - a
        return acc

    def before_many(self, values: list[int | None]) -> list[int | None]:
        """`before` for many instants (None stays None): one tight loop instead of a call per instant."""
        starts, days, cum, find = self._starts, self._ivs, self._cum, bisect.bisect_right
        out: list[int | None] = []
        append = out.append
        for us in values:
            if us is None:
                append(None)
                continue
            i = find(starts, us) - 1
            if i < 0:
                append(0)
                continue
            acc = cum[i]
            for a, b in days[i]:
                if us <= a:
                    break
                acc += (b if us >= b else us) - a
            append(acc)
        return out

    def hours(self, a: dt.datetime, b: dt.datetime) -> float:
        """Business hours from `a` to `b` (naive UTC); negative when b < a."""
        return (self.before(_us(b)) - self.before(_us(a))) / _US_PER_HOUR


# --- the DTO ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Count:
    code: str
    label: str
    count: int


@dataclass(frozen=True)
class Timing:
    """On-time and speed figures of a group of reports (a kind, or all of them)."""

    reports: int = 0
    resolved: int = 0  # with a first-cycle resolution
    due: int = 0  # judged against the term in force
    on_time: int = 0
    due_first: int = 0  # judged against the first promise
    on_time_first: int = 0
    answered: int = 0
    answer_median: float | None = None  # business hours
    answer_mean: float | None = None
    resolution_median: float | None = None
    resolution_mean: float | None = None

    @property
    def on_time_pct(self) -> float | None:
        return pct(self.on_time, self.due)

    @property
    def on_time_first_pct(self) -> float | None:
        return pct(self.on_time_first, self.due_first)


@dataclass(frozen=True)
class KindTiming:
    kind: str
    label: str
    timing: Timing


@dataclass(frozen=True)
class TechRow:
    user_id: int
    username: str
    name: str
    assigned: int
    resolved: int
    due: int
    on_time: int
    resolution_median: float | None

    @property
    def on_time_pct(self) -> float | None:
        return pct(self.on_time, self.due)


@dataclass(frozen=True)
class CauseRow:
    code: str
    label: str
    category: str  # interna | externa
    count: int


@dataclass(frozen=True)
class RepeatCustomer:
    customer_id: int
    number: str
    name: str
    zone: str
    faults: int


@dataclass(frozen=True)
class OutageRow:
    """A mass outage that began in the month: how long, whom it reached, what is owed."""

    id: int
    title: str
    place: str  # "Norte / T-03"
    started_at: dt.datetime  # naive UTC
    ended_at: dt.datetime | None
    hours: Decimal
    ongoing: bool
    cause_category: str
    linked: int  # reports linked
    affected: int  # customers of the zone (or tower) not dados de baja
    compensable: bool
    compensation: Decimal  # total owed to the affected customers (0 when not compensable)
    reason: str  # why nothing is owed ("" when something is)


@dataclass(frozen=True)
class TrendPoint:
    year: int
    month: int
    reports: int


@dataclass(frozen=True)
class MonthlySummary:
    year: int
    month: int
    office_prefix: str  # "" = every office
    office_label: str  # the office's name, or "Todas las oficinas"
    office: OfficeInfo  # the letterhead
    tz: str
    demo: bool
    generated_at: dt.datetime  # naive UTC: unresolved reports are judged as of this instant
    total: int
    by_kind: tuple[Count, ...]  # every kind, in the vocabulary's order
    by_channel: tuple[Count, ...]  # every channel
    by_area: tuple[Count, ...]  # every active area, and any other area with reports
    by_status: tuple[Count, ...]  # every status (as of generated_at)
    upheld: int
    not_upheld: int
    undecided: int  # no verdict yet (being worked, or cancelled)
    overall: Timing
    kinds: tuple[KindTiming, ...]  # every kind
    technicians: tuple[TechRow, ...]  # by assigned, most first
    unassigned: int  # the month's reports without an assignee
    causes: tuple[CauseRow, ...]  # most frequent first
    internal: int
    external: int
    repeat_customers: tuple[RepeatCustomer, ...]  # the first REPEAT_SHOWN
    repeat_total: int  # customers with REPEAT_MIN_FAULTS faults or more
    incidents: tuple[OutageRow, ...]
    trend: tuple[TrendPoint, ...] = field(default=())  # TREND_MONTHS months ending with this one
    seal: str = ""  # the history's latest seal («N:CÓDIGO», `audit_log.checkpoint`): kept on paper, an anchor
    seal_at: dt.datetime | None = None

    @property
    def period(self) -> str:
        """"2026-07"."""
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def month_label(self) -> str:
        """"julio de 2026"."""
        return month_name(self.year, self.month)

    @property
    def in_progress(self) -> bool:
        """The month had not ended (on the office's clock) when the figures were read."""
        return self.generated_at < month_bounds(self.year, self.month, self.tz)[1]

    @property
    def previous_total(self) -> int | None:
        """Reports of the month before (from the trend), None when unknown."""
        return self.trend[-2].reports if len(self.trend) >= 2 else None

    def kind_timing(self, kind: str) -> Timing:
        return next((k.timing for k in self.kinds if k.kind == kind), Timing())

    @property
    def compensation_total(self) -> Decimal:
        return sum((i.compensation for i in self.incidents), Decimal(0))


# --- the queries ------------------------------------------------------------------------------------------------

def _rows(query: Any) -> list[tuple[Any, ...]]:
    """The cursor's raw values (peewee's per-column conversion costs more than the query on big months)."""
    return list(db.execute_sql(*query.sql()).fetchall())


def _groups(scope: Scope, now: dt.datetime) -> list[tuple[Any, ...]]:
    """One GROUP BY over the month's reports never reopened (nearly all of them): (kind, channel, area, status,
    assignee, upheld, cause code, cause category, reports, resolved, due, on time, due first, on time first).
    The totals by kind, channel, area and status, the verdicts, the causes and the on-time figures per kind and
    per person are all sums over these groups."""
    r1 = Resolution.alias("r1")
    # The reports with the clock stopped (an open pause the customer caused): a handful, joined as a set. As a
    # correlated EXISTS, PostgreSQL priced it once per row and spent longer compiling the query (JIT) than running it.
    op = Pause.alias("op")
    waiting = (op.select(op.report.alias("report_id")).where(op.ended_at.is_null() & (op.customer_caused == True))  # noqa: E712
               .distinct().alias("waiting"))
    stopped = waiting.c.report_id.is_null(False)
    first_due = fn.COALESCE(Report.first_resolution_due, Report.resolution_due)
    resolved = r1.id.is_null(False)
    live = Report.status != Status.CANCELADO.value
    due = Case(None, [(resolved, 1), (live & (Report.resolution_due < now) & ~stopped, 1)], 0)
    on_time = Case(None, [(resolved & (r1.resolved_at <= Report.resolution_due), 1)], 0)
    due_first = Case(None, [(resolved, 1), (live & (first_due < now), 1)], 0)
    on_time_first = Case(None, [(resolved & (r1.resolved_at <= first_due), 1)], 0)
    keys = (Report.kind, Report.channel, Report.area, Report.status, Report.assignee, r1.upheld, r1.cause_code,
            r1.cause_category)
    q = (Report.select(*keys, fn.COUNT(Report.id), fn.SUM(Case(None, [(resolved, 1)], 0)), fn.SUM(due),
                       fn.SUM(on_time), fn.SUM(due_first), fn.SUM(on_time_first))
         .join(r1, JOIN.LEFT_OUTER, on=_first_cycle(scope, r1))
         .join(waiting, JOIN.LEFT_OUTER, on=waiting.c.report_id == Report.id)
         .where(scope.where() & (Report.cycle == 1))
         .group_by(*keys))
    return _rows(q)


def _reopened(ids: list[int]) -> list[tuple[Any, ...]]:
    """The same tuple for the reports reopened since (a few, found by `_times`): their verdict and cause are the
    current cycle's, their on-time figures the first cycle's, whose term in force is in the first «reopened»
    event (judged here)."""
    if not ids:
        return []
    r1 = Resolution.alias("r1")
    cur = Resolution.alias("cur")
    ev = ReportEvent.alias("ev")
    first_reopen = (ev.select(ev.data_json).where((ev.report == Report.id) & (ev.action == "reopened"))
                    .order_by(ev.id).limit(1))
    q = (Report.select(Report.kind, Report.channel, Report.area, Report.status, Report.assignee, cur.upheld,
                       cur.cause_code, cur.cause_category, Report.resolution_due, Report.first_resolution_due,
                       r1.resolved_at, first_reopen)
         .join(r1, JOIN.LEFT_OUTER, on=(r1.report == Report.id) & (r1.cycle == 1))
         .join(cur, JOIN.LEFT_OUTER, on=(cur.report == Report.id) & (cur.cycle == Report.cycle))
         .where(Report.id.in_(ids)))
    out = []
    for *keys, current_due, first_due, resolved_at, data in _rows(q):
        first = _fast_datetime(first_due) or _fast_datetime(current_due)
        resolved = _fast_datetime(resolved_at)
        if resolved is None:  # the first cycle ended cancelled: nothing was promised to judge
            out.append((*keys, 1, 0, 0, 0, 0, 0))
            continue
        term = first
        try:
            previous = json.loads(data or "{}").get("previous_due")
            if previous:
                term = dt.datetime.fromisoformat(str(previous))
        except (ValueError, TypeError, AttributeError):
            pass
        out.append((*keys, 1, 1, 1, int(resolved <= term), 1, int(resolved <= first)))
    return out


def _epoch_us(column: Any) -> Any:
    """A timestamp column as whole microseconds since the epoch, computed by the database: thousands of rows come
    back as plain integers instead of text or datetimes for Python to parse (SQLite's julianday is a double:
    exact to about 50 µs, far below the tenth of an hour shown)."""
    if is_sqlite():
        return Cast(fn.ROUND((fn.julianday(column) - 2440587.5) * 86_400_000_000.0), "INTEGER")
    return Cast(fn.ROUND(fn.date_part("epoch", column) * 1_000_000), "BIGINT")


def _times(scope: Scope) -> list[tuple[Any, ...]]:
    """(office, kind, assignee, opened, responded, first resolution, id, cycle) of each report, the instants in
    µs since the epoch: the business-hour times (and which reports were reopened)."""
    r1 = Resolution.alias("r1")
    q = (Report.select(Report.office, Report.kind, Report.assignee, _epoch_us(Report.opened_at),
                       _epoch_us(Report.responded_at), _epoch_us(r1.resolved_at), Report.id, Report.cycle)
         .join(r1, JOIN.LEFT_OUTER, on=_first_cycle(scope, r1))
         .where(scope.where()))
    return _rows(q)


def _business_times(rows: list[tuple[Any, ...]]) -> tuple[dict[str, list[float]], dict[str, list[float]],
                                                        dict[int | None, list[float]]]:
    """First-answer hours by kind, resolution hours by kind and by assignee, in each office's business hours (the
    rows of `_times`)."""
    answer: dict[str, list[float]] = {}
    solve: dict[str, list[float]] = {}
    by_user: dict[int | None, list[float]] = {}
    if not rows:
        return answer, solve, by_user
    cals = _calendars({r[0] for r in rows})
    hour = float(_US_PER_HOUR)
    for oid, cal in cals.items():
        mine = [r for r in rows if r[0] == oid] if len(cals) > 1 else rows
        stamps = [t for r in mine for t in (r[3], r[4], r[5]) if t is not None]
        clock = BusinessClock(cal, _EPOCH + min(stamps) * _US, _EPOCH + max(stamps) * _US)
        opened = clock.before_many([r[3] for r in mine])
        answered = clock.before_many([r[4] for r in mine])
        resolved = clock.before_many([r[5] for r in mine])
        for r, start, answer_at, resolved_at in zip(mine, opened, answered, resolved, strict=True):
            kind = r[1]
            if answer_at is not None:
                answer.setdefault(kind, []).append(max(0, answer_at - start) / hour)
            if resolved_at is not None:
                hours = max(0, resolved_at - start) / hour
                solve.setdefault(kind, []).append(hours)
                by_user.setdefault(r[2], []).append(hours)
    return answer, solve, by_user


def _calendars(office_ids: Iterable[int]) -> dict[int, Any]:
    from ispdesk.core.services.office import calendar_for

    return {o.id: calendar_for(o) for o in Office.select().where(Office.id.in_(list(office_ids)))}


def _mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _repeat_customers(scope: Scope) -> tuple[tuple[RepeatCustomer, ...], int]:
    n = fn.COUNT(Report.id)
    q = (Report.select(Report.customer, n).where(scope.where() & (Report.kind == Kind.FALLA.value))
         .group_by(Report.customer).having(n >= REPEAT_MIN_FAULTS))
    groups = _rows(q)
    top = sorted(groups, key=lambda g: (-g[1], g[0]))[:REPEAT_SHOWN]
    info = {c.id: c for c in Customer.select(Customer.id, Customer.number, Customer.name, Customer.zone)
            .where(Customer.id.in_([g[0] for g in top]))} if top else {}
    rows = tuple(RepeatCustomer(cid, info[cid].number, info[cid].name, info[cid].zone, count)
                 for cid, count in top if cid in info)
    rows = tuple(sorted(rows, key=lambda r: (-r.faults, r.number)))
    return rows, len(groups)


def _outages(scope: Scope, now: dt.datetime) -> tuple[OutageRow, ...]:
    """The mass outages that began in the month (in their office's time), with the figures of the incidents
    screen (`outage_terms`, `affected_customers`)."""
    from ispdesk.core.queries.incidents import affected_customers, outage_terms

    query = (Incident.select(Incident.id, Incident.title, Incident.zone, Incident.tower, Incident.started_at,
                             Incident.ended_at, Incident.cause_category)
             .where(scope.where(Incident.started_at, Incident.office))
             .order_by(Incident.started_at, Incident.id))
    rows = list(query)
    if not rows:
        return ()
    linked = dict(Report.select(Report.incident, fn.COUNT(Report.id))
                  .where(Report.incident.in_([i.id for i in rows])).group_by(Report.incident).tuples())
    out = []
    for i in rows:
        terms = outage_terms(i.id, now)
        people = affected_customers(i.id, now)
        owed = sum((c.compensation for c in people if c.compensation is not None), Decimal(0))
        out.append(OutageRow(
            id=i.id, title=i.title, place=" / ".join(p for p in (i.zone, i.tower) if p), started_at=i.started_at,
            ended_at=i.ended_at, hours=terms.hours, ongoing=terms.ongoing, cause_category=i.cause_category,
            linked=linked.get(i.id, 0), affected=len(people), compensable=terms.compensable, compensation=owed,
            reason=terms.reason))
    return tuple(out)


def _trend(year: int, month: int, office: HasId | int | None) -> tuple[TrendPoint, ...]:
    """Reports opened in each of the TREND_MONTHS months ending with year-month: a count over the `opened_at`
    index alone for each month (for every office on one clock; one office's rows are read too)."""
    out = []
    for back in range(TREND_MONTHS - 1, -1, -1):
        y, m = shift_month(year, month, -back)
        scope = month_scope(y, m, office)
        (total,) = _rows(Report.select(fn.COUNT(SQL("*"))).where(scope.where()))[0]  # index only
        out.append(TrendPoint(y, m, int(total or 0)))
    return tuple(out)


def _office_header(office_id: int | None) -> tuple[OfficeInfo, str, str, str, bool]:
    """(letterhead, prefix, label, time zone, demo) of one office, or of all of them (the first one's letterhead)."""
    from ispdesk.core.services.office import office_info

    rows = list(Office.select().order_by(Office.id))
    if office_id is None:
        first = rows[0]
        label = first.name if len(rows) == 1 else "Todas las oficinas"
        prefix = first.folio_prefix if len(rows) == 1 else ""
        return office_info(first), prefix, label, first.timezone, any(o.demo for o in rows)
    row = next(o for o in rows if o.id == office_id)
    return office_info(row), row.folio_prefix, row.name, row.timezone, row.demo


def monthly_summary(year: int, month: int, office: HasId | int | None = None, *, actor: Any = None,
                    now: dt.datetime | None = None, progress: Progress | None = None) -> MonthlySummary:
    """Every figure of the monthly summary for the reports opened in year-month (office time) of one office (its
    id) or of all of them. With `actor`, the acting user must be allowed to see it (the window passes its
    session; the command line reads as the other read commands do). Unresolved reports are judged as of `now`.
    `progress(stage, done, total)` is called between the steps."""
    if actor is not None:
        from ispdesk.core.permissions import Action, require
        from ispdesk.core.services.users import actor_row

        require(actor_row(actor), Action.SUMMARY_VIEW)
    now = now or now_utc()

    def step(stage: str, done: int) -> None:
        if progress is not None:
            progress(stage, done, STEPS)

    scope = month_scope(year, month, office)
    office_id = None if office is None else (office if isinstance(office, int) else int(office.id))
    letterhead, prefix, label, tz, demo = _office_header(office_id)

    step("Conteos, procedencia y plazos", 0)
    by_kind = dict.fromkeys(KINDS, 0)
    by_channel = dict.fromkeys(CHANNELS, 0)
    by_status = dict.fromkeys(STATUSES, 0)
    by_area: dict[str, int] = {}
    per_kind: dict[str, list[int]] = {k: [0] * 6 for k in KINDS}
    per_user: dict[int | None, list[int]] = {}
    cause_counts: dict[tuple[str, str], int] = {}
    total = upheld = not_upheld = 0
    groups = _groups(scope, now)
    step("Tiempos en horas hábiles", 1)
    rows = _times(scope)
    groups += _reopened([r[6] for r in rows if r[7] != 1])
    for kind, channel, area, status, assignee, verdict, code, category, *figures in groups:
        figures = [int(v or 0) for v in figures]
        n = figures[0]
        total += n
        by_kind[kind] = by_kind.get(kind, 0) + n
        by_channel[channel] = by_channel.get(channel, 0) + n
        by_status[status] = by_status.get(status, 0) + n
        area = area or "tecnica"
        by_area[area] = by_area.get(area, 0) + n
        if verdict is not None:
            if bool(verdict):
                upheld += n
            else:
                not_upheld += n
            if code:
                cause_counts[(code, category or "")] = cause_counts.get((code, category or ""), 0) + n
        for target in (per_kind.setdefault(kind, [0] * 6), per_user.setdefault(assignee, [0] * 6)):
            for i, v in enumerate(figures):
                target[i] += v
    areas = {a.code: (a.name, a.active, a.sort) for a in Area.select()}
    area_codes = sorted({c for c, (_n, active, _s) in areas.items() if active} | set(by_area),
                        key=lambda c: (areas.get(c, ("", True, 999))[2], c))
    labels = dict(Cause.select(Cause.code, Cause.label).tuples())
    causes = tuple(sorted((CauseRow(code, labels.get(code, code), cat, n) for (code, cat), n in cause_counts.items()),
                          key=lambda c: (-c.count, c.label)))

    answer, solve, user_solve = _business_times(rows)
    step("Clientes con fallas repetidas", 2)

    def timing(figures: list[int], answers: list[float], solves: list[float]) -> Timing:
        return Timing(reports=figures[0], resolved=figures[1], due=figures[2], on_time=figures[3],
                      due_first=figures[4], on_time_first=figures[5], answered=len(answers),
                      answer_median=_median(answers), answer_mean=_mean(answers),
                      resolution_median=_median(solves), resolution_mean=_mean(solves))

    kinds = tuple(KindTiming(k, KIND_LABELS.get(k, k), timing(per_kind.get(k, [0] * 6), answer.get(k, []),
                                                              solve.get(k, [])))
                  for k in [*KINDS, *sorted(set(per_kind) - set(KINDS))])
    all_figures = [sum(per_kind[k][i] for k in per_kind) for i in range(6)]
    overall = timing(all_figures, [h for v in answer.values() for h in v], [h for v in solve.values() for h in v])

    users = {u.id: u for u in User.select(User.id, User.username, User.full_name)
             .where(User.id.in_([u for u in per_user if u is not None]))} if per_user else {}
    technicians = tuple(sorted(
        (TechRow(uid, users[uid].username, users[uid].full_name, f[0], f[1], f[2], f[3],
                 _median(user_solve.get(uid, [])))
         for uid, f in per_user.items() if uid is not None and uid in users),
        key=lambda t: (-t.assigned, t.name)))
    unassigned = per_user.get(None, [0])[0]

    repeat, repeat_total = _repeat_customers(scope)

    step("Incidentes masivos", 3)
    outages = _outages(scope, now)

    step("Tendencia de 12 meses", 4)
    trend = _trend(year, month, office_id)
    step("Listo", STEPS)

    internal = sum(c.count for c in causes if c.category == CauseCategory.INTERNA)
    external = sum(c.count for c in causes if c.category == CauseCategory.EXTERNA)
    from ispdesk.core.services.audit_log import latest_seal

    seal = latest_seal()
    return MonthlySummary(
        year=year, month=month, office_prefix=prefix, office_label=label, office=letterhead, tz=tz, demo=demo,
        generated_at=now, total=total,
        by_kind=tuple(Count(k, KIND_LABELS.get(k, k), n) for k, n in by_kind.items()),
        by_channel=tuple(Count(c, CHANNEL_LABELS.get(c, c), n) for c, n in by_channel.items()),
        by_area=tuple(Count(c, areas.get(c, (c, True, 0))[0], by_area.get(c, 0)) for c in area_codes),
        by_status=tuple(Count(s, STATUS_LABELS.get(s, s), n) for s, n in by_status.items()),
        upheld=upheld, not_upheld=not_upheld, undecided=total - upheld - not_upheld,
        overall=overall, kinds=kinds, technicians=technicians, unassigned=unassigned, causes=causes,
        internal=internal, external=external, repeat_customers=repeat, repeat_total=repeat_total,
        incidents=outages, trend=trend, seal=seal.code if seal else "", seal_at=seal.at if seal else None,
    )


__all__ = ["REPEAT_MIN_FAULTS", "STEPS", "TREND_MONTHS", "BusinessClock", "CauseRow", "Count", "KindTiming",
           "MonthlySummary", "OutageRow", "RepeatCustomer", "Scope", "Span", "TechRow", "Timing", "TrendPoint",
           "current_month", "month_bounds", "month_scope", "monthly_summary", "office_by_prefix", "office_tz",
           "offices", "parse_month", "shift_month"]
