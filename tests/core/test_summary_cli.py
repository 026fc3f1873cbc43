"""`ispdesk summary`: the monthly summary for a scheduled job. A contract like the rest of the command line: exit 0
with the files written, 1 with a Spanish message and nothing written, 2 for usage."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from ispdesk.core.numfmt import month_name
from ispdesk.core.queries.summary import current_month, shift_month


def run(db: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    import os

    import ispdesk

    env = {**os.environ, "PYTHONPATH": str(Path(ispdesk.__file__).resolve().parents[1])}  # this tree, from any cwd
    return subprocess.run([sys.executable, "-m", "ispdesk", "--db", str(db), "summary", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd, env=env)


def _month(delta: int) -> tuple[int, int]:
    return shift_month(*current_month("America/Mexico_City"), delta)


@pytest.fixture
def cli_db(tmp_path: Path) -> Path:
    """An office with three reports last month (one opened at 23:59 local on its last day) and one this month."""
    from factories import make_customer, make_staff

    from ispdesk.core.services import office, reports
    from ispdesk.core.storage import close_database, open_database

    path = tmp_path / "cli.db"
    open_database(path)
    off = office.create_office(None, name="Internet Rioverde", folio_prefix="RV", phones="487 873 1703")
    staff = make_staff(off)
    customer = make_customer(staff["recepcion"])
    tz = dt.timezone(dt.timedelta(hours=-6))  # Mexico City, no daylight saving time since 2022
    year, month = _month(-1)
    this = _month(0)
    last_day = dt.datetime(*this, 1, tzinfo=tz) - dt.timedelta(minutes=1)
    for when, kind in ((dt.datetime(year, month, 3, 10, tzinfo=tz), "falla"),
                       (dt.datetime(year, month, 4, 10, tzinfo=tz), "queja"),
                       (last_day, "falla"), (dt.datetime(*this, 1, 0, 0, tzinfo=tz), "consulta")):
        reports.open_report(staff["recepcion"], customer, kind, "telefono", "Sin servicio",
                            opened_at=when.astimezone(dt.UTC).replace(tzinfo=None))
    close_database()
    return path


def test_pdf_and_csv_for_last_month(cli_db: Path, tmp_path: Path) -> None:
    year, month = _month(-1)
    pdf, sheet = tmp_path / "resumen.pdf", tmp_path / "resumen.csv"
    done = run(cli_db, "--month", f"{year}-{month:02d}", "--office", "rv", "-o", str(pdf), "--csv", str(sheet))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [str(pdf), str(sheet)]
    assert pdf.read_bytes().startswith(b"%PDF")
    with sheet.open(encoding="utf-8-sig", newline="") as f:
        rows = {(a, b): c for a, b, c in list(csv.reader(f))[1:]}
    assert rows["total", "reportes"] == "3"  # the one opened at 00:00 of this month is not last month's
    assert rows["por_tipo", "falla"] == "2"
    assert rows["por_tipo", "queja"] == "1"
    assert rows["por_canal", "telefono"] == "3"
    assert rows["por_estado", "abierto"] == "3"
    assert rows["mes", "periodo"] == f"{year}-{month:02d}"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_pdf_only_for_every_office(cli_db: Path, tmp_path: Path) -> None:
    year, month = _month(0)
    pdf = tmp_path / "este mes.pdf"
    done = run(cli_db, "--month", f"{year}-{month}", "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(pdf)
    if shutil_which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert month_name(year, month).capitalize() in text


def shutil_which(name: str) -> str | None:
    import shutil

    return shutil.which(name)


@pytest.mark.parametrize(("args", "message"), [
    (("--month", "julio"), "no es un mes válido; escríbalo como AAAA-MM"),
    (("--month", "2026-13"), "no es un mes válido"),
    (("--month", "{next}"), "todavía no empieza"),
    (("--month", "{last}", "--office", "XX"), "No existe una oficina con el prefijo «XX» (hay: RV)"),
])
def test_user_errors_exit_1_and_write_nothing(cli_db: Path, tmp_path: Path, args, message) -> None:
    nxt, last = _month(1), _month(-1)
    args = [a.format(next=f"{nxt[0]}-{nxt[1]:02d}", last=f"{last[0]}-{last[1]:02d}") for a in args]
    pdf, sheet = tmp_path / "r.pdf", tmp_path / "r.csv"
    done = run(cli_db, *args, "-o", str(pdf), "--csv", str(sheet))
    assert done.returncode == 1
    assert message in done.stderr
    assert done.stderr.startswith("ispdesk: ")
    assert "Traceback" not in done.stderr
    assert not pdf.exists()
    assert not sheet.exists()


@pytest.mark.parametrize(("output", "sheet", "message"), [
    ("falta/r.pdf", None, "No se puede guardar el resumen en falta/r.pdf: la carpeta no existe."),
    ("r.txt", None, "El resumen debe ser un archivo .pdf"),
    ("r.pdf", "r.xlsx", "La hoja de cálculo debe ser un archivo .csv"),
    ("r.pdf", "falta/r.csv", "la carpeta no existe"),
])
def test_paths_are_checked_before_any_work(cli_db: Path, tmp_path: Path, output, sheet, message) -> None:
    year, month = _month(-1)
    args = ["--month", f"{year}-{month:02d}", "-o", output] + (["--csv", sheet] if sheet else [])
    done = run(cli_db, *args, cwd=tmp_path)
    assert done.returncode == 1
    assert message in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cli.db"]


def test_usage_errors_exit_2(cli_db: Path, tmp_path: Path) -> None:
    assert run(cli_db, "-o", str(tmp_path / "r.pdf")).returncode == 2  # --month is required
    assert run(cli_db, "--month", "2026-01").returncode == 2  # -o is required
