"""Spanish words for people: dates, time left, and the line a receptionist reads to the caller."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .clock import now_utc, to_local
from .vocab import STATUS_LABELS

if TYPE_CHECKING:
    from .models import Report

WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre")


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


def status_line(report: Report, tz: str) -> str:
    """One sentence for the phone: status and the next promise the customer can hold us to."""
    status = report.status
    label = STATUS_LABELS[status]
    if status == "asignado" and report.assignee_id:
        label = "Asignado a técnico"
    if status in ("abierto", "asignado", "en_proceso", "en_espera"):
        parts = [label]
        if report.visit_at and report.visit_at >= now_utc():
            parts.append(f"visita programada: {long_dt(to_local(report.visit_at, tz))}")
        if report.responded_at is None and report.response_due < report.resolution_due:
            parts.append(f"primera respuesta a más tardar: {long_dt(to_local(report.response_due, tz))}")
        parts.append(f"compromiso de atención: {long_dt(to_local(report.resolution_due, tz))}")
        line = "; ".join(parts)
        if report.resolution_due < now_utc():
            line += " (plazo vencido)"
        return line
    if status == "resuelto":
        return (f"Resuelto el {long_dt(to_local(report.resolved_at, tz))}; "
                + ("procedente" if report.upheld else "no procedente") + "; falta avisar al cliente"
                if report.notified_at is None else
                f"Resuelto y avisado al cliente el {long_dt(to_local(report.notified_at, tz))}")
    return f"Cerrado el {long_dt(to_local(report.closed_at, tz))}" + (
        "; procedente" if report.upheld else "; no procedente" if report.upheld is False else "")
