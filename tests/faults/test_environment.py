"""Every environmental fault gets a Spanish message and exit 1, never a traceback, and the data stays sound:
a lock held by another process, a read-only file or folder, a damaged file, a full disk, a network share,
arguments that are not UTF-8, a lost PostgreSQL connection."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from faultkit import (
    IS_ROOT,
    NOBODY,
    REPORT_NEW,
    FaultRecord,
    facts,
    facts_line,
    file_digest,
    fill,
    make_office_db,
    run_cli,
    run_cli_process,
    shared_dir,
    tmpfs,
)

from ispdesk.core import faults
from ispdesk.core.faults import BUSY_MESSAGE
from ispdesk.core.folio import folio_strings

FIRST_FOLIO = folio_strings("RV", dt.date.today().year, 1)[0]


def _no_traceback(text: str) -> None:
    assert "Traceback" not in text
    for english in ("database is locked", "disk I/O error", "database or disk is full", "readonly database",
                    "malformed", "file is not a database", "unable to open"):
        assert english not in text  # SQLite's own text never reaches the user (here, not even as a detail)


# --- a lock held by another process -------------------------------------------------------------------------

def _hold_lock(path: Path) -> subprocess.Popen[str]:
    """Another process that takes the write lock and keeps it until its stdin closes."""
    code = ("import sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "c.execute('UPDATE folio_counter SET last = last')\n"
            "print('ok', flush=True)\n"
            "sys.stdin.read()\n"
            "c.execute('ROLLBACK')\n")
    proc = subprocess.Popen([sys.executable, "-c", code, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ok"
    return proc


def test_busy_database_says_so_and_writes_nothing(office_db: Path, monkeypatch: pytest.MonkeyPatch,
                                                  fault_log: list[FaultRecord]) -> None:
    monkeypatch.setattr("ispdesk.core.db.BUSY_TIMEOUT_S", 0.3)  # the real wait is 15 s
    before = facts(office_db)
    holder = _hold_lock(office_db)
    try:
        res = run_cli("--db", str(office_db), *REPORT_NEW)
        add = run_cli("--db", str(office_db), "customer", "add", "--number", "C-9", "--name", "Ana")
        show = run_cli("--db", str(office_db), "customer", "find", "pena")  # reading goes on meanwhile
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(10)
    assert (res.code, add.code) == (1, 1)
    assert res.err == f"ispdesk: {BUSY_MESSAGE}\n" == add.err
    assert res.out == ""
    _no_traceback(res.err)
    assert show.code == 0
    assert "Cliente 1 Peña" in show.out
    after = facts(office_db)
    assert after == before
    again = run_cli("--db", str(office_db), *REPORT_NEW)
    assert again.code == 0, again.err
    fault_log.append(FaultRecord(
        "Base ocupada por otro proceso (SQLite)", "otro proceso con BEGIN IMMEDIATE más tiempo que la espera "
        "(15 s; 0,3 s en la prueba)", "CLI report new, customer add", res.err, res.code,
        [*facts_line(after), "sin cambios respecto a antes", "customer find sí responde mientras tanto",
         "al soltarse el bloqueo, report new sale con 0"]))


@pytest.mark.pg
@pytest.mark.parametrize("database", ["pg"], indirect=True)
def test_busy_postgres_folio_lock(database: str, monkeypatch: pytest.MonkeyPatch,
                                  fault_log: list[FaultRecord]) -> None:
    from factories import make_customer, make_office, make_staff

    from ispdesk.core.errors import DomainError
    from ispdesk.core.models import Report
    from ispdesk.core.services import reports
    from ispdesk.core.services.reports import FOLIO_LOCK
    from ispdesk.core.storage import open_database

    monkeypatch.setattr("ispdesk.core.db.BUSY_TIMEOUT_S", 0.3)
    open_database(database)
    staff = make_staff(make_office())
    c = make_customer(staff["recepcion"])
    import psycopg2

    other = psycopg2.connect(database)
    try:
        other.cursor().execute("SELECT pg_advisory_xact_lock(%s, %s)", (FOLIO_LOCK, c.office_id))
        with pytest.raises(DomainError) as err:
            reports.open_report(staff["recepcion"], c, "falla", "telefono", "Sin internet")
    finally:
        other.rollback()
        other.close()
    assert err.value.message == BUSY_MESSAGE
    assert Report.select().count() == 0
    assert reports.open_report(staff["recepcion"], c, "falla", "telefono", "Sin internet").folio
    fault_log.append(FaultRecord(
        "Base ocupada por otra PC (PostgreSQL)", "otra conexión con el candado de folios de la oficina; "
        "lock_timeout = 15 s (0,3 s en la prueba)", "servicio open_report", err.value.message, None,
        ["0 reportes escritos", "al soltarse, el reporte se levanta"]))


@pytest.mark.pg
@pytest.mark.parametrize("database", ["pg"], indirect=True)
def test_lost_postgres_connection_then_retry(database: str, fault_log: list[FaultRecord]) -> None:
    import psycopg2
    from factories import make_customer, make_office, make_staff

    from ispdesk.core.db import db
    from ispdesk.core.errors import DomainError
    from ispdesk.core.models import Customer
    from ispdesk.core.services import customers

    staff = make_staff(make_office())
    make_customer(staff["recepcion"])
    pid = db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    killer = psycopg2.connect(database)
    killer.autocommit = True
    killer.cursor().execute("SELECT pg_terminate_backend(%s)", (pid,))
    killer.close()
    with pytest.raises(DomainError) as err:
        customers.create_customer(staff["recepcion"], number="C-2", name="Beto")
    assert "Se perdió la conexión" in err.value.message
    assert Customer.select().count() == 1  # the next statement connects again
    customers.create_customer(staff["recepcion"], number="C-2", name="Beto")
    assert Customer.select().count() == 2
    fault_log.append(FaultRecord(
        "Conexión con PostgreSQL perdida", "pg_terminate_backend de la conexión de la aplicación",
        "servicio create_customer", err.value.message, None,
        ["0 clientes escritos por el intento", "el siguiente intento se reconecta y guarda"]))


def test_unreachable_postgres_server(fault_log: list[FaultRecord]) -> None:
    res = run_cli("--db", "postgresql://ana:secreta@127.0.0.1:9/ispdesk", *REPORT_NEW)
    assert res.code == 1
    assert res.err.startswith("ispdesk: No se pudo conectar a PostgreSQL (postgresql://ana@127.0.0.1:9/ispdesk): "
                              "revise que el servidor esté encendido y accesible. Detalle: ")
    assert "secreta" not in res.err  # the password never shows
    assert "Traceback" not in res.err
    fault_log.append(FaultRecord(
        "Servidor PostgreSQL inaccesible", "URL a un puerto sin servidor", "CLI report new",
        res.err.split(" Detalle:")[0] + " Detalle: (texto del controlador)", res.code,
        ["la contraseña de la URL no aparece en el mensaje"]))


# --- read-only file, folder or a -shm left by someone else ---------------------------------------------------

def _read_only_case(kind: str) -> tuple[Path, int | None]:
    """A database another user cannot write: its file, its folder, or a -shm left by root. Returns the file and
    the uid to run as (None: this user, with chmod, when not root)."""
    folder = shared_dir("ispdesk-ro-")
    path = folder / "ispdesk.db"
    make_office_db(path)
    if IS_ROOT:
        if kind == "file":
            os.chown(folder, NOBODY, NOBODY)  # the folder is theirs, the file root's (0644)
        elif kind == "shm":
            os.chown(folder, NOBODY, NOBODY)
            os.chown(path, NOBODY, NOBODY)
            shm = path.with_name(path.name + "-shm")
            shm.write_bytes(b"")
            shm.chmod(0o644)  # left by root: readable, not writable by them
        else:  # the file is theirs, the folder root's (0755)
            os.chown(path, NOBODY, NOBODY)
        return path, NOBODY
    if kind == "file":
        path.chmod(0o444)
    elif kind == "shm":
        shm = path.with_name(path.name + "-shm")
        shm.write_bytes(b"")
        shm.chmod(0o444)
    else:
        folder.chmod(0o555)
    return path, None


@pytest.mark.parametrize("kind", ["file", "folder", "shm"])
def test_read_only_database_is_refused_before_sqlite_touches_it(kind: str, fault_log: list[FaultRecord]) -> None:
    path, uid = _read_only_case(kind)
    before = {p.name for p in path.parent.iterdir()}
    digest = file_digest(path)
    data = shared_dir("ispdesk-datos-")
    if uid is not None:
        os.chown(data, uid, uid)
    try:
        res = run_cli_process("--db", str(path), *REPORT_NEW, user=uid, env={"ISPDESK_DATA_DIR": str(data)})
        show = run_cli_process("--db", str(path), "report", "show", FIRST_FOLIO, user=uid,
                               env={"ISPDESK_DATA_DIR": str(data)})
        assert res.returncode == 1, res.stderr
        assert "es de solo lectura" in res.stderr
        assert "no se puede guardar nada" in res.stderr
        what = {"file": "el archivo no permite escribir", "folder": "su carpeta no permite escribir",
                "shm": "ispdesk.db-shm no permite escribir"}[kind]
        assert what in res.stderr
        _no_traceback(res.stderr)
        assert show.returncode == 1
        assert "solo lectura" in show.stderr
        assert {p.name for p in path.parent.iterdir()} == before  # no -wal or -shm left behind
        assert file_digest(path) == digest
        f = facts(path)
        assert f["integrity"] == "ok"
        assert f["counts"]["report"] == 3
    finally:
        path.parent.chmod(0o755)
        shutil.rmtree(path.parent, ignore_errors=True)
        shutil.rmtree(data, ignore_errors=True)
    how = {"file": "archivo de otro usuario (0644), carpeta propia", "folder": "archivo propio en una carpeta de "
           "otro usuario (0755)", "shm": "un -shm dejado por root (0644) junto a un archivo propio"}[kind]
    fault_log.append(FaultRecord(
        "Solo lectura", how + (" — comando corrido como nobody (setpriv)" if uid is not None else " — chmod"),
        "CLI report new, report show", res.stderr, res.returncode,
        ["ningún -wal/-shm nuevo en la carpeta", "archivo idéntico byte a byte", *facts_line(facts(path))[:2]]
        if path.exists() else ["ningún -wal/-shm nuevo en la carpeta", "archivo idéntico byte a byte"]))


# --- a damaged file ------------------------------------------------------------------------------------------

def _damage_table(path: Path, table: str) -> None:
    """Overwrite the root page of `table` with garbage, as a failing disk would."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    con.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page)
        fh.write(b"\xa5" * page)


def _backup(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    backup = folder / "ispdesk-20260105-2200.db"
    backup.write_bytes(b"")
    os.utime(backup, (1767650400, 1767650400))
    old = folder / "ispdesk-20260104-2200.db"
    old.write_bytes(b"")
    os.utime(old, (1767564000, 1767564000))
    other = folder / "sucursal-20260106-2200.db"  # newer, but another office's base
    other.write_bytes(b"")
    os.utime(other, (1767736800, 1767736800))
    return backup


def test_damaged_search_index_stops_every_write_and_names_the_backup(
        office_db: Path, fault_log: list[FaultRecord]) -> None:
    from ispdesk.core.paths import backups_dir

    good = office_db.with_name("sana.db")
    shutil.copy(office_db, good)
    backup = _backup(backups_dir())
    _damage_table(office_db, "customer_fts_data")
    digest = file_digest(office_db)

    found = run_cli("--db", str(office_db), "customer", "find", "pena")
    assert found.code == 1
    assert f"La base de datos {office_db} está dañada: no se guardará nada en ella." in found.err
    assert f"Restaure el respaldo más reciente: {backup} (del " in found.err
    _no_traceback(found.err)
    assert faults.marker_path(office_db).exists()

    new = run_cli("--db", str(office_db), *REPORT_NEW)  # a write that never touches the search index
    assert new.code == 1
    assert "está dañada" in new.err
    assert str(backup) in new.err
    add = run_cli("--db", str(office_db), "customer", "add", "--number", "C-77", "--name", "Ana")
    assert add.code == 1
    assert "está dañada" in add.err
    assert file_digest(office_db) == digest  # never written into
    show = run_cli("--db", str(office_db), "report", "show", FIRST_FOLIO)  # reading what still reads
    assert show.code == 0
    assert f"Folio: {FIRST_FOLIO}" in show.out
    assert "aviso: La base de datos" in show.err
    assert "está dañada" in show.err
    damaged = facts(office_db)
    assert damaged["integrity"] != "ok"

    shutil.copy(good, office_db)  # the backup restored over it
    ok = run_cli("--db", str(office_db), *REPORT_NEW)
    assert ok.code == 0, ok.err
    assert not faults.marker_path(office_db).exists()
    fault_log.append(FaultRecord(
        "Archivo dañado (índice de búsqueda)", "página raíz de customer_fts_data sobrescrita con basura",
        "CLI customer find, luego report new y customer add", found.err, found.code,
        [f"integrity_check después: {str(damaged['integrity'])[:60]}…", "report new y customer add rechazados "
         "(exit 1) aunque no tocan el índice", "archivo idéntico byte a byte tras los rechazos",
         "report show sí lee, con aviso", "restaurado el respaldo: la marca se borra y report new sale con 0"]))


def test_damaged_header_is_not_taken_for_a_database(office_db: Path, fault_log: list[FaultRecord]) -> None:
    with open(office_db, "r+b") as fh:
        fh.write(b"esto no es SQLite" + b"\0" * 83)
    digest = file_digest(office_db)
    res = run_cli("--db", str(office_db), *REPORT_NEW)
    assert res.code == 1
    assert f"El archivo {office_db} no es una base de datos de ispdesk, o está dañado" in res.err
    assert "No hay respaldos en" in res.err
    _no_traceback(res.err)
    assert file_digest(office_db) == digest
    assert not faults.marker_path(office_db).exists()  # maybe not ours: no mark beside someone's file
    fault_log.append(FaultRecord(
        "Archivo dañado (encabezado) o ajeno", "los primeros 100 bytes sobrescritos", "CLI report new", res.err,
        res.code, ["archivo idéntico byte a byte", "sin marca junto al archivo (puede no ser de ispdesk)"]))


def test_damaged_report_table_met_while_writing(office_db: Path, fault_log: list[FaultRecord]) -> None:
    _damage_table(office_db, "report")
    res = run_cli("--db", str(office_db), *REPORT_NEW)
    assert res.code == 1
    assert "está dañada" in res.err
    _no_traceback(res.err)
    digest = file_digest(office_db)
    again = run_cli("--db", str(office_db), "customer", "add", "--number", "C-78", "--name", "Beto")
    assert again.code == 1
    assert "está dañada" in again.err
    assert file_digest(office_db) == digest
    fault_log.append(FaultRecord(
        "Archivo dañado (tabla de reportes)", "página raíz de report sobrescrita", "CLI report new",
        res.err, res.code, ["los siguientes comandos que escriben se rechazan", "archivo idéntico byte a byte"]))


# --- a full disk ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("leave", [0, 48 * 1024], ids=["nada-libre", "48KiB-libres"])
def test_full_disk(leave: int, fault_log: list[FaultRecord]) -> None:
    with tmpfs("3m") as point:
        path = point / "ispdesk.db"
        make_office_db(path)
        before = facts(path)
        filler = fill(point, leave)
        res = run_cli("--db", str(path), *REPORT_NEW)
        add = run_cli("--db", str(path), "customer", "add", "--number", "C-50", "--name", "Ana",
                      "--address", "x" * 200)
        assert res.code == 1, res
        assert add.code == 1, add
        assert "El disco de la base de datos está lleno" in res.err
        assert "no se guardó nada" in res.err
        assert "lleno" in add.err
        _no_traceback(res.err + add.err)
        filler.unlink()
        after = facts(path)
        assert after == before
        ok = run_cli("--db", str(path), *REPORT_NEW)
        assert ok.code == 0, ok.err
    fault_log.append(FaultRecord(
        "Disco lleno", f"tmpfs de 3 MiB llenado hasta dejar {leave // 1024} KiB libres", "CLI report new, "
        "customer add", res.err, res.code, [*facts_line(after), "idéntico a antes del intento",
                                           "liberado el espacio, report new sale con 0"]))


def test_full_database_by_page_limit(office_db: Path, monkeypatch: pytest.MonkeyPatch,
                                     fault_log: list[FaultRecord]) -> None:
    """Without root (no tmpfs): SQLite's page limit raises the very error a full disk does (SQLITE_FULL)."""
    pages = sqlite3.connect(office_db).execute("PRAGMA page_count").fetchone()[0]
    from ispdesk.core import db as db_module

    monkeypatch.setitem(db_module.SQLITE_PRAGMAS, "max_page_count", pages + 2)
    before = facts(office_db)
    results = []
    for i in range(200):  # until the file may not grow: the free pages inside it go first
        results.append(run_cli("--db", str(office_db), "customer", "add", "--number", f"C-5{i:03d}", "--name",
                               "Ana", "--address", "y" * 250))
        if results[-1].code:
            break
    res = results[-1]
    filed = 0
    while (report := run_cli("--db", str(office_db), *REPORT_NEW)).code == 0 and filed < 200:
        filed += 1
    assert res.code == 1, res
    assert "El disco de la base de datos está lleno" in res.err
    assert report.code == 1
    assert "está lleno" in report.err
    assert report.out == ""
    _no_traceback(res.err + report.err)
    after = facts(office_db)
    assert after["integrity"] == "ok"
    assert after["reports_without_created_event"] == 0
    assert after["chains"] == "íntegras"
    counts = before["counts"]
    assert isinstance(counts, dict)
    assert after["counts"] == {**counts, "customer": counts["customer"] + len(results) - 1,
                               "report": counts["report"] + filed, "report_event": counts["report_event"] + filed}
    assert after["folio_counter"] == counts["report"] + filed
    fault_log.append(FaultRecord(
        "Disco lleno (sin root)", "PRAGMA max_page_count: el archivo no puede crecer (el mismo SQLITE_FULL)",
        f"CLI customer add ×{len(results)}, report new ×{filed + 1}", res.err, res.code,
        [*facts_line(after), "guardado todo lo que salió con 0 y nada de lo que salió con 1"]))


# --- a network share ------------------------------------------------------------------------------------------

def test_network_share_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  fault_log: list[FaultRecord]) -> None:
    share = tmp_path / "red"
    share.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\n//servidor/oficina {share} cifs rw,vers=3.0 0 0\n")
    monkeypatch.setattr(faults, "MOUNTS_FILE", str(mounts))
    path = share / "ispdesk.db"
    res = run_cli("--db", str(path), "demo", "--customers", "5", "--reports", "5")
    assert res.code == 1
    assert "está en una carpeta de red" in res.err
    assert "use PostgreSQL" in res.err
    _no_traceback(res.err)
    assert list(share.iterdir()) == []
    unc = run_cli("--db", r"\\servidor\oficina\ispdesk.db", "customer", "find", "ana")
    assert unc.code == 1
    assert "carpeta de red" in unc.err
    fault_log.append(FaultRecord(
        "Base en una carpeta de red", "punto de montaje cifs (de /proc/mounts) y ruta UNC \\\\servidor\\…",
        "CLI demo, customer find", res.err, res.code, ["ningún archivo creado en la carpeta de red"]))


def test_local_disk_is_not_a_network_share(tmp_path: Path) -> None:
    assert faults.network_filesystem(tmp_path / "ispdesk.db") is None


# --- arguments that are not UTF-8 ----------------------------------------------------------------------------

def test_arguments_that_are_not_utf8(office_db: Path, fault_log: list[FaultRecord]) -> None:
    before = facts(office_db)
    res = run_cli("--db", str(office_db), "customer", "add", "--number", "C-60", "--name", "Pe\udcf1a")
    assert res.code == 1
    assert res.err == ("ispdesk: El argumento «Pe\ufffda» no es texto válido (UTF-8): revise la codificación de la "
                       "terminal o del script (por ejemplo, guárdelo como UTF-8).\n")
    # A real process with Latin-1 bytes on its command line (as a script saved in Latin-1 would send them).
    proc = subprocess.run([sys.executable, "-m", "ispdesk", "--db", str(office_db), "customer", "add", "--number",
                           "C-61", "--name", b"Pe\xf1a Ib\xe1\xf1ez"], capture_output=True,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src"),
                               "LC_ALL": "C.UTF-8"}, timeout=60)
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 1
    assert "no es texto válido (UTF-8)" in err
    _no_traceback(err)
    path_arg = run_cli("--db", str(office_db.with_name("ba\udce1se.db")), "customer", "find", "x")
    assert path_arg.code == 1
    assert "no es texto válido" in path_arg.err
    after = facts(office_db)
    assert after == before
    fault_log.append(FaultRecord(
        "Argumentos que no son UTF-8", "bytes Latin-1 en --name (proceso real) y en --db", "CLI customer add",
        err, proc.returncode, [*facts_line(after), "nada escrito"]))


# --- the translator itself -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "kind"),
    [("database is locked", faults.LOCKED), ("disk I/O error", faults.IO), ("database or disk is full", faults.FULL),
     ("attempt to write a readonly database", faults.READ_ONLY), ("database disk image is malformed", faults.CORRUPT),
     ("file is not a database", faults.CORRUPT), ("unable to open database file", faults.CANT_OPEN)],
)
def test_every_sqlite_fault_text_has_a_spanish_message(text: str, kind: str, tmp_path: Path) -> None:
    import peewee

    for exc in (sqlite3.OperationalError(text), peewee.OperationalError(sqlite3.OperationalError(text))):
        assert faults.classify(exc) == kind
        fault = faults.storage_fault(exc, None)
        assert fault is not None
        assert fault.kind == kind
        assert fault.detail == text
        assert text not in fault.message


def test_bugs_are_not_faults() -> None:
    import peewee

    for exc in (sqlite3.OperationalError("no such column: nombre"), peewee.IntegrityError("UNIQUE constraint failed"),
                ValueError("x"), KeyError("y")):
        assert faults.storage_fault(exc, None) is None


def test_commits_are_synced(office_db: Path) -> None:
    """Durability: every connection the app opens syncs the write-ahead log at each commit (FULL = 2)."""
    from ispdesk.core.db import db
    from ispdesk.core.storage import close_database, open_database

    open_database(office_db)
    try:
        assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        close_database()
