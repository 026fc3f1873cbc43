"""Office business calendar: opening hours, Mexican holidays and business-time arithmetic.

Deadlines in the Códigos de Prácticas Comerciales are counted in business hours/days of the
office, so every deadline goes through here. Conventions:

* inputs may be aware datetimes in any zone, or naive datetimes meaning UTC (the DB stores
  naive UTC);
* outputs are aware datetimes in UTC, except :meth:`BusinessCalendar.intervals` (local aware).

Internally instants are integer microseconds since the epoch and each local date's opening
intervals are cached, so the hot path (``add_business_hours``, called ~10^6 times by the demo
generator) does no ZoneInfo work besides one ``astimezone``.  The ``holidays`` package is
imported lazily so that importing this module stays cheap for the CLI.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from ispdesk.core.clock import DEFAULT_TIMEZONE

__all__ = ["DEFAULT_HOURS", "LEGAL_EXTRA_HOLIDAYS", "LEGAL_HOURS", "OFFICE_CLOSED_NAME", "WEEKDAY_NAMES_ES",
           "BusinessCalendar", "official_holidays"]

WEEKDAY_NAMES_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]

# Monday=0 … Sunday=6. An interval ending at time(0) means "until midnight" (24:00).
DEFAULT_HOURS: dict[int, list[tuple[time, time]]] = {
    0: [(time(9), time(18))],
    1: [(time(9), time(18))],
    2: [(time(9), time(18))],
    3: [(time(9), time(18))],
    4: [(time(9), time(18))],
    5: [(time(9), time(14))],
    6: [],
}

OFFICE_CLOSED_NAME = "Cierre de la oficina"

# Legal business days (días hábiles as the Ley Federal de Procedimiento Administrativo, art. 28, counts them):
# Monday to Friday, whatever the office's hours; a term in these days ends at the end of its last day.
LEGAL_HOURS: dict[int, list[tuple[time, time]]] = {wd: [(time(0), time(23, 59))] for wd in range(5)}
# Art. 28 names one day more than the labour law's official holidays (which the `holidays` package lists).
LEGAL_EXTRA_HOLIDAYS: dict[tuple[int, int], str] = {(5, 5): "Batalla de Puebla (inhábil por ley)"}

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ONE_US = timedelta(microseconds=1)
_US_PER_HOUR = 3_600_000_000
# Give up after this many consecutive days without opening hours (a misconfigured calendar
# would otherwise loop forever).
_MAX_CLOSED_RUN = 3700

_Day = tuple[tuple[int, int], ...]  # ((open_us, close_us), ...) sorted, for one local date


def official_holidays(year: int) -> dict[date, str]:
    """Mexico's official holidays of ``year`` (Ley Federal del Trabajo, art. 74: the movable Mondays included), with
    their Spanish names."""
    from holidays import country_holidays  # lazy: keeps `import` of this module fast

    return dict(country_holidays("MX", years=year, language="es"))


def _minutes(t: time, *, end: bool) -> float:
    m = t.hour * 60 + t.minute + (t.second + t.microsecond / 1e6) / 60
    return 1440.0 if end and m == 0 else m


def _fmt(t: time, *, end: bool = False) -> str:
    if end and t == time(0):
        return "24:00"
    return t.strftime("%H:%M")


def _from_us(us: int) -> datetime:
    return _EPOCH + timedelta(microseconds=us)


def _as_aware(dt: datetime) -> datetime:
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt


class BusinessCalendar:
    """Opening hours + holidays of one office, in its own time zone."""

    def __init__(
        self,
        tz: str | ZoneInfo = DEFAULT_TIMEZONE,
        hours: Mapping[int, Sequence[tuple[time, time]]] | None = None,
        closed_days: Iterable[date] = (),
        official_holidays: bool = True,
        *,
        closed_names: Mapping[date, str] | None = None,
        legal: bool = False,
    ) -> None:
        self.tz: ZoneInfo = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
        src = DEFAULT_HOURS if hours is None else hours
        norm: dict[int, tuple[tuple[time, time], ...]] = {}
        for wd in range(7):
            ivs = tuple(sorted(src.get(wd, ()), key=lambda iv: iv[0]))
            prev_end = -1.0
            for t0, t1 in ivs:
                a, b = _minutes(t0, end=False), _minutes(t1, end=True)
                if not a < b:
                    raise ValueError(f"intervalo vacío o invertido el {WEEKDAY_NAMES_ES[wd]}: {t0}–{t1}")
                if a < prev_end:
                    raise ValueError(f"intervalos traslapados el {WEEKDAY_NAMES_ES[wd]}")
                prev_end = b
            norm[wd] = ivs
        for wd in src:
            if wd not in range(7):
                raise ValueError(f"día de la semana inválido: {wd!r} (lunes=0 … domingo=6)")
        if not any(norm.values()):
            raise ValueError("el horario no tiene ningún día con atención")
        self.hours: dict[int, tuple[tuple[time, time], ...]] = norm
        self.closed_days: frozenset[date] = frozenset(closed_days)
        self.closed_names: dict[date, str] = dict(closed_names or {})
        self.official_holidays = official_holidays
        self.legal = legal  # the legal-days calendar: adds the days art. 28 names besides the official holidays
        self._holidays: dict[int, dict[date, str]] = {}
        self._days: dict[int, _Day] = {}  # local date ordinal -> opening intervals in µs
        self._legal: BusinessCalendar | None = None

    # ------------------------------------------------------------------ conversions
    def to_utc(self, dt: datetime) -> datetime:
        """Aware UTC datetime for ``dt`` (naive means UTC)."""
        return _as_aware(dt).astimezone(UTC)

    def to_local(self, dt: datetime) -> datetime:
        """Aware datetime in the office zone for ``dt`` (naive means UTC)."""
        return _as_aware(dt).astimezone(self.tz)

    # ------------------------------------------------------------------ days
    def holidays_in(self, year: int) -> dict[date, str]:
        """Official MX holidays (Spanish names) plus office closed days of ``year``."""
        cached = self._holidays.get(year)
        if cached is None:
            cached = {}
            if self.official_holidays:
                cached.update(official_holidays(year))
            if self.legal:
                for (month, day), name in LEGAL_EXTRA_HOLIDAYS.items():
                    cached.setdefault(date(year, month, day), name)
            for d in self.closed_days:
                if d.year == year:
                    cached.setdefault(d, self.closed_names.get(d) or OFFICE_CLOSED_NAME)
            self._holidays[year] = cached
        return dict(cached)

    def is_business_day(self, d: date) -> bool:
        """True when the office opens that weekday and it is neither a holiday nor a closed day."""
        if isinstance(d, datetime):
            d = d.date()
        if not self.hours[d.weekday()]:
            return False
        if d in self.closed_days:
            return False
        if d.year not in self._holidays:
            self.holidays_in(d.year)
        return d not in self._holidays[d.year]

    def _day(self, ordinal: int) -> _Day:
        ivs = self._days.get(ordinal)
        if ivs is None:
            ivs = self._build_day(ordinal)
            self._days[ordinal] = ivs
        return ivs

    def _build_day(self, ordinal: int) -> _Day:
        d = date.fromordinal(ordinal)
        if not self.is_business_day(d):
            return ()
        tz = self.tz
        out: list[tuple[int, int]] = []
        for t0, t1 in self.hours[d.weekday()]:
            end_day = d + timedelta(days=1) if t1 == time(0) else d
            op = (datetime.combine(d, t0, tzinfo=tz) - _EPOCH) // _ONE_US
            cl = (datetime.combine(end_day, t1, tzinfo=tz) - _EPOCH) // _ONE_US
            if cl > op:  # a DST jump could in theory swallow a tiny interval
                out.append((op, cl))
        return tuple(out)

    def intervals(self, d: date) -> list[tuple[datetime, datetime]]:
        """Opening intervals of local date ``d`` as aware local datetimes ([] when closed)."""
        tz = self.tz
        return [(_from_us(a).astimezone(tz), _from_us(b).astimezone(tz)) for a, b in self._day(d.toordinal())]

    # ------------------------------------------------------------------ arithmetic
    def add_business_hours(self, start: datetime, hours: float) -> datetime:
        """Instant after ``hours`` of office time counted from ``start`` (negative goes back).

        Counting from a closed moment starts at the next opening, so 0 hours == next_open.
        Landing exactly on a closing time returns that closing time, not the next opening.
        """
        start = _as_aware(start)
        us = (start - _EPOCH) // _ONE_US
        o = start.astimezone(self.tz).toordinal()
        rem = round(hours * _US_PER_HOUR)
        day = self._day
        closed_run = 0
        if rem >= 0:
            while True:
                ivs = day(o)
                if ivs:
                    closed_run = 0
                    for op, cl in ivs:
                        if cl > us:
                            s = op if op > us else us
                            avail = cl - s
                            if rem <= avail:
                                return _from_us(s + rem)
                            rem -= avail
                            us = cl
                else:
                    closed_run += 1
                    if closed_run > _MAX_CLOSED_RUN:
                        raise ValueError("el calendario no tiene horas hábiles en los próximos años")
                o += 1
        rem = -rem
        while True:
            ivs = day(o)
            if ivs:
                closed_run = 0
                for op, cl in reversed(ivs):
                    if op < us:
                        e = cl if cl < us else us
                        avail = e - op
                        if rem <= avail:
                            return _from_us(e - rem)
                        rem -= avail
                        us = op
            else:
                closed_run += 1
                if closed_run > _MAX_CLOSED_RUN:
                    raise ValueError("el calendario no tiene horas hábiles en los años anteriores")
            o -= 1

    def add_business_days(self, start: datetime, days: int) -> datetime:
        """Last closing time of the ``days``-th business day strictly after start's local date.

        ``days == 0`` gives the closing time of start's day if it is a business day, else of the
        next business day.
        """
        if days < 0:
            raise ValueError("days debe ser >= 0")
        o = _as_aware(start).astimezone(self.tz).toordinal()
        day = self._day
        closed_run = 0
        if days > 0:
            o += 1
        while True:
            ivs = day(o)
            if ivs:
                closed_run = 0
                if days <= 1:
                    return _from_us(ivs[-1][1])
                days -= 1
            else:
                closed_run += 1
                if closed_run > _MAX_CLOSED_RUN:
                    raise ValueError("el calendario no tiene días hábiles en los próximos años")
            o += 1

    def legal_calendar(self) -> BusinessCalendar:
        """Monday to Friday without the official holidays, in this office's time zone: the days Mexican
        administrative law counts as hábiles (ARCO requests), whatever the office's own hours and closures."""
        if self._legal is None:
            self._legal = BusinessCalendar(tz=self.tz, hours=LEGAL_HOURS, official_holidays=True, legal=True)
        return self._legal

    def add_legal_business_days(self, start: datetime, days: int) -> datetime:
        """End (23:59 local) of the ``days``-th legal business day after start's local date (see
        :meth:`legal_calendar`); 0 gives the end of start's day, or of the next legal business day."""
        return self.legal_calendar().add_business_days(start, days)

    def add_natural_hours(self, start: datetime, hours: float) -> datetime:
        """Elapsed (wall-clock independent) hours: DST changes do not stretch the term."""
        return _as_aware(start).astimezone(UTC) + timedelta(hours=hours)

    def add_natural_days(self, start: datetime, days: int) -> datetime:
        """Same local time ``days`` calendar days later (a DST change shifts the elapsed time)."""
        local = _as_aware(start).astimezone(self.tz)
        target = local.replace(tzinfo=None) + timedelta(days=days)
        return target.replace(tzinfo=self.tz).astimezone(UTC)

    def business_hours_between(self, a: datetime, b: datetime) -> float:
        """Office hours elapsed from ``a`` to ``b``; negative when ``b < a``."""
        a, b = _as_aware(a), _as_aware(b)
        ua, ub = (a - _EPOCH) // _ONE_US, (b - _EPOCH) // _ONE_US
        if ub < ua:
            return -self.business_hours_between(b, a)
        tz = self.tz
        o, last = a.astimezone(tz).toordinal(), b.astimezone(tz).toordinal()
        total = 0
        day = self._day
        while o <= last:
            for op, cl in day(o):
                lo = op if op > ua else ua
                hi = cl if cl < ub else ub
                if hi > lo:
                    total += hi - lo
            o += 1
        return total / _US_PER_HOUR

    def next_open(self, dt: datetime) -> datetime:
        """``dt`` itself (in UTC) if the office is open, else the next opening time."""
        return self.add_business_hours(dt, 0)

    def is_open(self, dt: datetime) -> bool:
        """True when ``dt`` falls inside an opening interval (closing instant excluded)."""
        dt = _as_aware(dt)
        us = (dt - _EPOCH) // _ONE_US
        return any(op <= us < cl for op, cl in self._day(dt.astimezone(self.tz).toordinal()))

    # ------------------------------------------------------------------ text
    def hours_text(self) -> str:
        """Spanish summary printed on receipts, e.g. "Lunes a viernes 09:00–18:00; sábado 09:00–14:00"."""
        groups: list[tuple[int, int, tuple[tuple[time, time], ...]]] = []
        for wd in range(7):
            ivs = self.hours[wd]
            if not ivs:
                continue
            if groups and groups[-1][1] == wd - 1 and groups[-1][2] == ivs:
                groups[-1] = (groups[-1][0], wd, ivs)
            else:
                groups.append((wd, wd, ivs))
        parts = []
        for first, last, ivs in groups:
            if first == last:
                days = WEEKDAY_NAMES_ES[first]
            elif last == first + 1:
                days = f"{WEEKDAY_NAMES_ES[first]} y {WEEKDAY_NAMES_ES[last]}"
            else:
                days = f"{WEEKDAY_NAMES_ES[first]} a {WEEKDAY_NAMES_ES[last]}"
            spans = " y ".join(f"{_fmt(t0)}–{_fmt(t1, end=True)}" for t0, t1 in ivs)
            parts.append(f"{days} {spans}")
        text = "; ".join(parts)
        return text[:1].upper() + text[1:]
