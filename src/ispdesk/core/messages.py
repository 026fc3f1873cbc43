"""Texts the office sends: the notice to the customer (cause, procedencia, what was done), the work order summary
for a technician's WhatsApp, and click-to-chat links (`wa.me`: WhatsApp opens with the text typed; nothing is
sent by us)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import TYPE_CHECKING
from urllib.parse import quote

from .clock import to_local
from .errors import ValidationError
from .phones import format_phone, normalize_phone
from .present import long_dt, place
from .vocab import KIND_LABELS, Status

if TYPE_CHECKING:
    from .queries import ReportDetail

_END_PUNCT = re.compile(r"[\s.;:,]+$")


def sentence(text: str) -> str:
    """One sentence: trimmed, a capital first letter, exactly one final period (or its own ? or !).
    Typed causes often end in a period already; the notice must never read "dañada..".
    """
    text = " ".join((text or "").split())
    if not text:
        return ""
    if text[-1] in "?!":
        return text[0].upper() + text[1:]
    text = _END_PUNCT.sub("", text)
    return (text[0].upper() + text[1:] + ".") if text else ""


def sentences(*parts: str) -> str:
    return " ".join(s for s in (sentence(p) for p in parts) if s)


def _lower_first(text: str) -> str:
    text = _END_PUNCT.sub("", " ".join((text or "").split()))
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():  # keep acronyms (CFE, PoE)
        return text[0].lower() + text[1:]
    return text


def notice_text(d: ReportDetail, office_name: str = "", *, letter: bool = False) -> str:
    """The suggested notice: greeting, the report, the cause, whether it was upheld (and why not), what was
    done, and the question that confirms the fix. Editable before it is recorded or sent. For the response
    letter (`letter=True`) only the facts: the letter has its own greeting, reference and closing."""
    first = d.customer.name.split()[0] if d.customer.name.strip() else ""
    greeting = f"Hola, {first}" if first else "Hola"
    sender = f"le escribimos de {office_name} sobre" if office_name else "sobre"
    head = "" if letter else f"{greeting}: {sender} su reporte {d.folio} ({KIND_LABELS.get(d.kind, d.kind).lower()})"
    res = d.resolution
    if d.status == Status.IMPROCEDENTE or (res is not None and not res.upheld and not res.cause_code):
        reason = d.end_reason or (res.upheld_reason if res else "")
        return sentences(head, f"Su reporte no resultó procedente: {_lower_first(reason)}",
                         "" if letter else "Si tiene alguna duda, con gusto le atendemos")
    if res is None:
        return sentences(head, "Seguimos atendiendo su reporte")
    cause = f"La causa fue: {_lower_first(res.cause_words)}" if res.cause_words else ""
    verdict = ("Su reporte resultó procedente" if res.upheld
               else f"Su reporte no resultó procedente: {_lower_first(res.upheld_reason)}" if res.upheld_reason
               else "Su reporte no resultó procedente")
    action = f"Lo que hicimos: {_lower_first(res.action_taken)}" if res.action_taken else ""
    equipment = f"Se reemplazó: {_lower_first(res.equipment)}" if res.equipment else ""
    if letter:
        return sentences(cause, verdict, action, equipment)
    confirm = "¿Nos confirma que su servicio ya funciona correctamente?" if d.kind == "falla" else \
        "Quedamos a sus órdenes."
    return sentences(head, cause, verdict, action, equipment) + " " + confirm


def wa_link(phone: str, text: str) -> str | None:
    """`https://wa.me/52<10 digits>?text=…`; None when `phone` is not a valid Mexican number."""
    try:
        digits = normalize_phone(phone)
    except ValidationError:
        return None
    return f"https://wa.me/52{digits}?text={quote(text, safe='')}"


def workorder_message(d: ReportDetail) -> str:
    """What the technician receives on WhatsApp: the order in a few lines, with the map link."""
    c = d.customer
    lines = [f"Orden de trabajo {d.folio} — {KIND_LABELS.get(d.kind, d.kind)}",
             f"Cliente: {c.name} ({c.number})"]
    if c.phones:
        lines.append("Tel.: " + ", ".join(format_phone(p) for p in c.phones))
    lines.append(f"Domicilio: {c.address}")
    if c.references:
        lines.append(f"Referencias: {c.references}")
    if c.zone or c.tower:
        lines.append("Zona/torre: " + place(c.zone, c.tower))
    if c.plan:
        lines.append(f"Plan: {c.plan}")
    visit = d.next_visit
    if visit is not None:
        lines.append(f"Visita: {long_dt(to_local(visit.starts_at, d.tz))}–{to_local(visit.ends_at, d.tz):%H:%M}")
    lines.append(f"Compromiso de solución: {long_dt(to_local(d.resolution_due, d.tz))}")
    lines.append(f"Problema: {' '.join(d.description.split())}")
    if c.map_url:
        lines.append(f"Mapa: {c.map_url}")
    return "\n".join(lines)


# --- mass outages ---------------------------------------------------------------------------------------------

def _place(zone: str, tower: str) -> str:
    return f"la zona {zone}" + (f", torre {tower}" if tower else "")


def _span(started_at: dt.datetime, ended_at: dt.datetime, tz: str) -> str:
    """"desde el lunes 3 de marzo, 10:00, hasta las 14:30" (the day again only when it changed)."""
    start, end = to_local(started_at, tz), to_local(ended_at, tz)
    until = f"hasta las {end:%H:%M}" if start.date() == end.date() else f"hasta el {long_dt(end)}"
    return f"desde el {long_dt(start)}, {until}"


def outage_message(customer_name: str, office_name: str, zone: str, tower: str, started_at: dt.datetime,
                   ended_at: dt.datetime | None, tz: str, compensation: Decimal | None = None) -> str:
    """The short WhatsApp message to a customer of an outage's zone: what happened, since when, whether it is
    fixed, and the compensation owed (the Carta de Derechos Mínimos asks for it without the customer claiming)."""
    first = customer_name.split()[0] if customer_name.strip() else ""
    greeting = f"Hola, {first}" if first else "Hola"
    sender = f"le escribimos de {office_name}" if office_name else "le escribimos de su proveedor de internet"
    if ended_at is None:
        return sentences(f"{greeting}: {sender}",
                         f"Desde el {long_dt(to_local(started_at, tz))} hay una falla del servicio de internet en "
                         f"{_place(zone, tower)}",
                         "Ya estamos trabajando para restablecerlo y le avisaremos cuando quede resuelto",
                         "Una disculpa por las molestias")
    parts = [f"{greeting}: {sender}",
             f"El servicio de internet en {_place(zone, tower)} estuvo interrumpido {_span(started_at, ended_at, tz)}; "
             "ya quedó restablecido"]
    if compensation is not None and compensation > 0:
        parts.append(f"Por el tiempo sin servicio le bonificaremos ${compensation:,.2f} en su próximo recibo")
    parts.append("Una disculpa por las molestias")
    return sentences(*parts)


def incident_notice_text(zone: str, tower: str, started_at: dt.datetime, ended_at: dt.datetime | None, tz: str,
                         cause: str, action: str, office_name: str = "") -> str:
    """The suggested notice for every report of an outage («Avisar a todos»): what happened, the cause, what was
    done, that it is fixed, and the question that confirms the fix. Editable before it is recorded."""
    sender = f"Le escribimos de {office_name} sobre su reporte de falla" if office_name else \
        "Le escribimos sobre su reporte de falla"
    if ended_at is not None:
        what = f"El servicio de internet en {_place(zone, tower)} estuvo interrumpido {_span(started_at, ended_at, tz)}"
    else:
        what = f"El servicio de internet en {_place(zone, tower)} está interrumpido desde el " \
               f"{long_dt(to_local(started_at, tz))}"
    text = sentences(
        sender, what,
        f"La causa fue: {_lower_first(cause)}" if cause else "",
        f"Lo que hicimos: {_lower_first(action)}" if action else "",
        "El servicio quedó restablecido" if ended_at is not None else "Seguimos trabajando para restablecerlo",
    )
    return text + (" ¿Nos confirma que su servicio ya funciona correctamente?" if ended_at is not None else "")
