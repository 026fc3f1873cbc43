"""Spreadsheets out of ispdesk: the reports of a period (every field, with the resolution, notices, visits and the
event timeline flattened into one row per report) and the customers list (in the columns the CSV import reads back).

UTF-8 with BOM and commas (Excel opens them with the accents right); times in the office's time zone as
"AAAA-MM-DD HH:MM"; amounts with a dot. Written to a temporary file beside the target and renamed, so a failed export
never leaves half a file. Each export is recorded in the audit trail (who took the data out, and which).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from ispdesk.core.clock import DEFAULT_TIMEZONE
from ispdesk.core.csvfile import write_csv
from ispdesk.core.db import db, write_tx
from ispdesk.core.errors import ValidationError
from ispdesk.core.models import (
    Area,
    Cause,
    Customer,
    Incident,
    Office,
    Report,
    User,
)
from ispdesk.core.phones import format_phone
from ispdesk.core.session import HasId, Session
from ispdesk.core.vocab import (
    CAUSE_CATEGORY_LABELS,
    CHANNEL_LABELS,
    CUSTOMER_STATUS_LABELS,
    EVENT_LABELS,
    KIND_LABELS,
    PRIORITY_LABELS,
    STATUS_LABELS,
    VISIT_STATUS_LABELS,
)

from .audit_log import record_audit
from .data_access import data_actor

Progress = Callable[[str, int, int], None]

REPORT_COLUMNS: tuple[str, ...] = (
    "folio", "estado", "tipo", "canal", "prioridad", "area", "cliente_numero", "cliente_nombre",
    "cliente_telefonos", "cliente_domicilio", "zona", "torre", "descripcion", "ubicacion", "telefono_contacto",
    "horario_visita", "documentos", "levantado_por", "asignado_a", "levantado", "respuesta_limite",
    "solucion_limite", "respuesta_limite_original", "solucion_limite_original", "respondido", "terminado", "ciclo",
    "motivo_fin", "incidente", "causa_categoria", "causa_codigo", "causa", "causa_detalle", "accion", "equipo",
    "visita_realizada", "procedente", "motivo_procedencia", "resuelto", "resuelto_por", "avisos", "ultimo_aviso",
    "ultimo_aviso_canal", "ultimo_aviso_texto", "cliente_confirmo", "visitas", "ultima_visita",
    "ultima_visita_estado", "pausas", "adjuntos", "actualizado", "historial",
)
CUSTOMER_COLUMNS: tuple[str, ...] = (
    "numero", "nombre", "telefonos", "correo", "direccion", "colonia", "codigo_postal", "municipio", "estado",
    "estatus", "zona", "torre", "plan", "precio", "dia_de_corte", "fecha_de_instalacion", "latitud", "longitud",
    "referencias", "notas", "ultima_factura", "oposicion", "anonimizado", "registrado", "actualizado",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CHUNK = 1000


def _text(value: object) -> str:
    """A text cell a spreadsheet will not run as a formula (a name typed as "=HYPERLINK(…)")."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("sí" if value else "no")


def _office_tz() -> str:
    office = Office.select(Office.timezone).order_by(Office.id).first()
    return office.timezone if office else DEFAULT_TIMEZONE


def _write_atomically(path: str | os.PathLike[str], header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    return write_csv(path, header, rows, prefix=".exportando-")


# --- reports -----------------------------------------------------------------------------------------------------

def period_bounds(start: dt.date, end: dt.date, tz: str) -> tuple[dt.datetime, dt.datetime]:
    """[start 00:00, day after end 00:00) local, as naive UTC: the reports opened on those days in the office."""
    if end < start:
        raise ValidationError("El periodo termina antes de empezar: revise las fechas.", "period")
    zone = ZoneInfo(tz)
    lo = dt.datetime.combine(start, dt.time(), zone).astimezone(dt.UTC).replace(tzinfo=None)
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), zone).astimezone(dt.UTC).replace(tzinfo=None)
    return lo, hi


def _local_text(tz: str) -> Callable[[object], str]:
    """Stored UTC (a datetime, or SQLite's text) → "AAAA-MM-DD HH:MM" in the office's time zone."""
    zone = ZoneInfo(tz)

    def when(value: object) -> str:
        if not value:
            return ""
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        return value.replace(tzinfo=dt.UTC).astimezone(zone).isoformat(" ", "minutes")[:16]  # type: ignore[union-attr]

    return when


def _rows_by_report(sql: str, ids: Sequence[int]) -> dict[int, list[tuple]]:
    marks = ", ".join([db.param] * len(ids))
    out: dict[int, list[tuple]] = {}
    for row in db.execute_sql(sql.format(ids=marks), tuple(ids)).fetchall():
        out.setdefault(row[0], []).append(row)
    return out


_REPORT_SQL = (
    "SELECT r.id, r.folio, r.status, r.kind, r.channel, r.priority, r.area_id, c.number, c.name, c.phones, "
    "c.address, c.colonia, c.municipio, c.state, c.zone, c.tower, r.description, r.location, r.contact_phone, "
    "r.visit_window, r.documents_json, r.created_by_id, r.assignee_id, r.opened_at, r.response_due, "
    "r.resolution_due, r.first_response_due, r.first_resolution_due, r.responded_at, r.closed_at, r.cycle, "
    "r.end_reason, r.incident_id, r.updated_at "
    "FROM report r JOIN customer c ON c.id = r.customer_id WHERE r.id IN ({ids}) ORDER BY r.opened_at, r.id")


def _report_rows(ids: Sequence[int], tz: str, progress: Progress | None) -> Iterator[list[object]]:
    names = dict(User.select(User.id, User.full_name).tuples())
    areas = dict(Area.select(Area.code, Area.name).tuples())
    causes = dict(Cause.select(Cause.code, Cause.label).tuples())
    incidents: dict[int, str] = {}
    when = _local_text(tz)

    def phones(text: str) -> str:
        return " / ".join(format_phone(p) for p in (text or "").split(",") if p)

    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start:start + _CHUNK])
        marks = ", ".join([db.param] * len(chunk))
        reports = db.execute_sql(_REPORT_SQL.format(ids=marks), tuple(chunk)).fetchall()
        events = _rows_by_report("SELECT report_id, at, user_id, action, from_status, to_status, text "
                                 "FROM report_event WHERE report_id IN ({ids}) ORDER BY id", chunk)
        resolutions = _rows_by_report(
            "SELECT report_id, cycle, cause_category, cause_code, cause_text, action_taken, equipment, visit_done, "
            "upheld, upheld_reason, resolved_at, resolved_by_id FROM resolution WHERE report_id IN ({ids}) "
            "ORDER BY cycle", chunk)
        notices = _rows_by_report("SELECT report_id, at, channel, text, confirmed FROM notice "
                                  "WHERE report_id IN ({ids}) ORDER BY at, id", chunk)
        visits = _rows_by_report("SELECT report_id, starts_at, status FROM visit WHERE report_id IN ({ids}) "
                                 "ORDER BY starts_at, id", chunk)
        pauses = _rows_by_report("SELECT report_id FROM pause WHERE report_id IN ({ids})", chunk)
        attachments = _rows_by_report("SELECT report_id FROM attachment WHERE report_id IN ({ids})", chunk)
        wanted = {r[32] for r in reports if r[32] and r[32] not in incidents}
        if wanted:
            incidents.update(Incident.select(Incident.id, Incident.title).where(Incident.id.in_(wanted)).tuples())
        for (rid, folio, status, kind, channel, priority, area, number, name, cphones, address, colonia, municipio,
             state, zone, tower, description, location, contact_phone, visit_window, documents_json, created_by,
             assignee, opened_at, response_due, resolution_due, first_response_due, first_resolution_due,
             responded_at, closed_at, cycle, end_reason, incident_id, updated_at) in reports:
            res = (resolutions.get(rid) or [None])[-1]
            if res is not None and res[1] != cycle:
                res = None  # reopened: this cycle has no resolution yet (the earlier one is in the timeline)
            ns = notices.get(rid, [])
            vs = visits.get(rid, [])
            last_notice = ns[-1] if ns else None
            last_visit = vs[-1] if vs else None
            timeline = []
            for _rid, at, user_id, action, from_status, to_status, text in events.get(rid, []):
                parts = [when(at), EVENT_LABELS.get(action, action), names.get(user_id, "")]
                if to_status and to_status != from_status:
                    parts.append(f"{STATUS_LABELS.get(from_status, from_status) or '—'} → "
                                 f"{STATUS_LABELS.get(to_status, to_status)}")
                if text:
                    parts.append(text)
                timeline.append(" · ".join(p for p in parts if p))
            try:
                documents = json.loads(documents_json or "[]")
            except ValueError:
                documents = []
            service_address = ", ".join(p for p in (address, colonia and f"Col. {colonia}", municipio, state) if p)
            yield [
                folio, STATUS_LABELS.get(status, status), KIND_LABELS.get(kind, kind),
                CHANNEL_LABELS.get(channel, channel), PRIORITY_LABELS.get(priority, priority),
                areas.get(area, area or ""), _text(number), _text(name), phones(cphones), _text(service_address),
                _text(zone), _text(tower), _text(description), _text(location),
                format_phone(contact_phone) if contact_phone else "", _text(visit_window),
                _text("; ".join(str(d) for d in documents)), names.get(created_by, ""),
                names.get(assignee, "") if assignee else "", when(opened_at), when(response_due),
                when(resolution_due), when(first_response_due), when(first_resolution_due), when(responded_at),
                when(closed_at), cycle, _text(end_reason), _text(incidents.get(incident_id, "")) if incident_id else "",
                CAUSE_CATEGORY_LABELS.get(res[2], res[2]) if res else "", (res[3] or "") if res else "",
                causes.get(res[3], "") if res and res[3] else "", _text(res[4]) if res else "",
                _text(res[5]) if res else "", _text(res[6]) if res else "",
                _yes_no(None if res[7] is None else bool(res[7])) if res else "",
                _yes_no(bool(res[8])) if res else "", _text(res[9]) if res else "", when(res[10]) if res else "",
                names.get(res[11], "") if res and res[11] else "",
                len(ns), when(last_notice[1]) if last_notice else "",
                CHANNEL_LABELS.get(last_notice[2], last_notice[2]) if last_notice else "",
                _text(last_notice[3]) if last_notice else "",
                _yes_no(None if last_notice[4] is None else bool(last_notice[4])) if last_notice else "",
                len(vs), when(last_visit[1]) if last_visit else "",
                VISIT_STATUS_LABELS.get(last_visit[2], last_visit[2]) if last_visit else "",
                len(pauses.get(rid, ())), len(attachments.get(rid, ())), when(updated_at), _text("\n".join(timeline)),
            ]
        if progress:
            progress("Exportando reportes", min(start + _CHUNK, len(ids)), len(ids))


def export_reports(actor: User | Session | HasId | int | None, start: dt.date, end: dt.date,
                   path: str | os.PathLike[str], *, progress: Progress | None = None) -> int:
    """The reports opened from `start` to `end` (both included, office time) with every field and their timeline,
    one row each, by opening time. Returns how many."""
    user = data_actor(actor)
    tz = _office_tz()
    lo, hi = period_bounds(start, end, tz)
    ids = [i for (i,) in Report.select(Report.id).where(Report.opened_at >= lo, Report.opened_at < hi)
           .order_by(Report.opened_at, Report.id).tuples()]
    count = _write_atomically(path, REPORT_COLUMNS, _report_rows(ids, tz, progress))
    name = Path(path).name
    with write_tx():
        record_audit(user, "export", name, "export_reports",
                     f"Exportación de {count} reportes levantados del {start:%d/%m/%Y} al {end:%d/%m/%Y} a {name}.",
                     {"file": str(path), "from": start.isoformat(), "to": end.isoformat(), "rows": count})
    return count


# --- customers ---------------------------------------------------------------------------------------------------

def _customer_rows(tz: str, progress: Progress | None, total: int) -> Iterator[list[object]]:
    when = _local_text(tz)

    for done, c in enumerate(Customer.select().order_by(Customer.number).iterator(), 1):
        yield [
            _text(c.number), _text(c.name), " / ".join(format_phone(p) for p in c.phone_list()), c.email,
            _text(c.address), _text(c.colonia), c.postal_code, _text(c.municipio), _text(c.state),
            CUSTOMER_STATUS_LABELS.get(c.status, c.status), _text(c.zone), _text(c.tower), _text(c.plan),
            "" if c.plan_price is None else f"{c.plan_price:.2f}", "" if c.billing_day is None else c.billing_day,
            c.install_date.strftime("%d/%m/%Y") if c.install_date else "",
            "" if c.latitude is None else f"{c.latitude:.6f}", "" if c.longitude is None else f"{c.longitude:.6f}",
            _text(c.references), _text(c.notes), _text(c.last_invoice), _yes_no(c.opposition),
            when(c.anonymized_at), when(c.created_at), when(c.updated_at),
        ]
        if progress and done % 2000 == 0:
            progress("Exportando clientes", done, total)


def export_customers(actor: User | Session | HasId | int | None, path: str | os.PathLike[str], *,
                     progress: Progress | None = None) -> int:
    """Every customer, by number, in the columns `import-customers` reads back. Returns how many."""
    user = data_actor(actor)
    total = Customer.select().count()
    count = _write_atomically(path, CUSTOMER_COLUMNS, _customer_rows(_office_tz(), progress, total))
    name = Path(path).name
    with write_tx():
        record_audit(user, "export", name, "export_customers", f"Exportación de la lista de {count} clientes a {name}.",
                     {"file": str(path), "rows": count})
    return count
