"""Mass outages (incidentes): declare one for a zone or a tower, link the faults it explains, resolve them all with
the incident's cause in one transaction, and tell every customer.

Every change of a report still goes through the reports service: `apply_many` checks the action's rule on each
locked row and writes exactly one append-only event per report, so a report resolved by its incident has the same
history, resolution and notice rows as one resolved by hand. Who may do this: `Action.INCIDENT_MANAGE`.

The compensation settings (bonus percentage, threshold hours) live here too; `queries.incidents` reads them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ispdesk.core.clock import now_utc, to_local, to_naive_utc
from ispdesk.core.db import chunked, lock_rows, write_tx
from ispdesk.core.errors import DomainError, InvalidTransition, NotFound, ValidationError
from ispdesk.core.models import Incident, Notice, Office, Pause, Report, Resolution, Setting, User, Visit
from ispdesk.core.permissions import Action, require
from ispdesk.core.present import short_dt
from ispdesk.core.queries.incidents import pending_notice, zone_key, zones
from ispdesk.core.session import HasId, ident
from ispdesk.core.text import clean_text
from ispdesk.core.vocab import (
    ACTIVE_STATUSES,
    CHANNEL_LABELS,
    STATUS_LABELS,
    Channel,
    IncidentStatus,
    Kind,
    VisitStatus,
)

from .audit_log import record_audit
from .office import get_setting
from .reports import Actor, apply_many, cause_row
from .users import actor_row

IncidentRef = Incident | HasId | int

MAX_PAST_DAYS = 31  # an outage declared later than this is a typo in the date, not an outage to compensate
CLOCK_SKEW = dt.timedelta(minutes=5)  # the PCs' clocks differ a little
_ACTIVE = [str(s) for s in ACTIVE_STATUSES]


# --- settings -----------------------------------------------------------------------------------------------

BONUS_PCT_KEY = "compensation_bonus_pct"
THRESHOLD_KEY = "compensation_threshold_hours"
MIN_BONUS_PCT = Decimal(20)  # the law's minimum (Carta de Derechos Mínimos, NOM-184-SCFI)
DEFAULT_BONUS_PCT = MIN_BONUS_PCT
# 0: any outage whose cause is the provider's is compensated. The Carta and NOM-184 set no minimum duration for
# a cause attributable to the provider (the 72 hours some contracts quote are for force majeure, which is not
# compensated here at all); an office may raise it, at its own risk before PROFECO.
DEFAULT_THRESHOLD_HOURS = Decimal(0)
MAX_BONUS_PCT = Decimal(100)
MAX_THRESHOLD_HOURS = Decimal(720)


def _number(value: object, label: str, field: str) -> Decimal:
    try:
        number = Decimal(str(value).replace("%", "").replace(",", ".").strip())
    except (InvalidOperation, ValueError):
        raise ValidationError(f"{label}: escriba un número, p. ej. 20.", field) from None
    if not number.is_finite():
        raise ValidationError(f"{label}: escriba un número, p. ej. 20.", field)
    return number


def _stored(key: str, default: Decimal) -> Decimal:
    value = get_setting(key)
    if value is None or isinstance(value, bool):
        return default
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return default


def compensation_bonus_pct() -> Decimal:
    """The bonus over the proportional price, in percent (20 unless the office set more; never less)."""
    return max(_stored(BONUS_PCT_KEY, DEFAULT_BONUS_PCT), MIN_BONUS_PCT)


def compensation_threshold_hours() -> Decimal:
    """The outage hours from which a compensation is owed (0: any outage the provider caused)."""
    value = _stored(THRESHOLD_KEY, DEFAULT_THRESHOLD_HOURS)
    return value if value >= 0 else DEFAULT_THRESHOLD_HOURS


def _save_setting(key: str, value: Decimal) -> None:
    text = json.dumps(int(value) if value == value.to_integral_value() else float(value))
    Setting.insert(key=key, value=text).on_conflict(conflict_target=[Setting.key],
                                                    update={Setting.value: text}).execute()


def set_compensation_settings(actor: Actor, *, bonus_pct: object = None, threshold_hours: object = None) -> None:
    """The manager's settings for what an outage costs the provider; None leaves a value as it is. Both fields are
    checked before either is refused; each change is audited."""
    from ispdesk.core.errors import Checks

    check = Checks()
    values: dict[str, Decimal] = {}
    if bonus_pct is not None:
        pct = check(_number, bonus_pct, "Bonificación", BONUS_PCT_KEY)
        if pct is not None and pct < MIN_BONUS_PCT:
            check.add(f"Bonificación: la ley pide al menos {MIN_BONUS_PCT} % del monto del periodo sin servicio "
                      "(Carta de Derechos Mínimos).", BONUS_PCT_KEY)
        elif pct is not None and pct > MAX_BONUS_PCT:
            check.add(f"Bonificación: máximo {MAX_BONUS_PCT} %.", BONUS_PCT_KEY)
        elif pct is not None:
            values[BONUS_PCT_KEY] = pct.quantize(Decimal("0.01")).normalize()
    if threshold_hours is not None:
        hours = check(_number, threshold_hours, "Horas mínimas para compensar", THRESHOLD_KEY)
        if hours is not None and (hours < 0 or hours > MAX_THRESHOLD_HOURS):
            check.add(f"Horas mínimas para compensar: de 0 a {MAX_THRESHOLD_HOURS} (0 = toda falla por causa del "
                      "proveedor).", THRESHOLD_KEY)
        elif hours is not None:
            values[THRESHOLD_KEY] = hours.quantize(Decimal("0.01")).normalize()
    require(actor_row(actor), Action.SETTINGS_EDIT)
    check.done()
    labels = {BONUS_PCT_KEY: ("Bonificación por falla del proveedor", " %"),
              THRESHOLD_KEY: ("Horas mínimas para compensar", " h")}
    with write_tx():
        me = actor_row(actor)
        require(me, Action.SETTINGS_EDIT)
        current = {BONUS_PCT_KEY: compensation_bonus_pct(), THRESHOLD_KEY: compensation_threshold_hours()}
        for key, value in values.items():
            _save_setting(key, value)
            if value != current[key]:
                label, unit = labels[key]
                record_audit(me, "setting", key, "edited", f"{label}: {current[key]:f}{unit} → {value:f}{unit}",
                             {"antes": str(current[key]), "después": str(value)})


# --- declare ------------------------------------------------------------------------------------------------

def _lock_incident(actor: Actor, incident: IncidentRef) -> tuple[User, Incident]:
    """Inside the transaction: the acting user, who must be allowed to manage incidents, and the incident,
    locked."""
    user = actor_row(actor)
    require(user, Action.INCIDENT_MANAGE)
    row = lock_rows(Incident.select().where(Incident.id == ident(incident))).first()
    if row is None:
        raise NotFound("El incidente ya no existe.", "incident")
    return user, row


def _when(value: dt.datetime | None, label: str, field: str, now: dt.datetime) -> dt.datetime:
    at = to_naive_utc(value) if value is not None else now
    if at > now + CLOCK_SKEW:
        raise ValidationError(f"{label} no puede estar en el futuro.", field)
    if at < now - dt.timedelta(days=MAX_PAST_DAYS):
        raise ValidationError(f"{label} es de hace más de {MAX_PAST_DAYS} días: revise la fecha.", field)
    return at


def _list(names: list[str], limit: int = 12) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" y {len(names) - limit} más" if len(names) > limit else "")


def _zone_and_tower(zone: object, tower: object) -> tuple[str, str]:
    """The zone (and tower) as the customers spell it; a zone or tower no customer has is refused, naming the
    ones that exist."""
    zone_text = clean_text(zone, "Zona", max_len=80, required=True, field="zone")
    tower_text = clean_text(tower, "Torre o nodo", max_len=80, field="tower")
    known = zones()
    match = next((z for z in known if zone_key(z.zone) == zone_key(zone_text)), None)
    if match is None:
        if not known:
            raise ValidationError("Ningún cliente tiene zona registrada: capture la zona en los clientes antes de "
                                  "declarar un incidente.", "zone")
        raise ValidationError(f"No hay clientes en la zona «{zone_text}». Zonas con clientes: "
                              f"{_list([z.zone for z in known])}.", "zone")
    if not tower_text:
        return match.zone, ""
    towers = next((t for t in match.towers if zone_key(t.tower) == zone_key(tower_text)), None)
    if towers is None:
        if not match.towers:
            raise ValidationError(f"Los clientes de la zona {match.zone} no tienen torre registrada: deje la torre "
                                  "en blanco para toda la zona.", "tower")
        raise ValidationError(f"No hay clientes de la torre «{tower_text}» en la zona {match.zone}. Torres de esa "
                              f"zona: {_list([t.tower for t in match.towers])}.", "tower")
    return match.zone, towers.tower


def declare(actor: Actor, *, title: str, zone: str, tower: str = "", started_at: dt.datetime | None = None,
            cause_text: str = "", office: Office | HasId | int | None = None) -> Incident:
    """Open an incident for a zone (or one tower of it) from `started_at` (now when not given). The zone must be
    one some customer has; a second open incident for the same zone and tower is refused (the wizard would not
    know which one a caller belongs to)."""
    user = actor_row(actor)
    require(user, Action.INCIDENT_MANAGE)
    now = now_utc()
    started = _when(started_at, "La hora de inicio", "started_at", now)
    cause_text = clean_text(cause_text, "Lo que se sabe de la falla", max_len=2000, multiline=True,
                            field="cause_text")
    zone, tower = _zone_and_tower(zone, tower)
    title = clean_text(title, "Título", max_len=200, field="title") or (
        f"Falla masiva en {zone}" + (f", torre {tower}" if tower else ""))
    with write_tx():
        user = actor_row(actor)
        require(user, Action.INCIDENT_MANAGE)
        for other in Incident.select().where(Incident.status == IncidentStatus.ABIERTO):
            if zone_key(other.zone) == zone_key(zone) and zone_key(other.tower) == zone_key(tower):
                raise ValidationError(f"Ya hay un incidente activo en {other.zone}"
                                      + (f", torre {other.tower}" if other.tower else "")
                                      + f": «{other.title}». Vincule los reportes a ese.", "zone")
        office_id = (ident(office) if office is not None else None) or user.office_id
        office_row = (Office.get_or_none(Office.id == office_id) if office_id
                      else Office.select().order_by(Office.id).first())
        if office_row is None:
            raise DomainError("No hay oficina configurada.")
        return Incident.create(office=office_row, title=title, zone=zone, tower=tower, cause=cause_text,
                               status=IncidentStatus.ABIERTO, started_at=started, created_by=user)


# --- link ---------------------------------------------------------------------------------------------------

def link_reports(actor: Actor, incident: IncidentRef, report_ids: Iterable[int]) -> list[int]:
    """Link active faults to the open incident: one "incident" event each, all or none. Reports already linked to
    it are skipped; one linked to another open incident, not a fault, or no longer active refuses the batch,
    naming its folio. Returns the ids linked now."""
    ids = sorted({int(i) for i in report_ids})
    if not ids:
        raise ValidationError("Elija al menos un reporte para vincular.", "reports")
    with write_tx():
        _user, inc = _lock_incident(actor, incident)
        if inc.status != IncidentStatus.ABIERTO:
            raise InvalidTransition("El incidente ya está resuelto: no se le pueden vincular reportes.", "incident")
        rows: list[Report] = []
        for chunk in chunked(ids):
            query = Report.select(Report.id, Report.folio, Report.kind, Report.status, Report.incident).where(
                Report.id.in_(chunk))
            rows.extend(lock_rows(query))
        if len(rows) != len(ids):
            raise NotFound("Uno de los reportes ya no existe.", "reports")
        other_ids = {r.incident_id for r in rows if r.incident_id and r.incident_id != inc.id}
        open_others = {i.id: i for i in Incident.select().where(Incident.id.in_(list(other_ids)),
                                                                  Incident.status == IncidentStatus.ABIERTO)}
        todo = []
        for r in sorted(rows, key=lambda r: r.folio):
            if r.incident_id == inc.id:
                continue
            if r.kind != Kind.FALLA:
                raise ValidationError(f"El reporte {r.folio} no es una falla: sólo las fallas se vinculan a un "
                                      "incidente.", "reports")
            if r.status not in ACTIVE_STATUSES:
                raise InvalidTransition(f"El reporte {r.folio} está «{STATUS_LABELS[r.status]}»: sólo se vinculan "
                                        "reportes que siguen en atención.", "reports")
            if r.incident_id in open_others:
                raise ValidationError(f"El reporte {r.folio} ya está vinculado al incidente activo "
                                      f"«{open_others[r.incident_id].title}».", "reports")
            todo.append(r.id)
        title = inc.title
        apply_many(actor, todo, "incident", changes={"incident": inc.id},
                   text=lambda r: f"Vinculado al incidente «{title}»",
                   data=lambda r: {"incident": inc.id, "previous": r.incident_id})
    return todo


# --- resolve ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class IncidentResolution:
    """The cleaned arguments of `resolve_incident` (the dialog checks them before asking for confirmation)."""

    cause_code: str
    cause_label: str
    cause_category: str
    cause_text: str
    action: str
    ended_at: dt.datetime | None
    upheld: bool
    upheld_reason: str


def clean_resolution(*, cause_code: str, action: str, cause_text: str = "", ended_at: dt.datetime | None = None,
                     upheld: bool = True, upheld_reason: str = "") -> IncidentResolution:
    """Validate what resolving an incident needs, without writing: Spanish messages with the field at fault."""
    cause = cause_row(cause_code)
    cause_text = clean_text(cause_text, "Detalle de la causa", max_len=2000, multiline=True, field="cause")
    action = clean_text(action, "Acción realizada", max_len=4000, required=True, multiline=True,
                        field="action_taken")
    if not isinstance(upheld, bool):
        raise ValidationError("Indique si los reportes fueron procedentes.", "upheld")
    upheld_reason = clean_text(upheld_reason, "Motivo", max_len=2000, multiline=True, required=not upheld,
                               field="upheld_reason")
    ended = _when(ended_at, "La hora en que se restableció el servicio", "ended_at", now_utc()) \
        if ended_at is not None else None
    return IncidentResolution(cause.code, cause.label, cause.category, cause_text, action, ended, upheld,
                              upheld_reason)


def resolve_incident(actor: Actor, incident: IncidentRef, *, cause_code: str, action: str, cause_text: str = "",
                     ended_at: dt.datetime | None = None, upheld: bool = True, upheld_reason: str = "") -> Incident:
    """Close the outage and resolve every linked report still being worked with its cause and action, in ONE
    transaction: per report one `Resolution` (its cycle, the incident) and one "resolved" event; open pauses end;
    a visit under way counts as done and scheduled ones are cancelled. Reports already resolved, closed or ended
    are left alone. Any refusal writes nothing, the incident included."""
    args = clean_resolution(cause_code=cause_code, action=action, cause_text=cause_text, ended_at=ended_at,
                            upheld=upheld, upheld_reason=upheld_reason)
    with write_tx():
        user, inc = _lock_incident(actor, incident)
        if inc.status != IncidentStatus.ABIERTO:
            raise InvalidTransition("El incidente ya está resuelto.", "status")
        ended = args.ended_at or now_utc()
        if ended < inc.started_at:
            tz = Office.get_by_id(inc.office_id).timezone
            raise ValidationError("La hora en que se restableció el servicio no puede ser anterior al inicio "
                                  f"({short_dt(to_local(inc.started_at, tz))}).", "ended_at")
        detail = args.cause_text or inc.cause
        ids = [r for (r,) in Report.select(Report.id).where(Report.incident == inc.id,
                                                             Report.status.in_(_ACTIVE)).tuples()]
        verdict = "procedente" if args.upheld else f"no procedente: {args.upheld_reason}"
        text = f"{args.cause_label}. {args.action} ({verdict}). Incidente «{inc.title}»"

        def effects(rows: list[Report], who: User, now: dt.datetime) -> None:
            done: set[int] = set()
            for chunk in chunked([r.id for r in rows]):
                Pause.update(ended_at=now).where(Pause.report.in_(chunk), Pause.ended_at.is_null()).execute()
                done.update(v for (v,) in Visit.select(Visit.report).where(
                    Visit.report.in_(chunk), Visit.status == VisitStatus.EN_SITIO).tuples())
                Visit.update(status=VisitStatus.REALIZADA, done_at=now).where(
                    Visit.report.in_(chunk), Visit.status == VisitStatus.EN_SITIO).execute()
                Visit.update(status=VisitStatus.CANCELADA,
                             outcome=f"No fue necesaria: se resolvió con el incidente «{inc.title}»").where(
                    Visit.report.in_(chunk), Visit.status == VisitStatus.PROGRAMADA).execute()
            resolutions = [{"report": r.id, "cycle": r.cycle, "cause_code": args.cause_code,
                            "cause_category": args.cause_category, "cause_text": detail,
                            "action_taken": args.action, "equipment": "",
                            "visit_done": True if r.id in done else None, "upheld": args.upheld,
                            "upheld_reason": args.upheld_reason, "resolved_at": now, "resolved_by": who.id,
                            "incident": inc.id} for r in rows]
            for chunk in chunked(resolutions, 60):  # 13 values a row: under SQLite's oldest variable limit (999)
                Resolution.insert_many(chunk).execute()

        apply_many(actor, ids, "resolved", effects=effects, text=lambda r: text,
                   data=lambda r: {"cause_category": args.cause_category, "cause_code": args.cause_code,
                                   "upheld": args.upheld, "equipment": "", "incident": inc.id})
        Incident.update(status=IncidentStatus.RESUELTO, ended_at=ended, cause_code=args.cause_code,
                        cause_category=args.cause_category, cause=detail, action_taken=args.action,
                        resolved_by=user.id).where(Incident.id == inc.id).execute()
    return Incident.get_by_id(inc.id)


# --- notify -------------------------------------------------------------------------------------------------

def notify_incident(actor: Actor, incident: IncidentRef, *, channel: str, text: str) -> list[int]:
    """Record that every linked report in status resuelto whose customer was not told since its resolution was
    told `text` by `channel`: one `Notice` and one "notified" event each, in one transaction. Those already told
    are skipped (a second click must not record contacts that never happened). The reports stay resolved until
    closed one by one (closing asks whether the customer confirms the fix). Returns the reports notified."""
    channel = str(channel or "").strip().lower()
    if channel not in tuple(Channel):
        raise ValidationError(f"Canal «{channel}» no es válido; opciones: {', '.join(Channel)}.", "notified_channel")
    text = clean_text(text, "Lo que se informó", max_len=4000, required=True, multiline=True, field="notified_text")
    with write_tx():
        _user, inc = _lock_incident(actor, incident)
        ids = pending_notice(inc.id)
        if not ids:
            raise InvalidTransition("No hay reportes resueltos de este incidente pendientes de aviso.", "incident")
        at = now_utc()

        def effects(rows: list[Report], who: User, now: dt.datetime) -> None:
            notices = [{"report": r.id, "cycle": r.cycle, "channel": channel, "text": text, "at": at,
                        "user": who.id, "confirmed": None, "created_at": now} for r in rows]
            for chunk in chunked(notices, 100):
                Notice.insert_many(chunk).execute()

        label = CHANNEL_LABELS[channel].lower()
        apply_many(actor, ids, "notified", effects=effects, text=lambda r: f"Por {label}: {text}",
                   data=lambda r: {"channel": channel, "at": at, "confirmed": None, "incident": inc.id})
    return ids
