"""Response letter PDF: a formal letter the customer keeps, so every printed word must be right."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from io import BytesIO
from pathlib import Path

import pytest
from pdfcheck import (
    LETTER_PT,
    missing_words,
    needs_poppler,
    numbered_words,
    page_count,
    page_size,
    page_texts,
    pdf_info,
    pdf_raw_lines,
    pdf_text,
    sample_logos,
)

from ispdesk.core.dto import LetterData, OfficeInfo
from ispdesk.pdf.letter import DEFAULT_LETTER_LEGAL_TEXT, date_line, procedencia_text, render_letter

MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def make_data(**overrides: object) -> LetterData:
    office = OfficeInfo(
        name="Red Valle Internet",
        legal_name="Red Valle Telecomunicaciones, S.A. de C.V.",
        address="Av. Hidalgo 123, Col. Centro, 79610 Rioverde, S.L.P.",
        phones="487 872 0101",
        email="soporte@redvalle.mx",
        web="www.redvalle.mx",
        hours_text="Lunes a viernes 09:00–18:00",
        legal_text="Texto legal de la oficina: consulte la Carta de Derechos Mínimos en nuestra sucursal.",
    )
    base = LetterData(
        office=office,
        folio="RV26-00042-7",
        date=datetime(2026, 11, 27, 12, 0),
        place="Rioverde, S.L.P.",
        customer_name="José Pérez Gómez",
        customer_number="000123",
        service_address="Calle Álamo 45, Col. Las Palmas, Rioverde",
        kind_label="Falla técnica",
        opened_at=datetime(2026, 11, 26, 9, 5),
        description="Sin servicio desde ayer por la noche.",
        body=(
            "La falta de servicio se debió a una falla en la fuente PoE de su antena.\n\n"
            "Nuestro técnico sustituyó la fuente sin costo y verificó la velocidad contratada.\n"
            "• Días bonificados: 2"
        ),
        cause="Falla de la fuente PoE por variación de voltaje",
        upheld=True,
        upheld_reason="La falla fue de equipo propiedad de Red Valle",
        action_taken="Sustitución de la fuente PoE",
        resolved_at=datetime(2026, 11, 26, 17, 20),
        signer_name="Lic. Ana Sofía Hernández Ruiz",
        signer_title="Gerente de Atención a Clientes",
    )
    return dataclasses.replace(base, **overrides)


def render(tmp_path: Path, data: LetterData, name: str = "carta") -> Path:
    path = tmp_path / f"{name}.pdf"
    render_letter(data, path)
    return path


# --------------------------------------------------------------------------- content


@needs_poppler
def test_a_complete_letter_on_one_page(tmp_path: Path) -> None:
    path = render(tmp_path, make_data())
    text = pdf_text(path)
    for expected in (
        # letterhead
        "Red Valle Internet",
        "Red Valle Telecomunicaciones, S.A. de C.V.",
        "Av. Hidalgo 123, Col. Centro, 79610 Rioverde, S.L.P.",
        "Tel. 487 872 0101 · soporte@redvalle.mx · www.redvalle.mx",
        # date, subject, addressee
        "Rioverde, S.L.P., a 27 de noviembre de 2026",
        "Asunto: Respuesta a su reporte con folio RV26-00042-7",
        "José Pérez Gómez",
        "Cliente núm. 000123",
        "Calle Álamo 45, Col. Las Palmas, Rioverde",
        "Presente",
        "Estimado(a) cliente:",
        # reference to the report
        "En atención a su reporte de falla técnica con folio RV26-00042-7, "
        "recibido el 26 de noviembre de 2026 a las 09:05, "
        "en el que nos indicó: «Sin servicio desde ayer por la noche», le informamos lo siguiente:",
        # body, summary, closing
        "La falta de servicio se debió a una falla en la fuente PoE de su antena.",
        "Nuestro técnico sustituyó la fuente sin costo y verificó la velocidad contratada.",
        "Resumen de la atención",
        "Causa Falla de la fuente PoE por variación de voltaje",
        "Procedencia Procedente — La falla fue de equipo propiedad de Red Valle",
        "Acción realizada Sustitución de la fuente PoE",
        "Fecha de solución 26 de noviembre de 2026 a las 17:20",
        "Quedamos a sus órdenes para cualquier aclaración en el teléfono 487 872 0101 "
        "o en el correo soporte@redvalle.mx, mencionando su folio RV26-00042-7.",
        "Atentamente,",
        "Lic. Ana Sofía Hernández Ruiz",
        "Gerente de Atención a Clientes",
        "Texto legal de la oficina: consulte la Carta de Derechos Mínimos en nuestra sucursal.",
    ):
        assert expected in text, expected
    assert page_count(path) == 1
    assert page_size(path) == pytest.approx(LETTER_PT, abs=1)
    assert "Página" not in text  # numbering only when the letter runs over
    assert "Horario" not in text  # office hours belong on the receipt, not on letterhead
    assert "DEMO" not in text


@needs_poppler
def test_metadata(tmp_path: Path) -> None:
    info = pdf_info(render(tmp_path, make_data()))
    assert info["Title"] == "Respuesta al folio RV26-00042-7"
    assert info["Author"] == "Red Valle Internet"
    assert info["Subject"] == "Carta de respuesta"


@needs_poppler
def test_body_keeps_line_breaks_and_paragraphs(tmp_path: Path) -> None:
    lines = [line.strip() for line in pdf_raw_lines(render(tmp_path, make_data()))]
    assert "Nuestro técnico sustituyó la fuente sin costo y verificó la velocidad contratada." in lines
    assert "• Días bonificados: 2" in lines


def test_date_line_uses_spanish_month_names() -> None:
    for month, name in enumerate(MONTHS, start=1):
        assert date_line("Rioverde, S.L.P.", datetime(2027, month, 1)) == f"Rioverde, S.L.P., a 1 de {name} de 2027"
    assert date_line("", datetime(2026, 11, 27)) == "27 de noviembre de 2026"
    assert date_line("  Ciudad Valles, S.L.P.,  ", datetime(2026, 5, 3)) == "Ciudad Valles, S.L.P., a 3 de mayo de 2026"


@needs_poppler
@pytest.mark.parametrize("month", [1, 6, 9, 12])
def test_printed_date_line(tmp_path: Path, month: int) -> None:
    text = pdf_text(render(tmp_path, make_data(date=datetime(2027, month, 15, 10, 0))))
    assert f"Rioverde, S.L.P., a 15 de {MONTHS[month - 1]} de 2027" in text


@needs_poppler
def test_date_line_without_place(tmp_path: Path) -> None:
    text = pdf_text(render(tmp_path, make_data(place="")))
    assert "27 de noviembre de 2026" in text
    assert ", a 27 de noviembre" not in text


# --------------------------------------------------------------------------- procedencia and summary rows


def test_procedencia_text() -> None:
    assert procedencia_text(True) == "Procedente"
    assert procedencia_text(False) == "No procedente"
    assert procedencia_text(False, " cableado interior del cliente ") == "No procedente — cableado interior del cliente"
    assert procedencia_text(None, "motivo sin decisión") == ""


@needs_poppler
@pytest.mark.parametrize(
    ("upheld", "reason", "printed"),
    [
        (True, "", "Procedencia Procedente"),
        (True, "Falla de nuestra red", "Procedencia Procedente — Falla de nuestra red"),
        (False, "", "Procedencia No procedente"),
        (False, "El daño se originó en el cableado interior", "Procedencia No procedente — El daño se originó en"),
    ],
)
def test_procedencia_printed(tmp_path: Path, upheld: bool, reason: str, printed: str) -> None:
    text = pdf_text(render(tmp_path, make_data(upheld=upheld, upheld_reason=reason)))
    assert printed in text
    if upheld:
        assert "No procedente" not in text


@needs_poppler
def test_procedencia_row_omitted_when_undecided(tmp_path: Path) -> None:
    text = pdf_text(render(tmp_path, make_data(upheld=None, upheld_reason="Motivo que no debe salir")))
    assert "Procedencia" not in text
    assert "Procedente" not in text
    assert "Motivo que no debe salir" not in text
    assert "Causa Falla de la fuente PoE" in text


@needs_poppler
@pytest.mark.parametrize(
    ("field", "empty", "label"),
    [
        ("cause", "  ", "Causa"),
        ("action_taken", "", "Acción realizada"),
        ("resolved_at", None, "Fecha de solución"),
    ],
)
def test_each_summary_row_omitted_when_empty(tmp_path: Path, field: str, empty: object, label: str) -> None:
    text = pdf_text(render(tmp_path, make_data(**{field: empty})))
    assert label not in text
    assert "Resumen de la atención" in text


@needs_poppler
def test_no_summary_at_all_when_nothing_to_summarise(tmp_path: Path) -> None:
    data = make_data(cause="", upheld=None, upheld_reason="", action_taken="", resolved_at=None)
    text = pdf_text(render(tmp_path, data))
    for absent in ("Resumen de la atención", "Causa", "Procedencia", "Acción realizada", "Fecha de solución"):
        assert absent not in text, absent
    assert "Atentamente," in text


@needs_poppler
def test_optional_addressee_and_office_fields(tmp_path: Path) -> None:
    data = make_data(
        customer_number="",
        service_address="",
        kind_label="",
        description="",
        signer_name="",
        office=OfficeInfo(name="ISP Mínimo"),
    )
    text = pdf_text(render(tmp_path, data))
    assert "Cliente núm." not in text
    assert "Tel." not in text
    assert "en el que nos indicó" not in text
    assert "En atención a su reporte con folio RV26-00042-7, recibido el 26 de noviembre de 2026" in text
    assert "Quedamos a sus órdenes para cualquier aclaración, mencionando su folio RV26-00042-7." in text
    assert "Gerente de Atención a Clientes" in text


@needs_poppler
def test_long_description_is_quoted_short(tmp_path: Path) -> None:
    description = " ".join(numbered_words(300))
    text = pdf_text(render(tmp_path, make_data(description=description)))
    assert "«palabra0001 palabra0002" in text
    assert "…»" in text
    assert "palabra0300" not in text  # a reference, not the whole report


@needs_poppler
def test_default_legal_text_when_office_has_none(tmp_path: Path) -> None:
    office = dataclasses.replace(make_data().office, legal_text="")
    text = pdf_text(render(tmp_path, make_data(office=office)))
    assert " ".join(DEFAULT_LETTER_LEGAL_TEXT.split()) in text
    assert "PROFECO" in text


# --------------------------------------------------------------------------- robustness


@needs_poppler
def test_markup_characters_print_literally(tmp_path: Path) -> None:
    # Real tags in every field: a renderer that forgot to escape would swallow them.
    office = OfficeInfo(
        name="<b>Red</b> & Valle",
        legal_name="<i>RV</i> S.A.",
        address="Av. <b>1</b>",
        phones="<b>487</b> 872",
        email="a&b@<i>x</i>.mx",
        legal_text="Aviso <b>legal</b> & más",
    )
    data = make_data(
        office=office,
        customer_name="<b>&</b> Pérez & Hijos",
        customer_number="<i>000123</i>",
        service_address="Calle <b>5</b>",
        description="a < b && <b>c</b> > d",
        body="Su equipo <b>ONT</b> & router\n\n<br/> no es un salto &amp; tampoco",
        cause="Conector <b>RJ45</b> & humedad",
        upheld=False,
        upheld_reason="Daño <i>interno</i> & ajeno",
        action_taken="Cambio de <b>PoE</b> & ajuste",
        signer_name="Ana <b>Gerente</b> & Cía",
        signer_title="<i>Jefa</i>",
        place="Rioverde & <b>S.L.P.</b>",
        kind_label="Falla <b>técnica</b> & otra",
        folio="<b>RV</b>-1",
    )
    text = pdf_text(render(tmp_path, data))
    for literal in (
        "<b>Red</b> & Valle",
        "<i>RV</i> S.A.",
        "Av. <b>1</b>",
        "Tel. <b>487</b> 872",
        "a&b@<i>x</i>.mx",
        "<b>&</b> Pérez & Hijos",
        "Cliente núm. <i>000123</i>",
        "Calle <b>5</b>",
        "«a < b && <b>c</b> > d»",
        "Su equipo <b>ONT</b> & router",
        "<br/> no es un salto &amp; tampoco",
        "Conector <b>RJ45</b> & humedad",
        "No procedente — Daño <i>interno</i> & ajeno",
        "Cambio de <b>PoE</b> & ajuste",
        "Ana <b>Gerente</b> & Cía",
        "<i>Jefa</i>",
        "Rioverde & <b>S.L.P.</b>, a 27 de noviembre de 2026",
        "falla <b>técnica</b> & otra",
        "Asunto: Respuesta a su reporte con folio <b>RV</b>-1",
        "Aviso <b>legal</b> & más",
    ):
        assert literal in text, literal


@needs_poppler
def test_long_body_runs_over_numbered_pages_without_losing_words(tmp_path: Path) -> None:
    words = numbered_words(420)
    body = " ".join(words)
    assert len(body) >= 5000
    path = render(tmp_path, make_data(body=body))
    pages = page_count(path)
    assert pages >= 2
    assert missing_words(path, words) == []
    texts = page_texts(path)
    for n, page in enumerate(texts, start=1):
        assert f"Página {n} de {pages}" in page
    # The signature is never separated from its closing; the fine print ends the letter.
    last = texts[-1]
    for expected in ("Atentamente,", "Lic. Ana Sofía Hernández Ruiz", "Texto legal de la oficina"):
        assert expected in last


@needs_poppler
def test_demo_mark(tmp_path: Path) -> None:
    text = pdf_text(render(tmp_path, make_data(demo=True)))
    assert "DEMO — sin validez" in text


@needs_poppler
def test_logo_and_bad_logo_path(tmp_path: Path) -> None:
    for logo_path in sample_logos(tmp_path):
        office = dataclasses.replace(make_data().office, logo_path=logo_path)
        path = render(tmp_path, make_data(office=office))
        assert "Asunto: Respuesta a su reporte con folio RV26-00042-7" in pdf_text(path)
        assert page_count(path) == 1


def test_writes_to_binary_stream_and_pathlike(tmp_path: Path) -> None:
    out = BytesIO()
    render_letter(make_data(), out)
    assert out.getvalue().startswith(b"%PDF")
    render_letter(make_data(), tmp_path / "carta.pdf")
    assert (tmp_path / "carta.pdf").read_bytes().startswith(b"%PDF")
