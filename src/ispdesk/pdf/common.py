"""Look and building blocks shared by every ispdesk PDF (receipt, work order, letter).

One place for the palette, the paragraph styles, escaping of user text, the office
header, the QR widget, section headings, label/value tables, the DEMO mark and the
numbered-page footer, so the documents a customer receives look like one family.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import cache, partial
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
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from ispdesk.core.dto import OfficeInfo
from ispdesk.pdf.fonts import register_fonts

Out = str | os.PathLike[str] | BinaryIO  # where a renderer writes: a path or a binary stream

CARTA_MARGIN = 18 * mm
CARTA_TOP_MARGIN = 15 * mm
CARTA_BOTTOM_MARGIN = 19 * mm  # leaves room for the page footer
_FOOTER_Y = CARTA_BOTTOM_MARGIN - 10 * mm  # baseline of the footer text
SECTION_MIN_SPACE = 26 * mm  # heading plus a few lines, else start the section on a new page

ACCENT = colors.HexColor("#1F4E79")
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5B6470")
RULE = colors.HexColor("#C9D1DB")
FAINT_RULE = colors.HexColor("#E3E8EE")
BOX_BG = colors.HexColor("#F1F5F9")
WARN_BG = colors.HexColor("#FDF3E1")  # notices the reader must not miss (a linked outage)
WARN_BAR = colors.HexColor("#C77700")

_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_MONTHS = (
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
)

# C0 control characters other than tab/newline/CR: invisible, and some upset the PDF text layer.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# --------------------------------------------------------------------------- text helpers


def clean(text: object) -> str:
    """Normalise a user field to plain text (None → "", CRLF → LF, no control chars)."""
    if text is None:
        return ""
    s = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL_CHARS.sub("", s).strip()


def markup(text: object) -> str:
    """Escape user text for Paragraph markup, keeping its line breaks."""
    return escape(clean(text)).replace("\n", "<br/>")


def nowrap(text: str) -> str:
    """Glue words with no-break spaces so a short value (a date) never splits across lines."""
    return text.replace(" ", "\xa0")


def glue_numbers(text: str) -> str:
    """Join digit groups split by single spaces ("55 5568 8722", "(487) 872") so phones never break."""
    return re.sub(r"(?<=[\d)]) (?=[\d(])", "\xa0", text)


def format_date(dt: datetime) -> str:
    """dd/mm/aaaa, independent of the process locale."""
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year:04d}"


def format_time(dt: datetime) -> str:
    """HH:MM on the 24-hour clock, as offices in Mexico write times on forms."""
    return f"{dt.hour:02d}:{dt.minute:02d}"


def format_datetime(dt: datetime) -> str:
    """dd/mm/aaaa HH:MM (24 h), independent of the process locale."""
    return f"{format_date(dt)} {format_time(dt)}"


def format_day(dt: datetime) -> str:
    """Weekday plus date, e.g. "viernes 27/11/2026": people plan by weekday."""
    return f"{_WEEKDAYS[dt.weekday()]} {format_date(dt)}"


def format_deadline(dt: datetime) -> str:
    """Weekday, date and time, e.g. "viernes 27/11/2026 14:00"."""
    return f"{format_day(dt)} {format_time(dt)}"


def format_long_date(dt: datetime) -> str:
    """Date as a formal letter writes it ("27 de noviembre de 2026"), without relying on locales."""
    return f"{dt.day} de {_MONTHS[dt.month - 1]} de {dt.year}"


def split_blocks(text: object) -> list[str]:
    """User text cut at blank lines: one Paragraph per block splits cleanly across pages."""
    return [b for b in re.split(r"\n\s*\n", clean(text)) if b.strip()]


def paragraphs(text: object, style: ParagraphStyle) -> list[Flowable]:
    """User text as escaped Paragraphs, one per blank-line-separated block."""
    return [Paragraph(markup(b), style) for b in split_blocks(text)]


# --------------------------------------------------------------------------- styles


def _style(name: str, size: float, leading: float, k: float, regular: str, **kw: object) -> ParagraphStyle:
    kw.setdefault("fontName", regular)
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, fontSize=size * k, leading=leading * k, bulletFontName=regular, **kw)


@cache
def base_styles(fmt: str = "carta") -> dict[str, ParagraphStyle]:
    """Paragraph styles per format, built once per process (fonts registered first).

    Documents that need more styles add theirs (``make_style``) to a copy of this dict,
    so sizes and colours of the shared ones stay identical across documents.
    """
    regular, bold = register_fonts()
    ticket = fmt == "ticket"
    k = 0.85 if ticket else 1.0  # 72 mm of roll: smaller type keeps lines from wrapping constantly
    # Thermal printers are monochrome: colour and light grey come out dithered or faint.
    accent = INK if ticket else ACCENT
    muted = colors.HexColor("#333333") if ticket else MUTED
    style = partial(_style, k=k, regular=regular)

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


def make_style(name: str, size: float, leading: float, *, bold: bool = False, **kw: object) -> ParagraphStyle:
    """A carta ParagraphStyle in the shared font and ink, for styles only one document needs."""
    regular, bold_font = register_fonts()
    if bold:
        kw["fontName"] = bold_font
    return _style(name, size, leading, 1.0, regular, **kw)


# --------------------------------------------------------------------------- building blocks


class QrWidget(QrCodeWidget):
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


def qr_drawing(payloads: Iterable[object], size: float) -> Drawing | None:
    """QR of the first non-empty payload that fits in a QR code, else None."""
    for raw in payloads:
        payload = clean(raw)
        if not payload:
            continue
        try:
            widget = QrWidget(payload, size)
        except Exception:  # "code length overflow" for payloads beyond QR capacity
            continue
        drawing = Drawing(size, size)
        drawing.add(widget)
        return drawing
    return None


def logo(path: str | None, max_w: float, max_h: float) -> Image | None:
    """The office logo scaled to fit, or None if absent/unreadable (never fail a document)."""
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


def fit_paragraph(text: str, style: ParagraphStyle, width: float, min_size: float = 12.0) -> Paragraph:
    """One-line text (a folio) as large as the style says, shrunk only if it would not fit."""
    text = clean(text) or "—"
    natural = stringWidth(text, style.fontName, style.fontSize)
    if natural > width * 0.98:
        size = max(min_size, style.fontSize * width * 0.98 / natural)
        style = ParagraphStyle(f"{style.name}_fit", parent=style, fontSize=size, leading=size * 1.2)
    return Paragraph(markup(text), style)


def office_contact(o: OfficeInfo) -> str:
    """Phones, email and web on one line as markup ("" when the office gave none of them)."""
    phones = f"Tel. {markup(o.phones)}" if clean(o.phones) else ""
    return " · ".join(s for s in (phones, markup(o.email), markup(o.web)) if s)


def office_lines(o: OfficeInfo, hours: bool = True) -> list[str]:
    """Legal name, address, contact (and hours) of the office as markup lines, empty ones dropped."""
    lines = [markup(o.legal_name), markup(o.address), office_contact(o)]
    if hours and clean(o.hours_text):
        lines.append(f"Horario: {markup(o.hours_text)}")
    return [line for line in lines if line]


# Layout tables (a row of blocks side by side) must not indent their content.
NO_PADDING = (
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
)

_HEADER_STYLE = [
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ("LINEBELOW", (0, 0), (-1, -1), 1.4, ACCENT),
]


def office_header(
    office: OfficeInfo,
    lines: Sequence[str],
    width: float,
    st: dict[str, ParagraphStyle],
    aside: Flowable | list[Flowable] | None = None,
    aside_width: float = 0,
) -> Table:
    """Logo + office name and detail lines, an optional block on the right, accent rule below."""
    cell: list[Flowable] = [Paragraph(markup(office.name) or "&nbsp;", st["office"])]
    cell += [Paragraph(line, st["office_detail"]) for line in lines]
    row: list[object] = [cell]
    cols = [width - aside_width if aside is not None else width]
    img = logo(office.logo_path, 32 * mm, 20 * mm)
    if img is not None:
        row.insert(0, img)
        cols = [36 * mm, cols[0] - 36 * mm]
    if aside is not None:
        row.append(aside)
        cols.append(aside_width)
    return Table([row], colWidths=cols, style=TableStyle(_HEADER_STYLE))


def heading(title: str, st: dict[str, ParagraphStyle], width: float, space_before: float = 8) -> Table:
    """Section title with a light rule underneath (no page-break logic: usable inside a cell)."""
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
    t.spaceBefore = space_before
    t.spaceAfter = 3
    return t


def section(
    title: str,
    st: dict[str, ParagraphStyle],
    width: float,
    min_space: float = SECTION_MIN_SPACE,
    space_before: float = 8,
) -> list[Flowable]:
    """Section heading that never sits alone at the bottom of a page.

    A CondPageBreak (not keepWithNext) keeps the heading off the bottom of a page:
    keepWithNext would push a multi-page description wholesale to the next page.
    """
    return [CondPageBreak(min_space), heading(title, st, width, space_before)]


@cache
def _kv_style(padding: float) -> TableStyle:
    """Label/value table style; cached because every document builds several such tables."""
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 8),
            ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ("LINEBELOW", (0, 0), (-1, -2), 0.35, FAINT_RULE),
        ]
    )


def kv_table(
    rows: Sequence[tuple[str, str]],
    st: dict[str, ParagraphStyle],
    width: float,
    label_w: float = 46 * mm,
    padding: float = 2.5,
) -> Table:
    """Label/value rows (values already markup); a value taller than a page still flows."""
    data = [[Paragraph(label, st["label"]), Paragraph(value, st["value"])] for label, value in rows]
    # splitInRow: a pathological multi-page value (e.g. a pasted essay as address) still flows.
    return Table(data, colWidths=[label_w, width - label_w], style=_kv_style(padding), splitInRow=1, hAlign="LEFT")


def present_rows(rows: Iterable[tuple[str, object]]) -> list[tuple[str, str]]:
    """(label, user value) pairs → (label, markup), dropping empty values so no bare labels print."""
    return [(label, markup(value)) for label, value in rows if clean(value)]


class Rule(Flowable):
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


def signatures(cells: Sequence[Sequence[Flowable]], width: float, line_w: float, room: float = 34) -> Table:
    """Signature lines side by side, ``room`` points of blank above each, captions below.

    Each entry of ``cells`` is what goes under one line (caption, printed name…); the
    columns are spread over ``width`` with the lines ``line_w`` long.
    """
    n = len(cells)
    gap = (width - n * line_w) / max(n - 1, 1) if n > 1 else width - line_w
    cols: list[float] = []
    row_blank: list[object] = []
    row_text: list[object] = []
    for i, cell in enumerate(cells):
        if i:
            cols.append(gap)
            row_blank.append("")
            row_text.append("")
        cols.append(line_w)
        row_blank.append("")
        row_text.append(list(cell))
    if n == 1:
        cols.append(gap)
        row_blank.append("")
        row_text.append("")
    style = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 3),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    style += [("LINEBELOW", (2 * i, 0), (2 * i, 0), 0.8, INK) for i in range(n)]
    return Table([row_blank, row_text], colWidths=cols, rowHeights=[room, None], style=style, hAlign="LEFT")


def valid_coordinates(lat: float | None, lon: float | None) -> bool:
    """True for a real point on Earth: a QR to (nan, 500) would send the technician nowhere."""
    if lat is None or lon is None:
        return False
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        return False
    return math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180


# --------------------------------------------------------------------------- pages


class NumberedCanvas(Canvas):
    """Canvas that defers pages so the footer can say "Página N de M" in a single pass.

    ``footer`` is printed bottom left, ``demo`` adds "DEMO — sin validez" to it, and the
    whole footer (page numbers included) appears only when the document has at least
    ``min_pages`` pages: a one-page letter looks cleaner without "Página 1 de 1".
    """

    def __init__(
        self,
        *args: object,
        footer: str = "",
        demo: bool = False,
        min_pages: int = 1,
        side_margin: float = CARTA_MARGIN,
        **kwargs: object,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, object]] = []
        self._footer, self._demo, self._min_pages = footer, demo, min_pages
        self._side_margin = side_margin

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        numbered = total >= self._min_pages
        left = self._footer if numbered else ""
        if self._demo:
            left += " · DEMO — sin validez" if left else "DEMO — sin validez"
        if not (left or numbered):
            return
        x0, x1 = self._side_margin, self._pagesize[0] - self._side_margin
        y = _FOOTER_Y
        self.saveState()
        self.setStrokeColor(FAINT_RULE)
        self.setLineWidth(0.5)
        self.line(x0, y + 10, x1, y + 10)
        self.setFont(register_fonts()[0], 7.5)
        self.setFillColor(MUTED)
        self.drawString(x0, y, left[:140])
        if numbered:
            self.drawRightString(x1, y, f"Página {self._pageNumber} de {total}")
        self.restoreState()


def demo_watermark(canv: Canvas, doc: BaseDocTemplate) -> None:
    """Large faint diagonal "DEMO" behind the content of every page of a demo office."""
    page_w, page_h = doc.pagesize
    canv.saveState()
    canv.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.10))
    canv.setFont(register_fonts()[1], 150)
    canv.translate(page_w / 2, page_h / 2)
    canv.rotate(45)
    canv.drawCentredString(0, -50, "DEMO")
    canv.restoreState()


def doc_meta(title: str, author: str, subject: str) -> dict[str, object]:
    """PDF metadata: viewers show the title in the window bar, screen readers read Spanish."""
    return {
        "title": title,
        "author": author,
        "subject": subject,
        "creator": "ispdesk",
        "lang": "es-MX",
        "displayDocTitle": 1,
    }


def footer_text(what: str, office: OfficeInfo) -> str:
    """Bottom-left footer, e.g. "Folio RV26-00042-7 · Red Valle Internet": each page names its document."""
    name = clean(office.name)
    return f"{what} · {name}" if name else what


def target(out: Out) -> str | BinaryIO:
    """ReportLab wants a str path or a binary stream; accept PathLike too."""
    return os.fspath(out) if isinstance(out, (str, os.PathLike)) else out


def build_carta(
    out: Out,
    story: list[Flowable],
    meta: dict[str, object],
    *,
    footer: str = "",
    demo: bool = False,
    min_pages: int = 1,
    side_margin: float = CARTA_MARGIN,
    top_margin: float = CARTA_TOP_MARGIN,
    bottom_margin: float = CARTA_BOTTOM_MARGIN,
) -> None:
    """Lay the story out on US letter pages with the shared footer and DEMO mark.

    The footer stays at a fixed height, so ``bottom_margin`` can shrink to about 16 mm.
    """
    page_w, page_h = letter
    width = page_w - 2 * side_margin
    frame = Frame(
        side_margin,
        bottom_margin,
        width,
        page_h - top_margin - bottom_margin,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc = BaseDocTemplate(
        target(out),
        pagesize=letter,
        leftMargin=side_margin,
        rightMargin=side_margin,
        topMargin=top_margin,
        bottomMargin=bottom_margin,
        **meta,
    )
    doc.addPageTemplates([PageTemplate("carta", [frame], onPage=demo_watermark if demo else _no_decoration)])
    canvasmaker = partial(NumberedCanvas, footer=footer, demo=demo, min_pages=min_pages, side_margin=side_margin)
    doc.build(story, canvasmaker=canvasmaker)


def _no_decoration(canv: Canvas, doc: BaseDocTemplate) -> None:
    """PageTemplate's default onPage, named for readability."""


def carta_width(side_margin: float = CARTA_MARGIN) -> float:
    """Frame width on US letter with the given side margins."""
    return letter[0] - 2 * side_margin
