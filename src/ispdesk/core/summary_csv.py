"""The monthly summary as a CSV: a contract with the managers' spreadsheets, so its shape only ever grows.

UTF-8 with BOM (Excel reads the accents), commas, CRLF line ends (the `csv` module's), header
`seccion,clave,valor`, one figure a row. Keys are the codes of the command line (`falla`, `telefono`,
`en_proceso`…), usernames, customer numbers, or `AAAA-MM` for months; values are plain numbers a spreadsheet
reads as numbers ("1234", "95.3"; money "1234.50"), or empty when there is nothing to measure. The rows always
present, whatever the month:

    mes,periodo,AAAA-MM
    oficina,prefijo,RV                          ("todas" for every office)
    total,reportes,N
    por_tipo,<kind>,N                           every kind
    por_canal,<channel>,N                       every channel
    por_area,<area>,N                           every active area
    por_estado,<status>,N                       every status
    procedencia,procedente|no_procedente|sin_dictamen,N
    a_tiempo_pct,<kind>|total,P                 0–100, one decimal; empty when no report of that kind was due
    a_tiempo_primera_promesa_pct,<kind>|total,P
    a_tiempo,<kind>|total,N  /  evaluados,<kind>|total,N
    primera_respuesta_mediana_h / primera_respuesta_promedio_h / solucion_mediana_h / solucion_promedio_h,
        <kind>|total,H                          business hours, one decimal; empty without data
    causas,interna|externa,N
    fallas_repetidas,clientes,N
    incidentes,total,N  /  incidentes,compensacion,M
    tendencia,AAAA-MM,N                         the 12 months ending with this one

and the rows of what the month had: `por_tecnico,<username>,N` (reports assigned) with
`tecnico_resueltos`, `tecnico_a_tiempo`, `tecnico_evaluados`, `tecnico_mediana_h`; `causa,<code>,N`;
`falla_repetida,<customer number>,N`; `incidente_horas|incidente_afectados|incidente_compensacion,<id>,V`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from ispdesk.core.csvfile import write_csv
from ispdesk.core.numfmt import csv_number
from ispdesk.core.queries.summary import MonthlySummary, Timing

HEADER = ("seccion", "clave", "valor")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """A key a spreadsheet will not run as a formula (a username or customer number starting with "-" or "=")."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _timing_rows(key: str, t: Timing) -> list[tuple[str, str, str]]:
    return [
        ("a_tiempo_pct", key, csv_number(t.on_time_pct)),
        ("a_tiempo_primera_promesa_pct", key, csv_number(t.on_time_first_pct)),
        ("a_tiempo", key, str(t.on_time)),
        ("evaluados", key, str(t.due)),
        ("primera_respuesta_mediana_h", key, csv_number(t.answer_median)),
        ("primera_respuesta_promedio_h", key, csv_number(t.answer_mean)),
        ("solucion_mediana_h", key, csv_number(t.resolution_median)),
        ("solucion_promedio_h", key, csv_number(t.resolution_mean)),
    ]


def summary_rows(s: MonthlySummary) -> list[tuple[str, str, str]]:
    """Every (seccion, clave, valor) row of the summary, in the file's order (the header not included)."""
    rows: list[tuple[str, str, str]] = [
        ("mes", "periodo", s.period),
        ("oficina", "prefijo", s.office_prefix or "todas"),
        ("total", "reportes", str(s.total)),
    ]
    rows += [("por_tipo", c.code, str(c.count)) for c in s.by_kind]
    rows += [("por_canal", c.code, str(c.count)) for c in s.by_channel]
    rows += [("por_area", c.code, str(c.count)) for c in s.by_area]
    rows += [("por_estado", c.code, str(c.count)) for c in s.by_status]
    rows += [("procedencia", "procedente", str(s.upheld)), ("procedencia", "no_procedente", str(s.not_upheld)),
             ("procedencia", "sin_dictamen", str(s.undecided))]
    for k in s.kinds:
        rows += _timing_rows(k.kind, k.timing)
    rows += _timing_rows("total", s.overall)
    for t in s.technicians:
        user = _cell(t.username)
        rows += [("por_tecnico", user, str(t.assigned)), ("tecnico_resueltos", user, str(t.resolved)),
                 ("tecnico_a_tiempo", user, str(t.on_time)), ("tecnico_evaluados", user, str(t.due)),
                 ("tecnico_mediana_h", user, csv_number(t.resolution_median))]
    rows.append(("sin_asignar", "reportes", str(s.unassigned)))
    rows += [("causas", "interna", str(s.internal)), ("causas", "externa", str(s.external))]
    rows += [("causa", c.code, str(c.count)) for c in s.causes]
    rows.append(("fallas_repetidas", "clientes", str(s.repeat_total)))
    rows += [("falla_repetida", _cell(c.number), str(c.faults)) for c in s.repeat_customers]
    rows += [("incidentes", "total", str(len(s.incidents))),
             ("incidentes", "compensacion", csv_number(s.compensation_total, 2))]
    for i in s.incidents:
        rows += [("incidente_horas", str(i.id), csv_number(i.hours, 2)),
                 ("incidente_afectados", str(i.id), str(i.affected)),
                 ("incidente_compensacion", str(i.id), csv_number(i.compensation, 2))]
    rows += [("tendencia", f"{p.year:04d}-{p.month:02d}", str(p.reports)) for p in s.trend]
    return rows


def write_rows(rows: Iterable[tuple[str, str, str]], path: str | os.PathLike[str]) -> int:
    """The rows under the header, written whole or not at all (`csvfile.write_csv`). Returns the rows written."""
    return write_csv(path, HEADER, rows, prefix=".resumen-")


def write_summary_csv(s: MonthlySummary, path: str | os.PathLike[str]) -> int:
    """The summary's CSV at `path` (see the module docstring); returns the figure rows written."""
    return write_rows(summary_rows(s), path)
