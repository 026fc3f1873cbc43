from __future__ import annotations

from helpers import type_text
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ispdesk.ui.shell.login import LoginDialog


def _dialog(qtbot) -> LoginDialog:
    d = LoginDialog(office_name="Internet Rioverde")
    qtbot.addWidget(d)
    d.show()
    return d


def _ok(qtbot, d: LoginDialog) -> None:
    """Press «Entrar» and wait for the check, which runs off the GUI thread."""
    d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not d.busy, timeout=10000)


def test_wrong_password_shows_the_service_message_and_keeps_the_username(qtbot, staff) -> None:
    d = _dialog(qtbot)
    assert d.ui.officeLabel.text() == "Internet Rioverde"
    type_text(d.ui.usernameEdit, "ana")
    type_text(d.ui.passwordEdit, "contraseña mala")
    _ok(qtbot, d)
    assert d.ui.errorLabel.isVisible()
    assert d.ui.errorLabel.text() == "Usuario o contraseña incorrectos."
    assert d.ui.usernameEdit.text() == "ana"
    assert d.result() != QDialog.DialogCode.Accepted
    assert d.user is None


def test_right_password_signs_in(qtbot, staff) -> None:
    d = _dialog(qtbot)
    type_text(d.ui.usernameEdit, "Ana ")
    type_text(d.ui.passwordEdit, "secreto1")
    _ok(qtbot, d)
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.user is not None
    assert d.user.username == "ana"


def test_five_failures_make_the_account_wait(qtbot, staff) -> None:
    d = _dialog(qtbot)
    type_text(d.ui.usernameEdit, "tomas")
    for _ in range(5):
        d.ui.passwordEdit.setText("nop")
        _ok(qtbot, d)
    assert "espere 30 segundos" in d.ui.errorLabel.text()
    d.ui.passwordEdit.setText("secreto1")
    _ok(qtbot, d)
    assert d.ui.errorLabel.text().startswith("Demasiados intentos fallidos. Espere")
    assert d.user is None


def test_the_dialog_stays_responsive_while_the_password_is_checked(qtbot, staff) -> None:
    d = _dialog(qtbot)
    type_text(d.ui.usernameEdit, "ana")
    type_text(d.ui.passwordEdit, "secreto1")
    d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert d.busy
    assert d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text() == "Comprobando…"
    assert not d.ui.passwordEdit.isEnabled()
    qtbot.waitUntil(lambda: d.result() == QDialog.DialogCode.Accepted, timeout=10000)
    assert d.user.username == "ana"


def test_a_notice_says_why_the_sign_in_is_asked_again(qtbot, staff) -> None:
    d = LoginDialog(office_name="Internet Rioverde", notice="Su cuenta fue desactivada.")
    qtbot.addWidget(d)
    assert d.ui.hintLabel.text() == "Su cuenta fue desactivada."


def test_empty_username_is_asked_for(qtbot, staff) -> None:
    d = _dialog(qtbot)
    _ok(qtbot, d)
    assert d.ui.errorLabel.text() == "Escriba su usuario."
