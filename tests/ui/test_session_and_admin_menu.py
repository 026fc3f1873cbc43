"""The main window and the manager: «Administración» only for the roles that may use it; the window follows the
user's row — a deactivated account is signed out, a new role rebuilds what the window shows."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ispdesk.core.services import users
from ispdesk.core.session import Session
from ispdesk.ui.managers.settings_dialog import SettingsDialog
from ispdesk.ui.managers.users_dialog import UsersDialog
from ispdesk.ui.shell import login
from ispdesk.ui.shell.main_window import MainWindow


def _window(qtbot, user) -> MainWindow:
    w = MainWindow(Session.of(user))
    qtbot.addWidget(w)
    w.show()
    return w


def _menus(w: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in w.menuBar().actions()]


def test_the_administration_menu_is_for_managers(qtbot, staff) -> None:
    w = _window(qtbot, staff["gerente"])
    assert _menus(w) == ["Archivo", "Ver", "Datos", "Administración", "Ayuda"]
    assert [a.text().replace("&", "") for a in w.admin_menu.menu.actions()] == ["Configuración…", "Usuarios…"]
    w.apply_user(Session.of(staff["recepcion"]))
    assert _menus(w) == ["Archivo", "Ver", "Ayuda"]
    w.apply_user(Session.of(staff["gerente"]))
    assert _menus(w) == ["Archivo", "Ver", "Datos", "Administración", "Ayuda"]


def test_the_menu_opens_the_settings_and_the_users(qtbot, staff) -> None:
    w = _window(qtbot, staff["gerente"])
    opened = []
    w.exec_dialog = lambda d: opened.append(type(d)) or QDialog.DialogCode.Rejected
    w.admin_menu.act_settings.trigger()
    w.admin_menu.act_users.trigger()
    assert opened == [SettingsDialog, UsersDialog]


def test_the_status_bar_follows_a_renamed_office(qtbot, staff) -> None:
    w = _window(qtbot, staff["gerente"])

    def rename(d: SettingsDialog) -> int:
        page = d.show_section("office")
        page.name.setText("Internet Rioverde Centro")
        page.save_button.click()
        return QDialog.DialogCode.Rejected

    w.exec_dialog = rename
    w.admin_menu.act_settings.trigger()
    assert w.office_label.text() == "Internet Rioverde Centro"


def test_a_deactivated_user_is_signed_out_and_another_signs_in(qtbot, staff, monkeypatch) -> None:
    w = _window(qtbot, staff["recepcion"])
    asked = []

    def sign_in(parent=None, username="", notice=""):
        asked.append(notice)
        assert not w.centralWidget().isVisible()  # nothing of the old user's shows behind the sign-in
        return Session.of(staff["tecnico"])

    monkeypatch.setattr(login, "sign_in", sign_in)
    w.session_guard.check()
    assert asked == []  # still active: nothing happens
    users.set_active(staff["gerente"], staff["recepcion"], False)  # on another PC
    qtbot.waitUntil(lambda: w.user.username == "tomas", timeout=5000)  # the guard's own timer
    assert asked == ["La cuenta de Ana Ruiz fue desactivada y su sesión se cerró. Inicie sesión con una cuenta "
                     "activa."]
    assert w.centralWidget().isVisible()
    assert w.user_label.text() == "Tomás Peña (Técnico)"
    assert "Mi cola" in [w.nav.item(i).text() for i in range(w.nav.count())]


def test_a_deactivated_user_who_does_not_sign_in_again_closes_the_window(qtbot, staff, monkeypatch) -> None:
    w = _window(qtbot, staff["recepcion"])
    monkeypatch.setattr(login, "sign_in", lambda parent=None, username="", notice="": None)
    users.set_active(staff["gerente"], staff["recepcion"], False)
    w.session_guard.check()
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=5000)


def test_an_open_dialog_is_closed_when_the_user_is_signed_out(qtbot, staff, monkeypatch) -> None:
    from PySide6.QtCore import QTimer

    w = _window(qtbot, staff["recepcion"])
    monkeypatch.setattr(login, "sign_in", lambda parent=None, username="", notice="": Session.of(staff["tecnico"]))
    box = QMessageBox(QMessageBox.Icon.Information, "Aviso", "Un diálogo abierto", parent=w)

    def deactivate_and_check() -> None:
        users.set_active(staff["gerente"], staff["recepcion"], False)
        w.session_guard.check()

    QTimer.singleShot(50, deactivate_and_check)
    box.exec()  # returns once the guard closes it
    assert not box.isVisible()
    qtbot.waitUntil(lambda: w.user.username == "tomas", timeout=5000)
    assert QApplication.activeModalWidget() is None


def test_a_new_role_or_name_reaches_the_open_window(qtbot, staff) -> None:
    w = _window(qtbot, staff["recepcion"])
    users.update_user(staff["gerente"], staff["recepcion"], full_name="Ana Ruiz Díaz")
    w.session_guard.check()
    assert w.user_label.text() == "Ana Ruiz Díaz (Recepción)"
    assert w.user.full_name == "Ana Ruiz Díaz"
    users.update_user(staff["gerente"], staff["recepcion"], role="tecnico")
    w.session_guard.check()
    assert w.user.role == "tecnico"
    assert w.user_label.text() == "Ana Ruiz Díaz (Técnico)"
    assert "Mi cola" in [w.nav.item(i).text() for i in range(w.nav.count())]
    assert not w.act_new_report.isVisible()


@pytest.mark.parametrize("role", ["recepcion", "tecnico", "jefe_tecnico"])
def test_other_roles_have_no_administration(qtbot, staff, role) -> None:
    w = _window(qtbot, staff[role])
    assert "Administración" not in _menus(w)


def test_a_refusal_for_a_deactivated_account_signs_out_at_once(qtbot, staff, customer, monkeypatch) -> None:
    from ispdesk.core.errors import PermissionDenied
    from ispdesk.core.services import reports

    w = _window(qtbot, staff["recepcion"])
    w.session_guard.timer.start(600_000)  # not the timer: the refusal itself
    asked = []
    monkeypatch.setattr(login, "sign_in",
                        lambda parent=None, username="", notice="": asked.append(notice) or None)
    users.set_active(staff["gerente"], staff["recepcion"], False)
    with pytest.raises(PermissionDenied, match="ya no está activa"):
        reports.open_report(w.user, customer.id, "falla", "telefono", "Sin internet")
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=3000)
