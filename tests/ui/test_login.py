from __future__ import annotations

from helpers import type_text
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ispdesk.ui.shell.login import LoginDialog


def _dialog(qtbot) -> LoginDialog:
    d = LoginDialog(office_name="Internet Rioverde")
    qtbot.addWidget(d)
    d.show()
    return d


def _ok(d: LoginDialog) -> None:
    d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def test_wrong_password_shows_the_service_message_and_keeps_the_username(qtbot, staff) -> None:
    d = _dialog(qtbot)
    assert d.ui.officeLabel.text() == "Internet Rioverde"
    type_text(d.ui.usernameEdit, "ana")
    type_text(d.ui.passwordEdit, "contraseña mala")
    _ok(d)
    assert d.ui.errorLabel.isVisible()
    assert d.ui.errorLabel.text() == "Usuario o contraseña incorrectos."
    assert d.ui.usernameEdit.text() == "ana"
    assert d.result() != QDialog.DialogCode.Accepted
    assert d.user is None


def test_right_password_signs_in(qtbot, staff) -> None:
    d = _dialog(qtbot)
    type_text(d.ui.usernameEdit, "Ana ")
    type_text(d.ui.passwordEdit, "secreto1")
    _ok(d)
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.user is not None
    assert d.user.username == "ana"


def test_five_failures_lock_the_account(qtbot, staff) -> None:
    d = _dialog(qtbot)
    type_text(d.ui.usernameEdit, "tomas")
    for _ in range(5):
        d.ui.passwordEdit.setText("nop")
        _ok(d)
    assert "bloqueada" in d.ui.errorLabel.text()
    d.ui.passwordEdit.setText("secreto1")
    _ok(d)
    assert "Cuenta bloqueada" in d.ui.errorLabel.text()
    assert d.user is None


def test_empty_username_is_asked_for(qtbot, staff) -> None:
    d = _dialog(qtbot)
    _ok(d)
    assert d.ui.errorLabel.text() == "Escriba su usuario."
