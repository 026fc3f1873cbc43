"""«Sus datos personales»: the copy of everything the office holds on a person (LFPDPPP right of access), on the
office's letterhead: their data, the corrections made to it, each report with its timeline, visits, resolutions,
notices, waits and attachments (listed by name and size), the outages of their zone, what was done with their data,
and the privacy notice in force. Meant to be handed over, so it reads as a document, not a database dump.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from ispdesk.core.clock import to_local
from ispdesk.core.phones import format_phone
from ispdesk.core.queries.personal_data import PersonalData, ReportData, customer_rows
from ispdesk.core.vocab import CUSTOMER_STATUS_LABELS
from ispdesk.pdf.common import (
    ACCENT,
    BOX_BG,
    FAINT_RULE,
    MUTED,
    RULE,
    Out,
    Rule,
    base_styles,
    build_carta,
    carta_width,
    clean,
    doc_meta,
    footer_text,
    format_datetime,
    format_long_date,
    kv_table,
    make_style,
    markup,
    office_header,
    office_lines,
    present_rows,
    section,
)
from ispdesk.pdf.privacy_notice import notice_flowables

__all__ = ["render_personal_data"]

_DATE_W = 30 * mm  # "02/03/2026 11:00" on one line
_LAW = "Ley Federal de Protección de Datos Personales en Posesión de los Particulares"


@cache
def _styles() -> dict[str, ParagraphStyle]:
    st = dict(base_styles("carta"))
    st.update(
        doc_title=make_style("pd_title", 15, 19, bold=True, textColor=ACCENT),
        doc_sub=make_style("pd_sub", 9.5, 12.5, textColor=MUTED),
        intro=make_style("pd_intro", 9.5, 13.5, spaceAfter=4),
        report_title=make_style("pd_report", 10.5, 13.5, bold=True),
        cell=make_style("pd_cell", 8.5, 10.8),
        cell_head=make_style("pd_cell_head", 8, 10, bold=True, textColor=MUTED),
        small=make_style("pd_small", 8.5, 11, textColor=MUTED),
        notice=make_style("pd_notice", 9, 12.5, spaceAfter=5),
    )
    return st


def _when(value: object, tz: str) -> str:
    local = to_local(value, tz) if value is not None else None  # type: ignore[arg-type]
    return format_datetime(local) if local is not None else ""


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / 1048576:.1f} MB"


def _shown(field: str, value: str) -> str:
    """A corrected value as the card shows it: phones grouped, the status by its name."""
    if field == "phones":
        return ", ".join(format_phone(p) for p in value.split(",") if p)
    if field == "status":
        return CUSTOMER_STATUS_LABELS.get(value, value)
    return value


def _grid(headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
          st: dict[str, ParagraphStyle]) -> Table:
    """A small table with a header row repeated on every page; cells wrap (values already markup)."""
    data = [[Paragraph(escape(h), st["cell_head"]) for h in headers]]
    data += [[Paragraph(v or "—", st["cell"]) for v in row] for row in rows]
    t = Table(data, colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, 0), BOX_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.35, FAINT_RULE),
    ]))
    return t


def _sub(title: str, st: dict[str, ParagraphStyle]) -> Paragraph:
    p = Paragraph(escape(title), st["cell_head"])
    p.keepWithNext = True
    return p


def _report(r: ReportData, tz: str, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    head = Paragraph(f"{markup(r.folio)} — {markup(r.kind)} <font color='#5B6470'>· {markup(r.status)}</font>",
                     st["report_title"])
    rows = present_rows([
        ("Levantado", f"{_when(r.opened_at, tz)} por {r.created_by}" if r.created_by else _when(r.opened_at, tz)),
        ("Canal", r.channel),
        ("Terminado", _when(r.closed_at, tz)),
        ("Descripción", r.description),
        ("Ubicación de la falla", r.location),
        ("Teléfono de contacto", format_phone(r.contact_phone) if r.contact_phone else ""),
        ("Horario para la visita", r.visit_window),
        ("Documentos solicitados", "; ".join(r.documents)),
        ("Motivo de término", r.end_reason),
        ("Incidente", r.incident),
    ])
    out: list[Flowable] = [CondPageBreak(40 * mm), Spacer(1, 10), Rule(width, RULE), Spacer(1, 5),
                           KeepTogether([head, Spacer(1, 2), kv_table(rows, st, width, label_w=40 * mm, padding=1.6)])]
    if r.events:
        out += [Spacer(1, 5), _sub("Historial", st), _grid(
            ("Fecha", "Quién", "Qué", "Detalle"),
            [(_when(e.at, tz), markup(e.user_name), markup(e.label), markup(e.text)) for e in r.events],
            (_DATE_W, 30 * mm, 32 * mm, width - 92 * mm), st)]
    if r.visits:
        out += [Spacer(1, 5), _sub("Visitas", st), _grid(
            ("Programada", "Técnico", "Estado", "Resultado"),
            [(f"{_when(v.starts_at, tz)} a {_when(v.ends_at, tz)[-5:]}", markup(v.technician), markup(v.status),
              markup(v.outcome)) for v in r.visits],
            (38 * mm, 32 * mm, 24 * mm, width - 94 * mm), st)]
    if r.resolutions:
        rows_r = []
        for x in r.resolutions:
            what = "<br/>".join(s for s in (
                f"<b>Causa:</b> {markup(x.cause)}" + (f" · {markup(x.cause_category)}" if x.cause_category else "")
                if x.cause else "",
                f"<b>Detalle:</b> {markup(x.cause_text)}" if clean(x.cause_text) else "",
                f"<b>Acción:</b> {markup(x.action_taken)}" if clean(x.action_taken) else "",
                f"<b>Equipo reemplazado:</b> {markup(x.equipment)}" if clean(x.equipment) else "",
                "<b>Procedente</b>" if x.upheld else f"<b>No procedente:</b> {markup(x.upheld_reason)}",
            ) if s)
            rows_r.append((_when(x.resolved_at, tz), markup(x.resolved_by), what))
        out += [Spacer(1, 5), _sub("Resolución", st),
                _grid(("Fecha", "Quién", "Qué se encontró y qué se hizo"), rows_r,
                      (_DATE_W, 30 * mm, width - 60 * mm), st)]
    if r.notices:
        confirmed = {True: "sí", False: "no", None: ""}
        out += [Spacer(1, 5), _sub("Avisos que se le dieron", st), _grid(
            ("Fecha", "Canal", "Quién", "Lo que se le dijo", "Confirmó"),
            [(_when(n.at, tz), markup(n.channel), markup(n.user_name), markup(n.text), confirmed[n.confirmed])
             for n in r.notices],
            (_DATE_W, 20 * mm, 28 * mm, width - 100 * mm, 22 * mm), st)]
    if r.pauses:
        out += [Spacer(1, 5), _sub("En espera", st), _grid(
            ("Desde", "Hasta", "Motivo", "Nota"),
            [(_when(p.started_at, tz), _when(p.ended_at, tz), markup(p.reason), markup(p.note)) for p in r.pauses],
            (_DATE_W, _DATE_W, 40 * mm, width - 100 * mm), st)]
    if r.attachments:
        out += [Spacer(1, 5), _sub("Archivos adjuntos", st), _grid(
            ("Fecha", "Archivo", "Tamaño", "Nota"),
            [(_when(a.added_at, tz), markup(a.filename), _size(a.size), markup(a.note)) for a in r.attachments],
            (_DATE_W, 55 * mm, 18 * mm, width - 103 * mm), st)]
    return out


def _story(pd: PersonalData, width: float) -> list[Flowable]:
    st = _styles()
    tz = pd.tz
    c = pd.customer
    generated = to_local(pd.generated_at, tz)
    story: list[Flowable] = [
        office_header(pd.office, office_lines(pd.office, hours=False), width, st),
        Spacer(1, 10),
        Paragraph("Sus datos personales", st["doc_title"]),
        Paragraph(f"Derecho de acceso · {escape(_LAW)}", st["doc_sub"]),
        Spacer(1, 8),
        Paragraph(f"Esta es la información que <b>{markup(pd.office.legal_name or pd.office.name)}</b> tiene "
                  f"registrada sobre <b>{markup(c.name)}</b> (cliente núm. {markup(c.number)}) al "
                  f"{format_long_date(generated)} a las {generated:%H:%M}: sus datos, las correcciones que se les "
                  "han hecho, sus reportes con todo lo registrado en ellos y las fallas generales de su zona.",
                  st["intro"]),
    ]
    status = []
    if c.opposition:
        status.append("Se opone al uso de sus datos para fines distintos del servicio.")
    if c.anonymized_at is not None:
        status.append(f"Sus datos personales fueron anonimizados el {_when(c.anonymized_at, tz)}.")
    rows = [(label, markup(value)) for label, value in customer_rows(c) if clean(value)]
    rows.append(("Oposición", "Sí: " + escape(status[0]) if c.opposition else "No"))
    rows.append(("Cliente desde", escape(_when(c.created_at, tz))))
    rows.append(("Última modificación", escape(_when(c.updated_at, tz))))
    if c.anonymized_at is not None:
        rows.append(("Anonimizado", escape(_when(c.anonymized_at, tz))))
    story += [*section("Sus datos", st, width), kv_table(rows, st, width, label_w=44 * mm, padding=1.8)]

    story += section("Correcciones de sus datos (rectificación)", st, width)
    if pd.revisions:
        story.append(_grid(("Fecha", "Quién", "Dato", "Antes", "Después"),
                           [(_when(r.at, tz), markup(r.user_name), markup(ch.label),
                             markup(_shown(ch.field, ch.before)), markup(_shown(ch.field, ch.after)))
                            for r in pd.revisions for ch in r.changes],
                           (_DATE_W, 30 * mm, 32 * mm, (width - 92 * mm) / 2, (width - 92 * mm) / 2), st))
    else:
        story.append(Paragraph("No se han hecho correcciones.", st["small"]))

    story += section(f"Sus reportes ({len(pd.reports)})", st, width)
    if not pd.reports:
        story.append(Paragraph("No hay reportes registrados.", st["small"]))
    for r in pd.reports:
        story += _report(r, tz, st, width)
    if pd.attachments:
        story += [Spacer(1, 6), Paragraph(
            "Los archivos adjuntos se listan con su nombre y tamaño; si desea copia de ellos, solicítela en nuestras "
            "oficinas.", st["small"])]

    story += section("Fallas generales de su zona", st, width)
    if pd.incidents:
        story.append(_grid(
            ("Falla", "Inicio", "Fin", "Horas", "Compensación", "Sus folios"),
            [(markup(i.title) + (f"<br/><font color='#5B6470'>{markup(i.zone)}"
                                 + (f" / {markup(i.tower)}" if i.tower else "") + "</font>"),
              _when(i.started_at, tz), _when(i.ended_at, tz) or markup(i.status), f"{i.hours}",
              "" if i.compensation is None else f"${i.compensation:,.2f}", markup(", ".join(i.folios)))
             for i in pd.incidents],
            (width - 132 * mm, _DATE_W, _DATE_W, 14 * mm, 24 * mm, 34 * mm), st))
    else:
        story.append(Paragraph("No hubo fallas generales registradas en su zona.", st["small"]))

    story += section("Lo que se ha hecho con sus datos", st, width)
    if pd.history:
        story.append(_grid(("Fecha", "Quién", "Qué"),
                           [(_when(a.at, tz), markup(a.user_name), markup(a.text or a.label)) for a in pd.history],
                           (_DATE_W, 40 * mm, width - 70 * mm), st))
    else:
        story.append(Paragraph("Sin registros.", st["small"]))

    story += [PageBreak(), *notice_flowables(pd.privacy_notice)]
    return story


def render_personal_data(pd: PersonalData, out: Out) -> None:
    """Write the copy of the person's data as PDF (US letter) to a path or binary stream."""
    title = f"Datos personales de {clean(pd.customer.name)}"
    meta = doc_meta(title, clean(pd.office.name), "Derecho de acceso (ARCO)")
    build_carta(out, _story(pd, carta_width()), meta,
                footer=footer_text(f"Datos personales · cliente {clean(pd.customer.number)}", pd.office),
                demo=pd.demo, min_pages=2)
