"""The core imports neither Qt nor ReportLab; a plain CLI command imports neither Qt, ReportLab nor holidays."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

FORBIDDEN = ("PySide6", "reportlab")


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
                         check=True, capture_output=True, text=True).stdout
    return set(json.loads(out.strip().splitlines()[-1]))


SRC = Path(__file__).resolve().parents[2] / "src" / "ispdesk"


def _modules(package: str) -> list[str]:
    """Every module of a package, found on disk (a new module is checked without editing this test)."""
    root = SRC.parent
    return sorted(".".join(p.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
                  for p in (root / package.replace(".", "/")).rglob("*.py"))


def test_the_module_lists_are_found_on_disk() -> None:
    core = _modules("ispdesk.core")
    assert {"ispdesk.core.queries", "ispdesk.core.services.reports", "ispdesk.core.schema"} <= set(core)
    assert "ispdesk.ui.reports.report_view" in _modules("ispdesk.ui")


def test_core_imports_no_qt_and_no_reportlab() -> None:
    mods = _modules_after("import " + ", ".join(_modules("ispdesk.core")))
    assert not {m for m in mods if m.split(".")[0] in FORBIDDEN}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            base = node.module if node.level == 0 else f"(relative){node.module}"
            names.add(base)
            names.update(f"{base}.{a.name}" for a in node.names)
    return names


def test_screens_read_through_the_core_never_around_it() -> None:
    """ispdesk.ui gets DTOs from ispdesk.core.queries and writes through the services: no model, no Peewee."""
    offenders = {}
    for path in [*sorted((SRC / "ui").rglob("*.py")), SRC / "app.py"]:
        if "generated" in path.parts:
            continue
        bad = {n for n in _imports(path)
               if n == "peewee" or n.startswith(("peewee.", "playhouse")) or "core.models" in n}
        if bad:
            offenders[str(path.relative_to(SRC))] = sorted(bad)
    assert not offenders


def test_pdf_layer_imports_no_qt() -> None:
    mods = _modules_after("import ispdesk.pdf.receipt")
    assert not {m for m in mods if m.startswith("PySide6")}


@pytest.mark.parametrize(
    "args",
    [
        ("report", "show", "{folio}"),
        ("customer", "find", "pena"),
        ("customer", "add", "--number", "X-9", "--name", "Nuevo"),
        ("report", "new", "--customer", "C-01234", "--kind", "queja", "--channel", "web", "--description", "x"),
    ],
)
def test_non_gui_commands_stay_light(staff, customer, args) -> None:
    """What cron jobs and caller-ID scripts run: no GUI, no PDF library, no holiday tables to load."""
    from ispdesk.core.db import db
    from ispdesk.core.services import reports

    if not str(db.obj.database).endswith(".db"):
        pytest.skip("SQLite only")
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    argv = ["ispdesk", "--db", db.obj.database, *(a.format(folio=r.folio) for a in args)]
    code = (f"import sys; sys.argv = {argv!r}\n"
            "from ispdesk.cli import main\nimport contextlib, io\n"
            "with contextlib.redirect_stdout(io.StringIO()): rc = main()\nassert rc == 0, rc")
    mods = _modules_after(code)
    heavy = {m.split(".")[0] for m in mods if m.split(".")[0] in (*FORBIDDEN, "holidays")}
    # opening a report computes deadlines, which needs the holiday calendar; nothing else may load it
    if args[:2] == ("report", "new"):
        heavy.discard("holidays")
    assert not heavy
