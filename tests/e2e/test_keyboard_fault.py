"""Keyboard only: a caller found by phone number gets a fault report and a printed receipt, without the mouse.

From the main window: type the phone in the search box, Enter (opens the customer), Ctrl+N (wizard for that
customer), Enter through the pages, type the description, Tab out of it, Enter, Enter ("Levantar reporte"),
Ctrl+P in the folio dialog, Esc. Keys other than the typed text are counted: a receptionist on the phone
should not need more than 15.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard
from ui.helpers import activate, script_driver, wait_focus
from ui.wizard_fixtures import *  # noqa: F403

from ispdesk.core.models import Report, ReportEvent
from ispdesk.ui.desk import wizard as wizard_mod
from ispdesk.ui.desk.folio_done import FolioDoneDialog
from ispdesk.ui.desk.wizard import NewReportWizard, PageId
from ispdesk.ui.shell.main_window import MainWindow

# The offscreen platform warns when a shown window's size hints change (normal on a real screen).
pytestmark = pytest.mark.qt_log_ignore(r"does not support propagateSizeHints")

MAX_KEYS = 15
PHONE = "444 123 4567"
DESCRIPTION = "Sin internet desde ayer en la noche; la antena tiene el foco rojo. Ya reinició el módem."

Ctrl = Qt.KeyboardModifier.ControlModifier


def test_fault_by_phone_filed_and_printed_with_the_keyboard_only(qtbot, wz_staff, wz_customer, printed,
                                                                   monkeypatch) -> None:
    ana = wz_staff["recepcion"]
    kb = Keyboard(qtbot)  # noqa: F405
    seen: dict[str, QDialog] = {}

    def fill_wizard(w: NewReportWizard) -> None:
        seen["wizard"] = w
        assert w.currentId() == PageId.CUSTOMER
        assert w.customer() is not None
        assert w.customer().id == wz_customer.id  # the customer open in the main window
        wait_focus(qtbot, w.button(QWizard.WizardButton.NextButton))
        kb.press(Qt.Key.Key_Return)  # Cliente → Tipo y canal
        assert w.currentId() == PageId.KIND
        assert (w.kind_page.kind(), w.kind_page.channel()) == ("falla", "telefono")
        kb.press(Qt.Key.Key_Return)  # falla by teléfono: the defaults → Descripción
        wait_focus(qtbot, w.description_page.ui.descriptionEdit)
        kb.type(DESCRIPTION)
        kb.press(Qt.Key.Key_Tab)  # out of the description, to the (pre-filled) location
        wait_focus(qtbot, w.description_page.ui.locationEdit)
        kb.press(Qt.Key.Key_Return)  # → Resumen
        assert w.currentId() == PageId.SUMMARY
        wait_focus(qtbot, w.button(QWizard.WizardButton.FinishButton))
        kb.press(Qt.Key.Key_Return)  # "Levantar reporte"

    def use_folio_dialog(d: FolioDoneDialog) -> None:
        seen["folio"] = d
        wait_focus(qtbot, d.ui.printButton)
        kb.press(Qt.Key.Key_P, Ctrl)  # Ctrl+P: print the receipt
        qtbot.waitUntil(lambda: len(printed) == 1, timeout=20000)
        qtbot.waitUntil(lambda: d.ui.printButton.isEnabled())
        kb.press(Qt.Key.Key_Escape)  # close

    scripts: list[Callable] = [fill_wizard, use_folio_dialog]

    monkeypatch.setattr(wizard_mod, "exec_dialog", script_driver(qtbot, scripts))

    window = MainWindow(ana)
    qtbot.addWidget(window)
    activate(qtbot, window)
    wait_focus(qtbot, window.search_view.box)
    kb.type(PHONE)
    kb.press(Qt.Key.Key_Return)  # search and open the customer found by the phone number
    qtbot.waitUntil(lambda: window.current_customer() is not None)
    assert window.current_customer().id == wz_customer.id
    kb.press(Qt.Key.Key_N, Ctrl)  # new report for this customer; the scripts above run inside
    assert not scripts, "the wizard or the folio dialog did not open"

    report = Report.get(Report.description == DESCRIPTION)
    assert report.customer_id == wz_customer.id
    assert (report.kind, report.channel, report.created_by_id) == ("falla", "telefono", ana.id)
    assert report.contact_phone == "4441234567"
    assert seen["folio"].ui.folioLabel.text() == report.folio
    assert Report.select().count() == 1
    assert ReportEvent.select().where(ReportEvent.report == report, ReportEvent.action == "created").count() == 1
    assert len(printed) == 1
    assert printed[0].is_file()
    assert printed[0].read_bytes().startswith(b"%PDF")
    assert report.folio in printed[0].name

    assert kb.count <= MAX_KEYS, f"{kb.count} teclas: {kb.log}"
    assert kb.log == ["Return", "Ctrl+N", "Return", "Return", "Tab", "Return", "Return", "Ctrl+P", "Esc"]
