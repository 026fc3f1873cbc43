"""Database binding: one `DatabaseProxy` for SQLite (default) or PostgreSQL, chosen at start-up."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from peewee import Database, DatabaseProxy, ModelSelect, PostgresqlDatabase, SqliteDatabase

db = DatabaseProxy()
T = TypeVar("T")

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 15000,
    "cache_size": -32000,
    "temp_store": "memory",
}


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


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
        return PostgresqlDatabase(name, **kwargs)
    path = Path(target_s).expanduser()
    return SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=15)


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


@contextlib.contextmanager
def write_tx() -> Iterator[None]:
    """A write transaction. On SQLite it takes the write lock up front (BEGIN IMMEDIATE) so two
    processes never both read, then both try to upgrade and one fails with "database is locked"."""
    obj = db.obj
    if isinstance(obj, SqliteDatabase) and not obj.in_transaction():
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
