"""The current time, in one place so tests can freeze it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

DEFAULT_TIMEZONE = "America/Mexico_City"  # offices, calendars and screens without an office yet

_override: Callable[[], dt.datetime] | None = None


def now_utc() -> dt.datetime:
    """Naive UTC, the form stored in the database."""
    if _override is not None:
        return _override()
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def set_clock(fn: Callable[[], dt.datetime] | None) -> None:
    global _override
    _override = fn


def to_naive_utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        return value
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def to_local(value: dt.datetime | None, tz: str) -> dt.datetime | None:
    """Naive UTC (from the DB) → aware local time of the office."""
    if value is None:
        return None
    from zoneinfo import ZoneInfo

    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(ZoneInfo(tz))
