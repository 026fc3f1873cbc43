"""Response letter ("Carta de respuesta") sent to the customer once a report is answered.

A formal Mexican business letter on the office's letterhead: place and date, subject with
the folio, addressee with "Presente", a reference to the report, the answer itself, a
short summary (cause, procedencia, action, date) and the signature, with the office's
legal text at the foot of the last page. Page numbers appear only on multi-page letters.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import TopPadder

from ispdesk.core.dto import LetterData
from ispdesk.pdf.common import (
    MUTED,
    RULE,
    Out,
    base_styles,
    build_carta,
    carta_width,
    clean,
    doc_meta,
    footer_text,
    format_long_date,
    format_time,
    glue_numbers,
    heading,
    kv_table,
    make_style,
    markup,
    office_header,
    office_lines,
    present_rows,
    signatures,
    split_blocks,
)

__all__ = ["DEFAULT_LETTER_LEGAL_TEXT", "date_line", "procedencia_text", "render_letter"]

# Printed when the office has no legal text of its own: a reply must tell the customer where to turn next.
DEFAULT_LETTER_LEGAL_TEXT = (
    "Si no está conforme con esta respuesta, puede presentar una queja ante la Procuraduría Federal del "
    "Consumidor (PROFECO): 55 5568 8722 (Ciudad de México y área metropolitana) o 800 468 8722 (resto del país). "
    "Como usuario de servicios de telecomunicaciones, usted cuenta con los derechos establecidos en la Carta de "
    "Derechos Mínimos de los Usuarios de los Servicios de Telecomunicaciones."
)

_SIDE_MARGIN = 22 * mm  # a letter breathes more than a form
_TOP_MARGIN = 12 * mm
_BOTTOM_MARGIN = 16 * mm
_QUOTE_MAX = 220  # characters of the customer's description quoted in the reference paragraph


@cache
def _styles() -> dict[str, ParagraphStyle]:
    st = dict(base_styles("carta"))
    st.update(
        date=make_style("lt_date", 10, 13, alignment=TA_RIGHT),
        subject=make_style("lt_subject", 10, 13, alignment=TA_RIGHT),
        addr=make_style("lt_addr", 10, 13),
        addr_name=make_style("lt_addr_name", 10, 13, bold=True),
        text=make_style("lt_text", 10, 14, alignment=TA_JUSTIFY, spaceAfter=7),
        sig_name=make_style("lt_sig_name", 10, 13, bold=True),
        sig_title=make_style("lt_sig_title", 9, 12, textColor=MUTED),
    )
    return st


# --------------------------------------------------------------------------- text


def date_line(place: str, date: datetime) -> str:
    """Date line of the letter, e.g. "Rioverde, S.L.P., a 27 de noviembre de 2026" (no place: just the date)."""
    place = clean(place).rstrip(",")
    day = format_long_date(date)
    return f"{place}, a {day}" if place else day


def procedencia_text(upheld: bool | None, reason: str = "") -> str:
    """Verdict as printed ("Procedente" / "No procedente" — reason); "" while undecided."""
    if upheld is None:
        return ""
    verdict = "Procedente" if upheld else "No procedente"
    reason = clean(reason)
    return f"{verdict} — {reason}" if reason else verdict


def _lower_first(label: str) -> str:
    """Label in lower case for use inside a sentence ("falla técnica"); acronyms ("ONT dañada") stay."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def _quote(text: str) -> str:
    """The start of the customer's description on one line, cut at a word boundary."""
    flat = re.sub(r"\s+", " ", clean(text))
    if len(flat) <= _QUOTE_MAX:
        return flat.rstrip(" ,.;:")  # the sentence goes on after the closing guillemet
    cut = flat[:_QUOTE_MAX].rsplit(" ", 1)[0] if " " in flat[:_QUOTE_MAX] else flat[:_QUOTE_MAX]
    return cut.rstrip(" ,.;:") + "…"


def _reference(data: LetterData) -> str:
    """Opening sentence naming the report (kind, folio, date received, what the customer said)."""
    kind = clean(data.kind_label)
    what = f"su reporte de {escape(_lower_first(kind))}" if kind else "su reporte"
    when = f"{format_long_date(data.opened_at)} a las {format_time(data.opened_at)}"
    text = f"En atención a {what} con folio <b>{markup(data.folio)}</b>, recibido el {when}"
    quote = _quote(data.description)
    if quote:
        text += f", en el que nos indicó: «{escape(quote)}»"
    return text + ", le informamos lo siguiente:"


def _closing(data: LetterData) -> str:
    o = data.office
    ways = []
    if clean(o.phones):
        ways.append(f"en el teléfono {glue_numbers(markup(o.phones))}")
    if clean(o.email):
        ways.append(f"en el correo {markup(o.email)}")
    where = f" {' o '.join(ways)}" if ways else ""
    return f"Quedamos a sus órdenes para cualquier aclaración{where}, mencionando su folio <b>{markup(data.folio)}</b>."


def _summary_rows(data: LetterData) -> list[tuple[str, str]]:
    resolved = ""
    if data.resolved_at is not None:
        resolved = f"{format_long_date(data.resolved_at)} a las {format_time(data.resolved_at)}"
    return present_rows(
        [
            ("Causa", data.cause),
            ("Procedencia", procedencia_text(data.upheld, data.upheld_reason)),
            ("Acción realizada", data.action_taken),
            ("Fecha de solución", resolved),
        ]
    )


# --------------------------------------------------------------------------- blocks


def _heading_block(data: LetterData, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Date line and subject (right), then the addressee and "Presente" (left)."""
    subject = f"<b>Asunto:</b> Respuesta a su reporte con folio {markup(data.folio)}"
    out: list[Flowable] = [
        Spacer(1, 12),
        Paragraph(escape(date_line(data.place, data.date)), st["date"]),
        Spacer(1, 2),
        Paragraph(subject, st["subject"]),
        Spacer(1, 12),
        Paragraph(markup(data.customer_name) or "Cliente", st["addr_name"]),
    ]
    if clean(data.customer_number):
        out.append(Paragraph(f"Cliente núm. {markup(data.customer_number)}", st["addr"]))
    if clean(data.service_address):
        out.append(Paragraph(markup(data.service_address), st["addr"]))
    out += [Paragraph("<b>Presente</b>", st["addr"]), Spacer(1, 12)]
    return out


def _body(data: LetterData, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = [
        Paragraph("Estimado(a) cliente:", st["text"]),
        Paragraph(_reference(data), st["text"]),
    ]
    return out + [Paragraph(markup(block), st["text"]) for block in split_blocks(data.body)]


def _summary(data: LetterData, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    rows = _summary_rows(data)
    if not rows:
        return []
    return [heading("Resumen de la atención", st, width, space_before=4), kv_table(rows, st, width, label_w=38 * mm)]


def _signature(data: LetterData, st: dict[str, ParagraphStyle], width: float) -> Flowable:
    """Closing, "Atentamente," and the signature line, kept together so the signer is never alone."""
    under: list[Flowable] = []
    if clean(data.signer_name):
        under.append(Paragraph(markup(data.signer_name), st["sig_name"]))
    if clean(data.signer_title):
        under.append(Paragraph(markup(data.signer_title), st["sig_title"]))
    under.append(Paragraph(markup(data.office.legal_name) or markup(data.office.name), st["sig_title"]))
    return KeepTogether(
        [
            Spacer(1, 6),
            Paragraph(_closing(data), st["text"]),
            Paragraph("Atentamente,", st["addr"]),
            signatures([under], width, 75 * mm, room=36),
        ]
    )


def _legal(data: LetterData, st: dict[str, ParagraphStyle], width: float) -> Flowable:
    """Fine print pinned to the foot of the last page, as on printed stationery."""
    legal = glue_numbers(markup(data.office.legal_text) or escape(DEFAULT_LETTER_LEGAL_TEXT))
    box = Table([[Paragraph(legal, st["legal"])]], colWidths=[width], splitInRow=1)
    box.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    box.spaceBefore = 10
    return TopPadder(box)


# --------------------------------------------------------------------------- entry point


def _story(data: LetterData, width: float) -> list[Flowable]:
    st = _styles()
    return [
        office_header(data.office, office_lines(data.office, hours=False), width, st),
        *_heading_block(data, st),
        *_body(data, st),
        *_summary(data, st, width),
        _signature(data, st, width),
        _legal(data, st, width),
    ]


def render_letter(data: LetterData, out: Out) -> None:
    """Write the response letter as PDF (US letter) to a path or binary stream.

    It is the office's formal, signed answer to a report, so it reads as a letter
    (letterhead, date, addressee, body, signature) rather than as a form.
    """
    title = f"Respuesta al folio {clean(data.folio)}"
    meta = doc_meta(title, clean(data.office.name), "Carta de respuesta")
    story = _story(data, carta_width(_SIDE_MARGIN))
    build_carta(
        out,
        story,
        meta,
        footer=footer_text(title, data.office),
        demo=data.demo,
        min_pages=2,
        side_margin=_SIDE_MARGIN,
        top_margin=_TOP_MARGIN,
        bottom_margin=_BOTTOM_MARGIN,
    )
