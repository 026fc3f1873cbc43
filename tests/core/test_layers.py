"""The core imports neither Qt nor ReportLab; a plain CLI command imports neither Qt, ReportLab nor holidays."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

FORBIDDEN = ("PySide6", "reportlab")


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
                         check=True, capture_output=True, text=True).stdout
    return set(json.loads(out.strip().splitlines()[-1]))


def test_core_imports_no_qt_and_no_reportlab() -> None:
    mods = _modules_after(
        "import ispdesk.core.services.reports, ispdesk.core.services.customers, ispdesk.core.services.users, "
        "ispdesk.core.services.office, ispdesk.core.search, ispdesk.core.demo, ispdesk.core.receipts, "
        "ispdesk.core.schema, ispdesk.core.calendar, ispdesk.core.deadlines, ispdesk.core.present"
    )
    assert not {m for m in mods if m.split(".")[0] in FORBIDDEN}


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
