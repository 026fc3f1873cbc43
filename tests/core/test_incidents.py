"""Mass outages on both backends: declaring one (zone and tower as the customers spell them), the faults offered and
linked (one event each), resolving the incident (every linked active report resolved with one Resolution and one
event, others left alone, all or nothing), the notice to all, and the affected customers with their compensation,
checked against hand computations, and the CSV read back."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from urllib.parse import unquote

import pytest

from ispdesk.core import clock
from ispdesk.core.errors import DomainError, InvalidTransition, PermissionDenied, ValidationError
from ispdesk.core.models import Incident, Notice, Pause, Report, ReportEvent, Resolution, Visit
from ispdesk.core.queries import incidents as q
from ispdesk.core.services import customers as customer_service
from ispdesk.core.services import incidents, reports
from ispdesk.core.vocab import Status

START = dt.datetime(2026, 11, 19, 16, 0)  # Thursday 19 Nov 2026, 10:00 in Mexico City


@pytest.fixture
def frozen():
    now = [START + dt.timedelta(minutes=30)]
    clock.set_clock(lambda: now[0])
    yield now
    clock.set_clock(None)


@pytest.fixture
def town(staff, customer, frozen):
    """The fixture customer (Norte / T-03, 399) and neighbours: one on the same tower who never calls (649), one
    spelled «norte / t-03», one on another tower, one in another zone, one dado de baja."""
    desk = staff["recepcion"]

    def make(number: str, name: str, zone: str, tower: str, price: str | None = "399", **extra: object) -> object:
        return customer_service.create_customer(desk, number=number, name=name, zone=zone, tower=tower,
                                                plan="30 Mbps" if price == "649" else "20 Mbps", plan_price=price,
                                                phones="487 100 3000", address="Hidalgo 10", **extra)

    return {
        "maria": customer,
        "quiet": make("C-02000", "Óscar Ñúñez Ávila", "Norte", "T-03", "649"),
        "variant": make("C-02001", "Lupe Díaz", "norte ", "t-03"),
        "tower7": make("C-02002", "Pedro Gómez", "Norte", "T-07"),
        "south": make("C-02003", "Sara Luna", "Sur", "T-03"),
        "gone": make("C-02004", "Beto Baja", "Norte", "T-03", status="baja"),
        "noprice": make("C-02005", "Nora Sin Precio", "Norte", "T-03", None),
    }


def _fault(staff, customer, text: str = "Sin internet") -> Report:
    return reports.open_report(staff["recepcion"], customer, "falla", "telefono", text)


def _events(report_id: int, action: str) -> int:
    return ReportEvent.select().where(ReportEvent.report == report_id, ReportEvent.action == action).count()


def _declare(staff, tower: str = "T-03", **kw: object) -> Incident:
    return incidents.declare(staff["jefe_tecnico"], title=kw.pop("title", "Caída de la torre T-03"), zone="Norte",
                             tower=tower, started_at=kw.pop("started_at", START), **kw)


# --- declare --------------------------------------------------------------------------------------------------

def test_declare_takes_the_customers_spelling_and_a_default_title(town, staff) -> None:
    inc = incidents.declare(staff["gerente"], title="", zone=" NORTE", tower="t-03", cause_text="Se cayó el enlace")
    assert (inc.zone, inc.tower, inc.status) == ("Norte", "T-03", "abierto")
    assert inc.title == "Falla masiva en Norte, torre T-03"
    assert inc.cause == "Se cayó el enlace"
    assert inc.started_at == clock.now_utc()
    assert inc.created_by_id == staff["gerente"].id


@pytest.mark.parametrize(("kw", "field", "words"), [
    ({"zone": ""}, "zone", "Zona: este dato es obligatorio"),
    ({"zone": "Nrote"}, "zone", "No hay clientes en la zona «Nrote». Zonas con clientes: Norte, Sur."),
    ({"tower": "T-99"}, "tower", "No hay clientes de la torre «T-99» en la zona Norte. Torres de esa zona: T-03, T-07"),
    ({"started_at": START + dt.timedelta(hours=2)}, "started_at", "La hora de inicio no puede estar en el futuro"),
    ({"started_at": START - dt.timedelta(days=40)}, "started_at", "hace más de 31 días"),
])
def test_declare_refuses_with_the_field_at_fault(town, staff, kw, field, words) -> None:
    args = {"title": "Caída", "zone": "Norte", "tower": "T-03", "started_at": START} | kw
    with pytest.raises(ValidationError) as err:
        incidents.declare(staff["jefe_tecnico"], **args)
    assert err.value.field == field
    assert words in err.value.message
    assert Incident.select().count() == 0


def test_declare_needs_the_permission_and_refuses_a_second_open_incident(town, staff) -> None:
    with pytest.raises(PermissionDenied):
        incidents.declare(staff["recepcion"], title="x", zone="Norte")
    with pytest.raises(PermissionDenied):
        incidents.declare(staff["tecnico"], title="x", zone="Norte")
    first = _declare(staff)
    with pytest.raises(ValidationError) as err:
        incidents.declare(staff["gerente"], title="Otra", zone="norte", tower="T-03")
    assert err.value.field == "zone"
    assert "«Caída de la torre T-03»" in err.value.message
    whole_zone = incidents.declare(staff["gerente"], title="Toda la zona", zone="Norte")
    assert whole_zone.id != first.id


def test_zones_merge_spellings_and_count_customers_not_gone(town) -> None:
    zs = {z.zone: z for z in q.zones()}
    assert set(zs) == {"Norte", "Sur"}
    # Norte: maria, quiet, variant, tower7, noprice (gone is baja)
    assert zs["Norte"].customers == 5
    assert [(t.tower, t.customers) for t in zs["Norte"].towers] == [("T-03", 4), ("T-07", 1)]


# --- candidates and linking -----------------------------------------------------------------------------------

def test_candidates_are_active_faults_of_the_zone_and_tower_only(town, staff, frozen) -> None:
    maria = _fault(staff, town["maria"])
    variant = _fault(staff, town["variant"])
    tower7 = _fault(staff, town["tower7"])
    _fault(staff, town["south"])
    reports.open_report(staff["recepcion"], town["quiet"], "queja", "telefono", "Me atendieron mal")
    closed = reports.cancel(staff["recepcion"], _fault(staff, town["quiet"]), "Ya funcionó")
    tower_inc = _declare(staff)
    assert [r.id for r in q.link_candidates(tower_inc.id)] == sorted([maria.id, variant.id], reverse=True)
    zone_inc = incidents.declare(staff["gerente"], title="Toda la zona", zone="Norte", started_at=START)
    # a fault linked to the other open incident is not offered here
    incidents.link_reports(staff["gerente"], tower_inc, [maria.id])
    assert {r.id for r in q.link_candidates(zone_inc.id)} == {variant.id, tower7.id}
    assert closed.id not in {r.id for r in q.link_candidates(zone_inc.id)}
    row = next(r for r in q.link_candidates(tower_inc.id))
    assert (row.folio, row.customer_name, row.tower, row.status) == (variant.folio, "Lupe Díaz", "t-03", "abierto")


def test_link_writes_one_event_each_and_skips_those_already_linked(town, staff) -> None:
    a, b = _fault(staff, town["maria"]), _fault(staff, town["quiet"])
    inc = _declare(staff)
    before = ReportEvent.select().count()
    assert incidents.link_reports(staff["jefe_tecnico"], inc, [a.id, b.id, b.id]) == sorted([a.id, b.id])
    assert ReportEvent.select().count() == before + 2
    for r in (a, b):
        assert Report.get_by_id(r.id).incident_id == inc.id
        assert _events(r.id, "incident") == 1
        event = ReportEvent.get(ReportEvent.report == r.id, ReportEvent.action == "incident")
        assert event.text == "Vinculado al incidente «Caída de la torre T-03»"
        assert event.user_id == staff["jefe_tecnico"].id
    assert incidents.link_reports(staff["jefe_tecnico"], inc, [a.id]) == []
    assert ReportEvent.select().count() == before + 2
    assert q.link_candidates(inc.id) == []
    assert [r.id for r in q.incident_detail(inc.id).reports] == sorted([a.id, b.id], reverse=True)


def test_link_refuses_the_whole_batch_naming_the_report(town, staff) -> None:
    good = _fault(staff, town["maria"])
    complaint = reports.open_report(staff["recepcion"], town["quiet"], "queja", "telefono", "Mala atención")
    inc = _declare(staff)
    before = ReportEvent.select().count()
    with pytest.raises(ValidationError) as err:
        incidents.link_reports(staff["gerente"], inc, [good.id, complaint.id])
    assert complaint.folio in err.value.message
    assert "no es una falla" in err.value.message
    cancelled = reports.cancel(staff["recepcion"], _fault(staff, town["quiet"]), "Ya funcionó")
    with pytest.raises(InvalidTransition) as err:
        incidents.link_reports(staff["gerente"], inc, [good.id, cancelled.id])
    assert cancelled.folio in err.value.message
    with pytest.raises(PermissionDenied):
        incidents.link_reports(staff["recepcion"], inc, [good.id])
    with pytest.raises(ValidationError):
        incidents.link_reports(staff["gerente"], inc, [])
    assert Report.get_by_id(good.id).incident_id is None
    assert ReportEvent.select().count() == before + 2  # only the new fault and its cancellation


# --- resolve --------------------------------------------------------------------------------------------------

def _scene(town, staff, frozen):
    """Four linked faults in different states, one unlinked fault in the zone."""
    mgr, tech = staff["gerente"], staff["tecnico"]
    waiting = _fault(staff, town["maria"], "Sin señal")
    reports.assign(mgr, waiting, tech)
    reports.pause(tech, waiting, "sin_acceso")
    visit = _fault(staff, town["quiet"], "No carga nada")
    reports.schedule_visit(mgr, visit, START + dt.timedelta(days=1), technician=tech)
    onsite = _fault(staff, town["variant"], "Lento")
    reports.assign(mgr, onsite, tech)
    reports.arrive(tech, onsite)
    done = _fault(staff, town["maria"], "Intermitente")
    inc = _declare(staff, cause_text="Corte de fibra")
    incidents.link_reports(mgr, inc, [waiting.id, visit.id, onsite.id, done.id])
    reports.resolve(mgr, done, cause_code="equipo_cliente", action="Se reinició el router", upheld=False,
                    upheld_reason="Era su router")
    unlinked = _fault(staff, town["noprice"], "Sin internet")
    frozen[0] = START + dt.timedelta(hours=6)
    return inc, [waiting, visit, onsite], done, unlinked


def test_resolve_resolves_every_linked_active_report_once(town, staff, frozen) -> None:
    inc, active, done, unlinked = _scene(town, staff, frozen)
    before = {a: ReportEvent.select().where(ReportEvent.action == a).count() for a in ("resolved", "incident")}
    row = incidents.resolve_incident(staff["jefe_tecnico"], inc, cause_code="red", action="Se empalmó la fibra",
                                     ended_at=START + dt.timedelta(hours=5))
    assert (row.status, row.cause_code_id, row.cause_category, row.action_taken) == (
        "resuelto", "red", "interna", "Se empalmó la fibra")
    assert row.ended_at == START + dt.timedelta(hours=5)
    assert row.resolved_by_id == staff["jefe_tecnico"].id
    assert row.cause == "Corte de fibra"  # the declared words stay when no detail is given
    assert ReportEvent.select().where(ReportEvent.action == "resolved").count() == before["resolved"] + 3
    now = clock.now_utc()
    for r in active:
        fresh = Report.get_by_id(r.id)
        assert fresh.status == Status.RESUELTO
        assert fresh.responded_at is not None
        assert _events(r.id, "resolved") == 1
        res = Resolution.get(Resolution.report == r.id)
        assert (res.cycle, res.cause_code_id, res.cause_category, res.cause_text, res.action_taken, res.upheld,
                res.incident_id, res.resolved_by_id, res.resolved_at) == (
            1, "red", "interna", "Corte de fibra", "Se empalmó la fibra", True, inc.id, staff["jefe_tecnico"].id, now)
        event = ReportEvent.get(ReportEvent.report == r.id, ReportEvent.action == "resolved")
        assert event.text == ("Falla en la red o en la torre. Se empalmó la fibra (procedente). "
                              "Incidente «Caída de la torre T-03»")
        assert event.to_status == "resuelto"
    waiting, visit, onsite = active
    assert Pause.get(Pause.report == waiting.id).ended_at == now
    assert Visit.get(Visit.report == visit.id).status == "cancelada"
    assert Visit.get(Visit.report == onsite.id).status == "realizada"
    assert Resolution.get(Resolution.report == onsite.id).visit_done is True
    assert Resolution.get(Resolution.report == visit.id).visit_done is None
    # the one resolved by hand keeps its own resolution; the unlinked one is untouched
    assert Resolution.select().where(Resolution.report == done.id).count() == 1
    assert Resolution.get(Resolution.report == done.id).cause_code_id == "equipo_cliente"
    assert _events(done.id, "resolved") == 1
    assert Report.get_by_id(unlinked.id).status == Status.ABIERTO
    assert _events(unlinked.id, "resolved") == 0
    detail = q.incident_detail(inc.id)
    assert (detail.active_count, detail.to_notify_count, detail.cause_label) == (0, 4, "Falla en la red o en la torre")
    with pytest.raises(InvalidTransition):
        incidents.resolve_incident(staff["gerente"], inc, cause_code="red", action="Otra vez")
    with pytest.raises(InvalidTransition):
        incidents.link_reports(staff["gerente"], inc, [unlinked.id])


def test_resolve_is_all_or_nothing(town, staff, frozen, monkeypatch) -> None:
    inc, active, _done, _unlinked = _scene(town, staff, frozen)
    counts = (Resolution.select().count(), ReportEvent.select().count(), Pause.select().where(
        Pause.ended_at.is_null()).count(), Visit.select().where(Visit.status == "programada").count())

    def boom(rows):  # the events are the last thing written: everything before must roll back
        raise RuntimeError("disco lleno")

    monkeypatch.setattr(ReportEvent, "insert_many", boom)
    with pytest.raises(RuntimeError):
        incidents.resolve_incident(staff["gerente"], inc, cause_code="red", action="Se empalmó la fibra")
    monkeypatch.undo()
    assert Incident.get_by_id(inc.id).status == "abierto"
    assert Incident.get_by_id(inc.id).ended_at is None
    assert all(Report.get_by_id(r.id).status != Status.RESUELTO for r in active)
    assert counts == (Resolution.select().count(), ReportEvent.select().count(), Pause.select().where(
        Pause.ended_at.is_null()).count(), Visit.select().where(Visit.status == "programada").count())


@pytest.mark.parametrize(("kw", "field"), [
    ({"cause_code": "nada"}, "cause_code"),
    ({"action": "  "}, "action_taken"),
    ({"upheld": False}, "upheld_reason"),
    ({"ended_at": START - dt.timedelta(hours=1)}, "ended_at"),
    ({"ended_at": START + dt.timedelta(days=2)}, "ended_at"),
])
def test_resolve_refuses_bad_input_with_the_field(town, staff, frozen, kw, field) -> None:
    inc = _declare(staff)
    a = _fault(staff, town["maria"])
    incidents.link_reports(staff["gerente"], inc, [a.id])
    with pytest.raises(DomainError) as err:
        incidents.resolve_incident(staff["gerente"], inc, **({"cause_code": "red", "action": "Se arregló"} | kw))
    assert err.value.field == field
    assert Report.get_by_id(a.id).status == Status.ABIERTO
    assert Incident.get_by_id(inc.id).status == "abierto"


# --- notify ---------------------------------------------------------------------------------------------------

def test_notify_incident_records_a_notice_and_an_event_on_each_resolved_report(town, staff, frozen) -> None:
    inc, active, done, _unlinked = _scene(town, staff, frozen)
    with pytest.raises(InvalidTransition):  # an incident with no resolved report has no one to tell
        incidents.notify_incident(staff["gerente"], incidents.declare(staff["gerente"], title="Sur", zone="Sur"),
                                  channel="whatsapp", text="Hola")
    incidents.resolve_incident(staff["gerente"], inc, cause_code="red", action="Se empalmó la fibra")
    frozen[0] += dt.timedelta(minutes=10)
    with pytest.raises(ValidationError) as err:
        incidents.notify_incident(staff["gerente"], inc, channel="paloma", text="Hola")
    assert err.value.field == "notified_channel"
    with pytest.raises(ValidationError) as err:
        incidents.notify_incident(staff["gerente"], inc, channel="whatsapp", text=" ")
    assert err.value.field == "notified_text"
    ids = incidents.notify_incident(staff["gerente"], inc, channel="whatsapp", text="Ya quedó el servicio.")
    assert sorted(ids) == sorted([r.id for r in active] + [done.id])
    for rid in ids:
        notice = Notice.get(Notice.report == rid)
        assert (notice.channel, notice.text, notice.cycle, notice.user_id) == (
            "whatsapp", "Ya quedó el servicio.", 1, staff["gerente"].id)
        assert _events(rid, "notified") == 1
        assert Report.get_by_id(rid).status == Status.RESUELTO
    assert reports.close(staff["recepcion"], active[0]).status == Status.CERRADO  # the notice counts for closing
    assert q.incident_detail(inc.id).to_notify_count == 0
    with pytest.raises(InvalidTransition):  # a second click records no contact that never happened
        incidents.notify_incident(staff["gerente"], inc, channel="whatsapp", text="Otra vez")
    assert Notice.select().count() == len(ids)
    # a report reopened and resolved again needs a new notice: only that one is pending
    reports.reopen(staff["recepcion"], done, "Volvió a fallar")
    reports.resolve(staff["gerente"], done, cause_code="red", action="Se cambió el conector", upheld=True)
    assert q.pending_notice(inc.id) == [done.id]
    assert incidents.notify_incident(staff["gerente"], inc, channel="telefono", text="Listo") == [done.id]


# --- affected customers and compensation ----------------------------------------------------------------------

def test_affected_customers_include_those_who_never_called(town, staff, frozen) -> None:
    a = _fault(staff, town["maria"])
    inc = _declare(staff)
    incidents.link_reports(staff["gerente"], inc, [a.id])
    rows = q.affected_customers(inc.id)
    assert [c.number for c in rows] == ["C-02001", "C-01234", "C-02005", "C-02000"]  # by name, baja left out
    by = {c.number: c for c in rows}
    assert by["C-01234"].reported
    assert not by["C-02000"].reported
    assert by["C-01234"].phones_text == "444 123 4567, 487 100 2000"
    assert by["C-01234"].address == "Centenario 322, Col. Centro, Rioverde"
    assert by["C-01234"].hours == Decimal("0.50")  # open: until now
    assert by["C-01234"].compensation is None  # the cause is not known yet
    assert "al resolver" in q.outage_terms(inc.id).reason
    wa = unquote(by["C-01234"].wa_url())
    assert wa.startswith("https://wa.me/524441234567?text=Hola, María: le escribimos de Internet Rioverde.")
    assert "hay una falla del servicio de internet en la zona Norte, torre T-03" in wa
    whole = incidents.declare(staff["gerente"], title="Toda", zone="Norte")
    assert {c.number for c in q.affected_customers(whole.id)} == {"C-01234", "C-02000", "C-02001", "C-02002",
                                                                  "C-02005"}


def test_compensation_matches_the_hand_computation(town, staff, frozen) -> None:
    inc = _declare(staff)
    frozen[0] = START + dt.timedelta(hours=7)
    incidents.resolve_incident(staff["gerente"], inc, cause_code="red", action="Se cambió el radio",
                               ended_at=START + dt.timedelta(hours=6))
    terms = q.outage_terms(inc.id)
    assert (terms.hours, terms.compensable, terms.bonus_pct, terms.threshold_hours, terms.reason) == (
        Decimal("6.00"), True, Decimal(20), Decimal(0), "")
    by = {c.number: c for c in q.affected_customers(inc.id)}
    # 399 a month, 6 h: 399 × 6 / 720 = 3.325 → 3.33; 20 % of 3.33 = 0.666 → 0.67; 4.00
    assert (by["C-01234"].proportional, by["C-01234"].bonus, by["C-01234"].compensation) == (
        Decimal("3.33"), Decimal("0.67"), Decimal("4.00"))
    # 649 a month: 649 × 6 / 720 = 5.4083… → 5.41; 1.082 → 1.08; 6.49
    assert by["C-02000"].compensation == Decimal("6.49")
    assert by["C-02005"].compensation is None  # no plan price
    wa = unquote(by["C-01234"].wa_url())
    # (the year shows only when it is not the current one)
    assert "en la zona Norte, torre T-03 estuvo interrumpido desde el jueves 19 de noviembre" in wa
    assert "10:00, hasta las 16:00; ya quedó restablecido." in wa
    assert "le bonificaremos $4.00 en su próximo recibo" in wa

    incidents.set_compensation_settings(staff["gerente"], bonus_pct="25", threshold_hours=0)
    by = {c.number: c for c in q.affected_customers(inc.id)}
    # 649: 5.41 × 25 % = 1.3525 → 1.35; 6.76
    assert (by["C-02000"].proportional, by["C-02000"].bonus, by["C-02000"].compensation) == (
        Decimal("5.41"), Decimal("1.35"), Decimal("6.76"))

    incidents.set_compensation_settings(staff["admin"], threshold_hours="8")
    terms = q.outage_terms(inc.id)
    assert not terms.compensable
    assert "menos de las 8 h" in terms.reason
    assert all(c.compensation is None for c in q.affected_customers(inc.id))


def test_no_compensation_when_the_cause_is_external(town, staff, frozen) -> None:
    inc = _declare(staff)
    incidents.resolve_incident(staff["gerente"], inc, cause_code="clima", action="Pasó la tormenta")
    terms = q.outage_terms(inc.id)
    assert not terms.compensable
    assert "ajena al proveedor" in terms.reason
    assert all(c.compensation is None for c in q.affected_customers(inc.id))


def test_compensation_settings_need_permission_and_the_legal_minimum(town, staff) -> None:
    assert (incidents.compensation_bonus_pct(), incidents.compensation_threshold_hours()) == (Decimal(20), Decimal(0))
    with pytest.raises(ValidationError) as err:
        incidents.set_compensation_settings(staff["gerente"], bonus_pct=19.5)
    assert err.value.field == "compensation_bonus_pct"
    assert "al menos 20 %" in err.value.message
    for bad in ("veinte", "-1", "1000"):
        with pytest.raises(ValidationError):
            incidents.set_compensation_settings(staff["gerente"], bonus_pct=bad, threshold_hours=bad)
    with pytest.raises(PermissionDenied):
        incidents.set_compensation_settings(staff["jefe_tecnico"], bonus_pct=30)
    incidents.set_compensation_settings(staff["gerente"], bonus_pct="22,5 %", threshold_hours=4)
    assert (incidents.compensation_bonus_pct(), incidents.compensation_threshold_hours()) == (
        Decimal("22.5"), Decimal(4))


def test_csv_reads_back_with_bom_accents_and_dot_amounts(town, staff, frozen, tmp_path) -> None:
    inc = _declare(staff)
    frozen[0] = START + dt.timedelta(hours=7)
    incidents.resolve_incident(staff["gerente"], inc, cause_code="red", action="Se cambió el radio",
                               ended_at=START + dt.timedelta(hours=6))
    path = tmp_path / "afectados.csv"
    assert q.affected_csv(inc.id, path) == 4
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["numero", "nombre", "telefonos", "domicilio", "plan", "precio", "horas_sin_servicio",
                       "compensacion"]
    by = {r[0]: r for r in rows[1:]}
    assert by["C-01234"] == ["C-01234", "María Peña López", "444 123 4567 / 487 100 2000",
                             "Centenario 322, Col. Centro, Rioverde", "20 Mbps", "399.00", "6.00", "4.00"]
    assert by["C-02000"][1] == "Óscar Ñúñez Ávila"
    assert by["C-02000"][5:] == ["649.00", "6.00", "6.49"]
    assert by["C-02005"][5:] == ["", "6.00", ""]
    assert not list(tmp_path.glob(".incidente-*"))  # the temporary file was renamed


def test_csv_cells_never_start_a_formula(tmp_path) -> None:
    row = q.AffectedCustomer(1, "-1", "=HYPERLINK(\"http://x\")", ("4441234567",), "@calle", "", "+plan",
                             Decimal("399"), "activo", False, Decimal("1.00"), None, None)
    path = tmp_path / "x.csv"
    q.write_affected_csv([row], path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        data = list(csv.reader(f))[1]
    assert data[:5] == ["'-1", "'=HYPERLINK(\"http://x\")", "444 123 4567", "'@calle", "'+plan"]


def test_incidents_list_puts_open_ones_first_with_counts(town, staff, frozen) -> None:
    old = _declare(staff, title="Vieja", started_at=START - dt.timedelta(days=2))
    incidents.resolve_incident(staff["gerente"], old, cause_code="red", action="Listo")
    a, b = _fault(staff, town["maria"]), _fault(staff, town["quiet"])
    new = _declare(staff, title="Nueva")
    incidents.link_reports(staff["gerente"], new, [a.id, b.id])
    reports.resolve(staff["gerente"], b, cause_code="red", action="Se arregló", upheld=True)
    rows = q.incidents()
    assert [(r.title, r.status, r.linked, r.active, r.place) for r in rows] == [
        ("Nueva", "abierto", 2, 1, "Norte / T-03"), ("Vieja", "resuelto", 0, 0, "Norte / T-03")]
    assert [r.title for r in q.incidents(active_only=True)] == ["Nueva"]
    assert rows[0].tz == "America/Mexico_City"


def test_the_wizard_finds_the_incident_whatever_the_case_or_accents(staff, customer, frozen) -> None:
    ebano = customer_service.create_customer(staff["recepcion"], number="E-1", name="Eva", zone="Ébano",
                                             tower="T-1")
    customer_service.create_customer(staff["recepcion"], number="E-2", name="Eli", zone="ébano", tower="T-2")
    active_incident_for = q.active_incident_for
    assert active_incident_for(ebano.id) is None
    zone_wide = incidents.declare(staff["gerente"], title="Ébano", zone="EBANO")
    assert zone_wide.zone in ("Ébano", "ébano")
    assert active_incident_for(ebano.id).id == zone_wide.id
    tower = incidents.declare(staff["gerente"], title="Torre 1", zone="ébano", tower="t-1")
    assert active_incident_for(ebano.id).id == tower.id  # the tower's own incident first
    assert active_incident_for(customer.id) is None


def test_outage_texts_say_the_span_once_and_the_day_again_only_when_it_changed() -> None:
    from ispdesk.core.messages import incident_notice_text, outage_message

    tz = "America/Mexico_City"
    same_day = incident_notice_text("Norte", "T-03", START, START + dt.timedelta(hours=4), tz,
                                    "Se cortó la fibra.", "Se empalmó la fibra", "Internet Rioverde")
    assert same_day.startswith("Le escribimos de Internet Rioverde sobre su reporte de falla. El servicio de internet "
                               "en la zona Norte, torre T-03 estuvo interrumpido desde el jueves 19 de noviembre")
    assert "10:00, hasta las 14:00. La causa fue: se cortó la fibra. Lo que hicimos: se empalmó la fibra. " \
           "El servicio quedó restablecido. ¿Nos confirma" in same_day
    next_day = incident_notice_text("Sur", "", START, START + dt.timedelta(days=1), tz, "", "", "")
    assert "en la zona Sur estuvo interrumpido" in next_day
    assert "hasta el viernes 20 de noviembre" in next_day
    ongoing = outage_message("  ", "", "Sur", "", START, None, tz)
    assert ongoing.startswith("Hola: le escribimos de su proveedor de internet. Desde el jueves 19 de noviembre")
    assert "le avisaremos cuando quede resuelto" in ongoing
    assert "bonificaremos" not in outage_message("Ana", "X", "Sur", "", START, START + dt.timedelta(hours=1), tz,
                                                 Decimal("0"))
