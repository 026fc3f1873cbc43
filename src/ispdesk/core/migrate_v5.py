"""Schema v5's one heavy step: seal the history written before hashes existed (`core.chain`).

Runs inside the migration's transaction. Old events are read in id order (the order they were written), chained
per report, and their `prev_hash`/`hash` written; each report gets its chain's head; the audit events form one
chain. The triggers that refuse these updates are lifted for this transaction only (re-created right after).
About a minute per million reports on SQLite; a fresh database has nothing to seal.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from peewee import SqliteDatabase

from .chain import walk_audit, walk_events
from .db import db

CHUNK = 20_000


def _sql(text: str) -> str:
    return text if isinstance(db.obj, SqliteDatabase) else text.replace("?", "%s")


def rows_after(table: str, columns: str, chunk: int = CHUNK, *, start: int = 0) -> Iterator[Sequence]:
    """Every row of `table` with an id above `start`, in id order, read by id ranges (PostgreSQL's driver would
    otherwise hold the whole table in memory); raw values, so SQLite's stored timestamp text is read as it is."""
    last = start
    while True:
        rows = db.execute_sql(_sql(f'SELECT id, {columns} FROM "{table}" WHERE id > ? ORDER BY id LIMIT {chunk}'),
                              (last,)).fetchall()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def _update_many(sql: str, params: list[tuple]) -> None:
    if not params:
        return
    if isinstance(db.obj, SqliteDatabase):
        db.connection().cursor().executemany(sql, params)
    else:
        from psycopg2.extras import execute_batch

        execute_batch(db.cursor(), sql.replace("?", "%s"), params, page_size=2000)


def seal_history() -> tuple[int, int]:
    """Seal every report event and audit event; returns how many of each."""
    # The triggers that would refuse these updates (the guards exist already when a v5 database is sealed again);
    # the migration re-creates all of them right after.
    if isinstance(db.obj, SqliteDatabase):
        for name in ("report_event_no_update", "audit_event_no_update", "report_guard_update"):
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for table, name in (("report_event", "report_event_append_only"), ("audit_event", "audit_event_append_only"),
                            ("report", "report_guard")):
            db.execute_sql(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
    heads: dict[int, str] = {}
    pending: list[tuple] = []
    events = 0
    cols = "report_id, at, user_id, action, from_status, to_status, text, data_json"
    for r, prev, h in walk_events(rows_after("report_event", cols), heads):
        pending.append((prev, h, r[0]))
        events += 1
        if len(pending) >= CHUNK:
            _update_many('UPDATE "report_event" SET prev_hash = ?, hash = ? WHERE id = ?', pending)
            pending = []
    _update_many('UPDATE "report_event" SET prev_hash = ?, hash = ? WHERE id = ?', pending)
    items = [(h, rid) for rid, h in heads.items()]
    for i in range(0, len(items), CHUNK):
        _update_many('UPDATE "report" SET event_head = ? WHERE id = ?', items[i:i + CHUNK])
    audits = [(prev, h, r[0]) for r, prev, h in
              walk_audit(rows_after("audit_event", "at, user_id, entity, entity_id, action, text, data_json"))]
    _update_many('UPDATE "audit_event" SET prev_hash = ?, hash = ? WHERE id = ?', audits)
    return events, len(audits)
