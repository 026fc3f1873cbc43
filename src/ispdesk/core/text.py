"""Cleaning of user text: every text field passes through here before it reaches the database."""

from __future__ import annotations

import re
import unicodedata

from .errors import ValidationError

# C0/C1 control characters and the Unicode line/paragraph separators, except tab and newline; invisible
# characters that would make an empty-looking field count as filled (zero-width space, word joiner, BOM); the
# bidirectional overrides that make stored text display in another order than it was typed; and lone surrogates
# (undecodable bytes carried through), which cannot be stored as UTF-8.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u200b\u200e\u200f\u2060\ufeff"
                      r"\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SPACES = re.compile(r"[ \t\u00a0]+")


def as_text(value: object) -> str:
    """Whatever a caller passed, as text: None is empty, a number its digits. Services validate the text, so a
    wrong type from a script or a bug is refused with a message instead of crashing."""
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def clean_text(
    value: object,
    label: str,
    *,
    max_len: int,
    required: bool = False,
    multiline: bool = False,
    field: str | None = None,
) -> str:
    """Trim, drop control characters and enforce length, so what we store is what the user meant.

    Single-line fields collapse runs of blanks; multi-line fields keep newlines and tabs.
    Text is NFC-normalised so "Peña" typed two ways is stored one way.
    """
    value = as_text(value)
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text)
    if multiline:
        lines = [line.rstrip() for line in text.split("\n")]
        text = "\n".join(lines).strip()
        text = re.sub(r"\n{3,}", "\n\n", text)
    else:
        text = _SPACES.sub(" ", text.replace("\n", " ").replace("\t", " ")).strip()
    if required and not text:
        raise ValidationError(f"{label}: este dato es obligatorio.", field)
    if len(text) > max_len:
        raise ValidationError(
            f"{label}: máximo {max_len} caracteres (tiene {len(text)}).", field
        )
    return text


def nfc(text: str) -> str:
    """Composed Unicode (NFC): «Peña» typed as n + combining tilde (NFD, as some Macs and web forms send it)
    is the same «Peña» stored."""
    return unicodedata.normalize("NFC", text)


def number_key(value: object) -> str:
    """A customer number as stored and as looked up: cleaned like any text, upper case, NFC (upper-casing can
    decompose: «ǰ» → «J̌»), so a number typed in any form finds the stored one."""
    text = clean_text(value, "Número de cliente", max_len=1_000_000)
    return nfc(text.upper())


def fold(text: str) -> str:
    """Lower-case and strip accents: "Peña" → "pena", the form search compares."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def clean_email(value: object, *, field: str = "email") -> str:
    """Empty is allowed; otherwise one plausible address (a typo is refused, not stored)."""
    text = clean_text(value, "Correo electrónico", max_len=254, field=field).lower()
    if text and (not _EMAIL.match(text) or ".." in text):
        raise ValidationError(
            f"Correo electrónico: «{text}» no parece una dirección válida (ejemplo: nombre@dominio.mx).",
            field,
        )
    return text
