"""Text cleaning and Mexican phone normalisation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ispdesk.core.errors import ValidationError
from ispdesk.core.phones import format_phone, normalize_phone, normalize_phones
from ispdesk.core.text import clean_email, clean_text, fold


def test_unicode_is_kept_and_trimmed() -> None:
    assert clean_text("  Peña Ñúñez 📡  ", "Nombre", max_len=50) == "Peña Ñúñez 📡"


def test_control_characters_are_dropped_but_newlines_and_tabs_kept_in_multiline() -> None:
    raw = "línea\x00 uno\x07\r\nlínea\tdos\x1b"
    assert clean_text(raw, "Descripción", max_len=100, multiline=True) == "línea uno\nlínea\tdos"
    assert clean_text(raw, "Nombre", max_len=100) == "línea uno línea dos"


def test_required_and_max_length_messages_are_spanish() -> None:
    with pytest.raises(ValidationError, match="obligatorio") as exc:
        clean_text(" \t ", "Descripción", max_len=10, required=True, field="description")
    assert exc.value.field == "description"
    with pytest.raises(ValidationError, match="máximo 5 caracteres"):
        clean_text("abcdefg", "Zona", max_len=5)


@settings(max_examples=200, database=None)
@given(st.text())
def test_clean_text_never_returns_control_characters(value: str) -> None:
    try:
        out = clean_text(value, "X", max_len=10_000, multiline=True)
    except ValidationError:
        return
    assert all(c in "\n\t" or not (ord(c) < 32 or 127 <= ord(c) < 160) for c in out)
    assert out == out.strip()


def test_fold_removes_accents_and_case() -> None:
    assert fold("PEÑA Álvarez Ü") == "pena alvarez u"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+52 (444) 123-4567", "4441234567"),
        ("52 1 444 123 4567", "4441234567"),
        ("044 444 123 4567", "4441234567"),
        ("01 487 873 1703", "4878731703"),
        ("487.873.1703", "4878731703"),
        ("55 1234 5678", "5512345678"),
        ("045 55 1234 5678", "5512345678"),
        ("+52 1 (55) 1234-5678", "5512345678"),
        ("01 (487) 873-17-03", "4878731703"),
        ("0052 444 123 4567", "4441234567"),
        ("00 52 1 444 123 4567", "4441234567"),
        ("444 123 4567 ext. 12", "4441234567"),
    ],
)
def test_mexican_numbers_normalise_to_ten_digits(raw: str, expected: str) -> None:
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize("raw", ["123", "+1 212 555 0100", "0441234567", "12345678901"])
def test_bad_numbers_are_refused_in_spanish(raw: str) -> None:
    with pytest.raises(ValidationError, match="Teléfono"):
        normalize_phone(raw)


def test_several_numbers_and_duplicates() -> None:
    assert normalize_phones("444 123 4567, (487) 873-1703; +52 444 123 4567") == ["4441234567", "4878731703"]


def test_format_phone_groups() -> None:
    assert format_phone("4441234567") == "444 123 4567"
    assert format_phone("5512345678") == "55 1234 5678"


@pytest.mark.parametrize("bad", ["juan", "juan@", "juan@mx", "a b@c.mx", "x@@y.mx", "a..b@c.mx"])
def test_bad_email(bad: str) -> None:
    with pytest.raises(ValidationError, match="Correo"):
        clean_email(bad)


def test_good_email_lowercased() -> None:
    assert clean_email(" María.Peña@Correo.MX ") == "maría.peña@correo.mx"
