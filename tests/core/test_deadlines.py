"""Deadline policies: hand-computed due dates on the 2026 Mexico City calendar.

Default hours Mon–Fri 09:00–18:00, Sat 09:00–14:00; holiday Mon 16 Mar 2026. Business days
after Tue 10 Mar 2026: 11(1) 12 13 14 17(5) 18 19 20 21 23(10) 24 25 26 27 28(15) 30 31
1-Apr 2 3(20) 4 6 7 8 9(25) 10 11 13 14 15(30).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from ispdesk.core.calendar import BusinessCalendar
from ispdesk.core.deadlines import (
    DEFAULT_POLICIES,
    KINDS,
    UNIT_LABELS,
    Deadlines,
    Policy,
    Term,
    Unit,
    compute_deadlines,
    external_resolution_due,
    next_billing_cutoff,
    policies_from_dict,
    policies_to_dict,
)

MX = ZoneInfo("America/Mexico_City")
TIJ = ZoneInfo("America/Tijuana")
CAL = BusinessCalendar()
TIJ_CAL = BusinessCalendar(tz="America/Tijuana")


def mx(*args: int) -> datetime:
    return datetime(*args, tzinfo=MX)


def tij(*args: int) -> datetime:
    return datetime(*args, tzinfo=TIJ)


@pytest.mark.parametrize(
    ("local_day", "billing_day", "expected"),
    [
        (date(2026, 3, 4), 5, date(2026, 3, 5)),
        (date(2026, 3, 5), 5, date(2026, 4, 5)),  # strictly after
        (date(2026, 12, 20), 10, date(2027, 1, 10)),  # over the year end
        (date(2026, 2, 10), 31, date(2026, 2, 28)),  # clamped in February
        (date(2026, 2, 28), 31, date(2026, 3, 31)),  # clamped day itself is not "after"
        (date(2026, 1, 31), 31, date(2026, 2, 28)),
        (date(2028, 2, 10), 30, date(2028, 2, 29)),  # leap year
        (date(2026, 4, 30), 31, date(2026, 5, 31)),
        (date(2026, 4, 15), 1, date(2026, 5, 1)),
    ],
)
def test_next_billing_cutoff(local_day: date, billing_day: int, expected: date) -> None:
    assert next_billing_cutoff(local_day, billing_day) == expected


@pytest.mark.parametrize("billing_day", [0, 32, -1])
def test_next_billing_cutoff_rejects_bad_day(billing_day: int) -> None:
    with pytest.raises(ValueError):
        next_billing_cutoff(date(2026, 3, 1), billing_day)


# (id, calendar, kind, opened_at, billing_day, response_due, resolution_due)
CASES = [
    # Fri 19:00 → 24 bh: Sat 5, Mon 9, Tue 9, Wed 1 = Wed 10:00; 30 business days (Mon–Sat, 16 Mar holiday)
    # end on Sat 11 Apr at closing time.
    ("queja-friday-evening", CAL, "queja", mx(2026, 3, 6, 19), None, mx(2026, 3, 11, 10), mx(2026, 4, 11, 14)),
    # falla: 24 natural hours; the first answer (Wed by business hours) is capped at the fix
    ("falla-cdmx", CAL, "falla", mx(2026, 3, 6, 19), None, mx(2026, 3, 7, 19), mx(2026, 3, 7, 19)),
    # Tijuana switches to PDT on Sun 8 Mar 2026: 24 elapsed hours end at 13:00 local
    (
        "falla-tijuana-dst",
        TIJ_CAL,
        "falla",
        tij(2026, 3, 7, 12),
        None,
        tij(2026, 3, 8, 13),  # capped at the fix
        tij(2026, 3, 8, 13),
    ),
    (
        "falla-naive-utc",
        CAL,
        "falla",
        datetime(2026, 3, 10, 16),
        None,
        datetime(2026, 3, 11, 16, tzinfo=UTC),  # 24 bh would be Thu 12 Mar 16:00; capped at the fix
        datetime(2026, 3, 11, 16, tzinfo=UTC),
    ),
    ("consulta", CAL, "consulta", mx(2026, 3, 10, 10), None, mx(2026, 3, 12, 16), mx(2026, 3, 12, 16)),
    (
        "queja-30-business-days",
        CAL,
        "queja",
        mx(2026, 3, 10, 10),
        None,
        mx(2026, 3, 12, 16),
        mx(2026, 4, 15, 18),
    ),
    (
        "queja-ignores-billing",
        CAL,
        "queja",
        mx(2026, 3, 10, 10),
        20,
        mx(2026, 3, 12, 16),
        mx(2026, 4, 15, 18),
    ),
    # ARCO counts legal business days (Mon–Fri without official holidays), not the office's Saturdays: 11 12 13
    # 17(4) 18 19 20 23 24(9) 25 26 27 30 31(14) 1-Apr 2 3 6 7(19) 8(20), to the end of that day
    ("arco-20-legal-business-days", CAL, "arco", mx(2026, 3, 10, 10), None, mx(2026, 4, 8, 23, 59),
     mx(2026, 4, 8, 23, 59)),
    (
        "admin-no-billing-day",
        CAL,
        "administrativo",
        mx(2026, 3, 10, 10),
        None,
        mx(2026, 3, 12, 16),
        mx(2026, 4, 15, 18),
    ),
    # cut-off 20 Mar comes before the 30 business days: due at its 00:00 local
    (
        "aclaracion-near-cutoff",
        CAL,
        "aclaracion",
        mx(2026, 3, 10, 10),
        20,
        mx(2026, 3, 12, 16),
        mx(2026, 3, 20, 0),
    ),
    # the cut-off on the opening day itself is not "next": next is 10 Apr
    (
        "cancelacion-cutoff-next-month",
        CAL,
        "cancelacion",
        mx(2026, 3, 10, 10),
        10,
        mx(2026, 3, 12, 16),
        mx(2026, 4, 10, 0),
    ),
    # cut-off 12 Mar 00:00 is before the first answer (Thu 16:00): never earlier than the response
    (
        "contratacion-cutoff-before-response",
        CAL,
        "contratacion",
        mx(2026, 3, 10, 10),
        12,
        mx(2026, 3, 12, 16),
        mx(2026, 3, 12, 16),
    ),
    # even a cut-off late in the month comes before 30 business days (about 5 weeks)
    (
        "administrativo-far-cutoff",
        CAL,
        "administrativo",
        mx(2026, 3, 10, 10),
        28,
        mx(2026, 3, 12, 16),
        mx(2026, 3, 28, 0),
    ),
    (
        "administrativo-late-in-month",
        CAL,
        "administrativo",
        mx(2026, 3, 2, 12),
        1,
        mx(2026, 3, 4, 18),
        mx(2026, 4, 1, 0),
    ),
]


@pytest.mark.parametrize(
    ("cal", "kind", "opened_at", "billing_day", "response_due", "resolution_due"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_compute_deadlines(
    cal: BusinessCalendar,
    kind: str,
    opened_at: datetime,
    billing_day: int | None,
    response_due: datetime,
    resolution_due: datetime,
) -> None:
    got = compute_deadlines(cal, DEFAULT_POLICIES[kind], opened_at, billing_day)
    assert got == Deadlines(response_due=response_due, resolution_due=resolution_due)
    assert got.response_due.tzinfo is UTC
    assert got.resolution_due.tzinfo is UTC


@pytest.mark.parametrize(
    ("cal", "opened_at", "expected"),
    [
        (CAL, mx(2026, 3, 6, 19), mx(2026, 3, 13, 19)),
        # 7 calendar days at the same wall time, even though DST started in between
        (TIJ_CAL, tij(2026, 3, 5, 12), tij(2026, 3, 12, 12)),
        (CAL, datetime(2026, 12, 24, 22), mx(2026, 12, 31, 16)),  # naive UTC
    ],
)
def test_external_resolution_due(cal: BusinessCalendar, opened_at: datetime, expected: datetime) -> None:
    got = external_resolution_due(cal, DEFAULT_POLICIES["falla"], opened_at)
    assert got == expected
    assert got.tzinfo is UTC


def test_external_resolution_without_extension_keeps_ordinary_term() -> None:
    opened = mx(2026, 3, 10, 10)
    assert external_resolution_due(CAL, DEFAULT_POLICIES["queja"], opened) == mx(2026, 4, 15, 18)
    shorter = Policy(
        Term(24, Unit.BUSINESS_HOURS),
        Term(3, Unit.NATURAL_DAYS),
        external_resolution=Term(1, "dias_naturales"),
    )
    assert external_resolution_due(CAL, shorter, opened) == mx(2026, 3, 13, 10)


@pytest.mark.parametrize(
    ("term", "label", "expected"),
    [
        (Term(24, Unit.BUSINESS_HOURS), "24 horas hábiles", mx(2026, 3, 12, 16)),
        (Term(1, Unit.BUSINESS_HOURS), "1 hora hábil", mx(2026, 3, 10, 11)),
        (Term(24, Unit.NATURAL_HOURS), "24 horas naturales", mx(2026, 3, 11, 10)),
        (Term(7, Unit.NATURAL_DAYS), "7 días naturales", mx(2026, 3, 17, 10)),
        (Term(1, Unit.NATURAL_DAYS), "1 día natural", mx(2026, 3, 11, 10)),
        (Term(30, Unit.BUSINESS_DAYS), "30 días hábiles", mx(2026, 4, 15, 18)),
        (Term(0, Unit.BUSINESS_DAYS), "0 días hábiles", mx(2026, 3, 10, 18)),
    ],
)
def test_term_label_and_apply(term: Term, label: str, expected: datetime) -> None:
    assert term.label() == label
    assert term.apply(CAL, mx(2026, 3, 10, 10)) == expected


@pytest.mark.parametrize("kind", KINDS)
def test_policy_round_trip_through_json(kind: str) -> None:
    policy = DEFAULT_POLICIES[kind]
    assert Policy.from_dict(json.loads(json.dumps(policy.to_dict()))) == policy


def test_policies_table_round_trip_and_partial_settings() -> None:
    assert policies_from_dict(json.loads(json.dumps(policies_to_dict(DEFAULT_POLICIES)))) == DEFAULT_POLICIES
    custom = Policy(Term(8, Unit.BUSINESS_HOURS), Term(2, Unit.BUSINESS_DAYS))
    got = policies_from_dict({"consulta": custom.to_dict()})
    assert got["consulta"] == custom
    assert got["falla"] == DEFAULT_POLICIES["falla"]
    assert Policy.from_dict(
        {
            "response": {"amount": 1, "unit": "dias_habiles"},
            "resolution": {"amount": 2, "unit": "dias_habiles"},
        }
    ) == Policy(Term(1, Unit.BUSINESS_DAYS), Term(2, Unit.BUSINESS_DAYS))


def test_default_policies_match_the_codes_of_practice() -> None:
    assert set(DEFAULT_POLICIES) == set(KINDS)
    for kind in KINDS:
        if kind != "arco":
            assert DEFAULT_POLICIES[kind].response == Term(24, Unit.BUSINESS_HOURS)
    falla = DEFAULT_POLICIES["falla"]
    assert falla.resolution == Term(24, Unit.NATURAL_HOURS)
    assert falla.external_resolution == Term(7, Unit.NATURAL_DAYS)
    admin = {k for k, p in DEFAULT_POLICIES.items() if p.before_billing_cutoff}
    assert admin == {"administrativo", "aclaracion", "cancelacion", "contratacion"}
    assert DEFAULT_POLICIES["arco"] == Policy(Term(20, Unit.LEGAL_BUSINESS_DAYS), Term(20, Unit.LEGAL_BUSINESS_DAYS))
    assert set(UNIT_LABELS) == set(Unit)


@pytest.mark.parametrize(
    "data",
    [
        {"amount": -1, "unit": "horas_habiles"},
        {"amount": 1.5, "unit": "horas_habiles"},
        {"amount": True, "unit": "horas_habiles"},
        {"amount": 3, "unit": "semanas"},
    ],
)
def test_bad_terms_rejected(data: dict) -> None:
    with pytest.raises(ValueError):
        Term.from_dict(data)
