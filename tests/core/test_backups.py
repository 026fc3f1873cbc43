"""Backups while others write, checked restores (integrity, schema version, the right kind of file), the automatic
start-up backup and how many are kept."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ispdesk.core.db import db
from ispdesk.core.errors import DomainError, PermissionDenied, ValidationError
from ispdesk.core.models import AuditEvent, Customer
from ispdesk.core.paths import backups_dir
from ispdesk.core.schema import LATEST
from ispdesk.core.services import backups, customers

DATA = Path(__file__).parents[1] / "data"


def _sqlite_only() -> None:
    if not backups._sqlite():
        pytest.skip("SQLite only")


WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from ispdesk.core.storage import open_database
    from ispdesk.core.models import User
    from ispdesk.core.services import customers
    open_database(sys.argv[1])
    stop = Path(sys.argv[2])
    actor = User.get(User.username == "ana")
    n = 0
    while not stop.exists():
        customers.create_customer(actor, number=f"W-{n:05d}", name=f"Escritor {n}", phones="444 100 " + f"{n:04d}")
        n += 1
    print(n)
""")


def test_a_backup_while_another_process_writes_is_whole_and_consistent(staff, customer, tmp_path) -> None:
    _sqlite_only()
    stop = tmp_path / "alto"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, db.obj.database, str(stop)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while Customer.select().count() < 20 and time.monotonic() < deadline:
            time.sleep(0.05)
        made = []
        for _ in range(3):
            before = Customer.select().count()
            info = backups.backup_now(staff["gerente"])
            after = Customer.select().count()
            made.append((info, before, after))
    finally:
        stop.touch()
        out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    written = int(out.strip())
    assert written > 20
    for info, before, after in made:
        con = sqlite3.connect(info.path)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = con.execute("SELECT COUNT(*) FROM customer").fetchone()[0]
        phones = con.execute("SELECT COUNT(*) FROM customer_phone WHERE customer_id IN "
                             "(SELECT id FROM customer WHERE number LIKE 'W-%')").fetchone()[0]
        fts = con.execute("SELECT COUNT(*) FROM customer_fts WHERE customer_fts MATCH 'escritor'").fetchone()[0]
        con.close()
        assert before <= count <= after  # a snapshot taken during the copy, not a mix
        assert phones == fts == count - 1  # every written customer whole: its phone and its search entry
        assert not Path(info.path + "-wal").exists()
    assert Customer.select().count() == written + 1


def test_restore_brings_back_the_data_and_keeps_a_copy_of_what_was_there(staff, customer) -> None:
    if backups.unavailable_reason():
        pytest.skip(backups.unavailable_reason())
    saved = backups.backup_now(staff["gerente"])
    customers.update_customer(staff["gerente"], customer, name="Cambiado Después")
    customers.create_customer(staff["recepcion"], number="C-NUEVO", name="Alta posterior")
    check, safety = backups.restore_backup(staff["gerente"], saved.path)
    assert check.schema_version == LATEST
    assert check.office == "Internet Rioverde"
    assert Customer.get_by_id(customer.id).name == "María Peña López"
    assert not Customer.select().where(Customer.number == "C-NUEVO").exists()
    from ispdesk.core.search import search

    assert search("cambiado").customer_ids == []
    assert search("pena").customer_ids == [customer.id]
    assert safety is not None
    assert safety.kind == "antes-de-restaurar"
    # the safety copy holds what the restore replaced
    backups.restore_backup(staff["gerente"], safety.path, safety_copy=False)
    assert Customer.get_by_id(customer.id).name == "Cambiado Después"
    event = AuditEvent.select().where(AuditEvent.action == "restore").order_by(AuditEvent.id.desc()).first()
    assert event is not None
    assert "gerente" in event.text


def test_restore_needs_a_manager(staff, customer) -> None:
    if backups.unavailable_reason():
        pytest.skip(backups.unavailable_reason())
    saved = backups.backup_now(staff["gerente"])
    with pytest.raises(PermissionDenied):
        backups.restore_backup(staff["recepcion"], saved.path)
    with pytest.raises(PermissionDenied):
        backups.backup_now(staff["tecnico"])


def _copy_of_backup(staff, tmp_path: Path, name: str) -> Path:
    saved = backups.backup_now(staff["gerente"])
    target = tmp_path / name
    shutil.copy(saved.path, target)
    return target


def test_restore_refuses_a_damaged_file_and_changes_nothing(staff, customer, tmp_path) -> None:
    _sqlite_only()
    bad = _copy_of_backup(staff, tmp_path, "danado.db")
    data = bytearray(bad.read_bytes())
    page = 4096
    for start in range(2 * page, min(len(data), 12 * page), page):  # scribble over the b-tree pages
        data[start + 8:start + 400] = b"\xa5" * 392
    bad.write_bytes(bytes(data))
    customers.update_customer(staff["gerente"], customer, zone="Sur")
    with pytest.raises(DomainError, match="dañado"):
        backups.restore_backup(staff["gerente"], bad)
    assert Customer.get_by_id(customer.id).zone == "Sur"
    assert not [b for b in backups.list_backups() if b.kind == "antes-de-restaurar"]


def test_restore_refuses_a_backup_from_a_newer_ispdesk(staff, customer, tmp_path) -> None:
    _sqlite_only()
    newer = _copy_of_backup(staff, tmp_path, "nuevo.db")
    con = sqlite3.connect(newer)
    con.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, '2030-01-01 00:00:00')", (LATEST + 1,))
    con.commit()
    con.close()
    with pytest.raises(DomainError, match=f"esquema {LATEST + 1}"):
        backups.check_backup(newer)
    with pytest.raises(DomainError, match="más nueva"):
        backups.restore_backup(staff["gerente"], newer)


@pytest.mark.parametrize(("content", "message"), [
    (b"hola, no soy una base de datos" * 100, "no es un respaldo"),
    (b"PGDMP\x01\x0e" + b"\x00" * 200, "PostgreSQL"),
])
def test_restore_refuses_files_that_are_not_an_ispdesk_sqlite_backup(staff, tmp_path, content, message) -> None:
    _sqlite_only()
    path = tmp_path / "x.db"
    path.write_bytes(content)
    with pytest.raises(DomainError, match=message):
        backups.check_backup(path)


def test_restore_refuses_another_sqlite_database_and_the_open_one(staff, tmp_path) -> None:
    _sqlite_only()
    other = tmp_path / "otra.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(DomainError, match="le faltan sus tablas"):
        backups.check_backup(other)
    with pytest.raises(DomainError, match="base de datos abierta"):
        backups.check_backup(db.obj.database)
    with pytest.raises(DomainError, match="No existe"):
        backups.check_backup(tmp_path / "nada.db")


def test_restore_of_an_older_version_migrates_it(staff, tmp_path) -> None:
    _sqlite_only()
    old = tmp_path / "v2.db"
    con = sqlite3.connect(old)
    con.executescript((DATA / "schema_v2.sql").read_text(encoding="utf-8"))
    con.close()
    check = backups.check_backup(old)
    assert check.schema_version == 2
    backups.restore_backup(staff["gerente"], old)
    from ispdesk.core.schema import current_version

    assert current_version() == LATEST
    assert Customer.select().count() == sqlite3.connect(old).execute("SELECT COUNT(*) FROM customer").fetchone()[0]


def test_postgresql_without_pg_dump_is_said_plainly(staff, monkeypatch) -> None:
    if backups._sqlite():
        pytest.skip("PostgreSQL only")
    monkeypatch.setattr(backups.shutil, "which", lambda _name: None)
    assert "pg_dump" in backups.unavailable_reason()
    assert "no está instalado" in backups.unavailable_reason()
    before = AuditEvent.select().count()
    with pytest.raises(DomainError, match="pg_dump"):
        backups.backup_now(staff["gerente"])
    assert backups.auto_backup() is None  # start-up goes on
    assert AuditEvent.select().count() == before  # refused: nothing written, not even the history's seal


def test_a_postgresql_dump_names_its_schema_and_office(staff, customer) -> None:
    if backups._sqlite() or backups.unavailable_reason():
        pytest.skip("PostgreSQL with pg_dump only")
    info = backups.backup_now(staff["gerente"])
    assert info.name.endswith(".dump")
    check = backups.check_backup(info.path)
    assert (check.backend, check.schema_version, check.office) == ("postgresql", LATEST, "Internet Rioverde")
    assert backups.other_connections() is not None


def test_automatic_backup_once_a_day_keeping_the_newest(staff, monkeypatch) -> None:
    if backups.unavailable_reason():
        pytest.skip(backups.unavailable_reason())
    assert backups.backup_due()
    first = backups.auto_backup()
    assert first is not None
    assert first.kind == "auto"
    assert not backups.backup_due()
    assert backups.auto_backup() is None  # the same day: nothing
    assert backups.backup_due(dt.datetime.now() + dt.timedelta(days=1, minutes=1))
    backups.set_keep_count(staff["gerente"], 3)
    folder = backups_dir()
    for day in range(1, 6):  # older backups, as if made on earlier days
        stamp = (dt.datetime.now() - dt.timedelta(days=day)).strftime("%Y%m%d-%H%M%S")
        shutil.copy(first.path, folder / f"{backups._base_name()}-{stamp}-auto.{backups._extension()}")
    assert len(backups.list_backups()) == 6
    backups.backup_now(staff["gerente"])
    kept = backups.list_backups()
    assert len(kept) == 3
    assert kept[0].made_at >= kept[1].made_at >= kept[2].made_at
    assert first.path in {b.path for b in kept}
    assert AuditEvent.select().where(AuditEvent.entity == "backup").count() == 2
    assert AuditEvent.get(AuditEvent.entity == "setting").text == "Respaldos que se conservan: de 10 a 3."


def test_keep_count_is_a_sensible_number(staff) -> None:
    with pytest.raises(ValidationError, match="1 al 365"):
        backups.set_keep_count(staff["gerente"], 0)
    with pytest.raises(PermissionDenied):
        backups.set_keep_count(staff["recepcion"], 5)
    assert backups.keep_count() == backups.DEFAULT_KEEP


def test_backup_to_a_chosen_file_and_to_a_missing_folder(staff, tmp_path) -> None:
    if backups.unavailable_reason():
        pytest.skip(backups.unavailable_reason())
    target = tmp_path / "mi-respaldo.bak"
    info = backups.backup_now(staff["gerente"], target)
    assert Path(info.path) == target
    assert target.stat().st_size > 0
    assert backups.check_backup(target).schema_version == LATEST
    with pytest.raises(DomainError, match="la carpeta no existe"):
        backups.backup_now(staff["gerente"], tmp_path / "no" / "x.db")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no half-written file left


def test_a_damaged_base_is_not_backed_up_over_the_good_backups(staff, monkeypatch) -> None:
    """A copy of a damaged file is no backup; kept among the last N it would push a good one out."""
    from ispdesk.core import faults
    from ispdesk.core.db import db

    if not backups._sqlite() or backups.unavailable_reason():
        pytest.skip("SQLite only")
    good = backups.backup_now(staff["gerente"])
    faults.mark_corrupt(faults.sqlite_path(db.obj), "prueba")
    monkeypatch.setattr(backups, "backup_due", lambda *_a: True)  # a day later
    assert backups.auto_backup() is None
    with pytest.raises(DomainError, match="dañada"):
        backups.backup_now(staff["gerente"])
    assert [b.path for b in backups.list_backups()] == [good.path]
