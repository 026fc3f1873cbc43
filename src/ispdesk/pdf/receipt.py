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
import re
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import cache
from itertools import groupby
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing, Group, Path, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ispdesk.core.dto import ReceiptData
from ispdesk.pdf.fonts import register_fonts

__all__ = ["FORMATS", "render_receipt"]

FORMATS = ("carta", "ticket")

TICKET_WIDTH = 80 * mm
_TICKET_SIDE_MARGIN = 4 * mm  # 72 mm printable, the usual for 80 mm printers
_TICKET_TOP_MARGIN = 4 * mm
_TICKET_BOTTOM_MARGIN = 8 * mm  # room above the cutter
_TICKET_SLACK = 2 * mm  # guards the measured height against rounding in Frame

_CARTA_MARGIN = 18 * mm
_CARTA_TOP_MARGIN = 15 * mm
_SECTION_MIN_SPACE = 26 * mm  # heading plus a few lines, else start the section on a new page
_CARTA_BOTTOM_MARGIN = 19 * mm  # leaves room for the page footer

ACCENT = colors.HexColor("#1F4E79")
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5B6470")
RULE = colors.HexColor("#C9D1DB")
FAINT_RULE = colors.HexColor("#E3E8EE")
BOX_BG = colors.HexColor("#F1F5F9")

_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")

DEFAULT_LEGAL_TEXT = (
    "Conserve este comprobante: el folio es la referencia de su reporte para cualquier "
    "seguimiento, aclaración o queja. Como usuario de servicios de telecomunicaciones, usted "
    "cuenta con los derechos establecidos en la Carta de Derechos Mínimos de los Usuarios de los "
    "Servicios de Telecomunicaciones, que puede consultar en nuestra oficina. Si su reporte no es "
    "atendido en los plazos indicados, puede acudir a la Procuraduría Federal del Consumidor "
    "(PROFECO): 55 5568 8722 (Ciudad de México y área metropolitana) o 800 468 8722 (resto del país)."
)

# C0 control characters other than tab/newline/CR: invisible, and some upset the PDF text layer.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# --------------------------------------------------------------------------- text helpers


def _clean(text: object) -> str:
    """Normalise a user field to plain text (None → "", CRLF → LF, no control chars)."""
    if text is None:
        return ""
    s = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL_CHARS.sub("", s).strip()


def _markup(text: object) -> str:
    """Escape user text for Paragraph markup, keeping its line breaks."""
    return escape(_clean(text)).replace("\n", "<br/>")


def format_datetime(dt: datetime) -> str:
    """dd/mm/aaaa HH:MM (24 h), independent of the process locale."""
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year:04d} {dt.hour:02d}:{dt.minute:02d}"


def format_deadline(dt: datetime) -> str:
    """Weekday plus date, e.g. "viernes 27/11/2026 14:00": people plan by weekday."""
    return f"{_WEEKDAYS[dt.weekday()]} {format_datetime(dt)}"


def _nowrap(text: str) -> str:
    """Glue words with no-break spaces so a short value (a date) never splits across lines."""
    return text.replace(" ", "\xa0")


# --------------------------------------------------------------------------- styles


@cache
def _styles(fmt: str) -> dict[str, ParagraphStyle]:
    """Paragraph styles per format, built once per process (fonts registered first)."""
    regular, bold = register_fonts()
    ticket = fmt == "ticket"
    k = 0.85 if ticket else 1.0  # 72 mm of roll: smaller type keeps lines from wrapping constantly
    # Thermal printers are monochrome: colour and light grey come out dithered or faint.
    accent = INK if ticket else ACCENT
    muted = colors.HexColor("#333333") if ticket else MUTED

    def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        kw.setdefault("fontName", regular)
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, fontSize=size * k, leading=leading * k, bulletFontName=regular, **kw)

    center = TA_CENTER if ticket else 0
    return {
        "office": style("office", 14, 17, fontName=bold, alignment=center, textColor=accent),
        "office_detail": style("office_detail", 8.5, 11, alignment=center, textColor=muted),
        "title": style("title", 11, 14, fontName=bold, alignment=center, textColor=accent, spaceAfter=3),
        "folio_label": style("folio_label", 8, 10, alignment=center, textColor=muted),
        "folio": style("folio", 26, 31, fontName=bold, alignment=center),
        "when": style("when", 9.5, 12, alignment=center),
        "section": style("section", 10, 13, fontName=bold, textColor=accent),
        # Ticket headings: plain paragraphs (no rule); one page, so no keep-with-next needed.
        "section_t": style("section_t", 10, 13, fontName=bold, textColor=accent, spaceBefore=7, spaceAfter=2),
        "label": style("label", 8.5, 12, textColor=muted),
        "value": style("value", 9.5, 12.5),
        "body": style("body", 9.5, 13),
        "desc": style("desc", 9.5, 13, spaceAfter=4),
        "bullet": style("bullet", 9.5, 13, leftIndent=12, bulletIndent=3),
        "line": style("line", 9.5, 13, spaceAfter=1),
        "legal": style("legal", 8 if ticket else 7, 10 if ticket else 9, textColor=muted),
        "demo": style("demo", 10, 13, fontName=bold, alignment=TA_CENTER, textColor=colors.white),
    }


# --------------------------------------------------------------------------- building blocks


class _QrWidget(QrCodeWidget):
    """QrCodeWidget that encodes once, up front, and draws all dark modules as one path.

    The stock widget re-encodes (mask search included) every time it is drawn and emits
    one validated Rect shape per run of modules; that made the QR the slowest part of a
    receipt. Encoding in __init__ also makes oversize payloads fail before doc.build().
    """

    def __init__(self, value: str, size: float) -> None:
        super().__init__(value, barLevel="M", barWidth=size, barHeight=size)
        self.qr.make()

    def draw(self) -> Group:
        modules = self.qr.modules
        count = self.qr.getModuleCount()
        border = self.barBorder
        size = min(self.barWidth, self.barHeight)
        box = size / (count + 2 * border)
        path = Path(fillColor=self.barFillColor, strokeColor=None, strokeWidth=0)
        for r, row in enumerate(modules):
            y = size - (r + border + 1) * box
            c = 0
            for dark, run in groupby(bool(m) for m in row):
                n = sum(1 for _ in run)
                if dark:
                    x = (c + border) * box
                    path.moveTo(x, y)
                    path.lineTo(x + n * box, y)
                    path.lineTo(x + n * box, y + box)
                    path.lineTo(x, y + box)
                    path.closePath()
                c += n
        # White quiet zone: scanners want contrast even when the QR sits on a tinted box.
        return Group(Rect(0, 0, size, size, fillColor=colors.white, strokeColor=None), path)


def _qr_drawing(data: ReceiptData, size: float) -> Drawing | None:
    """QR of ``qr_payload`` (or the folio); None if neither fits in a QR code."""
    for payload in (_clean(data.qr_payload), _clean(data.folio)):
        if not payload:
            continue
        try:
            widget = _QrWidget(payload, size)
        except Exception:  # "code length overflow" for payloads beyond QR capacity
            continue
        drawing = Drawing(size, size)
        drawing.add(widget)
        return drawing
    return None


def _logo(path: str | None, max_w: float, max_h: float) -> Image | None:
    """The office logo scaled to fit, or None if absent/unreadable (never fail a receipt)."""
    if not path or not os.path.isfile(path):
        return None
    try:
        img = Image(path)
        iw, ih = img.imageWidth, img.imageHeight
        scale = min(max_w / iw, max_h / ih)
        img.drawWidth, img.drawHeight = iw * scale, ih * scale
    except Exception:
        return None
    return img


def _folio_paragraph(folio: str, st: dict[str, ParagraphStyle], width: float) -> Paragraph:
    """The folio as large as the style says, shrunk only if it would not fit on one line."""
    base = st["folio"]
    text = _clean(folio) or "—"
    natural = stringWidth(text, base.fontName, base.fontSize)
    if natural > width * 0.98:
        size = max(12.0, base.fontSize * width * 0.98 / natural)
        base = ParagraphStyle("folio_fit", parent=base, fontSize=size, leading=size * 1.2)
    return Paragraph(_markup(text), base)


def _office_lines(data: ReceiptData) -> list[str]:
    o = data.office
    phones = f"Tel. {_markup(o.phones)}" if _clean(o.phones) else ""
    contact = " · ".join(s for s in (phones, _markup(o.email), _markup(o.web)) if s)
    lines = [_markup(o.legal_name), _markup(o.address), contact]
    if _clean(o.hours_text):
        lines.append(f"Horario: {_markup(o.hours_text)}")
    return [line for line in lines if line]


def _field_rows(data: ReceiptData) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(customer rows, report rows) as (label, markup) pairs, empty values dropped."""
    customer = [
        ("Número de cliente", data.customer_number),
        ("Nombre", data.customer_name),
        ("Domicilio del servicio", data.service_address),
        ("Ubicación / referencias", data.location),
        ("Teléfono de contacto", data.contact_phone),
    ]
    report = [
        ("Tipo de reporte", data.kind_label),
        ("Canal de recepción", data.channel_label),
        ("Ventana de visita", data.visit_window),
    ]
    return (
        [(label, _markup(v)) for label, v in customer if _clean(v)],
        [(label, _markup(v)) for label, v in report if _clean(v)],
    )


def _deadline_lines(data: ReceiptData) -> list[str]:
    lines = []
    # Faults are fixed before the first-answer term runs out: then the fix date alone is the promise.
    if data.response_due is not None and (data.resolution_due is None or data.response_due < data.resolution_due):
        lines.append(f"<b>Primera respuesta a más tardar:</b> {_nowrap(format_deadline(data.response_due))}")
    if data.resolution_due is not None:
        lines.append(f"<b>Solución comprometida:</b> {_nowrap(format_deadline(data.resolution_due))}")
    return lines


def _follow_up_text(data: ReceiptData) -> str:
    o = data.office
    ways = []
    if _clean(o.phones):
        ways.append(f"llame al <b>{_markup(o.phones)}</b>")
    if _clean(o.email):
        ways.append(f"escriba a {_markup(o.email)}")
    text = "Para conocer el avance de su reporte " + (" o ".join(ways) if ways else "acuda a nuestra oficina")
    if _clean(o.hours_text):
        text += f" en nuestro horario de atención ({_markup(o.hours_text)})"
    folio = _markup(data.folio)
    return text + f". Tenga a la mano su folio <b>{folio}</b>: con él localizamos su reporte de inmediato."


def _documents(data: ReceiptData, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    return [Paragraph(_markup(d), st["bullet"], bulletText="•") for d in data.documents if _clean(d)]


def _description(data: ReceiptData, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """One Paragraph per blank-line-separated block, so long text splits cleanly across pages."""
    blocks = [b for b in re.split(r"\n\s*\n", _clean(data.description)) if b.strip()]
    return [Paragraph(_markup(b), st["desc"]) for b in blocks]


def _section(title: str, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """Section heading with a light rule underneath.

    A CondPageBreak (not keepWithNext) keeps the heading off the bottom of a page:
    keepWithNext would push a multi-page description wholesale to the next page.
    """
    t = Table([[Paragraph(title, st["section"])]], colWidths=[width])
    t.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    t.spaceBefore = 8
    t.spaceAfter = 3
    return [CondPageBreak(_SECTION_MIN_SPACE), t]


_KV_STYLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 8),
        ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -2), 0.35, FAINT_RULE),
    ]
)


def _kv_table(rows: Sequence[tuple[str, str]], st: dict[str, ParagraphStyle], width: float) -> Table:
    label_w = 46 * mm
    data = [[Paragraph(label, st["label"]), Paragraph(value, st["value"])] for label, value in rows]
    # splitInRow: a pathological multi-page value (e.g. a pasted essay as address) still flows.
    t = Table(data, colWidths=[label_w, width - label_w], style=_KV_STYLE, splitInRow=1, hAlign="LEFT")
    return t


# --------------------------------------------------------------------------- carta


class _NumberedCanvas(Canvas):
    """Canvas that defers pages so the footer can say "Página N de M" in a single pass."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, object]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self.setFont(register_fonts()[0], 7.5)
            self.setFillColor(MUTED)
            self.drawRightString(
                self._pagesize[0] - _CARTA_MARGIN,
                _CARTA_BOTTOM_MARGIN - 10 * mm,
                f"Página {self._pageNumber} de {total}",
            )
            super().showPage()
        super().save()


def _carta_story(data: ReceiptData, width: float) -> list[Flowable]:
    st = _styles("carta")
    story: list[Flowable] = []

    # Header: logo + office identity.
    office_cell: list[Flowable] = [Paragraph(_markup(data.office.name) or "&nbsp;", st["office"])]
    office_cell += [Paragraph(line, st["office_detail"]) for line in _office_lines(data)]
    logo = _logo(data.office.logo_path, 32 * mm, 20 * mm)
    if logo is not None:
        header = Table([[logo, office_cell]], colWidths=[36 * mm, width - 36 * mm])
    else:
        header = Table([[office_cell]], colWidths=[width])
    header.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LINEBELOW", (0, 0), (-1, -1), 1.4, ACCENT),
            ]
        )
    )
    story += [header, Spacer(1, 10)]

    # Folio box: title, folio, date on the left; QR on the right.
    qr_size = 30 * mm
    left_w = width - qr_size - 2 * 10
    folio_cell: list[Flowable] = [
        Paragraph("Comprobante de reporte", st["title"]),
        Paragraph("Folio", st["folio_label"]),
        _folio_paragraph(data.folio, st, left_w - 24),
        Spacer(1, 4),
        Paragraph(f"<b>Fecha y hora:</b> {format_datetime(data.opened_at)}", st["when"]),
    ]
    qr = _qr_drawing(data, qr_size)
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
    story.append(box)

    customer_rows, report_rows = _field_rows(data)
    if customer_rows:
        story += [*_section("Datos del cliente", st, width), _kv_table(customer_rows, st, width)]
    if report_rows:
        story += [*_section("Datos del reporte", st, width), _kv_table(report_rows, st, width)]
    deadlines = _deadline_lines(data)
    if deadlines:
        story += _section("Plazos comprometidos", st, width)
        story += [Paragraph(line, st["line"]) for line in deadlines]
    documents = _documents(data, st)
    if documents:
        story += [*_section("Documentos que debe presentar", st, width), *documents]
    description = _description(data, st)
    if description:
        story += [*_section("Descripción del reporte", st, width), *description]
    story += [*_section("¿Cómo dar seguimiento?", st, width), Paragraph(_follow_up_text(data), st["body"])]
    if _clean(data.taken_by):
        story += [Spacer(1, 10), Paragraph(f"<b>Atendió:</b> {_markup(data.taken_by)}", st["body"])]
    legal = _markup(data.office.legal_text) or escape(DEFAULT_LEGAL_TEXT)
    # The fine print reads as one block: move it whole rather than split it across pages.
    story += [Spacer(1, 10), KeepTogether([_rule(width, RULE), Spacer(1, 4), Paragraph(legal, st["legal"])])]
    return story


class _Rule(Flowable):
    """A thin horizontal line (cheaper and simpler than HRFlowable for our needs)."""

    def __init__(self, width: float, color: colors.Color, thickness: float = 0.6, dash: bool = False) -> None:
        super().__init__()
        self.width, self.height = width, thickness
        self.color, self.thickness, self.dash = color, thickness, dash

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = min(self.width, availWidth)
        return self.width, self.thickness

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(self.color)
        c.setLineWidth(self.thickness)
        if self.dash:
            c.setDash(2, 2)
        c.line(0, self.thickness / 2, self.width, self.thickness / 2)


def _rule(width: float, color: colors.Color, thickness: float = 0.6, dash: bool = False) -> _Rule:
    return _Rule(width, color, thickness, dash)


def _carta_page_decorator(data: ReceiptData) -> Callable[[Canvas, BaseDocTemplate], None]:
    folio = _clean(data.folio)
    office = _clean(data.office.name)
    regular, bold = register_fonts()

    def decorate(canv: Canvas, doc: BaseDocTemplate) -> None:
        page_w, page_h = doc.pagesize
        canv.saveState()
        if data.demo:
            canv.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.10))
            canv.setFont(bold, 150)
            canv.translate(page_w / 2, page_h / 2)
            canv.rotate(45)
            canv.drawCentredString(0, -50, "DEMO")
            canv.restoreState()
            canv.saveState()
        y = _CARTA_BOTTOM_MARGIN - 10 * mm
        canv.setStrokeColor(FAINT_RULE)
        canv.setLineWidth(0.5)
        canv.line(_CARTA_MARGIN, y + 10, page_w - _CARTA_MARGIN, y + 10)
        canv.setFillColor(MUTED)
        canv.setFont(regular, 7.5)
        left = f"Folio {folio}" + (f" · {office}" if office else "")
        if data.demo:
            left += " · DEMO — sin validez"
        canv.drawString(_CARTA_MARGIN, y, left[:140])
        canv.restoreState()

    return decorate


# --------------------------------------------------------------------------- ticket


def _ticket_story(data: ReceiptData, width: float) -> list[Flowable]:
    st = _styles("ticket")
    story: list[Flowable] = []
    if data.demo:
        banner = Table([[Paragraph("DEMO · SIN VALIDEZ", st["demo"])]], colWidths=[width])
        banner.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), INK)]))
        story += [banner, Spacer(1, 6)]
    logo = _logo(data.office.logo_path, 44 * mm, 18 * mm)
    if logo is not None:
        logo.hAlign = "CENTER"
        story += [logo, Spacer(1, 4)]
    story.append(Paragraph(_markup(data.office.name) or "&nbsp;", st["office"]))
    story += [Paragraph(line, st["office_detail"]) for line in _office_lines(data)]
    story += [Spacer(1, 6), _rule(width, INK, 0.8), Spacer(1, 6)]

    story += [
        Paragraph("Comprobante de reporte", st["title"]),
        Paragraph("Folio", st["folio_label"]),
        _folio_paragraph(data.folio, st, width),
    ]
    qr = _qr_drawing(data, 30 * mm)
    if qr is not None:
        qr.hAlign = "CENTER"
        story += [Spacer(1, 2), qr]
    story += [
        Spacer(1, 2),
        Paragraph(f"<b>Fecha y hora:</b> {format_datetime(data.opened_at)}", st["when"]),
        Spacer(1, 6),
        _rule(width, INK, 0.6, dash=True),
    ]

    def section(title: str) -> Paragraph:
        return Paragraph(title, st["section_t"])

    customer_rows, report_rows = _field_rows(data)
    for title, rows in (("Datos del cliente", customer_rows), ("Datos del reporte", report_rows)):
        if rows:
            story.append(section(title))
            story += [Paragraph(f"<b>{label}:</b> {value}", st["line"]) for label, value in rows]
    deadlines = _deadline_lines(data)
    if deadlines:
        story.append(section("Plazos comprometidos"))
        story += [Paragraph(line, st["line"]) for line in deadlines]
    documents = _documents(data, st)
    if documents:
        story += [section("Documentos que debe presentar"), *documents]
    description = _description(data, st)
    if description:
        story += [section("Descripción del reporte"), *description]
    story += [section("¿Cómo dar seguimiento?"), Paragraph(_follow_up_text(data), st["body"])]
    if _clean(data.taken_by):
        story += [Spacer(1, 6), Paragraph(f"<b>Atendió:</b> {_markup(data.taken_by)}", st["body"])]
    legal = _markup(data.office.legal_text) or escape(DEFAULT_LEGAL_TEXT)
    story += [Spacer(1, 6), _rule(width, INK, 0.6, dash=True), Spacer(1, 4), Paragraph(legal, st["legal"])]
    return story


def _measure(story: Sequence[Flowable], width: float) -> float:
    """Total height of a story laid out in one frame of the given width (upper bound)."""
    total = 0.0
    for f in story:
        _, h = f.wrap(width, 1e7)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


# --------------------------------------------------------------------------- entry point


def render_receipt(data: ReceiptData, out: str | os.PathLike[str] | BinaryIO, fmt: str = "carta") -> None:
    """Write the customer's folio receipt as PDF to a path or binary stream.

    ``fmt`` is ``"carta"`` (letter, multi-page, numbered) or ``"ticket"`` (80 mm roll,
    one page sized to the content so the printer never cuts through the text).
    """
    if fmt not in FORMATS:
        raise ValueError(f"Formato de comprobante desconocido: {fmt!r} (use 'carta' o 'ticket')")
    register_fonts()
    target = os.fspath(out) if isinstance(out, (str, os.PathLike)) else out
    folio = _clean(data.folio)
    meta = {
        "title": f"Folio {folio}",
        "author": _clean(data.office.name),
        "subject": "Comprobante de reporte",
        "creator": "ispdesk",
        "lang": "es-MX",
        "displayDocTitle": 1,
    }
    if fmt == "carta":
        page_w, page_h = letter
        width = page_w - 2 * _CARTA_MARGIN
        frame = Frame(
            _CARTA_MARGIN,
            _CARTA_BOTTOM_MARGIN,
            width,
            page_h - _CARTA_TOP_MARGIN - _CARTA_BOTTOM_MARGIN,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc = BaseDocTemplate(
            target,
            pagesize=letter,
            leftMargin=_CARTA_MARGIN,
            rightMargin=_CARTA_MARGIN,
            topMargin=_CARTA_TOP_MARGIN,
            bottomMargin=_CARTA_BOTTOM_MARGIN,
            **meta,
        )
        doc.addPageTemplates([PageTemplate("carta", [frame], onPage=_carta_page_decorator(data))])
        doc.build(_carta_story(data, width), canvasmaker=_NumberedCanvas)
        return

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
        target,
        pagesize=(TICKET_WIDTH, page_h),
        leftMargin=_TICKET_SIDE_MARGIN,
        rightMargin=_TICKET_SIDE_MARGIN,
        topMargin=_TICKET_TOP_MARGIN,
        bottomMargin=_TICKET_BOTTOM_MARGIN,
        **meta,
    )
    doc.addPageTemplates([PageTemplate("ticket", [frame])])
    doc.build(story)
