from __future__ import annotations

import pytest
from helpers import press, type_text
from PySide6.QtCore import Qt

from ispdesk.core.services import customers as customer_service
from ispdesk.ui.desk import search_view
from ispdesk.ui.desk.search_view import COL_NAME, COL_NUMBER, COL_OPEN, COL_PHONES, CustomerSearchModel, SearchView


@pytest.fixture
def view(qtbot, customer):
    v = SearchView()
    qtbot.addWidget(v)
    v.show()
    return v


def _many(staff, n: int, name: str = "Pérez") -> list[int]:
    return [customer_service.create_customer(staff["recepcion"], number=f"P{i:04d}", name=f"Juan {name} {i}",
                                             phones=f"444 555 {i:04d}").id for i in range(n)]


def test_typing_searches_after_the_debounce(qtbot, view) -> None:
    type_text(view.box, "Peña")
    assert view.timer.isActive()
    assert view.timer.interval() <= 150
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=1000)
    model = view.model
    assert model.index(0, COL_NAME).data() == "María Peña López"
    assert model.index(0, COL_NUMBER).data() == "C-01234"
    assert "444 123 4567" in model.index(0, COL_PHONES).data()
    assert view.count_label.text() == "1 cliente"
    assert view.box.hasFocus() or not view.isActiveWindow()


def test_enter_searches_at_once_and_opens_the_customer(qtbot, view, customer) -> None:
    type_text(view.box, "c-01234")
    with qtbot.waitSignal(view.customer_requested) as sig:
        press(view.box, Qt.Key.Key_Return)
    assert sig.args == [customer.id]


def test_down_arrow_moves_into_the_table(qtbot, view) -> None:
    view.box.setText("maria")
    view.run_search()
    view.box.setFocus()
    press(view.box, Qt.Key.Key_Down)
    assert view.table.currentIndex().row() == 0
    assert view.results.currentWidget() is view.table


def test_no_results_offers_a_new_customer(qtbot, view) -> None:
    type_text(view.box, "zacarías")
    qtbot.waitUntil(lambda: view.results.currentWidget() is view.empty, timeout=1000)
    assert view.empty_label.text() == "Sin resultados para «zacarías»"
    assert view.new_button.isVisible()
    with qtbot.waitSignal(view.new_customer_requested) as sig:
        view.new_button.click()
    assert sig.args == ["zacarías"]


def test_a_folio_opens_the_report_and_a_mistyped_one_says_so(qtbot, view, report) -> None:
    view.box.setText(report.folio)
    view.run_search()
    assert view.folio_button.isVisible()
    assert report.folio in view.folio_button.text()
    with qtbot.waitSignal(view.report_requested) as sig:
        press(view.box, Qt.Key.Key_Return)
    assert sig.args == [report.id]
    bad = report.folio[:-1] + str((int(report.folio[-1]) + 1) % 10)
    view.box.setText(bad)
    view.run_search()
    assert view.folio_error.isVisible()
    assert view.folio_error.text()
    assert not view.folio_button.isVisible()


def test_truncated_results_ask_to_refine(qtbot, view, staff, monkeypatch) -> None:
    _many(staff, 5)
    monkeypatch.setattr(search_view, "SEARCH_LIMIT", 3)
    view.box.setText("perez")
    view.run_search()
    assert view.model.rowCount() == 3
    assert view.count_label.text() == "3 clientes; refine la búsqueda para ver menos"


def test_the_model_fetches_rows_a_page_at_a_time(qtbot, staff, customer, qtmodeltester) -> None:
    ids = _many(staff, 250)
    model = CustomerSearchModel()
    model.set_ids(ids)
    assert model.fetches == 0
    assert model.index(0, COL_NAME).data() == "Juan Pérez 0"
    assert model.fetches == 1
    assert model.index(99, COL_NAME).data() == "Juan Pérez 99"
    assert model.fetches == 1
    assert model.index(150, COL_NAME).data() == "Juan Pérez 150"
    assert model.fetches == 2
    assert model.index(0, COL_OPEN).data() == ""
    qtmodeltester.check(model)


def test_open_report_counts_show(qtbot, view, report, qtmodeltester) -> None:
    view.box.setText("maria pena")
    view.run_search()
    assert view.model.index(0, COL_OPEN).data() == "1"
    assert view.model.headerData(COL_OPEN, Qt.Orientation.Horizontal) == "Reportes abiertos"
    qtmodeltester.check(view.model)
