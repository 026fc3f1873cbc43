"""Deadline policies per report kind, as set by the ISPs' Códigos de Prácticas Comerciales.

Policies are plain frozen dataclasses that round-trip through JSON-able dicts so the office can
store its own terms in settings; :data:`DEFAULT_POLICIES` holds the regulatory defaults.
"""

from __future__ import annotations

import calendar as _stdcal
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import Any

from ispdesk.core.calendar import BusinessCalendar

__all__ = [
    "DEFAULT_POLICIES",
    "KINDS",
    "UNIT_DESCRIPTIONS",
    "UNIT_LABELS",
    "Deadlines",
    "Policy",
    "Term",
    "Unit",
    "compute_deadlines",
    "external_resolution_due",
    "next_billing_cutoff",
    "policies_from_dict",
    "policies_to_dict",
]


class Unit(StrEnum):
    NATURAL_HOURS = "horas_naturales"
    NATURAL_DAYS = "dias_naturales"
    BUSINESS_HOURS = "horas_habiles"
    BUSINESS_DAYS = "dias_habiles"
    # Monday to Friday without the official holidays, whatever the office's hours: how Mexican administrative law
    # counts *días hábiles* (Ley Federal de Procedimiento Administrativo, art. 28). The default for ARCO requests.
    LEGAL_BUSINESS_DAYS = "dias_habiles_legales"


UNIT_LABELS: dict[Unit, str] = {
    Unit.NATURAL_HOURS: "horas naturales",
    Unit.NATURAL_DAYS: "días naturales",
    Unit.BUSINESS_HOURS: "horas hábiles",
    Unit.BUSINESS_DAYS: "días hábiles",
    Unit.LEGAL_BUSINESS_DAYS: "días hábiles",
}

_UNIT_LABELS_SINGULAR: dict[Unit, str] = {
    Unit.NATURAL_HOURS: "hora natural",
    Unit.NATURAL_DAYS: "día natural",
    Unit.BUSINESS_HOURS: "hora hábil",
    Unit.BUSINESS_DAYS: "día hábil",
    Unit.LEGAL_BUSINESS_DAYS: "día hábil",
}

# What counts, in the words of the settings screen (the receipt says "días hábiles" for both kinds of days).
UNIT_DESCRIPTIONS: dict[Unit, str] = {
    Unit.NATURAL_HOURS: "horas naturales (corridas)",
    Unit.NATURAL_DAYS: "días naturales (corridos)",
    Unit.BUSINESS_HOURS: "horas hábiles (horario de la oficina)",
    Unit.BUSINESS_DAYS: "días hábiles de la oficina",
    Unit.LEGAL_BUSINESS_DAYS: "días hábiles legales (lunes a viernes sin días festivos oficiales)",
}


def _require_int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{what} debe ser un entero, no {value!r}")
    return value


@dataclass(frozen=True)
class Term:
    """An amount of some time unit, e.g. 24 business hours."""

    amount: int
    unit: Unit

    def __post_init__(self) -> None:
        _require_int(self.amount, "amount")
        if self.amount < 0:
            raise ValueError("el plazo no puede ser negativo")
        object.__setattr__(self, "unit", Unit(self.unit))  # accept the plain string too

    def label(self) -> str:
        """Spanish text for receipts and screens: "24 horas hábiles", "1 día hábil"."""
        names = _UNIT_LABELS_SINGULAR if self.amount == 1 else UNIT_LABELS
        return f"{self.amount} {names[self.unit]}"

    def apply(self, cal: BusinessCalendar, start: datetime) -> datetime:
        """Due instant (aware UTC) of this term counted from ``start`` on ``cal``."""
        if self.unit is Unit.NATURAL_HOURS:
            return cal.add_natural_hours(start, self.amount)
        if self.unit is Unit.NATURAL_DAYS:
            return cal.add_natural_days(start, self.amount)
        if self.unit is Unit.BUSINESS_HOURS:
            return cal.add_business_hours(start, self.amount)
        if self.unit is Unit.LEGAL_BUSINESS_DAYS:
            return cal.add_legal_business_days(start, self.amount)
        return cal.add_business_days(start, self.amount)

    def to_dict(self) -> dict[str, Any]:
        return {"amount": self.amount, "unit": self.unit.value}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Term:
        return cls(amount=_require_int(data["amount"], "amount"), unit=Unit(data["unit"]))


@dataclass(frozen=True)
class Policy:
    """Response and resolution terms of one report kind."""

    response: Term
    resolution: Term
    # Administrative matters must also be settled before the customer's next billing cut-off.
    before_billing_cutoff: bool = False
    # Longer resolution term once a fault's cause is found to be external (customer equipment,
    # third parties, weather, disasters).
    external_resolution: Term | None = None

    def to_dict(self) -> dict[str, Any]:
        ext = self.external_resolution
        return {
            "response": self.response.to_dict(),
            "resolution": self.resolution.to_dict(),
            "before_billing_cutoff": self.before_billing_cutoff,
            "external_resolution": None if ext is None else ext.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Policy:
        ext = data.get("external_resolution")
        return cls(
            response=Term.from_dict(data["response"]),
            resolution=Term.from_dict(data["resolution"]),
            before_billing_cutoff=bool(data.get("before_billing_cutoff", False)),
            external_resolution=None if ext is None else Term.from_dict(ext),
        )


KINDS = (
    "falla",
    "queja",
    "consulta",
    "aclaracion",
    "administrativo",
    "sugerencia",
    "cancelacion",
    "contratacion",
    "arco",
    "otro",
)

_ANSWER_24BH = Term(24, Unit.BUSINESS_HOURS)
_30_BD = Term(30, Unit.BUSINESS_DAYS)
_ADMIN = Policy(_ANSWER_24BH, _30_BD, before_billing_cutoff=True)

DEFAULT_POLICIES: dict[str, Policy] = {
    "falla": Policy(
        _ANSWER_24BH, Term(24, Unit.NATURAL_HOURS), external_resolution=Term(7, Unit.NATURAL_DAYS)
    ),
    "queja": Policy(_ANSWER_24BH, _30_BD),
    "consulta": Policy(_ANSWER_24BH, Term(24, Unit.BUSINESS_HOURS)),
    "aclaracion": _ADMIN,
    "administrativo": _ADMIN,
    "sugerencia": Policy(_ANSWER_24BH, _30_BD),
    "cancelacion": _ADMIN,
    "contratacion": _ADMIN,
    # Ley Federal de Protección de Datos Personales en Posesión de los Particulares: 20 días hábiles to answer,
    # counted as the law counts them, not by the office's opening days.
    "arco": Policy(Term(20, Unit.LEGAL_BUSINESS_DAYS), Term(20, Unit.LEGAL_BUSINESS_DAYS)),
    "otro": Policy(_ANSWER_24BH, _30_BD),
}


def policies_to_dict(policies: dict[str, Policy]) -> dict[str, dict[str, Any]]:
    """JSON-able form of a kind→policy table, for the settings store."""
    return {kind: p.to_dict() for kind, p in policies.items()}


def policies_from_dict(data: dict[str, Any]) -> dict[str, Policy]:
    """Kind→policy table read from settings; kinds missing there keep their defaults."""
    out = dict(DEFAULT_POLICIES)
    out.update({kind: Policy.from_dict(p) for kind, p in data.items()})
    return out


def next_billing_cutoff(local_day: date, billing_day: int) -> date:
    """First date strictly after ``local_day`` whose day-of-month is ``billing_day``.

    Days 29–31 are clamped to the month's last day, since billing still happens in short months.
    """
    _require_int(billing_day, "billing_day")
    if not 1 <= billing_day <= 31:
        raise ValueError(f"día de corte inválido: {billing_day}")
    year, month = local_day.year, local_day.month
    for _ in range(2):
        candidate = date(year, month, min(billing_day, _stdcal.monthrange(year, month)[1]))
        if candidate > local_day:
            return candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    raise AssertionError("unreachable: next month's cut-off is always later")


@dataclass(frozen=True)
class Deadlines:
    response_due: datetime  # aware UTC
    resolution_due: datetime  # aware UTC


def compute_deadlines(
    cal: BusinessCalendar, policy: Policy, opened_at: datetime, billing_day: int | None = None
) -> Deadlines:
    """Due instants for a report opened at ``opened_at`` (aware, or naive UTC).

    With ``before_billing_cutoff`` and a known ``billing_day`` the resolution is due at the
    earlier of its term and 00:00 local of the next cut-off day, but never before the response.
    The response is never due after the resolution.
    """
    response_due = policy.response.apply(cal, opened_at)
    resolution_due = policy.resolution.apply(cal, opened_at)
    if policy.before_billing_cutoff and billing_day is not None:
        cutoff = next_billing_cutoff(cal.to_local(opened_at).date(), billing_day)
        cutoff_at = datetime.combine(cutoff, time(0), tzinfo=cal.tz).astimezone(UTC)
        resolution_due = max(min(resolution_due, cutoff_at), response_due)
    # A fix is an answer: never promise the first answer after the fix (a fault opened on a Saturday
    # has 24 natural hours to be fixed but 24 business hours, until Wednesday, to be answered).
    response_due = min(response_due, resolution_due)
    return Deadlines(response_due=response_due, resolution_due=resolution_due)


def external_resolution_due(cal: BusinessCalendar, policy: Policy, opened_at: datetime) -> datetime:
    """Resolution due once a fault's cause is reclassified as external, counted from opening.

    Falls back to the ordinary resolution term when the policy has no extension, and never
    shortens it: an extension that came out earlier would punish the reclassification.
    """
    ordinary = policy.resolution.apply(cal, opened_at)
    if policy.external_resolution is None:
        return ordinary
    return max(ordinary, policy.external_resolution.apply(cal, opened_at))
