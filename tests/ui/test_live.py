"""LiveUpdates on the GUI thread: emits what changed, survives the database being closed, rebound or failing."""

from __future__ import annotations

import logging

import pytest

from ispdesk.core.changes import Changes, ChangeWatcher
from ispdesk.core.services import reports
from ispdesk.core.storage import close_database, open_database
from ispdesk.ui.common.live import DEFAULT_INTERVAL_MS, LiveUpdates


@pytest.fixture
def live(qtbot, sqlite_db):
    lu = LiveUpdates(interval_ms=50)
    yield lu
    lu.close()


def test_defaults(qtbot, sqlite_db) -> None:
    lu = LiveUpdates()
    assert lu.interval == DEFAULT_INTERVAL_MS == 1000
    assert lu.is_active()
    lu.set_interval(200)
    assert lu.interval == 200
    lu.close()
    assert not lu.is_active()


def test_change_is_signalled(qtbot, live, staff, customer) -> None:
    with qtbot.waitSignal(live.changed, timeout=3000) as blocker:
        r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    assert blocker.args[0].report_ids == frozenset({r.id})


def test_closed_then_reopened_database_reports_everything(qtbot, staff, customer, sqlite_db) -> None:
    live = LiveUpdates(start=False)
    live.start()
    close_database()
    assert live.poll_now() is None  # closed: nothing polled, nothing raised
    open_database(sqlite_db)
    assert live.poll_now() == Changes.everything()
    assert live.poll_now() is None
    live.close()


def test_rebound_database_reports_everything(qtbot, staff, customer, sqlite_db, tmp_path) -> None:
    live = LiveUpdates(start=False)
    live.start()
    open_database(tmp_path / "otra.db")
    try:
        assert live.poll_now() == Changes.everything()
        assert live.poll_now() is None
    finally:
        live.close()
        close_database()
        open_database(sqlite_db)


def test_no_database_bound_is_quiet(qtbot, monkeypatch) -> None:
    from ispdesk.core import db as db_module

    monkeypatch.setattr(db_module.db, "obj", None)
    live = LiveUpdates()
    assert live.poll_now() is None
    live.close()


def test_database_error_skips_ticks_and_logs_once(qtbot, staff, customer, sqlite_db, monkeypatch, caplog) -> None:
    live = LiveUpdates(start=False)
    live.start()

    def broken(self):
        raise OSError("disco desconectado")

    monkeypatch.setattr(ChangeWatcher, "poll", broken)
    with caplog.at_level(logging.WARNING, logger="ispdesk.ui.common.live"):
        for _ in range(3):
            assert live.poll_now() is None
    assert len([r for r in caplog.records if r.name == "ispdesk.ui.common.live"]) == 1
    monkeypatch.undo()
    assert live.poll_now() == Changes.everything()  # what happened while failing is unknown
    assert live.poll_now() is None
    live.close()
