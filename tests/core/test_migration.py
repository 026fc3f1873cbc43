"""A database written by schema v1 opens in this version, is copied first, and keeps every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ispdesk.core.errors import DomainError
from ispdesk.core.schema import LATEST, current_version
from ispdesk.core.storage import close_database, open_database

FIXTURE = Path(__file__).parents[1] / "data" / "schema_v1.sql"


@pytest.fixture
def v1_db(tmp_path: Path) -> Path:
    path = tmp_path / "viejo.db"
    con = sqlite3.connect(path)
    con.executescript(FIXTURE.read_text(encoding="utf-8"))
    con.close()
    return path


def _counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    tables = ["office", "user", "customer", "customer_phone", "report", "report_event", "folio_counter"]
    out = {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    con.close()
    return out


def test_v1_database_migrates_without_losing_a_row(v1_db: Path) -> None:
    before = _counts(v1_db)
    assert before["report"] == 2
    open_database(v1_db)
    try:
        assert current_version() == LATEST
        from ispdesk.core.models import Customer, Report
        from ispdesk.core.search import fetch_rows, search
        from ispdesk.core.services.reports import get_by_folio, timeline

        r = get_by_folio("rv25 00001 5")
        assert r.description == "Sin internet desde ayer"
        assert [e.action for e in timeline(r)] == ["created", "assigned", "closed"]
        assert r.contact_phone == ""
        assert r.documents_json == "[]"
        assert Customer.get_by_id(2).notes == "Notas «con comillas» & <signos>"
        # the new search index covers the old rows
        assert [row.number for row in fetch_rows(search("nunez").customer_ids)] == ["C-00002"]
        assert [row.number for row in fetch_rows(search("1234567").customer_ids)] == ["C-00001"]
        assert Report.select().count() == 2
    finally:
        close_database()
    assert _counts(v1_db) == before
    backups = list(v1_db.parent.glob("viejo.v1-*.bak.db"))
    assert len(backups) == 1
    assert _counts(backups[0]) == before  # the copy taken before migrating is whole


def test_migrated_database_keeps_counting_folios(v1_db: Path) -> None:
    open_database(v1_db)
    try:
        from ispdesk.core.models import Customer, User
        from ispdesk.core.services import reports

        actor = User.get(User.username == "ana")
        r = reports.open_report(actor, Customer.get_by_id(1), "falla", "oficina", "Otra vez sin servicio",
                                opened_at=__import__("datetime").datetime(2025, 6, 1, 18, 0))
        assert r.folio.startswith("RV25-00003-")
    finally:
        close_database()


def test_opening_twice_does_not_migrate_again(v1_db: Path) -> None:
    open_database(v1_db)
    close_database()
    open_database(v1_db)
    close_database()
    assert len(list(v1_db.parent.glob("*.bak.db"))) == 1


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "futuro.db"
    open_database(path)
    from ispdesk.core.models import SchemaVersion

    SchemaVersion.create(version=LATEST + 5, applied_at="2030-01-01 00:00:00")
    close_database()
    with pytest.raises(DomainError, match="más nueva"):
        open_database(path)
    close_database()


def test_fresh_database_is_latest(sqlite_db: str) -> None:
    assert current_version() == LATEST
