"""A customer as the card and the wizard show it, and their reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ispdesk.core.errors import NotFound
from ispdesk.core.models import (
    Customer,
    Report,
)
from ispdesk.core.queries.common import _tz, urgency
from ispdesk.core.queries.lists import _queue_query
from ispdesk.core.session import HasId, ident
from ispdesk.core.vocab import (
    UNFINISHED_STATUSES,
)


@dataclass(frozen=True)
class CustomerInfo:
    """A customer as the card and the wizard show and edit it."""

    id: int
    number: str
    name: str
    phones: tuple[str, ...]  # 10 digits each
    email: str
    status: str
    notes: str
    address: str
    colonia: str
    municipio: str
    state: str
    postal_code: str
    references: str
    zone: str
    tower: str
    plan: str
    plan_price: str  # "399.00" or ""
    billing_day: int | None
    last_invoice: str
    latitude: float | None
    longitude: float | None
    office_id: int | None
    tz: str
    recent_faults: int  # in the last 30 days: two or more earn a warning
    opposition: bool = False  # ARCO: opposes uses of their data beyond the service (no promotions, no surveys)
    anonymized_at: dt.datetime | None = None  # personal data replaced (cancellation or retention): read-only

    def phone_list(self) -> list[str]:
        return list(self.phones)

    def service_address(self) -> str:
        parts = [self.address, self.colonia and f"Col. {self.colonia}", self.municipio, self.state]
        return ", ".join(p for p in parts if p)


def customer_info(customer: HasId | int) -> CustomerInfo:
    from ispdesk.core.services.customers import recent_faults

    c = Customer.get_or_none(Customer.id == ident(customer))
    if c is None:
        raise NotFound("El cliente ya no existe.", "customer")
    return CustomerInfo(
        id=c.id, number=c.number, name=c.name, phones=tuple(c.phone_list()), email=c.email, status=c.status,
        notes=c.notes, address=c.address, colonia=c.colonia, municipio=c.municipio, state=c.state,
        postal_code=c.postal_code, references=c.references, zone=c.zone, tower=c.tower, plan=c.plan,
        plan_price="" if c.plan_price is None else f"{c.plan_price:.2f}", billing_day=c.billing_day,
        last_invoice=c.last_invoice, latitude=c.latitude, longitude=c.longitude, office_id=c.office_id,
        tz=_tz(c.office_id), recent_faults=recent_faults(c), opposition=bool(c.opposition),
        anonymized_at=c.anonymized_at)


@dataclass(frozen=True)
class CustomerReportRow:
    id: int
    folio: str
    kind: str
    status: str
    opened_at: dt.datetime
    response_due: dt.datetime
    resolution_due: dt.datetime
    paused: bool

    def urgency(self, now: dt.datetime | None = None) -> str:
        return urgency(self.resolution_due, status=self.status, paused=self.paused, now=now)

    @property
    def unfinished(self) -> bool:
        return self.status in UNFINISHED_STATUSES


def customer_reports(customer: HasId | int) -> list[CustomerReportRow]:
    """Unfinished reports first (nearest term first), then the history, newest first."""
    rows = [CustomerReportRow(q.id, q.folio, q.kind, q.status, q.opened_at, q.response_due, q.resolution_due,
                              q.paused)
            for q in _queue_query(Report.customer == ident(customer))]
    unfinished = sorted((r for r in rows if r.unfinished), key=lambda r: r.resolution_due)
    history = sorted((r for r in rows if not r.unfinished), key=lambda r: r.opened_at, reverse=True)
    return unfinished + history


def unfinished_of_kind(customer: HasId | int, kind: str) -> list[CustomerReportRow]:
    """The customer's unfinished reports of a kind (the wizard offers a note instead of a duplicate)."""
    return [r for r in customer_reports(customer) if r.unfinished and r.kind == kind]
