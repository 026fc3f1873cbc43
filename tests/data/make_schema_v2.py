"""Writes tests/data/schema_v2.sql's database with release 0.1.0 (commit bcab690): run there with
`python tests/data/make_schema_v2.py v2.db`, then `sqlite3 v2.db .dump`. Kept to show how the fixture was made."""
import datetime as dt
import sys

sys.path.insert(0, "tests")

from ispdesk.core.storage import open_database, close_database
from ispdesk.core import clock
from factories import make_office, make_staff, make_customer
from ispdesk.core.services import reports, customers
from ispdesk.core.models import Incident

path = sys.argv[1]
t0 = dt.datetime(2026, 11, 2, 16, 0)  # Monday 10:00 in Mexico City (UTC-6)
now = [t0]
clock.set_clock(lambda: now[0])
def tick(minutes):
    now[0] = now[0] + dt.timedelta(minutes=minutes)
open_database(path)
office = make_office()
staff = make_staff(office, ("tec2", "luisa", "Luisa Núñez", "tecnico"))
desk, mgr, tech, tech2 = staff["recepcion"], staff["gerente"], staff["tecnico"], staff["tec2"]
maria = make_customer(desk)
pedro = make_customer(desk, number="C-00077", name="Pedro Ñúñez Olvera", phones="444 555 6677", zone="Sur",
                      tower="T-07", email="", billing_day=15)
# 1: open, unassigned
r1 = reports.open_report(desk, maria, "falla", "telefono", "Sin internet desde ayer", location="Antena del techo",
                         contact_phone="4441234567", visit_window="Mañana (9 a 13 h)")
tick(30)
# 2: assigned, visit scheduled twice (rescheduled), in progress
r2 = reports.open_report(desk, pedro, "falla", "whatsapp", "Internet lento por las tardes")
tick(5); reports.assign(mgr, r2, tech)
tick(5); reports.record_visit(tech, r2, dt.datetime(2026, 11, 3, 17, 0), "Va por la tarde")
tick(5); reports.record_visit(tech, r2, dt.datetime(2026, 11, 4, 16, 0), "El cliente pidió cambiar")
tick(5); reports.add_note(tech, r2, "Llevar antena de repuesto")
tick(60)
# 3: resolved, upheld, not yet notified
r3 = reports.open_report(desk, maria, "falla", "oficina", "Se cae la conexión")
tick(5); reports.assign(mgr, r3, tech2)
tick(5); reports.record_visit(tech2, r3, now[0] + dt.timedelta(hours=2))
tick(180); reports.resolve(tech2, r3, cause_category="interna", cause_code="equipo_isp", cause="Fuente PoE dañada",
                           action="Se reemplazó la fuente PoE", upheld=True)
tick(30)
# 4: reclassified external, resolved not upheld, notified, closed
r4 = reports.open_report(desk, pedro, "falla", "telefono", "No hay señal")
tick(5); reports.assign(mgr, r4, tech)
tick(5); reports.reclassify_external(tech, r4, "energia", "Sin luz en la colonia")
tick(120); reports.resolve(tech, r4, cause_category="externa", cause_code="energia", cause="",
                           action="Se explicó al cliente; volvió la luz", upheld=False)
tick(10); reports.notify_customer(desk, r4, channel="telefono", text="Le dijimos que fue la luz", confirmed=True)
tick(1); reports.close(desk, r4, "Cliente conforme")
tick(30)
# 5: resolved, notified, closed, reopened, resolved again, notified again (two cycles), still resuelto
r5 = reports.open_report(desk, maria, "aclaracion", "correo", "Me cobraron doble")
tick(5); reports.resolve(desk, r5, cause_category="interna", cause_code="facturacion", cause="Cargo duplicado",
                         action="Se canceló el cargo", upheld=True)
tick(5); reports.notify_customer(desk, r5, channel="correo", text="Se canceló el cargo duplicado", confirmed=None)
tick(5); reports.close(desk, r5)
tick(60); reports.reopen(desk, r5, "Volvió a aparecer el cargo")
tick(30); reports.resolve(mgr, r5, cause_category="interna", cause_code="facturacion", cause="Error en sistema",
                          action="Se corrigió en el sistema de cobro", upheld=True)
tick(5); reports.notify_customer(desk, r5, channel="whatsapp", text="Ya quedó corregido", confirmed=True)
tick(30)
# 6: waiting (en_espera), edited
r6 = reports.open_report(desk, pedro, "administrativo", "oficina", "Cambio de titular",
                         documents=["Identificación oficial del titular"])
tick(5); reports.assign(mgr, r6, tech)
tick(5); reports.change_status(tech, r6, "en_espera", "Esperando documentos")
tick(5); reports.edit_report(desk, r6, description="Cambio de titular a su esposa")
# 7: incident linked
inc = Incident.create(office=office, title="Caída torre T-07", zone="Sur", tower="T-07", started_at=now[0],
                      created_by=mgr)
r7 = reports.open_report(desk, pedro, "falla", "redes", "Sin servicio en toda la calle")
tick(5); reports.link_incident(mgr, r7, inc)
close_database()
