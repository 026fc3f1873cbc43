"""«Datos personales…» on the customer card (copy in PDF and JSON, opposition, anonymisation with its confirmation),
the privacy notice and retention dialogs of the «Archivo» menu, and crash reports and log lines without personal
data."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys

import pytest
from arco_fixtures import PERSON
from helpers import type_text

from ispdesk.core import clock
from ispdesk.core.models import AuditEvent, Customer
from ispdesk.core.services import arco, reports
from ispdesk.core.services import customers as customer_service
from ispdesk.ui.common import crash, printing
from ispdesk.ui.common.tasks import pending_tasks
from ispdesk.ui.desk import personal_data as screen
from ispdesk.ui.desk.customer_card import CustomerCard


@pytest.fixture
def card(qtbot, staff, customer):
    c = CustomerCard()
    qtbot.addWidget(c)
    c.set_actor(staff["gerente"])
    c.show_customer(customer.id)
    c.show()
    return c


def _drive(card, monkeypatch, drive) -> None:
    """Open «Datos personales…» through the card's seam; `drive(dialog)` works it while it is open."""
    seen = []

    def exec_dialog(dialog):
        seen.append(dialog)
        drive(dialog)
        return 0

    monkeypatch.setattr(card, "exec_dialog", exec_dialog)
    card.personal_button.click()
    assert len(seen) == 1


def test_only_managers_see_personal_data_on_the_card(qtbot, staff, customer) -> None:
    c = CustomerCard()
    qtbot.addWidget(c)
    for role, shown in (("recepcion", False), ("tecnico", False), ("jefe_tecnico", False), ("gerente", True)):
        c.set_actor(staff[role])
        c.show_customer(customer.id)
        assert c.personal_button.isVisibleTo(c) is shown, role


def test_the_copy_is_saved_as_json_and_pdf_and_recorded(card, customer, monkeypatch, qtbot, tmp_path) -> None:
    target, pdf = tmp_path / "copia.json", tmp_path / "copia.pdf"
    monkeypatch.setattr(screen, "ask_json_path", lambda parent, suggested: target)
    monkeypatch.setattr(printing, "ask_save_path", lambda parent, suggested: pdf)

    def drive(dialog):
        dialog.json_button.click()
        assert "Copia en JSON guardada" in dialog.access_status.text()
        dialog.pdf_button.click()
        qtbot.waitUntil(lambda: pdf.exists() and "guardado" in dialog.access_status.text(), timeout=20000)

    _drive(card, monkeypatch, drive)
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["cliente"]["nombre"] == "María Peña López"
    assert pdf.read_bytes().startswith(b"%PDF")
    formats = [json.loads(a.data_json)["format"] for a in AuditEvent.select().where(AuditEvent.action == "exported")
               .order_by(AuditEvent.id)]
    assert formats == ["json", "pdf"]


def test_a_cancelled_save_records_nothing(card, monkeypatch) -> None:
    monkeypatch.setattr(screen, "ask_json_path", lambda parent, suggested: None)
    monkeypatch.setattr(printing, "ask_save_path", lambda parent, suggested: None)
    _drive(card, monkeypatch, lambda dialog: (dialog.json_button.click(), dialog.pdf_button.click()))
    assert not AuditEvent.select().where(AuditEvent.action == "exported").exists()


def test_opposition_is_saved_at_once_and_shown_on_the_card(card, customer, monkeypatch) -> None:
    assert not card.privacy.isVisible()

    def drive(dialog):
        dialog.opposition.click()
        assert dialog.opposition_status.text() == "Oposición registrada."
        assert card.privacy.isVisible()  # the card follows while the dialog is open

    _drive(card, monkeypatch, drive)
    assert Customer.get_by_id(customer.id).opposition is True
    assert "no le ofrezca promociones" in card.privacy.text()


def test_anonymising_asks_first_and_says_what_happens(card, staff, customer, monkeypatch, qtbot) -> None:
    customer_service.update_customer(staff["gerente"], customer, status="baja")
    card.show_customer(customer.id)
    r = reports.open_report(staff["recepcion"], customer, "arco", "oficina", "María pide cancelar sus datos")
    asked = []

    def answer(parent, title, text, details, ok_text):
        asked.append((text, details, ok_text))
        return len(asked) > 1  # «Cancelar» the first time

    def drive(dialog):
        dialog.anonymize_button.click()
        assert Customer.get_by_id(customer.id).anonymized_at is None
        dialog.anonymize_button.click()
        qtbot.waitUntil(lambda: pending_tasks() == 0 and "Listo" in dialog.cancel_status.text(), timeout=20000)
        assert "1 reportes" in dialog.cancel_status.text()
        assert not dialog.anonymize_button.isEnabled()
        assert not dialog.opposition.isEnabled()
        assert "anonimizados" in dialog.state.text()

    monkeypatch.setattr(screen, "ask_confirmation", answer)
    _drive(card, monkeypatch, drive)
    text, details, ok_text = asked[0]
    assert text == "¿Anonimizar los datos personales de María Peña López (cliente C-01234)?"
    assert "no se puede deshacer" in details
    assert "1 reportes" in details
    assert ok_text == "Anonimizar"
    # the card follows: no name, read-only, no new report; the request's report says it was done
    assert card.title.text() == "Cliente anonimizado"
    assert card.privacy.isVisible()
    assert "dé de alta un cliente nuevo" in card.privacy.text()
    assert card.form.ui.nameEdit.isReadOnly()
    assert not card.save_button.isVisibleTo(card)
    assert not card.new_report_button.isVisibleTo(card)
    assert reports.timeline(r)[-1].text.startswith("Derecho de cancelación atendido")


def test_anonymising_an_active_customer_is_refused_with_the_reason(card, monkeypatch, qtbot) -> None:
    monkeypatch.setattr(screen, "ask_confirmation", lambda *a: True)

    def drive(dialog):
        dialog.anonymize_button.click()
        qtbot.waitUntil(lambda: pending_tasks() == 0 and bool(dialog.cancel_error.text()), timeout=20000)
        assert dialog.cancel_error.text().startswith("Primero dé de baja el servicio")
        assert dialog.anonymize_button.isEnabled()

    _drive(card, monkeypatch, drive)


# --- the menu's dialogs ----------------------------------------------------------------------------------------------

def test_the_manager_edits_the_privacy_notice_and_reception_prints_it(qtbot, staff, monkeypatch, tmp_path) -> None:
    dialog = screen.PrivacyNoticeDialog(staff["gerente"])
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText().startswith("AVISO DE PRIVACIDAD INTEGRAL")
    assert dialog.when.text() == "Texto predeterminado, con los datos de la oficina."
    assert not dialog.save_button.isEnabled()
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
    type_text(dialog.text, "\n\nHorario de atención de solicitudes: lunes a viernes.")
    dialog.save_button.click()
    assert arco.privacy_notice_text().endswith("Horario de atención de solicitudes: lunes a viernes.")
    assert dialog.status.text() == "Aviso de privacidad guardado."
    assert dialog.when.text().startswith("Última actualización:")

    desk = screen.PrivacyNoticeDialog(staff["recepcion"])
    qtbot.addWidget(desk)
    assert desk.text.isReadOnly()
    assert not desk.save_button.isVisibleTo(desk)
    printed = []
    monkeypatch.setattr(printing, "send_to_printer", lambda path: printed.append(path.read_bytes()) or "Impreso.")
    desk.print_button.click()
    qtbot.waitUntil(lambda: bool(printed) and desk.status.text() == "Impreso.", timeout=20000)
    assert printed[0].startswith(b"%PDF")


def test_retention_lists_then_anonymises_with_a_progress_bar(qtbot, staff, monkeypatch) -> None:
    try:
        clock.set_clock(lambda: dt.datetime(2018, 4, 2, 18))
        old = customer_service.create_customer(staff["recepcion"], number="V-1", name="Valeria Vieja",
                                               status="baja")
    finally:
        clock.set_clock(None)
    dialog = screen.RetentionDialog(staff["gerente"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: pending_tasks() == 0 and dialog.table.rowCount() == 1, timeout=20000)
    assert dialog.table.item(0, 1).text() == "Valeria Vieja"
    assert dialog.apply_button.text() == "Anonimizar a 1 clientes…"
    monkeypatch.setattr(screen, "ask_confirmation", lambda *a: True)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: pending_tasks() == 0 and "Se anonimizaron 1 clientes." in dialog.summary.text(),
                    timeout=20000)
    assert Customer.get_by_id(old.id).name == "Cliente anonimizado"
    assert dialog.table.rowCount() == 0
    assert not dialog.apply_button.isEnabled()

    desk = screen.RetentionDialog(staff["recepcion"])  # reception neither sees the list nor applies the rule
    qtbot.addWidget(desk)
    qtbot.waitUntil(lambda: pending_tasks() == 0 and bool(desk.error.text()), timeout=20000)
    assert desk.error.text().startswith("Permiso denegado")
    assert desk.table.rowCount() == 0
    assert not desk.years.isEnabled()
    assert not desk.apply_button.isVisibleTo(desk)


def test_the_main_window_offers_the_notice_to_all_and_retention_to_managers(qtbot, staff) -> None:
    from ispdesk.ui.shell.main_window import MainWindow

    window = MainWindow(staff["recepcion"])
    qtbot.addWidget(window)
    notice, retention = window.privacy_actions
    assert notice.isVisible()
    assert not retention.isVisible()
    window.apply_user(staff["gerente"])
    assert retention.isVisible()
    shown = []
    window.exec_dialog = lambda dialog: shown.append(type(dialog).__name__) or 0
    notice.trigger()
    retention.trigger()
    assert shown == ["PrivacyNoticeDialog", "RetentionDialog"]


# --- no personal data in crash reports or logs -----------------------------------------------------------------------

def test_a_crash_report_keeps_the_code_path_and_drops_the_values(monkeypatch, customer) -> None:
    shown = []
    monkeypatch.setattr(crash, "show_crash_dialog", lambda details, path: shown.append((details, path)))
    row = Customer.get_by_id(customer.id)

    def load_customer(name: str) -> None:
        raise KeyError(name)

    try:
        try:
            load_customer(row.name)
        except KeyError as exc:
            raise ValueError(f"Teléfono {row.phone_list()[0]} de {row.email} no válido") from exc
    except ValueError:
        crash.handle_exception(*sys.exc_info())
    (details, path), = shown
    report = path.read_text(encoding="utf-8")
    for text in (report, details):
        assert "in load_customer" in text  # where it failed
        assert "KeyError: '[dato omitido]'" in text
        assert "ValueError: Teléfono [dato omitido] de [dato omitido] no válido" in text
        for secret in ("María", "Peña", "4441234567", "maria.pena"):
            assert secret not in text


def test_log_lines_are_scrubbed_whoever_logs_them(qtbot) -> None:
    from ispdesk.core.scrub import install_log_scrubbing

    install_log_scrubbing()
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(self.format(record))

    handler = Keep()
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    logger = logging.getLogger("peewee")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        logger.debug(("UPDATE customer SET name = ?, phones = ?", [PERSON["name"], PERSON["phones"]]))
        try:
            raise RuntimeError(f"no se pudo avisar a {PERSON['email']}")
        except RuntimeError:
            logging.getLogger("ispdesk.ui.common.live").addHandler(handler)
            logging.getLogger("ispdesk.ui.common.live").warning("Falló el aviso a %s", PERSON["name"], exc_info=True)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)
        logging.getLogger("ispdesk.ui.common.live").removeHandler(handler)
    text = "\n".join(records)
    assert "UPDATE customer SET name = ?, phones = ? [2 parámetros omitidos]" in text
    assert "Falló el aviso a [dato omitido]" in text
    assert "RuntimeError: no se pudo avisar a [dato omitido]" in text
    for secret in ("Quintanilla", "444 123 9876", "zacarias.q"):
        assert secret not in text
