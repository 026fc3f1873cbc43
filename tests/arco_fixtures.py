"""A customer with a full history, for the personal-data (ARCO) tests of the core, the PDF and the screens."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

START = dt.datetime(2026, 3, 2, 16, 0)  # Monday 2 March 2026, 10:00 in Mexico City

PERSON = {
    "number": "Z-7788",
    "name": "Zacarías Quintanilla Urquidi",
    "phones": "444 123 9876, 487 555 0011",
    "email": "zacarias.q@example.mx",
    "address": "Callejón del Beso 77",
    "colonia": "Barrio de Guadalupe",
    "postal_code": "79610",
    "references": "Portón verde junto a la tortillería",
    "notes": "Perro bravo en el patio",
    "last_invoice": "F-88123",
    "latitude": 21.9281,
    "longitude": -99.9943,
    "municipio": "Rioverde",
    "state": "San Luis Potosí",
    "zone": "Norte",
    "tower": "T-03",
    "plan": "20 Mbps",
    "plan_price": "399",
    "billing_day": 5,
}
# Every one of these is personal: none may remain anywhere after the anonymisation (case and accents ignored).
SECRETS = ("zacar", "quintanilla", "urquidi", "4441239876", "1239876", "4875550011", "5550011", "example.mx",
           "callejon", "beso 77", "guadalupe", "79610", "porton verde", "tortilleria", "perro bravo", "88123",
           "z-7788", "21.9281", "99.9943", "ine_zac", "4871112233", "1112233", "tio ramiro", "garage azul")


def _later(frozen: list[dt.datetime], **delta: float) -> None:
    frozen[0] = frozen[0] + dt.timedelta(**delta)


def make_person(staff: dict[str, Any], frozen: list[dt.datetime], tmp_path: Path) -> dict[str, Any]:
    """A customer with a life: corrections, a fault worked to the end (assignment, wait, visit, resolution with
    equipment, notice, close, a note, an attachment, a correction of the report), a cancelled complaint, an
    outage of their tower, and an ARCO request still open."""
    from ispdesk.core.services import customers as customer_service
    from ispdesk.core.services import incidents, reports

    desk, tech, mgr = staff["recepcion"], staff["tecnico"], staff["gerente"]
    c = customer_service.create_customer(desk, **PERSON)
    _later(frozen, hours=1)
    customer_service.update_customer(desk, c, phones="444 123 9876, 487 555 0011, 487 111 2233", plan="30 Mbps")
    r = reports.open_report(desk, c, "falla", "telefono", "Sin internet; preguntar por Zacarías o su tío Ramiro",
                            location="Cuarto del garage azul", contact_phone="487 111 2233",
                            visit_window="después de las 5")
    reports.edit_report(desk, r, description="Sin internet desde ayer; preguntar por Zacarías Quintanilla")
    reports.assign(mgr, r, tech, "Zacarías pide que llamen antes")
    reports.pause(tech, r, "cliente_pospone", "Zacarías no está hasta el jueves")
    _later(frozen, hours=2)
    reports.resume(tech, r, "Regresó Zacarías")
    reports.schedule_visit(tech, r, frozen[0] + dt.timedelta(hours=1), note="Llevar escalera al Callejón del Beso")
    reports.arrive(tech, r)
    reports.visit_result(tech, r, "realizada", "Atendió la esposa de Zacarías")
    photo = tmp_path / "ine_zacarias.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"foto" * 50)
    reports.add_attachment(tech, r, photo, "Identificación de Zacarías")
    reports.resolve(tech, r, cause_code="equipo_cliente", cause_category="externa",
                    cause="El router de Zacarías estaba desconectado", action="Se conectó el router de Zacarías",
                    equipment="Router TP-Link serie ZQU-1239876", upheld=False,
                    upheld_reason="El equipo de Zacarías estaba apagado")
    reports.notify_customer(desk, r, channel="whatsapp", text="Hola Zacarías Quintanilla, su servicio quedó listo",
                            confirmed=True)
    reports.close(desk, r, "Cerrado con Zacarías")
    reports.add_note(desk, r, "Zacarías agradeció la atención, tel. 444 123 9876")
    q = reports.open_report(desk, c, "queja", "oficina", "Queja de Zacarías por el cobro")
    reports.cancel(desk, q, "Zacarías se desistió")
    inc = incidents.declare(mgr, title="Caída de la torre T-03", zone="Norte", tower="T-03",
                            started_at=frozen[0] - dt.timedelta(hours=1))
    f = reports.open_report(desk, c, "falla", "telefono", "No hay señal en casa de Zacarías")
    incidents.link_reports(mgr, inc, [f.id])
    _later(frozen, hours=5)
    incidents.resolve_incident(mgr, inc, cause_code="red", action="Se cambió el radio de la torre")
    incidents.notify_incident(mgr, inc, channel="whatsapp", text="La falla de la torre T-03 quedó resuelta")
    reports.close(desk, f)
    customer_service.update_customer(mgr, c, status="baja", notes="Perro bravo en el patio; se mudó")
    a = reports.open_report(desk, c, "arco", "oficina", "Zacarías pide cancelar sus datos personales")
    return {"customer": c, "fault": r, "complaint": q, "outage": f, "arco": a, "incident": inc, "photo": photo}
