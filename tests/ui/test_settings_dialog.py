"""«Configuración»: each section shows what is stored, saves through its service (errors under the fields, all at
once), says so, and leaves an audit event."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from helpers import type_text
from PySide6.QtCore import Qt, QTime

from ispdesk.core.models import AuditEvent, Office
from ispdesk.core.queries import settings as q
from ispdesk.core.services import office as office_service
from ispdesk.core.session import Session
from ispdesk.ui.managers.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot, staff, customer):
    d = SettingsDialog(Session.of(staff["gerente"]))
    qtbot.addWidget(d)
    d.show()
    return d


def _audit(entity: str) -> list[str]:
    return [e.text for e in AuditEvent.select().where(AuditEvent.entity == entity).order_by(AuditEvent.id)]


def test_the_sections_are_listed(dialog) -> None:
    titles = [dialog.sections.item(i).text() for i in range(dialog.sections.count())]
    assert titles == ["Oficina", "Horario y días festivos", "Plazos", "Áreas y tipos", "Causas", "Técnicos y zonas",
                      "Comprobante y textos", "Compensación", "Conservación de datos"]


def test_office_data_saved_and_audited(dialog, staff) -> None:
    page = dialog.show_section("office")
    assert page.name.text() == "Internet Rioverde"
    page.legal_name.clear()
    type_text(page.legal_name, "Internet Rioverde S.A. de C.V.")
    page.save_button.click()
    assert page.saved.text() == "Cambios guardados."
    assert Office.get_by_id(staff["gerente"].office_id).legal_name == "Internet Rioverde S.A. de C.V."
    assert _audit("office")[-1] == "Razón social: «» → «Internet Rioverde S.A. de C.V.»"


def test_office_errors_show_under_every_field_at_once(dialog, staff) -> None:
    page = dialog.show_section("office")
    page.name.clear()
    page.email.setText("atencion@@rioverde")
    page.save_button.click()
    assert page.errors.message_for("name") == "Nombre de la oficina: este dato es obligatorio."
    assert "no parece una dirección válida" in page.errors.message_for("email")
    assert page.saved.text() == ""
    assert Office.get_by_id(staff["gerente"].office_id).name == "Internet Rioverde"


def test_the_folio_prefix_is_locked_once_folios_exist(qtbot, staff, report) -> None:
    d = SettingsDialog(Session.of(staff["gerente"]))
    qtbot.addWidget(d)
    page = d.show_section("office")
    assert not page.prefix.isEnabled()
    assert page.prefix_note.text() == "Ya hay folios emitidos con RV: no se puede cambiar."


def test_a_logo_is_chosen_shown_and_removed(dialog, staff, tmp_path, monkeypatch) -> None:
    from PIL import Image

    path = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (0, 90, 160)).save(path)
    page = dialog.show_section("office")
    monkeypatch.setattr(page, "choose_file", lambda: str(path))
    page.choose_logo.click()
    assert page.saved.text() == "Logotipo guardado."
    assert not page.logo.pixmap().isNull()
    assert page.remove_logo.isEnabled()
    assert Office.get_by_id(staff["gerente"].office_id).logo_path.startswith("logotipos/")
    page.remove_logo.click()
    assert page.logo.text() == "Sin logotipo"
    text = tmp_path / "nota.png"
    text.write_text("texto")
    monkeypatch.setattr(page, "choose_file", lambda: str(text))
    page.choose_logo.click()
    assert page.errors.message_for("logo") == "Logotipo: use una imagen PNG o JPG."


def test_split_shifts_and_a_closed_saturday(dialog, staff) -> None:
    page = dialog.show_section("hours")
    monday, saturday = page.days[0], page.days[5]
    assert monday.open.isChecked()
    assert not monday.split.isChecked()
    assert not monday.start2.isEnabled()
    monday.end.setTime(QTime(14, 0))
    monday.split.setChecked(True)
    assert monday.start2.isEnabled()
    monday.start2.setTime(QTime(16, 0))
    monday.end2.setTime(QTime(19, 0))
    saturday.open.setChecked(False)
    page.save_hours()
    assert page.hours_saved.text() == "Horario guardado."
    hours = q.office_settings(staff["gerente"].office_id).hours
    assert hours[0] == (("09:00", "14:00"), ("16:00", "19:00"))
    assert hours[5] == ()
    assert _audit("office")[-1] == ("Horario: Lunes a viernes 09:00–18:00; sábado 09:00–14:00 → "
                                    "Lunes 09:00–14:00 y 16:00–19:00; martes a viernes 09:00–18:00")


def test_overlapping_shifts_are_shown_on_their_day(dialog) -> None:
    page = dialog.show_section("hours")
    wednesday = page.days[2]
    wednesday.split.setChecked(True)
    wednesday.start2.setTime(QTime(17, 0))
    wednesday.end2.setTime(QTime(20, 0))
    page.save_hours()
    assert "Miércoles: los turnos 09:00–18:00 y 17:00–… se enciman." in wednesday.error.text()
    assert wednesday.error.isVisible()
    assert not page.days[0].error.isVisible()
    assert page.hours_saved.text() == ""


def test_holidays_of_the_year_and_the_offices_closed_days(dialog, staff, monkeypatch) -> None:
    page = dialog.show_section("hours")
    page.year.setValue(2027)
    texts = [page.table.item(r, 0).text() + " " + page.table.item(r, 1).text() for r in range(page.table.rowCount())]
    assert "lun 01/02/2027 Día de la Constitución" in texts  # the first Monday of February, computed
    assert any(t.startswith("mié 05/05/2027 Batalla de Puebla") for t in texts)
    monkeypatch.setattr(page, "ask_closed_day", lambda: (dt.date(2027, 12, 24), "Nochebuena"))
    page.add_day.click()
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "vie 24/12/2027")
    assert page.table.item(row, 2).text() == "Cierre de la oficina"
    assert page.remove_day.isEnabled()  # the new day is selected
    assert json.loads(Office.get_by_id(staff["gerente"].office_id).closed_days_json) == [
        {"date": "2027-12-24", "name": "Nochebuena"}]
    page.remove_day.click()
    assert not any(page.table.item(r, 0).text() == "vie 24/12/2027" for r in range(page.table.rowCount()))
    assert page.saved.text() == "Cierre quitado."


def test_policies_per_kind_with_legal_days(dialog) -> None:
    page = dialog.show_section("policies")
    arco = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "Derechos ARCO")
    assert page.table.item(arco, 2).text() == "20 días hábiles legales"
    page.table.selectRow(arco)
    assert page.box.title() == "Plazos de «Derechos ARCO»"
    assert page.resolution.unit.currentData() == "dias_habiles_legales"
    page.resolution.unit.setCurrentIndex(page.resolution.unit.findData("dias_habiles"))
    page.resolution.amount.setValue(15)
    page.save_policy_button.click()
    assert page.saved.text() == "Plazos de «Derechos ARCO» guardados."
    assert office_service.policies()["arco"].resolution.unit == "dias_habiles"
    assert page.table.item(arco, 4).text() == "modificado"
    assert page.box.title() == "Plazos de «Derechos ARCO»"  # still on the same kind
    page.reset_button.click()
    assert office_service.policies()["arco"].resolution.unit == "dias_habiles_legales"
    assert page.table.item(arco, 4).text() == ""


def test_reopen_days(dialog) -> None:
    page = dialog.show_section("policies")
    page.reopen.setValue(10)
    page.save_reopen()
    assert q.other_settings().reopen_days == 10
    assert _audit("setting")[-1] == "Días para reabrir un reporte: 30 → 10"


def test_areas_and_where_each_kind_goes(dialog, monkeypatch) -> None:
    page = dialog.show_section("areas")
    monkeypatch.setattr(page, "ask_text", lambda *a: "Cobranza")
    page.new_button.click()
    assert "cobranza" in page.rows
    combo = page.kind_combos["aclaracion"]
    combo.setCurrentIndex(combo.findData("cobranza"))
    page.save_kinds()
    assert q.kind_area_map()["aclaracion"] == "cobranza"
    assert page.rows["cobranza"].kinds == ("aclaracion",)
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "Facturación")
    page.table.selectRow(row)
    page.toggle_button.click()  # nothing goes there any more: it can be deactivated
    assert not page.rows["facturacion"].active
    assert page.kind_combos["aclaracion"].findData("facturacion") < 0


def test_causes_added_and_deactivated(dialog) -> None:
    page = dialog.show_section("causes")
    type_text(page.label_edit, "Antena desalineada por viento")
    page.category.setCurrentIndex(page.category.findData("externa"))
    page.add_button.click()
    assert page.saved.text() == "Causa agregada."
    assert page.label_edit.text() == ""
    code = "antena_desalineada_por_viento"
    assert page.rows[code].category == "externa"
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text().startswith("Antena"))
    page.table.selectRow(row)
    page.toggle_button.click()
    assert not page.rows[code].active
    page.add_button.click()  # empty: the message, and nothing added
    assert page.general.text() == "Causa: este dato es obligatorio."


def test_zones_of_a_technician(dialog, staff, customer) -> None:
    page = dialog.show_section("technicians")
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "Tomás Peña")
    page.table.selectRow(row)
    items = {page.zones.item(i).text(): page.zones.item(i) for i in range(page.zones.count())}
    assert {"Norte", "Norte/T-03"} <= set(items)  # the zones and towers customers are in
    items["Norte"].setCheckState(Qt.CheckState.Checked)
    type_text(page.other, "Sur/T-09")
    page.add_other()
    page.save_zones_button.click()
    assert page.saved.text() == "Zonas de Tomás Peña guardadas."
    tomas = next(t for t in q.technician_rows() if t.username == "tomas")
    assert tomas.zones == ("Norte", "Sur/T-09")
    assert page.table.item(row, 2).text() == "Norte, Sur/T-09"


def test_receipt_text_compensation_and_retention(dialog, staff) -> None:
    page = dialog.show_section("receipt")
    page.text.setPlainText("Conserve su folio. PROFECO 800 468 8722.")
    page.save_button.click()
    assert office_service.office_info(Office.get_by_id(staff["gerente"].office_id)).legal_text == \
        "Conserve su folio. PROFECO 800 468 8722."
    comp = dialog.show_section("compensation")
    comp.bonus.setValue(10)
    comp.save_button.click()
    assert comp.errors.message_for("compensation_bonus_pct").startswith("Bonificación: la ley pide al menos 20")
    comp.bonus.setValue(25)
    comp.save_button.click()
    assert comp.saved.text() == "Cambios guardados."
    assert q.other_settings().bonus_pct == 25
    keep = dialog.show_section("retention")
    keep.years.setValue(7)
    keep.save_button.click()
    assert q.other_settings().retention_years == 7
    assert _audit("setting")[-2:] == ["Bonificación por falla del proveedor: 20 % → 25 %",
                                      "Conservación de datos personales de clientes dados de baja: 5 → 7 años"]


def test_a_user_demoted_meanwhile_saves_nothing(dialog, staff) -> None:
    from ispdesk.core.services import users

    second = users.create_user(staff["gerente"], "lucia", "Lucía Gómez", "gerente", "secreto1")
    users.update_user(second, staff["gerente"], role="recepcion")  # on another PC, while the dialog is open
    page = dialog.show_section("retention")
    keep_before = q.other_settings().retention_years
    page.years.setValue(9)
    page.save_button.click()
    assert page.general.text() == "Permiso denegado: el rol «Recepción» no puede cambiar la configuración."
    assert q.other_settings().retention_years == keep_before


def test_a_sample_receipt_shows_the_saved_text(dialog, qtbot, monkeypatch) -> None:
    import shutil
    import subprocess
    from pathlib import Path

    from ispdesk.ui.common import desktop

    opened: list[Path] = []
    monkeypatch.setattr(desktop, "open_file", lambda path: opened.append(Path(path)) or True)
    page = dialog.show_section("receipt")
    page.text.setPlainText("Conserve este folio. Texto de prueba del comprobante.")
    page.save_button.click()
    page.preview_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert opened[0].read_bytes().startswith(b"%PDF")
    assert page.preview_button.isEnabled()
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", str(opened[0]), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        assert "Texto de prueba del comprobante." in text
        assert "sin validez" in text.lower()
        assert "Internet Rioverde" in text
