"""Everything ispdesk holds on one person (LFPDPPP right of access): the customer's data, the corrections made to it
with their values, every report with its descriptions, timeline, visits, resolutions, notices, pauses and
attachments, the mass outages that reached them, and what was done with their data (exports, opposition,
anonymisation). One DTO (`PersonalData`) for the PDF and the JSON (`personal_data_json`).

Attachments are listed (name, size, date, SHA-256 of the copy kept), not embedded: the office hands over copies of
the files themselves on request, and the hash lets the person check that the copies are the ones kept.

Reading this is not an export: `services.arco.export_personal_data` reads it under the permission and records who
exported it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ispdesk.core.clock import now_utc, to_local
from ispdesk.core.errors import NotFound
from ispdesk.core.models import (
    Attachment,
    AuditEvent,
    Cause,
    Customer,
    CustomerRevision,
    Incident,
    Notice,
    Office,
    Pause,
    Report,
    ReportEvent,
    Resolution,
    User,
    Visit,
)
from ispdesk.core.queries.common import report_documents
from ispdesk.core.session import HasId, ident
from ispdesk.core.vocab import (
    CAUSE_CATEGORY_LABELS,
    CHANNEL_LABELS,
    CUSTOMER_STATUS_LABELS,
    EVENT_LABELS,
    INCIDENT_STATUS_LABELS,
    KIND_LABELS,
    STATUS_LABELS,
    VISIT_STATUS_LABELS,
    WAIT_REASON_LABELS,
)

FORMAT_NAME = "ispdesk-datos-personales"
FORMAT_VERSION = 1

AUDIT_LABELS = {
    "created": "Alta de cliente",
    "updated": "Corrección de datos (rectificación)",
    "opposition": "Oposición al uso de sus datos",
    "exported": "Copia de sus datos personales (acceso)",
    "anonymized": "Datos personales anonimizados (cancelación)",
}


@dataclass(frozen=True)
class CustomerData:
    """The customer's row as stored (codes, not labels)."""

    number: str
    name: str
    phones: tuple[str, ...]
    email: str
    address: str
    colonia: str
    municipio: str
    state: str
    postal_code: str
    references: str
    latitude: float | None
    longitude: float | None
    zone: str
    tower: str
    plan: str
    plan_price: Decimal | None
    billing_day: int | None
    status: str
    notes: str
    last_invoice: str
    install_date: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime
    opposition: bool
    anonymized_at: dt.datetime | None


@dataclass(frozen=True)
class Change:
    field: str
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class Revision:
    """One correction of the customer's data: who, when, which fields and their values before and after."""

    at: dt.datetime
    user_name: str
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class AuditLine:
    at: dt.datetime
    user_name: str
    action: str
    label: str
    text: str


@dataclass(frozen=True)
class EventLine:
    at: dt.datetime
    user_name: str
    action: str
    label: str
    text: str
    from_status: str
    to_status: str


@dataclass(frozen=True)
class VisitLine:
    starts_at: dt.datetime
    ends_at: dt.datetime
    technician: str
    status: str
    outcome: str
    arrived_at: dt.datetime | None
    done_at: dt.datetime | None


@dataclass(frozen=True)
class ResolutionLine:
    cycle: int
    cause: str
    cause_category: str
    cause_text: str
    action_taken: str
    equipment: str
    upheld: bool
    upheld_reason: str
    resolved_at: dt.datetime
    resolved_by: str


@dataclass(frozen=True)
class NoticeLine:
    at: dt.datetime
    channel: str
    text: str
    user_name: str
    confirmed: bool | None


@dataclass(frozen=True)
class PauseLine:
    reason: str
    customer_caused: bool
    note: str
    started_at: dt.datetime
    ended_at: dt.datetime | None


@dataclass(frozen=True)
class AttachmentLine:
    filename: str
    size: int
    sha256: str
    note: str
    added_by: str
    added_at: dt.datetime


@dataclass(frozen=True)
class ReportData:
    folio: str
    kind: str
    channel: str
    status: str
    opened_at: dt.datetime
    closed_at: dt.datetime | None
    response_due: dt.datetime
    resolution_due: dt.datetime
    description: str
    location: str
    contact_phone: str
    visit_window: str
    documents: tuple[str, ...]
    end_reason: str
    created_by: str
    incident: str
    events: tuple[EventLine, ...]
    visits: tuple[VisitLine, ...]
    resolutions: tuple[ResolutionLine, ...]
    notices: tuple[NoticeLine, ...]
    pauses: tuple[PauseLine, ...]
    attachments: tuple[AttachmentLine, ...]


@dataclass(frozen=True)
class IncidentLine:
    """A mass outage of the customer's zone (or tower) while they were a customer, or one their reports hang from."""

    title: str
    zone: str
    tower: str
    status: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    folios: tuple[str, ...]  # the customer's reports linked to it
    hours: Decimal
    compensation: Decimal | None  # owed for this outage on the customer's plan (None: not owed or no price)


@dataclass(frozen=True)
class PersonalData:
    customer_id: int
    generated_at: dt.datetime  # naive UTC, like every time here; `tz` is the office's
    tz: str
    office: Any  # OfficeInfo
    demo: bool
    customer: CustomerData
    revisions: tuple[Revision, ...]
    history: tuple[AuditLine, ...]  # what was done with the data: alta, corrections, exports, opposition…
    reports: tuple[ReportData, ...]
    incidents: tuple[IncidentLine, ...]
    privacy_notice: str

    @property
    def attachments(self) -> tuple[AttachmentLine, ...]:
        return tuple(a for r in self.reports for a in r.attachments)


def _names() -> dict[int, str]:
    return {u.id: u.full_name for u in User.select(User.id, User.full_name)}


def personal_data(customer: HasId | int, now: dt.datetime | None = None) -> PersonalData:
    """Read everything held on the customer (a few dozen reports at most: a handful of queries each by report id)."""
    from ispdesk.core.queries.incidents import compensation, covers, outage_terms
    from ispdesk.core.services.arco import privacy_notice_text
    from ispdesk.core.services.customers import FIELD_LABELS
    from ispdesk.core.services.office import default_office, office_info

    c = Customer.get_or_none(Customer.id == ident(customer))
    if c is None:
        raise NotFound("El cliente ya no existe.", "customer")
    office = Office.get_or_none(Office.id == c.office_id) if c.office_id else None
    office = office or default_office()
    names = _names()

    def name(uid: int | None) -> str:
        return names.get(uid, "") if uid else ""

    data = CustomerData(
        number=c.number, name=c.name, phones=tuple(c.phone_list()), email=c.email, address=c.address,
        colonia=c.colonia, municipio=c.municipio, state=c.state, postal_code=c.postal_code, references=c.references,
        latitude=c.latitude, longitude=c.longitude, zone=c.zone, tower=c.tower, plan=c.plan,
        plan_price=c.plan_price, billing_day=c.billing_day, status=c.status, notes=c.notes,
        last_invoice=c.last_invoice, install_date=c.install_date, created_at=c.created_at, updated_at=c.updated_at,
        opposition=bool(c.opposition), anonymized_at=c.anonymized_at)

    audits = list(AuditEvent.select().where(AuditEvent.entity == "customer", AuditEvent.entity_id == str(c.id))
                  .order_by(AuditEvent.at, AuditEvent.id))
    values: dict[int, list[CustomerRevision]] = {}
    for rev in CustomerRevision.select().where(CustomerRevision.customer == c.id).order_by(CustomerRevision.id):
        values.setdefault(rev.audit_id or 0, []).append(rev)
    revisions = []
    for a in audits:
        if a.action != "updated":
            continue
        try:
            payload = json.loads(a.data_json) if a.data_json else {}
        except ValueError:
            payload = {}
        changes = [Change(r.field, FIELD_LABELS.get(r.field, r.field), r.before, r.after)
                   for r in values.pop(a.id, [])]
        for key, pair in sorted((payload.get("changes") or {}).items()):
            before, after = [*pair, "", ""][:2] if isinstance(pair, list) else ("", "")
            changes.append(Change(key, FIELD_LABELS.get(key, key), str(before), str(after)))
        revisions.append(Revision(a.at, name(a.user_id), tuple(changes)))
    for rows in values.values():  # personal values whose audit event is gone (never expected): still theirs
        revisions.append(Revision(rows[0].at, name(rows[0].user_id),
                                  tuple(Change(r.field, FIELD_LABELS.get(r.field, r.field), r.before, r.after)
                                        for r in rows)))
    revisions.sort(key=lambda r: r.at)
    history = tuple(AuditLine(a.at, name(a.user_id), a.action, AUDIT_LABELS.get(a.action, a.action), a.text)
                    for a in audits)

    rows = list(Report.select().where(Report.customer == c.id).order_by(Report.opened_at, Report.id))
    ids = [r.id for r in rows]
    causes = {x.code: x.label for x in Cause.select(Cause.code, Cause.label)}
    incident_rows = {i.id: i for i in Incident.select()}

    def by_report(query: Any, key: Any) -> dict[int, list[Any]]:
        out: dict[int, list[Any]] = {}
        if ids:
            for row in query.where(key.in_(ids)):
                out.setdefault(row.report_id, []).append(row)
        return out

    events = by_report(ReportEvent.select().order_by(ReportEvent.at, ReportEvent.id), ReportEvent.report)
    visits = by_report(Visit.select().order_by(Visit.starts_at, Visit.id), Visit.report)
    resolutions = by_report(Resolution.select().order_by(Resolution.cycle), Resolution.report)
    notices = by_report(Notice.select().order_by(Notice.created_at, Notice.id), Notice.report)
    pauses = by_report(Pause.select().order_by(Pause.started_at, Pause.id), Pause.report)
    attachments = by_report(Attachment.select().order_by(Attachment.id), Attachment.report)

    reports = []
    for r in rows:
        inc = incident_rows.get(r.incident_id) if r.incident_id else None
        reports.append(ReportData(
            folio=r.folio, kind=KIND_LABELS.get(r.kind, r.kind), channel=CHANNEL_LABELS.get(r.channel, r.channel),
            status=STATUS_LABELS.get(r.status, r.status), opened_at=r.opened_at, closed_at=r.closed_at,
            response_due=r.response_due, resolution_due=r.resolution_due, description=r.description,
            location=r.location, contact_phone=r.contact_phone, visit_window=r.visit_window,
            documents=tuple(report_documents(r)), end_reason=r.end_reason, created_by=name(r.created_by_id),
            incident=inc.title if inc is not None else "",
            events=tuple(EventLine(e.at, name(e.user_id), e.action, EVENT_LABELS.get(e.action, e.action), e.text,
                                   e.from_status, e.to_status) for e in events.get(r.id, [])),
            visits=tuple(VisitLine(v.starts_at, v.ends_at, name(v.technician_id),
                                   VISIT_STATUS_LABELS.get(v.status, v.status), v.outcome, v.arrived_at, v.done_at)
                         for v in visits.get(r.id, [])),
            resolutions=tuple(ResolutionLine(x.cycle, causes.get(x.cause_code_id, x.cause_code_id or ""),
                                             CAUSE_CATEGORY_LABELS.get(x.cause_category, x.cause_category),
                                             x.cause_text, x.action_taken, x.equipment, x.upheld, x.upheld_reason,
                                             x.resolved_at, name(x.resolved_by_id))
                              for x in resolutions.get(r.id, [])),
            notices=tuple(NoticeLine(n.at, CHANNEL_LABELS.get(n.channel, n.channel), n.text, name(n.user_id),
                                     n.confirmed) for n in notices.get(r.id, [])),
            pauses=tuple(PauseLine(WAIT_REASON_LABELS.get(p.reason, p.reason), p.customer_caused, p.note,
                                   p.started_at, p.ended_at) for p in pauses.get(r.id, [])),
            attachments=tuple(AttachmentLine(a.filename, a.size, a.sha256, a.note, name(a.added_by_id), a.added_at)
                              for a in attachments.get(r.id, [])),
        ))

    linked: dict[int, list[str]] = {}
    for r in rows:
        if r.incident_id:
            linked.setdefault(r.incident_id, []).append(r.folio)
    since = c.created_at
    incidents = []
    for i in sorted(incident_rows.values(), key=lambda i: (i.started_at, i.id)):
        reached = covers(i.zone, i.tower, c.zone, c.tower) and (i.ended_at is None or i.ended_at >= since)
        if i.id not in linked and not reached:
            continue
        terms = outage_terms(i.id, now)
        owed = None
        if terms.compensable and c.plan_price is not None:
            proportional, bonus = compensation(Decimal(c.plan_price), terms.hours, terms.bonus_pct)
            owed = proportional + bonus
        incidents.append(IncidentLine(i.title, i.zone, i.tower, INCIDENT_STATUS_LABELS.get(i.status, i.status),
                                      i.started_at, i.ended_at, tuple(linked.get(i.id, ())), terms.hours, owed))

    info = office_info(office)
    return PersonalData(
        customer_id=c.id, generated_at=now or now_utc(), tz=office.timezone, office=info, demo=bool(office.demo),
        customer=data, revisions=tuple(revisions), history=history, reports=tuple(reports),
        incidents=tuple(incidents), privacy_notice=privacy_notice_text(info))


# --- JSON ---------------------------------------------------------------------------------------------------------

def customer_rows(data: CustomerData) -> list[tuple[str, str]]:
    """The customer's data as (label, value) lines in the order the card shows them (for the PDF)."""
    from ispdesk.core.phones import format_phone
    from ispdesk.core.services.customers import FIELD_LABELS as L

    def text(value: object) -> str:
        return "" if value is None else str(value)

    price = "" if data.plan_price is None else f"${data.plan_price:,.2f}"
    coords = "" if data.latitude is None or data.longitude is None else f"{data.latitude:.6f}, {data.longitude:.6f}"
    return [
        (L["number"], data.number), (L["name"], data.name),
        (L["phones"], ", ".join(format_phone(p) for p in data.phones)), (L["email"], data.email),
        (L["address"], data.address), (L["colonia"], data.colonia), (L["municipio"], data.municipio),
        (L["state"], data.state), (L["postal_code"], data.postal_code), (L["references"], data.references),
        ("Coordenadas", coords), (L["zone"], data.zone), (L["tower"], data.tower), (L["plan"], data.plan),
        (L["plan_price"], price), (L["billing_day"], text(data.billing_day)),
        (L["status"], CUSTOMER_STATUS_LABELS.get(data.status, data.status)), (L["last_invoice"], data.last_invoice),
        (L["install_date"], data.install_date.strftime("%d/%m/%Y") if data.install_date else ""),
        (L["notes"], data.notes),
    ]


def _time(value: dt.datetime | dt.date | None, tz: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        local = to_local(value, tz)
        return local.isoformat(timespec="seconds") if local is not None else None
    return value.isoformat()


def personal_data_json(pd: PersonalData) -> str:
    """The export as JSON (UTF-8, Spanish keys, times in the office's local time with their UTC offset): a
    structured copy the person can take to another provider or read with any tool."""
    tz = pd.tz

    def t(value: dt.datetime | dt.date | None) -> str | None:
        return _time(value, tz)

    c = pd.customer
    doc: dict[str, Any] = {
        "formato": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "generado": t(pd.generated_at),
        "responsable": {"nombre": pd.office.name, "razon_social": pd.office.legal_name,
                        "domicilio": pd.office.address, "telefonos": pd.office.phones, "correo": pd.office.email},
        "cliente": {
            "numero": c.number, "nombre": c.name, "telefonos": list(c.phones), "correo": c.email,
            "domicilio": {"calle_y_numero": c.address, "colonia": c.colonia, "municipio": c.municipio,
                          "estado": c.state, "codigo_postal": c.postal_code, "referencias": c.references,
                          "latitud": c.latitude, "longitud": c.longitude},
            "zona": c.zone, "torre": c.tower, "plan": c.plan,
            "precio_plan": None if c.plan_price is None else f"{c.plan_price:.2f}",
            "dia_de_corte": c.billing_day, "estado": c.status, "notas": c.notes, "ultima_factura": c.last_invoice,
            "fecha_instalacion": t(c.install_date), "alta": t(c.created_at), "ultima_modificacion": t(c.updated_at),
            "oposicion": c.opposition, "anonimizado": t(c.anonymized_at),
        },
        "rectificaciones": [
            {"fecha": t(r.at), "usuario": r.user_name,
             "cambios": [{"campo": ch.field, "etiqueta": ch.label, "antes": ch.before, "despues": ch.after}
                         for ch in r.changes]}
            for r in pd.revisions],
        "historial_de_sus_datos": [
            {"fecha": t(a.at), "usuario": a.user_name, "accion": a.action, "descripcion": a.label, "texto": a.text}
            for a in pd.history],
        "reportes": [
            {"folio": r.folio, "tipo": r.kind, "canal": r.channel, "estado": r.status, "levantado": t(r.opened_at),
             "terminado": t(r.closed_at), "plazo_respuesta": t(r.response_due),
             "plazo_solucion": t(r.resolution_due), "descripcion": r.description, "ubicacion": r.location,
             "telefono_contacto": r.contact_phone, "horario_de_visita": r.visit_window,
             "documentos": list(r.documents), "motivo_de_termino": r.end_reason, "levantado_por": r.created_by,
             "incidente": r.incident,
             "historial": [{"fecha": t(e.at), "usuario": e.user_name, "accion": e.action, "descripcion": e.label,
                            "texto": e.text, "estado_anterior": e.from_status, "estado_nuevo": e.to_status}
                           for e in r.events],
             "visitas": [{"inicio": t(v.starts_at), "fin": t(v.ends_at), "tecnico": v.technician, "estado": v.status,
                          "resultado": v.outcome, "llegada": t(v.arrived_at), "terminada": t(v.done_at)}
                         for v in r.visits],
             "resoluciones": [{"ciclo": x.cycle, "causa": x.cause, "tipo_de_causa": x.cause_category,
                               "detalle_de_la_causa": x.cause_text, "accion_realizada": x.action_taken,
                               "equipo_reemplazado": x.equipment, "procedente": x.upheld,
                               "motivo_de_improcedencia": x.upheld_reason, "fecha": t(x.resolved_at),
                               "resuelto_por": x.resolved_by} for x in r.resolutions],
             "avisos": [{"fecha": t(n.at), "canal": n.channel, "texto": n.text, "usuario": n.user_name,
                         "confirmo_solucion": n.confirmed} for n in r.notices],
             "esperas": [{"motivo": p.reason, "atribuible_al_cliente": p.customer_caused, "nota": p.note,
                          "inicio": t(p.started_at), "fin": t(p.ended_at)} for p in r.pauses],
             "archivos_adjuntos": [{"nombre": a.filename, "bytes": a.size, "sha256": a.sha256, "nota": a.note,
                                    "agregado_por": a.added_by, "fecha": t(a.added_at)} for a in r.attachments]}
            for r in pd.reports],
        "incidentes": [
            {"titulo": i.title, "zona": i.zone, "torre": i.tower, "estado": i.status, "inicio": t(i.started_at),
             "fin": t(i.ended_at), "folios_vinculados": list(i.folios), "horas_sin_servicio": f"{i.hours}",
             "compensacion": None if i.compensation is None else f"{i.compensation:.2f}"}
            for i in pd.incidents],
        "aviso_de_privacidad": pd.privacy_notice,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
