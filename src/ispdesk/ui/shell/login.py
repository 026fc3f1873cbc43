"""Sign-in dialog. `users.authenticate` does the checking and the lock-out; we show its message."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ispdesk.core.errors import DomainError
from ispdesk.core.queries import office_brief
from ispdesk.core.services import users
from ispdesk.core.session import Session
from ispdesk.ui.common.widgets import big_font
from ispdesk.ui.generated.ui_login import Ui_LoginDialog


class LoginDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, office_name: str = "", username: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.user: Session | None = None
        self.ui.officeLabel.setText(office_name or "ispdesk")
        self.ui.officeLabel.setFont(big_font(self, 5))
        self.ui.errorLabel.hide()
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Entrar"))
        self.ui.buttonBox.accepted.connect(self.try_sign_in)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.usernameEdit.setText(username)
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()
        self.setMinimumWidth(400)
        self.adjustSize()

    def try_sign_in(self) -> None:
        name = self.ui.usernameEdit.text()
        if not name.strip():
            self.show_error(self.tr("Escriba su usuario."))
            self.ui.usernameEdit.setFocus()
            return
        try:
            self.user = Session.of(users.authenticate(name, self.ui.passwordEdit.text()))
        except DomainError as exc:
            self.show_error(exc.message)
            self.ui.passwordEdit.selectAll()
            self.ui.passwordEdit.setFocus()
            return
        self.accept()

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))
        self.adjustSize()


def sign_in(parent: QWidget | None = None, username: str = "") -> Session | None:
    """Show the dialog; the signed-in session, or None if cancelled. Tests replace this seam."""
    office = office_brief()
    dialog = LoginDialog(parent, office_name=office.name if office else "", username=username)
    try:
        return dialog.user if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
