"""Open the database the user asked for (path or URL), bind it and bring its schema up to date."""

from __future__ import annotations

from pathlib import Path

from .db import db, is_postgres_url, make_database
from .errors import DomainError
from .paths import default_db_path


def resolve_target(target: str | Path | None) -> str:
    """`--db` value, or the default file under the user data dir (`ISPDESK_DATA_DIR` overrides)."""
    if target is None or str(target) == "":
        return str(default_db_path())
    return str(target)


def open_database(target: str | Path | None = None, *, migrate: bool = True) -> str:
    """Bind `db` and return the resolved target. Environment failures become Spanish `DomainError`s."""
    resolved = resolve_target(target)
    if not is_postgres_url(resolved):
        path = Path(resolved).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DomainError(f"No se puede crear la carpeta de datos {path.parent}: {exc.strerror}.") from None
        if path.is_dir():
            raise DomainError(f"{path} es una carpeta, no un archivo de base de datos.")
    database = make_database(resolved)
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()
    db.initialize(database)
    try:
        db.connect(reuse_if_open=True)
    except Exception as exc:  # the driver's own error types differ by backend
        raise DomainError(f"No se pudo abrir la base de datos ({resolved}): {exc}") from None
    if migrate:
        from .schema import ensure_schema

        ensure_schema()
    return resolved


def close_database() -> None:
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()
