"""Keyboard only: the technician signs in, takes the top of his queue, records the visit and resolves it; the
receptionist (at her own PC) finds the report by folio, notifies the customer and the report ends closed.

The technician's keys other than typed text (user name, password, the cause's first letters, what was done):
Tab and Enter to sign in; on *Mi cola*, whose top row is selected on arrival, S (en sitio) and R (resolver);
in the resolve dialog, which starts on the cause: Tab to «Acción realizada», Tab to «Sí, procedente», Space,
Enter. At most 8: a technician in the field has no time for more.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from ui.helpers import activate, script_driver, wait_focus
from ui.wizard_fixtures import *  # noqa: F403

from ispdesk.core.models import Report, Visit
from ispdesk.core.services import reports
from ispdesk.ui.shell import login
from ispdesk.ui.shell.login import LoginDialog
from ispdesk.ui.shell.main_window import MainWindow

# The offscreen platform warns when a shown window's size hints change (normal on a real screen).
pytestmark = pytest.mark.qt_log_ignore(r"does not support propagateSizeHints")

MAX_TECHNICIAN_KEYS = 8
ACTION = "Se cambió la fuente PoE de la antena; quedó en 20 Mbps"


def sign_in_typed(qtbot, kb, username: str, password: str):
    """`login.sign_in()` as a person uses it: the dialog opens, the keyboard types into it."""

    def type_in() -> None:
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), LoginDialog), timeout=5000)
        dialog = QApplication.activeModalWidget()
        dialog.activateWindow()
        wait_focus(qtbot, dialog.ui.usernameEdit)
        kb.type(username)
        kb.press(Qt.Key.Key_Tab)
        wait_focus(qtbot, dialog.ui.passwordEdit)
        kb.type(password)
        kb.press(Qt.Key.Key_Return)

    QTimer.singleShot(0, type_in)
    user = login.sign_in()
    assert user is not None, "the sign-in was not accepted"
    return user


def test_technician_resolves_the_top_of_his_queue_and_the_desk_closes_it(qtbot, wz_staff, wz_customer,
                                                                         capsys) -> None:
    desk, tech = wz_staff["recepcion"], wz_staff["tecnico"]
    top = reports.assign(desk, reports.open_report(desk, wz_customer, "falla", "telefono", "Sin internet"), tech)
    later = reports.assign(desk, reports.open_report(desk, wz_customer, "falla", "whatsapp", "Lento"), tech)
    starts = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=30)
    reports.schedule_visit(wz_staff["gerente"], top, starts, starts + dt.timedelta(hours=2))

    # --- the technician ------------------------------------------------------------------------------------
    kb = Keyboard(qtbot)  # noqa: F405
    session = sign_in_typed(qtbot, kb, "tomas", "secreto1")
    window = MainWindow(session)
    qtbot.addWidget(window)
    activate(qtbot, window)
    queue = window.role_views["queue"]
    assert window.stack.currentWidget() is queue  # Mi cola is where a technician starts
    wait_focus(qtbot, queue.table)
    assert queue.selected_key() == top.id  # the top of the queue, ready

    def resolve(d: QDialog) -> None:
        wait_focus(qtbot, d.widgets["cause_code"])  # the dialog starts on the cause
        kb.type("Equipo")  # the first letters pick «Equipo del proveedor (antena, router en comodato)»
        assert d.widgets["cause_code"].currentData() == "equipo_isp"
        kb.press(Qt.Key.Key_Tab)
        wait_focus(qtbot, d.widgets["action_taken"])
        kb.type(ACTION)
        kb.press(Qt.Key.Key_Tab)
        wait_focus(qtbot, d.yes)
        kb.press(Qt.Key.Key_Space)  # «Sí, procedente»
        assert d.yes.isChecked()
        assert d.widgets["visit_done"].isChecked()  # he is on site: the visit counts as made
        kb.press(Qt.Key.Key_Return)  # «Resolver»

    scripts: list[Callable[[QDialog], None]] = [resolve]
    queue.exec_dialog = script_driver(qtbot, scripts)
    kb.press(Qt.Key.Key_S)  # en sitio
    assert Visit.get(Visit.report == top.id).status == "en_sitio"
    assert queue.message.text() == f"{top.folio}: llegada al domicilio registrada."
    kb.press(Qt.Key.Key_R)  # resolver: the script above runs inside
    assert not scripts, "the resolve dialog did not open"

    r = Report.get_by_id(top.id)
    assert r.status == "resuelto"
    assert queue.model.row_of(top.id) is None  # off his queue…
    assert queue.selected_key() == later.id  # …and the next one is ready
    technician = (kb.count, list(kb.log))

    # --- the receptionist, at the front desk -----------------------------------------------------------------
    window.close()
    kb_desk = Keyboard(qtbot)  # noqa: F405
    front = MainWindow(sign_in_typed(qtbot, kb_desk, "ana", "secreto1"))
    qtbot.addWidget(front)
    activate(qtbot, front)
    wait_focus(qtbot, front.search_view.box)
    kb_desk.type(top.folio)
    kb_desk.press(Qt.Key.Key_Return)  # the folio opens the report
    qtbot.waitUntil(lambda: front.report_view.report is not None and front.report_view.report.id == top.id)
    notify = front.report_view.buttons["notify"]
    assert notify.isVisible()
    for _ in range(40):  # Tab along the report's buttons to «Avisar al cliente…»
        if QApplication.focusWidget() is notify:
            break
        kb_desk.press(Qt.Key.Key_Tab)
    wait_focus(qtbot, notify)

    def notice(d: QDialog) -> None:
        assert d.widgets["close_after"].isChecked()  # resolved: close after telling the customer
        assert top.folio in d.widgets["notified_text"].toPlainText()
        kb_desk.press(Qt.Key.Key_Return)  # «Registrar aviso» with the text prepared for the call

    desk_scripts: list[Callable[[QDialog], None]] = [notice]
    front.report_view.exec_dialog = script_driver(qtbot, desk_scripts)
    kb_desk.press(Qt.Key.Key_Return)  # «Avisar al cliente…» (the button is pressed as by a click, animated)
    qtbot.waitUntil(lambda: not desk_scripts, timeout=3000)
    qtbot.waitUntil(lambda: Report.get_by_id(top.id).status == "cerrado", timeout=3000)
    assert front.report_view.status_label.text() == "Cerrado"
    front.close()

    count, keys = technician
    with capsys.disabled():
        print(f"\n[keyboard] técnico: {count} teclas además del texto: {' '.join(keys)}"
              f"\n[keyboard] recepción: {kb_desk.count} teclas: {' '.join(kb_desk.log)}")
    assert keys == ["Tab", "Return", "S", "R", "Tab", "Tab", "Space", "Return"]
    assert count <= MAX_TECHNICIAN_KEYS, f"{count} teclas: {keys}"
