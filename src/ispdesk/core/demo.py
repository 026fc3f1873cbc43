"""Deterministic demo data: es-MX customers, staff and two years of reports with plausible timelines.

Built for size (100,000 customers and 1,000,000 reports in well under two minutes on SQLite): rows are
generated as tuples and written with `executemany` in one transaction per table, with the secondary
indexes of the big tables dropped during the load and rebuilt after (a sorted build is much faster than
a million random index inserts). Customers go through `services.customer_bulk.write_customers`, the writer of
the CSV import, so their search text and phone rows are the ones a form would store. Everything is marked DEMO.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from peewee import SqliteDatabase

from .chain import seal_events
from .clock import now_utc
from .db import db, write_tx
from .folio import folio_strings
from .models import Customer, Office, Report, TechZone, User
from .services.customer_bulk import write_customers
from .text import fold
from .vocab import CAUSES, CHANNEL_LABELS, CHANNELS, DOCUMENTS, KIND_AREAS, KIND_LABELS, KINDS

if TYPE_CHECKING:
    from .calendar import BusinessCalendar
    from .deadlines import Deadlines, Policy

Progress = Callable[[str, int, int], None]
DEMO_PASSWORD = "demo123"

FIRST = ("María", "José", "Juan", "Guadalupe", "Francisco", "Ana", "Jesús", "Verónica", "Alejandro", "Rocío",
         "Martín", "Sofía", "Ramón", "Lucía", "Héctor", "Mónica", "Raúl", "Begoña", "Iñaki", "Ximena", "Ángel",
         "Patricia", "Óscar", "Elena", "Rubén", "Araceli", "Sebastián", "Nayeli", "Efraín", "Citlali", "Adrián",
         "Paola", "Joaquín", "Leticia", "Julián", "Fátima", "Tomás", "Noemí", "Germán", "Itzel")
LAST = ("Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez", "Cruz",
        "Flores", "Gómez", "Morales", "Vázquez", "Jiménez", "Reyes", "Díaz", "Torres", "Gutiérrez", "Ruiz",
        "Mendoza", "Aguilar", "Ortiz", "Castillo", "Muñoz", "Peña", "Ibáñez", "Núñez", "Córdova", "Zúñiga",
        "Maldonado", "Rosales", "Salazar", "Escobedo", "Ávila", "Carrillo", "Briseño", "Olvera", "Treviño")
STREETS = ("Centenario", "Hidalgo", "Juárez", "Morelos", "Zaragoza", "Allende", "Av. Carranza", "Madero",
           "Insurgentes", "Guerrero", "Iturbide", "Niños Héroes", "5 de Mayo", "20 de Noviembre", "Álvaro Obregón",
           "Independencia", "Reforma", "Constitución", "Galeana", "Matamoros", "Abasolo", "Aldama")
COLONIAS = ("Centro", "San Miguel", "El Refugio", "Jardín", "La Loma", "Santa Cruz", "Las Flores", "El Carmen",
            "Valle Dorado", "Los Ángeles", "San Antonio", "Infonavit", "Moderna", "Guadalupe", "Azteca",
            "Ampliación Señor de los Milagros", "Tierra Blanca", "El Sabino", "Fraccionamiento Campestre")
MUNICIPIOS = (("Rioverde", "487", "79610"), ("Ciudad Fernández", "487", "79650"), ("San Luis Potosí", "444", "78000"),
              ("Soledad de Graciano Sánchez", "444", "78430"), ("Cerritos", "486", "79400"),
              ("Cárdenas", "487", "79580"), ("Ciudad Valles", "481", "79000"), ("Matehuala", "488", "78700"))
PLANS = (("10 Mbps", "299.00"), ("20 Mbps", "399.00"), ("30 Mbps", "499.00"), ("50 Mbps", "649.00"),
         ("Empresarial 100 Mbps", "1299.00"))
ZONES = ("Norte", "Sur", "Centro", "Oriente", "Poniente", "Sierra", "Valle")

FAULT_TEXTS = ("No tengo internet desde la mañana", "El internet está muy lento por las noches",
               "Se corta la conexión cada rato", "La antena se movió con el viento", "El router no enciende",
               "No carga ninguna página, el foco de la antena parpadea", "Intermitencia cuando llueve",
               "Sin servicio después del apagón", "La señal llegó muy baja desde ayer")
OTHER_TEXTS = {
    "queja": ("El técnico no llegó a la cita", "Me cobraron reconexión sin aviso", "Nadie contesta el teléfono"),
    "consulta": ("¿Qué planes hay con más velocidad?", "¿Cuál es la fecha límite de pago?",
                 "¿Tienen cobertura en mi nueva colonia?"),
    "aclaracion": ("Me llegó un cargo doble este mes", "Pagué y sigue apareciendo adeudo",
                   "La factura trae mal mi RFC"),
    "administrativo": ("Cambio de titular del contrato", "Cambio de domicilio del servicio",
                       "Actualizar correo para facturación"),
    "sugerencia": ("Sería bueno pagar en la tienda de la esquina", "Avisen por WhatsApp de los cortes"),
    "cancelacion": ("Me cambio de ciudad, quiero cancelar", "Cancelar por cambio de proveedor"),
    "contratacion": ("Quiero contratar el plan de 20 Mbps", "Contratar servicio para mi negocio"),
    "arco": ("Solicito acceso a mis datos personales", "Quiero cancelar el uso de mis datos para publicidad"),
    "otro": ("Pregunta sobre el equipo en comodato", "Solicitan constancia de servicio"),
}
KIND_WEIGHTS = (55, 6, 12, 10, 6, 2, 3, 3, 0.5, 2.5)  # in the order of KINDS
CHANNEL_WEIGHTS = (45, 20, 6, 5, 20, 4)  # in the order of CHANNELS

STAFF = (
    ("ana", "Ana Ruiz (DEMO)", "recepcion"), ("luis", "Luis Ortega (DEMO)", "recepcion"),
    ("carmen", "Carmen Ibáñez (DEMO)", "recepcion"), ("tomas", "Tomás Peña (DEMO)", "tecnico"),
    ("ramiro", "Ramiro Núñez (DEMO)", "tecnico"), ("jorge", "Jorge Salazar (DEMO)", "tecnico"),
    ("erika", "Érika Zúñiga (DEMO)", "tecnico"), ("rosa", "Rosa Treviño (DEMO)", "jefe_tecnico"),
    ("gerente", "Gerardo Ríos (DEMO)", "gerente"),
)
# The zones each demo technician covers (assignment suggests them there) and their mobiles.
TECH_ZONES = {"tomas": ("Norte", "Centro"), "ramiro": ("Sur", "Oriente"), "jorge": ("Poniente", "Sierra"),
              "erika": ("Valle", "Centro")}
TECH_PHONES = {"tomas": "4871000001", "ramiro": "4871000002", "jorge": "4871000003", "erika": "4871000004",
               "rosa": "4871000005"}


def demo_users() -> list[tuple[str, str, str]]:
    """(username, role, password) shown on screen by the first-run assistant."""
    return [(u, r, DEMO_PASSWORD) for u, _n, r in STAFF]


def _office() -> Office:
    """The office the demo data belongs to, marked DEMO (receipts say so). Refuses a database with real
    data: demo customers, reports and well-known passwords must never mix with an office's records."""
    office = Office.select().order_by(Office.id).first()
    has_data = Customer.select().exists() or Report.select().exists()
    if has_data and (office is None or not office.demo):
        from .errors import DomainError

        raise DomainError("Esta base de datos ya tiene clientes o reportes reales: los datos de demostración "
                          "sólo se cargan en una base nueva o en una de demostración. Use otro archivo con --db.")
    if office is None:
        from .services.office import create_office

        office = create_office(None, demo=True, name="Internet Rioverde (DEMO)", folio_prefix="RV",
                               legal_name="Servicios de Internet de Rioverde, S.A. de C.V. (DEMO)",
                               address="Centenario 322, Zona Centro, Rioverde, S.L.P., C.P. 79610",
                               phones="487 873 1703, 487 101 1684", email="atencion@internet-rioverde.example",
                               web="www.internet-rioverde.example")
    elif not office.demo:
        Office.update(demo=True).where(Office.id == office.id).execute()
        office = Office.get_by_id(office.id)
    return office


def _staff(office: Office, with_logins: bool) -> dict[str, list[int]]:
    from .services.users import hash_password

    now = now_utc()
    ids: dict[str, list[int]] = {"recepcion": [], "tecnico": [], "gerente": []}
    pw = hash_password(DEMO_PASSWORD) if with_logins else ""
    for username, name, role in STAFF:
        user = User.get_or_none(User.username == username)
        if user is None:
            user = User.create(username=username, full_name=name, role=role, password_hash=pw, office=office,
                               created_at=now, phone=TECH_PHONES.get(username, ""))
            for zone in TECH_ZONES.get(username, ()):
                TechZone.create(user=user, zone=zone)
        if user.role in ids:
            ids[user.role].append(user.id)
    return ids


def _chunks(rows: Iterator[tuple], size: int = 20000) -> Iterator[list[tuple]]:
    chunk: list[tuple] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _identity(value: object) -> object:
    return value


def _ts_for_backend() -> Callable[[dt.datetime], object]:
    """SQLite stores peewee datetimes as text; PostgreSQL takes the object."""
    return str if isinstance(db.obj, SqliteDatabase) else _identity


def build_demo(customers: int = 2000, reports: int = 10000, seed: int = 1, progress: Progress | None = None,
               users: bool = True, now: dt.datetime | None = None) -> str:
    """Add demo data to the bound database; the same seed (and `now`) gives the same data, dated back from
    `now` (default: the current time). Returns a Spanish summary."""
    from .deadlines import DEFAULT_POLICIES, compute_deadlines
    from .services.office import calendar_for

    rnd = random.Random(seed)
    sqlite = isinstance(db.obj, SqliteDatabase)
    with write_tx():
        office = _office()
        staff = _staff(office, users)
    cal = calendar_for(office)
    now = (now or now_utc()).replace(microsecond=0)
    start_id = (Customer.select(Customer.id).order_by(Customer.id.desc()).scalar() or 0) + 1
    number_base = start_id

    # --- customers -------------------------------------------------------------------------------
    cust_rows: list[dict[str, object]] = []
    billing: list[int] = []
    cust_addr: list[str] = []
    for i in range(customers):
        first = rnd.choice(FIRST)
        if rnd.random() < 0.3:
            second = rnd.choice(FIRST)
            if second != first:
                first += " " + second
        name = f"{first} {rnd.choice(LAST)} {rnd.choice(LAST)}"
        muni, lada, cp = MUNICIPIOS[rnd.randrange(len(MUNICIPIOS))]
        phones = [lada + f"{rnd.randrange(10**6, 10**7):07d}"]
        if rnd.random() < 0.6:  # a mobile, sometimes from Mexico City or Guadalajara
            mobile_lada = rnd.choice(("444", "487", "481", "33", "55"))
            phones.append(mobile_lada + str(rnd.randrange(10 ** (9 - len(mobile_lada)), 10 ** (10 - len(mobile_lada)))))
        number = f"D{number_base + i:06d}"
        street = f"{rnd.choice(STREETS)} {rnd.randint(1, 1999)}"
        colonia = rnd.choice(COLONIAS)
        zone = rnd.choice(ZONES)
        tower = f"T-{rnd.randint(1, 24):02d}"
        plan, price = rnd.choice(PLANS)
        bday = rnd.choice((1, 5, 10, 15, 20, 25))
        email = f"{fold(first.split()[0])}.{number.lower()}@correo.example" if rnd.random() < 0.5 else ""
        lat = round(21.93 + rnd.uniform(-0.2, 0.2), 6)
        lon = round(-99.99 + rnd.uniform(-0.2, 0.2), 6)
        status = "activo" if rnd.random() < 0.93 else rnd.choice(("suspendido", "baja"))
        created = now - dt.timedelta(days=rnd.randint(30, 2500))
        cust_rows.append({
            "number": number, "name": name, "phones": ",".join(phones), "email": email, "address": street,
            "colonia": colonia, "municipio": muni, "state": "San Luis Potosí", "postal_code": cp,
            "references": "Casa de dos pisos, portón negro" if rnd.random() < 0.3 else "", "latitude": lat,
            "longitude": lon, "zone": zone, "tower": tower, "plan": plan, "plan_price": price, "billing_day": bday,
            "status": status, "notes": "Cliente de demostración (DEMO)",
            "last_invoice": f"F{rnd.randint(100000, 999999)}", "office_id": office.id,
            "install_date": created.date(), "created_at": created, "updated_at": created,
        })
        billing.append(bday)
        cust_addr.append(f"{street}, Col. {colonia}, {muni}")
    with write_tx():
        ids = write_customers(cust_rows, progress=progress, stage="Clientes")
    del cust_rows

    # --- reports and events --------------------------------------------------------------------
    if reports:
        _build_reports(rnd, reports, ids, billing, cust_addr, office, staff, cal, now, sqlite, progress,
                       DEFAULT_POLICIES, compute_deadlines)
    return (f"Datos de demostración: {customers:,} clientes y {reports:,} reportes (semilla {seed}).".replace(",", " ")
            + f" Usuarios de prueba con contraseña «{DEMO_PASSWORD}»: "
            + ", ".join(f"{u} ({r})" for u, r, _ in demo_users()))


def _build_reports(rnd: random.Random, total: int, cust_ids: list[int], billing: list[int], addr: list[str],
                   office: Office, staff: dict[str, list[int]], cal: BusinessCalendar, now: dt.datetime,
                   sqlite: bool, progress: Progress | None, policies: dict[str, Policy],
                   compute: Callable[..., Deadlines]) -> None:
    ts = _ts_for_backend()
    span = 730 * 86400
    start = now - dt.timedelta(seconds=span)
    # Opening times, sorted so that folios run in order; office-hours biased.
    offsets = sorted(rnd.randrange(span // 60) * 60 for _ in range(total))  # whole minutes
    techs = staff["tecnico"] or staff["gerente"]
    desk = staff["recepcion"] or staff["gerente"]
    kinds = rnd.choices(KINDS, weights=KIND_WEIGHTS, k=total)
    channels = rnd.choices(CHANNELS, weights=CHANNEL_WEIGHTS, k=total)
    from .models import FolioCounter

    counters: dict[int, int] = {
        row.year: row.last for row in FolioCounter.select().where(FolioCounter.office == office.id)
    }
    n_customers = len(cust_ids)
    internal = list(CAUSES["interna"])
    external = list(CAUSES["externa"])
    utc = dt.UTC

    report_cols = ("folio", "folio_key", "office_id", "customer_id", "kind", "channel", "description", "location",
                   "contact_phone", "visit_window", "documents_json", "priority", "status", "assignee_id",
                   "created_by_id", "opened_at", "response_due", "resolution_due", "responded_at",
                   "closed_at", "incident_id", "updated_at", "area_id", "first_response_due", "first_resolution_due",
                   "cycle", "end_reason",
                   # v2 columns nothing reads any more (see models.Report); NOT NULL, so given their empty value
                   "cause_category", "cause_code", "cause", "action_taken", "notified_channel", "notified_text")
    legacy = ("", "", "", "", "", "")
    events: list[tuple] = []
    visits: list[tuple] = []
    resolutions: list[tuple] = []
    notices: list[tuple] = []
    pauses: list[tuple] = []
    memo: dict[tuple, tuple[dt.datetime, dt.datetime]] = {}  # most reports share an opening minute
    first_id = (Report.select(Report.id).order_by(Report.id.desc()).scalar() or 0) + 1
    prefix = office.folio_prefix

    rand = rnd.random  # randrange() costs more than the rest of a row
    staff_names = {u.id: u.full_name for u in User.select().where(User.id.in_(techs + desk))}
    office_id = office.id
    # Local year of a UTC time: offset taken in January (year ends fall outside daylight-saving time).
    year_offset = cal.tz.utcoffset(dt.datetime(now.year, 1, 15)) or dt.timedelta(0)
    docs_json = {k: json.dumps(list(DOCUMENTS[k][:2]), ensure_ascii=False) if k in DOCUMENTS else "[]"
                 for k in KINDS}
    created_text = {(k, c): f"{KIND_LABELS[k]} por {CHANNEL_LABELS[c].lower()}" for k in KINDS for c in CHANNELS}

    def rows() -> Iterator[tuple]:
        for i in range(total):
            rid = first_id + i
            opened = start + dt.timedelta(seconds=offsets[i])
            # Nudge into office hours most of the time: reports arrive while people are awake.
            if rand() < 0.85:
                opened = opened.replace(hour=15 + (offsets[i] // 60 % 9), minute=(offsets[i] // 420) % 12 * 5)
                if opened > now:
                    opened = now - dt.timedelta(minutes=1)
            local_year = (opened + year_offset).year % 100
            seq = counters.get(local_year, 0) + 1
            counters[local_year] = seq
            folio_display, folio_key = folio_strings(prefix, local_year, seq)
            ci = int(rand() * n_customers)
            kind = kinds[i]
            channel = channels[i]
            policy = policies[kind]
            memo_key = (kind, billing[ci] if policy.before_billing_cutoff else 0, opened)
            dues = memo.get(memo_key)
            if dues is None:
                d = compute(cal, policy, opened, billing[ci])
                dues = (d.response_due.astimezone(utc).replace(tzinfo=None),
                        d.resolution_due.astimezone(utc).replace(tzinfo=None))
                memo[memo_key] = dues
            response_due, resolution_due = dues
            texts = FAULT_TEXTS if kind == "falla" else OTHER_TEXTS[kind]
            description = texts[int(rand() * len(texts))]
            creator = desk[int(rand() * len(desk))]
            age_h = (now - opened).total_seconds() / 3600
            # Older reports are closed; recent ones spread over the open statuses.
            if age_h > 240 or rand() < min(0.9, age_h / 200):
                status = "cerrado"
            else:
                status = rnd.choice(("abierto", "asignado", "en_proceso", "en_espera", "resuelto"))
            technical = kind == "falla"
            if status == "abierto":
                assignee = None
            elif technical:
                assignee = techs[int(rand() * len(techs))]
            else:  # the area's inbox: a receptionist took it (no draw: the same data as before for a seed)
                assignee = desk[rid % len(desk)]
            late = rand() < 0.12
            resolve_after = (resolution_due - opened) * (1.3 if late else rnd.uniform(0.1, 0.9))
            resolved_at = opened + resolve_after if status in ("resuelto", "cerrado") else None
            if resolved_at and resolved_at > now:
                resolved_at = now - dt.timedelta(minutes=5)
            responded = opened + dt.timedelta(minutes=rnd.randint(10, 600)) if status != "abierto" else None
            if responded and resolved_at and responded > resolved_at:
                responded = resolved_at
            visited = technical and status not in ("abierto", "asignado") and rand() < 0.6
            visit_at = _office_hours(opened + dt.timedelta(hours=rnd.randint(2, 20)), year_offset) if visited else None
            cause_cat = cause_code = cause = action = ""
            upheld = None
            s_opened = ts(opened)
            s_responded = ts(responded) if responded else None
            s_resolved = ts(resolved_at) if resolved_at else None
            if resolved_at:
                cause_cat = "externa" if rand() < 0.25 else "interna"
                cause_code = rnd.choice(external if cause_cat == "externa" else internal)
                cause = CAUSES[cause_cat][cause_code]
                action = "Se revisó y se corrigió" if technical else "Se atendió la solicitud"
                upheld = cause_cat == "interna"
                resolutions.append((rid, 1, cause_code, cause_cat, "", action, "", bool(visit_at), upheld,
                                    "" if upheld else "La causa es ajena al proveedor", s_resolved,
                                    assignee or creator, None))
            notified_at = None
            if status == "cerrado":
                notified_at = resolved_at + dt.timedelta(minutes=rnd.randint(5, 240))
                if notified_at > now:
                    notified_at = now - dt.timedelta(minutes=1)
                s_notified = ts(notified_at)
                notices.append((rid, 1, rnd.choice(("telefono", "whatsapp")), f"Se informó la causa: {cause.lower()}",
                                s_notified, creator, rand() < 0.95, s_notified))
            s_notified = ts(notified_at) if notified_at else None
            if visit_at:
                done = status in ("resuelto", "cerrado")
                visits.append((rid, assignee, ts(visit_at), ts(visit_at + dt.timedelta(hours=2)),
                               "realizada" if done else "programada", "", assignee, s_responded,
                               ts(visit_at) if done else None, ts(visit_at + dt.timedelta(hours=1)) if done else None))
            if status == "en_espera":
                pauses.append((rid, "cliente_pospone", True, "El cliente pidió otro día", s_responded, None,
                               assignee or creator))
            ev = events
            ev.append((rid, s_opened, creator, "created", "", "abierto", created_text[kind, channel], ""))
            if assignee:
                ev.append((rid, s_responded, creator, "assigned", "abierto", "asignado",
                           f"Asignado a {staff_names[assignee]}", ""))
                if visit_at:
                    ev.append((rid, s_responded, assignee, "visit", "asignado", "en_proceso",
                               f"Visita programada con {staff_names[assignee]}", ""))
            if status == "en_proceso" and not visit_at:
                ev.append((rid, s_responded, assignee or creator, "status", "asignado" if assignee else "abierto",
                           "en_proceso", "En atención", ""))
            if status == "en_espera":
                ev.append((rid, s_responded, assignee or creator, "paused", "en_proceso" if visit_at else "asignado"
                           if assignee else "abierto", "en_espera",
                           "El cliente pidió posponer (el plazo se detiene). El cliente pidió otro día", ""))
            if resolved_at:
                ev.append((rid, s_resolved, assignee or creator, "resolved", "asignado" if assignee else
                           "abierto", "resuelto", f"{cause}. {action}", ""))
            if notified_at:
                ev.append((rid, s_notified, creator, "notified", "resuelto", "resuelto", notices[-1][3], ""))
                ev.append((rid, s_notified, creator, "closed", "resuelto", "cerrado", "Reporte cerrado", ""))
            s_last = s_notified or s_resolved or s_responded or s_opened
            s_response_due, s_resolution_due = ts(response_due), ts(resolution_due)
            yield (
                rid, folio_display, folio_key, office_id, cust_ids[ci], kind, channel, description,
                addr[ci] if technical else "", "", "", docs_json[kind], "alta" if rand() < 0.05 else "normal",
                status, assignee, creator, s_opened, s_response_due, s_resolution_due, s_responded,
                s_notified, None, s_last, KIND_AREAS[kind], s_response_due, s_resolution_due, 1, "", *legacy,
            )

    event_cols = ("report_id", "at", "user_id", "action", "from_status", "to_status", "text", "data_json", "prev_hash",
                  "hash")
    sub_records = (
        ("visit", ("report_id", "technician_id", "starts_at", "ends_at", "status", "outcome", "created_by_id",
                   "created_at", "arrived_at", "done_at"), visits),
        ("resolution", ("report_id", "cycle", "cause_code", "cause_category", "cause_text", "action_taken",
                        "equipment", "visit_done", "upheld", "upheld_reason", "resolved_at", "resolved_by_id",
                        "incident_id"), resolutions),
        ("notice", ("report_id", "cycle", "channel", "text", "at", "user_id", "confirmed", "created_at"), notices),
        ("pause", ("report_id", "reason", "customer_caused", "note", "started_at", "ended_at", "started_by_id"),
         pauses),
    )
    if sqlite:
        # Durability of a half-built demo does not matter; the final commit still lands whole.
        db.execute_sql("PRAGMA synchronous = OFF")
        db.execute_sql("PRAGMA cache_size = -400000")
    with write_tx():
        dropped = _drop_indexes(("report", "report_event", "visit", "resolution", "notice")) if sqlite else []
        cols = ", ".join(f'"{c}"' for c in (*report_cols, "event_head"))
        conn = db.connection()
        cur = conn.cursor()
        done = 0
        if sqlite:
            sql = f'INSERT INTO "report" (id, {cols}) VALUES (?, {", ".join("?" * (len(report_cols) + 1))})'
            ev_sql = f'INSERT INTO "report_event" ({", ".join(event_cols)}) VALUES ({", ".join("?" * 10)})'
        else:
            from psycopg2.extras import execute_values

            sql = f'INSERT INTO "report" (id, {cols}) VALUES %s'
            ev_sql = f'INSERT INTO "report_event" ({", ".join(event_cols)}) VALUES %s'
        for chunk in _chunks(rows(), 20000):
            # Sealed as the services would have (`core.chain`); the report row carries its chain's head.
            chunk_events, heads = seal_events(events)
            events.clear()
            chunk = [(*r, heads.get(r[0], "")) for r in chunk]
            if sqlite:
                cur.executemany(sql, chunk)
                cur.executemany(ev_sql, chunk_events)
            else:
                execute_values(cur, sql, chunk, page_size=5000)
                execute_values(cur, ev_sql, chunk_events, page_size=5000)
            for table, columns, pending in sub_records:
                if pending:
                    names = ", ".join(f'"{c}"' for c in columns)
                    if sqlite:
                        cur.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})',
                                        pending)
                    else:
                        execute_values(cur, f'INSERT INTO "{table}" ({names}) VALUES %s', pending, page_size=5000)
                    pending.clear()
            done += len(chunk)
            if progress:
                progress("Reportes", done, total)
        for year, last in counters.items():
            _set_counter(office.id, year, last)
        if progress:
            progress("Índices", 0, 1)
        for stmt in dropped:
            db.execute_sql(stmt)
        if not sqlite:
            db.execute_sql("SELECT setval(pg_get_serial_sequence('report', 'id'), (SELECT MAX(id) FROM report))")
        if progress:
            progress("Índices", 1, 1)
    if sqlite:
        db.execute_sql("PRAGMA synchronous = NORMAL")
        db.execute_sql("PRAGMA cache_size = -32000")


def _office_hours(at: dt.datetime, offset: dt.timedelta) -> dt.datetime:
    """A visit moved into working hours (9 to 17 h local, on the hour): technicians do not knock at 3 a.m."""
    local = at + offset
    if local.hour < 9:
        local = local.replace(hour=9 + local.hour % 8, minute=0)
    elif local.hour >= 17:
        local = (local + dt.timedelta(days=1)).replace(hour=9 + local.hour % 8, minute=0)
    else:
        local = local.replace(minute=0)
    return local - offset


def _drop_indexes(tables: Sequence[str]) -> list[str]:
    """Drop the plain indexes of `tables` and return the statements that rebuild them."""
    marks = ",".join("?" * len(tables))
    rows = db.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})",
        tuple(tables),
    ).fetchall()
    out = []
    for name, sql in rows:
        if "UNIQUE" in sql.upper().split("INDEX")[0]:
            continue  # unique indexes stay: they are the folio's guarantee
        db.execute_sql(f'DROP INDEX "{name}"')
        out.append(sql)
    return out


def _set_counter(office_id: int, year: int, last: int) -> None:
    from .models import FolioCounter

    # Never an upsert: the database refuses an INSERT over an existing counter, and a counter only grows.
    updated = FolioCounter.update(last=last).where(FolioCounter.office == office_id, FolioCounter.year == year,
                                                   FolioCounter.last < last).execute()
    if not updated and not FolioCounter.select().where(FolioCounter.office == office_id,
                                                       FolioCounter.year == year).exists():
        FolioCounter.insert(office=office_id, year=year, last=last).execute()


__all__ = ["DEMO_PASSWORD", "build_demo", "demo_users"]
