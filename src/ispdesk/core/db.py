"""Database binding: one `DatabaseProxy` for SQLite (default) or PostgreSQL, chosen at start-up.

Every statement, BEGIN, COMMIT, ROLLBACK and connect goes through the two database classes below, which turn
faults of the environment (locked, read-only, full, damaged, connection lost) into Spanish `StorageFault`s via
`faults.storage_fault`, the one translator. A form that catches `DomainError` therefore shows them too, and
keeps what the user typed.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from peewee import Database, DatabaseProxy, ModelSelect, PostgresqlDatabase, SqliteDatabase

from . import faults

db = DatabaseProxy()
T = TypeVar("T")

BUSY_TIMEOUT_S = 15.0  # how long a writer waits for another PC's transaction before "ocupada; intente de nuevo"

# Durability: `synchronous=FULL` in WAL mode. A folio handed to a customer is a promise: with NORMAL, SQLite
# syncs the write-ahead log only at checkpoints, so a power cut can lose the last commits — and the folio
# counter with them, handing the same folios out again. FULL syncs the log at every commit (one fsync per
# report; measured by tests/bench/bench_durability.py against NORMAL). EXTRA adds nothing in WAL mode (it syncs
# the folder after a rollback journal is deleted; WAL files are synced with their folder when created).
# macOS's fsync does not flush the drive's cache: `fullfsync` asks for the real flush there.
SQLITE_PRAGMAS: dict[str, Any] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": int(BUSY_TIMEOUT_S * 1000),
    "cache_size": -32000,
    "temp_store": "memory",
}
if sys.platform == "darwin":
    SQLITE_PRAGMAS["fullfsync"] = 1


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


class _Translating:
    """Mixin: environmental driver errors leave as `StorageFault` (Spanish), everything else unchanged. A
    PostgreSQL connection found dead is dropped once no transaction holds it: the next statement connects
    again, so "intente de nuevo" works."""

    def _fault(self, exc: Exception) -> Exception:
        fault = faults.storage_fault(exc, self)
        return fault if fault is not None else exc

    def _drop_dead_connection(self) -> None:
        state = self._state  # type: ignore[attr-defined]
        conn = state.conn
        if conn is not None and getattr(conn, "closed", 0) and not self.in_transaction():  # type: ignore[attr-defined]
            state.reset()

    def connect(self, reuse_if_open: bool = False) -> bool:
        self._drop_dead_connection()
        try:
            return super().connect(reuse_if_open)  # type: ignore[misc]
        except Exception as exc:
            raise self._fault(exc) from exc

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        self._drop_dead_connection()
        try:
            return super().execute_sql(sql, params)  # type: ignore[misc]
        except Exception as exc:
            raise self._fault(exc) from exc

    def begin(self, *args: Any) -> None:
        self._drop_dead_connection()
        try:
            super().begin(*args)  # type: ignore[misc]
        except Exception as exc:
            raise self._fault(exc) from exc

    def commit(self) -> None:
        try:
            super().commit()  # type: ignore[misc]
        except Exception as exc:
            raise self._fault(exc) from exc

    def rollback(self) -> None:
        conn = None if self.is_closed() else self._state.conn  # type: ignore[attr-defined]
        if conn is None or getattr(conn, "in_transaction", True) is False or getattr(conn, "closed", 0):
            # SQLite already rolled back by itself (a full disk, an I/O error), or the server connection is
            # gone (the server rolls back): a ROLLBACK now would fail and hide the real fault.
            self._drop_dead_connection()
            return
        try:
            super().rollback()  # type: ignore[misc]
        except Exception as exc:
            raise self._fault(exc) from exc
        finally:
            self._drop_dead_connection()


class IspSqliteDatabase(_Translating, SqliteDatabase):
    """SQLite with Spanish faults."""


class IspPostgresqlDatabase(_Translating, PostgresqlDatabase):
    """PostgreSQL with Spanish faults; a writer waits `BUSY_TIMEOUT_S` for a row lock, then gives up (SQLite's
    busy timeout, the same for both)."""

    def _initialize_connection(self, conn: Any) -> None:
        super()._initialize_connection(conn)
        with conn.cursor() as cur:
            cur.execute(f"SET lock_timeout = {int(BUSY_TIMEOUT_S * 1000)}")


def make_database(target: str | Path) -> Database:
    """Build (not connect) the database for a file path or a postgresql:// URL."""
    target_s = str(target)
    if is_postgres_url(target_s):
        from urllib.parse import unquote, urlparse

        url = urlparse(target_s)
        kwargs: dict[str, object] = {}
        if url.hostname:
            kwargs["host"] = url.hostname
        if url.port:
            kwargs["port"] = url.port
        if url.username:
            kwargs["user"] = unquote(url.username)
        if url.password:
            kwargs["password"] = unquote(url.password)
        name = url.path.lstrip("/") or "ispdesk"
        return IspPostgresqlDatabase(name, **kwargs)
    path = Path(target_s).expanduser()
    pragmas = {**SQLITE_PRAGMAS, "busy_timeout": int(BUSY_TIMEOUT_S * 1000)}
    return IspSqliteDatabase(str(path), pragmas=pragmas, timeout=BUSY_TIMEOUT_S)


def is_sqlite() -> bool:
    return isinstance(db.obj, SqliteDatabase)


def lock_rows(query: ModelSelect) -> ModelSelect:
    """`query` … FOR UPDATE on PostgreSQL: its rows stay locked until the transaction ends. On SQLite `write_tx`'s
    BEGIN IMMEDIATE already serialises writers, and the query stays as it is."""
    return query if is_sqlite() else query.for_update()


def describe() -> str:
    """Human description for the status bar and `report show`: "SQLite: /ruta/ispdesk.db"."""
    obj = db.obj
    if obj is None:
        return "(sin base de datos)"
    if isinstance(obj, SqliteDatabase):
        return f"SQLite: {obj.database}"
    params = getattr(obj, "connect_params", {})
    host = params.get("host", "localhost")
    return f"PostgreSQL: {obj.database}@{host}"


def refuse_if_damaged(obj: Database | None = None) -> None:
    """Raise the "dañada" fault when the SQLite file was found damaged, by this process or another one (the mark
    beside the file): nothing more is written into it."""
    obj = obj if obj is not None else db.obj
    path = faults.sqlite_path(obj)
    if path is None:
        return
    if getattr(obj, "_ispdesk_corrupt", False) or faults.is_marked(path):
        raise faults.StorageFault(faults.corrupt_message(path), faults.CORRUPT)


@contextlib.contextmanager
def write_tx() -> Iterator[None]:
    """A write transaction. On SQLite it takes the write lock up front (BEGIN IMMEDIATE) so two
    processes never both read, then both try to upgrade and one fails with "database is locked".
    A damaged file is refused before anything is written."""
    obj = db.obj
    if isinstance(obj, SqliteDatabase) and not obj.in_transaction():
        refuse_if_damaged(obj)
        with obj.atomic("IMMEDIATE"):
            yield
    else:
        with db.atomic():
            yield


def chunked(items: Sequence[T], size: int = 500) -> Iterator[Sequence[T]]:
    """`items` in slices of `size`, for statements with one variable per item: SQLite caps the variables of one
    statement (999 in its oldest builds), so 500 ids, or fewer rows of many columns, stay below."""
    for i in range(0, len(items), size):
        yield items[i:i + size]
