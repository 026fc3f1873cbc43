"""Open the database the user asked for (path or URL), bind it and bring its schema up to date."""

from __future__ import annotations

from pathlib import Path

from . import faults
from .db import db, is_postgres_url, make_database
from .errors import DomainError
from .paths import default_db_path


def resolve_target(target: str | Path | None) -> str:
    """`--db` value, or the default file under the user data dir (`ISPDESK_DATA_DIR` overrides)."""
    if target is None or str(target) == "":
        return str(default_db_path())
    return str(target)


def open_database(target: str | Path | None = None, *, migrate: bool = True, create: bool = True,
                  recheck: bool = True) -> str:
    """Bind `db` and return the resolved target. Environment failures become Spanish `DomainError`s.

    With `create=False` a missing SQLite file, an empty one (0 bytes, or no tables) or an empty PostgreSQL database
    is an error rather than a new database: a mistyped `--db` in a script must not answer "no results" from a
    database it just made. A SQLite file with another program's tables is refused in any case. Both are found
    before anything is written (even the WAL pragma, which would change the file and leave -wal/-shm beside it).

    A SQLite file is refused before SQLite touches it when it sits on a network share (its write-ahead log
    cannot be shared between computers) or cannot be written (so no -wal or -shm is left behind). A file
    marked damaged is checked in full (`recheck_damaged`: 5 s to a minute on the 1.5 GB benchmark base, so the
    GUI passes `recheck=False` and runs it off its thread); if it is sound again (a backup restored over it) the
    mark is removed, otherwise it opens for reading only (`db.refuse_if_damaged`) and `damaged()` says why."""
    resolved = resolve_target(target)
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in resolved):
        raise DomainError("La ruta de la base de datos tiene caracteres que no son texto válido (UTF-8); "
                          "renombre el archivo o la carpeta.")
    postgres = is_postgres_url(resolved)
    path: Path | None = None
    if not postgres:
        path = Path(resolved).expanduser()
        if path.is_dir():
            raise DomainError(f"{path} es una carpeta, no un archivo de base de datos.")
        remote = faults.network_filesystem(path)
        if remote is not None:
            raise faults.StorageFault(faults.network_message(path), faults.NETWORK, remote)
        if not path.exists():
            if not create:
                raise DomainError(f"No existe la base de datos {path}. Ábrala con «ispdesk» para la "
                                  "configuración inicial, o indique otra con --db.")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DomainError(f"No se puede crear la carpeta de datos {path.parent} "
                                  f"({exc.strerror or exc}).") from None
        reason = faults.read_only_reason(path)
        if reason is not None:
            raise faults.StorageFault(faults.read_only_message(path, reason), faults.READ_ONLY, reason)
        state = _sqlite_state(path)
        if state == FOREIGN:
            raise DomainError(foreign_message(str(path)))
        if state == EMPTY and not create:
            raise DomainError(empty_message(str(path)))
    database = make_database(resolved)
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()
    db.initialize(database)
    try:
        db.connect(reuse_if_open=True)
    except Exception as exc:  # the driver's own error types differ by backend
        detail = exc.detail if isinstance(exc, faults.StorageFault) else str(exc)
        if postgres:  # never connected: not a lost connection, whatever the driver calls it
            raise DomainError(f"No se pudo conectar a PostgreSQL ({_safe_url(resolved)}): revise que el "
                              f"servidor esté encendido y accesible. Detalle: {detail}".strip()) from None
        if isinstance(exc, faults.StorageFault):
            raise
        raise DomainError(f"No se pudo abrir la base de datos {resolved}. Detalle: {detail}") from None
    if recheck and path is not None and faults.is_marked(path):
        recheck_damaged()
    if migrate:
        from peewee import DatabaseError

        from .schema import ensure_schema

        try:
            ensure_schema(create=create, where=_safe_url(resolved))
        except DatabaseError as exc:
            raise DomainError(f"No se pudo preparar la base de datos {_safe_url(resolved)} "
                              f"(¿es un archivo de ispdesk?). Detalle: {exc}") from None
    return resolved


EMPTY = "empty"
FOREIGN = "foreign"


def empty_message(where: str) -> str:
    return (f"La base de datos {where} está vacía (no tiene datos de ispdesk) y no se modificó. Para empezar una "
            "nueva, ábrala con «ispdesk» (la configuración inicial) o cargue una de prueba con «ispdesk demo»; si no, "
            "indique la correcta con --db.")


def foreign_message(where: str) -> str:
    return (f"{where} es una base de datos de otro programa (sus tablas no son de ispdesk) y no se modificó. "
            "Indique con --db la base de datos de ispdesk.")


def _sqlite_state(path: Path) -> str | None:
    """EMPTY (0 bytes, or SQLite without a table), FOREIGN (tables, none of them ispdesk's) or None (ispdesk's, or
    not for this check to judge: not SQLite, damaged, locked — the real open says what is wrong).

    Read through a plain connection and closed at once: reading writes nothing, and the closing connection removes
    the -wal/-shm a WAL-mode file gets (a read-only connection would leave them behind)."""
    import sqlite3

    try:
        if path.stat().st_size == 0:
            return EMPTY
        with path.open("rb") as f:
            if f.read(16) != b"SQLite format 3\x00":
                return None
        from .db import BUSY_TIMEOUT_S

        con = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
    except (OSError, sqlite3.Error):
        return None
    if not tables:
        return EMPTY
    if "schema_version" in tables or {"office", "customer", "report"} <= tables:  # v1 had no schema_version
        return None
    return FOREIGN


def needs_recheck() -> bool:
    """Whether the open SQLite file carries the damage mark and has not been checked by this process yet."""
    path = faults.sqlite_path(db.obj)
    return path is not None and faults.is_marked(path) and not getattr(db.obj, "_ispdesk_corrupt", False)


def recheck_damaged() -> bool:
    """A file marked damaged: check it in full. Sound (a backup restored over it) → the mark goes and True;
    still damaged → read only from now on, and False. Safe on a worker thread (its own connection)."""
    path = faults.sqlite_path(db.obj)
    if path is None:
        return True
    try:
        problems = faults.integrity_problems(db.obj)
    except faults.StorageFault as exc:
        problems = [exc.detail or exc.message]
    if problems:
        db.obj._ispdesk_corrupt = True  # type: ignore[union-attr]
        return False
    faults.clear_mark(path)
    return True


def damaged() -> str:
    """The "dañada" message when the open SQLite file is known to be damaged ('' when not)."""
    path = faults.sqlite_path(db.obj)
    if path is None:
        return ""
    if getattr(db.obj, "_ispdesk_corrupt", False) or faults.is_marked(path):
        return faults.corrupt_message(path)
    return ""


def _safe_url(target: str) -> str:
    """The target without a password, for messages."""
    if not is_postgres_url(target):
        return target
    from urllib.parse import urlparse

    url = urlparse(target)
    host = url.hostname or "localhost"
    port = f":{url.port}" if url.port else ""
    user = f"{url.username}@" if url.username else ""
    return f"postgresql://{user}{host}{port}{url.path}"


def close_database() -> None:
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()
