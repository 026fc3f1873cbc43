"""The copy of a person's data and the privacy notice, read back as text the way the customer will read them."""

from __future__ import annotations

import pytest
from arco_fixtures import START, make_person
from pdfcheck import needs_poppler, page_count, page_texts, pdf_info, pdf_text

from ispdesk.core import clock
from ispdesk.core.services import arco

pytestmark = needs_poppler


@pytest.fixture
def office(sqlite_db):
    """The PDF is the same whatever the backend: SQLite only."""
    from factories import make_office

    return make_office()


@pytest.fixture
def frozen():
    now = [START]
    clock.set_clock(lambda: now[0])
    yield now
    clock.set_clock(None)


def test_the_pdf_copy_lists_everything(staff, frozen, tmp_path) -> None:
    person = make_person(staff, frozen, tmp_path)
    path = arco.export_personal_data(staff["gerente"], person["customer"], tmp_path / "datos.pdf")
    text = pdf_text(path)
    for expected in ("Sus datos personales", "Derecho de acceso", "Zacarías Quintanilla Urquidi", "Z-7788",
                     "444 123 9876", "487 111 2233", "zacarias.q@example.mx", "Portón verde junto a la tortillería",
                     "Perro bravo en el patio; se mudó", person["fault"].folio, person["complaint"].folio,
                     "Cuarto del garage azul", "Hola Zacarías Quintanilla, su servicio quedó listo",
                     "Router TP-Link serie ZQU-1239876", "ine_zacarias.jpg", "Zacarías se desistió",
                     "Atendió la esposa de Zacarías", "Caída de la torre T-03", "$4.00",
                     "Correcciones de sus datos (rectificación)", "30 Mbps", "AVISO DE PRIVACIDAD INTEGRAL",
                     "Derechos ARCO", "durante 5 años"):
        assert expected in text, expected
    pages = page_texts(path)
    assert page_count(path) >= 3
    assert "AVISO DE PRIVACIDAD INTEGRAL" in pages[-2] + pages[-1]
    assert "Datos personales · cliente Z-7788" in pages[0]  # every page names its document
    assert pdf_info(path)["Title"] == "Datos personales de Zacarías Quintanilla Urquidi"


def test_the_copy_of_an_anonymised_customer_has_nothing_left_to_say(staff, frozen, tmp_path) -> None:
    person = make_person(staff, frozen, tmp_path)
    arco.anonymize_customer(staff["gerente"], person["customer"])
    text = pdf_text(arco.export_personal_data(staff["gerente"], person["customer"], tmp_path / "anon.pdf"))
    assert "Cliente anonimizado" in text
    assert "Anonimizado" in text
    assert "Zacarías" not in text
    assert "444 123 9876" not in text


def test_the_privacy_notice_prints_on_the_letterhead(staff, tmp_path) -> None:
    from ispdesk.pdf.privacy_notice import render_privacy_notice

    path = tmp_path / "aviso.pdf"
    render_privacy_notice(arco.privacy_notice_data(), path)
    text = pdf_text(path)
    assert text.startswith("Internet Rioverde")
    assert "AVISO DE PRIVACIDAD INTEGRAL" in text
    assert "Finalidades no necesarias" in text
    assert "atencion@rioverde.example" in text
    assert "Última actualización" not in text  # the default text has no date of its own
    arco.set_privacy_notice(staff["gerente"], "AVISO DE PRIVACIDAD\n\nTexto propio de la oficina.")
    render_privacy_notice(arco.privacy_notice_data(), path)
    text = pdf_text(path)
    assert "Texto propio de la oficina." in text
    assert "Última actualización:" in text
    assert "Finalidades" not in text
