from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import press, type_text
from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, Qt

from ispdesk.core.errors import DomainError
from ispdesk.ui.common import crash
from ispdesk.ui.common.tasks import pending_tasks, run_task
from ispdesk.ui.shell import login
from ispdesk.ui.shell.main_window import MainWindow, settings


@pytest.fixture
def window(qtbot, staff, customer):
    w = MainWindow(staff["recepcion"])
    qtbot.addWidget(w)
    w.show()
    return w


def test_status_bar_shows_office_user_and_database(window, sqlite_db) -> None:
    assert window.office_label.text() == "Internet Rioverde"
    assert window.user_label.text() == "Ana Ruiz (Recepción)"
    assert window.db_label.text() == f"SQLite: {sqlite_db}"
    assert window.stack.currentWidget() is window.search_view
    # the receptionist works the areas' inboxes too: the board (inboxes only) and the search, search first
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == ["Tablero", "Buscar clientes"]


def test_menus_and_shortcuts(window) -> None:
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["Archivo", "Ver", "Ayuda"]
    assert window.act_new_report.shortcut().toString() == "Ctrl+N"
    assert window.act_print.shortcut().toString() == "Ctrl+P"
    assert window.act_refresh.shortcut().toString() == "F5"
    assert not window.act_print.isEnabled()  # no report open


def test_search_open_card_and_go_back_with_escape(qtbot, window, customer) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.act_find.trigger()
    type_text(window.search_view.box, "Peña")
    press(window.search_view.box, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.card
    assert window.card.title.text() == "María Peña López"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # a real key press, through the shortcut map
    assert window.stack.currentWidget() is window.search_view
    assert window.search_view.box.text() == "Peña"  # the search is still there
    window.act_back.trigger()
    assert window.search_view.box.text() == ""


def test_report_from_card_then_back_to_card(window, report) -> None:
    window.open_customer(report.customer_id)
    window.open_report(report.id)
    assert window.stack.currentWidget() is window.report_view
    window.go_back()
    assert window.stack.currentWidget() is window.card


def test_refresh_reloads_the_report(window, staff, report) -> None:
    from ispdesk.core.services import reports

    window.open_report(report.id)
    reports.add_note(staff["gerente"], report, "Nota desde otra PC")
    window.act_refresh.trigger()
    assert window.report_view.timeline_model.rowCount() == 2


def test_switch_user_rebuilds_what_the_role_sees(window, staff, monkeypatch) -> None:
    assert window.act_new_report.isVisible()
    monkeypatch.setattr(login, "sign_in", lambda parent=None, username="": staff["tecnico"])
    window.act_switch.trigger()
    assert window.user_label.text() == "Tomás Peña (Técnico)"
    assert not window.act_new_report.isVisible()
    assert not window.search_view.can_create
    monkeypatch.setattr(login, "sign_in", lambda parent=None, username="": None)  # cancelled: nothing changes
    window.act_switch.trigger()
    assert window.user_label.text() == "Tomás Peña (Técnico)"


def test_new_customer_from_an_empty_search(window, monkeypatch) -> None:
    def accept(dialog) -> int:
        dialog.form.ui.numberEdit.setText("C-777")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(window, "exec_dialog", accept)
    window.search_view.box.setText("Zacarías Quintero")
    window.search_view.run_search()
    window.search_view.new_button.click()
    assert window.stack.currentWidget() is window.card
    assert window.card.title.text() == "Zacarías Quintero"


def test_geometry_is_remembered(window) -> None:
    window.resize(900, 600)
    window.close()
    assert isinstance(settings().value("main/geometry"), QByteArray)
    assert settings().fileName().startswith(str(Path(settings().fileName()).parent))


def test_add_view_shows_navigation(qtbot, window) -> None:
    from PySide6.QtWidgets import QLabel

    window.add_view("Mi cola", QLabel("cola"))
    assert window.nav.isVisible()
    assert window.nav.count() == 3  # Tablero, Buscar clientes, Mi cola
    window.nav.setCurrentRow(2)
    assert window.stack.currentWidget().text() == "cola"


def test_crash_hook_saves_a_report_and_shows_the_dialog(monkeypatch) -> None:
    from ispdesk.core.paths import data_dir as _data_dir

    data_dir = _data_dir()
    shown = []
    monkeypatch.setattr(crash, "show_crash_dialog", lambda details, path: shown.append((details, path)))
    try:
        raise ZeroDivisionError("división entre cero")
    except ZeroDivisionError:
        crash.handle_exception(*sys.exc_info())
    (details, path), = shown
    assert "ZeroDivisionError" in details
    assert path is not None
    assert path.parent == data_dir / "errores"
    assert "división entre cero" in path.read_text(encoding="utf-8")


def test_domain_errors_never_become_crash_reports(monkeypatch) -> None:
    from ispdesk.core.paths import crash_dir

    messages = []
    monkeypatch.setattr(crash, "show_crash_dialog", lambda *a: pytest.fail("crash dialog for a DomainError"))
    monkeypatch.setattr(crash, "show_domain_error", messages.append)
    err = DomainError("No hay conexión con la base de datos.")
    crash.handle_exception(DomainError, err, None)
    assert messages == ["No hay conexión con la base de datos."]
    assert not crash_dir().exists()


def test_run_task_reports_on_the_gui_thread_with_its_own_connection(qtbot, customer) -> None:
    import threading

    from ispdesk.core.models import Customer

    results, errors = [], []
    gui = threading.get_ident()

    def work() -> tuple[str, int]:
        return Customer.get_by_id(customer.id).name, threading.get_ident()

    run_task(work, lambda r: results.append((r, threading.get_ident())), errors.append, None)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=3000)
    ((name, worker), where), = results
    assert name == "María Peña López"
    assert worker != gui
    assert where == gui
    run_task(lambda: 1 / 0, results.append, errors.append, None)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert isinstance(errors[0], ZeroDivisionError)
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=3000)


def test_spanish_translators_and_date_locale(qapp) -> None:
    from ispdesk.ui.common.i18n import install_translators

    assert install_translators(qapp, "es") == "es"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QLocale().name() == "es_MX"
    assert install_translators(qapp, "en") in ("en", "es")  # without ispdesk_en.qm it stays Spanish
    install_translators(qapp, "es")


def test_run_gui_reports_a_bad_database_and_exits_1(tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ispdesk import app

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    folder = tmp_path / "carpeta"
    folder.mkdir()
    assert app.run_gui(str(folder), "es") == 1
    assert "es una carpeta" in shown[0]


def test_run_gui_exits_when_idle_for_the_benchmark(staff, sqlite_db, monkeypatch) -> None:
    from ispdesk import app

    monkeypatch.setenv("ISPDESK_EXIT_WHEN_IDLE", "1")
    assert app.run_gui(sqlite_db, "es") == 0


@pytest.mark.parametrize(("answer", "stays", "zone"), [("cancel", True, "Sur Poniente"),
                                                      ("discard", False, "Norte"),
                                                      ("save", False, "Sur Poniente")])
def test_leaving_a_card_with_unsaved_edits_asks_first(window, customer, monkeypatch, answer, stays, zone) -> None:
    from ispdesk.core.models import Customer

    asked: list[bool] = []
    monkeypatch.setattr(window, "ask_unsaved", lambda: asked.append(True) or answer)
    window.open_customer(customer.id)
    window.card.form.ui.zoneEdit.setText("Sur Poniente")
    window.card.form.ui.zoneEdit.textEdited.emit("Sur Poniente")
    assert window.card.is_dirty()
    window.go_back()
    assert asked == [True]
    assert (window.stack.currentWidget() is window.card) is stays
    assert Customer.get_by_id(customer.id).zone == ("Sur Poniente" if answer == "save" else "Norte")
    if answer == "cancel":
        assert window.card.form.ui.zoneEdit.text() == zone  # what was typed is still there
        window.card.discard()


def test_leaving_an_unchanged_card_asks_nothing(window, customer, monkeypatch) -> None:
    monkeypatch.setattr(window, "ask_unsaved", lambda: pytest.fail("asked without changes"))
    window.open_customer(customer.id)
    window.go_back()
    assert window.stack.currentWidget() is window.search_view


def test_ctrl_number_goes_to_the_screens_of_the_navigation(qtbot, staff) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ispdesk.ui.shell.main_window import MainWindow

    w = MainWindow(staff["jefe_tecnico"])
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert w.stack.currentWidget() is w.role_views["board"]  # the lead starts on the board
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentWidget() is w.role_views["incidents"]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentWidget() is w.search_view
    assert w.nav.item(0).toolTip() == "Tablero (Ctrl+1)"
