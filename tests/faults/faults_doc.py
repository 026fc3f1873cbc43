"""docs/faults.md from what the fault tests recorded: every fault class → message seen → data checked afterwards.

Written by tests/faults/conftest.py at the end of a run with ISPDESK_FAULTS_DOC set (`make faults-doc`), so the
table says only what a passing test actually did and saw."""

from __future__ import annotations

import datetime as dt
import platform
import re
import sqlite3
from pathlib import Path

# Temporary folders differ on every run: shown as «…/» so that the table only changes when the behaviour does.
_TEMP = re.compile(r"/tmp/(?:pytest-of-[^/]+/pytest-\d+/[^/]+|ispdesk-[a-z]+-[a-z0-9_]+)/")


def _cell(text: object) -> str:
    return _TEMP.sub("…/", str(text if text is not None else "")).replace("|", "\\|").replace("\n", "<br>")


def _backend(test: str) -> str:
    if "[pg" in test:
        return "PostgreSQL"
    if "[sqlite" in test:
        return "SQLite"
    return ""


def _merged(records: list[dict]) -> list[dict]:
    """One row per distinct observation; a test run on both backends says so instead of repeating itself."""
    rows: dict[tuple, dict] = {}
    for r in records:
        key = (r["fault"], r["how"], r["where"], _cell(r["message"]), r.get("exit_code"), tuple(r["checks"]))
        row = rows.setdefault(key, {**r, "backends": []})
        backend = _backend(r["test"])
        if backend and backend not in row["backends"]:
            row["backends"].append(backend)
    return list(rows.values())


def write_doc(target: Path, records: list[dict]) -> None:
    records = _merged(records)
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
            where = r["where"] + (f" ({' y '.join(r['backends'])})" if r["backends"] else "")
            lines.append(f"| {_cell(fault)} | {_cell(r['how'])} | {_cell(where)} | {code} | "
                         f"{_cell(r['message'].strip())} | {_cell('; '.join(r['checks']))} |")
    lines += ["", "Pruebas que llenaron la tabla: `tests/faults/` (test_environment, test_gui_faults, "
              "test_hostile_input, test_kill); además, `test_fuzz.py` pasa Hypothesis por cada entrada de los "
              "servicios y cada argumento de la línea de comandos (sin excepción fuera de `DomainError`, salida "
              "0/1/2, sin traza, nada escrito al rechazar)."]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
