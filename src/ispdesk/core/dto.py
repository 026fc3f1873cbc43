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


@dataclass(frozen=True)
class HistoryLine:
    at: datetime  # local
    who: str
    what: str  # "Visita programada", "Nota: …"


@dataclass(frozen=True)
class WorkOrderData:
    """An *orden de trabajo*: what a technician takes to the customer's home (printed or on the phone)."""

    office: OfficeInfo
    folio: str
    kind_label: str
    status_label: str
    priority_label: str
    opened_at: datetime  # local
    resolution_due: datetime | None  # local
    customer_number: str
    customer_name: str
    phones: list[str]  # formatted, e.g. "444 123 4567"
    service_address: str
    references: str  # landmarks to find the house
    latitude: float | None
    longitude: float | None
    map_url: str  # "https://www.google.com/maps/search/?api=1&query=22.15,-100.98" ("" without coordinates)
    zone: str
    tower: str
    plan: str
    description: str
    location: str = ""  # where the fault is (as told by the customer)
    contact_phone: str = ""
    visit_window: str = ""  # customer's preferred window
    visit_start: datetime | None = None  # local, the scheduled visit
    visit_end: datetime | None = None
    technician: str = ""
    incident: str = ""  # title of a mass outage the report is linked to
    history: list[HistoryLine] = field(default_factory=list)  # short, newest last
    checklist: list[str] = field(default_factory=list)
    demo: bool = False


@dataclass(frozen=True)
class LetterData:
    """A *carta de respuesta*: the written answer to the customer (cause, procedencia, what was done)."""

    office: OfficeInfo
    folio: str
    date: datetime  # local, the letter's date
    place: str  # city for the date line, e.g. "Rioverde, S.L.P." ("" = none)
    customer_name: str
    customer_number: str
    service_address: str
    kind_label: str
    opened_at: datetime  # local
    description: str
    body: str  # the notice text (from the template, possibly edited): cause, procedencia, what was done
    cause: str = ""
    upheld: bool | None = None  # procedente
    upheld_reason: str = ""
    action_taken: str = ""
    resolved_at: datetime | None = None  # local
    signer_name: str = ""
    signer_title: str = "Atención a clientes"
    demo: bool = False
