"""New report wizard, folio dialog and receipt printing, driven like a receptionist would."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from urllib.parse import unquote

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from ui.wizard_fixtures import *  # noqa: F403

from ispdesk.core import present
from ispdesk.core.clock import set_clock, to_local
from ispdesk.core.deadlines import compute_deadlines
from ispdesk.core.models import Report, ReportEvent
from ispdesk.core.services import customers, reports, users
from ispdesk.core.services.office import calendar_for, policies
from ispdesk.ui.common import printing
from ispdesk.ui.desk import folio_done
from ispdesk.ui.desk.folio_done import FolioDoneDialog, whatsapp_url
from ispdesk.ui.desk.wizard import NewReportWizard, PageId

NOW = dt.datetime(2026, 3, 10, 16, 0)  # Tuesday 10:00 in Mexico City, naive UTC like the database


@pytest.fixture
def frozen_now():
    set_clock(lambda: NOW)
    yield NOW
    set_clock(None)


def make_wizard(qtbot, actor, customer=None) -> NewReportWizard:
    wizard = NewReportWizard(actor, customer)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    return wizard


def enter(qtbot, wizard: NewReportWizard) -> None:
    """Enter where the focus is (QWizard's default button: Siguiente / Levantar reporte)."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def fill_description(qtbot, wizard: NewReportWizard, text: str) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.description_page.ui.descriptionEdit)
    Keyboard(qtbot).type(text)  # noqa: F405


def test_wizard_creates_one_report_with_fields_and_deadlines(qtbot, wz_staff, wz_customer, frozen_now) -> None:
    ana = wz_staff["recepcion"]
    wizard = make_wizard(qtbot, ana, wz_customer)
    assert wizard.currentId() == PageId.CUSTOMER
    assert wizard.customer_page.ui.nameValue.text() == "María Peña López"
    enter(qtbot, wizard)
    assert wizard.currentId() == PageId.KIND
    assert wizard.kind_page.kind() == "falla"
    assert wizard.kind_page.channel() == "telefono"
    enter(qtbot, wizard)
    assert wizard.currentId() == PageId.DESCRIPTION
    d = wizard.description_page
    assert d.location() == "Centenario 322, Col. Centro, Rioverde, San Luis Potosí"
    assert d.contact_phone() == "444 123 4567"
    fill_description(qtbot, wizard, "Sin señal desde ayer; la antena está en rojo.")
    d.ui.visitCombo.setCurrentIndex(1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # Enter would be a new line: Tab out first
    enter(qtbot, wizard)
    assert wizard.currentId() == PageId.SUMMARY
    office = wz_customer.office
    due = compute_deadlines(calendar_for(office), policies()["falla"], NOW, wz_customer.billing_day)
    expected_resolution = present.long_dt(to_local(due.resolution_due, office.timezone))
    s = wizard.summary_page.ui
    assert s.resolutionLabel.text() == f"Solución comprometida: {expected_resolution}"
    assert s.responseLabel.text().startswith("Primera respuesta a más tardar: ")
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Levantar reporte"
    enter(qtbot, wizard)

    assert Report.select().count() == 1
    report = Report.get()
    assert wizard.report is not None
    assert wizard.report.id == report.id
    assert not wizard.note_added
    assert report.customer_id == wz_customer.id
    assert (report.kind, report.channel, report.status) == ("falla", "telefono", "abierto")
    assert report.description == "Sin señal desde ayer; la antena está en rojo."
    assert report.location == "Centenario 322, Col. Centro, Rioverde, San Luis Potosí"
    assert report.contact_phone == "4441234567"
    assert report.visit_window == "Tarde (13 a 18 h)"
    assert report.created_by_id == ana.id
    assert report.folio.startswith("RV26-")
    assert report.response_due == due.response_due.replace(tzinfo=None)
    assert report.resolution_due == due.resolution_due.replace(tzinfo=None)
    assert [e.action for e in ReportEvent.select()] == ["created"]


def test_empty_description_blocks_next_with_a_spanish_message(qtbot, wz_staff, wz_customer) -> None:
    wizard = make_wizard(qtbot, wz_staff["recepcion"], wz_customer)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PageId.DESCRIPTION
    d = wizard.description_page
    nxt = wizard.button(QWizard.WizardButton.NextButton)
    assert not nxt.isEnabled()
    assert d.ui.descriptionError.isVisibleTo(wizard)
    assert d.ui.descriptionError.text() == "Obligatoria para continuar."
    # Spaces only: "Siguiente" is enabled by Qt's mandatory-field check, validatePage refuses with a message.
    d.ui.descriptionEdit.setPlainText("   ")
    wizard.next()
    assert wizard.currentId() == PageId.DESCRIPTION
    assert d.ui.descriptionError.text() == "Escriba la descripción: qué le pasa al servicio y desde cuándo."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is d.ui.descriptionEdit)
    d.ui.descriptionEdit.setPlainText("Intermitente por las tardes")
    assert not d.ui.descriptionError.isVisibleTo(wizard)
    wizard.next()
    assert wizard.currentId() == PageId.SUMMARY
    assert Report.select().count() == 0


def test_invalid_contact_phone_is_shown_next_to_the_field_and_text_kept(qtbot, wz_staff, wz_customer) -> None:
    wizard = make_wizard(qtbot, wz_staff["recepcion"], wz_customer)
    wizard.next()
    wizard.next()
    d = wizard.description_page
    d.ui.descriptionEdit.setPlainText("Lento")
    d.ui.phoneEdit.setText("12345")
    wizard.next()
    assert wizard.currentId() == PageId.DESCRIPTION
    assert "10 dígitos" in d.ui.phoneError.text()
    assert d.ui.phoneError.isVisibleTo(wizard)
    assert d.description() == "Lento"


def test_service_error_takes_the_wizard_back_to_its_page(qtbot, wz_staff, wz_customer) -> None:
    ana = wz_staff["recepcion"]
    wizard = make_wizard(qtbot, ana, wz_customer)
    wizard.next()
    wizard.next()
    wizard.description_page.ui.descriptionEdit.setPlainText("Se cae el internet")
    wizard.next()
    assert wizard.currentId() == PageId.SUMMARY
    # Meanwhile the customer was given the "baja" status: only some kinds are allowed now.
    customers.update_customer(wz_staff["gerente"], wz_customer, status="baja")
    wizard.customer_page.customer = customers.get_customer(wz_customer.id)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible()
    assert wizard.currentId() == PageId.CUSTOMER
    assert "dado de baja" in wizard.customer_page.ui.cardWarning.text()
    assert wizard.description_page.description() == "Se cae el internet"
    assert Report.select().count() == 0


def test_open_report_of_same_kind_offers_to_add_a_note(qtbot, wz_staff, wz_customer) -> None:
    ana = wz_staff["recepcion"]
    existing = reports.open_report(ana, wz_customer, "falla", "telefono", "Sin servicio")
    wizard = make_wizard(qtbot, ana, wz_customer)
    wizard.next()
    k = wizard.kind_page
    assert k.ui.duplicateFrame.isVisibleTo(wizard)
    assert existing.folio in k.ui.duplicateLabel.text()
    assert k.ui.noteRadio.text() == f"Agregar &nota al reporte {existing.folio} en lugar de levantar uno nuevo"
    assert k.ui.noteRadio.isChecked()
    # Another kind: no warning.
    k.ui.kindCombo.setCurrentIndex(k.ui.kindCombo.findData("queja"))
    assert not k.ui.duplicateFrame.isVisibleTo(wizard)
    k.ui.kindCombo.setCurrentIndex(k.ui.kindCombo.findData("falla"))
    assert k.ui.noteRadio.isChecked()
    wizard.next()
    d = wizard.description_page
    assert d.title() == f"Nota para el reporte {existing.folio}"
    assert not d.ui.locationEdit.isVisibleTo(wizard)
    d.ui.descriptionEdit.setPlainText("Vuelve a llamar: sigue sin servicio.")
    wizard.next()
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Agregar nota"
    assert existing.folio in wizard.summary_page.ui.modeLabel.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()

    assert Report.select().count() == 1
    assert wizard.report is not None
    assert wizard.report.id == existing.id
    assert wizard.note_added
    notes = list(ReportEvent.select().where(ReportEvent.action == "note"))
    assert [n.text for n in notes] == ["Vuelve a llamar: sigue sin servicio."]
    # The folio dialog shows the existing folio and says a note was added.
    dialog = FolioDoneDialog(wizard.report, note_added=True)
    qtbot.addWidget(dialog)
    assert dialog.ui.folioLabel.text() == existing.folio
    assert dialog.ui.headlineLabel.text() == "Se agregó una nota al reporte que ya estaba abierto."


def test_new_report_anyway_when_the_receptionist_says_so(qtbot, wz_staff, wz_customer) -> None:
    ana = wz_staff["recepcion"]
    reports.open_report(ana, wz_customer, "falla", "telefono", "Sin servicio")
    wizard = make_wizard(qtbot, ana, wz_customer)
    wizard.next()
    wizard.kind_page.ui.newRadio.setChecked(True)
    wizard.next()
    wizard.description_page.ui.descriptionEdit.setPlainText("Otra falla: el router no enciende")
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert Report.select().count() == 2
    assert not wizard.note_added


def test_channel_is_remembered_per_receptionist(qtbot, wz_staff, wz_customer) -> None:
    ana, beto = wz_staff["recepcion"], wz_staff["recepcion2"]
    wizard = make_wizard(qtbot, ana, wz_customer)
    wizard.next()
    combo = wizard.kind_page.ui.channelCombo
    combo.setCurrentIndex(combo.findData("whatsapp"))
    wizard.next()
    wizard.description_page.ui.descriptionEdit.setPlainText("No carga ninguna página")
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert Report.get().channel == "whatsapp"
    ana = users.get_user("ana")
    assert users.get_pref(ana, "last_channel") == "whatsapp"

    again = make_wizard(qtbot, ana, wz_customer)
    assert again.kind_page.channel() == "whatsapp"
    other = make_wizard(qtbot, users.get_user("beto"), wz_customer)
    assert other.kind_page.channel() == "telefono"
    assert beto.username == "beto"


def test_cancelling_writes_nothing_and_keeps_the_channel(qtbot, wz_staff, wz_customer) -> None:
    ana = wz_staff["recepcion"]
    wizard = make_wizard(qtbot, ana, wz_customer)
    wizard.next()
    combo = wizard.kind_page.ui.channelCombo
    combo.setCurrentIndex(combo.findData("oficina"))
    wizard.reject()
    assert Report.select().count() == 0
    assert users.get_pref(users.get_user("ana"), "last_channel") is None


def test_administrative_kind_shows_documents_and_saves_the_checked_ones(qtbot, wz_staff, wz_customer) -> None:
    wizard = make_wizard(qtbot, wz_staff["recepcion"], wz_customer)
    wizard.next()
    wizard.next()
    assert not wizard.description_page.ui.documentsBox.isVisibleTo(wizard)  # falla: no checklist
    wizard.back()
    kinds = wizard.kind_page.ui.kindCombo
    kinds.setCurrentIndex(kinds.findData("administrativo"))
    wizard.next()
    d = wizard.description_page
    assert d.ui.documentsBox.isVisibleTo(wizard)
    assert [c.text() for c in d.checks] == [
        "Identificación oficial del titular",
        "Comprobante de domicilio reciente",
        "Número de cliente y último número de factura",
    ]
    d.checks[0].setChecked(True)
    d.checks[2].setChecked(True)
    d.ui.descriptionEdit.setPlainText("Cambio de titular del contrato")
    wizard.next()
    assert "• Identificación oficial del titular" in wizard.summary_page.ui.documentsValue.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    report = Report.get()
    assert report.kind == "administrativo"
    assert json.loads(report.documents_json) == [
        "Identificación oficial del titular",
        "Número de cliente y último número de factura",
    ]


def test_search_inside_the_wizard_by_phone_then_enter(qtbot, wz_staff, wz_customer) -> None:
    wizard = make_wizard(qtbot, wz_staff["recepcion"])
    c = wizard.customer_page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is c.ui.searchEdit)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    Keyboard(qtbot).type("444 123 4567")  # noqa: F405
    qtbot.waitUntil(lambda: c.ui.resultsList.count() == 1)
    assert "María Peña López" in c.ui.resultsList.item(0).text()
    qtbot.keyClick(c.ui.searchEdit, Qt.Key.Key_Return)  # picks the customer and moves on
    assert c.customer is not None
    assert c.customer.id == wz_customer.id
    assert wizard.currentId() == PageId.KIND


def test_identification_by_number_and_last_invoice(qtbot, wz_staff, wz_customer) -> None:
    wizard = make_wizard(qtbot, wz_staff["recepcion"])
    c = wizard.customer_page
    c.ui.numberEdit.setText("c-01234")
    c.ui.invoiceEdit.setText("F-1")
    c.ui.verifyButton.click()
    assert c.customer is None
    assert c.ui.invoiceError.isVisibleTo(wizard)
    assert c.ui.invoiceError.text() == "El número de factura no coincide con la última factura del cliente."
    c.ui.numberEdit.setText("C-99999")
    c.ui.verifyButton.click()
    assert "No existe el cliente" in c.ui.numberError.text()
    c.ui.numberEdit.setText("C-01234")
    c.ui.invoiceEdit.setText("f-88231")
    c.ui.verifyButton.click()
    assert c.customer is not None
    assert c.customer.id == wz_customer.id
    assert c.ui.cardPage.isVisibleTo(wizard)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    c.ui.changeButton.click()  # "Cambiar de cliente…" goes back to the search
    assert c.customer is None
    assert c.ui.searchPage.isVisibleTo(wizard)


# --- folio dialog and printing -------------------------------------------------------------------

def test_whatsapp_url_has_52_prefix_and_encoded_spanish() -> None:
    url = whatsapp_url("+52 (444) 123-4567", "RV26-00042-7", "viernes 27 de noviembre, 14:00",
                       "Internet Rioverde", "María Peña López")
    assert url is not None
    assert url.startswith("https://wa.me/524441234567?text=")
    query = url.split("?text=", 1)[1]
    assert " " not in query
    assert "í" not in query
    assert "ñ" not in query
    assert "%C3%AD" in query  # "í" of María, UTF-8 percent-encoded
    assert "%2C" in query  # commas encoded too
    text = unquote(query)
    assert text.startswith("Hola, María. Le escribimos de Internet Rioverde.")
    assert "folio RV26-00042-7" in text
    assert "viernes 27 de noviembre, 14:00" in text
    assert whatsapp_url("521 444 123 4567", "F")  # old mobile prefix accepted
    assert whatsapp_url("4441234567", "F").startswith("https://wa.me/524441234567?")  # type: ignore[union-attr]
    assert whatsapp_url("12345", "F") is None
    assert whatsapp_url("", "F") is None


def test_folio_dialog_prints_with_ctrl_p_and_remembers_format(qtbot, wz_staff, wz_customer, printed,
                                                              monkeypatch) -> None:
    report = reports.open_report(wz_staff["recepcion"], wz_customer, "falla", "telefono", "Sin señal",
                                 contact_phone="444 123 4567")
    dialog = FolioDoneDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    ui = dialog.ui
    assert ui.folioLabel.text() == report.folio
    assert ui.folioLabel.font().pointSize() >= 30
    assert ui.printButton.isDefault()
    assert ui.resolutionLabel.text().startswith("Solución comprometida: ")
    ui.formatCombo.setCurrentIndex(ui.formatCombo.findData("ticket"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=20000)
    assert printed[0].name.startswith(f"comprobante-{report.folio}-ticket-")
    qtbot.waitUntil(lambda: ui.statusLabel.text() == "Comprobante enviado a la impresora predeterminada.")
    assert ui.printButton.isEnabled()
    again = FolioDoneDialog(report)
    qtbot.addWidget(again)
    assert again.fmt() == "ticket"

    # "Guardar PDF…": the file dialog is a seam.
    target = Path(str(printed[0].parent.parent / "guardado" / "mi comprobante.pdf"))
    monkeypatch.setattr(printing, "ask_save_path", lambda parent, suggested: target)
    ui.saveButton.click()
    qtbot.waitUntil(lambda: dialog.last_job is not None and dialog.last_job.done, timeout=20000)
    assert target.read_bytes().startswith(b"%PDF")
    assert ui.statusLabel.text() == f"Comprobante guardado en {target}"

    ui.copyButton.click()
    assert QApplication.clipboard().text() == report.folio

    opened: list[str] = []
    monkeypatch.setattr(folio_done, "open_url", lambda url: opened.append(url.toString()) or True)
    assert ui.whatsappButton.isEnabled()
    ui.whatsappButton.click()
    assert opened
    assert opened[0].startswith("https://wa.me/524441234567?text=")


def test_whatsapp_disabled_without_phone(qtbot, wz_staff) -> None:
    nophone = customers.create_customer(wz_staff["recepcion"], number="C-9", name="Sin Teléfono")
    report = reports.open_report(wz_staff["recepcion"], nophone, "consulta", "oficina", "Pregunta por planes")
    dialog = FolioDoneDialog(report)
    qtbot.addWidget(dialog)
    assert not dialog.ui.whatsappButton.isEnabled()


def test_save_pdf_reports_an_unwritable_folder(qtbot, wz_staff, wz_customer, tmp_path) -> None:
    report = reports.open_report(wz_staff["recepcion"], wz_customer, "falla", "telefono", "Sin señal")
    blocker = tmp_path / "no-es-carpeta"
    blocker.write_text("x")
    job = printing.save_receipt_pdf(None, report, "carta", blocker / "comprobante.pdf")
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    assert job.message.startswith("No se pudo escribir el comprobante")
    assert not list(tmp_path.glob("**/*.part"))


def test_the_wizard_creates_the_customer_it_did_not_find(qtbot, wz_staff, monkeypatch) -> None:
    from ispdesk.ui.desk import wizard as wizard_mod

    ana = wz_staff["recepcion"]
    wizard = make_wizard(qtbot, ana)
    page = wizard.customer_page
    page.ui.searchEdit.setText("Zacarías Olvera")
    page.run_search()
    assert "Ningún cliente coincide" in page.ui.searchStatus.text()
    assert page.new_button.isVisible()

    def fill(dialog) -> int:
        form = dialog.form.ui
        assert form.nameEdit.text() == "Zacarías Olvera"  # what was searched is not typed twice
        form.numberEdit.setText("C-09999")
        form.phonesEdit.setText("444 987 6543")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(wizard_mod, "exec_dialog", fill)
    qtbot.keyClick(page.new_button, Qt.Key.Key_Return)  # Enter presses the focused button
    qtbot.waitUntil(lambda: wizard.customer() is not None)
    assert wizard.customer().number == "C-09999"
    assert page.ui.nameValue.text() == "Zacarías Olvera"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
