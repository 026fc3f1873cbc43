"""Reports: open with a folio and deadlines, then every change through `_apply`, which checks the state
machine and writes exactly one append-only `ReportEvent` in the same transaction."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from peewee import SqliteDatabase

from ispdesk.core import folio as folio_mod
from ispdesk.core.clock import now_utc, to_naive_utc
from ispdesk.core.db import db, write_tx
from ispdesk.core.errors import DomainError, InvalidTransition, NotFound, PermissionDenied, ValidationError
from ispdesk.core.models import Customer, FolioCounter, Incident, Office, Report, ReportEvent, User
from ispdesk.core.permissions import Action, Role, require
from ispdesk.core.phones import normalize_phone
from ispdesk.core.text import clean_text
from ispdesk.core.vocab import CAUSES, CHANNEL_LABELS, CHANNELS, KIND_LABELS, KINDS, STATUS_LABELS

from .office import calendar_for, policies

# Which statuses each action may start from, and where it leads (None = status unchanged).
TRANSITIONS: dict[str, tuple[frozenset[str], str | None]] = {
    "assigned": (frozenset({"abierto", "asignado", "en_proceso", "en_espera"}), None),
    "status": (frozenset({"abierto", "asignado", "en_proceso", "en_espera"}), None),
    "note": (frozenset(STATUS_LABELS), None),
    "visit": (frozenset({"abierto", "asignado", "en_proceso", "en_espera"}), None),
    "resolved": (frozenset({"abierto", "asignado", "en_proceso", "en_espera"}), "resuelto"),
    # Not after resolution: a longer term granted afterwards would turn a late fix into an on-time one.
    "reclassified": (frozenset({"abierto", "asignado", "en_proceso", "en_espera"}), None),
    "notified": (frozenset({"resuelto"}), None),
    "closed": (frozenset({"resuelto"}), "cerrado"),
    "reopened": (frozenset({"resuelto", "cerrado"}), None),
    "edited": (frozenset({"abierto", "asignado", "en_proceso", "en_espera", "resuelto"}), None),
    "incident": (frozenset({"abierto", "asignado", "en_proceso", "en_espera"}), None),
}
# Manual status changes (the "status" action) a user may pick.
MANUAL_STATUSES: dict[str, frozenset[str]] = {
    "abierto": frozenset({"en_proceso", "en_espera"}),
    "asignado": frozenset({"en_proceso", "en_espera"}),
    "en_proceso": frozenset({"en_espera"}),
    "en_espera": frozenset({"en_proceso"}),
}
# Actions that count as the first answer to the customer (the 24-business-hour promise).
RESPONSE_ACTIONS = frozenset({"assigned", "status", "visit", "resolved", "notified"})
ACTION_PERMISSION = {
    "assigned": Action.REPORT_ASSIGN,
    "status": Action.REPORT_STATUS,
    "note": Action.REPORT_NOTE,
    "visit": Action.REPORT_VISIT,
    "resolved": Action.REPORT_RESOLVE,
    "reclassified": Action.REPORT_RECLASSIFY,
    "notified": Action.REPORT_NOTIFY,
    "closed": Action.REPORT_CLOSE,
    "reopened": Action.REPORT_REOPEN,
    "edited": Action.REPORT_OPEN,
    "incident": Action.INCIDENT_MANAGE,
}
# Technicians act only on the reports assigned to them.
TECH_OWN_ONLY = frozenset({"status", "note", "visit", "resolved", "reclassified"})


def _json(data: Mapping[str, Any] | None) -> str:
    if not data:
        return ""
    return json.dumps(data, ensure_ascii=False, default=str, sort_keys=True)


def _allocate_folio(office: Office, year: int) -> folio_mod.Folio:
    """Next number for (office, year) inside the caller's transaction; the row lock serialises writers."""
    query = (
        FolioCounter.insert(office=office.id, year=year, last=1)
        .on_conflict(
            conflict_target=[FolioCounter.office, FolioCounter.year],
            update={FolioCounter.last: FolioCounter.last + 1},
        )
        .returning(FolioCounter.last)
    )
    row = next(iter(query.execute()))
    seq = row.last if hasattr(row, "last") else row[0]
    return folio_mod.make_folio(office.folio_prefix, year, seq)


def _choice(value: str, allowed: Iterable[str], label: str, field: str) -> str:
    v = (value or "").strip().lower()
    allowed = tuple(allowed)
    if v not in allowed:
        raise ValidationError(f"{label} «{value}» no es válido; opciones: {', '.join(allowed)}.", field)
    return v


def open_report(
    actor: User,
    customer: Customer,
    kind: str,
    channel: str,
    description: str,
    *,
    location: str = "",
    contact_phone: str = "",
    visit_window: str = "",
    documents: Iterable[str] = (),
    priority: str = "normal",
    office: Office | None = None,
    opened_at: dt.datetime | None = None,
) -> Report:
    """Validate, allocate the folio, compute and store the deadlines, write the 'created' event."""
    require(actor, Action.REPORT_OPEN)
    kind = _choice(kind, KINDS, "Tipo de reporte", "kind")
    channel = _choice(channel, CHANNELS, "Canal", "channel")
    priority = _choice(priority, ("normal", "alta"), "Prioridad", "priority")
    description = clean_text(description, "Descripción", max_len=5000, required=True, multiline=True,
                             field="description")
    location = clean_text(location, "Ubicación de la falla", max_len=300, field="location")
    visit_window = clean_text(visit_window, "Horario preferido de visita", max_len=120, field="visit_window")
    contact = normalize_phone(contact_phone, field="contact_phone") if (contact_phone or "").strip() else ""
    docs = [clean_text(d, "Documento", max_len=200, field="documents") for d in documents]
    docs = [d for d in docs if d]
    if customer is None or getattr(customer, "id", None) is None:
        raise ValidationError("Elija un cliente.", "customer")
    if customer.status == "baja" and kind not in ("contratacion", "aclaracion", "queja", "arco", "consulta"):
        raise ValidationError("El cliente está dado de baja: sólo admite contratación, aclaración, queja, "
                              "consulta o derechos ARCO.", "customer")
    office = office or actor.office or customer.office or Office.select().order_by(Office.id).first()
    if office is None:
        raise DomainError("No hay oficina configurada.")
    opened = to_naive_utc(opened_at) if opened_at else now_utc()
    from ispdesk.core.deadlines import compute_deadlines

    cal = calendar_for(office)
    deadlines = compute_deadlines(cal, policies()[kind], opened, customer.billing_day)
    local_year = opened.replace(tzinfo=dt.UTC).astimezone(cal.tz).year
    with write_tx():
        f = _allocate_folio(office, local_year % 100)
        report = Report.create(
            folio=f.display, folio_key=f.key, office=office, customer=customer, kind=kind, channel=channel,
            description=description, location=location, contact_phone=contact, visit_window=visit_window,
            documents_json=json.dumps(docs, ensure_ascii=False), priority=priority, status="abierto",
            created_by=actor, opened_at=opened, response_due=to_naive_utc(deadlines.response_due),
            resolution_due=to_naive_utc(deadlines.resolution_due), updated_at=opened,
        )
        ReportEvent.create(
            report=report, at=opened, user=actor, action="created", to_status="abierto",
            text=f"{KIND_LABELS[kind]} por {CHANNEL_LABELS[channel].lower()}",
            data_json=_json({"folio": f.display, "response_due": report.response_due,
                             "resolution_due": report.resolution_due}),
        )
    return report


def _lock(report_id: int) -> Report:
    query = Report.select().where(Report.id == report_id)
    if not isinstance(db.obj, SqliteDatabase):
        query = query.for_update()
    row = query.first()
    if row is None:
        raise NotFound("El reporte ya no existe.")
    return row


def _apply(
    actor: User,
    report: Report,
    action: str,
    *,
    to_status: str | Callable[[Report], str | None] | None = None,
    changes: Mapping[str, Any] | None = None,
    text: str = "",
    data: Mapping[str, Any] | None = None,
    check: Any = None,
) -> Report:
    """The one function through which a report changes: permission, state machine, fields, event."""
    require(actor, ACTION_PERMISSION[action])
    with write_tx():
        current = _lock(report.id)
        if (action in TECH_OWN_ONLY and actor.role == Role.TECNICO and current.assignee_id != actor.id):
            raise PermissionDenied("Sólo puede modificar los reportes que tiene asignados.")
        allowed_from, default_to = TRANSITIONS[action]
        if current.status not in allowed_from:
            raise InvalidTransition(
                f"No se puede {_ACTION_VERBS[action]} un reporte en estado «{STATUS_LABELS[current.status]}».",
                "status",
            )
        if check is not None:
            check(current)
        target = to_status(current) if callable(to_status) else to_status
        new_status = target or default_to or current.status
        now = now_utc()
        fields = dict(changes or {})
        fields["status"] = new_status
        fields["updated_at"] = now
        if action in RESPONSE_ACTIONS and current.responded_at is None:
            fields["responded_at"] = now
        Report.update(**fields).where(Report.id == current.id).execute()
        ReportEvent.create(
            report=current.id, at=now, user=actor, action=action, from_status=current.status,
            to_status=new_status, text=text, data_json=_json(data),
        )
    fresh = Report.get_by_id(report.id)
    report.__data__.update(fresh.__data__)
    return fresh


_ACTION_VERBS = {
    "assigned": "asignar",
    "status": "cambiar el estado de",
    "note": "agregar una nota a",
    "visit": "programar una visita en",
    "resolved": "resolver",
    "reclassified": "reclasificar la causa de",
    "notified": "registrar el aviso al cliente de",
    "closed": "cerrar",
    "reopened": "reabrir",
    "edited": "corregir",
    "incident": "vincular a un incidente",
}


def assign(actor: User, report: Report, assignee: User, note: str = "") -> Report:
    if assignee is None or not assignee.active or assignee.role not in (Role.TECNICO, Role.GERENTE, Role.ADMIN):
        raise ValidationError("Asigne el reporte a un técnico activo.", "assignee")
    note = clean_text(note, "Nota", max_len=2000, multiline=True, field="note")
    prev = report.assignee.full_name if report.assignee_id else ""
    text = f"Asignado a {assignee.full_name}" + (f" (antes: {prev})" if prev else "")

    def check(current: Report) -> None:
        if current.assignee_id == assignee.id:
            raise ValidationError(f"El reporte ya está asignado a {assignee.full_name}.", "assignee")

    return _apply(actor, report, "assigned", check=check, changes={"assignee": assignee.id},
                  to_status=lambda current: "asignado" if current.status == "abierto" else None,
                  text=text + (f". {note}" if note else ""),
                  data={"assignee": assignee.username, "previous": prev})


def change_status(actor: User, report: Report, status: str, note: str = "") -> Report:
    status = _choice(status, STATUS_LABELS, "Estado", "status")
    note = clean_text(note, "Nota", max_len=2000, multiline=True, field="note")

    def check(current: Report) -> None:
        if status not in MANUAL_STATUSES.get(current.status, frozenset()):
            raise InvalidTransition(
                f"No se puede pasar de «{STATUS_LABELS[current.status]}» a «{STATUS_LABELS[status]}».",
                "status",
            )

    return _apply(actor, report, "status", to_status=status, check=check,
                  text=f"{STATUS_LABELS[status]}" + (f". {note}" if note else ""))


def add_note(actor: User, report: Report, text: str) -> Report:
    text = clean_text(text, "Nota", max_len=4000, required=True, multiline=True, field="note")
    return _apply(actor, report, "note", text=text)


def record_visit(actor: User, report: Report, when: dt.datetime, note: str = "") -> Report:
    """Schedule (or re-schedule) the technician's visit to the customer's address."""
    if when is None:
        raise ValidationError("Indique la fecha y hora de la visita.", "visit_at")
    note = clean_text(note, "Nota", max_len=2000, multiline=True, field="note")
    at = to_naive_utc(when)
    if at < report.opened_at - dt.timedelta(days=1):
        raise ValidationError("La visita no puede ser anterior al reporte.", "visit_at")
    return _apply(actor, report, "visit", changes={"visit_at": at},
                  to_status=lambda current: "en_proceso" if current.status in ("abierto", "asignado") else None,
                  text=f"Visita programada. {note}".strip(), data={"visit_at": at})


def _cause(category: str, code: str) -> tuple[str, str]:
    category = _choice(category, CAUSES, "Tipo de causa", "cause_category")
    if code not in CAUSES[category]:
        raise ValidationError(f"Causa «{code}» no corresponde a una causa {category}.", "cause_code")
    return category, code


def resolve(actor: User, report: Report, *, cause_category: str, cause_code: str, cause: str, action: str,
            upheld: bool) -> Report:
    """The technician (or customer service for non-technical requests) records cause, fix and procedencia."""
    category, code = _cause(cause_category, cause_code)
    cause = clean_text(cause, "Causa", max_len=2000, multiline=True, field="cause")
    action = clean_text(action, "Acción realizada", max_len=4000, required=True, multiline=True,
                        field="action_taken")
    if not isinstance(upheld, bool):
        raise ValidationError("Indique si el reporte fue procedente.", "upheld")
    now = now_utc()
    label = CAUSES[category][code]
    return _apply(
        actor, report, "resolved",
        changes={"cause_category": category, "cause_code": code, "cause": cause or label, "action_taken": action,
                 "upheld": upheld, "resolved_at": now, "resolved_by": actor.id},
        text=f"{label}. {action} ({'procedente' if upheld else 'no procedente'})",
        data={"cause_category": category, "cause_code": code, "upheld": upheld},
    )


def reclassify_external(actor: User, report: Report, cause_code: str, note: str = "") -> Report:
    """A fault whose cause is outside the ISP's control gets the longer term (7 natural days by default)."""
    _, code = _cause("externa", cause_code)
    note = clean_text(note, "Nota", max_len=2000, multiline=True, field="note")
    policy = policies()[report.kind]
    if policy.external_resolution is None:
        raise DomainError(f"Los reportes de tipo «{KIND_LABELS[report.kind]}» no tienen plazo ampliado "
                          "por causa externa.", "kind")
    from ispdesk.core.deadlines import external_resolution_due

    cal = calendar_for(report.office)
    new_due = max(report.resolution_due, to_naive_utc(external_resolution_due(cal, policy, report.opened_at)))
    return _apply(
        actor, report, "reclassified",
        changes={"cause_category": "externa", "cause_code": code, "resolution_due": new_due},
        text=f"{CAUSES['externa'][code]}. Nuevo plazo de solución. {note}".strip(),
        data={"cause_code": code, "previous_due": report.resolution_due, "resolution_due": new_due},
    )


def notify_customer(actor: User, report: Report, *, channel: str, text: str, when: dt.datetime | None = None,
                    confirmed: bool | None = None) -> Report:
    """Customer service tells the customer the cause and whether the report was upheld (procedente)."""
    channel = _choice(channel, CHANNELS, "Canal", "notified_channel")
    text = clean_text(text, "Lo que se informó", max_len=4000, required=True, multiline=True, field="notified_text")
    at = to_naive_utc(when) if when else now_utc()
    if at > now_utc() + dt.timedelta(minutes=5):
        raise ValidationError("La fecha del aviso no puede estar en el futuro.", "notified_at")
    return _apply(
        actor, report, "notified",
        changes={"notified_at": at, "notified_channel": channel, "notified_by": actor.id, "notified_text": text,
                 "customer_confirmed": confirmed},
        text=f"Por {CHANNEL_LABELS[channel].lower()}: {text}"
        + ("" if confirmed is None else (" — el cliente confirma la solución" if confirmed
                                         else " — el cliente NO confirma la solución")),
        data={"channel": channel, "at": at, "confirmed": confirmed},
    )


def close(actor: User, report: Report, note: str = "") -> Report:
    note = clean_text(note, "Nota", max_len=2000, multiline=True, field="note")

    def check(current: Report) -> None:
        if current.notified_at is None:
            raise InvalidTransition("Antes de cerrar, registre el aviso al cliente (causa y procedencia).",
                                    "notified_at")

    return _apply(actor, report, "closed", check=check, changes={"closed_at": now_utc()},
                  text=note or "Reporte cerrado")


def reopen(actor: User, report: Report, reason: str) -> Report:
    reason = clean_text(reason, "Motivo", max_len=2000, required=True, multiline=True, field="reason")
    return _apply(
        actor, report, "reopened", to_status=lambda current: "asignado" if current.assignee_id else "abierto",
        changes={"resolved_at": None, "resolved_by": None, "closed_at": None, "upheld": None,
                 "cause_category": "", "cause_code": "", "cause": "", "action_taken": "",
                 "notified_at": None, "notified_by": None, "notified_channel": "", "notified_text": "",
                 "customer_confirmed": None},
        text=reason,
    )


EDITABLE = {
    "description": ("Descripción", 5000, True, True),
    "location": ("Ubicación de la falla", 300, False, False),
    "visit_window": ("Horario preferido de visita", 120, False, False),
}


def edit_report(actor: User, report: Report, **data: str) -> Report:
    """Correct what was captured; the old values stay in the event."""
    changes: dict[str, Any] = {}
    for key, value in data.items():
        if key == "contact_phone":
            changes[key] = normalize_phone(value, field=key) if (value or "").strip() else ""
        elif key == "priority":
            changes[key] = _choice(value, ("normal", "alta"), "Prioridad", "priority")
        elif key in EDITABLE:
            label, max_len, required, multiline = EDITABLE[key]
            changes[key] = clean_text(value, label, max_len=max_len, required=required, multiline=multiline,
                                      field=key)
        else:
            raise ValidationError(f"El campo «{key}» no se puede corregir.", key)
    changes = {k: v for k, v in changes.items() if getattr(report, k) != v}
    if not changes:
        raise ValidationError("No hay cambios que guardar.")
    before = {k: getattr(report, k) for k in changes}
    labels = {k: v[0] for k, v in EDITABLE.items()} | {"contact_phone": "Teléfono de contacto",
                                                       "priority": "Prioridad"}
    text = "Se corrigió: " + ", ".join(labels[k].lower() for k in changes)
    return _apply(actor, report, "edited", changes=changes, text=text,
                  data={"before": before, "after": changes})


def link_incident(actor: User, report: Report, incident: Incident) -> Report:
    return _apply(actor, report, "incident", changes={"incident": incident.id},
                  text=f"Vinculado al incidente «{incident.title}»", data={"incident": incident.id})


# --- reading ------------------------------------------------------------------------------------

def get_by_folio(text: str) -> Report:
    """Look up a typed folio. A wrong check digit raises InvalidFolio; an unknown valid one NotFound."""
    f = folio_mod.parse(text)
    report = Report.get_or_none(Report.folio_key == f.key)
    if report is None:
        raise NotFound(f"No existe un reporte con el folio {f.display}.", "folio")
    return report


def timeline(report: Report) -> list[ReportEvent]:
    return list(
        ReportEvent.select(ReportEvent, User)
        .join(User)
        .where(ReportEvent.report == report)
        .order_by(ReportEvent.at, ReportEvent.id)
    )


def open_reports_of_kind(customer: Customer, kind: str) -> list[Report]:
    from ispdesk.core.vocab import OPEN_STATUSES

    return list(Report.select().where(Report.customer == customer, Report.kind == kind,
                                      Report.status.in_(OPEN_STATUSES)).order_by(Report.opened_at.desc()))


def documents(report: Report) -> list[str]:
    try:
        return list(json.loads(report.documents_json or "[]"))
    except ValueError:
        return []
