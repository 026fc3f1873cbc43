"""Schema creation and forward migrations.

A new database gets the current models and `LATEST`. An older one is migrated one version at a time,
each step in its own transaction and recorded in `schema_version`; on SQLite the file is copied first,
so a failed migration never costs data. Migrations only add: no column or table is ever dropped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

from .db import db
from .guards import install_guards
from .models import (
    ALL_MODELS,
    Area,
    Attachment,
    Cause,
    Customer,
    KindArea,
    Notice,
    Pause,
    Report,
    Resolution,
    SchemaVersion,
    TechZone,
    Visit,
)

LATEST = 5


def current_version() -> int:
    """0 for an empty database."""
    if not SchemaVersion.table_exists():
        return 0
    row = SchemaVersion.select().order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def create_search_index() -> None:
    """Full-text index over `customer.search_text`: FTS5 on SQLite, a GIN tsvector index on PostgreSQL."""
    if isinstance(db.obj, SqliteDatabase):
        db.execute_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS customer_fts USING fts5("
            "search_text, content='customer', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')"
        )
        db.execute_sql(
            "CREATE TRIGGER IF NOT EXISTS customer_fts_ai AFTER INSERT ON customer BEGIN "
            "INSERT INTO customer_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        db.execute_sql(
            "CREATE TRIGGER IF NOT EXISTS customer_fts_ad AFTER DELETE ON customer BEGIN "
            "INSERT INTO customer_fts(customer_fts, rowid, search_text) "
            "VALUES ('delete', old.id, old.search_text); END"
        )
        db.execute_sql(
            "CREATE TRIGGER IF NOT EXISTS customer_fts_au AFTER UPDATE OF search_text ON customer BEGIN "
            "INSERT INTO customer_fts(customer_fts, rowid, search_text) "
            "VALUES ('delete', old.id, old.search_text); "
            "INSERT INTO customer_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        db.execute_sql("INSERT INTO customer_fts(customer_fts) VALUES ('rebuild')")
    else:
        db.execute_sql(
            "CREATE INDEX IF NOT EXISTS customer_search_gin ON customer "
            "USING gin (to_tsvector('simple', search_text))"
        )


# What an event may never change, even while its report is being anonymised (`RedactionPermit`).
_EVENT_FIXED = ("id", "report_id", "at", "user_id", "action", "from_status", "to_status")


def protect_events() -> None:
    """The timeline is append-only in the database itself: an UPDATE or DELETE of a `report_event` row
    fails, whoever tries it (a script, a SQL console, a bug).

    One narrow exception, for the law (LFPDPPP cancellation): inside the transaction that anonymises a customer,
    `services.arco` puts the customer's reports in `redaction_permit` (and removes them before committing); an
    event of those reports may then have its free texts and hashes replaced. Who did what and when never changes.
    The permit table is read when the trigger fires (it exists from schema v4 on)."""
    message = "report_event es de solo anexado: los eventos no se modifican ni se borran"
    if isinstance(db.obj, SqliteDatabase):
        changed = " OR ".join(f'NEW."{c}" IS NOT OLD."{c}"' for c in _EVENT_FIXED)
        db.execute_sql("DROP TRIGGER IF EXISTS report_event_no_update")
        db.execute_sql(
            "CREATE TRIGGER report_event_no_update BEFORE UPDATE ON report_event "
            "WHEN NOT EXISTS (SELECT 1 FROM redaction_permit WHERE report_id = OLD.report_id) "
            f"OR {changed} BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )
        db.execute_sql(
            "CREATE TRIGGER IF NOT EXISTS report_event_no_delete BEFORE DELETE ON report_event "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )
    else:
        fixed_new = ", ".join(f'NEW."{c}"' for c in _EVENT_FIXED)
        fixed_old = ", ".join(f'OLD."{c}"' for c in _EVENT_FIXED)
        db.execute_sql(
            "CREATE OR REPLACE FUNCTION ispdesk_report_event_append_only() RETURNS trigger AS $$ "
            "BEGIN "
            "IF TG_OP = 'UPDATE' AND to_regclass('redaction_permit') IS NOT NULL THEN "
            "IF EXISTS (SELECT 1 FROM redaction_permit WHERE report_id = OLD.report_id) "
            f"AND ({fixed_new}) IS NOT DISTINCT FROM ({fixed_old}) THEN RETURN NEW; END IF; END IF; "
            f"RAISE EXCEPTION '{message}'; END $$ LANGUAGE plpgsql"
        )
        db.execute_sql("DROP TRIGGER IF EXISTS report_event_append_only ON report_event")
        db.execute_sql(
            "CREATE TRIGGER report_event_append_only BEFORE UPDATE OR DELETE ON report_event "
            "FOR EACH ROW EXECUTE FUNCTION ispdesk_report_event_append_only()"
        )


def _code_checks() -> dict[tuple[str, str], tuple[str, ...]]:
    """(table, column) → the codes it may hold: the enums of `vocab` and the roles."""
    from .permissions import Role
    from .vocab import (
        CauseCategory,
        Channel,
        CustomerStatus,
        IncidentStatus,
        Kind,
        Priority,
        Status,
        VisitStatus,
        WaitReason,
    )

    categories = ("", *CauseCategory)
    return {
        ("report", "kind"): tuple(Kind),
        ("report", "channel"): tuple(Channel),
        ("report", "status"): tuple(Status),
        ("report", "priority"): tuple(Priority),
        ("user", "role"): tuple(Role),
        ("customer", "status"): tuple(CustomerStatus),
        ("incident", "status"): tuple(IncidentStatus),
        ("incident", "cause_category"): categories,
        ("kind_area", "kind"): tuple(Kind),
        ("visit", "status"): tuple(VisitStatus),
        ("notice", "channel"): tuple(Channel),
        ("pause", "reason"): tuple(WaitReason),
        ("resolution", "cause_category"): categories,
    }


def install_code_checks() -> None:
    """A bad code cannot be stored, whoever writes: CHECK constraints on PostgreSQL; on SQLite, which cannot
    add a CHECK to an existing table, BEFORE INSERT/UPDATE triggers that abort. Re-run (idempotent) whenever
    a list gains a code."""
    sqlite = isinstance(db.obj, SqliteDatabase)
    for (table, column), codes in _code_checks().items():
        allowed = ", ".join("'" + c.replace("'", "''") + "'" for c in codes)
        name = f"{table}_{column}_code"
        message = f"{table}.{column}: código no válido"
        if sqlite:
            for op, when in (("insert", "INSERT"), ("update", f"UPDATE OF {column}")):
                db.execute_sql(f"DROP TRIGGER IF EXISTS {name}_{op}")
                db.execute_sql(
                    f'CREATE TRIGGER {name}_{op} BEFORE {when} ON "{table}" '
                    f'WHEN NEW."{column}" NOT IN ({allowed}) '
                    f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
                )
        else:
            db.execute_sql(f'ALTER TABLE "{table}" DROP CONSTRAINT IF EXISTS {name}')
            db.execute_sql(f'ALTER TABLE "{table}" ADD CONSTRAINT {name} CHECK ("{column}" IN ({allowed}))')


def seed_catalogues() -> None:
    """Areas, causes and the kinds' default areas from `vocab` (only what is missing: the manager edits them)."""
    from .vocab import AREAS, CAUSES, KIND_AREAS

    for sort, (code, name) in enumerate(AREAS.items()):
        Area.insert(code=code, name=name, sort=sort).on_conflict_ignore().execute()
    sort = 0
    for category, causes in CAUSES.items():
        for code, label in causes.items():
            Cause.insert(code=code, category=str(category), label=label, sort=sort).on_conflict_ignore().execute()
            sort += 1
    for kind, area in KIND_AREAS.items():
        KindArea.insert(kind=str(kind), area=area).on_conflict_ignore().execute()


def _create_fresh() -> None:
    with db.atomic():  # a savepoint inside the caller's write transaction
        db.create_tables(ALL_MODELS)
        create_search_index()
        protect_events()
        install_guards()
        install_code_checks()
        from .changes import install_change_triggers

        install_change_triggers()
        seed_catalogues()
        from .services.users import ensure_system_user

        ensure_system_user()  # the command line's account exists before any command needs it
        SchemaVersion.create(version=LATEST, applied_at=_now())


def _add_column(table: str, column: str, ddl: str) -> None:
    """`ALTER TABLE … ADD COLUMN … NOT NULL DEFAULT …` is the same on SQLite and PostgreSQL and, unlike
    playhouse.migrate's not-null path on SQLite, never rebuilds the table."""
    db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {ddl}')


def _to_v2() -> None:
    """v2: wizard fields (contact phone, visit window, documents), last invoice number, and search."""
    _add_column("customer", "last_invoice", "VARCHAR(40) NOT NULL DEFAULT ''")
    _add_column("customer", "search_text", "TEXT NOT NULL DEFAULT ''")
    _add_column("report", "contact_phone", "VARCHAR(10) NOT NULL DEFAULT ''")
    _add_column("report", "visit_window", "VARCHAR(120) NOT NULL DEFAULT ''")
    _add_column("report", "documents_json", "TEXT NOT NULL DEFAULT '[]'")
    db.execute_sql("CREATE INDEX IF NOT EXISTS report_open_by_customer ON report (customer_id) "
                   "WHERE status <> 'cerrado'")
    from .search import customer_search_text

    # Fill the text before the index and its triggers exist: an FTS5 'delete' of a row that was never
    # indexed corrupts an external-content index. The index is then built from the filled column.
    # Only the columns v1 had: later versions' columns do not exist yet when this step runs.
    for customer in Customer.select(Customer.id, Customer.number, Customer.name, Customer.email, Customer.address,
                                    Customer.colonia, Customer.municipio, Customer.zone, Customer.tower,
                                    Customer.phones):
        text = customer_search_text(customer)
        Customer.update(search_text=text).where(Customer.id == customer.id).execute()
    create_search_index()
    protect_events()
    # Reports keep their rows untouched; the new columns take their defaults.
    assert Report.select().where(Report.documents_json.is_null()).count() == 0


def _to_v3() -> None:
    """v3: report sub-records (visits, resolutions per cycle, notices, pauses, attachments), areas and causes as
    tables, technicians' zones, the first promised terms, and codes the database itself checks.

    The v2 single columns are copied into the sub-records and left in place. Earlier cycles of reopened reports,
    whose columns were cleared by the reopen, are rebuilt from their timeline events."""
    db.create_tables([Area, Cause, KindArea, TechZone, Visit, Resolution, Notice, Pause, Attachment])
    seed_catalogues()
    _add_column("user", "phone", "VARCHAR(10) NOT NULL DEFAULT ''")
    _add_column("report", "area_id", 'VARCHAR(30) REFERENCES "area" ("code") ON DELETE RESTRICT')
    _add_column("report", "first_response_due", "TIMESTAMP")
    _add_column("report", "first_resolution_due", "TIMESTAMP")
    _add_column("report", "cycle", "INTEGER NOT NULL DEFAULT 1")
    _add_column("report", "end_reason", "TEXT NOT NULL DEFAULT ''")
    _add_column("incident", "cause_code", 'VARCHAR(30) REFERENCES "cause" ("code") ON DELETE RESTRICT')
    _add_column("incident", "action_taken", "TEXT NOT NULL DEFAULT ''")
    _add_column("incident", "resolved_by_id", 'INTEGER REFERENCES "user" ("id") ON DELETE SET NULL')
    from . import migrate_v3

    migrate_v3.copy_v2_columns()
    db.execute_sql("DROP INDEX IF EXISTS report_open_by_customer")  # superseded by report_unfinished_by_customer
    Report._schema.create_indexes(safe=True)  # the new partial indexes; the existing ones are kept
    Customer._schema.create_indexes(safe=True)  # customer.updated_at, for the live refresh
    install_code_checks()
    from .changes import install_change_triggers

    install_change_triggers()


def _to_v4() -> None:
    """v4: tamper evidence (hashes chained through the report events, and an audit table for everything else),
    sign-in throttling per account and per machine, idempotency keys for scripts, and the customer's install
    date, opposition flag and anonymisation time. Existing events keep an empty hash: the chain starts at the
    first event written after the migration (`audit verify` says where it starts). Personal data: the personal
    values of customer corrections (`customer_revision`) and the anonymisation permit of the events' triggers."""
    from .models import AuditEvent, CustomerRevision, LoginThrottle, RedactionPermit, RequestKey

    db.create_tables([AuditEvent, LoginThrottle, RequestKey, CustomerRevision, RedactionPermit])
    _add_column("report_event", "prev_hash", "VARCHAR(64) NOT NULL DEFAULT ''")
    _add_column("report_event", "hash", "VARCHAR(64) NOT NULL DEFAULT ''")
    _add_column("customer", "install_date", "DATE")
    _add_column("customer", "opposition", "BOOLEAN NOT NULL DEFAULT FALSE")
    _add_column("customer", "anonymized_at", "TIMESTAMP")
    protect_events()  # the events' triggers learn the anonymisation permit (personal data, LFPDPPP)
    Customer._schema.create_indexes(safe=True)  # customer_gone_by_update, for the retention rule


def _to_v5() -> None:
    """v5: data you can trust. The history sealed and guarded: every existing report event and audit event gets its
    hash (chained in the order they were written), each report the head of its chain (`event_head`), and the
    database its guards (`core.guards`): no REPLACE or TRUNCATE of the history, a report changes only with an
    event, the folio counter only grows. Sealing rewrites the hash columns of old events once, with the events' own
    trigger lifted inside this transaction (re-created by `protect_events`). And the command line's `sistema`
    account is made here, no longer by the first command that needs it (a refused command must write nothing)."""
    from .migrate_v5 import seal_history
    from .services.users import ensure_system_user

    if "event_head" not in {c.name for c in db.get_columns("report")}:
        _add_column("report", "event_head", "VARCHAR(64) NOT NULL DEFAULT ''")
    seal_history()
    protect_events()
    install_guards()
    ensure_system_user()
    from .services.audit_log import checkpoint

    checkpoint()  # the first seal: the history as the migration found it


MIGRATIONS: dict[int, Callable[[], None]] = {2: _to_v2, 3: _to_v3, 4: _to_v4, 5: _to_v5}


def backup_before_migration(version: int) -> Path | None:
    """Copy the SQLite file (through the backup API, so WAL content is included) next to it, before migrating.

    No backup, no migration: a copy that fails (a full disk, a folder that cannot be written) raises a Spanish
    `DomainError` and leaves nothing behind — the copy is written under a name of its own (this process's, as
    several may migrate at once) and only renamed to `….bak.db` once whole."""
    obj = db.obj
    if not isinstance(obj, SqliteDatabase) or obj.database == ":memory:":
        return None
    import os
    import sqlite3

    from .errors import DomainError

    src = Path(obj.database)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = src.with_name(f"{src.stem}.v{version}-{stamp}.bak{src.suffix}")
    part = dest.with_name(f".{dest.name}.{os.getpid()}.part")
    try:
        target = sqlite3.connect(str(part))
        try:
            obj.connection().backup(target)
        finally:
            target.close()
        os.replace(part, dest)
    except (OSError, sqlite3.Error) as exc:
        for leftover in (part, *(part.with_name(part.name + s) for s in ("-journal", "-wal", "-shm"))):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise DomainError(
            f"No se pudo copiar la base de datos {src} antes de actualizarla a esta versión de ispdesk "
            f"({_copy_failure(exc)}), así que no se actualizó ni se cambió nada. Libere espacio en el disco o pida "
            f"permiso de escritura en la carpeta {src.parent}, y vuelva a abrirla.") from None
    return dest


def _copy_failure(exc: Exception) -> str:
    """Why the copy failed, in Spanish."""
    import errno

    if isinstance(exc, OSError):
        known = {errno.ENOSPC: "el disco está lleno", errno.EDQUOT: "se acabó el espacio asignado",
                 errno.EACCES: "no hay permiso para escribir en la carpeta",
                 errno.EPERM: "no hay permiso para escribir en la carpeta",
                 errno.EROFS: "el disco es de solo lectura", errno.EFBIG: "el archivo excede el tamaño permitido"}
        return known.get(exc.errno or 0, exc.strerror or str(exc))
    text = str(exc).lower()
    if "full" in text:
        return "el disco está lleno"
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return "no se puede escribir en la carpeta"
    return f"error de SQLite: {exc}"


def _schema_lock() -> None:
    """Inside a transaction: on PostgreSQL an advisory lock so two PCs never migrate at once (SQLite's
    BEGIN IMMEDIATE, taken by `write_tx`, already serialises writers)."""
    if not isinstance(db.obj, SqliteDatabase):
        db.execute_sql("SELECT pg_advisory_xact_lock(7714552)")


def ensure_schema(*, create: bool = True, where: str = "") -> int:
    """Create or migrate; returns the version now in force. Refuses a database newer than the app, one with another
    program's tables, and (with `create=False`: every command but `demo` and `restore`) an empty one — before
    writing anything. `where` names the database in those messages.

    Safe when several processes open the same database at once: each step re-reads the version under
    the write lock, so a step already applied by another process is skipped."""
    from .db import write_tx
    from .errors import DomainError

    version = current_version()
    if version == LATEST:
        return LATEST
    if version == 0 and not Customer.table_exists():
        from .storage import empty_message, foreign_message

        where = where or "indicada"
        if db.get_tables() and current_version() == 0 and not Customer.table_exists():  # (not one made meanwhile)
            raise DomainError(foreign_message(where))
        if not create:
            raise DomainError(empty_message(where))
        with write_tx():
            _schema_lock()
            if not SchemaVersion.table_exists() and not Customer.table_exists():
                _create_fresh()
                return LATEST
        version = current_version()
    if version == 0 and Customer.table_exists():
        version = 1  # a v1 database written before the version table existed
    if version > LATEST:
        raise DomainError(
            f"La base de datos es de una versión más nueva de ispdesk (esquema {version}; "
            f"esta versión conoce hasta el {LATEST}). Actualice ispdesk."
        )
    if version < LATEST:
        backup_before_migration(version)
        for target in range(version + 1, LATEST + 1):
            with write_tx():
                _schema_lock()
                if current_version() >= target:
                    continue
                MIGRATIONS[target]()
                SchemaVersion.create(version=target, applied_at=_now())
    return LATEST
