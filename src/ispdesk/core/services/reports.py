"""Reports: open with a folio and deadlines, then every change through `_apply`, which re-reads the acting user,
locks the row, checks the rule of the action (permission, statuses it may start from, technicians' own reports),
updates the row, writes the action's sub-records and exactly one append-only `ReportEvent`, in one transaction.

What happened to a report is never overwritten: visits, resolutions (one per cycle), notices, pauses and
attachments are rows of their own. The row keeps the current state and the terms; the first promised terms
stay in `first_*_due` whatever extends the current ones.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peewee import Case, fn

from ispdesk.core import folio as folio_mod
from ispdesk.core.chain import GENESIS, event_hash
from ispdesk.core.clock import now_utc, to_naive_utc
from ispdesk.core.db import chunked, db, is_sqlite, lock_rows, write_tx
from ispdesk.core.errors import Checks, DomainError, InvalidTransition, NotFound, PermissionDenied, ValidationError
from ispdesk.core.models import (
    Area,
    Attachment,
    Cause,
    Customer,
    FolioCounter,
    Incident,
    KindArea,
    Notice,
    Office,
    Pause,
    Report,
    ReportEvent,
    RequestKey,
    Resolution,
    User,
    Visit,
)
from ispdesk.core.paths import attachments_dir
from ispdesk.core.permissions import Action, Role, require
from ispdesk.core.phones import normalize_phone
from ispdesk.core.queries.common import report_by_folio, report_documents
from ispdesk.core.session import HasId, Session, ident
from ispdesk.core.text import as_text, clean_text
from ispdesk.core.vocab import (
    ACTIVE_STATUSES,
    AREA_TECNICA,
    CHANNEL_LABELS,
    CUSTOMER_WAIT_REASONS,
    ENDED_STATUSES,
    KIND_LABELS,
    STATUS_LABELS,
    UNFINISHED_STATUSES,
    WAIT_REASON_LABELS,
    CauseCategory,
    Channel,
    Kind,
    Priority,
    Status,
    VisitStatus,
    WaitReason,
)

from .office import calendar_for, get_setting, policies
from .users import actor_row

Actor = User | Session | HasId | int
ReportRef = Report | HasId | int

ALL_STATUSES = frozenset(Status)


@dataclass(frozen=True)
class Rule:
    """What an action needs: a permission, a current status it may start from, and where it leads."""

    permission: Action
    allowed_from: frozenset[Status]
    to: Status | None = None  # None: the status stays (or the action decides)
    own_only: bool = False  # a technician may do it only on the reports assigned to them
    answers: bool = False  # the first one of these is the first answer to the customer (24 business hours)
    verb: str = ""  # "No se puede <verb> un reporte en estado …"


_ACTIVE_NOT_WAITING = ACTIVE_STATUSES - {Status.EN_ESPERA}
RULES: dict[str, Rule] = {
    "assigned": Rule(Action.REPORT_ASSIGN, ACTIVE_STATUSES, answers=True, verb="asignar"),
    "area": Rule(Action.REPORT_ASSIGN, ACTIVE_STATUSES, verb="turnar a otra área"),
    "status": Rule(Action.REPORT_STATUS, frozenset({Status.ABIERTO, Status.ASIGNADO}), Status.EN_PROCESO,
                   own_only=True, answers=True, verb="iniciar la atención de"),
    "paused": Rule(Action.REPORT_STATUS, _ACTIVE_NOT_WAITING, Status.EN_ESPERA, own_only=True, answers=True,
                   verb="poner en espera"),
    "resumed": Rule(Action.REPORT_STATUS, frozenset({Status.EN_ESPERA}), Status.EN_PROCESO, own_only=True,
                    verb="reanudar"),
    "note": Rule(Action.REPORT_NOTE, ALL_STATUSES, own_only=True, verb="agregar una nota a"),
    "visit": Rule(Action.REPORT_VISIT, ACTIVE_STATUSES, own_only=True, answers=True,
                  verb="programar una visita en"),
    "onsite": Rule(Action.REPORT_VISIT, _ACTIVE_NOT_WAITING, Status.EN_PROCESO, own_only=True, answers=True,
                   verb="registrar la llegada al domicilio en"),
    "visit_done": Rule(Action.REPORT_VISIT, ACTIVE_STATUSES, own_only=True,
                       verb="registrar el resultado de la visita de"),
    "resolved": Rule(Action.REPORT_RESOLVE, ACTIVE_STATUSES, Status.RESUELTO, own_only=True, answers=True,
                     verb="resolver"),
    # Not after resolution: a longer term granted afterwards would turn a late fix into an on-time one.
    "reclassified": Rule(Action.REPORT_RECLASSIFY, ACTIVE_STATUSES, own_only=True, verb="reclasificar la causa de"),
    "notified": Rule(Action.REPORT_NOTIFY, UNFINISHED_STATUSES | {Status.IMPROCEDENTE}, answers=True,
                     verb="registrar el aviso al cliente de"),
    "closed": Rule(Action.REPORT_CLOSE, frozenset({Status.RESUELTO}), Status.CERRADO, verb="cerrar"),
    "dismissed": Rule(Action.REPORT_END, ACTIVE_STATUSES, Status.IMPROCEDENTE, answers=True,
                      verb="declarar improcedente"),
    "cancelled": Rule(Action.REPORT_END, UNFINISHED_STATUSES, Status.CANCELADO, verb="cancelar"),
    "reopened": Rule(Action.REPORT_REOPEN, ENDED_STATUSES | {Status.RESUELTO}, verb="reabrir"),
    "edited": Rule(Action.REPORT_OPEN, UNFINISHED_STATUSES, verb="corregir"),
    "incident": Rule(Action.INCIDENT_MANAGE, ACTIVE_STATUSES, verb="vincular a un incidente"),
    "attachment": Rule(Action.REPORT_ATTACH, ALL_STATUSES, own_only=True, verb="adjuntar archivos a"),
}
ACTIONS = tuple(RULES)

FOLIO_LOCK = 7714553  # PostgreSQL advisory lock (with the office id): one report opened at a time per office
REQUEST_KEY_LOCK = 7714554  # PostgreSQL advisory lock (with the key's hash): one filing per request key at a time
REQUEST_KEY_MAX = 100


def _request_key(value: object) -> str:
    """The caller's idempotency key as stored: composed (NFC) and trimmed, 1 to 100 characters, no control
    characters. Refused rather than cleaned: two keys that differ must never end up the same."""
    import unicodedata

    key = unicodedata.normalize("NFC", as_text(value)).strip()
    label = "Clave de la solicitud (--key)"
    if not key:
        raise ValidationError(f"{label}: no puede estar vacía.", "request_key")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") for ch in key):
        raise ValidationError(f"{label}: no puede tener caracteres de control ni saltos de línea.", "request_key")
    if len(key) > REQUEST_KEY_MAX:
        raise ValidationError(f"{label}: máximo {REQUEST_KEY_MAX} caracteres (tiene {len(key)}).", "request_key")
    return key
DEFAULT_REOPEN_DAYS = 30
REOPEN_DAYS_KEY = "reopen_days"
DEFAULT_VISIT_HOURS = 2


def _json(data: Mapping[str, Any] | None) -> str:
    if not data:
        return ""
    return json.dumps(data, ensure_ascii=False, default=str, sort_keys=True)


def _choice(value: object, allowed: Iterable[str], label: str, field: str) -> str:
    v = str(value or "").strip().lower()
    allowed = tuple(str(a) for a in allowed)
    if v not in allowed:
        raise ValidationError(f"{label} «{value}» no es válido; opciones: {', '.join(allowed)}.", field)
    return v


MIN_YEAR, MAX_YEAR = 2000, 2100  # dates a help desk can mean; beyond them a typo (or an overflow) is refused


def _moment(value: object, label: str, field: str) -> dt.datetime:
    """A date and time from a form or a script, as naive UTC (a naive one is taken as UTC): a `datetime` within
    `MIN_YEAR`…`MAX_YEAR`, else a message (never an OverflowError from a year-9999 pick)."""
    if not isinstance(value, dt.datetime):
        raise ValidationError(f"{label}: indique una fecha y hora.", field)
    try:
        at = to_naive_utc(value)
    except (OverflowError, ValueError):
        raise ValidationError(f"{label}: fecha fuera de rango.", field) from None
    if not MIN_YEAR <= at.year <= MAX_YEAR:
        raise ValidationError(f"{label}: fecha fuera de rango ({MIN_YEAR} a {MAX_YEAR}).", field)
    return at


def _note(note: str, label: str = "Nota", *, required: bool = False, field: str = "note") -> str:
    return clean_text(note, label, max_len=2000, required=required, multiline=True, field=field)


def _allocate_folio(office: Office, year: int) -> folio_mod.Folio:
    """Next number for (office, year) inside the caller's transaction; the row lock serialises writers."""
    # UPDATE, then INSERT when there is no row yet (never an upsert: the database refuses any INSERT over an
    # existing counter, which is how a REPLACE that would hand folios out again is stopped).
    update = (FolioCounter.update(last=FolioCounter.last + 1)
              .where(FolioCounter.office == office.id, FolioCounter.year == year)
              .returning(FolioCounter.last).tuples())
    seq = next((row[0] for row in update.execute()), None)
    if seq is None:  # the office's first folio of the year
        FolioCounter.insert(office=office.id, year=year, last=1).execute()
        seq = 1
    return folio_mod.make_folio(office.folio_prefix, year, seq)


def _office_for(actor: User, customer: Customer, office: Office | HasId | int | None) -> Office:
    """The office re-read from the database: its hours and time zone as they are now."""
    office_id = (ident(office) if office is not None else None) or actor.office_id or customer.office_id
    # What the calendar and the folio need (hours, closed days, time zone, prefix), as it is now.
    query = Office.select(Office.id, Office.folio_prefix, Office.timezone, Office.hours_json, Office.closed_days_json,
                          Office.updated_at)
    row = query.where(Office.id == office_id).first() if office_id else query.order_by(Office.id).first()
    if row is None:
        raise DomainError("No hay oficina configurada.")
    return row


def default_area(kind: str) -> str:
    row = KindArea.get_or_none(KindArea.kind == kind)
    return row.area_id if row is not None else AREA_TECNICA


def _area(code: str) -> str:
    area = Area.get_or_none(Area.code == as_text(code).strip().lower())
    if area is None or not area.active:
        raise ValidationError(f"Área «{code}» desconocida.", "area")
    return area.code


def preview_deadlines(kind: str, customer: Customer | HasId | int, *, office: Office | HasId | int | None = None,
                      at: dt.datetime | None = None) -> tuple[dt.datetime, dt.datetime]:
    """The (response, resolution) terms a report would get if opened now: what the wizard shows before filing.
    Naive UTC, like the stored ones."""
    from ispdesk.core.deadlines import compute_deadlines

    kind = _choice(kind, Kind, "Tipo de reporte", "kind")
    cust = Customer.get_by_id(ident(customer))
    office_id = ident(office) if office is not None else cust.office_id
    row = Office.get_or_none(Office.id == office_id) if office_id else Office.select().order_by(Office.id).first()
    if row is None:
        raise DomainError("No hay oficina configurada.")
    d = compute_deadlines(calendar_for(row), policies()[kind], at or now_utc(), cust.billing_day)
    return to_naive_utc(d.response_due), to_naive_utc(d.resolution_due)


def open_report(
    actor: Actor,
    customer: Customer | HasId | int,
    kind: str,
    channel: str,
    description: str,
    *,
    location: str = "",
    contact_phone: str = "",
    visit_window: str = "",
    documents: Iterable[str] = (),
    priority: str = "normal",
    office: Office | HasId | int | None = None,
    opened_at: dt.datetime | None = None,
    area: str | None = None,
    incident: Incident | HasId | int | None = None,
    request_key: str | None = None,
) -> Report:
    """Validate, allocate the folio, compute and store the deadlines, write the 'created' event. A fault called in
    from a zone with a known mass outage is filed already linked to its `incident`.

    `request_key` is the caller's idempotency key (a web form's submission id): a retry with a key already used
    returns the report filed the first time (its `already_filed` is then True) and writes nothing, so a form sent
    twice, or a script that retries after a timeout, never files two reports. The same key for another customer or
    another kind is refused."""
    check = Checks()
    key = check(_request_key, request_key) if request_key is not None else None
    kind = check(_choice, kind, Kind, "Tipo de reporte", "kind")
    channel = check(_choice, channel, Channel, "Canal", "channel")
    priority = check(_choice, priority, Priority, "Prioridad", "priority")
    description = check(clean_text, description, "Descripción", max_len=5000, required=True, multiline=True,
                        field="description")
    location = check(clean_text, location, "Ubicación de la falla", max_len=300, field="location")
    visit_window = check(clean_text, visit_window, "Horario preferido de visita", max_len=120, field="visit_window")
    contact = check(normalize_phone, contact_phone, field="contact_phone") if as_text(contact_phone).strip() else ""
    docs = [check(clean_text, d, "Documento", max_len=200, field="documents") for d in documents]
    if customer is None or (not isinstance(customer, int) and getattr(customer, "id", None) is None):
        check.add("Elija un cliente.", "customer")
    check.done()
    docs = [d for d in docs if d]
    cust = (Customer.select(Customer.id, Customer.status, Customer.office, Customer.billing_day, Customer.zone,
                            Customer.tower, Customer.anonymized_at).where(Customer.id == ident(customer)).first())
    if cust is None:
        raise ValidationError("El cliente ya no existe.", "customer")
    if cust.anonymized_at is not None:
        raise ValidationError("Los datos de este cliente fueron anonimizados: si vuelve, dé de alta un cliente "
                              "nuevo.", "customer")
    if cust.status == "baja" and kind not in ("contratacion", "aclaracion", "queja", "arco", "consulta"):
        raise ValidationError("El cliente está dado de baja: sólo admite contratación, aclaración, queja, "
                              "consulta o derechos ARCO.", "customer")
    from ispdesk.core.deadlines import compute_deadlines

    with write_tx():  # everything decided on rows read under the write lock: the user, the office, the lists
        user = actor_row(actor)
        require(user, Action.REPORT_OPEN)
        area_code = _area(area) if area else default_area(kind)
        incident_id = None
        if incident is not None:
            inc = Incident.get_or_none(Incident.id == ident(incident))
            if inc is None or inc.status != "abierto":
                raise ValidationError("El incidente ya no está activo.", "incident")
            from ispdesk.core.queries.incidents import covers

            if not covers(inc.zone, inc.tower, cust.zone, cust.tower):
                raise ValidationError(f"El cliente no está en la zona del incidente «{inc.title}».", "incident")
            incident_id = inc.id
        if key is not None:
            earlier = _filed_under(key, cust.id, kind)
            if earlier is not None:
                return earlier
        office_row = _office_for(user, cust, office)
        # The time too is taken under the lock of the office's folios: taken earlier, a report that waited for
        # another PC's would carry an earlier time yet a later folio. SQLite's BEGIN IMMEDIATE already holds
        # every writer back; PostgreSQL takes the office's folio lock here.
        if not is_sqlite():
            db.execute_sql("SELECT pg_advisory_xact_lock(%s, %s)", (FOLIO_LOCK, office_row.id))
        opened = to_naive_utc(opened_at) if opened_at else now_utc()
        cal = calendar_for(office_row)
        deadlines = compute_deadlines(cal, policies()[kind], opened, cust.billing_day)
        response_due, resolution_due = to_naive_utc(deadlines.response_due), to_naive_utc(deadlines.resolution_due)
        local_year = opened.replace(tzinfo=dt.UTC).astimezone(cal.tz).year
        f = _allocate_folio(office_row, local_year % 100)
        report = Report.create(
            folio=f.display, folio_key=f.key, office=office_row, customer=cust.id, kind=kind, channel=channel,
            description=description, location=location, contact_phone=contact, visit_window=visit_window,
            documents_json=json.dumps(docs, ensure_ascii=False), priority=priority, status=Status.ABIERTO,
            created_by=user, opened_at=opened, response_due=response_due, resolution_due=resolution_due,
            first_response_due=response_due, first_resolution_due=resolution_due, area=area_code, cycle=1,
            incident=incident_id, updated_at=opened,
        )
        head = _append_event(
            report.id, GENESIS, at=opened, user_id=user.id, action="created", to_status=Status.ABIERTO,
            text=f"{KIND_LABELS[kind]} por {CHANNEL_LABELS[channel].lower()}",
            data_json=_json({"folio": f.display, "response_due": response_due, "resolution_due": resolution_due,
                             "area": area_code, "incident": incident_id}),
        )
        Report.update(event_head=head).where(Report.id == report.id).execute()
        report.event_head = head
        if key is not None:
            RequestKey.create(key=key, report=report, created_at=opened)
    report.already_filed = False  # type: ignore[attr-defined]
    return report


def _filed_under(key: str, customer_id: int, kind: str) -> Report | None:
    """Inside the filing's write transaction: the report already filed under `key`, or None. On PostgreSQL the
    key's own lock is taken first (before the office's folio lock, always in that order), so a second filing with
    the same key waits for the first to commit and then finds it; SQLite's BEGIN IMMEDIATE already serialises."""
    if not is_sqlite():
        db.execute_sql("SELECT pg_advisory_xact_lock(%s, hashtext(%s))", (REQUEST_KEY_LOCK, key))
    row = RequestKey.get_or_none(RequestKey.key == key)
    if row is None:
        return None
    report = Report.get_by_id(row.report_id)
    if report.customer_id != customer_id or report.kind != kind:
        raise ValidationError(f"La clave «{key}» ya se usó para un reporte de otro cliente o de otro tipo: use una "
                              "clave nueva para esta solicitud.", "request_key")
    report.already_filed = True  # type: ignore[attr-defined]
    return report


def _event_row(report_id: int, prev_hash: str, *, at: dt.datetime, user_id: int, action: str,
               from_status: str = "", to_status: str = "", text: str = "", data_json: str = "") -> dict[str, Any]:
    """One event chained to `prev_hash` (the report's `event_head`, read under its lock); its "hash" is the report's
    new head, which the caller writes on the report row (the database checks both go together)."""
    h = event_hash(prev_hash, report_id, at, user_id, action, str(from_status), str(to_status), text, data_json)
    return {"report": report_id, "at": at, "user": user_id, "action": action, "from_status": from_status,
            "to_status": to_status, "text": text, "data_json": data_json, "prev_hash": prev_hash, "hash": h}


def _append_event(report_id: int, prev_hash: str, **fields: Any) -> str:
    """Write one event (`_event_row`); returns its hash, the report's new head."""
    row = _event_row(report_id, prev_hash, **fields)
    ReportEvent.insert(row).execute()
    return row["hash"]


def _lock(report_id: int) -> Report:
    row = lock_rows(Report.select().where(Report.id == report_id)).first()
    if row is None:
        raise NotFound("El reporte ya no existe.")
    return row


def check_rule(user: User, current: Report, action: str) -> None:
    """Raise when `user` may not do `action` on the report as it is now (the row read under the lock)."""
    rule = RULES[action]
    require(user, rule.permission)
    if rule.own_only and user.role == Role.TECNICO and current.assignee_id != user.id:
        raise PermissionDenied("Sólo puede modificar los reportes que tiene asignados.")
    if current.status not in rule.allowed_from:
        raise InvalidTransition(
            f"No se puede {rule.verb} un reporte en estado «{STATUS_LABELS[current.status]}».", "status")


Effects = Callable[[Report, User, dt.datetime], Mapping[str, Any] | None]


def _apply(
    actor: Actor,
    report: ReportRef,
    action: str,
    *,
    to_status: Status | Callable[[Report], Status | None] | None = None,
    changes: Mapping[str, Any] | None = None,
    text: str | Callable[[Report], str] = "",
    data: Mapping[str, Any] | Callable[[Report], Mapping[str, Any]] | None = None,
    check: Callable[[Report], None] | None = None,
    effects: Effects | None = None,
) -> Report:
    """The one function through which a report changes: user, rule, row, sub-records, event.

    `check(current)` refuses on the locked row; `effects(current, user, now)` writes the action's sub-records
    and returns more row changes; `text` and `data` may be computed from the locked row."""
    rule = RULES[action]
    with write_tx():
        user = actor_row(actor)
        current = _lock(ident(report))
        check_rule(user, current, action)
        if check is not None:
            check(current)
        target = to_status(current) if callable(to_status) else to_status
        new_status = target or rule.to or Status(current.status)
        now = now_utc()
        fields = dict(changes or {})
        if effects is not None:
            fields.update(effects(current, user, now) or {})
        fields["status"] = new_status
        fields["updated_at"] = now
        if rule.answers and current.responded_at is None:
            fields["responded_at"] = now
        fields["event_head"] = _append_event(
            current.id, current.event_head, at=now, user_id=user.id, action=action, from_status=current.status,
            to_status=new_status, text=text(current) if callable(text) else text,
            data_json=_json(data(current) if callable(data) else data),
        )
        Report.update(**fields).where(Report.id == current.id).execute()
    current.__data__.update(fields)  # the row as written, without reading it again
    if isinstance(report, Report):
        report.__data__.update(current.__data__)
    return current


ManyEffects = Callable[[list[Report], User, dt.datetime], None]


def apply_many(
    actor: Actor,
    report_ids: Iterable[int],
    action: str,
    *,
    text: Callable[[Report], str],
    data: Callable[[Report], Mapping[str, Any]] | None = None,
    changes: Mapping[str, Any] | None = None,
    effects: ManyEffects | None = None,
) -> list[int]:
    """`_apply` for many reports at once (a mass outage): the same rule checked on every locked row, then one
    UPDATE, the sub-records in bulk (`effects`) and one event per report, all in one transaction. One report that
    may not take the action refuses the whole batch: nothing is written."""
    rule = RULES[action]
    ids = sorted(set(report_ids))
    if not ids:
        return []
    with write_tx():
        user = actor_row(actor)
        rows = list(lock_rows(Report.select().where(Report.id.in_(ids)).order_by(Report.id)))
        if len(rows) != len(ids):
            raise NotFound("Uno de los reportes ya no existe.")
        for row in rows:
            check_rule(user, row, action)
        now = now_utc()
        if effects is not None:
            effects(rows, user, now)
        fields: dict[Any, Any] = dict(changes or {})
        fields["updated_at"] = now
        if rule.to is not None:
            fields["status"] = rule.to
        if rule.answers:
            fields["responded_at"] = fn.COALESCE(Report.responded_at, now)
        # events first: the database accepts a report's change only with its new event
        events = [_event_row(r.id, r.event_head, at=now, user_id=user.id, action=action, from_status=r.status,
                             to_status=rule.to or r.status, text=text(r),
                             data_json=_json(data(r) if data else None)) for r in rows]
        for chunk in chunked(events, 50):
            ReportEvent.insert_many(chunk).execute()
        heads = {ev["report"]: ev["hash"] for ev in events}
        for chunk in chunked(ids, 200):
            head = Case(Report.id, [(rid, heads[rid]) for rid in chunk])
            Report.update(**fields, event_head=head).where(Report.id.in_(chunk)).execute()
    return ids


# --- assignment and routing ---------------------------------------------------------------------------------

TECH_ROLES = (Role.TECNICO, Role.JEFE_TECNICO, Role.GERENTE, Role.ADMIN)


def _assignee(assignee: User | HasId | int | None, area: str) -> User:
    user = User.get_or_none(User.id == ident(assignee)) if assignee is not None else None
    if user is None or not user.active or not user.password_hash:
        raise ValidationError("Asigne el reporte a una persona activa.", "assignee")
    if area == AREA_TECNICA and user.role not in TECH_ROLES:
        raise ValidationError("Un reporte técnico se asigna a un técnico.", "assignee")
    return user


def assign(actor: Actor, report: ReportRef, assignee: User | HasId | int | None, note: str = "") -> Report:
    """First assignment or reassignment; suggested by zone on the board (`queries.suggest_assignees`)."""
    note = _note(note)
    row = Report.get_or_none(Report.id == ident(report))
    if row is None:
        raise NotFound("El reporte ya no existe.")
    person = _assignee(assignee, row.area_id or AREA_TECNICA)

    def check(current: Report) -> None:
        if current.assignee_id == person.id:
            raise ValidationError(f"El reporte ya está asignado a {person.full_name}.", "assignee")

    def text(current: Report) -> str:
        prev = User.get_by_id(current.assignee_id).full_name if current.assignee_id else ""
        return f"Asignado a {person.full_name}" + (f" (antes: {prev})" if prev else "") + (f". {note}" if note else "")

    def data(current: Report) -> dict[str, Any]:
        prev = User.get_by_id(current.assignee_id).username if current.assignee_id else ""
        return {"assignee": person.username, "previous": prev}

    return _apply(actor, report, "assigned", check=check, changes={"assignee": person.id},
                  to_status=lambda current: Status.ASIGNADO if current.status == Status.ABIERTO else None,
                  text=text, data=data)


def unassign(actor: Actor, report: ReportRef, note: str = "") -> Report:
    """Back to the unassigned pile (a technician off sick): the board's drag to "Sin asignar"."""
    note = _note(note)

    def check(current: Report) -> None:
        if current.assignee_id is None:
            raise ValidationError("El reporte no está asignado.", "assignee")

    return _apply(actor, report, "assigned", check=check, changes={"assignee": None},
                  to_status=lambda c: Status.ABIERTO if c.status == Status.ASIGNADO else None,
                  text="Sin asignar" + (f". {note}" if note else ""), data={"assignee": "", "previous": ""})


def set_area(actor: Actor, report: ReportRef, area: str, note: str = "") -> Report:
    """Turn the report over to another area: it leaves the current assignee and waits in that area's inbox."""
    code = _area(area)
    note = _note(note)
    name = Area.get_by_id(code).name

    def check(current: Report) -> None:
        if current.area_id == code:
            raise ValidationError(f"El reporte ya está en el área «{name}».", "area")

    return _apply(actor, report, "area", check=check, changes={"area": code, "assignee": None},
                  to_status=lambda c: Status.ABIERTO if c.status in (Status.ASIGNADO, Status.ABIERTO) else None,
                  text=f"Turnado a {name}" + (f". {note}" if note else ""),
                  data=lambda c: {"area": code, "previous": c.area_id})


# --- work ---------------------------------------------------------------------------------------------------

def start(actor: Actor, report: ReportRef, note: str = "") -> Report:
    """The technician (or the area) starts working on it: "En atención"."""
    note = _note(note)
    return _apply(actor, report, "status", text="En atención" + (f". {note}" if note else ""))


def pause(actor: Actor, report: ReportRef, reason: str, note: str = "") -> Report:
    """En espera. The resolution clock stops only when the delay is the customer's (see `resume`)."""
    reason = _choice(reason, WaitReason, "Motivo de la espera", "reason")
    note = _note(note, required=reason == WaitReason.OTRO)
    customer = reason in CUSTOMER_WAIT_REASONS

    def effects(current: Report, user: User, now: dt.datetime) -> None:
        Pause.create(report=current.id, reason=reason, customer_caused=customer, note=note, started_at=now,
                     started_by=user)

    label = WAIT_REASON_LABELS[reason]
    clock = "el plazo se detiene" if customer else "el plazo sigue corriendo"
    return _apply(actor, report, "paused", effects=effects, text=f"{label} ({clock})" + (f". {note}" if note else ""),
                  data={"reason": reason, "customer_caused": customer})


def _paused_extension(current: Report, pause_row: Pause, now: dt.datetime) -> dt.datetime:
    """The resolution term moved by the time the customer kept us waiting, counted in the policy's own unit
    (business time for business-hour terms, wall-clock time otherwise)."""
    from ispdesk.core.deadlines import Unit

    policy = policies()[current.kind]
    if policy.resolution.unit in (Unit.BUSINESS_HOURS, Unit.BUSINESS_DAYS, Unit.LEGAL_BUSINESS_DAYS):
        cal = calendar_for(Office.get_by_id(current.office_id))
        if policy.resolution.unit is Unit.LEGAL_BUSINESS_DAYS:  # the law's days, not the office's
            cal = cal.legal_calendar()
        start = pause_row.started_at.replace(tzinfo=dt.UTC)
        hours = cal.business_hours_between(start, now.replace(tzinfo=dt.UTC))
        due = current.resolution_due.replace(tzinfo=dt.UTC)
        return to_naive_utc(cal.add_business_hours(due, hours)) if hours > 0 else current.resolution_due
    return current.resolution_due + (now - pause_row.started_at)


def _open_pause(report_id: int) -> Pause | None:
    return (Pause.select().where(Pause.report == report_id, Pause.ended_at.is_null())
            .order_by(Pause.started_at.desc()).first())


def _end_pause(current: Report, now: dt.datetime) -> dict[str, Any]:
    """Close the open pause; the row changes (a later term when the customer caused it)."""
    row = _open_pause(current.id)
    if row is None:
        return {}
    Pause.update(ended_at=now).where(Pause.id == row.id).execute()
    if row.customer_caused:
        return {"resolution_due": _paused_extension(current, row, now)}
    return {}


def resume(actor: Actor, report: ReportRef, note: str = "") -> Report:
    note = _note(note)
    info: dict[str, Any] = {}

    def effects(current: Report, user: User, now: dt.datetime) -> Mapping[str, Any]:
        row = _open_pause(current.id)
        changes = _end_pause(current, now)
        info.update(previous_due=current.resolution_due, resolution_due=changes.get("resolution_due"),
                    paused_minutes=int((now - row.started_at).total_seconds() // 60) if row else 0,
                    customer_caused=bool(row and row.customer_caused))
        return changes

    def text(current: Report) -> str:
        moved = " Nuevo compromiso de solución por la espera del cliente." if info.get("resolution_due") else ""
        return ("Se reanuda la atención." + moved + (f" {note}" if note else "")).strip()

    return _apply(actor, report, "resumed", effects=effects, text=text, data=lambda c: info)


def change_status(actor: Actor, report: ReportRef, status: str, note: str = "") -> Report:
    """The manual changes a user may pick: start or resume ("en_proceso"), or wait ("en_espera", reason
    "otro" with the note as the reason; the dialogs use `pause` with a reason from the list)."""
    status = _choice(status, Status, "Estado", "status")
    current = Report.get_or_none(Report.id == ident(report))
    if current is None:
        raise NotFound("El reporte ya no existe.")
    if status == Status.EN_PROCESO and current.status == Status.EN_ESPERA:
        return resume(actor, report, note)
    if status == Status.EN_PROCESO:
        return start(actor, report, note)
    if status == Status.EN_ESPERA:
        return pause(actor, report, WaitReason.OTRO, note or "En espera")
    raise InvalidTransition(f"No se puede pasar de «{STATUS_LABELS[current.status]}» a «{STATUS_LABELS[status]}».",
                            "status")


def add_note(actor: Actor, report: ReportRef, text: str) -> Report:
    text = clean_text(text, "Nota", max_len=4000, required=True, multiline=True, field="note")
    return _apply(actor, report, "note", text=text)


# --- visits -------------------------------------------------------------------------------------------------

def _technician(tech: User | HasId | int | None) -> User:
    user = User.get_or_none(User.id == ident(tech)) if tech is not None else None
    if user is None or not user.active or user.role not in TECH_ROLES:
        raise ValidationError("Elija un técnico activo para la visita.", "technician")
    return user


def schedule_visit(actor: Actor, report: ReportRef, starts_at: dt.datetime, ends_at: dt.datetime | None = None,
                   technician: User | HasId | int | None = None, note: str = "") -> Report:
    """Schedule (or reschedule: the earlier visit is cancelled, not overwritten) a visit to the home. A report
    without a technician is assigned to the visit's. Conflicts are a warning (`queries.visit_conflicts`)."""
    if starts_at is None:
        raise ValidationError("Indique la fecha y hora de la visita.", "visit_at")
    note = _note(note)
    start_at = _moment(starts_at, "Fecha de la visita", "visit_at")
    end_at = (_moment(ends_at, "Hora final de la visita", "visit_end") if ends_at is not None
              else start_at + dt.timedelta(hours=DEFAULT_VISIT_HOURS))
    if end_at <= start_at:
        raise ValidationError("La hora final de la visita debe ser posterior a la inicial.", "visit_end")
    row = Report.get_or_none(Report.id == ident(report))
    if row is None:
        raise NotFound("El reporte ya no existe.")
    if start_at < row.opened_at - dt.timedelta(days=1):
        raise ValidationError("La visita no puede ser anterior al reporte.", "visit_at")
    tech = _technician(technician if technician is not None else row.assignee_id)
    rescheduled: list[int] = []

    def effects(current: Report, user: User, now: dt.datetime) -> Mapping[str, Any]:
        pending = Visit.select(Visit.id).where(Visit.report == current.id,
                                               Visit.status.in_([VisitStatus.PROGRAMADA]))
        rescheduled.extend(v.id for v in pending)
        if rescheduled:
            Visit.update(status=VisitStatus.CANCELADA, outcome="Reprogramada").where(
                Visit.id.in_(rescheduled)).execute()
        Visit.create(report=current.id, technician=tech, starts_at=start_at, ends_at=end_at, created_by=user,
                     created_at=now)
        if current.assignee_id is None:
            return {"assignee": tech.id}
        return None

    def to_status(current: Report) -> Status | None:
        return Status.EN_PROCESO if current.status in (Status.ABIERTO, Status.ASIGNADO) else None

    what = "Visita reprogramada" if row.status in ACTIVE_STATUSES and Visit.select().where(
        Visit.report == row.id, Visit.status == VisitStatus.PROGRAMADA).exists() else "Visita programada"
    return _apply(actor, report, "visit", effects=effects, to_status=to_status,
                  text=f"{what} con {tech.full_name}" + (f". {note}" if note else ""),
                  data={"visit_at": start_at, "visit_end": end_at, "technician": tech.username})


def record_visit(actor: Actor, report: ReportRef, when: dt.datetime, note: str = "") -> Report:
    """Schedule a visit at `when` for the assigned technician (the two-hour window by default)."""
    return schedule_visit(actor, report, when, note=note)


def arrive(actor: Actor, report: ReportRef, note: str = "") -> Report:
    """"En sitio": the technician is at the home. Marks the scheduled visit (or an unscheduled one, now)."""
    note = _note(note)

    def effects(current: Report, user: User, now: dt.datetime) -> None:
        visit = (Visit.select().where(Visit.report == current.id, Visit.status == VisitStatus.PROGRAMADA)
                 .order_by(Visit.starts_at).first())
        if visit is not None:
            Visit.update(status=VisitStatus.EN_SITIO, arrived_at=now).where(Visit.id == visit.id).execute()
        else:
            tech = user.id if user.role in TECH_ROLES else current.assignee_id
            Visit.create(report=current.id, technician=tech, starts_at=now,
                         ends_at=now + dt.timedelta(hours=1), status=VisitStatus.EN_SITIO, created_by=user,
                         created_at=now, arrived_at=now)

    return _apply(actor, report, "onsite", effects=effects,
                  text="El técnico llegó al domicilio" + (f". {note}" if note else ""))


def visit_result(actor: Actor, report: ReportRef, outcome: str, note: str = "") -> Report:
    """How the visit went: done, or failed (nobody home, no access); a failed one can then be put on hold."""
    outcome = _choice(outcome, (VisitStatus.REALIZADA, VisitStatus.FALLIDA), "Resultado de la visita", "outcome")
    note = _note(note, "Resultado", required=outcome == VisitStatus.FALLIDA, field="outcome_note")

    def check(current: Report) -> None:
        if _current_visit(current.id) is None:
            raise ValidationError("El reporte no tiene una visita programada.", "outcome")

    def effects(current: Report, user: User, now: dt.datetime) -> None:
        visit = _current_visit(current.id)
        Visit.update(status=outcome, outcome=note, done_at=now).where(Visit.id == visit.id).execute()

    label = "Visita realizada" if outcome == VisitStatus.REALIZADA else "No se pudo atender en la visita"
    return _apply(actor, report, "visit_done", check=check, effects=effects,
                  text=label + (f": {note}" if note else ""), data={"outcome": outcome})


def _settle_visits(report_id: int, now: dt.datetime, done: bool | None, why: str) -> bool:
    """The report is leaving the work: the visit in course is done (or, when `done` is false, the pending ones are
    cancelled with `why`). Returns whether a visit was done."""
    visit = _current_visit(report_id)
    if visit is None:
        return False
    if done or (done is None and visit.status == VisitStatus.EN_SITIO):
        Visit.update(status=VisitStatus.REALIZADA, done_at=now).where(Visit.id == visit.id).execute()
        return True
    Visit.update(status=VisitStatus.CANCELADA, outcome=why).where(
        Visit.report == report_id, Visit.status.in_([VisitStatus.PROGRAMADA, VisitStatus.EN_SITIO])).execute()
    return False


def _stop_work(current: Report, now: dt.datetime, visit_done: bool | None, why: str) -> bool:
    """The report is resolved or ends: a pause in course ends (without moving the term: it no longer matters) and
    the visits are settled (`_settle_visits`). Returns whether a visit was done."""
    if current.status == Status.EN_ESPERA:
        _end_pause(current, now)
    return _settle_visits(current.id, now, visit_done, why)


def _current_visit(report_id: int) -> Visit | None:
    """The visit in course (en sitio) or the next scheduled one."""
    return (Visit.select().where(Visit.report == report_id,
                                 Visit.status.in_([VisitStatus.EN_SITIO, VisitStatus.PROGRAMADA]))
            .order_by(Visit.status == VisitStatus.PROGRAMADA, Visit.starts_at).first())


# --- resolution ---------------------------------------------------------------------------------------------

def cause_row(code: str, category: str | None = None) -> Cause:
    """A cause from the editable list; `category`, when given, must be the cause's."""
    cause = Cause.get_or_none(Cause.code == as_text(code).strip())
    if cause is None or not cause.active:
        raise ValidationError(f"Causa «{code}» desconocida.", "cause_code")
    if category is not None:
        category = _choice(category, CauseCategory, "Tipo de causa", "cause_category")
        if cause.category != category:
            raise ValidationError(f"Causa «{cause.label}» no corresponde a una causa {category}.", "cause_code")
    return cause


def resolve(actor: Actor, report: ReportRef, *, cause_code: str, action: str, upheld: bool,
            cause_category: str | None = None, cause: str = "", equipment: str = "", visit_done: bool | None = None,
            upheld_reason: str = "", incident: Incident | HasId | int | None = None) -> Report:
    """The technician (or the area) records cause, what was done and whether the report was upheld (procedente).
    The report then goes back to customer service to tell the customer."""
    check = Checks()
    cause_obj = check(cause_row, cause_code, cause_category)
    detail = check(clean_text, cause, "Detalle de la causa", max_len=2000, multiline=True, field="cause")
    action = check(clean_text, action, "Acción realizada", max_len=4000, required=True, multiline=True,
                   field="action_taken")
    equipment = check(clean_text, equipment, "Equipo reemplazado", max_len=500, field="equipment")
    if not isinstance(upheld, bool):
        check.add("Indique si el reporte fue procedente.", "upheld")
    else:
        upheld_reason = check(clean_text, upheld_reason, "Motivo de la improcedencia", max_len=2000,
                              multiline=True, required=not upheld, field="upheld_reason")
    if visit_done is not None and not isinstance(visit_done, bool):
        check.add("Indique si hubo visita.", "visit_done")
    check.done()
    incident_id = ident(incident) if incident is not None else None

    def effects(current: Report, user: User, now: dt.datetime) -> Mapping[str, Any]:
        visited = _stop_work(current, now, visit_done, "No fue necesaria: se resolvió antes")
        done = visit_done if visit_done is not None else (True if visited else None)
        Resolution.create(report=current.id, cycle=current.cycle, cause_code=cause_obj.code,
                          cause_category=cause_obj.category, cause_text=detail, action_taken=action,
                          equipment=equipment, visit_done=done, upheld=upheld, upheld_reason=upheld_reason,
                          resolved_at=now, resolved_by=user, incident=incident_id)
        return {}

    verdict = "procedente" if upheld else f"no procedente: {upheld_reason}"
    return _apply(
        actor, report, "resolved", effects=effects,
        text=f"{cause_obj.label}. {action} ({verdict})",
        data={"cause_category": cause_obj.category, "cause_code": cause_obj.code, "upheld": upheld,
              "equipment": equipment},
    )


def reclassify_external(actor: Actor, report: ReportRef, cause_code: str, note: str = "") -> Report:
    """A fault whose cause is outside the ISP's control gets the longer term (7 natural days by default). The
    extension is its own event; the first promise stays in `first_resolution_due`."""
    cause_obj = cause_row(cause_code, CauseCategory.EXTERNA)
    note = _note(note)
    row = Report.get_or_none(Report.id == ident(report))
    if row is None:
        raise NotFound("El reporte ya no existe.")
    policy = policies()[row.kind]
    if policy.external_resolution is None:
        raise DomainError(f"Los reportes de tipo «{KIND_LABELS[row.kind]}» no tienen plazo ampliado "
                          "por causa externa.", "kind")
    from ispdesk.core.deadlines import external_resolution_due

    cal = calendar_for(Office.get_by_id(row.office_id))
    extended = to_naive_utc(external_resolution_due(cal, policy, row.opened_at))

    def effects(current: Report, user: User, now: dt.datetime) -> Mapping[str, Any]:
        return {"resolution_due": max(current.resolution_due, extended)}

    return _apply(
        actor, report, "reclassified", effects=effects,
        text=f"{cause_obj.label}. Nuevo plazo de solución. {note}".strip(),
        data=lambda c: {"cause_code": cause_obj.code, "previous_due": c.resolution_due,
                        "resolution_due": max(c.resolution_due, extended)},
    )


# --- the customer -------------------------------------------------------------------------------------------

def notify_customer(actor: Actor, report: ReportRef, *, channel: str, text: str, when: dt.datetime | None = None,
                    confirmed: bool | None = None) -> Report:
    """Customer service tells the customer the cause and whether the report was upheld (procedente); every
    contact is a `Notice` of its own."""
    check = Checks()
    channel = check(_choice, channel, Channel, "Canal", "notified_channel")
    text = check(clean_text, text, "Lo que se informó", max_len=4000, required=True, multiline=True,
                 field="notified_text")
    at = check(_moment, when, "Fecha del aviso", "notified_at") if when is not None else now_utc()
    if at is not None and at > now_utc() + dt.timedelta(minutes=5):
        check.add("La fecha del aviso no puede estar en el futuro.", "notified_at")
    if confirmed is not None and not isinstance(confirmed, bool):
        check.add("Indique si el cliente confirma la solución.", "customer_confirmed")
    check.done()

    def effects(current: Report, user: User, now: dt.datetime) -> None:
        Notice.create(report=current.id, cycle=current.cycle, channel=channel, text=text, at=at, user=user,
                      confirmed=confirmed, created_at=now)

    suffix = "" if confirmed is None else (" — el cliente confirma la solución" if confirmed
                                           else " — el cliente NO confirma la solución")
    return _apply(actor, report, "notified", effects=effects,
                  text=f"Por {CHANNEL_LABELS[channel].lower()}: {text}{suffix}",
                  data={"channel": channel, "at": at, "confirmed": confirmed})


def notified_since_resolution(report_id: int, cycle: int) -> bool:
    """Whether customer service told the customer after this cycle's resolution (closing needs it)."""
    resolution = Resolution.get_or_none(Resolution.report == report_id, Resolution.cycle == cycle)
    if resolution is None:
        return False
    return Notice.select().where(Notice.report == report_id, Notice.cycle == cycle,
                                 Notice.created_at >= resolution.resolved_at).exists()


def close(actor: Actor, report: ReportRef, note: str = "") -> Report:
    note = _note(note)

    def check(current: Report) -> None:
        if not notified_since_resolution(current.id, current.cycle):
            raise InvalidTransition("Antes de cerrar, registre el aviso al cliente (causa y procedencia).",
                                    "notified_at")

    return _apply(actor, report, "closed", check=check, changes={"closed_at": now_utc()},
                  text=note or "Reporte cerrado")


def notify_and_close(actor: Actor, report: ReportRef, *, channel: str, text: str, confirmed: bool | None,
                     note: str = "") -> Report:
    """The last step in one go (the command line's `report close`): the notice and the close, or neither."""
    with write_tx():
        notify_customer(actor, report, channel=channel, text=text, confirmed=confirmed)
        return close(actor, report, note)


def dismiss(actor: Actor, report: ReportRef, reason: str) -> Report:
    """Improcedente: the report is not upheld and ends here, with its reason (it still gets a notice)."""
    reason = _note(reason, "Motivo", required=True, field="reason")

    def effects(current: Report, user: User, now: dt.datetime) -> Mapping[str, Any]:
        _stop_work(current, now, False, "Reporte improcedente")
        Resolution.create(report=current.id, cycle=current.cycle, upheld=False, upheld_reason=reason,
                          resolved_at=now, resolved_by=user)
        return {"closed_at": now, "end_reason": reason}

    return _apply(actor, report, "dismissed", effects=effects, text=f"Improcedente: {reason}")


def cancel(actor: Actor, report: ReportRef, reason: str) -> Report:
    """The customer withdrew the report."""
    reason = _note(reason, "Motivo", required=True, field="reason")

    def effects(current: Report, user: User, now: dt.datetime) -> Mapping[str, Any]:
        _stop_work(current, now, False, "Reporte cancelado")
        return {"closed_at": now, "end_reason": reason}

    return _apply(actor, report, "cancelled", effects=effects, text=f"Cancelado por el cliente: {reason}")


def reopen_days() -> int:
    """How long after it ended a report may be reopened (a setting; 30 days by default)."""
    value = get_setting(REOPEN_DAYS_KEY, DEFAULT_REOPEN_DAYS)
    return value if isinstance(value, int) and value >= 0 else DEFAULT_REOPEN_DAYS


def reopen(actor: Actor, report: ReportRef, reason: str) -> Report:
    """A new cycle: the earlier resolution and notices stay; the terms run again from now (the first promise
    stays in `first_*_due`)."""
    reason = _note(reason, "Motivo", required=True, field="reason")
    days = reopen_days()

    def check(current: Report) -> None:
        if current.status in ENDED_STATUSES and current.closed_at is not None \
                and current.closed_at < now_utc() - dt.timedelta(days=days):
            raise InvalidTransition(f"Sólo se puede reabrir un reporte dentro de los {days} días siguientes a su "
                                    "cierre; levante un reporte nuevo.", "status")

    def effects(current: Report, user: User, now: dt.datetime) -> Mapping[str, Any]:
        from ispdesk.core.deadlines import compute_deadlines

        cal = calendar_for(Office.get_by_id(current.office_id))
        billing = Customer.get_by_id(current.customer_id).billing_day
        d = compute_deadlines(cal, policies()[current.kind], now, billing)
        return {"cycle": current.cycle + 1, "closed_at": None, "end_reason": "",
                "response_due": to_naive_utc(d.response_due), "resolution_due": to_naive_utc(d.resolution_due)}

    return _apply(actor, report, "reopened", check=check, effects=effects,
                  to_status=lambda current: Status.ASIGNADO if current.assignee_id else Status.ABIERTO,
                  text=reason, data=lambda c: {"cycle": c.cycle + 1, "previous_due": c.resolution_due})


EDITABLE = {
    "description": ("Descripción", 5000, True, True),
    "location": ("Ubicación de la falla", 300, False, False),
    "visit_window": ("Horario preferido de visita", 120, False, False),
}


def edit_report(actor: Actor, report: ReportRef, **data: str) -> Report:
    """Correct what was captured; the old values stay in the event."""
    changes: dict[str, Any] = {}
    for key, value in data.items():
        if key == "contact_phone":
            changes[key] = normalize_phone(value, field=key) if as_text(value).strip() else ""
        elif key == "priority":
            changes[key] = _choice(value, Priority, "Prioridad", "priority")
        elif key in EDITABLE:
            label, max_len, required, multiline = EDITABLE[key]
            changes[key] = clean_text(value, label, max_len=max_len, required=required, multiline=multiline,
                                      field=key)
        else:
            raise ValidationError(f"El campo «{key}» no se puede corregir.", key)
    row = Report.get_or_none(Report.id == ident(report))
    if row is None:
        raise NotFound("El reporte ya no existe.")
    changes = {k: v for k, v in changes.items() if getattr(row, k) != v}
    if not changes:
        raise ValidationError("No hay cambios que guardar.")
    labels = {k: v[0] for k, v in EDITABLE.items()} | {"contact_phone": "Teléfono de contacto",
                                                       "priority": "Prioridad"}
    text = "Se corrigió: " + ", ".join(labels[k].lower() for k in changes)
    return _apply(actor, report, "edited", changes=changes, text=text,
                  data=lambda c: {"before": {k: getattr(c, k) for k in changes}, "after": changes})


def link_incident(actor: Actor, report: ReportRef, incident: Incident | HasId | int) -> Report:
    inc = Incident.get_or_none(Incident.id == ident(incident))
    if inc is None:
        raise NotFound("El incidente ya no existe.", "incident")
    return _apply(actor, report, "incident", changes={"incident": inc.id},
                  text=f"Vinculado al incidente «{inc.title}»", data={"incident": inc.id})


# --- attachments --------------------------------------------------------------------------------------------

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024


def add_attachment(actor: Actor, report: ReportRef, source: str | os.PathLike[str], note: str = "") -> Report:
    """Copy a photo or document into the attachments folder (`adjuntos/<folio>/`) and list it on the report. The copy is
    made first and removed again if the database refuses, so neither side is left half done."""
    if not isinstance(source, str | os.PathLike) or not str(source).strip():
        raise ValidationError("Elija el archivo que se adjunta.", "attachment")
    src = Path(source)
    note = _note(note)
    try:
        size = src.stat().st_size
    except (OSError, ValueError):  # ValueError: a NUL inside the path
        raise ValidationError(f"No se encontró el archivo {src.name}.", "attachment") from None
    if not src.is_file():
        raise ValidationError(f"{src.name} no es un archivo.", "attachment")
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(f"El archivo {src.name} pesa {size / 1048576:.0f} MB; el máximo es "
                              f"{MAX_ATTACHMENT_BYTES // 1048576} MB.", "attachment")
    row = Report.get_or_none(Report.id == ident(report))
    if row is None:
        raise NotFound("El reporte ya no existe.")
    user = actor_row(actor)
    check_rule(user, row, "attachment")  # refuse before copying anything
    folder = attachments_dir() / row.folio_key
    safe = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in src.name)[-120:] or "archivo"
    digest = hashlib.sha256()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{now_utc():%Y%m%d-%H%M%S}-{secrets.token_hex(3)}-{safe}"
        with src.open("rb") as fin, target.open("xb") as fout:
            for chunk in iter(lambda: fin.read(1 << 20), b""):
                digest.update(chunk)
                fout.write(chunk)
    except OSError as exc:
        raise DomainError(f"No se pudo copiar {src.name} a la carpeta de datos ({exc.strerror or exc}).",
                          "attachment") from None
    stored = target.relative_to(attachments_dir()).as_posix()

    def effects(current: Report, user: User, now: dt.datetime) -> None:
        Attachment.create(report=current.id, filename=src.name[:255], stored=stored, size=size,
                          sha256=digest.hexdigest(), note=note, added_by=user, added_at=now)

    try:
        return _apply(actor, report, "attachment", effects=effects,
                      text=src.name + (f": {note}" if note else ""), data={"file": src.name, "size": size})
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def attachment_path(attachment: HasId | int) -> Path:
    """Where an attachment's copy is, to open it with the system viewer."""
    row = Attachment.get_or_none(Attachment.id == ident(attachment))
    if row is None:
        raise NotFound("El archivo adjunto ya no existe.")
    path = attachments_dir() / row.stored
    if not path.is_file():
        raise NotFound(f"No se encuentra la copia de {row.filename} ({path}).")
    return path


# --- reading (the screens read through `ispdesk.core.queries`) ------------------------------------------------

get_by_folio = report_by_folio  # the services' callers (command line, tests) look a folio up here too
documents = report_documents

def timeline(report: ReportRef) -> list[ReportEvent]:
    return list(
        ReportEvent.select(ReportEvent, User)
        .join(User)
        .where(ReportEvent.report == ident(report))
        .order_by(ReportEvent.at, ReportEvent.id)
    )


def open_reports_of_kind(customer: Customer | HasId | int, kind: str) -> list[Report]:
    return list(Report.select().where(Report.customer == ident(customer), Report.kind == kind,
                                      Report.status.in_(list(UNFINISHED_STATUSES)))
                .order_by(Report.opened_at.desc()))


def current_resolution(report: Report) -> Resolution | None:
    return Resolution.get_or_none(Resolution.report == report.id, Resolution.cycle == report.cycle)
