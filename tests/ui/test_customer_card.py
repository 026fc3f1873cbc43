from __future__ import annotations

import datetime as dt

import pytest
from helpers import type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ispdesk.core.clock import now_utc, set_clock
from ispdesk.core.models import Customer
from ispdesk.core.services import reports
from ispdesk.ui.common.widgets import DANGER
from ispdesk.ui.desk.customer_card import COL_DUE, COL_FOLIO, COL_LEFT, COL_STATUS, CustomerCard, NewCustomerDialog


@pytest.fixture
def card(qtbot, staff, customer):
    c = CustomerCard()
    qtbot.addWidget(c)
    c.set_actor(staff["recepcion"])
    c.show_customer(customer.id)
    c.show()
    return c


def test_shows_the_customer_data(card) -> None:
    ui = card.form.ui
    assert card.title.text() == "María Peña López"
    assert "Cliente C-01234" in card.subtitle.text()
    assert ui.phonesEdit.text() == "444 123 4567, 487 100 2000"
    assert ui.priceEdit.text() == "399.00"
    assert ui.billingDaySpin.value() == 5
    assert ui.statusCombo.currentText() == "Activo"
    assert not card.banner.isVisible()
    assert not card.save_button.isEnabled()


def test_a_bad_value_is_shown_next_to_its_field_and_nothing_is_lost(card, customer) -> None:
    ui = card.form.ui
    ui.postalCodeEdit.clear()
    type_text(ui.postalCodeEdit, "79A")
    ui.nameEdit.setText("María Peña de León")
    assert card.save_button.isEnabled()
    assert not card.save()
    label = card.form.errors.labels["postal_code"]
    assert label.isVisible()
    assert label.text() == "Código postal: 5 dígitos."
    assert ui.postalCodeEdit.text() == "79A"
    assert ui.nameEdit.text() == "María Peña de León"
    assert Customer.get_by_id(customer.id).name == "María Peña López"


def test_saving_goes_through_the_service(card, customer) -> None:
    ui = card.form.ui
    ui.postalCodeEdit.setText("79610")
    ui.referencesEdit.setPlainText("Frente a la plaza")
    ui.priceEdit.setText("$449.50")
    card.save_button.click()
    fresh = Customer.get_by_id(customer.id)
    assert fresh.postal_code == "79610"
    assert fresh.references == "Frente a la plaza"
    assert float(fresh.plan_price) == 449.5
    assert ui.priceEdit.text() == "449.50"
    assert card.saved_label.text() == "Cambios guardados."
    assert not card.save_button.isEnabled()
    assert not card.form.errors.labels["postal_code"].isVisible()


def test_two_faults_in_30_days_show_a_warning(card, staff, customer) -> None:
    for text in ("Sin señal", "Otra vez sin señal"):
        reports.open_report(staff["recepcion"], customer, "falla", "telefono", text)
    card.refresh()
    assert card.banner.isVisible()
    assert card.banner.text() == "Este cliente tiene 2 fallas en los últimos 30 días"


def test_reports_open_first_overdue_in_red_and_double_click_opens(
        qtbot, card, staff, customer, qtmodeltester) -> None:
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    card.refresh()
    model = card.reports_model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0, COL_FOLIO).data() == r.folio
    assert model.index(0, COL_STATUS).data() == "Abierto, sin asignar"
    assert model.index(0, COL_LEFT).data().startswith("faltan")
    assert model.index(0, COL_DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    later = r.resolution_due + dt.timedelta(days=2)
    set_clock(lambda: later)
    try:
        card.refresh()
        assert model.index(0, COL_LEFT).data().startswith("vencido hace")
        brush = model.index(0, COL_DUE).data(Qt.ItemDataRole.ForegroundRole)
        assert brush.color() == QColor(DANGER)
    finally:
        set_clock(None)
    with qtbot.waitSignal(card.report_requested) as sig:
        card.reports.doubleClicked.emit(model.index(0, COL_FOLIO))
    assert sig.args == [r.id]
    assert card.reports_label.text() == "Reportes (1 abiertos de 1)"


def test_a_technician_sees_the_card_read_only(qtbot, staff, customer) -> None:
    c = CustomerCard()
    qtbot.addWidget(c)
    c.set_actor(staff["tecnico"])
    c.show_customer(customer.id)
    c.show()
    assert c.form.ui.nameEdit.isReadOnly()
    assert not c.form.ui.statusCombo.isEnabled()
    assert not c.save_button.isVisible()
    assert not c.new_report_button.isVisible()


def test_new_customer_dialog_validates_then_creates(qtbot, staff, customer) -> None:
    d = NewCustomerDialog(staff["recepcion"], query="Zacarías Quintero")
    qtbot.addWidget(d)
    d.show()
    ui = d.form.ui
    assert ui.nameEdit.text() == "Zacarías Quintero"
    type_text(ui.numberEdit, "C-01234")
    d.save()
    assert d.form.errors.labels["number"].text() == "Ya existe un cliente con el número C-01234."
    assert d.customer is None
    assert d.isVisible()
    ui.numberEdit.setText("C-09999")
    type_text(ui.phonesEdit, "487 555 0000")
    d.save()
    assert d.customer is not None
    assert Customer.get(Customer.number == "C-09999").name == "Zacarías Quintero"


def test_now_is_not_frozen() -> None:
    assert now_utc() <= dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(seconds=1)
