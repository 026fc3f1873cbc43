"""«Usuarios»: accounts created, edited, deactivated and reactivated, unlocked, allowed in scripts; the services'
refusals (the last manager, one's own account) shown where the manager looks."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import type_text

from ispdesk.core import clock
from ispdesk.core.errors import DomainError
from ispdesk.core.models import AuditEvent, User
from ispdesk.core.services import users
from ispdesk.core.session import Session
from ispdesk.ui.managers.users_dialog import PasswordForm, UserForm, UsersDialog


@pytest.fixture
def dialog(qtbot, staff):
    d = UsersDialog(Session.of(staff["gerente"]))
    qtbot.addWidget(d)
    d.show()
    return d


def _row(d: UsersDialog, username: str) -> int:
    return next(r for r in range(d.table.rowCount()) if d.table.item(r, 1).text() == username)


def _select(d: UsersDialog, username: str) -> None:
    d.table.selectRow(_row(d, username))


def _cell(d: UsersDialog, username: str, column: int) -> str:
    return d.table.item(_row(d, username), column).text()


def test_the_accounts_are_listed_without_the_scripts_account(dialog) -> None:
    users.system_user()
    dialog.load()
    names = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert names == {"gerente", "ana", "tomas", "rosa"}
    assert _cell(dialog, "tomas", 2) == "Técnico"
    assert _cell(dialog, "tomas", 4) == "Activa"


def test_a_new_account_with_every_error_at_once_then_created(dialog, staff) -> None:
    def fill(form: UserForm) -> int:
        assert form.windowTitle() == "Nueva cuenta"
        assert form.role.findData("admin") < 0  # a manager cannot make administrators
        type_text(form.username, "luis ortiz")
        form.phone.setText("12")
        type_text(form.password, "123")
        type_text(form.confirm, "123")
        form.ok_button.click()
        assert form.errors.message_for("username").startswith("Usuario: sólo letras")
        assert form.errors.message_for("full_name") == "Nombre completo: este dato es obligatorio."
        assert form.errors.message_for("password") == "Contraseña: al menos 6 caracteres."
        assert "10 dígitos" in form.errors.message_for("phone")
        form.username.setText("luis")
        type_text(form.full_name, "Luis Ortiz")
        form.role.setCurrentIndex(form.role.findData("tecnico"))
        form.phone.setText("487 100 2233")
        form.password.setText("secreto1")
        form.confirm.setText("secreto9")
        form.ok_button.click()
        assert form.errors.message_for("confirm") == "Las contraseñas no coinciden."
        form.confirm.setText("secreto1")
        form.ok_button.click()
        return form.result()

    dialog.exec_dialog = fill
    dialog.new_button.click()
    luis = User.get(User.username == "luis")
    assert (luis.full_name, luis.role, luis.phone) == ("Luis Ortiz", "tecnico", "4871002233")
    assert dialog.current().username == "luis"  # the new account is selected
    assert dialog.saved.text() == "Cuenta creada."
    assert AuditEvent.get(AuditEvent.entity_id == str(luis.id)).text == "Cuenta creada: Luis Ortiz (luis), Técnico"


def test_edit_role_and_the_last_manager_refusal_under_the_field(dialog, staff) -> None:
    _select(dialog, "ana")

    def promote(form: UserForm) -> int:
        assert not form.username.isEnabled()
        form.role.setCurrentIndex(form.role.findData("jefe_tecnico"))
        form.ok_button.click()
        return form.result()

    dialog.exec_dialog = promote
    dialog.edit_button.click()
    assert _cell(dialog, "ana", 2) == "Jefe técnico"
    _select(dialog, "gerente")

    def demote_myself(form: UserForm) -> int:
        form.role.setCurrentIndex(form.role.findData("recepcion"))
        form.ok_button.click()
        assert "es el último gerente activo" in form.errors.message_for("role")
        form.reject()
        return form.result()

    dialog.exec_dialog = demote_myself
    dialog.edit_button.click()
    assert User.get(User.username == "gerente").role == "gerente"


def test_deactivate_and_reactivate(dialog, staff) -> None:
    asked = []
    dialog.confirm = lambda title, text: asked.append(text) or True
    _select(dialog, "tomas")
    assert dialog.active_button.text().replace("&", "") == "Desactivar"
    dialog.active_button.click()
    assert "¿Desactivar la cuenta de Tomás Peña?" in asked[0]
    assert _cell(dialog, "tomas", 4) == "Desactivada"
    assert User.get(User.username == "tomas").active is False
    assert dialog.current().username == "tomas"
    assert dialog.active_button.text().replace("&", "") == "Reactivar"
    dialog.active_button.click()
    assert _cell(dialog, "tomas", 4) == "Activa"
    _select(dialog, "gerente")
    dialog.active_button.click()
    assert dialog.error.text() == "No puede desactivar su propia cuenta."


def test_a_locked_account_is_shown_and_unlocked(dialog, staff) -> None:
    now = [dt.datetime(2026, 11, 20, 15, 0)]
    clock.set_clock(lambda: now[0])
    try:
        for _ in range(5):
            with pytest.raises(DomainError):
                users.authenticate("tomas", "mal", machine="pc-taller")
        dialog.load()
        assert _cell(dialog, "tomas", 4) == "Bloqueada hasta las 09:00 (5 intentos fallidos)"  # 15:00:30 UTC
        _select(dialog, "ana")
        assert not dialog.unlock_button.isEnabled()
        _select(dialog, "tomas")
        assert dialog.unlock_button.isEnabled()
        dialog.unlock_button.click()
        assert _cell(dialog, "tomas", 4) == "Activa"
        assert dialog.saved.text() == "Cuenta de Tomás Peña desbloqueada."
        assert users.authenticate("tomas", "secreto1", machine="pc-taller").username == "tomas"
    finally:
        clock.set_clock(None)


def test_reset_password_and_script_access(dialog, staff) -> None:
    _select(dialog, "rosa")

    def reset(form: PasswordForm) -> int:
        form.password.setText("nueva-clave")
        form.confirm.setText("nueva-clave")
        form.ok_button.click()
        return form.result()

    dialog.exec_dialog = reset
    dialog.password_button.click()
    assert users.authenticate("rosa", "nueva-clave", machine="pc").username == "rosa"
    assert dialog.saved.text() == "Contraseña de Rosa Treviño restablecida."
    dialog.script_button.click()
    assert _cell(dialog, "rosa", 5) == "sí"
    assert users.script_actor("rosa").username == "rosa"
    assert dialog.script_button.text().replace("&", "") == "Quitar de scripts"
    dialog.script_button.click()
    assert _cell(dialog, "rosa", 5) == ""


def test_a_locked_machine_is_listed_and_unlocked(dialog, staff) -> None:
    for i in range(users.MACHINE_FREE_FAILURES):
        with pytest.raises(DomainError):
            users.authenticate(f"nadie{i}", "mal", machine="pc-intrusa")
    dialog.load()
    assert dialog.machines_label.text() == "Computadoras que esperan por intentos fallidos: pc-intrusa"
    assert not dialog.unlock_machines_button.isHidden()
    dialog.unlock_machines_button.click()
    assert users.locked_machines() == []
    assert dialog.unlock_machines_button.isHidden()
