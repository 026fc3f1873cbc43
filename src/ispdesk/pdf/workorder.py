"""Work order ("Orden de trabajo") a technician prints and carries to the customer's home.

US letter, one page for typical content: who and where (with a QR to the map), what the
customer reported, what happened so far, a checklist, and room to write and sign on
site. Long user text flows onto further pages without losing words, like the receipt.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ispdesk.core.dto import WorkOrderData
from ispdesk.pdf.common import (
    ACCENT,
    BOX_BG,
    FAINT_RULE,
    INK,
    MUTED,
    NO_PADDING,
    RULE,
    WARN_BAR,
    WARN_BG,
    Out,
    base_styles,
    build_carta,
    carta_width,
    clean,
    doc_meta,
    fit_paragraph,
    footer_text,
    format_datetime,
    format_day,
    format_deadline,
    format_time,
    heading,
    kv_table,
    make_style,
    markup,
    nowrap,
    office_header,
    paragraphs,
    present_rows,
    qr_drawing,
    section,
    signatures,
    valid_coordinates,
)
from ispdesk.pdf.fonts import register_fonts

__all__ = ["DEFAULT_CHECKLIST", "render_workorder"]

DEFAULT_CHECKLIST = (
    "Revisar alimentación eléctrica y PoE",
    "Verificar alineación y señal de la antena (dBm)",
    "Revisar cableado y conectores",
    "Reiniciar/verificar router",
    "Prueba de velocidad con el cliente",
    "Explicar al cliente la causa y la solución",
)

_SIDE_MARGIN = 15 * mm  # a form: a little more room than the receipt, still clear of printer limits
_TOP_MARGIN = 12 * mm
_BOTTOM_MARGIN = 16 * mm
_QR_SIZE = 30 * mm
_QR_COL = _QR_SIZE + 8 * mm
_LABEL_W = 40 * mm
_SIDE_BY_SIDE_MAX = 60 * mm  # taller customer blocks go full width (nested tables cannot split safely)
_CHECKLIST_BESIDE_MAX = 55 * mm  # about ten short items; longer lists get their own section
_WRITING_LINES = 5
_WRITING_GAP = 19  # points between ruled lines: room for handwriting
_MUTED_HEX = "#" + MUTED.hexval()[2:]

# What the customer's signature means, so nobody reads it as giving up a complaint.
_CONFORMITY_NOTE = (
    "La firma del cliente confirma que se realizó la visita y que se le explicó el resultado; "
    "no implica renuncia a presentar aclaraciones o quejas."
)


@cache
def _styles() -> dict[str, ParagraphStyle]:
    """The shared styles, body text half a point denser (a form should fit on one sheet), plus our own."""
    st = dict(base_styles("carta"))
    st.update(
        label=make_style("wo_label", 8, 11, textColor=MUTED),
        value=make_style("wo_value", 9, 11.5),
        body=make_style("wo_body", 9, 12),
        desc=make_style("wo_desc", 9, 12, spaceAfter=3),
        doc_title=make_style("wo_title", 12, 15, bold=True, alignment=TA_RIGHT, textColor=ACCENT),
        folio_r=make_style("wo_folio", 24, 28, bold=True, alignment=TA_RIGHT),
        meta_r=make_style("wo_meta", 8.5, 11, alignment=TA_RIGHT, textColor=MUTED),
        deadline=make_style("wo_deadline", 9.5, 12.5, bold=True, textColor=ACCENT),
        th=make_style("wo_th", 7.5, 10, bold=True, textColor=MUTED),
        td=make_style("wo_td", 8.5, 10.5),
        check=make_style("wo_check", 9, 11.5),
        caption=make_style("wo_caption", 7.5, 9.5, alignment=TA_CENTER, textColor=MUTED),
        sign=make_style("wo_sign", 8.5, 11, alignment=TA_CENTER),
        sign_name=make_style("wo_sign_name", 8, 10, alignment=TA_CENTER, textColor=MUTED),
        fill=make_style("wo_fill", 9, 11, bold=True),
    )
    return st


# --------------------------------------------------------------------------- text


def _visit_text(start: datetime | None, end: datetime | None) -> str:
    """Visit as "jueves 26/11/2026, 10:00–12:00" (both ends in full across days); "" if unscheduled."""
    if start is None:
        return ""
    if end is None:
        return nowrap(format_deadline(start))
    if end.date() == start.date():
        return f"{nowrap(format_day(start))}, {format_time(start)}–{format_time(end)}"
    return f"{nowrap(format_deadline(start))} – {nowrap(format_deadline(end))}"


def _coordinates(data: WorkOrderData) -> str:
    """Coordinates as "lat, lon" with six decimals (~10 cm, plenty to find a house); "" if unknown."""
    if not valid_coordinates(data.latitude, data.longitude):
        return ""
    return f"{float(data.latitude):.6f}, {float(data.longitude):.6f}"  # type: ignore[arg-type]


def _map_payload(data: WorkOrderData) -> str:
    """The map link for the QR; built from the coordinates if the caller left it empty."""
    query = _coordinates(data).replace(" ", "")
    return clean(data.map_url) or f"https://www.google.com/maps/search/?api=1&query={query}"


def _zone_tower(data: WorkOrderData) -> str:
    return " / ".join(v for v in (clean(data.zone), clean(data.tower)) if v)


# --------------------------------------------------------------------------- blocks


def _section(title: str, st: dict[str, ParagraphStyle], width: float, min_space: float = 22 * mm) -> list[Flowable]:
    """The shared section heading, a little tighter: the order should fit on one page."""
    return section(title, st, width, min_space=min_space, space_before=5)


def _kv(rows: list[tuple[str, str]], st: dict[str, ParagraphStyle], width: float) -> Table:
    return kv_table(rows, st, width, label_w=_LABEL_W, padding=1.8)


def _header(data: WorkOrderData, st: dict[str, ParagraphStyle], width: float) -> Table:
    """Office identity on the left; "Orden de trabajo" and the folio, large, on the right."""
    aside_w = 72 * mm
    aside: list[Flowable] = [
        Paragraph("Orden de trabajo", st["doc_title"]),
        fit_paragraph(data.folio, st["folio_r"], aside_w),
        Paragraph(f"Abierta el {format_datetime(data.opened_at)}", st["meta_r"]),
    ]
    o = data.office
    lines = [f"Tel. {markup(o.phones)}"] if clean(o.phones) else []
    return office_header(o, lines, width, st, aside=aside, aside_width=aside_w)


def _band_cell(label: str, value: str, st: dict[str, ParagraphStyle]) -> Paragraph:
    """Band entry written "Label: value", the label muted and the value bold."""
    return Paragraph(f'<font color="{_MUTED_HEX}">{label}:</font> <b>{value}</b>', st["body"])


def _band_row(cells: list[Flowable], shares: list[float], width: float) -> Table:
    style = [*NO_PADDING, ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    return Table([cells], colWidths=[width * share for share in shares], style=style)


def _shares(left: str, right: str, style: ParagraphStyle) -> list[float]:
    """Split a band row by the texts' natural widths, so a visit over two days stays on one line."""
    bold = register_fonts()[1]
    w1, w2 = (stringWidth(t, bold, style.fontSize) for t in (left, right))
    share = min(0.68, max(0.4, w1 / (w1 + w2)))
    return [share, 1 - share]


def _band_rows(data: WorkOrderData, st: dict[str, ParagraphStyle], inner: float) -> list[Flowable]:
    """Kind, priority and status; visit and technician; the promised fix date when there is one."""
    visit = _visit_text(data.visit_start, data.visit_end) or "Sin programar"
    technician = markup(data.technician) or "Sin asignar"
    first = [
        _band_cell("Tipo", markup(data.kind_label) or "—", st),
        _band_cell("Prioridad", markup(data.priority_label) or "—", st),
        _band_cell("Estado", markup(data.status_label) or "—", st),
    ]
    second = [_band_cell("Visita", visit, st), _band_cell("Técnico", technician, st)]
    rows: list[Flowable] = [
        _band_row(first, [0.38, 0.24, 0.38], inner),
        _band_row(second, _shares(f"Visita: {visit}", f"Técnico: {technician}", st["body"]), inner),
    ]
    if data.resolution_due is not None:
        line = f"Compromiso de solución: {nowrap(format_deadline(data.resolution_due))}"
        rows.append(Paragraph(line, st["deadline"]))
    return rows


def _summary(data: WorkOrderData, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """Tinted band with the order's facts; a linked outage, if any, highlighted at its foot."""
    rows = _band_rows(data, st, width - 2 * 8)
    style = [
        ("BACKGROUND", (0, 0), (-1, -1), BOX_BG),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, 0), 6),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ]
    if clean(data.incident):
        # A linked outage is the first thing to know: the fault may be at the tower, not the house.
        rows.append(Paragraph(f"<b>Falla masiva vinculada:</b> {markup(data.incident)}", st["body"]))
        style += [
            ("BACKGROUND", (0, -1), (-1, -1), WARN_BG),
            ("LINEBEFORE", (0, -1), (0, -1), 3, WARN_BAR),
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, RULE),
            ("TOPPADDING", (0, -1), (-1, -1), 5),
            ("BOTTOMPADDING", (0, -2), (-1, -2), 5),
        ]
    return [Spacer(1, 8), Table([[r] for r in rows], colWidths=[width], style=style)]


def _customer_rows(data: WorkOrderData, with_coordinates: bool) -> list[tuple[str, str]]:
    phones = " · ".join(nowrap(clean(p)) for p in data.phones if clean(p))
    return present_rows(
        [
            ("Número de cliente", data.customer_number),
            ("Nombre", data.customer_name),
            ("Teléfonos", phones),
            ("Domicilio del servicio", data.service_address),
            ("Referencias", data.references),
            ("Zona / torre", _zone_tower(data)),
            ("Plan", data.plan),
            ("Coordenadas", _coordinates(data) if with_coordinates else ""),
        ]
    )


def _map_qr(data: WorkOrderData, st: dict[str, ParagraphStyle]) -> list[Flowable] | None:
    """QR to the map with the coordinates and how to use it, only when coordinates are known."""
    coordinates = _coordinates(data)
    if not coordinates:
        return None
    qr = qr_drawing([_map_payload(data)], _QR_SIZE)
    if qr is None:
        return None
    qr.hAlign = "CENTER"
    caption = f"{coordinates}<br/>Escanee para abrir el mapa"
    return [qr, Spacer(1, 1), Paragraph(caption, st["caption"])]


def _customer(data: WorkOrderData, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """Customer data with the map QR beside it, or below it when the data is too tall to sit beside."""
    qr = _map_qr(data, st)
    rows = _customer_rows(data, with_coordinates=qr is None)
    head = _section("Cliente", st, width)
    if qr is None:
        return [*head, _kv(rows, st, width)]
    narrow = _kv(rows, st, width - _QR_COL)
    _, height = narrow.wrap(width - _QR_COL, 1e7)
    if height > _SIDE_BY_SIDE_MAX:
        return [*head, _kv(rows, st, width), Spacer(1, 6), KeepTogether(qr)]
    pair = Table(
        [[narrow, qr]], colWidths=[width - _QR_COL, _QR_COL], style=[*NO_PADDING, ("VALIGN", (0, 0), (-1, -1), "TOP")]
    )
    return [*head, pair]


def _report(data: WorkOrderData, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """What the customer told us: the description, then where, how to reach them and when."""
    rows = present_rows(
        [
            ("Ubicación de la falla", data.location),
            ("Teléfono de contacto", data.contact_phone),
            ("Horario preferido", data.visit_window),
        ]
    )
    description = paragraphs(data.description, st["desc"])
    if not (rows or description):
        return []
    out = [*_section("Reporte del cliente", st, width), *description]
    if rows:
        out.append(_kv(rows, st, width))
    return out


def _history(data: WorkOrderData, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """Date, who, what; in the order given (oldest first, newest last)."""
    lines = [h for h in data.history if clean(h.what) or clean(h.who)]
    if not lines:
        return []
    head = [Paragraph(t, st["th"]) for t in ("FECHA", "QUIÉN", "QUÉ")]
    body = [
        [
            Paragraph(nowrap(format_datetime(h.at)), st["td"]),
            Paragraph(markup(h.who), st["td"]),
            Paragraph(markup(h.what), st["td"]),
        ]
        for h in lines
    ]
    date_w, who_w = 30 * mm, 42 * mm
    table = Table([head, *body], colWidths=[date_w, who_w, width - date_w - who_w], repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, 1), (-1, -2), 0.35, FAINT_RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return [*_section("Historial", st, width), table]


class _CheckBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = 9) -> None:
        super().__init__()
        self.width = self.height = size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)


def _checklist_items(data: WorkOrderData) -> list[str]:
    return [clean(i) for i in data.checklist if clean(i)] or list(DEFAULT_CHECKLIST)


def _checklist(items: list[str], st: dict[str, ParagraphStyle], width: float, columns: int) -> Table:
    """Items left to right, row by row (the order survives a page break), each with a box to tick."""
    box_w = 14
    rows = []
    for start in range(0, len(items), columns):
        row: list[object] = []
        for item in items[start : start + columns]:
            row += [_CheckBox(), Paragraph(markup(item), st["check"])]
        rows.append(row + ["", ""] * (columns - len(row) // 2))
    style = [
        *NO_PADDING,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    cols = [box_w, width / columns - box_w] * columns
    return Table(rows, colWidths=cols, style=style, splitInRow=1, hAlign="LEFT")


class _WritingLines(Flowable):
    """Ruled lines to write on by hand; the first one sits a full line below the top."""

    def __init__(self, width: float, count: int, gap: float) -> None:
        super().__init__()
        self.width, self.count, self.gap = width, count, gap
        self.height = count * gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = min(self.width, availWidth)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        for i in range(self.count):
            c.line(0, i * self.gap + 0.3, self.width, i * self.gap + 0.3)


def _hand_fields(st: dict[str, ParagraphStyle], width: float) -> Table:
    """Arrival, departure and replaced equipment: each label followed by a line to write on."""
    fill = st["fill"]
    labels = ("Hora de llegada:", "Hora de salida:", "Equipo reemplazado:")
    label_w = [stringWidth(t, fill.fontName, fill.fontSize) + 6 for t in labels]
    time_w = 20 * mm
    gap = 5 * mm
    equipment_w = width - sum(label_w) - 2 * (time_w + gap)
    row = [Paragraph(labels[0], fill), "", "", Paragraph(labels[1], fill), "", "", Paragraph(labels[2], fill), ""]
    cols = [label_w[0], time_w, gap, label_w[1], time_w, gap, label_w[2], equipment_w]
    style = [*NO_PADDING, ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    style += [("LINEBELOW", (i, 0), (i, 0), 0.6, INK) for i in (1, 4, 7)]
    return Table([row], colWidths=cols, rowHeights=[22], style=style, hAlign="LEFT")


def _checks_and_notes(data: WorkOrderData, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """Checklist beside the technician's ruled lines; stacked when the checklist is long.

    Side by side saves a third of a page, but a table row cannot split across pages
    safely, so a long custom checklist gets its own splittable full-width section.
    """
    items = _checklist_items(data)
    gap = 8 * mm
    left_w = width * 0.55
    right_w = width - left_w - gap
    checks = _checklist(items, st, left_w, columns=1)
    _, checks_h = checks.wrap(left_w, 1e7)
    if checks_h > _CHECKLIST_BESIDE_MAX:
        stacked = [*_section("Lista de verificación", st, width), _checklist(items, st, width, columns=2)]
        notes = [
            heading("Observaciones del técnico", st, width, space_before=6),
            _WritingLines(width, _WRITING_LINES, _WRITING_GAP),
        ]
        return [*stacked, KeepTogether([*notes, *_signing(data, st, width)])]
    lines = max(_WRITING_LINES, int(checks_h // _WRITING_GAP))
    left = [heading("Lista de verificación", st, left_w, space_before=0), checks]
    right = [
        heading("Observaciones del técnico", st, right_w, space_before=0),
        _WritingLines(right_w, lines, _WRITING_GAP),
    ]
    pair = Table([[left, "", right]], colWidths=[left_w, gap, right_w])
    pair.setStyle(TableStyle([*NO_PADDING, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    pair.spaceBefore = 6
    return [KeepTogether([pair, *_signing(data, st, width)])]


def _signing(data: WorkOrderData, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """Hand-filled times and equipment, both signatures and what the customer's signature means."""
    tech = [Paragraph("Firma del técnico", st["sign"])]
    if clean(data.technician):
        tech.append(Paragraph(markup(data.technician), st["sign_name"]))
    customer = [Paragraph("Firma del cliente (conformidad)", st["sign"])]
    return [
        Spacer(1, 8),
        _hand_fields(st, width),
        Spacer(1, 2),
        signatures([tech, customer], width, 75 * mm, room=32),
        Spacer(1, 6),
        Paragraph(_CONFORMITY_NOTE, st["legal"]),
    ]


# --------------------------------------------------------------------------- entry point


def _story(data: WorkOrderData, width: float) -> list[Flowable]:
    st = _styles()
    return [
        _header(data, st, width),
        *_summary(data, st, width),
        *_customer(data, st, width),
        *_report(data, st, width),
        *_history(data, st, width),
        *_checks_and_notes(data, st, width),
    ]


def render_workorder(data: WorkOrderData, out: Out) -> None:
    """Write the work order as PDF (US letter) to a path or binary stream.

    The technician prints it before leaving: everything needed to find the house and
    the fault, then blanks for times, equipment, notes and both signatures.
    """
    title = f"Orden de trabajo {clean(data.folio)}"
    meta = doc_meta(title, clean(data.office.name), "Orden de trabajo")
    footer = footer_text(title, data.office)
    story = _story(data, carta_width(_SIDE_MARGIN))
    build_carta(
        out,
        story,
        meta,
        footer=footer,
        demo=data.demo,
        side_margin=_SIDE_MARGIN,
        top_margin=_TOP_MARGIN,
        bottom_margin=_BOTTOM_MARGIN,
    )
