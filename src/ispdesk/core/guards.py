"""The database's own refusals to rewrite history (schema v5), whoever writes: the app, a script, a SQL console.

- `report_event` and `audit_event` are append-only: no UPDATE, DELETE, TRUNCATE, nor SQLite's REPLACE (which
  deletes the old row without firing a DELETE trigger, so it gets a BEFORE INSERT trigger of its own). The one
  exception is the audited anonymisation of a customer (`redaction_permit`, see `schema.protect_events`).
- `report`: never deleted, truncated or replaced; its identity (folio, folio key, office, customer, who opened it,
  when, the first promised deadlines) never changes; and any other change must come with an event written in the
  same transaction: the new row names the head of its event chain (`event_head`), which must be the latest event's
  hash and differ from the old one. So only the service's transitions, which write both, can change a report.
- `folio_counter`: only grows; never deleted, truncated or replaced (a folio handed out is never handed out again).

`missing_guards()` lists the guards that are absent or disabled, for `ispdesk audit verify`.
"""

from __future__ import annotations

from peewee import SqliteDatabase

from .db import db

REPORT_FIXED = ("id", "folio", "folio_key", "office_id", "customer_id", "created_by_id", "opened_at",
                "first_response_due", "first_resolution_due")

_APPEND_ONLY = "es de solo anexado: sus filas no se modifican ni se borran"
_REPORT_MSG = ("un reporte sólo cambia por las acciones de ispdesk, que dejan constancia en su historial; "
               "su folio, cliente, apertura y plazos prometidos no cambian nunca")
_COUNTER_MSG = "el contador de folios sólo avanza: un folio entregado no se vuelve a usar"

SQLITE_GUARDS = (
    "report_event_no_update", "report_event_no_delete", "report_event_no_replace",
    "audit_event_no_update", "audit_event_no_delete", "audit_event_no_replace",
    "report_guard_update", "report_no_delete", "report_no_replace",
    "folio_counter_grows", "folio_counter_no_delete", "folio_counter_no_replace",
)
PG_GUARDS = (
    ("report_event", "report_event_append_only"), ("report_event", "report_event_no_truncate"),
    ("audit_event", "audit_event_append_only"), ("audit_event", "audit_event_no_truncate"),
    ("report", "report_guard"), ("report", "report_no_truncate"),
    ("folio_counter", "folio_counter_grows"), ("folio_counter", "folio_counter_no_truncate"),
)


def _is_sqlite() -> bool:
    return isinstance(db.obj, SqliteDatabase)


def install_guards() -> None:
    """Create (or re-create: idempotent) every guard but the report events' own (`schema.protect_events`)."""
    if _is_sqlite():
        _sqlite_guards()
    else:
        _pg_guards()


def _sqlite_trigger(name: str, when: str, message: str) -> None:
    db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    db.execute_sql(f"CREATE TRIGGER {name} {when} BEGIN SELECT RAISE(ABORT, '{message}'); END")


def _sqlite_guards() -> None:
    _sqlite_trigger("report_event_no_replace", "BEFORE INSERT ON report_event WHEN NEW.id IS NOT NULL AND "
                    "EXISTS (SELECT 1 FROM report_event WHERE id = NEW.id)", "report_event " + _APPEND_ONLY)
    _sqlite_trigger("audit_event_no_update", "BEFORE UPDATE ON audit_event", "audit_event " + _APPEND_ONLY)
    _sqlite_trigger("audit_event_no_delete", "BEFORE DELETE ON audit_event", "audit_event " + _APPEND_ONLY)
    _sqlite_trigger("audit_event_no_replace", "BEFORE INSERT ON audit_event WHEN NEW.id IS NOT NULL AND "
                    "EXISTS (SELECT 1 FROM audit_event WHERE id = NEW.id)", "audit_event " + _APPEND_ONLY)
    fixed = " OR ".join(f'NEW."{c}" IS NOT OLD."{c}"' for c in REPORT_FIXED)
    head = ("(SELECT hash FROM report_event WHERE report_id = OLD.id ORDER BY id DESC LIMIT 1)")
    _sqlite_trigger(
        "report_guard_update",
        f"BEFORE UPDATE ON report WHEN {fixed} OR (NOT EXISTS (SELECT 1 FROM redaction_permit "
        f"WHERE report_id = OLD.id) AND (NEW.event_head IS OLD.event_head OR NEW.event_head IS NOT {head}))",
        _REPORT_MSG)
    _sqlite_trigger("report_no_delete", "BEFORE DELETE ON report", _REPORT_MSG)
    _sqlite_trigger("report_no_replace", "BEFORE INSERT ON report WHEN NEW.id IS NOT NULL AND "
                    "EXISTS (SELECT 1 FROM report WHERE id = NEW.id)", _REPORT_MSG)
    _sqlite_trigger("folio_counter_grows", "BEFORE UPDATE ON folio_counter WHEN NEW.last < OLD.last OR "
                    "NEW.office_id IS NOT OLD.office_id OR NEW.year IS NOT OLD.year", _COUNTER_MSG)
    _sqlite_trigger("folio_counter_no_delete", "BEFORE DELETE ON folio_counter", _COUNTER_MSG)
    _sqlite_trigger("folio_counter_no_replace", "BEFORE INSERT ON folio_counter WHEN EXISTS (SELECT 1 FROM "
                    "folio_counter WHERE office_id = NEW.office_id AND year = NEW.year) OR (NEW.id IS NOT NULL "
                    "AND EXISTS (SELECT 1 FROM folio_counter WHERE id = NEW.id))", _COUNTER_MSG)


def _pg_function(name: str, body: str) -> None:
    db.execute_sql(f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$ BEGIN {body} END $$ "
                   "LANGUAGE plpgsql")


def _pg_trigger(table: str, name: str, when: str, function: str) -> None:
    db.execute_sql(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
    db.execute_sql(f'CREATE TRIGGER {name} {when} ON "{table}" {function}')


def _pg_guards() -> None:
    _pg_function("ispdesk_refuse_truncate",
                 "RAISE EXCEPTION '%% no se puede vaciar: guarda la historia de la oficina', TG_TABLE_NAME;")
    for table in ("report_event", "audit_event", "report", "folio_counter"):
        _pg_trigger(table, f"{table}_no_truncate", "BEFORE TRUNCATE",
                    "FOR EACH STATEMENT EXECUTE FUNCTION ispdesk_refuse_truncate()")
    _pg_function("ispdesk_audit_event_append_only", f"RAISE EXCEPTION 'audit_event {_APPEND_ONLY}';")
    _pg_trigger("audit_event", "audit_event_append_only", "BEFORE UPDATE OR DELETE",
                "FOR EACH ROW EXECUTE FUNCTION ispdesk_audit_event_append_only()")
    fixed_new = ", ".join(f'NEW."{c}"' for c in REPORT_FIXED)
    fixed_old = ", ".join(f'OLD."{c}"' for c in REPORT_FIXED)
    _pg_function(
        "ispdesk_report_guard",
        "IF TG_OP = 'DELETE' THEN RAISE EXCEPTION '" + _REPORT_MSG + "'; END IF; "
        f"IF ({fixed_new}) IS DISTINCT FROM ({fixed_old}) THEN RAISE EXCEPTION '{_REPORT_MSG}'; END IF; "
        "IF EXISTS (SELECT 1 FROM redaction_permit WHERE report_id = OLD.id) THEN RETURN NEW; END IF; "
        "IF NEW.event_head IS NOT DISTINCT FROM OLD.event_head OR NEW.event_head IS DISTINCT FROM "
        "(SELECT hash FROM report_event WHERE report_id = OLD.id ORDER BY id DESC LIMIT 1) THEN "
        f"RAISE EXCEPTION '{_REPORT_MSG}'; END IF; RETURN NEW;")
    _pg_trigger("report", "report_guard", "BEFORE UPDATE OR DELETE",
                "FOR EACH ROW EXECUTE FUNCTION ispdesk_report_guard()")
    _pg_function(
        "ispdesk_folio_counter_grows",
        f"IF TG_OP = 'DELETE' THEN RAISE EXCEPTION '{_COUNTER_MSG}'; END IF; "
        "IF NEW.last < OLD.last OR NEW.office_id IS DISTINCT FROM OLD.office_id OR NEW.year IS DISTINCT FROM "
        f"OLD.year THEN RAISE EXCEPTION '{_COUNTER_MSG}'; END IF; RETURN NEW;")
    _pg_trigger("folio_counter", "folio_counter_grows", "BEFORE UPDATE OR DELETE",
                "FOR EACH ROW EXECUTE FUNCTION ispdesk_folio_counter_grows()")


def missing_guards() -> list[str]:
    """The guards (this module's and the report events') that are absent or disabled."""
    if _is_sqlite():
        present = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        return [name for name in SQLITE_GUARDS if name not in present]
    rows = db.execute_sql(
        "SELECT c.relname, t.tgname, t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace").fetchall()
    enabled = {(table, name) for table, name, state in rows if state != "D"}
    return [f"{name} ({table})" for table, name in PG_GUARDS if (table, name) not in enabled]
