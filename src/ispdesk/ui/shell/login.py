"""Sign-in dialog. `users.authenticate` does the checking and the delays after failures; we show its message.

The password check costs about half a second by design (scrypt at OWASP's parameters), so it runs off the GUI
thread: the dialog stays painted and says it is checking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from shiboken6 import isValid

from ispdesk.core.errors import DomainError
from ispdesk.core.queries import office_brief
from ispdesk.core.services import users
from ispdesk.core.session import Session
from ispdesk.ui.common.tasks import run_task
from ispdesk.ui.common.widgets import big_font
from ispdesk.ui.generated.ui_login import Ui_LoginDialog


class LoginDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, office_name: str = "", username: str = "",
                 notice: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.user: Session | None = None
        self.busy = False
        self.ui.officeLabel.setText(office_name or "ispdesk")
        self.ui.officeLabel.setFont(big_font(self, 5))
        if notice:  # why the window asks again (the account was deactivated)
            self.ui.hintLabel.setText(notice)
            self.ui.hintLabel.setStyleSheet("font-weight: bold;")
        self.ui.errorLabel.hide()
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Entrar"))
        self.ui.buttonBox.accepted.connect(self.try_sign_in)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.usernameEdit.setText(username)
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()
        self.setMinimumWidth(400)
        self.adjustSize()

    def try_sign_in(self) -> None:
        if self.busy:
            return
        name = self.ui.usernameEdit.text()
        if not name.strip():
            self.show_error(self.tr("Escriba su usuario."))
            self.ui.usernameEdit.setFocus()
            return
        password = self.ui.passwordEdit.text()
        self._set_busy(True)
        run_task(lambda: Session.of(users.authenticate(name, password)), self._signed_in, self._refused, self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.ui.usernameEdit, self.ui.passwordEdit, self.ok_button):
            widget.setEnabled(not busy)
        if busy:
            self.show_error("")
            self.ok_button.setText(self.tr("Comprobando…"))
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            self.ok_button.setText(self.tr("Entrar"))
            QApplication.restoreOverrideCursor()

    def _signed_in(self, session: Session) -> None:
        self._set_busy(False)
        self.user = session
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, DomainError):
            raise exc
        self.show_error(exc.message)
        self.ui.passwordEdit.selectAll()
        self.ui.passwordEdit.setFocus()

    def reject(self) -> None:
        if not self.busy:  # the check finishes first (its answer would find the dialog gone)
            super().reject()

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))
        self.adjustSize()


def sign_in(parent: QWidget | None = None, username: str = "", notice: str = "") -> Session | None:
    """Show the dialog; the signed-in session, or None if cancelled. Tests replace this seam."""
    office = office_brief()
    dialog = LoginDialog(parent, office_name=office.name if office else "", username=username, notice=notice)
    try:
        return dialog.user if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        if isValid(dialog):  # its parent may have gone meanwhile (the program closing)
            dialog.deleteLater()
