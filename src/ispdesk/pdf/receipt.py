"""Folio receipt ("Comprobante de reporte") handed to the customer when a report is opened.

Two layouts share the same content: ``carta`` (US letter, flows over as many pages as
needed) and ``ticket`` (80 mm thermal roll: one narrow page exactly as tall as the
content, because roll printers cut wherever the page ends).

Every field is user text: it is escaped before it reaches Paragraph markup, newlines are
kept and over-long words are split by ReportLab (``splitLongWords``), so nothing the
customer or the clerk typed can break the layout or disappear.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ispdesk.core.dto import ReceiptData
from ispdesk.pdf.common import (
    BOX_BG,
    INK,
    RULE,
    Rule,
    base_styles,
    build_carta,
    carta_width,
    clean,
    doc_meta,
    fit_paragraph,
    footer_text,
    format_datetime,
    format_deadline,
    kv_table,
    logo,
    markup,
    nowrap,
    office_header,
    office_lines,
    paragraphs,
    present_rows,
    qr_drawing,
    section,
    target,
)

__all__ = ["DEFAULT_LEGAL_TEXT", "FORMATS", "format_datetime", "format_deadline", "render_receipt"]

FORMATS = ("carta", "ticket")

TICKET_WIDTH = 80 * mm
_TICKET_SIDE_MARGIN = 4 * mm  # 72 mm printable, the usual for 80 mm printers
_TICKET_TOP_MARGIN = 4 * mm
_TICKET_BOTTOM_MARGIN = 8 * mm  # room above the cutter
_TICKET_SLACK = 2 * mm  # guards the measured height against rounding in Frame

DEFAULT_LEGAL_TEXT = (
    "Conserve este comprobante: el folio es la referencia de su reporte para cualquier "
    "seguimiento, aclaración o queja. Como usuario de servicios de telecomunicaciones, usted "
    "cuenta con los derechos establecidos en la Carta de Derechos Mínimos de los Usuarios de los "
    "Servicios de Telecomunicaciones, que puede consultar en nuestra oficina. Si su reporte no es "
    "atendido en los plazos indicados, puede acudir a la Procuraduría Federal del Consumidor "
    "(PROFECO): 55 5568 8722 (Ciudad de México y área metropolitana) o 800 468 8722 (resto del país)."
)


# --------------------------------------------------------------------------- content


def _qr(data: ReceiptData, size: float) -> Flowable | None:
    """QR of ``qr_payload``, or of the folio when the payload is empty or too long."""
    return qr_drawing((data.qr_payload, data.folio), size)


def _field_rows(data: ReceiptData) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(customer rows, report rows) as (label, markup) pairs, empty values dropped."""
    customer = present_rows(
        [
            ("Número de cliente", data.customer_number),
            ("Nombre", data.customer_name),
            ("Domicilio del servicio", data.service_address),
            ("Ubicación / referencias", data.location),
            ("Teléfono de contacto", data.contact_phone),
        ]
    )
    report = present_rows(
        [
            ("Tipo de reporte", data.kind_label),
            ("Canal de recepción", data.channel_label),
            ("Ventana de visita", data.visit_window),
        ]
    )
    return customer, report


def _deadline_lines(data: ReceiptData) -> list[str]:
    lines = []
    # Faults are fixed before the first-answer term runs out: then the fix date alone is the promise.
    if data.response_due is not None and (data.resolution_due is None or data.response_due < data.resolution_due):
        lines.append(f"<b>Primera respuesta a más tardar:</b> {nowrap(format_deadline(data.response_due))}")
    if data.resolution_due is not None:
        lines.append(f"<b>Solución comprometida:</b> {nowrap(format_deadline(data.resolution_due))}")
    return lines


def _follow_up_text(data: ReceiptData) -> str:
    o = data.office
    ways = []
    if clean(o.phones):
        ways.append(f"llame al <b>{markup(o.phones)}</b>")
    if clean(o.email):
        ways.append(f"escriba a {markup(o.email)}")
    text = "Para conocer el avance de su reporte " + (" o ".join(ways) if ways else "acuda a nuestra oficina")
    if clean(o.hours_text):
        text += f" en nuestro horario de atención ({markup(o.hours_text)})"
    folio = markup(data.folio)
    return text + f". Tenga a la mano su folio <b>{folio}</b>: con él localizamos su reporte de inmediato."


def _documents(data: ReceiptData, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    return [Paragraph(markup(d), st["bullet"], bulletText="•") for d in data.documents if clean(d)]


def _legal(data: ReceiptData) -> str:
    return markup(data.office.legal_text) or escape(DEFAULT_LEGAL_TEXT)


# --------------------------------------------------------------------------- carta


def _folio_box(data: ReceiptData, st: dict[str, ParagraphStyle], width: float) -> Table:
    """Title, folio and date on the left; QR on the right, on a tinted box."""
    qr_size = 30 * mm
    left_w = width - qr_size - 2 * 10
    folio_cell: list[Flowable] = [
        Paragraph("Comprobante de reporte", st["title"]),
        Paragraph("Folio", st["folio_label"]),
        fit_paragraph(data.folio, st["folio"], left_w - 24),
        Spacer(1, 4),
        Paragraph(f"<b>Fecha y hora:</b> {format_datetime(data.opened_at)}", st["when"]),
    ]
    qr = _qr(data, qr_size)
    box_rows = [[folio_cell, qr]] if qr is not None else [[folio_cell]]
    box_cols = [width - qr_size - 20, qr_size + 20] if qr is not None else [width]
    box = Table(box_rows, colWidths=box_cols)
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BOX_BG),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (-1, 0), (-1, -1), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return box


def _carta_story(data: ReceiptData, width: float) -> list[Flowable]:
    st = base_styles("carta")
    story: list[Flowable] = [
        office_header(data.office, office_lines(data.office), width, st),
        Spacer(1, 10),
        _folio_box(data, st, width),
    ]
    customer_rows, report_rows = _field_rows(data)
    if customer_rows:
        story += [*section("Datos del cliente", st, width), kv_table(customer_rows, st, width)]
    if report_rows:
        story += [*section("Datos del reporte", st, width), kv_table(report_rows, st, width)]
    deadlines = _deadline_lines(data)
    if deadlines:
        story += section("Plazos comprometidos", st, width)
        story += [Paragraph(line, st["line"]) for line in deadlines]
    documents = _documents(data, st)
    if documents:
        story += [*section("Documentos que debe presentar", st, width), *documents]
    description = paragraphs(data.description, st["desc"])
    if description:
        story += [*section("Descripción del reporte", st, width), *description]
    story += [*section("¿Cómo dar seguimiento?", st, width), Paragraph(_follow_up_text(data), st["body"])]
    if clean(data.taken_by):
        story += [Spacer(1, 10), Paragraph(f"<b>Atendió:</b> {markup(data.taken_by)}", st["body"])]
    # The fine print reads as one block: move it whole rather than split it across pages.
    legal = KeepTogether([Rule(width, RULE), Spacer(1, 4), Paragraph(_legal(data), st["legal"])])
    story += [Spacer(1, 10), legal]
    return story


# --------------------------------------------------------------------------- ticket


def _ticket_story(data: ReceiptData, width: float) -> list[Flowable]:
    st = base_styles("ticket")
    story: list[Flowable] = []
    if data.demo:
        banner = Table([[Paragraph("DEMO · SIN VALIDEZ", st["demo"])]], colWidths=[width])
        banner.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), INK)]))
        story += [banner, Spacer(1, 6)]
    img = logo(data.office.logo_path, 44 * mm, 18 * mm)
    if img is not None:
        img.hAlign = "CENTER"
        story += [img, Spacer(1, 4)]
    story.append(Paragraph(markup(data.office.name) or "&nbsp;", st["office"]))
    story += [Paragraph(line, st["office_detail"]) for line in office_lines(data.office)]
    story += [Spacer(1, 6), Rule(width, INK, 0.8), Spacer(1, 6)]

    story += [
        Paragraph("Comprobante de reporte", st["title"]),
        Paragraph("Folio", st["folio_label"]),
        fit_paragraph(data.folio, st["folio"], width),
    ]
    qr = _qr(data, 30 * mm)
    if qr is not None:
        qr.hAlign = "CENTER"
        story += [Spacer(1, 2), qr]
    story += [
        Spacer(1, 2),
        Paragraph(f"<b>Fecha y hora:</b> {format_datetime(data.opened_at)}", st["when"]),
        Spacer(1, 6),
        Rule(width, INK, 0.6, dash=True),
    ]

    def heading(title: str) -> Paragraph:
        return Paragraph(title, st["section_t"])

    customer_rows, report_rows = _field_rows(data)
    for title, rows in (("Datos del cliente", customer_rows), ("Datos del reporte", report_rows)):
        if rows:
            story.append(heading(title))
            story += [Paragraph(f"<b>{label}:</b> {value}", st["line"]) for label, value in rows]
    deadlines = _deadline_lines(data)
    if deadlines:
        story.append(heading("Plazos comprometidos"))
        story += [Paragraph(line, st["line"]) for line in deadlines]
    documents = _documents(data, st)
    if documents:
        story += [heading("Documentos que debe presentar"), *documents]
    description = paragraphs(data.description, st["desc"])
    if description:
        story += [heading("Descripción del reporte"), *description]
    story += [heading("¿Cómo dar seguimiento?"), Paragraph(_follow_up_text(data), st["body"])]
    if clean(data.taken_by):
        story += [Spacer(1, 6), Paragraph(f"<b>Atendió:</b> {markup(data.taken_by)}", st["body"])]
    story += [Spacer(1, 6), Rule(width, INK, 0.6, dash=True), Spacer(1, 4), Paragraph(_legal(data), st["legal"])]
    return story


def _measure(story: Sequence[Flowable], width: float) -> float:
    """Total height of a story laid out in one frame of the given width (upper bound)."""
    total = 0.0
    for f in story:
        _, h = f.wrap(width, 1e7)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _build_ticket(data: ReceiptData, out: str | os.PathLike[str] | BinaryIO, meta: dict[str, object]) -> None:
    """One narrow page exactly as tall as the content: roll printers cut where the page ends."""
    width = TICKET_WIDTH - 2 * _TICKET_SIDE_MARGIN
    story = _ticket_story(data, width)
    height = _measure(story, width) + _TICKET_SLACK
    page_h = height + _TICKET_TOP_MARGIN + _TICKET_BOTTOM_MARGIN
    frame = Frame(
        _TICKET_SIDE_MARGIN,
        _TICKET_BOTTOM_MARGIN,
        width,
        height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="roll",
    )
    doc = BaseDocTemplate(
        target(out),
        pagesize=(TICKET_WIDTH, page_h),
        leftMargin=_TICKET_SIDE_MARGIN,
        rightMargin=_TICKET_SIDE_MARGIN,
        topMargin=_TICKET_TOP_MARGIN,
        bottomMargin=_TICKET_BOTTOM_MARGIN,
        **meta,
    )
    doc.addPageTemplates([PageTemplate("ticket", [frame])])
    doc.build(story)


# --------------------------------------------------------------------------- entry point


def render_receipt(data: ReceiptData, out: str | os.PathLike[str] | BinaryIO, fmt: str = "carta") -> None:
    """Write the customer's folio receipt as PDF to a path or binary stream.

    ``fmt`` is ``"carta"`` (letter, multi-page, numbered) or ``"ticket"`` (80 mm roll,
    one page sized to the content so the printer never cuts through the text).
    """
    if fmt not in FORMATS:
        raise ValueError(f"Formato de comprobante desconocido: {fmt!r} (use 'carta' o 'ticket')")
    folio = clean(data.folio)
    meta = doc_meta(f"Folio {folio}", clean(data.office.name), "Comprobante de reporte")
    if fmt == "ticket":
        _build_ticket(data, out, meta)
        return
    footer = footer_text(f"Folio {folio}", data.office)
    build_carta(out, _carta_story(data, carta_width()), meta, footer=footer, demo=data.demo)
