"""Folios: "RV26-00042-7" = office prefix, year, sequence (5+ digits), Damm check digit.

Short enough to dictate, sequential per office and year, never reused (the counter only grows and the
report row carries a unique constraint), and the check digit turns a mistyped folio into "folio no
válido" instead of a confusing "no encontrado". The Damm algorithm catches every single-digit error
and every swap of adjacent digits; prefix letters enter the check as their two-digit alphabet index.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from .errors import InvalidFolio
from .text import as_text

_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)

_KEY = re.compile(r"^([A-Z]{1,4})([0-9]{2})([0-9]{5,9})([0-9])$")  # ASCII digits only: Damm indexes by them
_SEPARATORS = re.compile(r"[\s\-_./#]+")
SEQ_WIDTH = 5


def damm(digits: str) -> int:
    interim = 0
    for ch in digits:
        interim = _DAMM[interim][ord(ch) - 48]
    return interim


def _check_input(prefix: str, yy: str, seq: str) -> str:
    return "".join(f"{ord(c) - 64:02d}" for c in prefix) + yy + seq


@dataclass(frozen=True)
class Folio:
    prefix: str
    year: int  # two digits, 26 for 2026
    seq: int

    @cached_property
    def check(self) -> int:
        return damm(_check_input(self.prefix, f"{self.year:02d}", f"{self.seq:0{SEQ_WIDTH}d}"))

    @property
    def display(self) -> str:
        return f"{self.prefix}{self.year:02d}-{self.seq:0{SEQ_WIDTH}d}-{self.check}"

    @property
    def key(self) -> str:
        return f"{self.prefix}{self.year:02d}{self.seq:0{SEQ_WIDTH}d}{self.check}"


def folio_strings(prefix: str, year: int, seq: int) -> tuple[str, str]:
    """(display, key) without building a `Folio`: the demo generator makes a million of them."""
    body = f"{year % 100:02d}{seq:0{SEQ_WIDTH}d}"
    check = damm(_check_input(prefix, "", "") + body)
    return f"{prefix}{body[:2]}-{body[2:]}-{check}", f"{prefix}{body}{check}"


def make_folio(prefix: str, year: int, seq: int) -> Folio:
    return Folio(prefix.upper(), year % 100, seq)


def normalize(text: str) -> str:
    """Upper-case, no spaces, dashes or dots: "rv26 00042-7" → "RV26000427"."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", as_text(text)).strip()).upper()


def looks_like_folio(text: str) -> bool:
    return bool(_KEY.match(normalize(text)))


def parse(text: str) -> Folio:
    """Parse a typed folio; raise `InvalidFolio` (Spanish message) when its form or check digit is wrong."""
    text = as_text(text)
    key = normalize(text)
    m = _KEY.match(key)
    if not m:
        raise InvalidFolio(
            f"«{text.strip()}» no tiene la forma de un folio (por ejemplo RV26-00042-7).", "folio"
        )
    prefix, yy, seq, check = m.groups()
    if damm(_check_input(prefix, yy, seq)) != int(check):
        raise InvalidFolio(
            f"El folio «{text.strip()}» no es válido: el dígito verificador no coincide. "
            "Revise que esté bien escrito.",
            "folio",
        )
    return Folio(prefix, int(yy), int(seq))
