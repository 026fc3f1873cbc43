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
