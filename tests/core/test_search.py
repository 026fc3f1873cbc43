"""Search as a receptionist types it: prefixes, accents, phones in any form, folios."""

from __future__ import annotations

import pytest

from ispdesk.core.search import fetch_rows, search
from ispdesk.core.services import customers, reports


@pytest.fixture
def people(staff, customer):
    desk = staff["recepcion"]
    others = [
        customers.create_customer(desk, number="C-02000", name="José Peñaloza Ruiz", phones="487 873 1703",
                                  address="Hidalgo 15", colonia="San Miguel", zone="Sur"),
        customers.create_customer(desk, number="C-03000", name="Ana Ibáñez", phones="55 1234 5678",
                                  email="ana.ibanez@correo.mx", address="Juárez 200", colonia="Centro",
                                  zone="Norte"),
        customers.create_customer(desk, number="1234567", name="Cliente Con Número Raro", address="Sin calle"),
    ]
    return [customer, *others]


def _numbers(query: str) -> list[str]:
    return [row.number for row in fetch_rows(search(query).customer_ids)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("pena", {"C-01234", "C-02000"}),  # accents ignored, prefix
        ("PEÑA lopez", {"C-01234"}),  # every word must match
        ("peñal", {"C-02000"}),
        ("maria centro", {"C-01234"}),  # name + colonia
        ("444 123 45", {"C-01234"}),  # phone typed in groups
        ("+52 (444) 123-4567", {"C-01234"}),
        ("4441234567", {"C-01234"}),
        ("ibanez@", {"C-03000"}),  # part of an email
        ("ana.ibanez", {"C-03000"}),
        ("juarez 200", {"C-03000"}),
        ("sur", {"C-02000"}),  # zone
        ("c-03000", {"C-03000"}),  # customer number, any case
        ("zzz", set()),
    ],
)
def test_every_word_matches_as_prefix(people, query: str, expected: set[str]) -> None:
    assert set(_numbers(query)) == expected


def test_last_seven_digits_find_the_phone(people) -> None:
    numbers = _numbers("1234567")
    assert "C-01234" in numbers  # …123 4567 by its last seven digits
    assert numbers[0] == "1234567"  # but the exact customer number ranks first


def test_exact_phone_ranks_first(people) -> None:
    result = search("487 873 1703")
    assert fetch_rows(result.customer_ids)[0].number == "C-02000"
    assert result.exact_ids == {result.customer_ids[0]}


def test_folio_finds_its_report(people, staff) -> None:
    r = reports.open_report(staff["recepcion"], people[1], "falla", "telefono", "Sin internet")
    result = search(r.folio.lower().replace("-", " "))
    assert result.report_id == r.id
    assert result.customer_ids == [people[1].id]


def test_mistyped_folio_says_invalid(people, staff) -> None:
    r = reports.open_report(staff["recepcion"], people[1], "falla", "telefono", "Sin internet")
    typo = r.folio[:-1] + str((int(r.folio[-1]) + 3) % 10)
    result = search(typo)
    assert result.report_id is None
    assert "no es válido" in result.folio_error


def test_rows_show_open_report_count_and_formatted_phones(people, staff) -> None:
    reports.open_report(staff["recepcion"], people[0], "falla", "telefono", "Sin internet")
    row = fetch_rows(search("C-01234").customer_ids)[0]
    assert row.open_reports == 1
    assert row.phones == "444 123 4567, 487 100 2000"


def test_edits_are_searchable_at_once(people, staff) -> None:
    customers.update_customer(staff["recepcion"], people[0], name="María Zárate", phones="481 222 3344")
    assert _numbers("zarate") == ["C-01234"]
    assert _numbers("pena lopez") == []
    assert _numbers("2223344") == ["C-01234"]


def test_limit_and_truncation(staff) -> None:
    for i in range(12):
        customers.create_customer(staff["recepcion"], number=f"X-{i:03d}", name=f"García {i}")
    result = search("garcia", limit=10)
    assert len(result.customer_ids) == 10
    assert result.truncated
