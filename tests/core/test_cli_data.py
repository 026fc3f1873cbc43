"""The data commands are a contract too: `import-customers`, `export`, `backup`, `restore` — output lines and exit
codes (0 done, 1 the user's file or choice is wrong, 2 usage)."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ispdesk.core.schema import LATEST


def run(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ispdesk", "--db", str(db), *args], capture_output=True, text=True,
                          timeout=120, input=stdin)


@pytest.fixture
def cli_db(tmp_path: Path) -> Path:
    from ispdesk.core.services import customers, office, users
    from ispdesk.core.storage import close_database, open_database

    path = tmp_path / "cli.db"
    open_database(path)
    off = office.create_office(None, name="Internet Rioverde", folio_prefix="RV", phones="487 873 1703")
    manager = users.bootstrap_manager(off, "gerente", "Gerardo Ríos", "secreto1")
    ana = users.create_user(manager, "ana", "Ana Ruiz", "recepcion", "secreto1")
    for who in (manager, ana):  # allowed to act from scripts: what is tested is their role
        users.set_script_access(manager, who, True)
    customers.create_customer(manager, number="C-1", name="Ana Peña", zone="Norte", phones="444 123 4567")
    close_database()
    return path


def count(db: Path, sql: str = "SELECT COUNT(*) FROM customer") -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


CSV = ("Número;Nombre;Teléfono;Correo;Mensualidad;Estatus\r\n"
       "C-1;Ana Peña;044 444 123 4567;ana@correo.mx;\"350,00\";Activo\r\n"
       "C-2;\"Luis\r\nNúñez\";01 487 873 1703;luis@;$399.00;Suspendido\r\n"
       "C-3;Rosa;;;;Moroso\r\n"
       ";Sin número;;;;\r\n"
       "C-2;Luis Núñez;;;;\r\n")


def test_import_prints_the_counts_and_the_lines_of_what_it_rejected(cli_db: Path, tmp_path: Path) -> None:
    src = tmp_path / "facturacion.csv"
    src.write_bytes(CSV.encode("cp1252"))
    rejects = tmp_path / "rechazados.csv"
    dry = run(cli_db, "import-customers", str(src), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert count(cli_db) == 1
    assert "Simulación" in dry.stderr
    res = run(cli_db, "import-customers", str(src), "--rejects", str(rejects))
    assert res.returncode == 0, res.stderr
    # line 7 repeats C-2 with the name line 3 had (its quoted line break is a space in a name): no change
    assert res.stdout.splitlines() == ["importados 1", "actualizados 1", "rechazados 2", "sin cambios 1"]
    assert dry.stdout == res.stdout  # the dry run said exactly this
    assert "Windows-1252, separado por punto y coma, 5 filas" in res.stderr
    assert "línea 5: rechazada: Estatus «Moroso» no reconocido" in res.stderr
    assert "línea 6: rechazada: Falta el número de cliente." in res.stderr
    assert "línea 3: aviso: Correo electrónico: «luis@»" in res.stderr
    assert "línea 7: aviso: El número C-2 ya venía en la línea 3" in res.stderr
    with rejects.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert [r[0] for r in rows] == ["linea", "5", "6"]
    assert count(cli_db) == 2
    assert count(cli_db, "SELECT name FROM customer WHERE number = 'C-2'") == "Luis Núñez"
    assert count(cli_db, "SELECT email FROM customer WHERE number = 'C-2'") == ""
    again = run(cli_db, "import-customers", str(src))
    assert again.stdout.splitlines() == ["importados 0", "actualizados 0", "rechazados 2", "sin cambios 3"]


@pytest.mark.parametrize(("content", "message"), [
    (None, "No existe el archivo"),
    (b"", "vac\u00edo"),
    (b"nombre,telefono\nAna,4441234567\n", "n\u00famero de cliente"),
    (b"PK\x03\x04xlsx", "libro de Excel"),
])
def test_import_of_a_file_that_cannot_be_read_exits_1_and_writes_nothing(cli_db, tmp_path, content, message) -> None:
    src = tmp_path / "x.csv"
    if content is not None:
        src.write_bytes(content)
    res = run(cli_db, "import-customers", str(src))
    assert res.returncode == 1
    assert message in res.stderr
    assert res.stdout == ""
    assert count(cli_db) == 1


def test_import_with_rejects_into_a_missing_folder_is_refused_first(cli_db, tmp_path) -> None:
    src = tmp_path / "x.csv"
    src.write_text("numero,nombre\nC-9,Nueve\n", encoding="utf-8")
    res = run(cli_db, "import-customers", str(src), "--rejects", str(tmp_path / "no" / "r.csv"))
    assert res.returncode == 1
    assert "la carpeta no existe" in res.stderr
    assert count(cli_db) == 1


def test_import_as_a_user_without_the_right_is_refused(cli_db, tmp_path) -> None:
    src = tmp_path / "x.csv"
    src.write_text("numero,nombre\nC-9,Nueve\n", encoding="utf-8")
    res = run(cli_db, "import-customers", str(src), "--user", "ana")
    assert res.returncode == 1
    assert "Permiso denegado" in res.stderr
    assert run(cli_db, "import-customers", str(src), "--user", "gerente").returncode == 0
    assert count(cli_db, "SELECT u.username FROM audit_event a JOIN user u ON u.id = a.user_id "
                         "WHERE a.entity = 'import'") == "gerente"


def test_export_reports_and_customers(cli_db, tmp_path) -> None:
    out = tmp_path / "reportes.csv"
    res = run(cli_db, "export", "reports", "--from", "2026-01-01", "--to", "2026-01-31", "-o", str(out))
    assert res.returncode == 0, res.stderr
    assert res.stdout == "exportados 0\n"
    assert out.read_text(encoding="utf-8-sig").startswith("folio,estado,tipo")
    customers = tmp_path / "clientes.csv"
    res = run(cli_db, "export", "customers", "-o", str(customers))
    assert res.stdout == "exportados 1\n"
    assert "C-1,Ana Peña,444 123 4567" in customers.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("args", [
    ("export", "reports", "--from", "2026-13-01", "--to", "2026-01-31", "-o", "x.csv"),
    ("export", "reports", "--to", "2026-01-31", "-o", "x.csv"),
    ("export", "clientes", "-o", "x.csv"),
    ("import-customers",),
    ("restore",),
])
def test_data_usage_errors_exit_2(cli_db, args) -> None:
    res = run(cli_db, *args)
    assert res.returncode == 2
    assert "uso:" in res.stderr


def test_export_into_a_missing_folder_exits_1(cli_db, tmp_path) -> None:
    res = run(cli_db, "export", "customers", "-o", str(tmp_path / "no" / "c.csv"))
    assert res.returncode == 1
    assert "la carpeta no existe" in res.stderr


def test_backup_then_restore_with_confirmation(cli_db, tmp_path) -> None:
    data = tmp_path / "datos"  # the test's ISPDESK_DATA_DIR
    res = run(cli_db, "backup")
    assert res.returncode == 0, res.stderr
    path = Path(res.stdout.strip())
    assert path.parent == data / "respaldos"
    assert path.name.startswith("cli-")
    assert path.suffix == ".db"
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    chosen = tmp_path / "a-mano.db"
    assert run(cli_db, "backup", "-o", str(chosen)).stdout.strip() == str(chosen)

    con = sqlite3.connect(cli_db)
    con.execute("UPDATE customer SET name = 'Cambiado' WHERE number = 'C-1'")
    con.commit()
    con.close()
    refused = run(cli_db, "restore", str(path), stdin="")  # no terminal, no --yes: nothing happens
    assert refused.returncode == 1
    assert "--yes" in refused.stderr
    assert count(cli_db, "SELECT name FROM customer") == "Cambiado"
    done = run(cli_db, "restore", str(path), "--yes")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"restaurado {path}"
    assert lines[1].startswith("copia previa ")
    assert lines[1].endswith("-antes-de-restaurar.db")
    assert f"Respaldo revisado: Internet Rioverde, 1 clientes, 0 reportes, esquema {LATEST}." in done.stderr
    assert count(cli_db, "SELECT name FROM customer") == "Ana Peña"
    event = json.loads(count(cli_db, "SELECT data_json FROM audit_event WHERE action = 'restore'"))
    assert event["by"] == "sistema"


def test_restore_of_a_bad_file_exits_1(cli_db, tmp_path) -> None:
    bad = tmp_path / "malo.db"
    bad.write_bytes(b"no soy un respaldo" * 50)
    res = run(cli_db, "restore", str(bad), "--yes")
    assert res.returncode == 1
    assert "no es un respaldo" in res.stderr
    assert count(cli_db) == 1


def test_restore_on_a_new_pc_creates_the_database(cli_db, tmp_path) -> None:
    backup = tmp_path / "r.db"
    run(cli_db, "backup", "-o", str(backup))
    fresh = tmp_path / "nueva" / "ispdesk.db"
    res = run(fresh, "restore", str(backup), "--yes")
    assert res.returncode == 0, res.stderr
    assert count(fresh, "SELECT name FROM customer") == "Ana Peña"


@pytest.mark.parametrize("args", [("import-customers", "{csv}", "--dry-run"), ("export", "customers", "-o", "{out}"),
                                  ("backup", "-o", "{out}")])
def test_data_commands_stay_light(cli_db, tmp_path, args) -> None:
    """Cron jobs: no GUI, no PDF library, no holiday tables."""
    src = tmp_path / "c.csv"
    src.write_text("numero,nombre\nC-5,Cinco\n", encoding="utf-8")
    argv = ["ispdesk", "--db", str(cli_db), *(a.format(csv=src, out=tmp_path / "salida") for a in args)]
    code = (f"import sys; sys.argv = {argv!r}\nfrom ispdesk.cli import main\nimport contextlib, io, json\n"
            "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()): rc = main()\n"
            "assert rc == 0, rc\nprint(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    mods = {m.split(".")[0] for m in json.loads(out.strip().splitlines()[-1])}
    assert not mods & {"PySide6", "reportlab", "holidays"}
