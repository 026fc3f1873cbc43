"""ChangeWatcher on both backends: every committed change to a report or customer is reported once, by id;
bulk changes and a lost listener come back as "everything"."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator

import pytest

from ispdesk.core.changes import (
    MAX_IDS,
    Changes,
    ChangeWatcher,
    change_triggers_installed,
    install_change_triggers,
    parse_payloads,
)
from ispdesk.core.clock import now_utc
from ispdesk.core.db import db, write_tx
from ispdesk.core.models import Customer, ReportEvent, Setting
from ispdesk.core.services import customers, reports

WAIT = 3.0  # seconds; the goal is "seen within 3 s"


@pytest.fixture
def watcher(database: str) -> Iterator[ChangeWatcher]:
    w = ChangeWatcher()
    yield w
    w.close()


def collect(watcher: ChangeWatcher, timeout: float = WAIT) -> Changes | None:
    """The first change seen, merged with whatever arrives right behind it (NOTIFYs of one commit may come in
    two reads)."""
    first = watcher.wait(timeout)
    return first.merged(watcher.wait(0.2)) if first is not None else None


def test_nothing_committed_nothing_reported(staff, customer, watcher) -> None:
    assert watcher.poll() is None
    assert watcher.wait(0.3) is None


def test_new_report_and_its_changes_reported_once(staff, customer, watcher) -> None:
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    assert collect(watcher) == Changes(report_ids=frozenset({r.id}), customer_ids=frozenset())
    assert watcher.poll() is None  # once
    reports.add_note(staff["recepcion"], r, "Llamó otra vez")
    assert collect(watcher) == Changes(report_ids=frozenset({r.id}), customer_ids=frozenset())


def test_back_dated_report_is_seen(staff, customer, watcher) -> None:
    """A report typed in later with its real opening time (updated_at in the past) is still new."""
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Desde el lunes",
                            opened_at=now_utc() - dt.timedelta(days=3))
    changes = collect(watcher)
    assert changes is not None
    assert changes.report_ids == frozenset({r.id})


def test_several_changes_in_one_transaction(staff, customer, watcher) -> None:
    with write_tx():
        a = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Uno")
        b = reports.open_report(staff["recepcion"], customer, "queja", "telefono", "Dos")
        reports.add_note(staff["recepcion"], a, "Nota")
    changes = collect(watcher)
    assert changes is not None
    assert changes.report_ids == frozenset({a.id, b.id})


def test_customer_created_and_edited(staff, customer, watcher) -> None:
    new = customers.create_customer(staff["recepcion"], number="C-777", name="Begoña Ibáñez")
    changes = collect(watcher)
    assert changes is not None
    assert changes.customer_ids == frozenset({new.id})
    assert not changes.any_report
    customers.update_customer(staff["recepcion"], customer, notes="Portón negro")
    changes = collect(watcher)
    assert changes is not None
    assert changes.customer_ids == frozenset({customer.id})
    assert watcher.poll() is None
    # a later commit within the clock margin does not report the same customer edit again
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    assert collect(watcher) == Changes(report_ids=frozenset({r.id}), customer_ids=frozenset())


def test_other_tables_are_not_reported(staff, customer, watcher) -> None:
    Setting.create(key="prueba", value="{}")
    assert watcher.wait(0.5) is None


def test_bulk_change_is_everything(staff, customer, watcher) -> None:
    now = now_utc()
    Customer.insert_many([{"number": f"B-{i}", "name": f"Masivo {i}", "created_at": now, "updated_at": now}
                          for i in range(MAX_IDS + 1)]).execute()
    changes = collect(watcher)
    assert changes is not None
    assert changes.customer_ids is None
    assert changes.touches_customer(123456)
    assert watcher.poll() is None


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # PostgreSQL notifies on report itself
def test_bulk_events_sqlite(staff, customer, watcher) -> None:
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    assert collect(watcher) is not None
    ReportEvent.insert_many([{"report": r.id, "at": now_utc(), "user": staff["recepcion"].id, "action": "note",
                              "text": str(i)} for i in range(MAX_IDS + 1)]).execute()
    changes = collect(watcher)
    assert changes is not None
    assert changes.report_ids is None


def test_change_from_another_process(database, staff, customer, watcher) -> None:
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    assert collect(watcher) is not None
    code = ("import sys\nfrom ispdesk.core.storage import open_database\nopen_database(sys.argv[1])\n"
            "from ispdesk.core.models import Report, User\nfrom ispdesk.core.services import reports\n"
            "reports.add_note(User.get(User.username == 'ana'), Report.get_by_id(int(sys.argv[2])), 'Desde otra PC')\n")
    subprocess.run([sys.executable, "-c", code, database, str(r.id)], check=True, timeout=60)
    assert collect(watcher) == Changes(report_ids=frozenset({r.id}), customer_ids=frozenset())


def test_closed_watcher_reports_nothing(staff, customer, watcher) -> None:
    watcher.close()
    assert watcher.closed
    reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    assert watcher.poll() is None
    watcher.close()  # twice is fine


@pytest.mark.pg
@pytest.mark.parametrize("database", ["pg"], indirect=True)
def test_lost_listener_reconnects_and_reports_everything(database, staff, customer, watcher) -> None:
    killed = db.execute_sql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                            "WHERE application_name = 'ispdesk-live'").fetchone()[0]
    assert killed == 1
    assert watcher.wait(10) == Changes.everything()  # notifications may have been lost meanwhile
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    assert collect(watcher) == Changes(report_ids=frozenset({r.id}), customer_ids=frozenset())


@pytest.mark.pg
@pytest.mark.parametrize("database", ["pg"], indirect=True)
def test_triggers_install_twice_and_notify_once(database, staff, customer, watcher) -> None:
    assert change_triggers_installed()  # a fresh database has them
    install_change_triggers()
    install_change_triggers()
    count = db.execute_sql("SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%%_notify_%%'").fetchone()[0]
    assert count == 4
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    assert collect(watcher) == Changes(report_ids=frozenset({r.id}), customer_ids=frozenset())


def test_in_memory_sqlite_watcher_is_inert(tmp_path) -> None:
    from peewee import SqliteDatabase

    w = ChangeWatcher(SqliteDatabase(":memory:"))
    assert w.poll() is None
    w.close()


def test_parse_payloads() -> None:
    assert parse_payloads([]) is None
    assert parse_payloads(["otra:1"]) is None
    assert parse_payloads(["report:1,2", "report:2", "customer:5"]) == Changes(frozenset({1, 2}), frozenset({5}))
    assert parse_payloads(["report:1", "report:*"]) == Changes(None, frozenset())
    assert parse_payloads(["customer:x"]) == Changes(frozenset(), None)


def test_changes_helpers() -> None:
    some = Changes(report_ids=frozenset({1}))
    assert some.touches_report(1)
    assert not some.touches_report(2)
    assert not some.touches_customer(1)
    assert some.any_report
    assert not some.any_customer
    assert some.merged(Changes(frozenset({2}), frozenset({3}))) == Changes(frozenset({1, 2}), frozenset({3}))
    assert some.merged(Changes.everything()) == Changes.everything()
    assert some.merged(None) is some


@pytest.mark.pg
@pytest.mark.parametrize("database", ["pg"], indirect=True)
def test_missing_triggers_are_warned_about(database, staff, caplog) -> None:
    """A database made before the triggers existed (until a migration installs them) is named in the log."""
    for name in ("report_notify_insert", "report_notify_update"):
        db.execute_sql(f"DROP TRIGGER {name} ON report")
    assert not change_triggers_installed()
    with caplog.at_level("WARNING", logger="ispdesk.core.changes"):
        ChangeWatcher().close()
    assert "disparadores" in caplog.text


def test_unreachable_postgres_does_not_raise(caplog) -> None:
    from peewee import PostgresqlDatabase

    with caplog.at_level("WARNING", logger="ispdesk.core.changes"):
        w = ChangeWatcher(PostgresqlDatabase("nada", host="127.0.0.1", port=1))
    assert w.poll() is None
    assert "sin conexión" in caplog.text
    w.close()


def test_vanished_sqlite_file_is_an_error(tmp_path) -> None:
    from peewee import SqliteDatabase

    with pytest.raises(FileNotFoundError):
        ChangeWatcher(SqliteDatabase(str(tmp_path / "no-existe.db")))
    assert not (tmp_path / "no-existe.db").exists()
