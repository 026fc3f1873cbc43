"""`ispdesk retention` lists before it acts and exits 0; `ispdesk customer export` writes the copy a manager hands
over; an unexpected error on the command line leaves no personal data on stderr (cron mails it)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ispdesk", "--db", str(db), *args], capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def gone_db(tmp_path: Path) -> Path:
    """An office with a customer gone in 2019, one gone last year and one active since 2015."""
    from factories import make_office, make_staff

    from ispdesk.core import clock
    from ispdesk.core.services import customers
    from ispdesk.core.storage import close_database, open_database

    path = tmp_path / "cli.db"
    open_database(path)
    staff = make_staff(make_office())
    try:
        for number, name, status, year in (("V-1", "Valeria Vieja", "baja", 2019), ("V-2", "Rocío Reciente", "baja",
                                                                                     2025),
                                           ("V-3", "Ana Activa", "activo", 2015)):
            clock.set_clock(lambda y=year: dt.datetime(y, 2, 1, 18))
            customers.create_customer(staff["recepcion"], number=number, name=name, status=status,
                                      phones="487 555 1200")
    finally:
        clock.set_clock(None)
    from ispdesk.core.services import users

    for who in ("gerente", "recepcion"):  # their cron jobs may act as them (Usuarios → «Puede usarse en scripts»)
        users.set_script_access(staff["gerente"], staff[who], True)
    close_database()
    return path


def _names(path: Path) -> dict[str, str]:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return dict(con.execute("SELECT name, number FROM customer").fetchall())
    finally:
        con.close()


def test_retention_dry_run_lists_and_changes_nothing_then_the_real_run_anonymises(gone_db: Path) -> None:
    dry = run(gone_db, "retention", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout == "V-1\tValeria Vieja\t01/02/2019\n"
    assert "1 clientes dados de baja sin actividad en 5 años" in dry.stderr
    assert "Valeria Vieja" in _names(gone_db)

    real = run(gone_db, "retention")
    assert real.returncode == 0, real.stderr
    assert real.stdout == "V-1\tanonimizado\n"  # no names in what a scheduled task mails
    assert "1 clientes anonimizados" in real.stderr
    names = _names(gone_db)
    assert "Valeria Vieja" not in names
    assert names["Cliente anonimizado"].startswith("ANON-")
    assert {"Rocío Reciente", "Ana Activa"} <= set(names)

    again = run(gone_db, "retention", "--dry-run")
    assert (again.returncode, again.stdout) == (0, "")


def test_retention_by_a_receptionist_is_refused(gone_db: Path) -> None:
    out = run(gone_db, "retention", "--user", "ana")
    assert out.returncode == 1
    assert "Permiso denegado" in out.stderr
    assert "Valeria Vieja" in _names(gone_db)
    dry = run(gone_db, "retention", "--dry-run", "--user", "ana")
    assert dry.returncode == 1
    assert dry.stdout == ""


def test_customer_export_writes_the_copy(gone_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "copia.json"
    out = run(gone_db, "customer", "export", "v-2", "-o", str(target), "--user", "gerente")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == str(target)
    assert json.loads(target.read_text(encoding="utf-8"))["cliente"]["nombre"] == "Rocío Reciente"
    pdf = tmp_path / "copia.pdf"
    assert run(gone_db, "customer", "export", "V-2", "-o", str(pdf), "--user", "gerente").returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")

    refused = run(gone_db, "customer", "export", "V-2", "-o", str(tmp_path / "ana.json"), "--user", "ana")
    assert refused.returncode == 1
    assert "Permiso denegado" in refused.stderr
    assert not (tmp_path / "ana.json").exists()
    wrong = run(gone_db, "customer", "export", "V-2", "-o", str(tmp_path / "copia.txt"), "--user", "gerente")
    assert wrong.returncode == 1
    assert ".pdf o .json" in wrong.stderr
    nowhere = run(gone_db, "customer", "export", "V-2", "-o", str(tmp_path / "no" / "x.pdf"), "--user", "gerente")
    assert nowhere.returncode == 1
    assert "la carpeta no existe" in nowhere.stderr


def test_an_unexpected_error_on_the_command_line_prints_no_personal_data(gone_db: Path) -> None:
    code = ("import sys, ispdesk.cli as c\n"
            "def boom(a):\n"
            "    raise KeyError('Valeria Vieja, 4875551200, valeria@correo.mx')\n"
            "c.cmd_customer_find = boom\n"
            f"sys.exit(c.main(['--db', {str(gone_db)!r}, 'customer', 'find', 'valeria']))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 1
    assert "Traceback (most recent call last)" in out.stderr
    assert "in boom" in out.stderr
    assert "KeyError: '[dato omitido]'" in out.stderr
    assert "Valeria" not in out.stderr
    assert "4875551200" not in out.stderr
    assert "correo.mx" not in out.stderr
