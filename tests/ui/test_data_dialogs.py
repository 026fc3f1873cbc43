"""«Datos» for the manager: the import assistant (preview, mapping by combo, check, import, rejects CSV), the export
dialog and the backups dialog (back up now, restore after checking and asking), and the start-up backup."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ispdesk.core.models import AuditEvent, Customer
from ispdesk.core.schema import LATEST
from ispdesk.core.session import Session
from ispdesk.ui.common.tasks import pending_tasks
from ispdesk.ui.managers import backups_dialog, export_dialog, import_dialog
from ispdesk.ui.managers.backups_dialog import BackupsDialog
from ispdesk.ui.managers.export_dialog import ExportDialog
from ispdesk.ui.managers.import_dialog import ImportDialog
from ispdesk.ui.shell.main_window import MainWindow

CSV = ("No. Cliente;Nombre completo;Teléfono;Correo;Torre;Observaciones\r\n"
       "C-01234;;55 1234 5678;;T-09;\r\n"
       "C-2;\"Luis\r\nNúñez\";044 487 100 2000;luis@;T-01;VIP\r\n"
       "C-3;Rosa;;;;\r\n"
       ";Sin número;;;;\r\n")


def idle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and pending_tasks() == 0, timeout=20000)


@pytest.fixture
def manager(staff) -> Session:
    return Session.of(staff["gerente"])


@pytest.fixture
def csv_file(tmp_path) -> Path:
    path = tmp_path / "facturacion.csv"
    path.write_bytes(CSV.encode("cp1252"))
    return path


def test_import_assistant_preview_mapping_check_import_and_rejects(qtbot, manager, customer, csv_file, tmp_path,
                                                                  monkeypatch) -> None:
    dialog = ImportDialog(manager)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(import_dialog, "ask_open_path", lambda _p: str(csv_file))
    assert not dialog.import_button.isEnabled()
    dialog.choose_button.click()
    idle(qtbot, dialog)
    # found and shown: the encoding, the separator, the rows with their line numbers
    assert dialog.encoding_combo.currentText() == "Windows-1252"
    assert dialog.delimiter_combo.currentText() == "punto y coma"
    assert dialog.file_info.text() == "4 filas de datos, 6 columnas"
    assert [dialog.preview.verticalHeaderItem(r).text() for r in range(dialog.preview.rowCount())] == \
        ["Campo", "2", "3", "5", "6"]
    assert dialog.preview.item(2, 1).text() == "Luis Núñez"
    assert dialog.mapping() == ["number", "name", "phones", "email", "zone", "notes"]
    # the user says «Torre» is the tower, not the zone, and leaves the notes out
    dialog.combos[4].setCurrentIndex(dialog.combos[4].findData("tower"))
    dialog.combos[5].setCurrentIndex(0)
    assert dialog.mapping() == ["number", "name", "phones", "email", "tower", None]
    # a mapping without the number is refused beside the table
    dialog.combos[0].setCurrentIndex(0)
    assert "número de cliente" in dialog.mapping_error.text()
    assert not dialog.check_button.isEnabled()
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("number"))
    assert dialog.mapping_error.isHidden()

    dialog.check_button.click()
    idle(qtbot, dialog)
    assert dialog.summary.text().startswith("Revisión (no se guardó nada): se importarían 2 nuevos, 1 actualizados")
    assert Customer.select().count() == 1
    notes = [[dialog.notes.item(r, c).text() for c in range(3)] for r in range(dialog.notes.rowCount())]
    assert notes == [["3", "C-2", "Aviso"], ["6", "", "Rechazada"]]
    assert "«luis@»" in dialog.notes.item(0, 3).text()

    dialog.import_button.click()
    idle(qtbot, dialog)
    assert dialog.summary.text().startswith("Importación terminada: 2 nuevos, 1 actualizados, 0 sin cambios, "
                                            "1 rechazados")
    assert not dialog.import_button.isEnabled()  # done; a second click would only repeat it
    assert Customer.select().count() == 3
    updated = Customer.get_by_id(customer.id)
    assert (updated.name, updated.tower, updated.zone, updated.phones) == \
        ("María Peña López", "T-09", "Norte", "5512345678")
    luis = Customer.get(Customer.number == "C-2")
    assert (luis.name, luis.phones, luis.email, luis.notes) == ("Luis Núñez", "4871002000", "", "")

    out = tmp_path / "rechazadas.csv"
    monkeypatch.setattr(import_dialog, "ask_save_path", lambda _p, suggested: str(out))
    assert dialog.rejects_button.isEnabled()
    dialog.rejects_button.click()
    idle(qtbot, dialog)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0][:3] == ["linea", "motivo", "No. Cliente"]
    assert rows[1][0] == "6"
    assert "Se guardaron 1 filas rechazadas" in dialog.status.text()


def test_import_encoding_can_be_changed_and_the_file_is_read_again(qtbot, manager, csv_file) -> None:
    dialog = ImportDialog(manager)
    qtbot.addWidget(dialog)
    dialog.load(str(csv_file))
    idle(qtbot, dialog)
    assert dialog.preview.item(2, 1).text() == "Luis Núñez"
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData("utf-8"))
    dialog.reload()
    idle(qtbot, dialog)
    assert dialog.table.encoding == "utf-8"
    assert "\ufffd" in dialog.preview.item(2, 1).text()  # wrong on purpose: the user sees it and goes back
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData("cp1252"))
    dialog.reload()
    idle(qtbot, dialog)
    assert dialog.preview.item(2, 1).text() == "Luis Núñez"


def test_import_of_an_unreadable_file_says_why(qtbot, manager, tmp_path) -> None:
    bad = tmp_path / "libro.xlsx"
    bad.write_bytes(b"PK\x03\x04 no es csv")
    dialog = ImportDialog(manager)
    qtbot.addWidget(dialog)
    dialog.load(str(bad))
    idle(qtbot, dialog)
    assert "libro de Excel" in dialog.error.text()
    assert not dialog.check_button.isEnabled()


def test_export_dialog_writes_the_reports_of_the_period(qtbot, manager, report, tmp_path, monkeypatch) -> None:
    import datetime as dt

    dialog = ExportDialog(manager, today=dt.date.today())
    qtbot.addWidget(dialog)
    out = tmp_path / "reportes.csv"
    asked = []
    monkeypatch.setattr(export_dialog, "ask_save_path", lambda _p, suggested: asked.append(suggested) or str(out))
    dialog.export_button.click()
    idle(qtbot, dialog)
    assert Path(asked[0]).name == f"reportes-{dt.date.today().replace(day=1):%Y-%m-%d}-a-{dt.date.today():%Y-%m-%d}.csv"
    assert dialog.status.text() == f"Se exportaron 1 reportes a {out}."
    assert report.folio in out.read_text(encoding="utf-8-sig")
    assert dialog.open_button.isVisible() or not dialog.isVisible()

    dialog.customers_radio.setChecked(True)
    assert not dialog.start_edit.isEnabled()
    dialog.export_button.click()
    idle(qtbot, dialog)
    assert dialog.status.text() == f"Se exportaron 1 clientes a {out}."


def test_export_refuses_a_reversed_period(qtbot, manager, monkeypatch) -> None:
    import datetime as dt

    dialog = ExportDialog(manager, today=dt.date(2026, 3, 15))
    qtbot.addWidget(dialog)
    dialog.set_last_month()
    assert (dialog.start_edit.date().toString("yyyy-MM-dd"), dialog.end_edit.date().toString("yyyy-MM-dd")) == \
        ("2026-02-01", "2026-02-28")
    dialog.start_edit.setDate(dialog.end_edit.date().addDays(1))
    monkeypatch.setattr(export_dialog, "ask_save_path", lambda *_a: pytest.fail("asked for a file"))
    dialog.export_button.click()
    assert "termina antes de empezar" in dialog.error.text()


def test_backups_dialog_backs_up_then_restores_after_asking(qtbot, manager, customer, monkeypatch) -> None:
    from ispdesk.core.services import customers

    dialog = BackupsDialog(manager)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    dialog.backup_button.click()
    idle(qtbot, dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Manual"
    assert dialog.status.text().startswith("Respaldo guardado y revisado: ")

    customers.update_customer(manager, customer.id, name="Cambiado")
    asked = []
    monkeypatch.setattr(backups_dialog, "confirm", lambda _p, title, text, details, ok: asked.append(details) or False)
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    idle(qtbot, dialog)
    assert f"esquema {LATEST}" in asked[0]
    assert "deben cerrarlo" in asked[0]
    assert dialog.status.text() == "No se restauró nada."
    assert Customer.get_by_id(customer.id).name == "Cambiado"

    finished = []
    monkeypatch.setattr(backups_dialog, "confirm", lambda *_a: True)
    monkeypatch.setattr(backups_dialog, "after_restore", lambda _p, text: finished.append(text))
    dialog.restore_button.click()
    idle(qtbot, dialog)
    assert Customer.get_by_id(customer.id).name == "María Peña López"
    assert dialog.restored
    assert finished[0].startswith("Se restauró ")
    assert "ispdesk se cerrará" in finished[0]
    kinds = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert sorted(kinds) == ["Antes de restaurar", "Manual"]


def test_backups_dialog_refuses_a_bad_file_before_asking(qtbot, manager, tmp_path, monkeypatch) -> None:
    bad = tmp_path / "x.db"
    bad.write_bytes(b"nada" * 100)
    dialog = BackupsDialog(manager)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(backups_dialog, "ask_open_path", lambda _p: str(bad))
    monkeypatch.setattr(backups_dialog, "confirm", lambda *_a: pytest.fail("asked"))
    dialog.restore_other_button.click()
    idle(qtbot, dialog)
    assert "no es un respaldo" in dialog.error.text()


def test_keep_count_is_saved_from_the_dialog(qtbot, manager) -> None:
    from ispdesk.core.services import backups

    dialog = BackupsDialog(manager)
    qtbot.addWidget(dialog)
    dialog.keep_spin.setValue(4)
    dialog.keep_spin.editingFinished.emit()
    assert backups.keep_count() == 4
    assert AuditEvent.get(AuditEvent.entity == "setting").user_id == manager.user_id


def test_data_menu_for_the_manager_only(qtbot, staff, customer, monkeypatch) -> None:
    window = MainWindow(staff["gerente"])
    qtbot.addWidget(window)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["Archivo", "Ver", "Datos", "Administración", "Ayuda"]
    opened = []
    monkeypatch.setattr(window, "exec_dialog", lambda d: opened.append(type(d).__name__) or 0)
    window.act_import.trigger()
    window.act_export.trigger()
    window.act_backups.trigger()
    window.act_audit.trigger()
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=20000)
    assert opened == ["ImportDialog", "ExportDialog", "BackupsDialog", "AuditDialog"]
    window.apply_user(staff["recepcion"])
    assert "Datos" not in [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_start_up_backup_runs_off_the_gui_thread_and_says_so(qtbot, staff) -> None:
    from ispdesk.core.services import backups

    window = MainWindow(staff["recepcion"])  # any role: the daily copy protects everyone's work
    qtbot.addWidget(window)
    backups_dialog.start_auto_backup(window)
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=20000)
    assert [b.kind for b in backups.list_backups()] == ["auto"]
    assert window.statusBar().currentMessage().startswith("Respaldo automático guardado: ")
    backups_dialog.start_auto_backup(window)  # the same day: nothing more
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=20000)
    assert len(backups.list_backups()) == 1


def test_field_labels_are_listed_for_translation() -> None:
    from ispdesk.core.services.customer_import import FIELDS

    assert set(FIELDS.values()) <= set(import_dialog.FIELD_LABELS)


def test_verifying_the_history_says_whole_or_where_it_broke(qtbot, manager, staff, customer) -> None:
    """The manager's «Verificar el historial»: off the GUI thread; green when whole, the folio when broken."""
    from ispdesk.core.db import db, is_sqlite
    from ispdesk.core.services import reports
    from ispdesk.ui.managers.audit_dialog import AuditDialog

    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    dialog = AuditDialog(manager)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.verdict is not None, timeout=20000)
    assert dialog.result.text().startswith("Íntegro")
    assert "1 reportes" in dialog.result.text()
    with db.atomic():  # someone with the file drops the guards and edits the text
        if is_sqlite():
            db.execute_sql("DROP TRIGGER report_event_no_update")
        else:
            db.execute_sql("ALTER TABLE report_event DISABLE TRIGGER USER")
        db.execute_sql("UPDATE report_event SET text = 'Nada'")
    qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.verdict is not None, timeout=20000)
    assert f"Folio {r.folio}: " in dialog.result.text()
    assert "modificado" in dialog.result.text()
    assert "protecciones" in dialog.result.text()


def test_a_kept_seal_is_checked_from_the_dialog(qtbot, manager, staff, customer) -> None:
    from ispdesk.core.services import audit_log, reports
    from ispdesk.ui.managers.audit_dialog import AuditDialog

    reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    audit_log.checkpoint()
    code = audit_log.latest_seal().code
    dialog = AuditDialog(manager)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.verdict is not None, timeout=20000)
    assert f"Último sello: {code}" in dialog.result.text()
    dialog.seal_edit.setText(code)
    qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.verdict is not None, timeout=20000)
    assert "El sello guardado coincide" in dialog.result.text()
    dialog.seal_edit.setText(code.split(":")[0] + ":00000000")
    qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.verdict is not None, timeout=20000)
    assert "ya no es el que se imprimió" in dialog.result.text()
    dialog.seal_edit.setText("1234")
    qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    assert "como viene impreso" in dialog.error.text()
    assert not dialog.busy
