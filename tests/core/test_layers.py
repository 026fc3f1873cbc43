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


def test_report_show_stays_light(tmp_path, staff, customer) -> None:
    """`report show` is what a caller-ID script runs: no GUI, no PDF, no holiday tables."""
    from ispdesk.core.services import reports

    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    from ispdesk.core.db import db

    if not str(db.obj.database).endswith(".db"):
        pytest.skip("SQLite only")
    code = (f"import sys; sys.argv = ['ispdesk', '--db', {db.obj.database!r}, 'report', 'show', {r.folio!r}]\n"
            "from ispdesk.cli import main\nimport contextlib, io\n"
            "with contextlib.redirect_stdout(io.StringIO()): rc = main()\nassert rc == 0, rc")
    mods = _modules_after(code)
    heavy = {m for m in mods if m.split(".")[0] in (*FORBIDDEN, "holidays")}
    assert not heavy
