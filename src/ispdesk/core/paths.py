"""Where ispdesk keeps its files; the one place that knows about platformdirs."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """`ISPDESK_DATA_DIR` wins (tests, portable installs); otherwise the platform's user data dir."""
    override = os.environ.get("ISPDESK_DATA_DIR")
    if override:
        path = Path(override).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("ispdesk", appauthor=False))
    return path


def default_db_path() -> Path:
    return data_dir() / "ispdesk.db"


def backups_dir() -> Path:
    return data_dir() / "respaldos"


def crash_dir() -> Path:
    return data_dir() / "errores"


def attachments_dir() -> Path:
    """Copies of the files attached to reports: beside the SQLite file, so they travel with it; for PostgreSQL,
    the data folder (offices with several PCs point `ISPDESK_DATA_DIR` at a shared folder)."""
    from .db import db, is_sqlite

    if db.obj is not None and is_sqlite() and db.obj.database != ":memory:":
        return Path(db.obj.database).resolve().parent / "adjuntos"
    return data_dir() / "adjuntos"
