"""Mexican phone numbers: stored as 10 national digits, shown as "444 123 4567"."""

from __future__ import annotations

import re

from .errors import ValidationError
from .text import as_text

_DIGITS = re.compile(r"\D+")
_EXTENSION = re.compile(r"\s*(?:ext\.?|extensi[oó]n|x)\s*\d{1,6}\s*$", re.IGNORECASE)


def digits(text: str) -> str:
    return _DIGITS.sub("", as_text(text))


def national_digits(d: str) -> str:
    """The 10 national digits of a number written with +52, +52 1 (the old mobile prefix, still on many
    business cards), 044/045 or 01; other digit strings unchanged."""
    if len(d) == 13 and d.startswith("521"):
        return d[3:]
    if len(d) == 12 and d.startswith("52"):
        return d[2:]
    if len(d) == 13 and d[:3] in ("044", "045"):
        return d[3:]
    if len(d) == 12 and d.startswith("01"):
        return d[2:]
    return d


def normalize_phone(value: str, *, field: str = "phones") -> str:
    """Return the 10 national digits of a Mexican number, or raise with a Spanish message.

    Accepts +52, 0052, 52, the old mobile "1" after 52, and the retired 01/044/045 prefixes, with any spaces,
    dashes, dots or parentheses; an extension ("ext. 12") is left out (a call reaches the line, not the desk).
    """
    raw = as_text(value).strip()
    d = digits(_EXTENSION.sub("", raw))
    if d.startswith("0052") and len(d) in (14, 15):  # the international prefix dialled from Mexico
        d = d[2:]
    elif raw.startswith("+") and not d.startswith("52"):
        raise ValidationError(
            f"Teléfono «{raw}»: sólo se aceptan números de México (+52).", field
        )
    d = national_digits(d)
    if len(d) != 10:
        raise ValidationError(
            f"Teléfono «{raw}»: debe tener 10 dígitos (lada + número), p. ej. 444 123 4567.", field
        )
    if d[0] == "0":
        raise ValidationError(f"Teléfono «{raw}»: la lada no puede empezar con 0.", field)
    return d


def split_phones(value: str | list[str] | tuple[str, ...] | None) -> list[str]:
    """A phones field may hold several numbers separated by commas, semicolons or slashes."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        parts = [as_text(p) for p in value]
    else:
        parts = re.split(r"[,;/]|\s{2,}|\by\b", as_text(value))
    return [p.strip() for p in parts if p and p.strip()]


def normalize_phones(value: str | list[str] | tuple[str, ...] | None, *, field: str = "phones") -> list[str]:
    seen: list[str] = []
    for part in split_phones(value):
        n = normalize_phone(part, field=field)
        if n not in seen:
            seen.append(n)
    return seen


def format_phone(d: str) -> str:
    """Two-digit area codes (55, 33, 81) group 2-4-4; the rest 3-3-4."""
    if len(d) != 10:
        return d
    if d[:2] in ("55", "33", "81"):
        return f"{d[:2]} {d[2:6]} {d[6:]}"
    return f"{d[:3]} {d[3:6]} {d[6:]}"
