"""Folio receipt PDF: check what actually gets printed, by extracting the text with poppler."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime
from io import BytesIO
from pathlib import Path

import pytest
from pdfcheck import (
    needs_pdftotext,
    numbered_words,
    page_count,
    page_size,
    pdf_info,
    pdf_raw_lines,
    pdf_text,
    sample_logos,
)

from ispdesk.core.dto import OfficeInfo, ReceiptData
from ispdesk.pdf.fonts import register_fonts
from ispdesk.pdf.receipt import render_receipt

FORMATS = ["carta", "ticket"]
TICKET_WIDTH_PT = 80 / 25.4 * 72  # 226.77 pt


def make_data(**overrides: object) -> ReceiptData:
    office = OfficeInfo(
        name="Red Valle Internet",
        legal_name="Red Valle Telecomunicaciones, S.A. de C.V.",
        address="Av. Hidalgo 123, Col. Centro, Cuernavaca, Mor.",
        phones="777 123 4567",
        email="soporte@redvalle.mx",
        web="www.redvalle.mx",
        hours_text="Lunes a viernes 09:00–18:00",
    )
    base = ReceiptData(
        office=office,
        folio="RV26-00042-7",
        opened_at=datetime(2026, 11, 26, 9, 5),
        customer_number="000123",
        customer_name="José Pérez Gómez",
        service_address="Calle Álamo 45, Col. Las Palmas, Jiutepec",
        kind_label="Falla técnica",
        channel_label="Teléfono",
        description="Sin servicio desde ayer por la noche.",
        response_due=datetime(2026, 11, 27, 14, 0),
        resolution_due=datetime(2026, 11, 28, 10, 30),
        taken_by="María Fernanda López",
        location="Frente a la tienda La Esperanza",
        contact_phone="777 555 0101",
        visit_window="Sábado 09:00–13:00",
        documents=["Identificación oficial (INE)"],
    )
    return dataclasses.replace(base, **overrides)


def render(tmp_path: Path, data: ReceiptData, fmt: str) -> Path:
    path = tmp_path / f"recibo-{fmt}.pdf"
    render_receipt(data, path, fmt)
    return path


@needs_pdftotext
@pytest.mark.parametrize("fmt", FORMATS)
def test_core_content_is_printed(tmp_path: Path, fmt: str) -> None:
    text = pdf_text(render(tmp_path, make_data(), fmt))
    assert "Comprobante de reporte" in text
    assert "RV26-00042-7" in text
    assert "José Pérez Gómez" in text
    assert "000123" in text
    assert "Fecha y hora: 26/11/2026 09:05" in text
    assert "Primera respuesta a más tardar: viernes 27/11/2026 14:00" in text
    assert "Solución comprometida: sábado 28/11/2026 10:30" in text
    assert "¿Cómo dar seguimiento?" in text
    assert "tenga a la mano su folio" in text.lower()
    assert "Atendió: María Fernanda López" in text
    assert "Identificación oficial (INE)" in text
    assert "DEMO" not in text


@needs_pdftotext
@pytest.mark.parametrize("fmt", FORMATS)
def test_metadata(tmp_path: Path, fmt: str) -> None:
    info = pdf_info(render(tmp_path, make_data(), fmt))
    assert info["Title"] == "Folio RV26-00042-7"
    assert info["Author"] == "Red Valle Internet"


@needs_pdftotext
@pytest.mark.parametrize("fmt", FORMATS)
def test_markup_characters_print_literally(tmp_path: Path, fmt: str) -> None:
    data = make_data(
        customer_name="<b>&</b> Pérez & Hijos",
        description="si a < b && c > d entonces <br/> no es un salto &amp; tampoco",
    )
    text = pdf_text(render(tmp_path, data, fmt))
    assert "<b>&</b> Pérez & Hijos" in text
    assert "si a < b && c > d entonces <br/> no es un salto &amp; tampoco" in text


@needs_pdftotext
@pytest.mark.parametrize("fmt", FORMATS)
def test_spanish_characters_round_trip(tmp_path: Path, fmt: str) -> None:
    data = make_data(
        customer_name="Peña Ñuñez, ¿qué pasó?",
        description="áéíóúüñÁÉÍÓÚÜÑ ¡Hola! «comillas» 100 € — “rizadas”",
    )
    text = pdf_text(render(tmp_path, data, fmt))
    assert "Peña Ñuñez, ¿qué pasó?" in text
    assert "áéíóúüñÁÉÍÓÚÜÑ ¡Hola! «comillas» 100 € — “rizadas”" in text


@needs_pdftotext
@pytest.mark.parametrize("fmt", FORMATS)
def test_newlines_are_kept(tmp_path: Path, fmt: str) -> None:
    data = make_data(description="primera línea\nsegunda línea\r\ntercera línea")
    lines = [line.strip() for line in pdf_raw_lines(render(tmp_path, data, fmt))]
    for expected in ("primera línea", "segunda línea", "tercera línea"):
        assert expected in lines


@needs_pdftotext
def test_long_description_flows_onto_more_pages_on_carta(tmp_path: Path) -> None:
    words = numbered_words(420)
    description = " ".join(words)
    assert len(description) >= 5000
    path = render(tmp_path, make_data(description=description), "carta")
    assert page_count(path) > 1
    tokens = set(pdf_text(path).split())
    missing = [w for w in words if w not in tokens]
    assert not missing, f"{len(missing)} words lost, e.g. {missing[:5]}"
    text = pdf_text(path)
    assert f"Página 1 de {page_count(path)}" in text
    assert "Primera respuesta a más tardar: viernes 27/11/2026 14:00" in text


@needs_pdftotext
def test_long_description_ticket_is_one_80mm_page(tmp_path: Path) -> None:
    words = numbered_words(420)
    path = render(tmp_path, make_data(description=" ".join(words)), "ticket")
    assert page_count(path) == 1
    width, height = page_size(path)
    assert width == pytest.approx(TICKET_WIDTH_PT, abs=1)
    assert height > 1000  # grew to fit instead of cutting the text
    tokens = set(pdf_text(path).split())
    assert [w for w in words if w not in tokens] == []
    assert "Atendió: María Fernanda López" in pdf_text(path)  # the end was not cut off


@needs_pdftotext
@pytest.mark.parametrize("fmt", FORMATS)
def test_ticket_short_is_one_80mm_page(tmp_path: Path, fmt: str) -> None:
    path = render(tmp_path, make_data(), fmt)
    width, _ = page_size(path)
    if fmt == "ticket":
        assert page_count(path) == 1
        assert width == pytest.approx(TICKET_WIDTH_PT, abs=1)
    else:
        assert width == pytest.approx(612, abs=1)  # US letter


@needs_pdftotext
@pytest.mark.parametrize("fmt", FORMATS)
def test_unbroken_5000_char_token_wraps_without_loss(tmp_path: Path, fmt: str) -> None:
    token = "".join(f"z{i:04d}" for i in range(1000))  # 5,000 characters, no break opportunity
    path = render(tmp_path, make_data(description=token), fmt)
    if fmt == "ticket":
        assert page_count(path) == 1
    # Only the token's own lines: z/digit runs that contain a "z" (not e.g. the customer number).
    lines = (line.strip() for line in pdf_raw_lines(path))
    pieces = [p for p in lines if re.fullmatch(r"[z0-9]*z[z0-9]*", p)]
    assert "".join(pieces) == token


@needs_pdftotext
def test_huge_table_value_does_not_crash(tmp_path: Path) -> None:
    address = " ".join(numbered_words(450))  # taller than a page inside the label/value table
    path = render(tmp_path, make_data(service_address=address), "carta")
    tokens = set(pdf_text(path).split())
    assert all(w in tokens for w in numbered_words(450))


@needs_pdftotext
@pytest.mark.parametrize("fmt", FORMATS)
def test_missing_optional_fields_print_no_empty_labels(tmp_path: Path, fmt: str) -> None:
    data = make_data(
        response_due=None,
        resolution_due=None,
        location="",
        contact_phone="   ",
        visit_window="",
        documents=[],
        customer_number="",
        taken_by="",
    )
    data = dataclasses.replace(data, office=OfficeInfo(name="ISP Mínimo"))
    text = pdf_text(render(tmp_path, data, fmt))
    for absent in (
        "Plazos comprometidos",
        "Primera respuesta",
        "Solución comprometida",
        "Ubicación",
        "Teléfono de contacto",
        "Ventana de visita",
        "Documentos",
        "Número de cliente",
        "Atendió",
        "Horario",
        "Tel.",
    ):
        assert absent not in text, absent
    assert "José Pérez Gómez" in text
    assert "RV26-00042-7" in text


@needs_pdftotext
@pytest.mark.parametrize("fmt", FORMATS)
def test_legal_text_default_and_custom(tmp_path: Path, fmt: str) -> None:
    text = pdf_text(render(tmp_path, make_data(), fmt))
    assert "Carta de Derechos Mínimos de los Usuarios de los Servicios de Telecomunicaciones" in text
    assert "PROFECO" in text
    assert "55 5568 8722" in text
    assert "800 468 8722" in text

    office = dataclasses.replace(make_data().office, legal_text="Texto legal propio <del ISP>.")
    text = pdf_text(render(tmp_path, make_data(office=office), fmt))
    assert "Texto legal propio <del ISP>." in text
    assert "PROFECO" not in text


@needs_pdftotext
@pytest.mark.parametrize("fmt", FORMATS)
def test_demo_mark(tmp_path: Path, fmt: str) -> None:
    text = pdf_text(render(tmp_path, make_data(demo=True), fmt))
    assert "DEMO" in text


@needs_pdftotext
@pytest.mark.parametrize("fmt", FORMATS)
def test_logo_and_bad_logo_path(tmp_path: Path, fmt: str) -> None:
    for path in sample_logos(tmp_path):
        office = dataclasses.replace(make_data().office, logo_path=path)
        assert "RV26-00042-7" in pdf_text(render(tmp_path, make_data(office=office), fmt))


@pytest.mark.parametrize("fmt", FORMATS)
def test_oversize_qr_payload_falls_back_to_folio(fmt: str) -> None:
    out = BytesIO()
    render_receipt(make_data(qr_payload="x" * 5000), out, fmt)
    assert out.getvalue().startswith(b"%PDF")


def test_writes_to_binary_stream_and_pathlike(tmp_path: Path) -> None:
    out = BytesIO()
    render_receipt(make_data(), out)
    assert out.getvalue().startswith(b"%PDF")
    path = tmp_path / "recibo.pdf"
    render_receipt(make_data(), path)
    assert path.read_bytes().startswith(b"%PDF")


def test_unknown_format_raises() -> None:
    with pytest.raises(ValueError, match="media-carta"):
        render_receipt(make_data(), BytesIO(), "media-carta")


def test_register_fonts_is_idempotent() -> None:
    first = register_fonts()
    assert register_fonts() == first
    assert first == ("DejaVuSans", "DejaVuSans-Bold")
