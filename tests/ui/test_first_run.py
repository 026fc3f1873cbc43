from __future__ import annotations

import sys
import types

import pytest
from helpers import type_text
from PySide6.QtWidgets import QWizard

from ispdesk.core.models import Office, User
from ispdesk.core.services import users
from ispdesk.ui.shell.first_run import FirstRunWizard, PageId


@pytest.fixture
def wizard(qtbot, sqlite_db):
    from ispdesk.core.services import office as office_service

    office_service._calendar_cache.clear()
    w = FirstRunWizard()
    qtbot.addWidget(w)
    w.show()
    return w


def _fill_office(w: FirstRunWizard, prefix: str = "RV") -> None:
    ui = w.office_page.ui
    type_text(ui.nameEdit, "Internet Peñasco")
    type_text(ui.prefixEdit, prefix)
    type_text(ui.phonesEdit, "487 873 1703")
    type_text(ui.emailEdit, "atencion@penasco.example")


def _fill_manager(w: FirstRunWizard, password: str = "secreto1", confirm: str | None = None) -> None:
    ui = w.manager_page.ui
    type_text(ui.fullNameEdit, "Gerardo Ríos")
    type_text(ui.usernameEdit, "gerardo")
    type_text(ui.passwordEdit, password)
    type_text(ui.confirmEdit, password if confirm is None else confirm)


def test_empty_database_needs_setup(sqlite_db) -> None:
    assert users.needs_setup()


def test_whole_assistant_without_demo_creates_office_hours_and_manager(wizard) -> None:
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # name and prefix are required
    _fill_office(wizard)
    assert wizard.office_page.ui.prefixEdit.text() == "RV"
    wizard.next()
    assert wizard.currentId() == PageId.HOURS
    assert wizard.hours_page.ui.weekdaysFrom.time().toString("HH:mm") == "09:00"
    assert wizard.hours_page.ui.saturdayTo.time().toString("HH:mm") == "14:00"
    assert not wizard.hours_page.ui.sundayCheck.isChecked()
    wizard.next()
    _fill_manager(wizard)
    wizard.next()
    assert wizard.currentId() == PageId.DEMO
    assert not Office.select().exists()  # nothing written before the commit page
    wizard.next()
    assert wizard.currentId() == PageId.DONE
    office = Office.get()
    assert office.name == "Internet Peñasco"
    assert office.folio_prefix == "RV"
    assert '"5": [["09:00", "14:00"]]' in office.hours_json
    assert '"6"' not in office.hours_json
    manager = User.get(User.username == "gerardo")
    assert manager.role == "gerente"
    assert not users.needs_setup()
    assert "gerardo" in wizard.done_page.ui.summaryLabel.text()
    assert wizard.done_page.ui.demoUsersLabel.text() == ""
    assert wizard.button(QWizard.WizardButton.FinishButton).text().replace("&", "") == "Iniciar sesión"


def test_bad_folio_prefix_is_shown_next_to_the_field_and_kept(wizard) -> None:
    _fill_office(wizard, prefix="R1")
    wizard.next()
    assert wizard.currentId() == PageId.OFFICE
    label = wizard.office_page.errors.labels["folio_prefix"]
    assert label.isVisible()
    assert "Prefijo de folio" in label.text()
    assert wizard.office_page.ui.prefixEdit.text() == "R1"
    assert not Office.select().exists()


def test_passwords_must_match_and_be_long_enough(wizard) -> None:
    _fill_office(wizard)
    wizard.next()
    wizard.next()
    _fill_manager(wizard, confirm="otra cosa")
    wizard.next()
    assert wizard.currentId() == PageId.MANAGER
    assert wizard.manager_page.errors.labels["confirm"].text() == "Las contraseñas no coinciden."
    for edit in (wizard.manager_page.ui.passwordEdit, wizard.manager_page.ui.confirmEdit):
        edit.setText("corta")
    wizard.next()
    assert wizard.currentId() == PageId.MANAGER
    assert "al menos 6" in wizard.manager_page.errors.labels["password"].text()
    assert not Office.select().exists()
    assert [u.username for u in User.select()] == ["sistema"]  # only the command line's account, made with the schema


def test_demo_data_loads_in_a_worker_and_the_last_page_lists_demo_users(
        wizard, qtbot, monkeypatch) -> None:
    calls = []

    def build_demo(customers, reports, seed, progress, users):
        calls.append((customers, reports, seed, users))
        for i in range(3):
            progress("Clientes", i + 1, 3)
        return "Datos de demostración: 2 000 clientes y 6 000 reportes"

    fake = types.ModuleType("ispdesk.core.demo")
    fake.build_demo = build_demo
    fake.demo_users = lambda: [("ana", "recepcion", "demo123"), ("tomas", "tecnico", "demo123"),
                               ("gerente", "gerente", "demo123")]
    monkeypatch.setitem(sys.modules, "ispdesk.core.demo", fake)
    _fill_office(wizard)
    wizard.next()
    wizard.next()
    _fill_manager(wizard)
    wizard.next()
    wizard.demo_page.ui.demoRadio.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=5000)
    assert calls == [(2000, 6000, 1, True)]
    text = wizard.done_page.ui.demoUsersLabel.text()
    for word in ("DEMO", "ana", "tomas", "gerente", "demo123", "Recepción", "Técnico"):
        assert word in text
    assert "2 000 clientes" in wizard.done_page.ui.summaryLabel.text()
