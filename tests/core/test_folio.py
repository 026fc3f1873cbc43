"""Folios: format, check digit, look-up forms."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ispdesk.core import folio
from ispdesk.core.errors import InvalidFolio


def test_display_and_key_forms() -> None:
    f = folio.make_folio("rv", 2026, 42)
    assert f.display.startswith("RV26-00042-")
    assert f.key == f.display.replace("-", "")
    assert len(f.display) == len("RV26-00042-7")


@pytest.mark.parametrize("typed", ["{d}", "{dl}", "{k}", "{kl}", " {k} ", "{sp}"])
def test_lookup_ignores_case_spaces_and_dashes(typed: str) -> None:
    f = folio.make_folio("RV", 26, 1234)
    text = typed.format(d=f.display, dl=f.display.lower(), k=f.key, kl=f.key.lower(),
                        sp=f"rv 26 01234 {f.check}")
    assert folio.parse(text) == f


def test_sequence_grows_past_five_digits() -> None:
    f = folio.make_folio("RV", 26, 123456)
    assert folio.parse(f.display) == f
    assert f.display == f"RV26-123456-{f.check}"


@settings(max_examples=300, database=None)
@given(seq=st.integers(1, 99999), pos=st.integers(0, 6), delta=st.integers(1, 9))
def test_any_single_digit_error_is_invalid_not_unknown(seq: int, pos: int, delta: int) -> None:
    f = folio.make_folio("RV", 26, seq)
    digits = list(f.key[2:])
    digits[pos] = str((int(digits[pos]) + delta) % 10)
    with pytest.raises(InvalidFolio, match="dígito verificador"):
        folio.parse("RV" + "".join(digits))


@settings(max_examples=300, database=None)
@given(seq=st.integers(1, 99999), pos=st.integers(0, 6))
def test_any_adjacent_transposition_is_invalid(seq: int, pos: int) -> None:
    f = folio.make_folio("RV", 26, seq)
    digits = list(f.key[2:])
    if digits[pos] == digits[pos + 1]:
        return
    digits[pos], digits[pos + 1] = digits[pos + 1], digits[pos]
    with pytest.raises(InvalidFolio):
        folio.parse("RV" + "".join(digits))


def test_wrong_prefix_letter_is_caught() -> None:
    f = folio.make_folio("RV", 26, 42)
    with pytest.raises(InvalidFolio):
        folio.parse("RW" + f.key[2:])


@pytest.mark.parametrize("text", ["", "hola", "12345", "RV-26"])
def test_not_a_folio_shape(text: str) -> None:
    assert not folio.looks_like_folio(text)
    with pytest.raises(InvalidFolio, match="forma de un folio"):
        folio.parse(text)


def test_non_ascii_digits_are_not_a_folio() -> None:
    assert not folio.looks_like_folio("RV26-٠٠٠٤٢-7")
    with pytest.raises(InvalidFolio):
        folio.parse("RV26-٠٠٠٤٢-7")
