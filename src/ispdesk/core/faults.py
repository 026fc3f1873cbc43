"""Faults of the environment (a locked, read-only, full, damaged or unreachable database) as Spanish messages.

`storage_fault(exc)` is the one translator: the database binding (`core/db.py`) calls it on every statement,
BEGIN, COMMIT and connect, and the command line and the GUI's last-resort hook call it on whatever escaped
(a row fetched lazily from a damaged page). The driver's English text ("database is locked", "disk I/O
error") never reaches the user alone: it only travels as `detail`, for the error report.

Only faults of the environment are translated. A driver error that means a bug in ispdesk ("no such column",
a constraint we should have checked first) is left alone, so it still ends in the crash report.

A damaged SQLite file is marked with a text file beside it (`ispdesk.db.DAÑADA.txt`): every process refuses
to write into it from then on, not only the one that met the damage. The next open of a marked file runs a full
check; once the file is good again (a backup restored over it) the mark goes away by itself.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from .errors import DomainError

LOCKED = "locked"
READ_ONLY = "read_only"
FULL = "full"
IO = "io"
CORRUPT = "corrupt"
CANT_OPEN = "cant_open"
CONNECTION = "connection"
NETWORK = "network"
MEMORY = "memory"

BUSY_MESSAGE = "La base de datos está ocupada por otra computadora; intente de nuevo."


class StorageFault(DomainError):
    """The database could not do what was asked for a reason outside ispdesk. `kind` is one of the constants
    above; `detail` keeps the driver's own text for the error report (never shown alone)."""

    def __init__(self, message: str, kind: str, detail: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.detail = detail


# --- the translator ------------------------------------------------------------------------------------------

# SQLite's primary result codes (`sqlite3.Error.sqlite_errorcode & 0xff`) that mean the environment.
_SQLITE_CODES = {5: LOCKED, 6: LOCKED, 7: MEMORY, 8: READ_ONLY, 10: IO, 11: CORRUPT, 13: FULL, 14: CANT_OPEN,
                 26: CORRUPT}
# The same by text, for errors that lost their code on the way (wrapped, re-raised, or from older Pythons).
_SQLITE_TEXTS = (
    ("database is locked", LOCKED), ("database table is locked", LOCKED), ("database schema is locked", LOCKED),
    ("attempt to write a readonly database", READ_ONLY), ("database or disk is full", FULL),
    ("disk i/o error", IO), ("database disk image is malformed", CORRUPT), ("file is not a database", CORRUPT),
    ("malformed database schema", CORRUPT), ("fts5: corrupt", CORRUPT),
    ("vtable constructor failed", CORRUPT),  # the search index's own tables unreadable
    ("unable to open database file", CANT_OPEN),
    ("out of memory", MEMORY),
)
# PostgreSQL SQLSTATEs: lock and statement timeouts, deadlocks, a full disk, a read-only standby, damage.
_PG_CODES = {"55P03": LOCKED, "57014": LOCKED, "40P01": LOCKED, "40001": LOCKED, "53100": FULL,
             "25006": READ_ONLY, "XX001": CORRUPT, "XX002": CORRUPT, "58030": IO, "53200": MEMORY,
             "57P01": CONNECTION, "57P02": CONNECTION, "57P03": CONNECTION, "08000": CONNECTION,
             "08003": CONNECTION, "08006": CONNECTION, "08001": CONNECTION, "08004": CONNECTION}
_PG_TEXTS = ("server closed the connection", "connection already closed", "terminating connection",
             "could not connect", "connection refused", "no connection to the server", "ssl connection has been closed",
             "could not receive data", "could not send data", "connection timed out", "connection not open",
             "server conn crashed")


def _origin(exc: BaseException) -> BaseException:
    """The driver's exception inside peewee's wrapper (peewee keeps the original as `orig`)."""
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException):
        return orig
    if type(exc).__module__ == "peewee" and exc.args and isinstance(exc.args[0], BaseException):
        return exc.args[0]
    return exc


def classify(exc: BaseException) -> str | None:
    """The kind of environmental fault `exc` is, or None when it is not one (a bug, a constraint, input)."""
    if isinstance(exc, StorageFault):
        return exc.kind
    orig = _origin(exc)
    if isinstance(orig, sqlite3.Error):
        code = getattr(orig, "sqlite_errorcode", None)
        if code is not None and (code & 0xFF) in _SQLITE_CODES:
            return _SQLITE_CODES[code & 0xFF]
        text = str(orig).lower()
        return next((kind for needle, kind in _SQLITE_TEXTS if needle in text), None)
    if type(orig).__module__.startswith(("psycopg2", "psycopg")):
        pgcode = getattr(orig, "pgcode", None) or getattr(getattr(orig, "diag", None), "sqlstate", None)
        if pgcode in _PG_CODES:
            return _PG_CODES[pgcode]
        text = str(orig).lower()
        if any(t in text for t in _PG_TEXTS) or (pgcode is None and type(orig).__name__ in (
                "OperationalError", "InterfaceError")):
            return CONNECTION
        return None
    if type(exc).__module__ == "peewee" and type(exc).__name__ in ("OperationalError", "InterfaceError",
                                                                     "DatabaseError"):
        text = str(exc).lower()
        if "connection already closed" in text or "server closed the connection" in text:
            return CONNECTION
        return next((kind for needle, kind in _SQLITE_TEXTS if needle in text), None)
    return None  # an OSError is not the database's: a PDF or an attachment says which file it could not write


def storage_fault(exc: BaseException, database: Any = None) -> StorageFault | None:
    """The Spanish `StorageFault` for `exc` (None when `exc` is not a fault of the environment).

    `database` is the peewee database the error came from (default: the bound one); a damaged SQLite file is
    marked so that no process writes into it again."""
    if isinstance(exc, StorageFault):
        return exc
    kind = classify(exc)
    if kind is None:
        return None
    if database is None:
        from .db import db

        database = db.obj
    path = sqlite_path(database)
    detail = str(_origin(exc))
    if kind in (IO, CANT_OPEN) and path is not None and _disk_nearly_full(path):
        kind = FULL  # SQLite says "disk I/O error" when the -shm cannot grow on a full disk
    if kind == CORRUPT and path is not None:
        if _not_a_database(exc):  # the whole header: maybe not ours at all, and SQLite writes nothing to it
            return StorageFault(not_a_database_message(path), kind, detail)
        mark_corrupt(path, detail)
        if database is not None:
            database._ispdesk_corrupt = True  # this process too, even if the mark could not be written
    return StorageFault(message_for(kind, path), kind, detail)


def _disk_nearly_full(path: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(path.parent if str(path.parent) else ".").free < 256 * 1024
    except OSError:
        return False


def _not_a_database(exc: BaseException) -> bool:
    orig = _origin(exc)
    code = getattr(orig, "sqlite_errorcode", None)
    return (code is not None and code & 0xFF == 26) or "file is not a database" in str(orig).lower()


def not_a_database_message(path: Path) -> str:
    return (f"El archivo {path} no es una base de datos de ispdesk, o está dañado desde el encabezado. "
            + restore_advice(path))


def message_for(kind: str, path: Path | None = None) -> str:
    """The message a user reads for a fault `kind` on the database at `path` (None: PostgreSQL)."""
    where = f" ({path})" if path is not None else ""
    if kind == LOCKED:
        return BUSY_MESSAGE
    if kind == READ_ONLY:
        if path is None:
            return "El servidor de PostgreSQL sólo permite leer (¿es una réplica?): no se guardó nada."
        return (f"La base de datos {path} es de solo lectura: no se guardó nada. Pida permiso de escritura "
                "sobre el archivo y su carpeta, o copie la base de datos a una carpeta suya.")
    if kind == FULL:
        return (f"El disco de la base de datos está lleno{where}: no se guardó nada. Libere espacio y vuelva a "
                "intentar.")
    if kind == IO:
        return (f"Falló la lectura o escritura en el disco de la base de datos{where}: lo último no se guardó. "
                "Revise el disco (o la red, si la carpeta está en otra computadora) y vuelva a intentar.")
    if kind == CORRUPT:
        return corrupt_message(path)
    if kind == CANT_OPEN:
        return (f"No se pudo abrir el archivo de la base de datos{where}: revise que la carpeta exista y que "
                "tenga permiso para escribir en ella.")
    if kind == CONNECTION:
        return ("Se perdió la conexión con el servidor de la base de datos (PostgreSQL): lo último no se guardó. "
                "Revise la red y que el servidor esté encendido, y vuelva a intentar.")
    if kind == MEMORY:
        return "No hay memoria suficiente para terminar la operación: cierre otros programas y vuelva a intentar."
    if kind == NETWORK:
        return network_message(path)
    return f"Falló la base de datos{where}."


def sqlite_path(database: Any) -> Path | None:
    """The file of a SQLite database (None for PostgreSQL, an in-memory one or none)."""
    if database is None or not isinstance(getattr(database, "database", None), str):
        return None
    from peewee import SqliteDatabase

    if not isinstance(database, SqliteDatabase) or database.database in ("", ":memory:"):
        return None
    return Path(database.database)


# --- damage ---------------------------------------------------------------------------------------------------

def marker_path(path: Path) -> Path:
    return path.with_name(path.name + ".DAÑADA.txt")


def latest_backup(path: Path | None = None) -> Path | None:
    """The newest `*.db` in the backups folder (`paths.backups_dir()`, named `<base>-AAAAMMDD-HHMMSS.db`): of the
    base at `path` when there is one of it, else of any base; None when there is none."""
    from .paths import backups_dir

    try:
        files = [p for p in backups_dir().glob("*.db") if p.is_file()]
    except OSError:
        return None
    if path is not None:
        own = [p for p in files if p.name.startswith(f"{path.stem}-")]
        files = own or files
    return max(files, key=lambda p: (p.stat().st_mtime, p.name), default=None)


def restore_advice(path: Path | None = None) -> str:
    """Which backup to restore (the newest one, with its date), or what to do without one."""
    from .paths import backups_dir

    backup = latest_backup(path)
    if backup is None:
        return (f"No hay respaldos en {backups_dir()}: no borre ni sobrescriba el archivo y llame a soporte "
                "técnico.")
    stamp = dt.datetime.fromtimestamp(backup.stat().st_mtime).strftime("%d/%m/%Y %H:%M")
    return f"Restaure el respaldo más reciente: {backup} (del {stamp})."


def corrupt_message(path: Path | None) -> str:
    if path is None:
        return ("El servidor de PostgreSQL informa datos dañados: no se guardó nada. Avise al administrador del "
                "servidor para que restaure su respaldo.")
    return f"La base de datos {path} está dañada: no se guardará nada en ella. {restore_advice(path)}"


def mark_corrupt(path: Path, detail: str = "") -> None:
    """Leave the mark beside the file (best effort: a read-only folder keeps only the in-process mark)."""
    marker = marker_path(path)
    if marker.exists():
        return
    text = (f"ispdesk encontró dañada la base de datos {path} el {dt.datetime.now():%d/%m/%Y %H:%M}.\n"
            f"Detalle técnico: {detail}\n\n"
            "Mientras este aviso exista, ispdesk no escribe en ella. Restaure el respaldo más reciente; al abrir "
            "una base de datos sana en este lugar, ispdesk borra este aviso.\n")
    with contextlib.suppress(OSError):
        marker.write_text(text, encoding="utf-8")


def is_marked(path: Path) -> bool:
    return marker_path(path).exists()


def clear_mark(path: Path) -> None:
    with contextlib.suppress(OSError):
        marker_path(path).unlink()


def integrity_problems(conn: sqlite3.Connection | Any, *, full: bool = True) -> list[str]:
    """What `PRAGMA quick_check` finds (the b-trees) plus the search index's own check; [] when sound.

    `conn` is a sqlite3 connection or a peewee SqliteDatabase. The whole file is read: about 5 s for the
    100 000-customer, 1 000 000-report benchmark base, so it runs only when something hints at damage."""
    execute = conn.execute_sql if hasattr(conn, "execute_sql") else conn.execute
    problems: list[str] = []
    try:
        rows = execute("PRAGMA quick_check" if full else "PRAGMA quick_check(100)").fetchall()
        problems += [r[0] for r in rows if r[0] != "ok"]
        has_fts = execute("SELECT 1 FROM sqlite_master WHERE name = 'customer_fts'").fetchone()
        if has_fts and not problems:
            execute("INSERT INTO customer_fts(customer_fts, rank) VALUES ('integrity-check', 1)")
    except Exception as exc:  # the check itself tripping over the damage is an answer too
        orig = _origin(exc)
        if classify(exc) in (CORRUPT, IO) or isinstance(orig, sqlite3.DatabaseError):
            problems.append(str(orig))
        else:
            raise
    return problems


# --- where the file lives ------------------------------------------------------------------------------------

NETWORK_FS = frozenset({"cifs", "smb3", "smbfs", "nfs", "nfs4", "afs", "ncpfs", "9p", "ceph", "glusterfs",
                        "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "fuse.glusterfs", "fuse.rclone", "lustre",
                        "gpfs", "beegfs", "ocfs2", "gfs2"})
MOUNTS_FILE = "/proc/mounts"


def network_filesystem(path: Path) -> str | None:
    """What remote file system holds `path` ("cifs", "nfs4", "UNC", "unidad de red"), or None if local.

    SQLite's write-ahead log keeps its index in shared memory, which only works among processes of one
    computer; over SMB or NFS two PCs corrupt the file sooner or later."""
    text = str(path)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return "UNC"
    if sys.platform == "win32":
        return _windows_remote(path)
    try:
        with open(MOUNTS_FILE, encoding="utf-8", errors="replace") as fh:
            mounts = [line.split()[:3] for line in fh if len(line.split()) >= 3]
    except OSError:
        return None
    try:
        resolved = str(path.expanduser().resolve())
    except OSError:
        resolved = os.path.abspath(text)
    best, fstype = "", ""
    for _dev, point, kind in mounts:
        point = point.replace("\\040", " ")
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, kind
    return fstype if fstype in NETWORK_FS else None


def _windows_remote(path: Path) -> str | None:
    try:
        import ctypes

        drive = os.path.splitdrive(str(path.resolve()))[0]
        if drive.startswith("\\\\"):
            return "UNC"
        if drive and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4:  # type: ignore[attr-defined]
            return "unidad de red"
    except (OSError, AttributeError, ValueError):
        return None
    return None


def network_message(path: Path | None) -> str:
    return (f"La base de datos {path} está en una carpeta de red: SQLite no se puede compartir así sin dañar el "
            "archivo. Para trabajar desde varias computadoras use PostgreSQL (--db postgresql://usuario@servidor/"
            "base); para una sola, copie el archivo a un disco de esta computadora.")


def read_only_reason(path: Path) -> str | None:
    """Why SQLite could not write at `path` (the file, its folder, or a -wal/-shm left by someone else), or
    None. Checked before SQLite opens the file, so a refused open leaves no -wal or -shm behind."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return "file"
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        return "folder"
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists() and not os.access(side, os.W_OK):
            return suffix
    return None


def read_only_message(path: Path, reason: str) -> str:
    what = {"file": "el archivo", "folder": "su carpeta"}.get(reason, f"el archivo auxiliar {path.name}{reason}")
    return (f"La base de datos {path} es de solo lectura ({what} no permite escribir): no se puede guardar nada. "
            "Pida permiso de escritura sobre el archivo y su carpeta, o copie la base de datos a una carpeta "
            "suya.")
