"""Plain data handed from the core to renderers (PDF, UI) so they never touch models."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class OfficeInfo:
    name: str
    legal_name: str = ""
    address: str = ""
    phones: str = ""
    email: str = ""
    web: str = ""
    hours_text: str = ""  # e.g. "Lunes a viernes 09:00–18:00; sábado 09:00–14:00"
    logo_path: str | None = None  # PNG/JPG on disk, optional
    legal_text: str = ""  # editable legal footer printed on receipts


@dataclass(frozen=True)
class ReceiptData:
    office: OfficeInfo
    folio: str  # display form, e.g. "RV26-00042-7"
    opened_at: datetime  # local (office time zone), naive or aware
    customer_number: str
    customer_name: str
    service_address: str
    kind_label: str  # "Falla técnica"
    channel_label: str  # "Teléfono"
    description: str
    response_due: datetime | None  # local
    resolution_due: datetime | None  # local
    taken_by: str  # full name of the user who opened the report
    location: str = ""
    contact_phone: str = ""
    visit_window: str = ""
    documents: list[str] = field(default_factory=list)  # documents the customer must bring
    qr_payload: str = ""  # text encoded in the QR (defaults to the folio)
    demo: bool = False  # print a DEMO mark
