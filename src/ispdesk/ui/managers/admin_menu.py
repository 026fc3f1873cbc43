"""The «Administración» menu of the main window: «Configuración…» and «Usuarios…», shown to the roles that may use
them (the services check again on every change)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from ispdesk.core.permissions import Action, can
from ispdesk.core.session import Session


class AdminMenu(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(self.tr("A&dministración"), window)
        self.act_settings = QAction(self.tr("&Configuración…"), window)
        self.act_settings.triggered.connect(self.open_settings)
        self.act_users = QAction(self.tr("&Usuarios…"), window)
        self.act_users.triggered.connect(self.open_users)
        self.menu.addAction(self.act_settings)
        self.menu.addAction(self.act_users)

    def apply_user(self, user: Session) -> None:
        """Put the menu in the menu bar (before «Ayuda») for a manager, take it out for anyone else."""
        settings, users = can(user, Action.SETTINGS_EDIT), can(user, Action.USERS_MANAGE)  # type: ignore[arg-type]
        self.act_settings.setVisible(settings)
        self.act_users.setVisible(users)
        bar = self.window.menuBar()
        action = self.menu.menuAction()
        present = action in bar.actions()
        if (settings or users) and not present:
            actions = bar.actions()
            bar.insertAction(actions[-1] if actions else None, action)  # the last menu is «Ayuda»
        elif not (settings or users) and present:
            bar.removeAction(action)

    def _exec(self, dialog: QDialog) -> None:
        try:
            self.window.exec_dialog(dialog)  # type: ignore[attr-defined]  # the tests' seam
        finally:
            dialog.deleteLater()

    def open_settings(self) -> None:
        from ispdesk.ui.managers.settings_dialog import SettingsDialog

        self._exec(SettingsDialog(self.window.user, self.window))  # type: ignore[attr-defined]
        # the office's name is in the status bar; a new calendar or policy needs nothing: it is read per report
        from ispdesk.core.queries import office_brief

        office = office_brief(self.window.user.office_id)  # type: ignore[attr-defined]
        if office is not None:
            self.window.office_label.setText(office.name)  # type: ignore[attr-defined]

    def open_users(self) -> None:
        from ispdesk.ui.managers.users_dialog import UsersDialog

        self._exec(UsersDialog(self.window.user, self.window))  # type: ignore[attr-defined]
