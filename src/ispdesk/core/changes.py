"""What other PCs (and other processes) changed: the report and customer ids committed since the last look.

An open queue, board or report polls a `ChangeWatcher` about once a second and refreshes only what changed.

- PostgreSQL: triggers on `report` and `customer` send ``NOTIFY ispdesk_changes`` (delivered on commit); the
  watcher LISTENs on a connection of its own, so `poll()` only drains what the server already pushed.
- SQLite: ``PRAGMA data_version`` on a connection of the watcher's own tells cheaply whether anyone committed
  (this process included). Only then does it look for what changed: reports through the append-only
  ``report_event`` table (every change to a report writes one event, and SQLite's single writer hands out
  event ids in commit order, so "events after the last id seen" is exact: no clock, no new index) plus new
  ``report`` ids; customers through new ids and ``updated_at`` newer than the last seen, minus a margin.

Deletions are not reported: the app never deletes a report (its append-only events forbid it) or a customer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import select
import sqlite3
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peewee import Database, SqliteDatabase

from .clock import now_utc
from .db import db

log = logging.getLogger(__name__)

CHANNEL = "ispdesk_changes"
MAX_IDS = 500  # more rows than this in one look (a bulk load, an import): report "everything" instead
CLOCK_MARGIN = dt.timedelta(seconds=5)  # customer.updated_at written by another process may lag its commit
RECONNECT_DELAYS = (1.0, 2.0, 5.0, 10.0, 30.0)  # PostgreSQL listener, seconds between attempts


@dataclass(frozen=True)
class Changes:
    """Ids of reports and customers inserted or updated since the previous poll.

    `None` for a table means "unknown, maybe all of them" (a bulk load, a lost connection): reload it all.
    An empty set means nothing in that table changed."""

    report_ids: frozenset[int] | None = frozenset()
    customer_ids: frozenset[int] | None = frozenset()

    @classmethod
    def everything(cls) -> Changes:
        return cls(report_ids=None, customer_ids=None)

    def touches_report(self, report_id: int) -> bool:
        return self.report_ids is None or report_id in self.report_ids

    def touches_customer(self, customer_id: int) -> bool:
        return self.customer_ids is None or customer_id in self.customer_ids

    @property
    def any_report(self) -> bool:
        return self.report_ids is None or bool(self.report_ids)

    @property
    def any_customer(self) -> bool:
        return self.customer_ids is None or bool(self.customer_ids)

    def merged(self, other: Changes | None) -> Changes:
        """Both at once (a view that missed several ticks applies them together)."""
        if other is None:
            return self
        return Changes(_union(self.report_ids, other.report_ids), _union(self.customer_ids, other.customer_ids))


def _union(a: frozenset[int] | None, b: frozenset[int] | None) -> frozenset[int] | None:
    return None if a is None or b is None else a | b


# --- triggers (PostgreSQL) ---------------------------------------------------------------------------

# Statement-level triggers with transition tables: one NOTIFY per statement, not per row, so a bulk load
# (the demo's 1M-report insert, 5,000 rows per statement) costs a few hundred notifications, not a million.
# Payload "report:1,2,3", or "report:*" past MAX_IDS rows (a NOTIFY payload must stay under 8,000 bytes).
_PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION ispdesk_notify_changes() RETURNS trigger AS $$
DECLARE
    n integer;
    ids text;
BEGIN
    SELECT count(*) INTO n FROM changed_rows;
    IF n = 0 THEN
        RETURN NULL;
    ELSIF n > {MAX_IDS} THEN
        PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ':*');
    ELSE
        SELECT string_agg(DISTINCT id::text, ',') INTO ids FROM changed_rows;
        PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ':' || ids);
    END IF;
    RETURN NULL;
END $$ LANGUAGE plpgsql
"""


def install_change_triggers() -> None:
    """On PostgreSQL, make every committed INSERT or UPDATE of a report or customer send a notification
    on `CHANNEL`. Idempotent (safe in a migration and on every fresh database). No-op on SQLite, whose
    watcher reads the tables instead."""
    if isinstance(db.obj, SqliteDatabase):
        return
    db.execute_sql(_PG_FUNCTION)
    for table in ("report", "customer"):
        for op in ("insert", "update"):
            name = f"{table}_notify_{op}"
            db.execute_sql(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
            db.execute_sql(
                f'CREATE TRIGGER {name} AFTER {op.upper()} ON "{table}" REFERENCING NEW TABLE AS changed_rows '
                "FOR EACH STATEMENT EXECUTE FUNCTION ispdesk_notify_changes()"
            )


def change_triggers_installed() -> bool:
    """Whether `install_change_triggers` ran on this database (always True on SQLite, which needs none)."""
    if isinstance(db.obj, SqliteDatabase):
        return True
    row = db.execute_sql("SELECT count(*) FROM pg_trigger WHERE tgname IN "
                         "('report_notify_insert', 'report_notify_update', "
                         "'customer_notify_insert', 'customer_notify_update')").fetchone()
    return bool(row) and row[0] == 4


def parse_payloads(payloads: Iterable[str]) -> Changes | None:
    """NOTIFY payloads ("report:1,2", "customer:*") → one `Changes`; None when none names a known table."""
    ids: dict[str, set[int] | None] = {"report": set(), "customer": set()}
    seen = False
    for payload in payloads:
        table, _, rest = payload.partition(":")
        if table not in ids:
            continue
        seen = True
        bucket = ids[table]
        if bucket is None:
            continue
        if rest == "*":
            ids[table] = None
            continue
        try:
            bucket.update(int(part) for part in rest.split(",") if part)
        except ValueError:
            ids[table] = None
    if not seen:
        return None
    rep, cust = ids["report"], ids["customer"]
    return Changes(None if rep is None else frozenset(rep), None if cust is None else frozenset(cust))


# --- the watcher ---------------------------------------------------------------------------------------

class ChangeWatcher:
    """Polls for changes committed by anyone (other PCs, other processes, this one) to reports and customers.

    Built for one database (by default the one `db` is bound to now); `poll()` is cheap and never blocks,
    meant for a ~1 s timer on the GUI thread. It holds a connection of its own: `close()` it when done."""

    def __init__(self, database: Database | None = None) -> None:
        obj = database if database is not None else db.obj
        if obj is None:
            raise RuntimeError("ChangeWatcher: no database is bound")
        self.database: Database = obj
        self._closed = False
        self._impl: _SqliteSource | _PostgresSource | None
        if isinstance(obj, SqliteDatabase):
            self._impl = None if obj.database == ":memory:" else _SqliteSource(obj.database)
        else:
            self._impl = _PostgresSource(obj)
            if obj is db.obj and not obj.is_closed():
                self._check_triggers()

    @staticmethod
    def _check_triggers() -> None:
        """A database created before the triggers existed stays silent until a migration installs them: say so
        in the log rather than leave "live refresh does nothing" to be guessed."""
        try:
            installed = change_triggers_installed()
        except Exception:  # only a diagnosis: never a reason not to watch
            log.debug("ChangeWatcher: no se pudo revisar los disparadores", exc_info=True)
            return
        if not installed:
            log.warning("ChangeWatcher: la base de datos no tiene los disparadores de avisos "
                        "(install_change_triggers); los cambios de otras PC no se verán")

    def poll(self) -> Changes | None:
        """What was committed since the previous call (None: nothing). Raises on a SQLite error; a lost
        PostgreSQL connection is re-made quietly and reported once as `Changes.everything()`."""
        if self._impl is None:
            return None
        return self._impl.poll()

    def wait(self, timeout: float, interval: float = 0.02) -> Changes | None:
        """Block until something changes or `timeout` seconds pass (scripts, benchmarks, tests; not the GUI)."""
        deadline = time.monotonic() + timeout
        while True:
            changes = self.poll()
            left = deadline - time.monotonic()
            if changes is not None or left <= 0:
                return changes
            if self._impl is not None:
                self._impl.idle(min(interval, left))

    def close(self) -> None:
        self._closed = True
        if self._impl is not None:
            self._impl.close()
            self._impl = None

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> ChangeWatcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _SqliteSource:
    """`PRAGMA data_version` on a read-only-by-intent connection of its own: unlike the app's connection it
    changes for commits made by this process too, and it never sits inside someone's transaction."""

    def __init__(self, path: str) -> None:
        self._path = Path(path).expanduser().resolve()
        self._lock = threading.Lock()
        if not self._path.is_file():  # a vanished file is an error here, not a new empty database
            raise FileNotFoundError(f"No existe la base de datos {self._path}")
        self._conn: sqlite3.Connection | None = sqlite3.connect(
            str(self._path), timeout=1.0, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA query_only = 1")
        self._version = self._scalar("PRAGMA data_version")
        self._event_mark = self._max_id("report_event")
        self._report_mark = self._max_id("report")
        self._customer_mark = self._max_id("customer")
        self._customer_since = now_utc()
        # id → updated_at already known, within the margin (those written just before we started count as seen)
        self._customer_seen: dict[int, str] = dict(self._conn.execute(
            "SELECT id, updated_at FROM customer WHERE updated_at > ? LIMIT ?",
            (str(self._customer_since - CLOCK_MARGIN), MAX_IDS)).fetchall())

    def _scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        assert self._conn is not None
        row = self._conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def _max_id(self, table: str) -> int:
        return int(self._scalar(f'SELECT max(id) FROM "{table}"') or 0)

    def poll(self) -> Changes | None:
        with self._lock:
            if self._conn is None:
                return None
            version = self._scalar("PRAGMA data_version")
            if version == self._version:
                return None
            self._version = version
            reports = self._report_changes()
            customers = self._customer_changes()
        if reports == frozenset() and customers == frozenset():
            return None  # a commit to other tables (sign-ins, settings, counters)
        return Changes(reports, customers)

    def _report_changes(self) -> frozenset[int] | None:
        top_event, top_report = self._max_id("report_event"), self._max_id("report")
        if top_event < self._event_mark or top_report < self._report_mark:  # the file was replaced (restore)
            self._event_mark, self._report_mark = top_event, top_report
            return None
        if top_event - self._event_mark > MAX_IDS or top_report - self._report_mark > MAX_IDS:
            self._event_mark, self._report_mark = top_event, top_report
            return None
        assert self._conn is not None
        ids = {r for (r,) in self._conn.execute(
            "SELECT report_id FROM report_event WHERE id > ? AND id <= ?", (self._event_mark, top_event))}
        # A report inserted without an event (a bulk import) still shows up.
        ids.update(r for (r,) in self._conn.execute(
            "SELECT id FROM report WHERE id > ? AND id <= ?", (self._report_mark, top_report)))
        self._event_mark, self._report_mark = top_event, top_report
        return frozenset(ids)

    def _customer_changes(self) -> frozenset[int] | None:
        assert self._conn is not None
        top = self._max_id("customer")
        if top < self._customer_mark:
            self._customer_mark = top
            self._customer_seen.clear()
            return None
        since = min(self._customer_since, now_utc()) - CLOCK_MARGIN
        since_s = str(since)  # peewee stores SQLite datetimes as str(datetime): text order is time order
        rows = self._conn.execute(
            "SELECT id, updated_at FROM customer WHERE (id > ? AND id <= ?) OR updated_at > ? LIMIT ?",
            (self._customer_mark, top, since_s, MAX_IDS + 1)).fetchall()
        self._customer_mark = top
        if len(rows) > MAX_IDS:
            self._customer_seen.clear()
            self._customer_since = now_utc()
            return None
        seen = self._customer_seen
        fresh = {cid for cid, updated in rows if seen.get(cid) != updated}
        newest = self._customer_since
        for cid, updated in rows:
            seen[cid] = updated
            with contextlib.suppress(TypeError, ValueError):
                newest = max(newest, dt.datetime.fromisoformat(updated))
        self._customer_since = newest
        floor = str(min(newest, now_utc()) - CLOCK_MARGIN)
        for cid in [cid for cid, updated in seen.items() if str(updated) <= floor]:
            del seen[cid]
        return frozenset(fresh)

    def idle(self, seconds: float) -> None:
        time.sleep(seconds)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


class _PostgresSource:
    """`LISTEN` on a dedicated, non-blocking (psycopg2 async) connection. A dropped connection is re-made
    in the background of later polls, with growing delays; the notifications lost meanwhile are reported
    as `Changes.everything()` once it listens again."""

    CONNECT_TIMEOUT = 5.0  # the first connection, made in the constructor, may wait this long

    def __init__(self, database: Database) -> None:
        try:
            import psycopg2
            import psycopg2.extensions
        except ImportError as exc:  # pragma: no cover - psycopg2 comes with the postgres extra
            raise RuntimeError("psycopg2 no está instalado (pip install 'ispdesk[postgres]')") from exc
        self._pg = psycopg2
        self._ext = psycopg2.extensions
        params = dict(database.connect_params)
        params.setdefault("dbname", database.database)
        # Detect a dead server or a pulled cable within ~15 s instead of TCP's minutes.
        params.update(keepalives=1, keepalives_idle=5, keepalives_interval=2, keepalives_count=3,
                      connect_timeout=max(2, int(self.CONNECT_TIMEOUT)), application_name="ispdesk-live")
        self._params = params
        self._conn: Any = None
        self._cursor: Any = None
        self._phase = "down"  # down → connecting → listening → ready (→ down again on a loss); closed
        self._since = 0.0  # when the current connection attempt started
        self._failures = 0
        self._next_try = 0.0
        self._announce = False  # report everything once the listener is back after a loss
        self._lock = threading.Lock()
        self._start()
        deadline = time.monotonic() + self.CONNECT_TIMEOUT
        while self._phase in ("connecting", "listening") and time.monotonic() < deadline:
            state = self._advance()
            if state is not None and self._conn is not None:
                self._wait_io(state, deadline - time.monotonic())
        if self._phase != "ready":
            log.warning("ChangeWatcher: sin conexión de avisos con PostgreSQL; se reintentará")
        self._announce = self._phase != "ready"  # the first notices may have been missed: reload once

    def _start(self) -> None:
        try:
            self._conn = self._pg.connect(async_=True, **self._params)
            self._phase = "connecting"
            self._since = time.monotonic()
        except self._pg.Error as exc:
            self._lost(exc)

    def _lost(self, exc: BaseException | None) -> None:
        if exc is not None and self._failures == 0:
            log.info("ChangeWatcher: se perdió la conexión de avisos con PostgreSQL (%s)", exc)
        self._drop_connection()
        self._phase = "down"
        self._announce = True
        delay = RECONNECT_DELAYS[min(self._failures, len(RECONNECT_DELAYS) - 1)]
        self._failures += 1
        self._next_try = time.monotonic() + delay

    def _drop_connection(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(self._pg.Error):
                self._conn.close()
        self._conn = None
        self._cursor = None

    def _advance(self) -> int | None:
        """One non-blocking step of connect → LISTEN. Returns the poll state still awaited, or None."""
        try:
            state = self._conn.poll()
            if state != self._ext.POLL_OK:
                # libpq leaves the timeout of a non-blocking connection to us (an unreachable host hangs).
                if time.monotonic() - self._since > 2 * self.CONNECT_TIMEOUT:
                    raise TimeoutError("PostgreSQL no respondió a tiempo")
                return state
            if self._phase == "connecting":
                self._cursor = self._conn.cursor()  # psycopg2 needs it alive until the command completes
                self._cursor.execute(f"LISTEN {CHANNEL}")
                self._phase = "listening"
                return self._advance()
            if self._phase == "listening":
                self._cursor = None
                self._phase = "ready"
                self._failures = 0
            return None
        except (self._pg.Error, OSError) as exc:  # TimeoutError is an OSError
            self._lost(exc)
            return None

    def _wait_io(self, state: int, seconds: float) -> None:
        if seconds <= 0:
            return
        fd = self._conn.fileno()
        if state == self._ext.POLL_WRITE:
            select.select([], [fd], [], seconds)
        else:
            select.select([fd], [], [], seconds)

    def poll(self) -> Changes | None:
        with self._lock:
            if self._phase == "closed":
                return None
            if self._phase == "down":
                if time.monotonic() < self._next_try:
                    return None
                self._start()
            if self._phase in ("connecting", "listening"):
                self._advance()
                if self._phase != "ready":
                    return None
            try:
                self._conn.poll()
            except (self._pg.Error, OSError) as exc:
                self._lost(exc)
                return None
            payloads = [n.payload for n in self._conn.notifies]
            self._conn.notifies.clear()
            if self._announce:
                self._announce = False
                return Changes.everything()
        return parse_payloads(payloads)

    def idle(self, seconds: float) -> None:
        conn = self._conn
        if self._phase == "ready" and conn is not None:
            try:
                select.select([conn.fileno()], [], [], seconds)
                return
            except (OSError, ValueError):
                pass
        time.sleep(seconds)

    def close(self) -> None:
        with self._lock:
            self._drop_connection()
            self._phase = "closed"
            self._next_try = float("inf")
