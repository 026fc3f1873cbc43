"""Work order PDF: what the technician carries must show everything needed, and nothing may get lost."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from datetime import datetime
from io import BytesIO
from pathlib import Path

import pytest
from pdfcheck import (
    LETTER_PT,
    dark_fraction,
    find_dark_corner,
    missing_words,
    needs_poppler,
    numbered_words,
    page_count,
    page_size,
    page_texts,
    pdf_info,
    pdf_raw_lines,
    pdf_text,
    qr_modules,
    rasterize,
    read_qr_grid,
    sample_logos,
    words_on_page,
)

from ispdesk.core.dto import HistoryLine, OfficeInfo, WorkOrderData
from ispdesk.pdf.workorder import DEFAULT_CHECKLIST, render_workorder

MAP_URL = "https://www.google.com/maps/search/?api=1&query=21.930412,-99.994521"


def make_data(**overrides: object) -> WorkOrderData:
    office = OfficeInfo(
        name="Red Valle Internet",
        legal_name="Red Valle Telecomunicaciones, S.A. de C.V.",
        address="Av. Hidalgo 123, Col. Centro, 79610 Rioverde, S.L.P.",
        phones="487 872 0101",
        email="soporte@redvalle.mx",
    )
    base = WorkOrderData(
        office=office,
        folio="RV26-00042-7",
        kind_label="Falla técnica",
        status_label="Visita programada",
        priority_label="Alta",
        opened_at=datetime(2026, 11, 26, 9, 5),
        resolution_due=datetime(2026, 11, 27, 14, 0),
        customer_number="000123",
        customer_name="José Pérez Gómez",
        phones=["487 123 4567", "487 555 0101", "444 987 6543"],
        service_address="Calle Álamo 45, Col. Las Palmas, Rioverde",
        references="Casa verde de dos pisos, portón negro, frente a la tienda «La Esperanza»",
        latitude=21.930412,
        longitude=-99.994521,
        map_url=MAP_URL,
        zone="Centro",
        tower="Torre Cerro Gordo",
        plan="Residencial 20 Mbps",
        description="Sin servicio desde ayer; el router enciende pero la luz de internet está en rojo.",
        location="Recámara del segundo piso",
        contact_phone="487 555 0199 (su hija Ana)",
        visit_window="Jueves o viernes después de las 16:00",
        visit_start=datetime(2026, 11, 26, 16, 0),
        visit_end=datetime(2026, 11, 26, 18, 0),
        technician="Luis Alberto Martínez Ruiz",
        history=[
            HistoryLine(datetime(2026, 11, 26, 9, 5), "María Fernanda López", "Reporte abierto por teléfono"),
            HistoryLine(datetime(2026, 11, 26, 9, 40), "Carlos Soto (NOC)", "Nota: señal del enlace en -78 dBm"),
            HistoryLine(datetime(2026, 11, 26, 11, 12), "María Fernanda López", "Visita programada"),
        ],
    )
    return dataclasses.replace(base, **overrides)


def render(tmp_path: Path, data: WorkOrderData, name: str = "orden") -> Path:
    path = tmp_path / f"{name}.pdf"
    render_workorder(data, path)
    return path


# --------------------------------------------------------------------------- map QR


def locate_map_qr(path: Path, dpi: int = 300) -> tuple[object, float, float, float] | None:
    """(image, left px, top px, module px) of the QR printed above "Escanee para abrir el mapa", or None.

    The caption is found in poppler's word boxes; the QR is the first dark pixel above it
    (everything else in that column is light: rules, tinted boxes) and its module size is
    the top-left finder pattern's first row, which is always seven modules wide.
    """
    words = words_on_page(path)
    caption = [w for w in words if w.text in ("Escanee", "mapa")]
    if not caption:
        return None
    scale = dpi / 72
    cx = (min(w.x0 for w in caption) + max(w.x1 for w in caption)) / 2 * scale
    bottom = min(w.y0 for w in caption) * scale
    img = rasterize(path, dpi=dpi)
    half = 25 / 25.4 * dpi  # 25 mm either side of the caption's centre
    box = (int(cx - half), int(bottom - 38 / 25.4 * dpi), int(min(img.width - 1, cx + half)), int(bottom))
    corner = find_dark_corner(img, box)
    assert corner is not None, "caption printed but nothing drawn above it"
    left, top = corner
    px = img.load()
    row = top + 2
    run = 0
    while px[left + run, row] < 128:
        run += 1
    return img, left, top, run / 7


def printed_qr(path: Path, value: str) -> list[list[bool]] | None:
    """The module grid printed on the page, read with the size of ``value``'s QR."""
    found = locate_map_qr(path)
    if found is None:
        return None
    img, left, top, module = found
    return read_qr_grid(img, left, top, module, len(qr_modules(value)))


@needs_poppler
def test_map_qr_encodes_map_url(tmp_path: Path) -> None:
    path = render(tmp_path, make_data())
    text = pdf_text(path)
    assert "Escanee para abrir el mapa" in text
    assert "21.930412, -99.994521" in text
    assert printed_qr(path, MAP_URL) == qr_modules(MAP_URL)


@needs_poppler
def test_map_qr_built_from_coordinates_when_url_is_missing(tmp_path: Path) -> None:
    path = render(tmp_path, make_data(map_url=""))
    expected = "https://www.google.com/maps/search/?api=1&query=21.930412,-99.994521"
    assert printed_qr(path, expected) == qr_modules(expected)


@needs_poppler
@pytest.mark.parametrize(
    ("lat", "lon"),
    [(None, None), (21.93, None), (None, -99.99), (200.0, -99.99), (float("nan"), -99.99)],
)
def test_no_map_qr_without_valid_coordinates(tmp_path: Path, lat: float | None, lon: float | None) -> None:
    with_qr = render(tmp_path, make_data(), "con-qr")
    found = locate_map_qr(with_qr)
    assert found is not None
    _, left, top, module = found
    size = int(module * len(qr_modules(MAP_URL)))
    box = (int(left), int(top), int(left) + size, int(top) + size)

    without = render(tmp_path, make_data(latitude=lat, longitude=lon), "sin-qr")
    text = pdf_text(without)
    assert "Escanee" not in text
    assert "Coordenadas" not in text
    assert "21.930412" not in text
    # Where the QR was, the page is now (mostly) white: table text is far less dense than a QR.
    assert dark_fraction(rasterize(with_qr), box) > 0.3
    assert dark_fraction(rasterize(without), box) < 0.1


# --------------------------------------------------------------------------- content


@needs_poppler
def test_everything_the_technician_needs_is_printed(tmp_path: Path) -> None:
    path = render(tmp_path, make_data())
    text = pdf_text(path)
    for expected in (
        "Red Valle Internet",
        "Tel. 487 872 0101",
        "Orden de trabajo",
        "RV26-00042-7",
        "Abierta el 26/11/2026 09:05",
        "Tipo: Falla técnica",
        "Prioridad: Alta",
        "Estado: Visita programada",
        "Visita: jueves 26/11/2026, 16:00–18:00",
        "Técnico: Luis Alberto Martínez Ruiz",
        "Compromiso de solución: viernes 27/11/2026 14:00",
        "000123",
        "José Pérez Gómez",
        "487 123 4567",
        "487 555 0101",
        "444 987 6543",
        "Calle Álamo 45, Col. Las Palmas, Rioverde",
        "Casa verde de dos pisos, portón negro, frente a la tienda «La Esperanza»",
        "Centro / Torre Cerro Gordo",
        "Residencial 20 Mbps",
        "Sin servicio desde ayer; el router enciende pero la luz de internet está en rojo.",
        "Recámara del segundo piso",
        "487 555 0199 (su hija Ana)",
        "Jueves o viernes después de las 16:00",
        "Observaciones del técnico",
        "Hora de llegada:",
        "Hora de salida:",
        "Equipo reemplazado:",
        "Firma del técnico",
        "Firma del cliente (conformidad)",
    ):
        assert expected in text, expected
    assert "Falla masiva" not in text
    assert "DEMO" not in text


@needs_poppler
def test_typical_order_is_one_letter_page(tmp_path: Path) -> None:
    path = render(tmp_path, make_data())
    assert page_count(path) == 1
    assert page_size(path) == pytest.approx(LETTER_PT, abs=1)
    info = pdf_info(path)
    assert info["Title"] == "Orden de trabajo RV26-00042-7"
    assert info["Author"] == "Red Valle Internet"


@needs_poppler
def test_history_is_printed_in_order_newest_last(tmp_path: Path) -> None:
    text = pdf_text(render(tmp_path, make_data()))
    rows = [
        "26/11/2026 09:05 María Fernanda López Reporte abierto por teléfono",
        "26/11/2026 09:40 Carlos Soto (NOC) Nota: señal del enlace en -78 dBm",
        "26/11/2026 11:12 María Fernanda López Visita programada",
    ]
    positions = [text.find(row) for row in rows]
    assert -1 not in positions, text
    assert positions == sorted(positions)


@needs_poppler
def test_default_checklist_when_none_given(tmp_path: Path) -> None:
    lines = [line.strip() for line in pdf_raw_lines(render(tmp_path, make_data(checklist=[])))]
    for item in DEFAULT_CHECKLIST:
        assert item in lines, item
    assert "Verificar alineación y señal de la antena (dBm)" in lines


@needs_poppler
def test_custom_checklist_replaces_default(tmp_path: Path) -> None:
    items = ["Cambiar conector RJ45 exterior", "Medir señal: ≥ -65 dBm", "Tomar foto de la instalación"]
    text = pdf_text(render(tmp_path, make_data(checklist=items)))
    for item in items:
        assert item in text
    assert "Revisar alimentación eléctrica y PoE" not in text


@needs_poppler
def test_long_checklist_is_complete_and_signatures_follow(tmp_path: Path) -> None:
    items = [f"Paso {i:02d}: revisar el punto {i}" for i in range(1, 41)]
    path = render(tmp_path, make_data(checklist=items))
    text = pdf_text(path)
    positions = [text.find(item) for item in items]
    assert -1 not in positions, [i for i, p in zip(items, positions, strict=True) if p == -1]
    assert positions == sorted(positions), "checklist read out of order (e.g. across the page break)"
    assert positions[-1] < text.index("Firma del cliente (conformidad)")


@needs_poppler
def test_signatures_stay_with_the_notes(tmp_path: Path) -> None:
    """Whatever flows over, the hand-filled block and both signatures land on the same page."""
    for n in (0, 60, 180, 300, 420):
        data = make_data(description=" ".join(numbered_words(n)) or "x")
        path = render(tmp_path, data, f"orden-{n}")
        pages = page_texts(path)
        holding = [i for i, t in enumerate(pages) if "Firma del técnico" in t]
        assert len(holding) == 1, n
        page = pages[holding[0]]
        for caption in ("Observaciones del técnico", "Hora de llegada:", "Firma del cliente (conformidad)"):
            assert caption in page, (n, caption)


@needs_poppler
def test_linked_incident_is_flagged(tmp_path: Path) -> None:
    text = pdf_text(render(tmp_path, make_data(incident="Corte de fibra en el enlace Rioverde–Ciudad Fernández")))
    assert "Falla masiva vinculada: Corte de fibra en el enlace Rioverde–Ciudad Fernández" in text


@needs_poppler
def test_missing_optional_fields_print_no_empty_labels(tmp_path: Path) -> None:
    data = make_data(
        resolution_due=None,
        location="",
        contact_phone="  ",
        visit_window="",
        visit_start=None,
        visit_end=None,
        technician="",
        history=[],
        zone="",
        tower="",
        plan="",
        references="",
        phones=[],
        latitude=None,
        longitude=None,
        map_url="",
        office=OfficeInfo(name="ISP Mínimo"),
    )
    text = pdf_text(render(tmp_path, data))
    for absent in (
        "Compromiso de solución",
        "Ubicación de la falla",
        "Teléfono de contacto",
        "Horario preferido",
        "Historial",
        "Zona / torre",
        "Plan",
        "Referencias",
        "Teléfonos",
        "Coordenadas",
        "Tel.",
    ):
        assert absent not in text, absent
    assert "Visita: Sin programar" in text
    assert "Técnico: Sin asignar" in text
    assert "Firma del técnico" in text


@needs_poppler
@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (datetime(2026, 11, 28, 9, 0), None, "Visita: sábado 28/11/2026 09:00"),
        (datetime(2026, 11, 28, 9, 0), datetime(2026, 11, 28, 13, 30), "Visita: sábado 28/11/2026, 09:00–13:30"),
        (
            datetime(2026, 11, 28, 17, 0),
            datetime(2026, 11, 30, 10, 0),
            "Visita: sábado 28/11/2026 17:00 – lunes 30/11/2026 10:00",
        ),
    ],
)
def test_visit_window_wording(tmp_path: Path, start: datetime, end: datetime | None, expected: str) -> None:
    assert expected in pdf_text(render(tmp_path, make_data(visit_start=start, visit_end=end)))


# --------------------------------------------------------------------------- robustness


@needs_poppler
def test_markup_characters_print_literally(tmp_path: Path) -> None:
    # Real tags in every field: a renderer that forgot to escape would swallow them.
    data = make_data(
        customer_name="<b>&</b> Pérez & Hijos",
        phones=["<i>487</i> 123 4567"],
        service_address="Calle <b>5</b> & 7",
        references="entre <calle 5> & <i>calle 7</i>",
        description="si a < b && c > d entonces <br/> no es un salto &amp; tampoco",
        location="<u>azotea</u>",
        contact_phone="<b>487</b> 555",
        visit_window="<i>tarde</i>",
        zone="<b>Centro</b>",
        plan="<i>20</i> Mbps",
        incident="Torre <b>norte</b> & enlace",
        history=[HistoryLine(datetime(2026, 11, 26, 9, 5), "Ana <b>NOC</b>", "ping <i>100 ms</i> & ok")],
        checklist=["Revisar <b>PoE</b> & fuente"],
        technician="Luis <b>técnico</b> & Cía",
        kind_label="<i>Falla</i>",
        status_label="<b>Abierto</b>",
        priority_label="<u>Alta</u>",
    )
    text = pdf_text(render(tmp_path, data))
    for literal in (
        "<b>&</b> Pérez & Hijos",
        "<i>487</i> 123 4567",
        "Calle <b>5</b> & 7",
        "entre <calle 5> & <i>calle 7</i>",
        "si a < b && c > d entonces <br/> no es un salto &amp; tampoco",
        "<u>azotea</u>",
        "<b>487</b> 555",
        "<i>tarde</i>",
        "<b>Centro</b>",
        "<i>20</i> Mbps",
        "Torre <b>norte</b> & enlace",
        "Ana <b>NOC</b>",
        "ping <i>100 ms</i> & ok",
        "Revisar <b>PoE</b> & fuente",
        "Luis <b>técnico</b> & Cía",
        "<i>Falla</i>",
        "<b>Abierto</b>",
        "<u>Alta</u>",
    ):
        assert literal in text, literal


@needs_poppler
def test_long_description_flows_onto_a_second_page_without_losing_words(tmp_path: Path) -> None:
    words = numbered_words(420)
    description = " ".join(words)
    assert len(description) >= 5000
    path = render(tmp_path, make_data(description=description))
    assert page_count(path) >= 2
    assert missing_words(path, words) == []
    text = pdf_text(path)
    assert f"Página 1 de {page_count(path)}" in text
    assert "Firma del cliente (conformidad)" in text


@needs_poppler
def test_description_keeps_line_breaks(tmp_path: Path) -> None:
    data = make_data(description="primera línea\nsegunda línea\r\n\r\ntercera línea")
    lines = [line.strip() for line in pdf_raw_lines(render(tmp_path, data))]
    for expected in ("primera línea", "segunda línea", "tercera línea"):
        assert expected in lines


@needs_poppler
def test_unbroken_5000_char_token_wraps_without_loss(tmp_path: Path) -> None:
    token = "".join(f"z{i:04d}" for i in range(1000))
    path = render(tmp_path, make_data(description=token))
    lines = (line.strip() for line in pdf_raw_lines(path))
    pieces = [p for p in lines if re.fullmatch(r"[z0-9]*z[z0-9]*", p)]
    assert "".join(pieces) == token


@needs_poppler
def test_huge_address_flows_and_keeps_the_map(tmp_path: Path) -> None:
    words = numbered_words(450)
    path = render(tmp_path, make_data(service_address=" ".join(words)))
    assert missing_words(path, words) == []
    assert "Escanee para abrir el mapa" in pdf_text(path)


@needs_poppler
def test_demo_mark(tmp_path: Path) -> None:
    text = pdf_text(render(tmp_path, make_data(demo=True)))
    assert "DEMO — sin validez" in text


@needs_poppler
def test_logo_and_bad_logo_path(tmp_path: Path) -> None:
    for logo_path in sample_logos(tmp_path):
        office = dataclasses.replace(make_data().office, logo_path=logo_path)
        assert "RV26-00042-7" in pdf_text(render(tmp_path, make_data(office=office)))


def test_writes_to_binary_stream_and_pathlike(tmp_path: Path) -> None:
    out = BytesIO()
    render_workorder(make_data(), out)
    assert out.getvalue().startswith(b"%PDF")
    render_workorder(make_data(), tmp_path / "orden.pdf")
    assert (tmp_path / "orden.pdf").read_bytes().startswith(b"%PDF")
    render_workorder(make_data(), str(tmp_path / "orden2.pdf"))
    assert (tmp_path / "orden2.pdf").read_bytes().startswith(b"%PDF")


def test_oversize_map_url_falls_back_to_coordinates_link() -> None:
    out = BytesIO()
    render_workorder(make_data(map_url="https://example.mx/?" + "x" * 5000), out)
    assert out.getvalue().startswith(b"%PDF")


def test_pdf_modules_import_no_qt() -> None:
    """The PDF layer renders in the CLI and in worker threads: it must not pull in Qt."""
    code = "import sys, ispdesk.pdf.workorder, ispdesk.pdf.letter; print([m for m in sys.modules if 'PySide' in m])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
