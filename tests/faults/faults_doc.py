"""docs/faults.md from what the fault tests recorded: every fault class → message seen → data checked afterwards.

Written by tests/faults/conftest.py at the end of a run with ISPDESK_FAULTS_DOC set (`make faults-doc`), so the
table says only what a passing test actually did and saw."""

from __future__ import annotations

import datetime as dt
import platform
import sqlite3
from pathlib import Path


def _cell(text: object) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", "<br>")


def write_doc(target: Path, records: list[dict]) -> None:
    order: list[str] = []
    for r in records:
        if r["fault"] not in order:
            order.append(r["fault"])
    lines = [
        "# Fallas del entorno: qué ve el usuario y cómo quedan los datos",
        "",
        "Generado por las pruebas de `tests/faults` (`make faults-doc`): cada fila es lo que una prueba que pasó "
        "provocó, el mensaje que se vio (stderr del comando o el cuadro de la ventana) y lo que se comprobó "
        "después en el archivo. No se escribe a mano.",
        "",
        f"Corrida: {dt.datetime.now():%Y-%m-%d %H:%M}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}.",
        "",
        "| Falla | Cómo se provocó | Dónde | Salida | Mensaje visto | Datos comprobados después |",
        "|---|---|---|---|---|---|",
    ]
    for fault in order:
        for r in (r for r in records if r["fault"] == fault):
            code = "" if r.get("exit_code") is None else str(r["exit_code"])
            lines.append(f"| {_cell(fault)} | {_cell(r['how'])} | {_cell(r['where'])} | {code} | "
                         f"{_cell(r['message'].strip())} | {_cell('; '.join(r['checks']))} |")
    lines += ["", "Pruebas que llenaron la tabla:", ""]
    for test in sorted({r["test"] for r in records}):
        lines.append(f"- `{test}`")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
