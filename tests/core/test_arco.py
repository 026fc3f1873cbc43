"""Personal data (LFPDPPP, ARCO) on both backends: the export holds everything kept on the person (JSON read back),
corrections leave a trail whose personal values live outside the append-only tables, anonymisation replaces every
personal string in every table (and, on SQLite, in the file itself) while every count stays the same, the events
stay append-only outside the anonymisation's narrow path, the retention rule lists before it acts, and only a
manager or an administrator may do any of it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from arco_fixtures import PERSON, SECRETS, START, make_person

from ispdesk.core import clock
from ispdesk.core.db import db, is_sqlite, write_tx
from ispdesk.core.errors import PermissionDenied, ValidationError
from ispdesk.core.models import (
    Attachment,
    AuditEvent,
    Customer,
    CustomerPhone,
    CustomerRevision,
    Notice,
    Pause,
    RedactionPermit,
    Report,
    ReportEvent,
    Resolution,
    Visit,
)
from ispdesk.core.queries.personal_data import personal_data, personal_data_json
from ispdesk.core.search import search
from ispdesk.core.services import arco, reports, users
from ispdesk.core.services import customers as customer_service


@pytest.fixture
def frozen():
    now = [START]
    clock.set_clock(lambda: now[0])
    yield now
    clock.set_clock(None)


@pytest.fixture
def person(staff, frozen, tmp_path):
    return make_person(staff, frozen, tmp_path)


# --- access ------------------------------------------------------------------------------------------------------

def test_the_export_holds_everything_kept_on_the_person(person, staff, tmp_path) -> None:
    c = person["customer"]
    path = arco.export_personal_data(staff["gerente"], c, tmp_path / "datos.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["formato"] == "ispdesk-datos-personales"
    client = doc["cliente"]
    assert client["nombre"] == "Zacarías Quintanilla Urquidi"
    assert client["telefonos"] == ["4441239876", "4875550011", "4871112233"]
    assert client["correo"] == "zacarias.q@example.mx"
    assert client["domicilio"]["referencias"] == "Portón verde junto a la tortillería"
    assert client["domicilio"]["latitud"] == pytest.approx(21.9281)
    assert client["ultima_factura"] == "F-88123"
    assert client["oposicion"] is False
    assert client["anonimizado"] is None
    assert client["alta"].startswith("2026-03-02T10:00:00-06:00")  # the office's local time, with its offset

    # rectification: the corrections with their values, though the audit trail holds only field names
    fixes = doc["rectificaciones"]
    phones = next(ch for r in fixes for ch in r["cambios"] if ch["campo"] == "phones")
    assert phones["antes"] == "4441239876,4875550011"
    assert phones["despues"] == "4441239876,4875550011,4871112233"
    plan = next(ch for r in fixes for ch in r["cambios"] if ch["campo"] == "plan")
    assert (plan["antes"], plan["despues"]) == ("20 Mbps", "30 Mbps")
    assert any(ch["campo"] == "notes" and "se mudó" in ch["despues"] for r in fixes for ch in r["cambios"])

    by_folio = {r["folio"]: r for r in doc["reportes"]}
    assert set(by_folio) == {person[k].folio for k in ("fault", "complaint", "outage", "arco")}
    fault = by_folio[person["fault"].folio]
    assert fault["descripcion"] == "Sin internet desde ayer; preguntar por Zacarías Quintanilla"
    assert fault["ubicacion"] == "Cuarto del garage azul"
    assert fault["telefono_contacto"] == "4871112233"
    assert fault["horario_de_visita"] == "después de las 5"
    assert [n["texto"] for n in fault["avisos"]] == ["Hola Zacarías Quintanilla, su servicio quedó listo"]
    assert fault["avisos"][0]["confirmo_solucion"] is True
    assert fault["esperas"][0]["nota"] == "Zacarías no está hasta el jueves"
    assert fault["visitas"][-1]["resultado"] == "Atendió la esposa de Zacarías"
    res = fault["resoluciones"][0]
    assert res["equipo_reemplazado"] == "Router TP-Link serie ZQU-1239876"
    assert res["procedente"] is False
    assert res["motivo_de_improcedencia"] == "El equipo de Zacarías estaba apagado"
    actions = [e["accion"] for e in fault["historial"]]
    assert actions[0] == "created"
    assert "edited" in actions
    assert "note" in actions
    assert "closed" in actions
    assert any("tel. 444 123 9876" in e["texto"] for e in fault["historial"])
    attachment = fault["archivos_adjuntos"][0]
    assert attachment["nombre"] == "ine_zacarias.jpg"
    assert attachment["bytes"] == person["photo"].stat().st_size
    import hashlib

    assert attachment["sha256"] == hashlib.sha256(person["photo"].read_bytes()).hexdigest()
    assert by_folio[person["complaint"].folio]["motivo_de_termino"] == "Zacarías se desistió"

    outage = next(i for i in doc["incidentes"] if i["titulo"] == "Caída de la torre T-03")
    assert outage["folios_vinculados"] == [person["outage"].folio]
    assert outage["horas_sin_servicio"] == "6.00"
    assert outage["compensacion"] == "4.00"  # 399 × 6 / 720 = 3.325 → 3.33, plus 20 %: 0.67
    assert "AVISO DE PRIVACIDAD" in doc["aviso_de_privacidad"]
    # the export itself is recorded, without data
    audit = AuditEvent.select().where(AuditEvent.entity == "customer", AuditEvent.entity_id == str(c.id),
                                      AuditEvent.action == "exported").get()
    assert json.loads(audit.data_json) == {"format": "json"}


def test_corrections_keep_personal_values_out_of_the_audit_trail(person, staff) -> None:
    c = person["customer"]
    rows = list(AuditEvent.select().where(AuditEvent.entity == "customer", AuditEvent.entity_id == str(c.id),
                                          AuditEvent.action == "updated").order_by(AuditEvent.id))
    assert [r.text for r in rows] == ["Se corrigió: teléfonos, plan", "Se corrigió: estado del cliente, notas"]
    first = json.loads(rows[0].data_json)
    assert first == {"fields": ["phones", "plan"], "changes": {"plan": ["20 Mbps", "30 Mbps"]}}
    assert "4871112233" not in rows[0].data_json
    revision = CustomerRevision.get(CustomerRevision.audit == rows[0].id)
    assert (revision.field, revision.after) == ("phones", "4441239876,4875550011,4871112233")
    assert revision.user_id == staff["recepcion"].id


def test_an_unchanged_save_records_no_correction(person, staff) -> None:
    c = person["customer"]
    before = AuditEvent.select().count()
    customer_service.update_customer(staff["recepcion"], c, name=PERSON["name"], phones="4441239876, 487 555 0011, "
                                     "(487) 111-2233", email="ZACARIAS.Q@example.mx", plan_price="$399.00")
    assert AuditEvent.select().count() == before


# --- cancellation ------------------------------------------------------------------------------------------------

def _counts() -> dict[str, object]:
    """What statistics read: every row count, kinds, statuses, channels, causes, verdicts, deadlines, events."""
    return {
        "reports": list(Report.select(Report.id, Report.kind, Report.status, Report.channel, Report.opened_at,
                                      Report.closed_at, Report.response_due, Report.resolution_due,
                                      Report.responded_at, Report.assignee, Report.incident, Report.area)
                        .order_by(Report.id).tuples()),
        "events": list(ReportEvent.select(ReportEvent.id, ReportEvent.report, ReportEvent.at, ReportEvent.user,
                                          ReportEvent.action, ReportEvent.from_status, ReportEvent.to_status)
                       .order_by(ReportEvent.id).tuples()),
        "resolutions": list(Resolution.select(Resolution.report, Resolution.cycle, Resolution.cause_code,
                                              Resolution.cause_category, Resolution.upheld, Resolution.resolved_at,
                                              Resolution.visit_done).order_by(Resolution.id).tuples()),
        "notices": list(Notice.select(Notice.report, Notice.channel, Notice.at, Notice.confirmed)
                        .order_by(Notice.id).tuples()),
        "visits": list(Visit.select(Visit.report, Visit.status, Visit.starts_at, Visit.done_at)
                       .order_by(Visit.id).tuples()),
        "pauses": list(Pause.select(Pause.report, Pause.reason, Pause.customer_caused, Pause.started_at,
                                    Pause.ended_at).order_by(Pause.id).tuples()),
        "attachments": list(Attachment.select(Attachment.report, Attachment.size, Attachment.added_at)
                            .order_by(Attachment.id).tuples()),
        "customers": list(Customer.select(Customer.id, Customer.status, Customer.zone, Customer.tower, Customer.plan,
                                          Customer.plan_price, Customer.billing_day, Customer.municipio,
                                          Customer.created_at).order_by(Customer.id).tuples()),
    }


def _scan_database() -> list[str]:
    """Every column of every table, as text (and blobs as bytes), folded: where a personal string still is."""
    from ispdesk.core.text import fold

    found = []
    if is_sqlite():
        tables = [r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    else:
        tables = [r[0] for r in db.execute_sql(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'").fetchall()]
    for table in tables:
        cursor = db.execute_sql(f'SELECT * FROM "{table}"')
        names = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            for column, value in zip(names, row, strict=True):
                if value is None:
                    continue
                text = bytes(value).decode("utf-8", "replace") if isinstance(value, bytes | memoryview) \
                    else str(value)
                folded = fold(text)
                found += [f"{table}.{column}: {s}" for s in SECRETS if s in folded]
    return found


def _scan_file(path: str) -> list[str]:
    """The SQLite file and its WAL, byte for byte: free pages and old index segments included."""
    from ispdesk.core.text import fold

    found = []
    for suffix in ("", "-wal"):
        p = Path(path + suffix)
        if p.exists():
            data = fold(p.read_bytes().decode("utf-8", "replace"))
            found += [f"{p.name}: {s}" for s in SECRETS if s in data]
    return found


def test_anonymisation_removes_every_personal_string_and_keeps_the_statistics(person, staff, database) -> None:
    c = person["customer"]
    other = customer_service.create_customer(staff["recepcion"], number="C-5", name="Vecina Conservada",
                                             phones="487 222 3344")
    assert _scan_database()  # the scan does find them before
    before = _counts()
    folder = Path(reports.attachment_path(Attachment.get()).parent)
    assert any(folder.iterdir())

    result = arco.anonymize_customer(staff["gerente"], c)

    assert _scan_database() == []
    after = _counts()
    arco_note = after["events"].pop()  # the open ARCO request says it was done
    assert arco_note[4] == "note"
    assert arco_note[1] == person["arco"].id
    assert after == before
    assert (result.previous_number, result.reports, result.attachments) == ("Z-7788", 4, 1)
    assert result.events > 10
    assert result.files_left == ()
    assert not folder.exists()  # the copy of the identification is gone
    row = Customer.get_by_id(c.id)
    assert row.name == "Cliente anonimizado"
    assert row.number == f"ANON-{c.id:06d}"
    assert row.anonymized_at is not None
    assert row.status == "baja"
    assert row.zone == "Norte"
    assert not CustomerPhone.select().where(CustomerPhone.customer == c.id).exists()
    assert not CustomerRevision.select().where(CustomerRevision.customer == c.id).exists()
    assert not RedactionPermit.select().exists()  # the permit never outlives the transaction
    fault = Report.get_by_id(person["fault"].id)
    assert (fault.description, fault.location, fault.contact_phone) == ("[anonimizado]", "", "")
    created = ReportEvent.get(ReportEvent.report == fault.id, ReportEvent.action == "created")
    assert created.text == "Falla en el servicio por teléfono"  # written from the lists: kept
    resolved = ReportEvent.get(ReportEvent.report == fault.id, ReportEvent.action == "resolved")
    assert json.loads(resolved.data_json) == {"cause_category": "externa", "cause_code": "equipo_cliente",
                                              "equipment": "[anonimizado]", "upheld": False}
    edited = ReportEvent.get(ReportEvent.report == fault.id, ReportEvent.action == "edited")
    assert json.loads(edited.data_json) == {"after": {"description": "[anonimizado]"},
                                            "before": {"description": "[anonimizado]"}}
    assert Attachment.get().filename == "[anonimizado].jpg"
    # found by nobody any more; the neighbour still is
    assert search("quintanilla").customer_ids == []
    assert search("4441239876").customer_ids == []
    assert search("vecina").customer_ids == [other.id]
    if is_sqlite():
        assert _scan_file(database) == []
    audit = AuditEvent.get(AuditEvent.action == "anonymized")
    assert json.loads(audit.data_json)["reports"] == 4
    assert "Z-7788" not in audit.data_json
    assert audit.user_id == staff["gerente"].id


def test_an_anonymised_customer_cannot_be_filled_in_again(person, staff) -> None:
    c = person["customer"]
    arco.anonymize_customer(staff["admin"], c)
    with pytest.raises(ValidationError, match="anonimizado") as exc:
        customer_service.update_customer(staff["recepcion"], c, phones="444 000 1111")
    assert exc.value.field == "phones"
    customer_service.update_customer(staff["recepcion"], c, plan="50 Mbps")  # not personal: allowed
    with pytest.raises(ValidationError, match="dé de alta un cliente nuevo") as exc:
        reports.open_report(staff["recepcion"], c, "contratacion", "oficina", "Quiere volver")
    assert exc.value.field == "customer"
    with pytest.raises(ValidationError, match="ya fue anonimizado"):
        arco.anonymize_customer(staff["gerente"], c)
    with pytest.raises(ValidationError, match="anonimizado"):
        arco.set_opposition(staff["gerente"], c, True)


def test_anonymisation_refuses_while_the_service_or_a_report_is_pending(staff, customer) -> None:
    mgr = staff["gerente"]
    with pytest.raises(ValidationError, match="dé de baja") as exc:
        arco.anonymize_customer(mgr, customer)
    assert exc.value.field == "status"
    r = reports.open_report(staff["recepcion"], customer, "aclaracion", "oficina", "Cobro doble de María")
    customer_service.update_customer(mgr, customer, status="baja")
    with pytest.raises(ValidationError, match=r.folio):
        arco.anonymize_customer(mgr, customer)
    assert Customer.get_by_id(customer.id).name == "María Peña López"
    assert Report.get_by_id(r.id).description == "Cobro doble de María"


def test_a_failure_midway_writes_nothing(person, staff, monkeypatch) -> None:
    c = person["customer"]
    before = _counts()
    descriptions = list(Report.select(Report.description).tuples())

    def broken(ids):
        raise RuntimeError("disco lleno")

    monkeypatch.setattr(arco, "_reseal", broken)
    with pytest.raises(RuntimeError):
        arco.anonymize_customer(staff["gerente"], c)
    assert _counts() == before
    assert list(Report.select(Report.description).tuples()) == descriptions
    assert Customer.get_by_id(c.id).name == PERSON["name"]
    assert not RedactionPermit.select().exists()
    assert person["photo"].exists()
    assert Attachment.get().stored  # the copy is still listed and still there
    assert reports.attachment_path(Attachment.get()).exists()


def test_anonymisation_reseals_the_chains_and_the_history_stays_whole(person, staff) -> None:
    """The redacted events' texts change, so their chains are sealed again in the same transaction; the audit event
    of the anonymisation keeps each head before and after, and `audit verify` still finds the history whole."""
    from ispdesk.core.services import audit_log

    fault = person["fault"]
    assert audit_log.verify().ok
    before = Report.get_by_id(fault.id).event_head
    hashes = {e.id: e.hash for e in ReportEvent.select().where(ReportEvent.report == fault.id)}
    arco.anonymize_customer(staff["gerente"], person["customer"])
    after = Report.get_by_id(fault.id).event_head
    assert after
    assert after != before
    assert {e.id: e.hash for e in ReportEvent.select().where(ReportEvent.report == fault.id)} != hashes
    heads = json.loads(AuditEvent.get(AuditEvent.action == "anonymized").data_json)["resealed"]
    assert heads[str(fault.id)] == [before, after]
    verdict = audit_log.verify()
    assert verdict.ok, verdict.problem


def _with_permit(report_id: int, query) -> None:
    with write_tx():
        RedactionPermit.create(report_id=report_id)
        query.execute()


def test_events_stay_append_only_outside_the_permit(person, staff) -> None:
    fault = person["fault"]
    event = ReportEvent.select().where(ReportEvent.report == fault.id).first()
    for change in ({"text": "otro"}, {"data_json": "{}"}, {"hash": "x"}):
        with pytest.raises(Exception, match="solo anexado"), write_tx():
            ReportEvent.update(**change).where(ReportEvent.id == event.id).execute()
    with pytest.raises(Exception, match="solo anexado"), write_tx():
        ReportEvent.delete().where(ReportEvent.id == event.id).execute()
    # with a permit, still only the free texts and hashes: never who, when, what
    for change in ({"action": "note"}, {"user": staff["admin"].id}, {"at": START}, {"to_status": "cerrado"}):
        with pytest.raises(Exception, match="solo anexado"):
            _with_permit(fault.id, ReportEvent.update(**change).where(ReportEvent.id == event.id))
    with pytest.raises(Exception, match="solo anexado"):  # a permit for another report does not help
        _with_permit(person["complaint"].id, ReportEvent.update(text="x").where(ReportEvent.id == event.id))
    with pytest.raises(Exception, match="solo anexado"):
        _with_permit(fault.id, ReportEvent.delete().where(ReportEvent.id == event.id))
    assert ReportEvent.get_by_id(event.id).text == event.text
    assert not RedactionPermit.select().exists()


# --- opposition ----------------------------------------------------------------------------------------------------

def test_opposition_is_recorded_and_travels_in_the_export(staff, customer) -> None:
    arco.set_opposition(staff["gerente"], customer, True)
    arco.set_opposition(staff["gerente"], customer, True)  # no change: no second entry
    assert Customer.get_by_id(customer.id).opposition is True
    assert personal_data(customer.id).customer.opposition is True
    assert json.loads(personal_data_json(personal_data(customer.id)))["cliente"]["oposicion"] is True
    texts = [a.text for a in AuditEvent.select().where(AuditEvent.action == "opposition")]
    assert texts == ["Se opone al uso de sus datos para fines distintos del servicio"]
    arco.set_opposition(staff["admin"], customer, False)
    assert Customer.get_by_id(customer.id).opposition is False


# --- permissions ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("role", ["recepcion", "tecnico", "jefe_tecnico"])
def test_only_managers_and_administrators_handle_personal_data(staff, customer, role, tmp_path) -> None:
    actor = staff[role]
    customer_service.update_customer(staff["gerente"], customer, status="baja")
    before = AuditEvent.select().count()
    for attempt in (lambda: arco.export_personal_data(actor, customer, tmp_path / "x.json"),
                    lambda: arco.personal_data_for(actor, customer),
                    lambda: arco.record_export(actor, customer, "pdf"),
                    lambda: arco.anonymize_customer(actor, customer),
                    lambda: arco.set_opposition(actor, customer, True),
                    lambda: arco.apply_retention(actor),
                    lambda: arco.set_retention_years(actor, 3),
                    lambda: arco.set_privacy_notice(actor, "Otro aviso")):
        with pytest.raises(PermissionDenied, match="Permiso denegado"):
            attempt()
    assert not (tmp_path / "x.json").exists()
    assert AuditEvent.select().count() == before
    assert Customer.get_by_id(customer.id).anonymized_at is None


def test_a_deactivated_manager_can_no_longer_export(staff, customer) -> None:
    users.create_user(staff["admin"], "gloria", "Gloria Treviño", "gerente", "secreto1")  # the office keeps one
    users.set_active(staff["admin"], staff["gerente"], False)
    with pytest.raises(PermissionDenied):
        arco.personal_data_for(staff["gerente"], customer)


# --- retention -----------------------------------------------------------------------------------------------------

@pytest.fixture
def aged(staff, frozen):
    """Customers seen over the years: the retention rule (5 years) must take only the first two."""
    desk = staff["recepcion"]
    out = {}

    def make(key: str, status: str, when: dt.datetime, report_at: dt.datetime | None = None,
             finish: bool = True) -> None:
        frozen[0] = when
        c = customer_service.create_customer(desk, number=f"R-{key}", name=f"Persona {key.title()}",
                                             phones=f"487 300 {len(out):04d}", status=status)
        if report_at is not None:
            frozen[0] = report_at
            r = reports.open_report(desk, c, "consulta", "telefono", f"Duda de {key}")
            if finish:
                reports.cancel(desk, r, "Resuelta por teléfono")
        out[key] = c

    make("antigua", "baja", dt.datetime(2019, 1, 10, 18))
    make("conreporte", "baja", dt.datetime(2018, 5, 1, 18), dt.datetime(2020, 6, 1, 18))
    make("reciente", "baja", dt.datetime(2019, 1, 10, 18), dt.datetime(2022, 8, 1, 18))
    make("activa", "activo", dt.datetime(2017, 1, 10, 18))
    make("pendiente", "baja", dt.datetime(2017, 1, 10, 18), dt.datetime(2018, 1, 10, 18), finish=False)
    frozen[0] = dt.datetime(2026, 3, 2, 18)
    return out


def test_retention_lists_first_and_takes_only_who_has_been_gone_for_years(aged, staff) -> None:
    listed = arco.retention_candidates()
    assert [c.number for c in listed] == ["R-ANTIGUA", "R-CONREPORTE"]  # the oldest activity first
    assert listed[1].last_activity == dt.datetime(2020, 6, 1, 18)  # its report's, later than its own row
    assert Customer.select().where(Customer.anonymized_at.is_null(False)).count() == 0  # listing changed nothing
    assert [c.number for c in arco.retention_candidates(years=8)] == []
    run = arco.apply_retention(users.system_user())  # a scheduled task, as the system account
    assert sorted(a.previous_number for a in run.anonymized) == ["R-ANTIGUA", "R-CONREPORTE"]
    assert run.skipped == ()
    names = {c.id: c.name for c in Customer.select()}
    assert names[aged["antigua"].id] == names[aged["conreporte"].id] == "Cliente anonimizado"
    assert names[aged["reciente"].id] == "Persona Reciente"
    assert names[aged["activa"].id] == "Persona Activa"
    assert names[aged["pendiente"].id] == "Persona Pendiente"
    assert Report.get(Report.customer == aged["conreporte"].id).description == "[anonimizado]"
    audit = AuditEvent.select().where(AuditEvent.action == "anonymized")
    assert {json.loads(a.data_json)["reason"] for a in audit} == {"retencion"}
    assert arco.retention_candidates() == []


def test_retention_setting_changes_who_is_listed(aged, staff) -> None:
    arco.set_retention_years(staff["gerente"], 3)
    assert arco.retention_years() == 3
    assert [c.number for c in arco.retention_candidates()] == ["R-ANTIGUA", "R-CONREPORTE", "R-RECIENTE"]
    with pytest.raises(ValidationError, match="de 1 a 30"):
        arco.set_retention_years(staff["gerente"], 0)
    assert AuditEvent.get(AuditEvent.entity == "setting").text == "Conservación de datos: 5 → 3 años"


def test_retention_skips_who_came_back_since_the_list(aged, staff, frozen) -> None:
    listed = [c.id for c in arco.retention_candidates()]
    customer_service.update_customer(staff["recepcion"], aged["antigua"], notes="Volvió a llamar")
    run = arco.apply_retention(staff["gerente"], ids=listed)
    assert [a.customer_id for a in run.anonymized] == [aged["conreporte"].id]
    assert Customer.get_by_id(aged["antigua"].id).name == "Persona Antigua"


# --- the privacy notice --------------------------------------------------------------------------------------------

def test_privacy_notice_default_edit_and_back(staff, office) -> None:
    text = arco.privacy_notice_text()
    assert text.startswith("AVISO DE PRIVACIDAD INTEGRAL")
    assert "Internet Rioverde" in text
    assert "atencion@rioverde.example" in text
    assert "487 873 1703" in text
    assert "durante 5 años" in text
    assert "20 días hábiles" in text
    assert arco.privacy_notice_updated_at() is None
    arco.set_privacy_notice(staff["gerente"], "Nuestro aviso.\r\n\r\n\r\nSegundo párrafo.")
    assert arco.privacy_notice_text() == "Nuestro aviso.\n\nSegundo párrafo."
    assert arco.privacy_notice_updated_at() is not None
    arco.set_privacy_notice(staff["admin"], "   ")
    assert arco.privacy_notice_text().startswith("AVISO DE PRIVACIDAD INTEGRAL")
    assert [a.text for a in AuditEvent.select().where(AuditEvent.entity == "setting").order_by(AuditEvent.id)] == [
        "Aviso de privacidad modificado", "Aviso de privacidad: el texto predeterminado"]
