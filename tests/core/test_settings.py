"""The manager's settings: office data, hours with split shifts, holidays and closed days, legal business days,
deadline policies, logo, lists, compensation, retention. Each change validated (every wrong field at once), audited,
and in force for the next report at once."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from ispdesk.core import clock
from ispdesk.core.calendar import BusinessCalendar
from ispdesk.core.deadlines import DEFAULT_POLICIES, Policy, Term, Unit
from ispdesk.core.errors import PermissionDenied, ValidationError, ValidationErrors
from ispdesk.core.models import AuditEvent, Office, Setting
from ispdesk.core.queries import settings as q
from ispdesk.core.services import catalog, incidents, office, reports, settings

MX = dt.timezone(dt.timedelta(hours=-6))  # Mexico City has no daylight saving time since 2022


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=MX).astimezone(dt.UTC).replace(tzinfo=None)


@pytest.fixture
def frozen():
    """Thursday 19 Nov 2026, 10:00 in Mexico City."""
    now = [utc(2026, 11, 19, 10)]
    clock.set_clock(lambda: now[0])
    yield now
    clock.set_clock(None)


def _events(entity: str | None = None) -> list[AuditEvent]:
    query = AuditEvent.select().order_by(AuditEvent.id)
    return list(query.where(AuditEvent.entity == entity) if entity else query)


# --- office data -----------------------------------------------------------------------------------------------

def test_office_data_every_wrong_field_at_once_and_nothing_written(staff) -> None:
    off = staff["gerente"].office
    with pytest.raises(ValidationErrors) as exc:
        office.update_office(staff["gerente"], off, name="", email="atencion@@rioverde", timezone="Marte/Olympus",
                             folio_prefix="R1", hours={"0": [["09:00", "08:00"]], "1": [["9", "18:00"]]},
                             closed_days=["2026-13-01"])
    assert {e.field for e in exc.value.errors} == {"name", "email", "timezone", "folio_prefix", "hours_0", "hours_1",
                                                   "closed_days"}
    assert Office.get_by_id(off.id).name == "Internet Rioverde"
    assert _events("office") == [_events("office")[0]]  # only its creation


def test_office_change_is_audited_with_before_and_after(staff) -> None:
    mgr = staff["gerente"]
    office.update_office(mgr, mgr.office, phones="487 873 1703", legal_name="Internet Rioverde S.A. de C.V.",
                         web="www.rioverde.example", legal_text="Conserve su folio.")
    event = _events("office")[-1]
    assert event.user_id == mgr.id
    assert "Razón social: «» → «Internet Rioverde S.A. de C.V.»" in event.text
    assert "Texto legal del comprobante cambiado" in event.text
    assert "Teléfonos" not in event.text  # unchanged fields are not listed
    data = json.loads(event.data_json)
    assert data["legal_text"]["después"] == "Conserve su folio."
    assert office.office_info(Office.get_by_id(mgr.office_id)).legal_text == "Conserve su folio."
    office.update_office(mgr, mgr.office, phones="487 873 1703")  # no change: no event
    assert len(_events("office")) == 2


def test_the_folio_prefix_changes_only_before_the_first_folio(staff, customer) -> None:
    mgr = staff["gerente"]
    office.update_office(mgr, mgr.office, folio_prefix="irv")
    assert Office.get_by_id(mgr.office_id).folio_prefix == "IRV"
    assert not q.office_settings().prefix_locked
    reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    assert q.office_settings().prefix_locked
    with pytest.raises(ValidationError, match="ya hay folios"):
        office.update_office(mgr, mgr.office, folio_prefix="RV")


def test_only_managers_change_settings(staff) -> None:
    for role in ("recepcion", "tecnico", "jefe_tecnico"):
        with pytest.raises(PermissionDenied):
            office.update_office(staff[role], staff[role].office, name="Otra")
        with pytest.raises(PermissionDenied):
            settings.set_retention_years(staff[role], 3)
    office.update_office(staff["admin"], staff["admin"].office, name="Otra")


# --- hours, holidays, closed days ---------------------------------------------------------------------------------

SPLIT = {str(d): [["09:00", "14:00"], ["16:00", "19:00"]] for d in range(5)}


def test_split_shifts_apply_to_the_next_report_at_once(staff, customer, frozen) -> None:
    before = reports.open_report(staff["recepcion"], customer, "queja", "telefono", "Uno")
    # default hours (Mon–Fri 9–18, Sat 9–14): Thu 8 h + Fri 9 h + Sat 5 h + Mon 2 h → Monday 11:00
    assert before.response_due == utc(2026, 11, 23, 11)
    office.update_office(staff["gerente"], staff["gerente"].office, hours=SPLIT)
    after = reports.open_report(staff["recepcion"], customer, "queja", "telefono", "Dos")
    # 9–14 and 16–19 on weekdays only: Thu 4+3, Fri 8, Mon 8, Tue 1 → Tuesday 10:00
    assert after.response_due == utc(2026, 11, 24, 10)
    assert reports.Report.get_by_id(before.id).response_due == before.response_due  # promises already made stand
    event = _events("office")[-1]
    assert event.text == ("Horario: Lunes a viernes 09:00–18:00; sábado 09:00–14:00 → "
                          "Lunes a viernes 09:00–14:00 y 16:00–19:00")
    assert q.office_settings().hours[0] == (("09:00", "14:00"), ("16:00", "19:00"))
    assert q.office_settings().hours[5] == ()


def test_overlapping_shifts_and_a_week_without_hours_are_refused(staff) -> None:
    mgr = staff["gerente"]
    with pytest.raises(ValidationError, match="se enciman") as exc:
        office.update_office(mgr, mgr.office, hours={"2": [["09:00", "14:00"], ["13:00", "18:00"]]})
    assert exc.value.field == "hours_2"
    with pytest.raises(ValidationError, match="al menos un día"):
        office.update_office(mgr, mgr.office, hours={str(d): [] for d in range(7)})


def test_closed_days_with_names_and_the_computed_holidays(staff, customer, frozen) -> None:
    mgr = staff["gerente"]
    office.update_office(mgr, mgr.office, closed_days=[{"date": "2026-11-20", "name": "Aniversario"}, "2026-12-24"])
    rows = {(h.day, h.kind): h.name for h in q.holidays_of(mgr.office_id, 2026)}
    assert rows[(dt.date(2026, 11, 16), "oficial")] == "Día de la Revolución"  # third Monday of November
    assert rows[(dt.date(2026, 5, 5), "legal")].startswith("Batalla de Puebla")
    assert rows[(dt.date(2026, 11, 20), "cierre")] == "Aniversario"
    assert rows[(dt.date(2026, 12, 24), "cierre")] == ""
    assert {h.day for h in q.holidays_of(mgr.office_id, 2027) if h.kind == "oficial"} >= {
        dt.date(2027, 2, 1), dt.date(2027, 3, 15), dt.date(2027, 11, 15)}  # the movable Mondays of 2027
    # Friday the 20th is closed now: Thu 8 h + Sat 5 h + Mon 9 h + Tue 2 h → Tuesday 11:00
    r = reports.open_report(staff["recepcion"], customer, "queja", "telefono", "Cobro")
    assert r.response_due == utc(2026, 11, 24, 11)
    assert [c.name for c in q.office_settings().closed_days] == ["Aniversario", ""]


# --- legal business days ---------------------------------------------------------------------------------------

def test_legal_business_days_are_monday_to_friday_without_official_holidays() -> None:
    cal = BusinessCalendar(hours={5: [(dt.time(9), dt.time(14))]},  # an office open on Saturdays only
                           closed_days=[dt.date(2026, 5, 4)])
    start = dt.datetime(2026, 4, 29, 12, tzinfo=MX)  # Wednesday
    # Thu 30 (1), [Fri 1 May: holiday], Mon 4 (2: the office's closure does not count), [Tue 5: art. 28], Wed 6 (3)
    assert cal.add_legal_business_days(start, 3) == dt.datetime(2026, 5, 6, 23, 59, tzinfo=MX)
    assert cal.add_legal_business_days(start, 0) == dt.datetime(2026, 4, 29, 23, 59, tzinfo=MX)
    assert Term(3, Unit.LEGAL_BUSINESS_DAYS).apply(cal, start) == dt.datetime(2026, 5, 6, 23, 59, tzinfo=MX)
    assert Term(3, Unit.LEGAL_BUSINESS_DAYS).label() == "3 días hábiles"


def test_arco_counts_legal_days_by_default_and_the_manager_can_choose_the_offices(staff, customer) -> None:
    mgr = staff["gerente"]
    office.update_office(mgr, mgr.office, closed_days=["2026-12-24", "2026-12-31"])
    now = [utc(2026, 12, 18, 10)]  # Friday
    clock.set_clock(lambda: now[0])
    try:
        legal = reports.open_report(staff["recepcion"], customer, "arco", "oficina", "Acceso a mis datos")
        # 21 22 23 24(4) [25] 28 29 30 31(8) [1 Jan] 4–8(13) 11–15(18) 18 19(20): the office's Saturdays and
        # closures do not move a legal term
        assert legal.resolution_due == utc(2027, 1, 19, 23, 59)
        office.set_policy(mgr, "arco", Policy(Term(20, Unit.BUSINESS_DAYS), Term(20, Unit.BUSINESS_DAYS)))
        offices = reports.open_report(staff["recepcion"], customer, "arco", "oficina", "Rectificación")
        # Sat 19(1) 21 22 23(4) [24 closed, 25] Sat 26(5) 28 29 30(8) [31, 1] Sat 2(9) 4–9(15) 11–15(20), 18:00
        assert offices.resolution_due == utc(2027, 1, 15, 18)
    finally:
        clock.set_clock(None)


def test_a_pause_in_a_legal_term_extends_it_by_legal_business_time(staff, customer) -> None:
    now = [utc(2026, 12, 18, 10)]  # Friday
    clock.set_clock(lambda: now[0])
    try:
        r = reports.open_report(staff["recepcion"], customer, "arco", "oficina", "Acceso a mis datos")
        due = r.resolution_due
        reports.pause(staff["recepcion"], r, "documentos", "Falta identificación")
        now[0] = utc(2026, 12, 21, 10)  # Monday 10:00: the weekend did not count, Friday 10:00–23:59 and Monday did
        r = reports.resume(staff["recepcion"], r)
    finally:
        clock.set_clock(None)
    assert r.resolution_due > due
    assert (r.resolution_due - due) < dt.timedelta(days=2)


# --- policies --------------------------------------------------------------------------------------------------

def test_policy_checks_every_term_and_is_audited_and_reset(staff) -> None:
    mgr = staff["gerente"]
    with pytest.raises(ValidationErrors) as exc:
        office.set_policy(mgr, "falla", Policy(Term(0, Unit.BUSINESS_HOURS), Term(400, Unit.NATURAL_DAYS),
                                               external_resolution=Term(0, Unit.NATURAL_DAYS)))
    assert {e.field for e in exc.value.errors} == {"response", "resolution", "external_resolution"}
    office.set_policy(mgr, "queja", Policy(Term(8, Unit.BUSINESS_HOURS), Term(10, Unit.LEGAL_BUSINESS_DAYS)))
    row = next(p for p in q.policy_rows() if p.kind == "queja")
    assert (row.resolution.amount, row.resolution.unit, row.is_default) == (10, "dias_habiles_legales", False)
    event = _events("setting")[-1]
    assert event.entity_id == "deadline_policies.queja"
    assert "solución 10 días hábiles legales" in event.text
    office.reset_policy(mgr, "queja")
    assert office.policies()["queja"] == DEFAULT_POLICIES["queja"]
    assert _events("setting")[-1].action == "reset"


# --- logo ------------------------------------------------------------------------------------------------------

def _png(path: Path, size: tuple[int, int] = (120, 60)) -> Path:
    from PIL import Image

    Image.new("RGB", size, (0, 90, 160)).save(path)
    return path


def test_logo_is_kept_in_the_database_for_every_pc(staff, tmp_path) -> None:
    mgr = staff["gerente"]
    off = office.set_logo(mgr, mgr.office, _png(tmp_path / "logo.png"))
    assert off.logo_path.startswith("logotipos/logo-")
    first = Path(office.office_info(off).logo_path)
    assert first.read_bytes().startswith(b"\x89PNG")
    first.unlink()  # another PC, whose data folder has no copy yet
    again = Path(office.office_info(Office.get_by_id(off.id)).logo_path)
    assert again.read_bytes() == (tmp_path / "logo.png").read_bytes()
    assert _events("office")[-1].action == "logo"
    office.set_logo(mgr, mgr.office, None)
    assert office.office_info(Office.get_by_id(off.id)).logo_path is None
    assert not Setting.select().where(Setting.key == f"office_logo:{off.id}").exists()


def test_a_logo_must_be_a_small_png_or_jpg(staff, tmp_path) -> None:
    mgr = staff["gerente"]
    text = tmp_path / "logo.png"
    text.write_text("no soy una imagen")
    with pytest.raises(ValidationError, match="PNG o JPG"):
        office.set_logo(mgr, mgr.office, text)
    with pytest.raises(ValidationError, match="no se encontró"):
        office.set_logo(mgr, mgr.office, tmp_path / "falta.png")
    big = tmp_path / "grande.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (office.MAX_LOGO_BYTES + 1))
    with pytest.raises(ValidationError, match="1 MB"):
        office.set_logo(mgr, mgr.office, big)
    broken = tmp_path / "rota.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"basura" * 20)
    with pytest.raises(ValidationError, match="dañada"):
        office.set_logo(mgr, mgr.office, broken)
    assert Office.get_by_id(mgr.office_id).logo_path == ""


# --- single values and lists -------------------------------------------------------------------------------------

def test_reopen_days_retention_and_compensation(staff) -> None:
    mgr = staff["gerente"]
    assert settings.set_reopen_days(mgr, "15") == 15
    assert reports.reopen_days() == 15
    assert settings.set_retention_years(mgr, 10) == 10
    with pytest.raises(ValidationError, match="de 1 a 30"):
        settings.set_retention_years(mgr, 0)
    with pytest.raises(ValidationError, match="entero"):
        settings.set_reopen_days(mgr, "quince")
    with pytest.raises(ValidationErrors) as exc:
        incidents.set_compensation_settings(mgr, bonus_pct=10, threshold_hours=-1)
    assert {e.field for e in exc.value.errors} == {incidents.BONUS_PCT_KEY, incidents.THRESHOLD_KEY}
    incidents.set_compensation_settings(mgr, bonus_pct="25", threshold_hours=4)
    other = q.other_settings()
    assert (other.reopen_days, other.retention_years, other.bonus_pct, other.threshold_hours) == (15, 10, 25, 4)
    texts = [e.text for e in _events("setting")]
    assert texts == ["Días para reabrir un reporte: 30 → 15",
                     "Conservación de datos personales de clientes dados de baja: 5 → 10 años",
                     "Bonificación por falla del proveedor: 20 % → 25 %",
                     "Horas mínimas para compensar: 0 h → 4 h"]


def test_list_changes_are_audited(staff) -> None:
    mgr = staff["gerente"]
    catalog.save_cause(mgr, label="Antena desalineada", category="interna")
    catalog.save_cause(mgr, code="antena_desalineada", label="Antena desalineada por viento", category="interna",
                       active=False)
    catalog.save_area(mgr, name="Cobranza")
    catalog.set_kind_area(mgr, "aclaracion", "cobranza")
    catalog.set_kind_area(mgr, "aclaracion", "cobranza")  # the same again: nothing to record
    catalog.set_zones(mgr, staff["tecnico"], ["Norte", "Sur/T-03"])
    texts = [(e.entity, e.text) for e in _events() if e.entity != "user" or e.action == "zones"]
    assert texts[-5:] == [
        ("cause", "Causa nueva (interna): Antena desalineada"),
        ("cause", "Causa «Antena desalineada» → «Antena desalineada por viento», desactivada"),
        ("area", "Área nueva: Cobranza"),
        ("kind_area", "Aclaración de facturación va a Cobranza (antes: Facturación)"),
        ("user", "Zonas de Tomás Peña: Norte, Sur/T-03 (antes: ninguna)"),
    ]
    assert q.kind_area_map()["aclaracion"] == "cobranza"
    assert next(a for a in q.area_rows() if a.code == "cobranza").kinds == ("aclaracion",)
    assert next(t for t in q.technician_rows() if t.username == "tomas").zones == ("Norte", "Sur/T-03")
    with pytest.raises(ValidationError, match="zona antes de la torre"):
        catalog.set_zones(mgr, staff["tecnico"], ["/T-03"])
