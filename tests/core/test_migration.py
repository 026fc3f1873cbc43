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


def _sistema(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT COUNT(*) FROM user WHERE username = 'sistema'").fetchone()[0]
    finally:
        con.close()


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
        from ispdesk.core.services.audit_log import verify

        assert verify().ok
    finally:
        close_database()
    assert _counts(v1_db) == before | {"user": before["user"] + 1}  # v5 adds the command line's `sistema`
    assert _sistema(v1_db) == 1
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


FIXTURE_V2 = Path(__file__).parents[1] / "data" / "schema_v2.sql"
V2_TABLES = ["office", "user", "customer", "customer_phone", "report", "report_event", "folio_counter", "incident",
             "setting"]


@pytest.fixture
def v2_db(tmp_path: Path) -> Path:
    """A database written by release 0.1.0 through its own services (see tests/data/make_schema_v2.py)."""
    path = tmp_path / "v2.db"
    con = sqlite3.connect(path)
    con.executescript(FIXTURE_V2.read_text(encoding="utf-8"))
    con.close()
    return path


def _v2_counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    out = {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in V2_TABLES}
    con.close()
    return out


def test_v2_database_migrates_to_sub_records_without_losing_a_row(v2_db: Path) -> None:
    import datetime as dt

    before = _v2_counts(v2_db)
    assert before["report"] == 7
    open_database(v2_db)
    try:
        assert current_version() == LATEST
        from ispdesk.core.models import Notice, Resolution, Visit
        from ispdesk.core.queries import report_detail
        from ispdesk.core.services.reports import get_by_folio

        def detail(folio: str):
            return report_detail(get_by_folio(folio).id)

        # 1: open and unassigned; the terms first promised are the current ones
        d1 = detail("RV26-00001-9")
        assert (d1.status, d1.area, d1.cycle) == ("abierto", "tecnica", 1)
        assert d1.first_resolution_due == d1.resolution_due
        assert d1.visit_window == "Mañana (9 a 13 h)"
        # 2: rescheduled visit: the earlier one is kept, cancelled; the later one is pending
        d2 = detail("RV26-00002-4")
        assert [v.status for v in d2.visits] == ["cancelada", "programada"]
        assert d2.next_visit.starts_at == dt.datetime(2026, 11, 4, 16, 0)
        assert d2.visits[0].technician_name == "Tomás Peña"
        # 3: resolved, not yet notified: the resolution is a record of cycle 1
        d3 = detail("RV26-00003-5")
        assert d3.status == "resuelto"
        assert (d3.resolution.cause_code, d3.resolution.cause_text, d3.resolution.upheld) == (
            "equipo_isp", "Fuente PoE dañada", True)
        assert d3.resolution.action_taken == "Se reemplazó la fuente PoE"
        assert d3.notified_at is None
        # 4: reclassified external: the first promise is the one before the extension
        d4 = detail("RV26-00004-3")
        assert d4.status == "cerrado"
        assert d4.first_resolution_due < d4.resolution_due
        assert d4.resolution.upheld is False
        assert d4.last_notice.text == "Le dijimos que fue la luz"
        assert d4.last_notice.confirmed is True
        # 5: reopened once: cycle 1 rebuilt from the timeline, cycle 2 from the columns
        d5 = detail("RV26-00005-6")
        assert d5.cycle == 2
        assert [(r.cycle, r.cause_text, r.action_taken) for r in d5.resolutions] == [
            (1, "Error de facturación", "Se canceló el cargo"),
            (2, "Error en sistema", "Se corrigió en el sistema de cobro"),
        ]
        assert [(n.cycle, n.channel, n.text) for n in d5.notices] == [
            (1, "correo", "Se canceló el cargo duplicado"), (2, "whatsapp", "Ya quedó corregido")]
        assert d5.notified_at is not None  # it can be closed now
        assert d5.area == "facturacion"
        # 6: waiting: an open pause that does not stop the clock (v2 had no reasons)
        d6 = detail("RV26-00006-2")
        assert d6.open_pause is not None
        assert not d6.open_pause.customer_caused
        assert d6.area == "administracion"
        # 7: linked to its incident
        assert detail("RV26-00007-0").incident.title == "Caída torre T-07"
        assert Resolution.select().count() == 4
        assert Notice.select().count() == 3
        assert Visit.select().count() == 3
        # the database checks codes now
        from peewee import IntegrityError

        from ispdesk.core.db import db
        from ispdesk.core.models import Report

        with pytest.raises(IntegrityError), db.atomic():
            Report.update(status="perdido").where(Report.id == d1.id).execute()
    finally:
        close_database()
    after = _v2_counts(v2_db)
    # every v2 row is still there (events are append-only: none added); v5 adds the command line's `sistema`
    assert after == before | {"user": before["user"] + 1}
    backups = list(v2_db.parent.glob("v2.v2-*.bak.db"))
    assert len(backups) == 1
    assert _v2_counts(backups[0]) == before


def test_a_migrated_database_keeps_working(v2_db: Path) -> None:
    open_database(v2_db)
    try:
        from ispdesk.core.models import User
        from ispdesk.core.queries import report_detail
        from ispdesk.core.services import reports

        desk = User.get(User.username == "ana")
        r5 = reports.get_by_folio("RV26-00005-6")
        reports.close(desk, r5)
        r3 = reports.get_by_folio("RV26-00003-5")
        reports.notify_customer(desk, r3, channel="telefono", text="Se cambió la fuente", confirmed=True)
        reports.close(desk, r3)
        new = reports.open_report(desk, r3.customer_id, "falla", "telefono", "Otra vez sin señal")
        assert new.folio.startswith("RV26-00008-")
        assert report_detail(r3.id).status == "cerrado"
        # v5 sealed the history written before hashes existed, and the events written since chain on from it
        from ispdesk.core.models import Report, ReportEvent
        from ispdesk.core.services.audit_log import verify

        verdict = verify()
        assert verdict.ok, (verdict.problem, verdict.missing)
        assert verdict.report_events == ReportEvent.select().count()
        assert all(len(h) == 64 for (h,) in ReportEvent.select(ReportEvent.hash).tuples())
        assert Report.get_by_id(r3.id).event_head == ReportEvent.select(ReportEvent.hash).where(
            ReportEvent.report == r3.id).order_by(ReportEvent.id.desc()).scalar()
    finally:
        close_database()
