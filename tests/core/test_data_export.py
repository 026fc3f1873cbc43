"""Exports: the reports of a period with every field and the timeline flattened; the customers list in the columns
the import reads back."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from ispdesk.core import clock
from ispdesk.core.errors import DomainError, PermissionDenied, ValidationError
from ispdesk.core.models import AuditEvent, Customer
from ispdesk.core.services import customer_import, customers, data_export, reports


def read(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the accents
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def frozen():
    now = [dt.datetime(2026, 2, 1, 5, 30)]  # 31 Jan 23:30 in Mexico City
    clock.set_clock(lambda: now[0])
    yield now
    clock.set_clock(None)


def _full_life(staff, customer, now) -> reports.Report:
    desk, lead, tech = staff["recepcion"], staff["jefe_tecnico"], staff["tecnico"]
    r = reports.open_report(desk, customer, "falla", "telefono", "Sin internet desde la mañana", location="Recámara")
    now[0] += dt.timedelta(minutes=20)
    reports.assign(lead, r, tech)
    reports.schedule_visit(lead, r, now[0] + dt.timedelta(hours=3), technician=tech)
    now[0] += dt.timedelta(hours=4)
    reports.add_note(tech, r, "=CMD() cable dañado")
    reports.resolve(tech, r, cause_code="red", action="Se cambió el conector", upheld=True, equipment="Conector RJ45")
    now[0] += dt.timedelta(hours=1)
    reports.notify_customer(desk, r, channel="whatsapp", text="Quedó resuelto: conector dañado", confirmed=True)
    return reports.close(desk, r)


def test_reports_of_a_period_with_every_field_and_the_timeline(staff, customer, frozen, tmp_path) -> None:
    r = _full_life(staff, customer, frozen)
    frozen[0] = dt.datetime(2026, 2, 1, 7, 0)  # 1 Feb 01:00 local: outside January
    other = reports.open_report(staff["recepcion"], customer, "queja", "oficina", "No llegó el técnico")
    out = tmp_path / "enero.csv"
    n = data_export.export_reports(staff["gerente"], dt.date(2026, 1, 1), dt.date(2026, 1, 31), out)
    assert n == 1
    rows = read(out)
    assert list(rows[0]) == list(data_export.REPORT_COLUMNS)
    row = rows[0]
    assert row["folio"] == r.folio
    assert (row["estado"], row["tipo"], row["canal"]) == ("Cerrado", "Falla en el servicio", "Teléfono")
    assert (row["cliente_numero"], row["cliente_nombre"]) == ("C-01234", "María Peña López")
    assert row["cliente_telefonos"] == "444 123 4567 / 487 100 2000"
    assert row["levantado"] == "2026-01-31 23:30"  # office time
    assert row["levantado_por"] == "Ana Ruiz"
    assert row["asignado_a"] == "Tomás Peña"
    assert row["descripcion"] == "Sin internet desde la mañana"
    assert row["ubicacion"] == "Recámara"
    assert row["accion"] == "Se cambió el conector"
    assert row["equipo"] == "Conector RJ45"
    assert row["procedente"] == "sí"
    assert row["causa_codigo"] == "red"
    assert row["avisos"] == "1"
    assert row["ultimo_aviso_canal"] == "WhatsApp"
    assert row["cliente_confirmo"] == "sí"
    assert row["visitas"] == "1"
    assert row["ultima_visita"] == "2026-02-01 02:50"
    lines = row["historial"].split("\n")
    assert lines[0].startswith("2026-01-31 23:30 · Reporte levantado · Ana Ruiz")
    assert any("Asignado" in x and "Tomás Peña" in x for x in lines)
    assert any("cable dañado" in x for x in lines)
    assert lines[-1].split(" · ")[1] == "Cerrado"
    assert len(lines) == len(reports.timeline(r))
    february = tmp_path / "febrero.csv"
    assert data_export.export_reports(None, dt.date(2026, 2, 1), dt.date(2026, 2, 28), february) == 1
    assert read(february)[0]["folio"] == other.folio


def test_cells_that_look_like_formulas_are_neutralised(staff, customer, frozen, tmp_path) -> None:
    customers.update_customer(staff["gerente"], customer, name="=HYPERLINK(\"x\")")
    reports.open_report(staff["recepcion"], customer, "consulta", "web", "+52 ¿qué planes hay?")
    out = tmp_path / "r.csv"
    data_export.export_reports(None, dt.date(2026, 1, 31), dt.date(2026, 1, 31), out)
    row = read(out)[0]
    assert row["cliente_nombre"] == "'=HYPERLINK(\"x\")"
    assert row["descripcion"] == "'+52 ¿qué planes hay?"


def test_an_empty_period_gives_a_header_only_and_a_reversed_one_is_refused(staff, tmp_path) -> None:
    out = tmp_path / "vacio.csv"
    assert data_export.export_reports(None, dt.date(2020, 1, 1), dt.date(2020, 1, 31), out) == 0
    assert read(out) == []
    with pytest.raises(ValidationError, match="termina antes"):
        data_export.export_reports(None, dt.date(2020, 2, 1), dt.date(2020, 1, 1), out)


def test_customers_list_reads_back_through_the_import_unchanged(staff, customer, tmp_path) -> None:
    customers.create_customer(staff["recepcion"], number="C-2", name="Luis Ñúñez", status="baja",
                              latitude=21.9302, longitude=-99.9951, install_date="05/01/2024", postal_code="01000")
    out = tmp_path / "clientes.csv"
    assert data_export.export_customers(staff["gerente"], out) == 2
    rows = read(out)
    assert list(rows[0]) == list(data_export.CUSTOMER_COLUMNS)
    luis = rows[1]
    assert (luis["numero"], luis["estatus"], luis["codigo_postal"]) == ("C-2", "Baja", "01000")
    assert luis["fecha_de_instalacion"] == "05/01/2024"
    assert (luis["latitud"], luis["longitud"]) == ("21.930200", "-99.995100")
    assert rows[0]["precio"] == "399.00"
    assert rows[0]["telefonos"] == "444 123 4567 / 487 100 2000"
    before = {c.number: c.updated_at for c in Customer.select()}
    result = customer_import.import_customers(staff["gerente"], customer_import.read_table(out))
    assert (result.inserted, result.updated, result.unchanged, result.rejected, result.warnings) == (0, 0, 2, (), ())
    assert {c.number: c.updated_at for c in Customer.select()} == before


def test_exports_are_audited_and_need_a_manager(staff, customer, tmp_path) -> None:
    out = tmp_path / "c.csv"
    with pytest.raises(PermissionDenied):
        data_export.export_customers(staff["recepcion"], out)
    assert not out.exists()
    data_export.export_customers(staff["gerente"], out)
    event = AuditEvent.get(AuditEvent.entity == "export")
    assert (event.user_id, event.action, event.entity_id) == (staff["gerente"].id, "export_customers", "c.csv")


def test_an_export_into_a_missing_folder_leaves_nothing(staff, tmp_path) -> None:
    with pytest.raises(DomainError, match="carpeta"):
        data_export.export_customers(None, tmp_path / "no" / "c.csv")
    assert not AuditEvent.select().where(AuditEvent.entity == "export").exists()
