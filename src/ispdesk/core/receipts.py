"""Build the data a folio receipt prints, from a report (the PDF layer never sees a model)."""

from __future__ import annotations

from .clock import to_local
from .dto import ReceiptData
from .models import Report
from .services.office import office_info
from .services.reports import documents
from .vocab import CHANNEL_LABELS, KIND_LABELS


def receipt_data(report: Report) -> ReceiptData:
    office = report.office
    tz = office.timezone
    c = report.customer
    return ReceiptData(
        office=office_info(office),
        folio=report.folio,
        opened_at=to_local(report.opened_at, tz),
        customer_number=c.number,
        customer_name=c.name,
        service_address=c.service_address(),
        kind_label=KIND_LABELS[report.kind],
        channel_label=CHANNEL_LABELS[report.channel],
        description=report.description,
        response_due=to_local(report.response_due, tz),
        resolution_due=to_local(report.resolution_due, tz),
        taken_by=report.created_by.full_name,
        location=report.location,
        contact_phone=report.contact_phone,
        visit_window=report.visit_window,
        documents=documents(report),
        qr_payload=report.folio,
        demo=office.demo,
    )
