"""Monthly summary ("Resumen mensual") for the manager and the owners: US letter, two or three pages.

First page, what a reader checks first: the headline figures (reports and the change against the month before,
share resolved on time, share upheld, median time to a fix), reports by kind (chart) and by channel, area and
status, and the terms kept per kind with first-answer and resolution times. Then who worked what (per technician),
why things failed (internal vs external causes), the customers who keep calling about faults, the mass outages
with the compensation owed, the 12-month trend, and notes that define every figure.

Drawn from a `MonthlySummary` (core) only; numbers in the es-MX forms of `ispdesk.core.numfmt`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ispdesk.core.clock import to_local
from ispdesk.core.numfmt import fmt_change, fmt_hours, fmt_int, fmt_money, fmt_pct, month_short, pct
from ispdesk.core.queries.summary import REPEAT_MIN_FAULTS, MonthlySummary, Timing
from ispdesk.pdf.common import (
    ACCENT,
    BOX_BG,
    FAINT_RULE,
    INK,
    MUTED,
    NO_PADDING,
    RULE,
    Out,
    base_styles,
    build_carta,
    carta_width,
    doc_meta,
    fit_paragraph,
    footer_text,
    format_datetime,
    heading,
    make_style,
    markup,
    office_header,
    office_lines,
    section,
)
from ispdesk.pdf.fonts import register_fonts

__all__ = ["render_summary"]

_SIDE_MARGIN = 16 * mm
_TOP_MARGIN = 13 * mm
_BOTTOM_MARGIN = 17 * mm
_BAR = colors.HexColor("#2E6DA4")
_BAR_SOFT = colors.HexColor("#A9C4DE")
_GOOD = colors.HexColor("#1E7E34")
_BAD = colors.HexColor("#B3261E")
_CAUSE_CATEGORY = {"interna": "Internas (del proveedor)", "externa": "Externas (ajenas al proveedor)"}


@cache
def _styles() -> dict[str, ParagraphStyle]:
    st = dict(base_styles("carta"))
    st.update(
        doc_title=make_style("sm_title", 12, 15, bold=True, alignment=TA_RIGHT, textColor=ACCENT),
        month=make_style("sm_month", 20, 24, bold=True, alignment=TA_RIGHT),
        meta_r=make_style("sm_meta", 8.5, 11, alignment=TA_RIGHT, textColor=MUTED),
        kpi_label=make_style("sm_kpi_label", 8, 10, textColor=MUTED),
        kpi=make_style("sm_kpi", 19, 23, bold=True, textColor=ACCENT),
        kpi_note=make_style("sm_kpi_note", 7.5, 9.5, textColor=MUTED),
        th=make_style("sm_th", 7, 9, bold=True, textColor=MUTED),
        th_r=make_style("sm_th_r", 7, 9, bold=True, textColor=MUTED, alignment=TA_RIGHT),
        th_c=make_style("sm_th_c", 7, 9, bold=True, textColor=MUTED, alignment=TA_CENTER),
        td=make_style("sm_td", 8.5, 10.5),
        td_r=make_style("sm_td_r", 8.5, 10.5, alignment=TA_RIGHT),
        td_b=make_style("sm_td_b", 8.5, 10.5, bold=True),
        td_rb=make_style("sm_td_rb", 8.5, 10.5, bold=True, alignment=TA_RIGHT),
        lead=make_style("sm_lead", 9, 12, spaceAfter=3),
        note=make_style("sm_note", 7.5, 10, textColor=MUTED, spaceAfter=2.5),
        empty=make_style("sm_empty", 9, 12, textColor=MUTED),
        caption=make_style("sm_caption", 7.5, 9.5, textColor=MUTED, alignment=TA_CENTER),
    )
    return st


# --------------------------------------------------------------------------- tables


def _table(head: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], *, right_from: int = 1,
           total: Sequence[str] | None = None, groups: Sequence[tuple[int, int, str]] = ()) -> Table:
    """A figures table: muted header, numbers right-aligned from column `right_from`, faint rules, an optional bold
    total row, and optional group titles above the header (first column, last column, title). Cells are markup."""
    st = _styles()

    def cells(values: Sequence[str], left: str, right: str) -> list[Paragraph]:
        return [Paragraph(v, st[right if i >= right_from else left]) for i, v in enumerate(values)]

    data: list[list[object]] = []
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if groups:
        top: list[object] = [""] * len(head)
        for first, last, title in groups:
            top[first] = Paragraph(title, st["th_c"])
            style += [("SPAN", (first, 0), (last, 0)), ("LINEBELOW", (first, 0), (last, 0), 0.5, RULE)]
        data.append(top)
    h = len(data)
    data.append(cells(head, "th", "th_r"))
    data += [cells(r, "td", "td_r") for r in rows]
    if total is not None:
        data.append(cells(total, "td_b", "td_rb"))
    style += [("VALIGN", (0, h), (-1, h), "BOTTOM"), ("LINEBELOW", (0, h), (-1, h), 0.8, RULE),
              ("LEFTPADDING", (0, 0), (-1, h), 2), ("RIGHTPADDING", (0, 0), (-1, h), 2),
              ("LINEBELOW", (0, h + 1), (-1, -1), 0.3, FAINT_RULE)]
    if total is not None:
        style += [("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE), ("BACKGROUND", (0, -1), (-1, -1), BOX_BG)]
    return Table(data, colWidths=list(widths), style=TableStyle(style), repeatRows=h + 1, hAlign="LEFT")


def _side_by_side(blocks: Sequence[Flowable | list[Flowable]], widths: Sequence[float], gap: float) -> Table:
    row: list[object] = []
    cols: list[float] = []
    for i, (block, w) in enumerate(zip(blocks, widths, strict=True)):
        if i:
            row.append("")
            cols.append(gap)
        row.append(block)
        cols.append(w)
    return Table([row], colWidths=cols, style=TableStyle([*NO_PADDING, ("VALIGN", (0, 0), (-1, -1), "TOP")]),
                 hAlign="LEFT")


def _share(part: int, whole: int) -> str:
    return fmt_pct(pct(part, whole), "")


# --------------------------------------------------------------------------- blocks


def _header(s: MonthlySummary, st: dict[str, ParagraphStyle], width: float) -> Table:
    aside_w = 70 * mm
    aside: list[Flowable] = [
        Paragraph("Resumen mensual", st["doc_title"]),
        fit_paragraph(s.month_label[:1].upper() + s.month_label[1:], st["month"], aside_w),
        Paragraph(markup(s.office_label), st["meta_r"]),
    ]
    if s.in_progress:
        when = format_datetime(to_local(s.generated_at, s.tz))  # type: ignore[arg-type]
        aside.append(Paragraph(f"Mes en curso: cifras al {when}", st["meta_r"]))
    return office_header(s.office, office_lines(s.office, hours=False), width, st, aside=aside, aside_width=aside_w)


def _kpis(s: MonthlySummary, st: dict[str, ParagraphStyle], width: float) -> Table:
    """Four boxes: reports, on time, upheld, time to a fix."""
    before = s.previous_total
    change = fmt_change(s.total, before) if before is not None else ""
    if before is None:
        prev = ""
    elif s.in_progress:  # a month under way against a whole one: the count, not a misleading change
        prev = f"Mes anterior completo: {fmt_int(before)}"
    else:
        prev = f"Mes anterior: {fmt_int(before)}" + (f" ({change})" if change else "")
    o = s.overall
    decided = s.upheld + s.not_upheld
    boxes = [
        ("Reportes recibidos", fmt_int(s.total), prev),
        ("Resueltos a tiempo", fmt_pct(o.on_time_pct),
         f"{fmt_int(o.on_time)} de {fmt_int(o.due)} evaluados" if o.due else "Ningún reporte vencía aún"),
        ("Procedentes", fmt_pct(pct(s.upheld, decided)),
         f"{fmt_int(s.upheld)} de {fmt_int(decided)} con dictamen" if decided else "Sin dictámenes"),
        ("Solución (mediana)", fmt_hours(o.resolution_median),
         f"horas hábiles · 1.ª respuesta {fmt_hours(o.answer_median)}"),
    ]
    gap = 4 * mm
    box_w = (width - 3 * gap) / 4
    cells: list[object] = []
    cols: list[float] = []
    for i, (label, value, note) in enumerate(boxes):
        if i:
            cells.append("")
            cols.append(gap)
        cells.append([Paragraph(label, st["kpi_label"]), Paragraph(value, st["kpi"]),
                      Paragraph(markup(note), st["kpi_note"])])
        cols.append(box_w)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 6),
             ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
    for i in range(4):
        style += [("BACKGROUND", (2 * i, 0), (2 * i, 0), BOX_BG), ("LINEBEFORE", (2 * i, 0), (2 * i, 0), 2.2, ACCENT)]
    t = Table([cells], colWidths=cols, style=TableStyle(style), hAlign="LEFT")
    t.spaceBefore = 8
    return t


def _kind_chart(s: MonthlySummary, width: float) -> Drawing:
    """Horizontal bars, one per kind with reports (all kinds when the month is empty), largest first."""
    regular, _bold = register_fonts()
    counts = [c for c in s.by_kind if c.count] or list(s.by_kind)
    counts.sort(key=lambda c: -c.count)
    row_h = 13
    label_w = 118
    height = row_h * len(counts) + 14
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 4
    chart.width, chart.height = width - label_w - 40, row_h * len(counts)
    chart.data = [[c.count for c in reversed(counts)]]
    chart.bars[0].fillColor = _BAR
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 3
    chart.categoryAxis.categoryNames = [c.label for c in reversed(counts)]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([c.count for c in counts] + [1])
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabelFormat = lambda v: fmt_int(int(v))
    d.add(chart)
    return d


def _trend_chart(s: MonthlySummary, width: float) -> Drawing:
    """Vertical bars of reports per month for the last 12 months; the summary's month in the accent colour."""
    regular, bold = register_fonts()
    height = 120
    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 18
    chart.width, chart.height = width - 44, height - 34
    values = [p.reports for p in s.trend]
    chart.data = [values]
    chart.bars[0].fillColor = _BAR_SOFT
    chart.bars[0].strokeColor = None
    if values:
        chart.bars[(0, len(values) - 1)].fillColor = _BAR
    chart.barSpacing = 2
    chart.groupSpacing = 6
    chart.categoryAxis.categoryNames = [month_short(p.year, p.month) for p in s.trend]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = RULE
    top = max([*values, 1])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.15
    chart.valueAxis.valueStep = _nice_step(top)
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: fmt_int(int(v))
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = FAINT_RULE
    chart.valueAxis.visibleGrid = True
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = MUTED
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    chart.barLabelFormat = lambda v: fmt_int(int(v))
    d.add(chart)
    d.add(String(0, height - 8, "Reportes por mes", fontName=bold, fontSize=7.5, fillColor=MUTED))
    return d


def _nice_step(top: int) -> int:
    """A round grid step giving about four lines."""
    raw = max(top / 4, 1)
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return max(1, int(factor * magnitude))
    return int(10 * magnitude)


def _counts_table(title: str, counts: Sequence[object], total: int, width: float) -> Table:
    rows = [[markup(c.label), fmt_int(c.count), _share(c.count, total)] for c in counts]  # type: ignore[attr-defined]
    return _table([title, "Reportes", "%"], rows, [width - 36 * mm, 18 * mm, 18 * mm],
                  total=["Total", fmt_int(total), "100.0\xa0%" if total else ""])


def _timing_cells(label: str, t: Timing) -> list[str]:
    return [label, fmt_int(t.reports), fmt_int(t.resolved), fmt_int(t.due), fmt_pct(t.on_time_pct),
            fmt_pct(t.on_time_first_pct), fmt_hours(t.answer_median), fmt_hours(t.answer_mean),
            fmt_hours(t.resolution_median), fmt_hours(t.resolution_mean)]


def _terms_table(s: MonthlySummary, width: float) -> Table:
    head = ["Tipo", "Reportes", "Resueltos", "Evaluados", "Plazo vigente", "1.ª promesa", "Mediana", "Promedio",
            "Mediana", "Promedio"]
    num = 15.7 * mm
    widths = [width - 9 * num, *[num] * 9]
    rows = [_timing_cells(markup(k.label), k.timing) for k in s.kinds if k.timing.reports]
    groups = [(4, 5, "A tiempo"), (6, 7, "1.ª respuesta"), (8, 9, "Solución")]
    return _table(head, rows, widths, total=_timing_cells("Todos", s.overall), groups=groups)


def _tech_table(s: MonthlySummary, width: float) -> list[Flowable]:
    st = _styles()
    if not s.technicians:
        return [Paragraph("Ningún reporte del mes tiene persona asignada.", st["empty"])]
    head = ["Persona", "Usuario", "Asignados", "Resueltos", "A tiempo", "% a tiempo", "Solución, mediana"]
    num = 19 * mm
    widths = [width - 6 * num, *[num] * 6]
    rows = [[markup(t.name), markup(t.username), fmt_int(t.assigned), fmt_int(t.resolved), fmt_int(t.on_time),
             fmt_pct(t.on_time_pct), fmt_hours(t.resolution_median)] for t in s.technicians]
    out: list[Flowable] = [_table(head, rows, widths, right_from=2)]
    if s.unassigned:
        out.append(Spacer(1, 3))
        out.append(Paragraph(f"Sin asignar: {fmt_int(s.unassigned)} reportes del mes (atendidos sin responsable "
                             "o pendientes de asignar).", st["note"]))
    return out


def _causes(s: MonthlySummary, width: float) -> list[Flowable]:
    st = _styles()
    resolved = s.internal + s.external
    if not resolved:
        return [Paragraph("Ningún reporte del mes tiene causa registrada todavía.", st["empty"])]
    lead = (f"Internas (del proveedor): <b>{fmt_int(s.internal)}</b> ({_share(s.internal, resolved)}) · "
            f"Externas (ajenas al proveedor): <b>{fmt_int(s.external)}</b> ({_share(s.external, resolved)}) "
            f"de {fmt_int(resolved)} resoluciones con causa.")
    gap = 6 * mm
    half = (width - gap) / 2
    blocks = []
    for category in ("interna", "externa"):
        rows = [[markup(c.label), fmt_int(c.count), _share(c.count, resolved)]
                for c in s.causes if c.category == category][:8]
        if not rows:
            rows = [["Ninguna", "", ""]]
        blocks.append(_table([_CAUSE_CATEGORY[category], "Reportes", "%"], rows,
                             [half - 32 * mm, 17 * mm, 15 * mm]))
    return [Paragraph(lead, st["lead"]), _side_by_side(blocks, [half, half], gap)]


def _repeats(s: MonthlySummary, width: float) -> list[Flowable]:
    st = _styles()
    if not s.repeat_total:
        return [Paragraph(f"Ningún cliente levantó {REPEAT_MIN_FAULTS} o más reportes de falla en el mes.",
                          st["empty"])]
    shown = len(s.repeat_customers)
    who = "cliente levantó" if s.repeat_total == 1 else "clientes levantaron"
    lead = (f"<b>{fmt_int(s.repeat_total)}</b> {who} {REPEAT_MIN_FAULTS} o más reportes de falla en el mes"
            + (f"; los {shown} con más:" if 1 < shown < s.repeat_total else ":"))
    rows = [[markup(c.number), markup(c.name), markup(c.zone), fmt_int(c.faults)] for c in s.repeat_customers]
    widths = [26 * mm, width - 26 * mm - 40 * mm - 18 * mm, 40 * mm, 18 * mm]
    return [Paragraph(lead, st["lead"]), _table(["Número", "Cliente", "Zona", "Fallas"], rows, widths, right_from=3)]


def _outages(s: MonthlySummary, width: float) -> list[Flowable]:
    st = _styles()
    if not s.incidents:
        return [Paragraph("No hubo incidentes masivos iniciados en el mes.", st["empty"])]
    rows = []
    for i in s.incidents:
        start = format_datetime(to_local(i.started_at, s.tz))  # type: ignore[arg-type]
        hours = fmt_hours(i.hours) + (" (sigue)" if i.ongoing else "")
        owed = fmt_money(i.compensation) if i.compensable else "—"
        rows.append([f"{markup(i.title)}<br/><font size='6.5' color='#5B6470'>{markup(i.place)}</font>", start, hours,
                     fmt_int(i.affected), fmt_int(i.linked), owed])
    widths = [width - 120 * mm, 30 * mm, 25 * mm, 22 * mm, 18 * mm, 25 * mm]
    owed = fmt_money(s.compensation_total) if any(i.compensable for i in s.incidents) else "—"
    total = ["Total", "", fmt_hours(sum((i.hours for i in s.incidents), start=0)),
             fmt_int(sum(i.affected for i in s.incidents)), fmt_int(sum(i.linked for i in s.incidents)), owed]
    table = _table(["Incidente", "Inicio", "Sin servicio", "Clientes afectados", "Reportes", "Compensación"],
                   rows, widths, right_from=2, total=total)
    out: list[Flowable] = [table]
    for i in s.incidents:
        if i.reason:  # why nothing is owed for it
            reason = i.reason[:1].lower() + i.reason[1:]
            out.append(Paragraph(f"{markup(i.title)}: {markup(reason)}", st["note"]))
    return out


def _notes(s: MonthlySummary) -> list[Flowable]:
    st = _styles()
    generated = format_datetime(to_local(s.generated_at, s.tz))  # type: ignore[arg-type]
    notes = [
        f"Cada reporte cuenta en el mes en que se levantó, según el reloj de la oficina ({markup(s.tz)}). "
        f"Generado el {generated}: los estados y los reportes sin resolver se evalúan a esa fecha.",
        "<b>A tiempo</b>: la primera solución del reporte (o su dictamen de improcedente) llegó a más tardar en el "
        "plazo vigente, es decir, la primera promesa ampliada sólo por las esperas atribuibles al cliente y por la "
        "reclasificación de una causa externa. Si el reporte se reabrió, cuenta su primer ciclo. Un reporte sin "
        "resolver cuenta como fuera de plazo en cuanto su plazo vence (salvo mientras espera al cliente); antes no se "
        "evalúa. Un reporte cancelado por el cliente sin resolver no se evalúa.",
        "<b>Contra la 1.ª promesa</b>: la misma solución comparada con el plazo prometido al levantar el reporte, "
        "sin ampliaciones.",
        "<b>1.ª respuesta</b>: del levantamiento a la primera atención registrada (asignación, inicio, visita o "
        "aviso); <b>solución</b>: del levantamiento a la primera solución. Ambas en horas hábiles de la oficina "
        "(horario, días festivos y cierres), con las esperas incluidas.",
        "<b>Procedentes</b>: dictamen de la resolución vigente de cada reporte; las causas también son las de esa "
        "resolución. <b>Por persona</b>: los reportes del mes según su responsable actual.",
        f"<b>Fallas repetidas</b>: clientes con {REPEAT_MIN_FAULTS} o más reportes de falla levantados en el mes. "
        "<b>Incidentes</b>: los iniciados en el mes; la compensación (parte proporcional más la bonificación "
        "configurada) sólo se debe cuando la causa fue del proveedor.",
    ]
    if s.seal:
        sealed = format_datetime(to_local(s.seal_at, s.tz)) if s.seal_at else ""  # type: ignore[arg-type]
        notes.append(f"<b>Sello del historial</b>: <font name='Courier'>{markup(s.seal)}</font> (tomado el {sealed}). "
                     "Conserve esta hoja: <font name='Courier'>ispdesk audit verify --sello "
                     f"{markup(s.seal)}</font> comprueba que ningún reporte anterior a ese sello se alteró después.")
    return [Paragraph(n, st["note"]) for n in notes]


# --------------------------------------------------------------------------- document


def _kept(title: str, st: dict[str, ParagraphStyle], width: float, blocks: list[Flowable]) -> KeepTogether:
    """A section whose content cannot split (charts, tables side by side): heading and content move together."""
    return KeepTogether([heading(title, st, width), *blocks])


def _story(s: MonthlySummary, width: float) -> list[Flowable]:
    st = _styles()
    story: list[Flowable] = [_header(s, st, width), _kpis(s, st, width)]

    gap = 7 * mm
    left = width * 0.56
    right = width - left - gap
    story.append(_kept("Reportes por tipo y por canal", st, width, [_side_by_side(
        [_kind_chart(s, left), _counts_table("Canal", s.by_channel, s.total, right)], [left, right], gap)]))

    story += section("Plazos y tiempos por tipo", st, width, min_space=50 * mm)
    story.append(_terms_table(s, width))
    story.append(Spacer(1, 2))
    story.append(Paragraph("Evaluados: reportes resueltos o con el plazo ya vencido (véanse las notas). Tiempos en "
                           "horas hábiles de la oficina.", st["note"]))

    half = (width - gap) / 2
    story.append(_kept("Por área y por estado", st, width, [_side_by_side(
        [_counts_table("Área", s.by_area, s.total, half), _counts_table("Estado actual", s.by_status, s.total, half)],
        [half, half], gap)]))
    story += section("Por técnico o responsable", st, width, min_space=40 * mm)
    story += _tech_table(s, width)
    story.append(_kept("Causas", st, width, _causes(s, width)))
    story += section("Clientes con fallas repetidas", st, width, min_space=40 * mm)
    story += _repeats(s, width)
    story += section("Incidentes masivos", st, width, min_space=35 * mm)
    story += _outages(s, width)
    story.append(_kept("Tendencia de 12 meses", st, width, [_trend_chart(s, width)]))
    story += section("Notas", st, width, min_space=30 * mm)
    story += _notes(s)
    return story


def render_summary(s: MonthlySummary, out: Out) -> None:
    """Write the monthly summary as PDF (US letter) to a path or binary stream."""
    title = f"Resumen mensual {s.month_label}"
    office = s.office_label
    meta = doc_meta(f"{title} — {office}", office, "Resumen mensual de atención a clientes")
    build_carta(out, _story(s, carta_width(_SIDE_MARGIN)), meta, footer=footer_text(title, s.office),
                demo=s.demo, side_margin=_SIDE_MARGIN, top_margin=_TOP_MARGIN, bottom_margin=_BOTTOM_MARGIN)
