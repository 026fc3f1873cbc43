"""Refused means nothing written: a command that ends with «ispdesk: …» and exit 1 leaves the database (or the file
that is not one) exactly as it found it, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from clikit import REPORT_NEW, finish, office_db, popen, run

from ispdesk.core.errors import DomainError
from ispdesk.core.folio import parse

__all__ = ["office_db"]  # a fixture

def _users(target: str) -> list[str]:
    from ispdesk.core.models import User
    from ispdesk.core.storage import close_database, open_database

    open_database(target)
    try:
        return sorted(u.username for u in User.select(User.username))
    finally:
        close_database()


def _back_to_v4_without_sistema(target: str) -> None:
    """The state of a database written by schema v4: no `sistema` account yet (the first command made it)."""
    from ispdesk.core.db import write_tx
    from ispdesk.core.models import SchemaVersion, User
    from ispdesk.core.storage import close_database, open_database

    open_database(target)
    with write_tx():
        User.delete().where(User.username == "sistema").execute()
        SchemaVersion.update(version=4).where(SchemaVersion.version == 5).execute()  # a fresh base has one row
    close_database()


# --- 2a: the `sistema` account comes with the schema ------------------------------------------------------------

def test_sistema_exists_from_creation_and_a_refused_command_adds_no_user(office_db: str) -> None:
    before = _users(office_db)
    assert before == ["gerente", "sistema"]
    res = run(office_db, "report", "new", "--customer", "99999", "--kind", "falla", "--channel", "web",
              "--description", "Sin internet")
    assert res.returncode == 1
    assert "No existe el cliente" in res.stderr
    assert _users(office_db) == before


def test_v4_database_gains_sistema_by_migration(office_db: str) -> None:
    _back_to_v4_without_sistema(office_db)
    assert _users(office_db) == ["gerente", "sistema"]  # opening it migrated it
    from ispdesk.core.schema import LATEST, current_version
    from ispdesk.core.storage import close_database, open_database

    open_database(office_db)
    try:
        assert current_version() == LATEST == 5
    finally:
        close_database()


@pytest.mark.slow
def test_eight_first_commands_at_once_migrate_once_and_all_file(office_db: str) -> None:
    _back_to_v4_without_sistema(office_db)
    results = finish([popen(office_db, *REPORT_NEW) for _ in range(8)])
    for code, _out, err in results:
        assert code == 0, err
    folios = [out.splitlines()[0] for _c, out, _e in results]
    assert sorted(parse(f).seq for f in folios) == list(range(1, 9))
    assert _users(office_db).count("sistema") == 1


# --- 2b: an empty or foreign file is never turned into a database ------------------------------------------------

FOLIO = "RV26-00001-6"
COMMANDS = [
    ("customer", "find", "pena"),
    ("customer", "export", "C-1", "-o", "{out}/datos.pdf", "--user", "gerente"),
    ("report", "show", FOLIO),
    ("receipt", FOLIO, "-o", "{out}/r.pdf"),
    ("workorder", FOLIO, "-o", "{out}/o.pdf"),
    ("summary", "--month", "2026-01", "-o", "{out}/s.pdf"),
    ("export", "reports", "--from", "2026-01-01", "--to", "2026-01-31", "-o", "{out}/r.csv"),
    ("export", "customers", "-o", "{out}/c.csv"),
    ("backup", "-o", "{out}/b.db"),
    ("retention", "--dry-run"),
    ("customer", "add", "--number", "C-9", "--name", "Ana"),
    REPORT_NEW,
    ("report", "close", FOLIO, "--notified-via", "telefono", "--confirmed", "si"),
    ("import-customers", "{out}/clientes.csv"),
]


def _snapshot(path: Path) -> tuple[bytes, int, list[str]]:
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


def _foreign(path: Path, wal: bool) -> None:
    con = sqlite3.connect(path)
    if wal:
        con.execute("PRAGMA journal_mode=wal")
    con.execute("CREATE TABLE facturas (folio TEXT PRIMARY KEY, total REAL)")
    con.execute("INSERT INTO facturas VALUES ('A-1', 399.0)")
    con.commit()
    con.close()


@pytest.fixture
def outdir(tmp_path: Path) -> Path:
    out = tmp_path / "salida"
    out.mkdir()
    (out / "clientes.csv").write_text("numero,nombre\nC-5,Ana\n", encoding="utf-8")
    return out


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_an_empty_file_is_refused_and_left_as_it_was(tmp_path: Path, outdir: Path, args: tuple[str, ...]) -> None:
    path = tmp_path / "bd" / "vacia.db"
    path.parent.mkdir()
    path.touch()
    before = _snapshot(path)
    res = run(path, *(a.format(out=outdir) for a in args))
    assert res.returncode == 1, res.stderr
    assert f"ispdesk: La base de datos {path} está vacía" in res.stderr
    assert "Traceback" not in res.stderr
    assert _snapshot(path) == before  # same bytes (none), same mtime, no -wal/-shm/-journal beside it
    assert sorted(p.name for p in outdir.iterdir()) == ["clientes.csv"]


@pytest.mark.parametrize("wal", [False, True], ids=["journal", "wal"])
@pytest.mark.parametrize("args", [*COMMANDS, ("demo", "--customers", "5", "--reports", "5"),
                                  ("restore", "{out}/clientes.csv", "--yes")], ids=lambda a: " ".join(a[:2]))
def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path: Path, outdir: Path,
                                                                  args: tuple[str, ...], wal: bool) -> None:
    path = tmp_path / "bd" / "facturas.db"
    path.parent.mkdir()
    _foreign(path, wal)
    before = _snapshot(path)
    res = run(path, *(a.format(out=outdir) for a in args))
    assert res.returncode == 1, res.stderr
    assert f"ispdesk: {path} es una base de datos de otro programa" in res.stderr
    assert _snapshot(path) == before
    assert sorted(p.name for p in outdir.iterdir()) == ["clientes.csv"]


def test_demo_fills_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "vacia.db"
    path.touch()
    res = run(path, "demo", "--customers", "5", "--reports", "5")
    assert res.returncode == 0, res.stderr
    assert sqlite3.connect(path).execute("SELECT COUNT(*) FROM customer").fetchone()[0] == 5


@pytest.mark.pg
def test_an_empty_or_foreign_postgresql_database_is_refused(database: str) -> None:
    if not database.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    from ispdesk.core.db import make_database
    from ispdesk.core.storage import close_database

    close_database()
    pg = make_database(database)
    pg.connect()
    try:
        pg.execute_sql("DROP SCHEMA public CASCADE")
        pg.execute_sql("CREATE SCHEMA public")
        for args in (("customer", "find", "pena"), REPORT_NEW):
            res = run(database, *args)
            assert res.returncode == 1, res.stderr
            assert "está vacía (no tiene datos de ispdesk) y no se modificó" in res.stderr
        assert pg.get_tables() == []
        pg.execute_sql("CREATE TABLE facturas (folio TEXT PRIMARY KEY)")
        for args in (("customer", "find", "pena"), ("demo", "--customers", "5", "--reports", "5")):
            res = run(database, *args)
            assert res.returncode == 1, res.stderr
            assert "es una base de datos de otro programa" in res.stderr
        assert pg.get_tables() == ["facturas"]
    finally:
        pg.close()


# --- 2d: no backup, no migration ---------------------------------------------------------------------------------

def _limited_file_size(limit: int):
    """In the child: files may not grow past `limit` bytes (a full disk, for the files it writes from now on)."""
    def apply() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_a_failed_backup_before_migrating_leaves_nothing_and_migrates_nothing(office_db: str) -> None:
    path = Path(office_db)
    _back_to_v4_without_sistema(office_db)
    for leftover in path.parent.glob("*.bak.db"):
        leftover.unlink()  # (the fixture's own opening made none; the helper's did not either)
    before = _snapshot(path)
    res = subprocess.run([sys.executable, "-m", "ispdesk", "--db", office_db, *REPORT_NEW], capture_output=True,
                         text=True, timeout=120, preexec_fn=_limited_file_size(32 * 1024))
    assert res.returncode == 1, res.stderr
    assert res.stderr.startswith(f"ispdesk: No se pudo copiar la base de datos {path} antes de actualizarla")
    assert "no se actualizó ni se cambió nada" in res.stderr
    assert "Traceback" not in res.stderr
    assert res.stdout == ""
    assert _snapshot(path) == before  # same bytes and mtime; no .bak.db, no partial copy, no -wal/-shm
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 4
        assert con.execute("SELECT COUNT(*) FROM report").fetchone()[0] == 0
    finally:
        con.close()
    ok = run(office_db, *REPORT_NEW)  # room again: it copies, migrates and files
    assert ok.returncode == 0, ok.stderr
    assert len(list(path.parent.glob("*.bak.db"))) == 1


# --- 2c: a refused demo leaves no database behind -----------------------------------------------------------------

@pytest.mark.parametrize("failure", [DomainError("No se pudo cargar la demostración."), KeyboardInterrupt()],
                         ids=["refused", "interrupted"])
def test_a_demo_that_fails_after_creating_the_file_removes_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str],
                                                              failure: BaseException) -> None:
    from ispdesk import cli
    from ispdesk.core import demo

    def fail(**_kwargs: object) -> str:
        raise failure

    monkeypatch.setattr(demo, "build_demo", fail)
    path = tmp_path / "nueva" / "sub" / "demo.db"
    rc = cli.main(["--db", str(path), "demo", "--customers", "5", "--reports", "5"])
    assert rc in (1, 130)
    assert capsys.readouterr().err.startswith("ispdesk: ")
    assert not (tmp_path / "nueva").exists()  # neither the file nor the folders made for it


def test_a_failed_demo_never_removes_a_file_that_was_there(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ispdesk import cli
    from ispdesk.core import demo

    def fail(**_kwargs: object) -> str:
        raise DomainError("No se pudo cargar la demostración.")

    monkeypatch.setattr(demo, "build_demo", fail)
    path = tmp_path / "vacia.db"
    path.touch()
    from ispdesk.core.storage import close_database

    assert cli.main(["--db", str(path), "demo", "--customers", "5", "--reports", "5"]) == 1
    close_database()
    assert path.exists()


def test_demo_refused_for_its_sizes_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "nueva" / "demo.db"
    res = run(path, "demo", "--customers", "0")
    assert res.returncode == 1
    assert not path.parent.exists()


# --- 2e: the same customer number added twice at once ------------------------------------------------------------

DUPLICATE = "Ya existe un cliente con el número C-77."
ADD = ("customer", "add", "--number", "C-77", "--name", "Ana")

_HOLDER = """
import sys
import time
from ispdesk.core.db import db
from ispdesk.core.models import User
from ispdesk.core.services.customers import create_customer
from ispdesk.core.storage import open_database

open_database(sys.argv[1])
with db.atomic():  # the customer is added, and the transaction held open until told to commit
    create_customer(User.get(User.username == "gerente"), number="C-77", name="Beatriz")
    print("added", flush=True)
    sys.stdin.readline()
print("committed", flush=True)
"""


def _waiting_on_a_lock(target: str) -> bool:
    """PostgreSQL: whether some session waits for a row or transaction lock (our `customer add`)."""
    from ispdesk.core.db import make_database

    pg = make_database(target)
    pg.connect()
    try:
        return bool(pg.execute_sql("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                   "AND datname = current_database()").fetchone()[0])
    finally:
        pg.close()


def test_a_number_added_by_another_pc_meanwhile_gets_the_duplicate_message(office_db: str) -> None:
    """The other PC's row is not committed when ours looks (so the look finds nothing) and committed while ours
    inserts: PostgreSQL's unique index refuses ours, which must read as the usual message, not a traceback."""
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, office_db], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "added", holder.stderr.read()
        ours = popen(office_db, *ADD)
        if office_db.startswith("postgresql"):
            while not _waiting_on_a_lock(office_db):  # ours has looked, inserted and now waits for the other
                assert ours.poll() is None, ours.communicate()
                time.sleep(0.05)
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "committed"
    finally:
        holder.communicate(timeout=60)
    [(code, out, err)] = finish([ours])
    assert (code, out) == (1, "")
    assert err == f"ispdesk: {DUPLICATE}\n"


@pytest.mark.slow
def test_eight_processes_adding_the_same_number_one_wins(office_db: str) -> None:
    results = finish([popen(office_db, *ADD) for _ in range(8)])
    assert sorted(code for code, _o, _e in results) == [0] + [1] * 7
    for code, out, err in results:
        assert (out, err) == (("C-77\n", "") if code == 0 else ("", f"ispdesk: {DUPLICATE}\n"))
