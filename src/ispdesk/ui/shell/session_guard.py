"""Keeps the main window's session in step with the user's row: a manager's change on any PC reaches this window
within seconds. A deactivated (or vanished) account is signed out and the sign-in asked again; a new role or office
rebuilds what the window shows; a new name updates the status bar.

The services refuse a deactivated user's every change by themselves (they re-read the row); this makes the window
say so instead of showing refusals."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import isValid

from ispdesk.core.errors import DomainError, PermissionDenied
from ispdesk.core.services import users
from ispdesk.core.session import Session

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 2000  # one look-up by primary key


class SessionGuard(QObject):
    """Owned by the main window (which has `user`, `apply_user`, `user_label`, `close`)."""

    signed_out = Signal(str)  # the message shown on the sign-in dialog
    refused = Signal(int)  # a service refused a deactivated user (any thread): look now

    def __init__(self, window: QWidget, *, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.signing_out = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.refused.connect(self._refused, Qt.ConnectionType.QueuedConnection)
        self._unlisten = users.on_inactive_account(self.refused.emit)
        self.destroyed.connect(lambda _obj=None, stop=self._unlisten: stop())

    def _refused(self, user_id: int) -> None:
        if user_id == self.window.user.id:  # type: ignore[attr-defined]
            self.check()

    def check(self) -> None:
        """Re-read the signed-in user (the timer calls it; so may anyone who saw "ya no está activa"). Only while
        the window is up: a closed one (or one about to be deleted) asks nobody to sign in."""
        if self.signing_out or not isValid(self.window) or not self.window.isVisible():
            return
        current: Session = self.window.user  # type: ignore[attr-defined]
        try:
            fresh = users.session_of(current)
        except PermissionDenied:
            self.sign_out(QCoreApplication.translate(
                "SessionGuard", "La cuenta de {0} fue desactivada y su sesión se cerró. Inicie sesión con una cuenta "
                "activa.").format(current.full_name))
            return
        except Exception:  # the database is away for a moment: the live refresh says so; try again next tick
            log.debug("No se pudo releer al usuario", exc_info=True)
            return
        if (fresh.role, fresh.office_id) != (current.role, current.office_id):
            self.window.apply_user(fresh)  # type: ignore[attr-defined]
        elif fresh != current:
            self.window.user = fresh  # type: ignore[attr-defined]
            text = self.window.user_label.text()  # type: ignore[attr-defined]
            self.window.user_label.setText(text.replace(current.full_name, fresh.full_name, 1))  # type: ignore[attr-defined]

    def sign_out(self, message: str) -> None:
        """Close what the user had open (edits they can no longer save included), then ask for a sign-in over the
        emptied window, once the open dialogs' own loops have ended."""
        self.signing_out = True
        self.timer.stop()
        for _ in range(20):  # dialogs over dialogs: the innermost first
            modal = QApplication.activeModalWidget()
            if modal is None or modal is self.window:
                break
            if isinstance(modal, QDialog):
                modal.done(int(QDialog.DialogCode.Rejected))
            else:
                modal.close()
        card = getattr(self.window, "card", None)
        if card is not None and card.is_dirty():
            card.discard()
        self.signed_out.emit(message)
        QTimer.singleShot(0, lambda: self._ask_again(message))

    def _ask_again(self, message: str) -> None:
        """The window stays up (closing its last window would end the program) with nothing of the old user's on
        it; the sign-in dialog sits over it."""
        from PySide6.QtWidgets import QMainWindow, QToolBar

        from ispdesk.ui.shell import login

        window = self.window
        if not isValid(window) or not window.isVisible():
            self.signing_out = False
            return
        hidden: list[QWidget] = []
        if isinstance(window, QMainWindow):
            hidden = [w for w in (window.centralWidget(), *window.findChildren(QToolBar)) if w is not None
                      and w.isVisible()]
            window.menuBar().setEnabled(False)
        for widget in hidden:
            widget.hide()
        try:
            session = login.sign_in(window, "", message)
        except DomainError:
            session = None
        if not isValid(window):  # the program is ending
            return
        for widget in hidden:
            widget.show()
        if isinstance(window, QMainWindow):
            window.menuBar().setEnabled(True)
        self.signing_out = False
        if session is None:
            window.close()
            return
        window.apply_user(session)  # type: ignore[attr-defined]
        self.timer.start()
