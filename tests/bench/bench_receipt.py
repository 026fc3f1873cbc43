"""Benchmark: render_receipt (carta) against a minimal ReportLab document with the same content.

Run standalone: ``python tests/bench/bench_receipt.py``. The receipt may cost more than a
bare document (embedded TrueType subsets, tables, page numbering) but should stay within
2x, which catches regressions such as per-call font loading or style rebuilding.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from ispdesk.core.dto import OfficeInfo, ReceiptData
from ispdesk.pdf.receipt import DEFAULT_LEGAL_TEXT, render_receipt

RUNS = 30
TARGET_RATIO = 2.0


def sample_receipt() -> ReceiptData:
    office = OfficeInfo(
        name="Red Valle Internet",
        legal_name="Red Valle Telecomunicaciones, S.A. de C.V.",
        address="Av. Hidalgo 123, Col. Centro, 62000 Cuernavaca, Mor.",
        phones="777 123 4567",
        email="soporte@redvalle.mx",
        web="www.redvalle.mx",
        hours_text="Lunes a viernes 09:00–18:00; sábado 09:00–14:00",
    )
    return ReceiptData(
        office=office,
        folio="RV26-00042-7",
        opened_at=datetime(2026, 11, 26, 9, 5),
        customer_number="000123",
        customer_name="José Peña Núñez",
        service_address="Calle Álamo 45, Col. Las Palmas, Jiutepec",
        kind_label="Falla técnica",
        channel_label="Teléfono",
        description="Sin servicio desde ayer por la noche; el módem muestra la luz LOS en rojo. " * 4,
        response_due=datetime(2026, 11, 27, 14, 0),
        resolution_due=datetime(2026, 11, 28, 14, 0),
        taken_by="María Fernanda López",
        contact_phone="777 555 0101",
        documents=["Identificación oficial (INE)"],
    )


def minimal_reportlab(data: ReceiptData, out: BytesIO) -> None:
    """The same text as plain Helvetica Paragraphs plus the same QR: the cost floor."""
    style = ParagraphStyle("p", fontName="Helvetica", fontSize=9.5, leading=12)
    o = data.office
    texts = [
        o.name,
        o.legal_name,
        o.address,
        o.phones,
        o.email,
        o.web,
        o.hours_text,
        "Comprobante de reporte",
        f"Folio {data.folio}",
        f"Fecha y hora: {data.opened_at:%d/%m/%Y %H:%M}",
        f"Número de cliente: {data.customer_number}",
        f"Nombre: {data.customer_name}",
        f"Domicilio del servicio: {data.service_address}",
        f"Teléfono de contacto: {data.contact_phone}",
        f"Tipo de reporte: {data.kind_label}",
        f"Canal de recepción: {data.channel_label}",
        f"Primera respuesta a más tardar: {data.response_due:%d/%m/%Y %H:%M}",
        f"Solución comprometida: {data.resolution_due:%d/%m/%Y %H:%M}",
        *data.documents,
        data.description,
        f"Para conocer el avance de su reporte llame al {o.phones}. Tenga a la mano su folio {data.folio}.",
        f"Atendió: {data.taken_by}",
        DEFAULT_LEGAL_TEXT,
    ]
    size = 30 * mm
    qr = Drawing(size, size)
    qr.add(QrCodeWidget(data.qr_payload or data.folio, barLevel="M", barWidth=size, barHeight=size))
    story = [Paragraph(escape(t), style) for t in texts if t]
    story.insert(9, qr)
    SimpleDocTemplate(out, pagesize=letter, title=f"Folio {data.folio}").build(story)


def median_ms(*fns: Callable[[], None], runs: int = RUNS) -> list[float]:
    """Median wall time of each function, runs interleaved so load spikes hit all alike."""
    for fn in fns:
        fn()  # warm-up: font registration, style caches, imports
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for fn, bucket in zip(fns, times, strict=True):
            t0 = time.perf_counter()
            fn()
            bucket.append(time.perf_counter() - t0)
    return [statistics.median(bucket) * 1000 for bucket in times]


def main() -> int:
    data = sample_receipt()
    receipt, minimal = median_ms(
        lambda: render_receipt(data, BytesIO(), "carta"),
        lambda: minimal_reportlab(data, BytesIO()),
    )
    ratio = receipt / minimal
    print(
        f"receipt: median {receipt:.1f} ms; minimal reportlab: {minimal:.1f} ms; "
        f"ratio {ratio:.2f} (target ≤ {TARGET_RATIO:.1f})"
    )
    if ratio > TARGET_RATIO:
        print("WARNING: render_receipt is slower than the target ratio", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
