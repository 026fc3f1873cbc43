"""Backups and restores of the whole database.

- SQLite: SQLite's online backup API copies a consistent snapshot in one step while other PCs and processes keep
  writing (in WAL mode writers are not even paused); the copy is written beside its final name and renamed once it
  passes `PRAGMA quick_check`. A restore copies the backup *into* the open database through the same API, under the
  database's write lock: other connections (other PCs, other processes) see the restored data at their next read.
- PostgreSQL: `pg_dump` (custom format, one consistent snapshot) when it is installed; a plain message says so when
  it is not. A restore runs `pg_restore --clean` in a single transaction.

Backups go to `paths.backups_dir()`, named `<base>-AAAAMMDD-HHMMSS[-auto].db` (`.dump` for PostgreSQL); at start-up
the app makes one when the last is older than a day, and only the newest `backups_keep` (a setting) are kept. Every
backup and restore is recorded in the audit trail. Attachments (`adjuntos/`) are files beside the database and are
not in the backup.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from ispdesk.core.clock import now_utc
from ispdesk.core.db import db, write_tx
from ispdesk.core.errors import DomainError, ValidationError
from ispdesk.core.models import Setting, User
from ispdesk.core.paths import backups_dir
from ispdesk.core.session import HasId, Session

from .audit_log import record_audit
from .data_access import data_actor

Progress = Callable[[str, int, int], None]

KEEP_KEY = "backups_keep"
DEFAULT_KEEP = 10
AUTO_EVERY = dt.timedelta(days=1)
_NAME = re.compile(r"^(?P<base>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?(?P<label>-auto|-antes-de-restaurar)?"
                   r"\.(?P<ext>db|dump)$")


@dataclass(frozen=True)
class BackupInfo:
    path: str
    made_at: dt.datetime  # local time of the PC, from the file name
    size: int
    kind: str  # "manual" | "auto" | "antes-de-restaurar"

    @property
    def name(self) -> str:
        return Path(self.path).name


@dataclass(frozen=True)
class BackupCheck:
    """What a backup file holds, checked before a restore."""

    path: str
    backend: str  # "sqlite" | "postgresql"
    schema_version: int
    office: str = ""
    customers: int | None = None
    reports: int | None = None
    last_report_at: dt.datetime | None = None  # naive UTC
    made_at: str = ""  # pg_dump's own date line, for PostgreSQL dumps

    def describe(self) -> str:
        """"Internet Rioverde, 3 000 clientes, 20 000 reportes (el último del 29/11/2026), esquema 4"."""
        parts = [self.office] if self.office else []
        if self.customers is not None:
            parts.append(f"{self.customers:,} clientes".replace(",", " "))
        if self.reports is not None:
            last = f" (el último del {self.last_report_at:%d/%m/%Y})" if self.last_report_at else ""
            parts.append(f"{self.reports:,} reportes{last}".replace(",", " "))
        if self.made_at:
            parts.append(f"hecho el {self.made_at}")
        parts.append(f"esquema {self.schema_version}")
        return ", ".join(parts)


# --- where and which ---------------------------------------------------------------------------------------------

def _sqlite() -> bool:
    return isinstance(db.obj, SqliteDatabase)


def _base_name() -> str:
    """The prefix of this database's backups: the SQLite file's stem, or the PostgreSQL database's name."""
    if db.obj is None:
        raise DomainError("No hay base de datos abierta.")
    if _sqlite():
        if db.obj.database == ":memory:":
            raise DomainError("Una base de datos en memoria no se respalda.")
        return Path(db.obj.database).stem
    return str(db.obj.database)


def _extension() -> str:
    return "db" if _sqlite() else "dump"


def unavailable_reason() -> str:
    """"" when this database can be backed up from here; otherwise why not, in plain Spanish."""
    if _sqlite():
        return ""
    if not shutil.which("pg_dump") or not shutil.which("pg_restore"):
        return ("Para respaldar PostgreSQL desde ispdesk hace falta pg_dump, que no está instalado en esta PC. "
                "Instale las herramientas cliente de PostgreSQL (en Windows, el instalador de PostgreSQL con "
                "«Command Line Tools»; en Debian o Ubuntu, el paquete postgresql-client) o pida al encargado del "
                "servidor que respalde la base con pg_dump.")
    return ""


def list_backups() -> list[BackupInfo]:
    """This database's backups in the backups folder, newest first."""
    folder = backups_dir()
    base, ext = _base_name(), _extension()
    out = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        m = _NAME.match(path.name)
        if not m or m["base"] != base or m["ext"] != ext:
            continue
        try:
            made = dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        kind = (m["label"] or "-manual")[1:]
        out.append(BackupInfo(str(path), made, size, kind))
    out.sort(key=lambda b: (b.made_at, b.name), reverse=True)
    return out


def keep_count() -> int:
    row = Setting.get_or_none(Setting.key == KEEP_KEY)
    try:
        value = int(json.loads(row.value)) if row else DEFAULT_KEEP
    except (TypeError, ValueError):
        value = DEFAULT_KEEP
    return max(1, value)


def set_keep_count(actor: User | Session | HasId | int, keep: int) -> int:
    """How many backups the folder keeps (the newest); older ones are deleted after each new backup."""
    user = data_actor(actor)
    if not isinstance(keep, int) or not 1 <= keep <= 365:
        raise ValidationError("Respaldos que se conservan: un número del 1 al 365.", "keep")
    with write_tx():
        before = keep_count()
        Setting.insert(key=KEEP_KEY, value=json.dumps(keep)).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: json.dumps(keep)}).execute()
        if before != keep:
            record_audit(user, "setting", KEEP_KEY, "update", f"Respaldos que se conservan: de {before} a {keep}.",
                         {"before": before, "after": keep})
    return keep


def prune(keep: int | None = None) -> list[str]:
    """Delete all but the newest `keep` backups of this database in the folder; returns what was deleted."""
    keep = keep_count() if keep is None else keep
    deleted = []
    for old in list_backups()[keep:]:
        try:
            Path(old.path).unlink()
            deleted.append(old.path)
        except OSError:
            pass  # in use or read-only: the next backup tries again
    return deleted


def backup_due(now: dt.datetime | None = None) -> bool:
    """True when this PC's newest backup of this database is older than a day (or there is none)."""
    backups = list_backups()
    if not backups:
        return True
    now = now or dt.datetime.now()
    return now - backups[0].made_at >= AUTO_EVERY


# --- backing up --------------------------------------------------------------------------------------------------

def _new_path(kind: str) -> Path:
    folder = backups_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DomainError(f"No se puede crear la carpeta de respaldos {folder} ({exc.strerror or exc}).") from None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    label = "" if kind == "manual" else f"-{kind}"
    base, ext = _base_name(), _extension()
    path = folder / f"{base}-{stamp}{label}.{ext}"
    n = 2
    while path.exists():
        path = folder / f"{base}-{stamp}-{n}{label}.{ext}"
        n += 1
    return path


def _check_target(target: Path) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise DomainError(f"No se puede guardar el respaldo en {target}: es una carpeta.", "path")
    if not folder.is_dir():
        raise DomainError(f"No se puede guardar el respaldo en {target}: la carpeta no existe.", "path")
    if not os.access(folder, os.W_OK):
        raise DomainError(f"No se puede guardar el respaldo en {target}: no hay permiso para escribir ahí.", "path")


def _sqlite_copy(target: Path) -> None:
    """One backup step (a consistent snapshot, other writers carry on), then a check, then the final name."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            db.connection().backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
            status = dest.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dest.close()
        if status != "ok":
            raise DomainError(f"La copia no pasó la revisión de SQLite ({status}); no se guardó. Revise el disco.")
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        raise DomainError(f"No se pudo respaldar la base de datos: {exc}.") from None
    except OSError as exc:
        raise DomainError(f"No se pudo guardar el respaldo en {target.parent} ({exc.strerror or exc}).") from None
    finally:
        tmp.unlink(missing_ok=True)


def _pg_args() -> tuple[list[str], dict[str, str]]:
    params = dict(getattr(db.obj, "connect_params", {}))
    args = ["-d", str(db.obj.database)]
    if params.get("host"):
        args += ["-h", str(params["host"])]
    if params.get("port"):
        args += ["-p", str(params["port"])]
    if params.get("user"):
        args += ["-U", str(params["user"])]
    env = dict(os.environ)
    if params.get("password"):
        env["PGPASSWORD"] = str(params["password"])
    return args, env


def _run(cmd: list[str], env: dict[str, str], what: str, timeout: int = 6 * 3600) -> str:
    try:
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    except OSError as exc:
        raise DomainError(f"No se pudo ejecutar {cmd[0]} ({exc.strerror or exc}).") from None
    except subprocess.TimeoutExpired:
        raise DomainError(f"{what}: {Path(cmd[0]).name} no terminó a tiempo.") from None
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise DomainError(f"{what}: {Path(cmd[0]).name} falló. " + " ".join(detail[-3:]))
    return done.stdout


def _pg_dump(target: Path) -> None:
    reason = unavailable_reason()
    if reason:
        raise DomainError(reason)
    args, env = _pg_args()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _run([shutil.which("pg_dump") or "pg_dump", "-Fc", "--no-owner", "--no-privileges", "-f", str(tmp), *args],
             env, "No se pudo respaldar la base de datos")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _make(target: Path) -> BackupInfo:
    started = dt.datetime.now().replace(microsecond=0)
    if _sqlite():
        _sqlite_copy(target)
    else:
        _pg_dump(target)
    m = _NAME.match(target.name)
    made = dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S") if m else started
    kind = ((m["label"] if m else None) or "-manual")[1:]
    return BackupInfo(str(target), made, target.stat().st_size, kind)


def backup_now(actor: User | Session | HasId | int | None, dest: str | os.PathLike[str] | None = None) -> BackupInfo:
    """Back up the database now: to `dest`, or into the backups folder (then only the newest are kept). Safe while
    other PCs and processes write. Recorded in the audit trail."""
    return _backup(data_actor(actor), dest, "manual")


def _backup(user: User | None, dest: str | os.PathLike[str] | None, kind: str) -> BackupInfo:
    message = _damaged()
    if message:
        raise DomainError(message)
    if dest is not None:
        target = Path(dest).expanduser()
        _check_target(target)
    else:
        target = _new_path(kind)
    info = _make(target)
    if dest is None and kind != "antes-de-restaurar":
        prune()
    words = {"manual": "Respaldo", "auto": "Respaldo automático al iniciar",
             "antes-de-restaurar": "Respaldo previo a una restauración"}[kind]
    from .audit_log import checkpoint

    with write_tx():  # with the backup's record, the day's seal of the history (`audit_log.checkpoint`)
        checkpoint(user)  # first: it takes the events' lock before the audit trail's, as every writer does
        record_audit(user, "backup", info.name, "backup", f"{words}: {info.name} ({_size(info.size)}).",
                     {"path": info.path, "size": info.size, "kind": kind})
    return info


def auto_backup() -> BackupInfo | None:
    """At start-up: a backup when the newest is older than a day, then the old ones pruned. None when not due or
    not possible here (PostgreSQL without pg_dump): start-up is never held up by it."""
    if unavailable_reason() or _damaged() or not backup_due():
        return None
    return _backup(None, None, "auto")


def _damaged() -> str:
    """The "dañada" message when the open file is known to be damaged: a copy of it is no backup, and saving it
    would push a good backup out of the last N kept."""
    from ispdesk.core.storage import damaged

    return damaged()


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)  # pragma: no cover


# --- checking and restoring --------------------------------------------------------------------------------------

def _check_sqlite(path: Path) -> BackupCheck:
    from ispdesk.core.schema import LATEST

    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError as exc:
        raise DomainError(f"No se pudo leer {path} ({exc.strerror or exc}).", "path") from None
    if head != b"SQLite format 3\x00":
        if head.startswith(b"PGDMP"):
            raise DomainError(f"{path.name} es un respaldo de PostgreSQL; esta base de datos es SQLite.", "path")
        raise DomainError(f"{path.name} no es un respaldo de ispdesk (no es una base de datos SQLite).", "path")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DomainError(f"No se pudo abrir {path.name}: {exc}.", "path") from None
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check(20)").fetchall()]
        if rows != ["ok"]:
            raise DomainError(f"{path.name} está dañado: no pasó la revisión de integridad de SQLite "
                              f"({'; '.join(rows[:3])}). No se restaura.", "path")
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"customer", "report", "office"} <= tables:
            raise DomainError(f"{path.name} no es un respaldo de ispdesk (le faltan sus tablas).", "path")
        version = 1
        if "schema_version" in tables:
            version = con.execute("SELECT COALESCE(MAX(version), 1) FROM schema_version").fetchone()[0]
        if version > LATEST:
            raise DomainError(f"{path.name} es de una versión más nueva de ispdesk (esquema {version}; esta versión "
                              f"conoce hasta el {LATEST}): actualice ispdesk antes de restaurarlo.", "path")
        office = con.execute("SELECT name FROM office ORDER BY id LIMIT 1").fetchone()
        customers = con.execute("SELECT COUNT(*) FROM customer").fetchone()[0]
        reports = con.execute("SELECT COUNT(*) FROM report").fetchone()[0]
        last = con.execute("SELECT MAX(opened_at) FROM report").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DomainError(f"{path.name} está dañado o no es una base de datos ({exc}). No se restaura.",
                          "path") from None
    finally:
        con.close()
    last_at = dt.datetime.fromisoformat(last) if last else None
    return BackupCheck(str(path), "sqlite", version, office[0] if office else "", customers, reports, last_at)


def _check_pg(path: Path) -> BackupCheck:
    from ispdesk.core.schema import LATEST

    reason = unavailable_reason()
    if reason:
        raise DomainError(reason)
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError as exc:
        raise DomainError(f"No se pudo leer {path} ({exc.strerror or exc}).", "path") from None
    if not head.startswith(b"PGDMP"):
        if head.startswith(b"SQLite format 3"):
            raise DomainError(f"{path.name} es un respaldo de SQLite; esta base de datos es PostgreSQL.", "path")
        raise DomainError(f"{path.name} no es un respaldo de PostgreSQL hecho con pg_dump.", "path")
    pg_restore = shutil.which("pg_restore") or "pg_restore"
    toc = _run([pg_restore, "-l", str(path)], dict(os.environ), f"{path.name} está dañado")
    if "TABLE DATA public customer" not in toc and "TABLE DATA public report" not in toc:
        raise DomainError(f"{path.name} no es un respaldo de ispdesk (le faltan sus tablas).", "path")
    data = _run([pg_restore, "-a", "-t", "schema_version", "-t", "office", "-f", "-", str(path)], dict(os.environ),
                f"{path.name} está dañado")
    versions = [int(str(r.get("version") or 1)) for r in _copy_rows(data, "schema_version")]
    version = max(versions) if versions else 1
    offices = _copy_rows(data, "office")
    if version > LATEST:
        raise DomainError(f"{path.name} es de una versión más nueva de ispdesk (esquema {version}; esta versión "
                          f"conoce hasta el {LATEST}): actualice ispdesk antes de restaurarlo.", "path")
    made = re.search(r"^;\s+Archive created at (.+)$", toc, re.MULTILINE)
    return BackupCheck(str(path), "postgresql", version, office=str(offices[0].get("name") or "") if offices else "",
                       made_at=made[1].strip() if made else "")


_COPY_ESCAPES = {"\\t": "\t", "\\n": "\n", "\\r": "\r", "\\\\": "\\"}


def _copy_rows(text: str, table: str) -> list[dict[str, str | None]]:
    """The rows of `table` in pg_restore's plain-text COPY block (tab-separated, \\N for null)."""
    m = re.search(rf"^COPY public\.{table} \((?P<cols>[^)]*)\) FROM stdin;\n(?P<body>.*?)^\\\.$", text,
                  re.MULTILINE | re.DOTALL)
    if not m:
        return []
    columns = [c.strip().strip('"') for c in m["cols"].split(",")]
    rows = []
    for line in m["body"].splitlines():
        values = [None if v == "\\N" else re.sub(r"\\[tnr\\]", lambda e: _COPY_ESCAPES[e[0]], v)
                  for v in line.split("\t")]
        rows.append(dict(zip(columns, values, strict=False)))
    return rows


def check_backup(path: str | os.PathLike[str]) -> BackupCheck:
    """Whether `path` can be restored here: readable, whole (SQLite's integrity check, or pg_restore's reading of
    the dump), an ispdesk database, and not from a newer ispdesk. Raises `DomainError` with the reason."""
    target = Path(path).expanduser()
    if not target.is_file():
        raise DomainError(f"No existe el archivo {target}.", "path")
    if _sqlite() and Path(db.obj.database).resolve() == target.resolve():
        raise DomainError("Ese archivo es la base de datos abierta, no un respaldo.", "path")
    return _check_sqlite(target) if _sqlite() else _check_pg(target)


def other_connections() -> int | None:
    """PostgreSQL: how many other computers are connected to this database now (this PC's own connections, such as
    the live-refresh listener, do not count); None on SQLite, which cannot tell."""
    if _sqlite():
        return None
    return db.execute_sql("SELECT COUNT(DISTINCT client_addr) FROM pg_stat_activity WHERE datname = current_database() "
                          "AND pid <> pg_backend_pid() AND client_addr IS DISTINCT FROM inet_client_addr()"
                          ).fetchone()[0]


def restore_backup(actor: User | Session | HasId | int | None, path: str | os.PathLike[str], *,
                   safety_copy: bool = True) -> tuple[BackupCheck, BackupInfo | None]:
    """Replace the database's contents with the backup at `path`, after checking it (`check_backup`) and, first,
    backing up the current contents ("antes-de-restaurar"). Returns the check and that safety copy.

    Other PCs stay connected: they read the restored data from their next query on, but a screen they have open
    keeps what it showed until it refreshes; they should close ispdesk and open it again."""
    from ispdesk.core.schema import ensure_schema

    user = data_actor(actor)
    username = user.username
    check = check_backup(path)
    safety = _backup(user, None, "antes-de-restaurar") if safety_copy else None
    if _sqlite():
        if db.obj.in_transaction():
            raise DomainError("No se puede restaurar a la mitad de otra operación.")
        try:
            src = sqlite3.connect(f"file:{Path(path).expanduser()}?mode=ro", uri=True)
            try:
                src.backup(db.connection())  # under the database's write lock; others see it at their next read
            finally:
                src.close()
        except sqlite3.Error as exc:
            raise DomainError(f"No se pudo restaurar: {exc}. La base de datos quedó como estaba"
                              + (f" (y hay una copia en {safety.path})." if safety else ".")) from None
    else:
        args, env = _pg_args()
        db.close()  # our own session must not hold a lock the restore waits for
        try:
            _run([shutil.which("pg_restore") or "pg_restore", "--clean", "--if-exists", "--no-owner",
                  "--no-privileges", "--single-transaction", "--exit-on-error", *args, str(Path(path).expanduser())],
                 env, "No se pudo restaurar (la base de datos quedó como estaba)")
        finally:
            db.connect(reuse_if_open=True)
    ensure_schema()  # an older backup is brought up to this version (with its own copy first)
    restored_user = User.get_or_none(User.username == username)
    with write_tx():
        record_audit(restored_user, "backup", Path(path).name, "restore",
                     f"Restauración del respaldo {Path(path).name} ({check.describe()}) por {username}."
                     + (f" Copia previa: {Path(safety.path).name}." if safety else ""),
                     {"path": str(path), "schema_version": check.schema_version, "by": username,
                      "safety_copy": safety.path if safety else "", "at": now_utc().isoformat()})
    return check, safety
