"""The command line is a contract: names, output and exit codes (0 ok, 1 user error, 2 usage)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ispdesk.core.folio import parse


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ispdesk", "--db", str(db), *args], capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def cli_db(tmp_path: Path) -> Path:
    """A database with an office, made the way an office would: first run, then the command line."""
    from ispdesk.core.services import office, users
    from ispdesk.core.storage import close_database, open_database

    path = tmp_path / "cli.db"
    open_database(path)
    off = office.create_office(None, name="Internet Rioverde", folio_prefix="RV", phones="487 873 1703")
    manager = users.bootstrap_manager(off, "gerente", "Gerardo Ríos", "secreto1")
    users.set_script_access(manager, manager, True)  # the manager's cron jobs act as the manager
    close_database()
    return path


def test_customer_add_find_report_new_show(cli_db: Path, tmp_path: Path) -> None:
    add = run(cli_db, "customer", "add", "--number", "C-100", "--name", "Begoña Ibáñez", "--phone",
              "+52 (444) 123-4567", "--phone", "487 100 2000", "--email", "bego@correo.mx", "--address",
              "Centenario 322", "--zone", "Norte")
    assert add.returncode == 0, add.stderr
    assert add.stdout.strip() == "C-100"

    found = run(cli_db, "customer", "find", "begona")
    assert found.returncode == 0
    assert found.stdout == "C-100\tBegoña Ibáñez\t444 123 4567, 487 100 2000\n"
    by_phone = run(cli_db, "customer", "find", "1234567")
    assert by_phone.stdout.startswith("C-100\t")

    receipt = tmp_path / "folio.pdf"
    new = run(cli_db, "report", "new", "--customer", "c-100", "--kind", "falla", "--channel", "telefono",
              "--description", "Sin internet desde ayer; el foco parpadea", "--location", "Recámara",
              "--user", "gerente", "--receipt", str(receipt), "--format", "ticket")
    assert new.returncode == 0, new.stderr
    folio = new.stdout.splitlines()[0]
    assert parse(folio).seq == 1  # the first line is the folio alone
    assert receipt.read_bytes().startswith(b"%PDF")

    show = run(cli_db, "report", "show", folio.lower().replace("-", ""))
    assert show.returncode == 0
    for text in (f"Folio: {folio}", "Estado: Abierto, sin asignar", "Cliente: C-100 — Begoña Ibáñez",
                 "Tipo: Falla en el servicio", "Primera respuesta:", "Solución:", "Historial:", "Reporte levantado"):
        assert text in show.stdout

    out = tmp_path / "otra.pdf"
    rec = run(cli_db, "receipt", folio, "-o", str(out))
    assert rec.returncode == 0
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("customer", "add", "--number", "X1", "--name", "  "), "Nombre"),
        (("customer", "add", "--number", "X1", "--name", "Ana", "--phone", "123"), "Teléfono"),
        (("customer", "add", "--number", "X1", "--name", "Ana", "--email", "ana@"), "Correo"),
        (("customer", "find", "nadie"), "Sin coincidencias"),
        (("report", "show", "RV26-00001-0"), "no es válido"),
        (("report", "show", "RV26-00099-6"), "No existe"),
        (("report", "new", "--customer", "NOEXISTE", "--kind", "falla", "--channel", "web", "--description", "x"),
         "No existe el cliente"),
        (("report", "new", "--customer", "NOEXISTE", "--kind", "falla", "--channel", "web", "--description", "x",
          "--user", "fantasma"), "No existe el usuario"),
    ],
)
def test_user_errors_exit_1_with_spanish_message_and_no_traceback(cli_db: Path, args, message) -> None:
    res = run(cli_db, *args)
    assert res.returncode == 1
    assert message in res.stderr
    assert "Traceback" not in res.stderr
    assert res.stdout == ""


def test_failed_report_new_writes_nothing(cli_db: Path) -> None:
    run(cli_db, "customer", "add", "--number", "C-1", "--name", "Ana")
    res = run(cli_db, "report", "new", "--customer", "C-1", "--kind", "falla", "--channel", "web",
              "--description", " \t ")
    assert res.returncode == 1
    assert "Descripción" in res.stderr
    import sqlite3

    assert sqlite3.connect(cli_db).execute("SELECT COUNT(*) FROM report").fetchone()[0] == 0


@pytest.mark.parametrize(
    "args",
    [("report", "new", "--customer", "C-1", "--kind", "averia", "--channel", "web", "--description", "x"),
     ("report",), ("customer", "find"), ("nada",)],
)
def test_usage_errors_exit_2(cli_db: Path, args) -> None:
    res = run(cli_db, *args)
    assert res.returncode == 2
    assert "uso:" in res.stderr


def test_demo_command_builds_data(tmp_path: Path) -> None:
    db_path = tmp_path / "demo.db"
    res = run(db_path, "demo", "--customers", "60", "--reports", "300", "--seed", "5")
    assert res.returncode == 0, res.stderr
    assert "60 clientes y 300 reportes" in res.stdout
    assert "demo123" in res.stdout
    import sqlite3

    con = sqlite3.connect(db_path)
    assert con.execute("SELECT COUNT(*) FROM report").fetchone()[0] == 300
    assert con.execute("SELECT COUNT(*) FROM customer").fetchone()[0] == 60


def test_demo_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    import datetime as dt
    import sqlite3

    from ispdesk.core.demo import build_demo
    from ispdesk.core.storage import close_database, open_database

    now = dt.datetime(2026, 11, 20, 18, 0)
    paths = [tmp_path / "a.db", tmp_path / "b.db"]
    for path in paths:
        open_database(path)
        build_demo(customers=80, reports=400, seed=5, now=now)
        close_database()

    def dump(p: Path) -> list:
        con = sqlite3.connect(p)
        return con.execute("SELECT c.number, c.name, c.phones, r.folio, r.kind, r.channel, r.status, r.opened_at, "
                           "r.response_due, r.resolution_due FROM report r JOIN customer c ON c.id = r.customer_id "
                           "ORDER BY r.id").fetchall()

    rows = dump(paths[0])
    assert rows == dump(paths[1])
    assert len(rows) == 400
    assert any(ch in "".join(r[1] for r in rows) for ch in "áéíóúñÁÉÍÓÚÑ")
    statuses = {r[6] for r in rows}
    assert "cerrado" in statuses
    assert len(statuses) >= 3  # recent reports are still open in several states
    folios = [r[3] for r in rows]
    assert len(set(folios)) == len(folios)


def test_missing_database_is_an_error_not_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "no" / "existe.db"
    res = run(target, "customer", "find", "pena")
    assert res.returncode == 1
    assert "No existe la base de datos" in res.stderr
    assert not target.exists()
    assert not target.parent.exists()


def test_receipt_into_a_missing_folder_writes_no_report(cli_db: Path, tmp_path: Path) -> None:
    run(cli_db, "customer", "add", "--number", "C-1", "--name", "Ana")
    res = run(cli_db, "report", "new", "--customer", "C-1", "--kind", "falla", "--channel", "web",
              "--description", "Sin internet", "--receipt", str(tmp_path / "no-existe" / "r.pdf"))
    assert res.returncode == 1
    assert "la carpeta no existe" in res.stderr
    import sqlite3

    assert sqlite3.connect(cli_db).execute("SELECT COUNT(*) FROM report").fetchone()[0] == 0


def test_demo_refuses_a_database_with_real_data(cli_db: Path) -> None:
    run(cli_db, "customer", "add", "--number", "C-1", "--name", "Ana")
    res = run(cli_db, "demo", "--customers", "5", "--reports", "5")
    assert res.returncode == 1
    assert "datos de demostración" in res.stderr
    import sqlite3

    con = sqlite3.connect(cli_db)
    assert con.execute("SELECT COUNT(*) FROM customer").fetchone()[0] == 1
    assert con.execute("SELECT demo FROM office").fetchone()[0] == 0


@pytest.mark.parametrize("limit", ["0", "-1", "x"])
def test_find_limit_must_be_positive(cli_db: Path, limit: str) -> None:
    res = run(cli_db, "customer", "find", "ana", "--limit", limit)
    assert res.returncode == 2


def _resolved_report(db: Path) -> str:
    """A fault filed, assigned and resolved through the services (what a technician does in the GUI)."""
    from ispdesk.core.models import User
    from ispdesk.core.services import customers, reports, users
    from ispdesk.core.storage import close_database, open_database

    open_database(db)
    try:
        mgr = User.get(User.username == "gerente")
        tech = users.create_user(mgr, "tomas", "Tomás Peña", "tecnico", "secreto1")
        c = customers.create_customer(mgr, number="C-7", name="Begoña Ibáñez", phones="444 123 4567",
                                      address="Centenario 322", zone="Norte")
        r = reports.open_report(mgr, c, "falla", "telefono", "Sin internet")
        reports.assign(mgr, r, tech)
        reports.resolve(tech, r, cause_code="equipo_isp", cause="Fuente PoE dañada", action="Se cambió la fuente",
                        upheld=True)
        return r.folio
    finally:
        close_database()


def test_report_close_tells_the_customer_and_closes(cli_db: Path) -> None:
    folio = _resolved_report(cli_db)
    done = run(cli_db, "report", "close", folio, "--notified-via", "whatsapp", "--confirmed", "si")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{folio}\tcerrado\n"
    show = run(cli_db, "report", "show", folio).stdout
    assert "Estado: Cerrado" in show
    assert "Aviso al cliente — Sistema (línea de comandos): Por whatsapp: Hola, Begoña" in show
    assert "La causa fue: fuente PoE dañada. Su reporte resultó procedente." in show
    assert "el cliente confirma la solución" in show
    again = run(cli_db, "report", "close", folio, "--notified-via", "telefono", "--confirmed", "no")
    assert again.returncode == 1
    assert again.stderr.startswith("ispdesk: No se puede registrar el aviso al cliente de un reporte en estado")


def test_report_close_refuses_an_unresolved_report_and_writes_nothing(cli_db: Path) -> None:
    folio = _resolved_report(cli_db)
    other = run(cli_db, "report", "new", "--customer", "C-7", "--kind", "queja", "--channel", "web",
                "--description", "No contestan").stdout.splitlines()[0]
    before = run(cli_db, "report", "show", other).stdout
    refused = run(cli_db, "report", "close", other, "--notified-via", "telefono", "--confirmed", "si",
                  "--text", "Ya quedó")
    assert refused.returncode == 1
    assert "ispdesk: Antes de cerrar" in refused.stderr or "No se puede" in refused.stderr
    assert run(cli_db, "report", "show", other).stdout == before  # no notice was left behind either
    bad = run(cli_db, "report", "close", folio, "--notified-via", "paloma", "--confirmed", "si")
    assert bad.returncode == 2
    assert "opción no válida" in bad.stderr


def test_workorder_pdf(cli_db: Path, tmp_path: Path) -> None:
    folio = _resolved_report(cli_db)
    out = tmp_path / "orden.pdf"
    done = run(cli_db, "workorder", folio, "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    assert out.read_bytes().startswith(b"%PDF")
    missing = run(cli_db, "workorder", folio, "-o", str(tmp_path / "no" / "orden.pdf"))
    assert missing.returncode == 1
    assert "la carpeta no existe" in missing.stderr
    unknown = run(cli_db, "workorder", "RV26-99999-0", "-o", str(out))
    assert unknown.returncode == 1


def test_a_filed_report_is_not_reported_as_failed_when_stdout_is_closed(cli_db: Path) -> None:
    """`ispdesk report new … | head -1` takes the folio; a closed pipe after the commit is not an error."""
    _resolved_report(cli_db)
    cmd = [sys.executable, "-m", "ispdesk", "--db", str(cli_db), "report", "new", "--customer", "C-7", "--kind",
           "queja", "--channel", "web", "--description", "Cobro doble"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**__import__("os").environ,
                                                                                      "PYTHONUNBUFFERED": "1"})
    proc.stdout.close()  # the reader went away before we wrote
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert b"Traceback" not in err
    shown = run(cli_db, "report", "show", "RV26-00002-4")
    assert shown.returncode == 0, shown.stderr  # the report was filed
