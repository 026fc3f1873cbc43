"""Spanish words for people: dates, time left, and the line a receptionist reads to the caller."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .clock import now_utc, to_local
from .vocab import ACTIVE_STATUSES, AREA_TECNICA, STATUS_LABELS, WAIT_REASON_LABELS, Status

if TYPE_CHECKING:
    from .queries import ReportDetail

WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre")


def place(zone: str, tower: str) -> str:
    """Where a customer or an outage is: "Norte / T-03", or "Norte" alone ("" when neither is known)."""
    return " / ".join(p for p in (zone, tower) if p)


def short_dt(value: dt.datetime | None) -> str:
    """dd/mm/aaaa HH:MM, 24-hour clock (es-MX)."""
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def long_dt(value: dt.datetime | None) -> str:
    """"viernes 27 de noviembre, 14:00" (the year only when it is not the current one)."""
    if value is None:
        return ""
    year = "" if value.year == dt.datetime.now(value.tzinfo).year else f" de {value.year}"  # the office's year
    return f"{WEEKDAYS[value.weekday()]} {value.day} de {MONTHS[value.month - 1]}{year}, {value:%H:%M}"


def duration_words(delta: dt.timedelta) -> str:
    secs = abs(int(delta.total_seconds()))
    days, rem = divmod(secs, 86400)
    hours, rem = divmod(rem, 3600)
    minutes = rem // 60
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{minutes} min"


def time_left(due: dt.datetime | None, now: dt.datetime | None = None) -> tuple[str, bool]:
    """("faltan 3 h 20 min", False) or ("vencido hace 2 d", True); due and now naive UTC."""
    if due is None:
        return "", False
    now = now or now_utc()
    if due >= now:
        return f"faltan {duration_words(due - now)}", False
    return f"vencido hace {duration_words(now - due)}", True


def status_line(d: ReportDetail, now: dt.datetime | None = None) -> str:
    """One sentence for the phone: status and the next promise the customer can hold us to."""
    now = now or now_utc()
    tz = d.tz
    status = d.status
    if status in ACTIVE_STATUSES:
        label = STATUS_LABELS[status]
        if status == Status.ASIGNADO and d.assignee_id and d.area == AREA_TECNICA:
            label = "Asignado a técnico"
        parts = [label]
        pause = d.open_pause
        if status == Status.EN_ESPERA and pause is not None:
            parts[0] = f"En espera: {WAIT_REASON_LABELS.get(pause.reason, pause.reason).lower()}"
        visit = d.next_visit
        if visit is not None and visit.ends_at >= now:
            parts.append(f"visita programada: {long_dt(to_local(visit.starts_at, tz))}")
        if d.responded_at is None and d.response_due < d.resolution_due:
            parts.append(f"primera respuesta a más tardar: {long_dt(to_local(d.response_due, tz))}")
        if d.paused:
            parts.append("el plazo de solución está detenido mientras esperamos al cliente")
        else:
            parts.append(f"compromiso de atención: {long_dt(to_local(d.resolution_due, tz))}")
        line = "; ".join(parts)
        if d.urgency(now) == "overdue":
            line += " (plazo vencido)"
        return line
    res = d.resolution
    if status == Status.RESUELTO and res is not None:
        verdict = "procedente" if res.upheld else "no procedente"
        notified = d.notified_at
        if notified is None:
            return f"Resuelto el {long_dt(to_local(res.resolved_at, tz))}; {verdict}; falta avisar al cliente"
        return f"Resuelto el {long_dt(to_local(res.resolved_at, tz))}; {verdict}; avisado al cliente el " \
               f"{long_dt(to_local(notified, tz))}; falta cerrar"
    if status == Status.IMPROCEDENTE:
        return f"Improcedente desde el {long_dt(to_local(d.closed_at, tz))}: {d.end_reason}"
    if status == Status.CANCELADO:
        return f"Cancelado por el cliente el {long_dt(to_local(d.closed_at, tz))}: {d.end_reason}"
    verdict = "" if res is None else ("; procedente" if res.upheld else "; no procedente")
    return f"Cerrado el {long_dt(to_local(d.closed_at, tz))}{verdict}"
