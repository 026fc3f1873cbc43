"""The privacy notice (aviso de privacidad) printed on the office's letterhead, to hand to customers or post at the
counter. The text is the office's (editable, `services.arco`); a paragraph whose first line is short and ends
without a period prints that line as its heading.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from ispdesk.core.clock import to_local
from ispdesk.pdf.common import (
    ACCENT,
    MUTED,
    Out,
    base_styles,
    build_carta,
    carta_width,
    clean,
    doc_meta,
    footer_text,
    format_long_date,
    glue_numbers,
    make_style,
    markup,
    office_header,
    office_lines,
)

__all__ = ["notice_flowables", "render_privacy_notice"]

_SIDE_MARGIN = 22 * mm


@cache
def _styles() -> dict[str, ParagraphStyle]:
    st = dict(base_styles("carta"))
    st.update(
        n_title=make_style("pn_title", 13, 17, bold=True, textColor=ACCENT, spaceAfter=4),
        n_head=make_style("pn_head", 10, 13, bold=True, textColor=ACCENT, spaceBefore=3, spaceAfter=1.5),
        n_text=make_style("pn_text", 9.2, 12.6, spaceAfter=4.5),  # ragged right: glued phones make rivers
        n_date=make_style("pn_date", 8.5, 11, textColor=MUTED, spaceBefore=6),
    )
    return st


def _is_heading(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= 80 and not line.endswith((".", ",", ";", ":"))


def notice_flowables(text: str) -> list[Flowable]:
    """The notice's paragraphs: headings bold and kept with their text; an all-capitals first block is the title."""
    st = _styles()
    out: list[Flowable] = []
    blocks = [b.strip() for b in clean(text).split("\n\n") if b.strip()]
    for i, block in enumerate(blocks):
        head, _, rest = block.partition("\n")
        if i == 0 and not rest and head.isupper():
            out.append(Paragraph(markup(head), st["n_title"]))
        elif rest and _is_heading(head):
            out.append(KeepTogether([Paragraph(markup(head), st["n_head"]),
                                     Paragraph(glue_numbers(markup(rest)), st["n_text"])]))
        else:
            out.append(Paragraph(glue_numbers(markup(block)), st["n_text"]))
    return out


def render_privacy_notice(data: object, out: Out) -> None:
    """Write the notice (`services.arco.PrivacyNoticeData`) as PDF (US letter) to a path or binary stream."""
    st = _styles()
    office = data.office  # type: ignore[attr-defined]
    width = carta_width(_SIDE_MARGIN)
    story: list[Flowable] = [office_header(office, office_lines(office, hours=False), width, st), Spacer(1, 12),
                             *notice_flowables(data.text)]  # type: ignore[attr-defined]
    updated = to_local(data.updated_at, data.tz) if data.updated_at else None  # type: ignore[attr-defined]
    if updated is not None:
        story.append(Paragraph(f"Última actualización: {format_long_date(updated)}.", st["n_date"]))
    title = "Aviso de privacidad"
    build_carta(out, story, doc_meta(title, clean(office.name), title), footer=footer_text(title, office),
                demo=data.demo, side_margin=_SIDE_MARGIN)  # type: ignore[attr-defined]
