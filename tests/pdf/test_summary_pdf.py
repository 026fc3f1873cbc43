"""Monthly summary PDF: what the owners read, checked as a reader would (poppler's text): Spanish month names,
es-MX numbers ("1 234", "95.3 %", "$1 234.50"), every section, the definitions in the notes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from pdfcheck import LETTER_PT, needs_poppler, page_count, page_size, pdf_info, pdf_text

from ispdesk.core.dto import OfficeInfo
from ispdesk.core.numfmt import fmt_change, fmt_hours, fmt_int, fmt_money, fmt_pct
from ispdesk.core.queries.summary import (
    CauseRow,
    Count,
    KindTiming,
    MonthlySummary,
    OutageRow,
    RepeatCustomer,
    TechRow,
    Timing,
    TrendPoint,
)
from ispdesk.core.vocab import CHANNEL_LABELS, KIND_LABELS, KINDS, STATUS_LABELS
from ispdesk.pdf.summary import render_summary

OFFICE = OfficeInfo(name="Red Valle Internet", legal_name="Red Valle Telecomunicaciones, S.A. de C.V.",
                    address="Av. Hidalgo 123, Col. Centro, Rioverde, S.L.P.", phones="487 872 0101",
                    email="soporte@redvalle.mx")


def make_summary(**overrides: object) -> MonthlySummary:
    kinds = dict.fromkeys(KINDS, 0) | {"falla": 1234, "queja": 56, "aclaracion": 210}
    timing = Timing(reports=1234, resolved=1200, due=1210, on_time=1153, due_first=1210, on_time_first=1100,
                    answered=1230, answer_median=1.75, answer_mean=2.25, resolution_median=7.96, resolution_mean=12.04)
    base = MonthlySummary(
        year=2026, month=7, office_prefix="RV", office_label="Red Valle Internet", office=OFFICE,
        tz="America/Mexico_City", demo=False, generated_at=dt.datetime(2026, 8, 20, 18, 0), total=1500,
        by_kind=tuple(Count(k, KIND_LABELS[k], n) for k, n in kinds.items()),
        by_channel=tuple(Count(c, CHANNEL_LABELS[c], n) for c, n in
                         {"telefono": 900, "oficina": 300, "correo": 0, "web": 50, "whatsapp": 230, "redes": 20}
                         .items()),
        by_area=(Count("tecnica", "Soporte técnico", 1234), Count("facturacion", "Facturación", 210),
                 Count("atencion", "Atención a clientes", 56)),
        by_status=tuple(Count(s, STATUS_LABELS[s], 1500 if s == "cerrado" else 0) for s in STATUS_LABELS),
        upheld=1100, not_upheld=300, undecided=100, overall=timing,
        kinds=tuple(KindTiming(k, KIND_LABELS[k], timing if k == "falla" else Timing(reports=kinds[k]))
                    for k in KINDS),
        technicians=(TechRow(1, "tomas", "Tomás Peña", 700, 690, 695, 660, 6.5),
                     TechRow(2, "erika", "Érika Zúñiga", 534, 510, 515, 493, 8.25)),
        unassigned=266,
        causes=(CauseRow("red", "Falla en la red o en la torre", "interna", 800),
                CauseRow("energia", "Falta de energía eléctrica en el domicilio", "externa", 250)),
        internal=800, external=250,
        repeat_customers=(RepeatCustomer(7, "C-0007", "Begoña Núñez Ibáñez", "Norte", 5),),
        repeat_total=48,
        incidents=(OutageRow(3, "Caída de la torre T-03", "Norte / T-03", dt.datetime(2026, 7, 22, 14, 0),
                             dt.datetime(2026, 7, 22, 20, 0), Decimal("6.00"), False, "interna", 31, 1234, True,
                             Decimal("4936.00"), ""),),
        trend=tuple(TrendPoint(2025 + (m + 7) // 12, (m + 7) % 12 + 1, 1000 + 50 * m) for m in range(12)),
    )
    return dataclasses.replace(base, **overrides)


def layout_lines(path: Path) -> list[str]:
    """The page as laid out, one printed line each, blanks collapsed: a table row reads as one line."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(line.split()) for line in out.splitlines() if line.strip()]


def assert_lines(path: Path, expected: list[str]) -> None:
    lines = layout_lines(path)
    for text in expected:
        assert any(text in line for line in lines), f"{text!r} not on any line:\n" + "\n".join(lines)


def test_numbers_in_the_es_mx_forms() -> None:
    assert fmt_int(1234) == "1\xa0234"
    assert fmt_int(1234567) == "1\xa0234\xa0567"
    assert fmt_int(999) == "999"
    assert fmt_pct(95.25) == "95.3\xa0%"  # half up, as people round
    assert fmt_pct(None) == "—"
    assert fmt_money(Decimal("1234.5")) == "$1\xa0234.50"
    assert fmt_money(Decimal("-0.004")) == "$0.00"
    assert fmt_hours(7.96) == "8.0\xa0h"
    assert fmt_change(110, 100) == "+10.0\xa0%"
    assert fmt_change(90, 100) == "-10.0\xa0%"
    assert fmt_change(5, 0) == ""


@needs_poppler
def test_every_section_with_its_figures(tmp_path: Path) -> None:
    path = tmp_path / "resumen.pdf"
    render_summary(make_summary(), path)
    assert page_size(path) == LETTER_PT
    assert page_count(path) <= 3
    assert pdf_info(path)["Title"] == "Resumen mensual julio de 2026 — Red Valle Internet"
    assert_lines(path, [
        "Resumen mensual", "Julio de 2026", "Red Valle Internet",
        "Reportes recibidos Resueltos a tiempo Procedentes Solución (mediana)",
        "1 500 95.3 % 78.6 % 8.0 h",
        "Mes anterior: 1 500 (igual) 1 153 de 1 210 evaluados 1 100 de 1 400 con dictamen",
        "Falla en el servicio 1 234", "Teléfono 900 60.0 %", "Total 1 500 100.0 %",
        "Falla en el servicio 1 234 1 200 1 210 95.3 % 90.9 % 1.8 h 2.3 h 8.0 h 12.0 h",
        "Soporte técnico 1 234 82.3 %", "Cerrado 1 500 100.0 %",
        "Tomás Peña tomas 700 690 660 95.0 % 6.5 h", "Érika Zúñiga erika 534 510 493 95.7 % 8.3 h",
        "Sin asignar: 266 reportes",
        "Internas (del proveedor): 800 (76.2 %) · Externas (ajenas al proveedor): 250 (23.8 %) de 1 050",
        "Falla en la red o en la torre 800 76.2 %",
        "48 clientes levantaron 2 o más reportes de falla en el mes:",
        "C-0007 Begoña Núñez Ibáñez Norte 5",
        "Caída de la torre T-03", "Norte / T-03", "22/07/2026 08:00 6.0 h 1 234 31 $4 936.00",
        "Tendencia de 12 meses", "ago 25 sep 25", "jun 26 jul 26",
        "Notas", "Contra la 1.ª promesa:", "America/Mexico_City). Generado el 20/08/2026 12:00",
    ])
    text = pdf_text(path)
    for words in ("A tiempo: la primera solución del reporte", "horas hábiles de la oficina",
                  "Si el reporte se reabrió, cuenta su primer ciclo"):
        assert words in text, words
    assert "DEMO" not in text


@needs_poppler
def test_a_quiet_month_says_so(tmp_path: Path) -> None:
    empty = make_summary(total=0, technicians=(), unassigned=0, causes=(), internal=0, external=0,
                         repeat_customers=(), repeat_total=0, incidents=(), overall=Timing(),
                         kinds=tuple(KindTiming(k, KIND_LABELS[k], Timing()) for k in KINDS),
                         upheld=0, not_upheld=0, undecided=0)
    path = tmp_path / "vacio.pdf"
    render_summary(empty, path)
    text = pdf_text(path)
    for expected in ("Ningún reporte del mes tiene persona asignada", "Ningún reporte del mes tiene causa",
                     "Ningún cliente levantó 2 o más reportes de falla", "No hubo incidentes masivos",
                     "Ningún reporte vencía aún", "Sin dictámenes"):
        assert expected in text, expected


@needs_poppler
def test_demo_and_outage_without_compensation(tmp_path: Path) -> None:
    outage = OutageRow(4, "Tormenta", "Sierra", dt.datetime(2026, 7, 3, 2, 0), None, Decimal("30.50"), True, "",
                       0, 12, False, Decimal(0), "La compensación se calcula al resolver el incidente, si la causa "
                       "es del proveedor.")
    path = tmp_path / "demo.pdf"
    render_summary(make_summary(demo=True, incidents=(outage,)), path)
    text = pdf_text(path)
    assert "DEMO — sin validez" in text
    assert_lines(path, ["02/07/2026 20:00 30.5 h (sigue) 12 0 —", "Total 30.5 h 12 0 —"])
    assert "Tormenta: la compensación se calcula al resolver el incidente" in text


@needs_poppler
def test_a_month_under_way_says_so(tmp_path: Path) -> None:
    path = tmp_path / "en curso.pdf"
    render_summary(make_summary(generated_at=dt.datetime(2026, 7, 20, 18, 0)), path)
    assert_lines(path, ["Mes en curso: cifras al 20/07/2026 12:00", "Mes anterior completo: 1 500"])
    assert "(igual)" not in pdf_text(path)


def test_renders_to_a_stream() -> None:
    out = BytesIO()
    render_summary(make_summary(), out)
    assert out.getvalue().startswith(b"%PDF")


@pytest.mark.parametrize("n", [0, 1, 40])
def test_many_or_no_technicians_still_render(n: int) -> None:
    people = tuple(TechRow(i, f"u{i}", f"Persona con un nombre bastante largo número {i}", 10, 5, 5, 4, 3.0)
                   for i in range(n))
    out = BytesIO()
    render_summary(make_summary(technicians=people), out)
    assert out.getvalue().startswith(b"%PDF")
