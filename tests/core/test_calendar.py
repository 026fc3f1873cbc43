"""Business calendar: hand-computed cases on the 2026 Mexican calendar.

Default hours: Mon–Fri 09:00–18:00 (9 h), Sat 09:00–14:00 (5 h), Sun closed.
Mexico City is UTC-6 all year (no DST since 2022). 2026 holidays used below:
Thu 1 Jan, Mon 2 Feb, Mon 16 Mar, Mon 16 Nov, Fri 25 Dec (and Fri 1 Jan 2027).
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ispdesk
from ispdesk.core.calendar import DEFAULT_HOURS, WEEKDAY_NAMES_ES, BusinessCalendar

MX = ZoneInfo("America/Mexico_City")
TIJ = ZoneInfo("America/Tijuana")

CAL = BusinessCalendar()
CLOSED_CAL = BusinessCalendar(closed_days=[date(2026, 3, 10)])
SPLIT_HOURS = {wd: [(time(9), time(14)), (time(16), time(19))] for wd in range(5)}
SPLIT_CAL = BusinessCalendar(hours=SPLIT_HOURS)
TIJ_CAL = BusinessCalendar(tz="America/Tijuana")


def mx(*args: int) -> datetime:
    return datetime(*args, tzinfo=MX)


def tij(*args: int) -> datetime:
    return datetime(*args, tzinfo=TIJ)


# (id, calendar, start, hours, expected)
ADD_HOURS_CASES = [
    ("weekday-morning", CAL, mx(2026, 3, 10, 10), 4, mx(2026, 3, 10, 14)),
    ("weekday-morning-24h", CAL, mx(2026, 3, 10, 10), 24, mx(2026, 3, 12, 16)),
    ("fractional", CAL, mx(2026, 3, 9, 9), 1.5, mx(2026, 3, 9, 10, 30)),
    ("weekday-1730-rolls", CAL, mx(2026, 3, 11, 17, 30), 2, mx(2026, 3, 12, 10, 30)),
    # Fri 19:00 → Sat 5 h, Mon 9 h, Tue 9 h, Wed 1 h
    ("friday-evening-saturday", CAL, mx(2026, 3, 6, 19), 24, mx(2026, 3, 11, 10)),
    ("saturday-1300", CAL, mx(2026, 3, 7, 13), 2, mx(2026, 3, 9, 10)),
    ("sunday", CAL, mx(2026, 3, 8, 12), 1, mx(2026, 3, 9, 10)),
    ("zero-from-closed-is-next-open", CAL, mx(2026, 3, 8, 12), 0, mx(2026, 3, 9, 9)),
    ("zero-while-open-is-identity", CAL, mx(2026, 3, 9, 11, 15), 0, mx(2026, 3, 9, 11, 15)),
    ("exact-closing-not-next-opening", CAL, mx(2026, 3, 9, 9), 9, mx(2026, 3, 9, 18)),
    # Thu 24 Dec 2 h, Fri 25 holiday, Sat 5 h, Mon 9 h, Tue 8 h
    ("christmas-week", CAL, mx(2026, 12, 24, 16), 24, mx(2026, 12, 29, 17)),
    ("christmas-day", CAL, mx(2026, 12, 25, 10), 1, mx(2026, 12, 26, 10)),
    # Fri 13 Nov 1 h, Sat 5 h, Mon 16 holiday, Tue 9 h, Wed 9 h → exactly Wed's closing
    ("friday-before-16-nov", CAL, mx(2026, 11, 13, 17), 24, mx(2026, 11, 18, 18)),
    ("revolution-day-16-nov", CAL, mx(2026, 11, 16, 10), 1, mx(2026, 11, 17, 10)),
    ("31-dec-to-2-jan", CAL, mx(2026, 12, 31, 17), 2, mx(2027, 1, 2, 10)),
    ("new-year-holiday", CAL, mx(2026, 1, 1, 12), 1, mx(2026, 1, 2, 10)),
    ("2-feb-first-monday", CAL, mx(2026, 2, 2, 9), 9, mx(2026, 2, 3, 18)),
    ("saturday-before-2-feb", CAL, mx(2026, 1, 31, 13), 3, mx(2026, 2, 3, 11)),
    ("office-closed-day", CLOSED_CAL, mx(2026, 3, 9, 17), 2, mx(2026, 3, 11, 10)),
    ("custom-split-shift", SPLIT_CAL, mx(2026, 3, 9, 13), 3, mx(2026, 3, 9, 18)),
    ("custom-in-lunch-break", SPLIT_CAL, mx(2026, 3, 9, 15), 1, mx(2026, 3, 9, 17)),
    # Fri 0.5 h, no Saturday hours, Mon 16 Mar holiday
    ("custom-weekend-and-holiday", SPLIT_CAL, mx(2026, 3, 13, 18, 30), 1, mx(2026, 3, 17, 9, 30)),
    # naive = UTC: 15:00 UTC is 09:00 in Mexico City
    ("naive-is-utc", CAL, datetime(2026, 3, 10, 15), 1, datetime(2026, 3, 10, 16, tzinfo=UTC)),
    # naive 02:00 UTC Tue is 20:00 Mon local: counting starts Tue 09:00
    ("naive-utc-previous-local-day", CAL, datetime(2026, 3, 10, 2), 1, mx(2026, 3, 10, 10)),
    # 08:00 PDT (UTC-7) is 09:00 in Mexico City
    ("other-zone-input", CAL, tij(2026, 3, 10, 8), 1, mx(2026, 3, 10, 10)),
    # Tijuana calendar across the 8 Mar 2026 DST switch: Sat 1 h, Mon 09:00 PDT + 1 h
    ("tijuana-over-dst", TIJ_CAL, tij(2026, 3, 7, 13), 2, datetime(2026, 3, 9, 17, tzinfo=UTC)),
    ("negative-goes-back", CAL, mx(2026, 3, 10, 10), -2, mx(2026, 3, 9, 17)),
    ("negative-over-weekend", CAL, mx(2026, 3, 9, 9, 30), -1, mx(2026, 3, 7, 13, 30)),
]


@pytest.mark.parametrize(
    ("cal", "start", "hours", "expected"),
    [c[1:] for c in ADD_HOURS_CASES],
    ids=[c[0] for c in ADD_HOURS_CASES],
)
def test_add_business_hours(cal: BusinessCalendar, start: datetime, hours: float, expected: datetime) -> None:
    got = cal.add_business_hours(start, hours)
    assert got == expected
    assert got.tzinfo is UTC


ADD_DAYS_CASES = [
    ("zero-business-day", mx(2026, 3, 10, 10), 0, mx(2026, 3, 10, 18)),
    ("zero-after-closing-same-day", mx(2026, 3, 10, 20), 0, mx(2026, 3, 10, 18)),
    ("zero-saturday", mx(2026, 3, 7, 10), 0, mx(2026, 3, 7, 14)),
    ("zero-sunday", mx(2026, 3, 8, 10), 0, mx(2026, 3, 9, 18)),
    ("one", mx(2026, 3, 10, 10), 1, mx(2026, 3, 11, 18)),
    ("one-from-friday-is-saturday", mx(2026, 3, 13, 10), 1, mx(2026, 3, 14, 14)),
    ("two-skips-sunday-and-16-mar", mx(2026, 3, 13, 10), 2, mx(2026, 3, 17, 18)),
    ("christmas", mx(2026, 12, 24, 10), 3, mx(2026, 12, 29, 18)),
    ("thirty", mx(2026, 3, 2, 12), 30, mx(2026, 4, 7, 18)),
    # 21:00 local Tue is Wed 03:00 UTC: the local date (Tue) counts
    ("local-date-not-utc-date", mx(2026, 3, 10, 21), 1, mx(2026, 3, 11, 18)),
    ("naive-utc-local-date", datetime(2026, 3, 11, 3), 1, mx(2026, 3, 11, 18)),
]


@pytest.mark.parametrize(
    ("start", "days", "expected"), [c[1:] for c in ADD_DAYS_CASES], ids=[c[0] for c in ADD_DAYS_CASES]
)
def test_add_business_days(start: datetime, days: int, expected: datetime) -> None:
    got = CAL.add_business_days(start, days)
    assert got == expected
    assert got.tzinfo is UTC


def test_add_business_days_closed_day_and_negative() -> None:
    assert CLOSED_CAL.add_business_days(mx(2026, 3, 9, 10), 1) == mx(2026, 3, 11, 18)
    with pytest.raises(ValueError):
        CAL.add_business_days(mx(2026, 3, 9, 10), -1)


@pytest.mark.parametrize(
    ("start", "hours", "expected"),
    [
        (mx(2026, 3, 6, 19), 24, mx(2026, 3, 7, 19)),
        (datetime(2026, 3, 6, 12), 1.5, datetime(2026, 3, 6, 13, 30, tzinfo=UTC)),
        # 24 elapsed hours over the spring-forward night: wall clock moves 25 h
        (tij(2026, 3, 7, 12), 24, tij(2026, 3, 8, 13)),
        # ...and over the fall-back night it moves 23 h
        (tij(2026, 10, 31, 12), 24, tij(2026, 11, 1, 11)),
    ],
)
def test_add_natural_hours(start: datetime, hours: float, expected: datetime) -> None:
    got = CAL.add_natural_hours(start, hours)
    assert got == expected
    assert got.tzinfo is UTC


def test_add_natural_days_keeps_local_wall_time() -> None:
    assert TIJ_CAL.add_natural_days(tij(2026, 3, 5, 12), 7) == tij(2026, 3, 12, 12)
    assert CAL.add_natural_days(mx(2026, 3, 6, 19), 7) == mx(2026, 3, 13, 19)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (mx(2026, 3, 10, 10), mx(2026, 3, 10, 14), 4.0),
        (mx(2026, 11, 13, 17), mx(2026, 11, 18, 18), 24.0),
        (mx(2026, 11, 18, 18), mx(2026, 11, 13, 17), -24.0),
        (mx(2026, 3, 8, 0), mx(2026, 3, 8, 23), 0.0),
        (mx(2026, 12, 24, 16), mx(2026, 12, 29, 17), 24.0),
        (datetime(2026, 3, 10, 15), datetime(2026, 3, 10, 16, 30), 1.5),
        (mx(2026, 3, 7, 0), mx(2026, 3, 14, 0), 50.0),  # Sat 5 + Mon–Fri 45
    ],
)
def test_business_hours_between(a: datetime, b: datetime, expected: float) -> None:
    assert CAL.business_hours_between(a, b) == pytest.approx(expected)


# Local datetimes in 2025–2027 at minute resolution, fed as aware local or naive UTC.
_instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(MX)
).map(lambda d: d.replace(second=0, microsecond=0))


@settings(max_examples=300, deadline=None, database=None)
@given(start=_instants, minutes=st.integers(min_value=0, max_value=60 * 400))
def test_between_inverts_add(start: datetime, minutes: int) -> None:
    hours = minutes / 60
    end = CAL.add_business_hours(start, hours)
    assert CAL.business_hours_between(start, end) == pytest.approx(hours, abs=1e-9)
    assert CAL.add_business_hours(end, -hours) == CAL.next_open(start)


@settings(max_examples=300, deadline=None, database=None)
@given(a=_instants, b=_instants)
def test_add_inverts_between_when_end_is_open(a: datetime, b: datetime) -> None:
    if b < a:
        a, b = b, a
    there = CAL.add_business_hours(a, CAL.business_hours_between(a, b))
    # Same business instant always; the same wall-clock instant when b is open and not exactly at an opening
    # (an opening is the same business instant as the previous closing, which is what adding returns).
    assert CAL.business_hours_between(there, b) == pytest.approx(0, abs=1e-9)
    if CAL.is_open(b) and CAL.is_open(b - timedelta(minutes=1)):
        assert there == b
    assert CAL.business_hours_between(b, a) == -CAL.business_hours_between(a, b)


@pytest.mark.parametrize(
    ("dt", "is_open", "next_open"),
    [
        (mx(2026, 3, 10, 9), True, mx(2026, 3, 10, 9)),
        (mx(2026, 3, 10, 10, 30), True, mx(2026, 3, 10, 10, 30)),
        (mx(2026, 3, 10, 18), False, mx(2026, 3, 11, 9)),
        (mx(2026, 3, 10, 8, 59), False, mx(2026, 3, 10, 9)),
        (mx(2026, 3, 7, 14), False, mx(2026, 3, 9, 9)),
        (mx(2026, 3, 16, 10), False, mx(2026, 3, 17, 9)),
        (datetime(2026, 3, 10, 16), True, datetime(2026, 3, 10, 16, tzinfo=UTC)),
    ],
)
def test_is_open_and_next_open(dt: datetime, is_open: bool, next_open: datetime) -> None:
    assert CAL.is_open(dt) is is_open
    got = CAL.next_open(dt)
    assert got == next_open
    assert got.tzinfo is UTC


@pytest.mark.parametrize(
    ("cal", "d", "expected"),
    [
        (CAL, date(2026, 3, 10), True),
        (CAL, date(2026, 3, 7), True),  # Saturday has hours
        (CAL, date(2026, 3, 8), False),  # Sunday
        (CAL, date(2026, 1, 1), False),
        (CAL, date(2026, 2, 2), False),
        (CAL, date(2026, 3, 16), False),
        (CAL, date(2026, 5, 1), False),
        (CAL, date(2026, 9, 16), False),
        (CAL, date(2026, 11, 16), False),
        (CAL, date(2026, 11, 13), True),
        (CAL, date(2026, 12, 25), False),
        (CAL, date(2024, 10, 1), False),  # change of federal government
        (CAL, date(2030, 10, 1), False),
        (CAL, date(2026, 10, 1), True),
        (CLOSED_CAL, date(2026, 3, 10), False),
        (SPLIT_CAL, date(2026, 3, 7), False),  # no Saturday hours
        (BusinessCalendar(official_holidays=False), date(2026, 12, 25), True),
    ],
)
def test_is_business_day(cal: BusinessCalendar, d: date, expected: bool) -> None:
    assert cal.is_business_day(d) is expected


def test_holidays_in() -> None:
    got = CLOSED_CAL.holidays_in(2026)
    assert set(got) == {
        date(2026, 1, 1),
        date(2026, 2, 2),
        date(2026, 3, 16),
        date(2026, 5, 1),
        date(2026, 9, 16),
        date(2026, 11, 16),
        date(2026, 12, 25),
        date(2026, 3, 10),
    }
    assert got[date(2026, 3, 10)] == "Cierre de la oficina"
    assert got[date(2026, 12, 25)] == "Navidad"
    got.clear()  # a copy: the cache is not affected
    assert date(2026, 12, 25) in CLOSED_CAL.holidays_in(2026)
    assert BusinessCalendar(official_holidays=False).holidays_in(2026) == {}


def test_intervals_are_local() -> None:
    assert CAL.intervals(date(2026, 3, 10)) == [(mx(2026, 3, 10, 9), mx(2026, 3, 10, 18))]
    assert CAL.intervals(date(2026, 3, 10))[0][0].tzinfo == MX
    assert CAL.intervals(date(2026, 3, 8)) == []
    assert CAL.intervals(date(2026, 12, 25)) == []
    assert SPLIT_CAL.intervals(date(2026, 3, 9)) == [
        (mx(2026, 3, 9, 9), mx(2026, 3, 9, 14)),
        (mx(2026, 3, 9, 16), mx(2026, 3, 9, 19)),
    ]


def test_midnight_closing_means_end_of_day() -> None:
    cal = BusinessCalendar(hours={0: [(time(20), time(0))]}, official_holidays=False)
    assert cal.intervals(date(2026, 3, 9)) == [(mx(2026, 3, 9, 20), mx(2026, 3, 10, 0))]
    assert cal.add_business_hours(mx(2026, 3, 9, 23), 2) == mx(2026, 3, 16, 21)
    assert cal.add_business_days(mx(2026, 3, 9, 10), 0) == mx(2026, 3, 10, 0)


@pytest.mark.parametrize(
    ("hours", "expected"),
    [
        (None, "Lunes a viernes 09:00–18:00; sábado 09:00–14:00"),
        (SPLIT_HOURS, "Lunes a viernes 09:00–14:00 y 16:00–19:00"),
        (
            {0: [(time(9), time(17))], 1: [(time(9), time(17))], 3: [(time(10), time(0))]},
            "Lunes y martes 09:00–17:00; jueves 10:00–24:00",
        ),
        ({6: [(time(8, 30), time(13))]}, "Domingo 08:30–13:00"),
    ],
)
def test_hours_text(hours: dict | None, expected: str) -> None:
    assert BusinessCalendar(hours=hours).hours_text() == expected


@pytest.mark.parametrize(
    "hours",
    [
        {0: [(time(18), time(9))]},
        {0: [(time(9), time(9))]},
        {0: [(time(9), time(14)), (time(13), time(18))]},
        {7: [(time(9), time(14))]},
        {0: []},
    ],
)
def test_bad_hours_rejected(hours: dict) -> None:
    with pytest.raises(ValueError):
        BusinessCalendar(hours=hours)


def test_constants() -> None:
    assert WEEKDAY_NAMES_ES[0] == "lunes"
    assert WEEKDAY_NAMES_ES[6] == "domingo"
    assert DEFAULT_HOURS[5] == [(time(9), time(14))]
    assert not DEFAULT_HOURS[6]
    assert CAL.tz == MX


def test_cache_does_not_leak_between_calendars() -> None:
    # same date, different closed days: each calendar has its own cache
    assert CAL.add_business_hours(mx(2026, 3, 9, 17), 2) == mx(2026, 3, 10, 10)
    assert CLOSED_CAL.add_business_hours(mx(2026, 3, 9, 17), 2) == mx(2026, 3, 11, 10)


def test_import_does_not_load_holidays() -> None:
    """The CLI imports the calendar; `holidays` is slow to import and must stay lazy."""
    src = str(Path(ispdesk.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    code = "import sys, ispdesk.core.calendar; sys.exit('holidays' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], env=env, check=False).returncode == 0
