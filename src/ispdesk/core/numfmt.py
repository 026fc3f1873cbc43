"""Numbers as a manager reads them in Mexico (es-MX), the same on the dashboard, in the PDF and on the command line.

One convention everywhere: a space groups thousands (a no-break space, so "1 234" never splits across lines —
NOM-008-SCFI's grouping, unambiguous whatever the reader's habit with commas and dots), a dot separates
decimals, a percentage has one decimal and a space before the sign ("95.3 %"), money has two decimals and the
peso sign ("$1 234.50"), hours one decimal ("12.5 h").

The CSV for spreadsheets does not use these: it writes plain numbers ("1234", "95.3") that any spreadsheet
reads as numbers.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

NBSP = "\xa0"
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre")


def _group(digits: str) -> str:
    """"1234567" → "1 234 567" (no-break spaces)."""
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return NBSP.join(out)


def _fixed(value: float | Decimal, places: int) -> str:
    """Rounded half up (as people round: 0.05 → 0.1), grouped, dot decimal; "-0.0" never shows."""
    q = Decimal(1).scaleb(-places) if places else Decimal(1)
    d = Decimal(str(value)).quantize(q, ROUND_HALF_UP)
    if d == 0:
        d = abs(d)
    sign = "-" if d < 0 else ""
    whole, _, frac = f"{abs(d):f}".partition(".")
    return sign + _group(whole) + (f".{frac}" if places else "")


def fmt_int(n: int) -> str:
    """1234 → "1 234"."""
    return _fixed(n, 0)


def fmt_pct(value: float | None, empty: str = "—") -> str:
    """95.25 → "95.3 %"; None (nothing to measure) → `empty`."""
    return empty if value is None else f"{_fixed(value, 1)}{NBSP}%"


def fmt_money(value: Decimal | float | None, empty: str = "—") -> str:
    """1234.5 → "$1 234.50"."""
    if value is None:
        return empty
    text = _fixed(value, 2)
    return f"-${text[1:]}" if text.startswith("-") else f"${text}"


def fmt_hours(value: float | Decimal | None, empty: str = "—") -> str:
    """12.46 → "12.5 h"."""
    return empty if value is None else f"{_fixed(value, 1)}{NBSP}h"


def fmt_change(now: int, before: int) -> str:
    """How `now` compares with `before`: "+12.5 %", "-3.0 %", "igual", "" (nothing before to compare with)."""
    if before <= 0:
        return ""
    change = (now - before) * 100 / before
    if round(change, 1) == 0:
        return "igual"
    return ("+" if change > 0 else "") + fmt_pct(change)


def pct(part: int, whole: int) -> float | None:
    """part of whole in percent, None when there is no whole."""
    return None if whole <= 0 else part * 100 / whole


def csv_number(value: float | Decimal | int | None, places: int = 1) -> str:
    """A CSV cell: "1234", "95.3", "" for nothing (rounded half up, dot decimal, no grouping)."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    q = Decimal(1).scaleb(-places) if places else Decimal(1)
    d = Decimal(str(value)).quantize(q, ROUND_HALF_UP)
    return f"{abs(d) if d == 0 else d:f}"


def month_name(year: int, month: int) -> str:
    """"julio de 2026"."""
    return f"{MONTHS[month - 1]} de {year}"


def month_short(year: int, month: int) -> str:
    """"jul 26" (chart labels)."""
    return f"{MONTHS[month - 1][:3]} {year % 100:02d}"


def date_text(value: dt.datetime | dt.date) -> str:
    """dd/mm/aaaa."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
