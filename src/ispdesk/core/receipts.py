"""Build the data the printed documents show — folio receipt, work order, response letter — from a report (the
PDF layer never sees a model)."""

from __future__ import annotations

from .clock import now_utc, to_local
from .dto import HistoryLine, LetterData, ReceiptData, WorkOrderData
from .models import Office, Report
from .phones import format_phone
from .queries import report_detail
from .queries.common import report_documents as documents
from .services.office import office_info
from .session import HasId, ident
from .vocab import CHANNEL_LABELS, EVENT_LABELS, KIND_LABELS, PRIORITY_LABELS, STATUS_LABELS

HISTORY_LINES = 5  # the work order's short history: the newest events, one line each, so it fits on one sheet
HISTORY_CHARS = 110


def receipt_data(report: Report | HasId | int) -> ReceiptData:
    r = Report.get_by_id(ident(report))
    office = r.office
    tz = office.timezone
    c = r.customer
    return ReceiptData(
        office=office_info(office),
        folio=r.folio,
        opened_at=to_local(r.opened_at, tz),
        customer_number=c.number,
        customer_name=c.name,
        service_address=c.service_address(),
        kind_label=KIND_LABELS[r.kind],
        channel_label=CHANNEL_LABELS[r.channel],
        description=r.description,
        response_due=to_local(r.response_due, tz),
        resolution_due=to_local(r.resolution_due, tz),
        taken_by=r.created_by.full_name,
        location=r.location,
        contact_phone=r.contact_phone,
        visit_window=r.visit_window,
        documents=documents(r),
        qr_payload=r.folio,
        demo=office.demo,
    )


def workorder_data(report: HasId | int) -> WorkOrderData:
    d = report_detail(report)
    office = Office.get_by_id(d.office_id)
    tz = d.tz
    c = d.customer
    visit = d.next_visit
    history = [HistoryLine(to_local(e.at, tz), e.user_name, _short(EVENT_LABELS.get(e.action, e.action)
                                                                   + (f": {e.text}" if e.text else "")))
               for e in d.events[-HISTORY_LINES:]]
    return WorkOrderData(
        office=office_info(office), folio=d.folio, kind_label=KIND_LABELS[d.kind],
        status_label=STATUS_LABELS[d.status], priority_label=PRIORITY_LABELS.get(d.priority, d.priority),
        opened_at=to_local(d.opened_at, tz), resolution_due=to_local(d.resolution_due, tz),
        customer_number=c.number, customer_name=c.name, phones=[format_phone(p) for p in c.phones],
        service_address=c.address, references=c.references, latitude=c.latitude, longitude=c.longitude,
        map_url=c.map_url, zone=c.zone, tower=c.tower, plan=c.plan, description=d.description,
        location=d.location, contact_phone=format_phone(d.contact_phone) if d.contact_phone else "",
        visit_window=d.visit_window, visit_start=to_local(visit.starts_at, tz) if visit else None,
        visit_end=to_local(visit.ends_at, tz) if visit else None,
        technician=(visit.technician_name if visit and visit.technician_name else d.assignee_name),
        incident=d.incident.title if d.incident else "", history=history, demo=d.demo,
    )


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= HISTORY_CHARS else text[:HISTORY_CHARS - 1].rstrip() + "…"


def letter_data(report: HasId | int, body: str, signer_name: str, place: str = "") -> LetterData:
    """The response letter for this cycle's outcome; `body` is the notice text as edited by the receptionist."""
    d = report_detail(report)
    office = Office.get_by_id(d.office_id)
    tz = d.tz
    res = d.resolution
    return LetterData(
        office=office_info(office), folio=d.folio, date=to_local(now_utc(), tz), place=place,
        customer_name=d.customer.name, customer_number=d.customer.number, service_address=d.customer.address,
        kind_label=KIND_LABELS[d.kind], opened_at=to_local(d.opened_at, tz), description=d.description, body=body,
        cause=res.cause_words if res else "", upheld=res.upheld if res else None,
        upheld_reason=(res.upheld_reason if res else "") or d.end_reason,
        action_taken=res.action_taken if res else "", resolved_at=to_local(res.resolved_at, tz) if res else None,
        signer_name=signer_name, demo=d.demo,
    )
