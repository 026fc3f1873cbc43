"""The windows meet the same faults: the customer card's «Guardar» and the new-report wizard's «Levantar reporte» on a
full disk or a busy database show a Spanish message box — never the crash dialog — and keep everything typed, so
saving again once the fault is gone works. A driver error that escapes to the last-resort hook is a message too."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from faultkit import FaultRecord, facts, facts_line, fill, make_office_db, tmpfs
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ispdesk.core.faults import BUSY_MESSAGE
from ispdesk.ui.common import crash

# The offscreen platform warns when a shown window's size hints change (a form that grows to show a message).
pytestmark = pytest.mark.qt_log_ignore(r"does not support propagateSizeHints")

@pytest.fixture(autouse=True)
def _qt_settings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ajustes"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "ajustes"))


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The fault message boxes shown (the seam), and a failing test if the crash dialog ever shows."""
    shown: list[str] = []
    monkeypatch.setattr(crash, "show_storage_fault", shown.append)

    def no_crash(details: str, path: Path | None) -> None:
        raise AssertionError(f"crash dialog shown: {details}")

    monkeypatch.setattr(crash, "show_crash_dialog", no_crash)
    return shown


@pytest.fixture
def full_disk_db() -> Iterator[Path]:
    """The office database on a 3 MiB tmpfs, open in this process (root only)."""
    from ispdesk.core.storage import close_database, open_database

    with tmpfs("3m") as point:
        path = point / "ispdesk.db"
        make_office_db(path)
        open_database(path)
        try:
            yield path
        finally:
            close_database()


def _actor():
    from ispdesk.core.models import User

    return User.get(User.username == "ana")


def _card(qtbot):
    from ispdesk.core.models import Customer
    from ispdesk.ui.desk.customer_card import CustomerCard

    card = CustomerCard()
    qtbot.addWidget(card)
    card.set_actor(_actor())
    card.show_customer(Customer.get(Customer.number == "C-00001").id)
    card.show()
    return card


def test_customer_card_save_on_a_full_disk(qtbot, full_disk_db: Path, boxes: list[str],
                                           fault_log: list[FaultRecord]) -> None:
    from ispdesk.core.models import Customer

    card = _card(qtbot)
    ui = card.form.ui
    ui.nameEdit.setText("Cliente 1 Peña de León")
    ui.referencesEdit.setPlainText("Portón verde, frente a la escuela " * 20)
    ui.notesEdit.setPlainText("Llamar antes de ir " * 100)
    before = facts(full_disk_db)
    filler = fill(full_disk_db.parent)
    assert card.save() is False
    assert len(boxes) == 1
    assert boxes[0].startswith("El disco de la base de datos está lleno")
    assert ui.nameEdit.text() == "Cliente 1 Peña de León"  # what was typed stays, to save again
    assert ui.notesEdit.toPlainText().startswith("Llamar antes de ir")
    assert card.save_button.isEnabled()
    assert card.form.errors.general.text() == boxes[0]
    filler.unlink()
    assert facts(full_disk_db) == before
    assert card.save() is True
    assert Customer.get(Customer.number == "C-00001").name == "Cliente 1 Peña de León"
    fault_log.append(FaultRecord(
        "Disco lleno", "tmpfs de 3 MiB llenado con la ficha abierta", "GUI ficha del cliente: Guardar", boxes[0],
        None, ["cuadro de aviso, no el de error inesperado", "lo escrito sigue en la ficha",
               *facts_line(before)[:2], "idéntico a antes", "liberado el espacio, Guardar guarda"]))


def _wizard_at_summary(qtbot, description: str):
    from ispdesk.core import queries
    from ispdesk.core.models import Customer
    from ispdesk.core.services import customers
    from ispdesk.ui.desk.wizard import NewReportWizard, PageId

    fresh = Customer.get_or_none(Customer.number == "C-NUEVO") or customers.create_customer(
        _actor(), number="C-NUEVO", name="Begoña Ibáñez", phones="444 555 1234", address="Hidalgo 15")
    info = queries.customer_info(fresh.id)  # no open report: the wizard files a new one, not a note
    wizard = NewReportWizard(_actor(), info)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next()
    wizard.next()
    wizard.description_page.ui.descriptionEdit.setPlainText(description)
    wizard.next()
    assert wizard.currentId() == PageId.SUMMARY
    return wizard


def test_wizard_accept_on_a_full_disk(qtbot, full_disk_db: Path, boxes: list[str],
                                      fault_log: list[FaultRecord]) -> None:
    from ispdesk.core.models import Report
    from ispdesk.ui.desk.wizard import PageId

    text = "Sin internet desde ayer; el módem parpadea en rojo. " * 30
    wizard = _wizard_at_summary(qtbot, text)
    before = facts(full_disk_db)
    filler = fill(full_disk_db.parent)
    wizard.accept()
    assert len(boxes) == 1
    assert boxes[0].startswith("El disco de la base de datos está lleno")
    assert wizard.isVisible()
    assert wizard.report is None
    assert wizard.currentId() == PageId.SUMMARY
    assert wizard.description_page.ui.descriptionEdit.toPlainText() == text
    filler.unlink()
    assert facts(full_disk_db) == before
    wizard.accept()
    assert wizard.report is not None
    assert Report.select().count() == 4
    fault_log.append(FaultRecord(
        "Disco lleno", "tmpfs de 3 MiB llenado con el asistente en el resumen", "GUI asistente: Levantar reporte",
        boxes[0], None, ["cuadro de aviso; el asistente sigue abierto con la descripción", *facts_line(before)[:2],
                         "idéntico a antes", "liberado el espacio, se levanta el reporte"]))


def _hold_lock(path: Path) -> subprocess.Popen[str]:
    code = ("import sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "print('ok', flush=True)\n"
            "sys.stdin.read()\n")
    proc = subprocess.Popen([sys.executable, "-c", code, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ok"
    return proc


@pytest.fixture
def busy_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    from ispdesk.core.storage import close_database, open_database

    monkeypatch.setattr("ispdesk.core.db.BUSY_TIMEOUT_S", 0.3)
    path = tmp_path / "ispdesk.db"
    make_office_db(path)
    open_database(path)
    yield path
    close_database()


def test_busy_database_in_the_card_and_the_wizard(qtbot, busy_db: Path, boxes: list[str],
                                                  fault_log: list[FaultRecord]) -> None:
    from ispdesk.core.models import Customer, Report

    card = _card(qtbot)
    card.form.ui.nameEdit.setText("Cliente 1 Peña Treviño")
    wizard = _wizard_at_summary(qtbot, "Se cae la señal cada diez minutos")
    holder = _hold_lock(busy_db)
    try:
        assert card.save() is False
        wizard.accept()
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(10)
    assert boxes == [BUSY_MESSAGE, BUSY_MESSAGE]
    assert card.form.ui.nameEdit.text() == "Cliente 1 Peña Treviño"
    assert wizard.description_page.ui.descriptionEdit.toPlainText() == "Se cae la señal cada diez minutos"
    assert Report.select().count() == 3
    assert card.save() is True
    wizard.accept()
    assert Report.select().count() == 4
    assert Customer.get(Customer.number == "C-00001").name == "Cliente 1 Peña Treviño"
    fault_log.append(FaultRecord(
        "Base ocupada por otro proceso (SQLite)", "otro proceso con BEGIN IMMEDIATE (espera de 0,3 s en la prueba)",
        "GUI ficha: Guardar; asistente: Levantar reporte", BUSY_MESSAGE, None,
        ["dos cuadros de aviso, ni un error inesperado", "lo escrito sigue en ambos", "0 reportes nuevos",
         "al soltarse, ambos guardan"]))


def test_a_driver_error_reaching_the_hook_is_a_message_not_a_crash(qtbot, busy_db: Path, boxes: list[str]) -> None:
    from ispdesk.core.paths import crash_dir

    crash.handle_exception(sqlite3.OperationalError, sqlite3.OperationalError("disk I/O error"), None)
    assert len(boxes) == 1
    assert boxes[0].startswith("Falló la lectura o escritura en el disco de la base de datos")
    assert not crash_dir().exists()  # no crash report for the environment


def test_search_view_says_a_long_query_is_too_long(qtbot, busy_db: Path) -> None:
    from ispdesk.core.search import TOO_LONG
    from ispdesk.ui.desk.search_view import SearchView

    view = SearchView()
    qtbot.addWidget(view)
    view.show()
    view.box.setText(" ".join(["maria"] * 200))
    view.run_search()
    assert view.folio_error.text() == TOO_LONG
    assert view.folio_error.isVisible()
    assert view.empty_label.text() == ""
    QApplication.processEvents()


def test_a_file_marked_damaged_is_checked_off_the_gui_thread(qtbot, tmp_path: Path) -> None:
    """The window opens without the full check; `_recheck_with_progress` runs it on a worker with a busy dialog:
    a sound file (a backup put back) loses the mark, a damaged one keeps it and opens read-only."""
    from ispdesk.app import _recheck_with_progress
    from ispdesk.core import faults
    from ispdesk.core.storage import close_database, damaged, needs_recheck, open_database

    path = tmp_path / "ispdesk.db"
    make_office_db(path)
    faults.mark_corrupt(path, "prueba")
    open_database(path, recheck=False)
    try:
        assert needs_recheck()
        _recheck_with_progress()
        assert not faults.is_marked(path)
        assert damaged() == ""
    finally:
        close_database()
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'report'").fetchone()[0]
    con.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * 4096)
        fh.write(b"\xa5" * 4096)
    faults.mark_corrupt(path, "prueba")
    open_database(path, recheck=False)
    try:
        _recheck_with_progress()
        assert faults.is_marked(path)
        assert "está dañada" in damaged()
    finally:
        close_database()
