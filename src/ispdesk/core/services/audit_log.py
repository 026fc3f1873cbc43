"""The audit trail of what is not a report change (customers, users, settings, imports, exports, backups, restores,
personal-data requests…): one append-only `AuditEvent` per change, written inside the caller's transaction so the
change and its record commit together. Also the tamper evidence of both trails (`core.chain`): sealing, the
re-seal of an anonymisation, and `verify` (`ispdesk audit verify`).

Never put personal data (names, phones, addresses, free texts typed about a customer) in `text` or `data`: the
trail is append-only and cannot be anonymised. Record field names and codes; the personal values of a customer's
corrections live in `CustomerRevision`, which goes with the customer's anonymisation.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ispdesk.core.chain import GENESIS, audit_hash, walk_audit, walk_events
from ispdesk.core.clock import now_utc
from ispdesk.core.db import chunked, db, is_sqlite, write_tx
from ispdesk.core.guards import missing_guards
from ispdesk.core.migrate_v5 import rows_after
from ispdesk.core.models import AuditEvent, Report, ReportEvent, User
from ispdesk.core.session import HasId, Session, ident

AUDIT_LOCK = 7714554  # PostgreSQL advisory lock: one audit event appended at a time (one global chain)


def record_audit(user: User | Session | HasId | int | None, entity: str, entity_id: object, action: str,
                 text: str = "", data: Mapping[str, Any] | None = None) -> AuditEvent:
    """Append one audit event (`user` None: the first-run set-up or the system itself). Inside the caller's
    transaction when there is one, so that both are written or neither."""
    with write_tx():
        if not is_sqlite():  # SQLite's single writer already orders the chain
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (AUDIT_LOCK,))
        last = AuditEvent.select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1).scalar()
        prev = last or GENESIS
        row = {"at": now_utc(), "user": ident(user) if user is not None else None, "entity": entity[:20],
               "entity_id": "" if entity_id is None else str(entity_id)[:40], "action": action[:30], "text": text,
               "data_json": json.dumps(dict(data), ensure_ascii=False, sort_keys=True, default=str) if data else ""}
        row["prev_hash"] = prev
        row["hash"] = audit_hash(prev, row["at"], row["user"], row["entity"], row["entity_id"], row["action"],
                                 row["text"], row["data_json"])
        return AuditEvent.create(**row)


def reseal_report_chains(report_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """Inside the anonymising transaction, while the reports are in `redaction_permit`: their events' texts changed,
    so their chains are sealed again. Returns each report's head before and after (the anonymisation's audit event
    keeps them, anchoring the re-seal in the untouched audit chain)."""
    out: dict[int, tuple[str, str]] = {}
    for chunk in chunked(sorted(set(report_ids))):
        before = dict(Report.select(Report.id, Report.event_head).where(Report.id.in_(chunk)).tuples())
        heads: dict[int, str] = {}
        changes: list[tuple[str, str, int]] = []
        query = (ReportEvent.select(ReportEvent.id, ReportEvent.report, ReportEvent.at, ReportEvent.user,
                                    ReportEvent.action, ReportEvent.from_status, ReportEvent.to_status,
                                    ReportEvent.text, ReportEvent.data_json, ReportEvent.prev_hash, ReportEvent.hash)
                 .where(ReportEvent.report.in_(chunk)).order_by(ReportEvent.report, ReportEvent.id).tuples())
        for r, prev, h in walk_events(query, heads):
            if (prev, h) != (r[9], r[10]):
                changes.append((prev, h, r[0]))
        for prev, h, eid in changes:
            ReportEvent.update(prev_hash=prev, hash=h).where(ReportEvent.id == eid).execute()
        for rid, h in heads.items():
            if before.get(rid) != h:
                Report.update(event_head=h).where(Report.id == rid).execute()
            out[rid] = (before.get(rid, ""), h)
    return out


def _missing_reports() -> str | None:
    """A whole report deleted (its events with it) leaves no broken link, but a gap in its office's folios: every
    folio the counter handed out belongs to a report (a refused report rolls its number back with it)."""
    from peewee import fn

    from ispdesk.core.models import FolioCounter

    handed = dict(FolioCounter.select(FolioCounter.office, fn.SUM(FolioCounter.last))
                  .group_by(FolioCounter.office).tuples())
    held = dict(Report.select(Report.office, fn.COUNT(Report.id)).group_by(Report.office).tuples())
    for office_id, n in sorted(handed.items()):
        missing = int(n or 0) - int(held.get(office_id, 0))
        if missing > 0:
            return (f"faltan {missing} reportes de la oficina {office_id}: folios entregados que ya no están en la "
                    "base de datos")
    return None


# --- seals: the history up to a point, anchored outside the database ---------------------------------------------
#
# A chain shows an edit, but whoever drops the guards and knows the formula could rewrite a report's chain
# consistently. A checkpoint closes that: an audit event (entity "history") whose data holds `through` (the last
# report event id then) and `digest`, a SHA-256 over the previous checkpoint's digest and the hashes of every event
# written since, in id order. Chained into the audit trail, its own hash seals everything before it; printed on
# paper (the monthly summary) or kept with a backup, that hash is an anchor nobody can reach to change:
# `ispdesk audit verify --sello N:HASH` says whether the history up to it is still the one that was sealed.

SEAL_ENTITY = "history"
SEAL_ACTION = "checkpoint"


@dataclass(frozen=True)
class Seal:
    """A checkpoint as people see it: «sello 1234:3f2a9c1b4d5e6f70» (audit event id and the start of its hash)."""

    audit_id: int
    at: Any
    through: int
    hash: str

    @property
    def code(self) -> str:
        return f"{self.audit_id}:{self.hash[:16]}"


def _checkpoints() -> list[tuple[int, int, str]]:
    """(audit id, through, digest) of every checkpoint, in order."""
    out = []
    for aid, data_json in (AuditEvent.select(AuditEvent.id, AuditEvent.data_json)
                           .where(AuditEvent.entity == SEAL_ENTITY, AuditEvent.action == SEAL_ACTION)
                           .order_by(AuditEvent.id).tuples()):
        try:
            data = json.loads(data_json)
            out.append((aid, int(data["through"]), str(data["digest"])))
        except (ValueError, KeyError, TypeError):
            out.append((aid, -1, ""))  # unreadable: verify reports it
    return out


def checkpoint(user: User | Session | HasId | int | None = None) -> AuditEvent:
    """Seal the history written so far (inside the caller's transaction when there is one): the backups take one
    each time, so every day has its seal. Reads only the events written since the previous checkpoint.

    On PostgreSQL event ids are handed out before commit, so an event with a lower id could still be committing:
    a SHARE lock on the events waits for those writers (and holds new ones back for the moment this takes). Call it
    before anything else in its transaction writes to the audit trail: writers touch the events first and the audit
    trail after (anonymisation, incidents), so taking the two locks in that order never deadlocks."""
    with write_tx():
        if not is_sqlite():
            db.execute_sql('LOCK TABLE "report_event" IN SHARE MODE')
        previous = _checkpoints()
        after, digest = (previous[-1][1], previous[-1][2]) if previous else (0, GENESIS)
        seg = hashlib.sha256(digest.encode())
        through = after
        for eid, h in rows_after("report_event", "hash", start=after):
            seg.update(h.encode())
            through = eid
        return record_audit(user, SEAL_ENTITY, through, SEAL_ACTION, "Sello del historial",
                            {"through": through, "digest": seg.hexdigest(), "after": after})


def latest_seal() -> Seal | None:
    row = (AuditEvent.select(AuditEvent.id, AuditEvent.at, AuditEvent.entity_id, AuditEvent.hash)
           .where(AuditEvent.entity == SEAL_ENTITY, AuditEvent.action == SEAL_ACTION)
           .order_by(AuditEvent.id.desc()).first())
    if row is None:
        return None
    return Seal(row.id, row.at, int(row.entity_id or 0), row.hash)


def parse_seal(text: str) -> tuple[int, str]:
    """«1234:3f2a9c1b4d5e6f70» → (1234, "3f2a9c1b4d5e6f70"); a Spanish `ValidationError` otherwise."""
    from ispdesk.core.errors import ValidationError

    number, _, prefix = str(text).strip().partition(":")
    prefix = prefix.strip().lower()
    if not number.strip().isdigit() or len(prefix) < 8 or any(c not in "0123456789abcdef" for c in prefix):
        raise ValidationError("Escriba el sello como viene impreso: número, dos puntos y al menos 8 caracteres del "
                              "código (p. ej. 1234:3f2a9c1b4d5e6f70).", "seal")
    return int(number), prefix


@dataclass
class Verdict:
    """What `verify` found: `problem` is None when the history is whole."""

    report_events: int = 0
    reports: int = 0
    audit_events: int = 0
    seconds: float = 0.0
    problem: str | None = None
    folio: str | None = None
    missing: list[str] = field(default_factory=list)
    seal: Seal | None = None  # the latest checkpoint, to print or compare
    checkpoints: int = 0

    @property
    def ok(self) -> bool:
        return self.problem is None and not self.missing


def _label(action: str) -> str:
    from ispdesk.core.vocab import EVENT_LABELS

    return EVENT_LABELS.get(action, action)


def _folio(report_id: int) -> str | None:
    return Report.select(Report.folio).where(Report.id == report_id).scalar()


class _Segments:
    """Recomputes the checkpoints' digests while the events go by in id order; the first that differs."""

    def __init__(self, checkpoints: list[tuple[int, int, str]]) -> None:
        self.pending = list(checkpoints)
        self.seg = hashlib.sha256(GENESIS.encode())
        self.problem: str | None = None

    def _close(self) -> None:
        aid, _through, digest = self.pending.pop(0)
        computed = self.seg.hexdigest()
        if computed != digest and self.problem is None:
            self.problem = (f"el historial sellado por el registro {aid} de la bitácora cambió después: se borraron, "
                            "agregaron o reescribieron eventos anteriores a ese sello")
        self.seg = hashlib.sha256(digest.encode())

    def add(self, event_id: int, h: str) -> None:
        while self.pending and event_id > self.pending[0][1]:
            self._close()
        self.seg.update(h.encode())

    def finish(self) -> None:
        while self.pending:
            self._close()


def verify(progress: Callable[[str, int], None] | None = None, anchor: str | None = None) -> Verdict:
    """Walk both chains, the reports' heads and the checkpoints; the first broken link found (in the order things
    were written). `anchor` («N:HASH», a seal printed earlier) must still be in the audit trail as it was."""
    t0 = time.perf_counter()
    v = Verdict()
    wanted = parse_seal(anchor) if anchor else None
    heads: dict[int, str] = {}
    first: tuple[int, str] | None = None  # (report id, why)
    checkpoints = _checkpoints()
    v.checkpoints = len(checkpoints)
    segments = _Segments(checkpoints)
    cols = "report_id, at, user_id, action, from_status, to_status, text, data_json, prev_hash, hash"
    for r, expected, computed in walk_events(rows_after("report_event", cols), heads):
        v.report_events += 1
        if progress is not None and v.report_events % 100_000 == 0:
            progress("Eventos de reportes", v.report_events)
        segments.add(r[0], r[10])
        if first is not None:
            continue
        eid, rid, action, prev, h = r[0], r[1], r[4], r[9], r[10]
        if prev != expected:
            first = (rid, f"falta o sobra un evento antes del evento {eid} («{_label(action)}»)")
        elif computed != h:
            first = (rid, f"el evento {eid} («{_label(action)}») fue modificado después de escrito")
    segments.finish()
    if first is None:
        for rid, head in rows_after("report", "event_head"):
            v.reports += 1
            if first is not None:
                continue
            chain_head = heads.pop(rid, GENESIS)
            if chain_head == GENESIS:
                first = (rid, "el reporte no tiene historial")
            elif head != chain_head:
                first = (rid, "faltan eventos al final del historial, o el reporte cambió sin dejar evento")
        if first is None and heads:
            orphan = min(heads)
            v.problem = f"el reporte {orphan} fue borrado pero quedan sus eventos"
    if v.problem is None and first is None:
        v.problem = _missing_reports()
    if first is not None:
        v.folio = _folio(first[0])
        v.problem = first[1] if v.folio else f"reporte {first[0]}: {first[1]}"
    audit_problem: str | None = None
    for r, expected, computed in walk_audit(rows_after(
            "audit_event", "at, user_id, entity, entity_id, action, text, data_json, prev_hash, hash")):
        v.audit_events += 1
        if audit_problem is not None:
            continue
        aid, entity, action, prev, h = r[0], r[3], r[5], r[8], r[9]
        if prev != expected:
            audit_problem = f"bitácora de auditoría: falta o sobra un registro antes del {aid} ({entity} {action})"
        elif computed != h:
            audit_problem = f"bitácora de auditoría: el registro {aid} ({entity} {action}) fue modificado"
    if v.problem is None and audit_problem is not None:
        v.problem = audit_problem
    if v.problem is None and segments.problem is not None:
        v.problem = segments.problem
    v.seal = latest_seal()
    if wanted is not None and v.problem is None:
        row = AuditEvent.get_or_none(AuditEvent.id == wanted[0])
        if row is None or (row.entity, row.action) != (SEAL_ENTITY, SEAL_ACTION):
            v.problem = f"el sello {wanted[0]} no está en la bitácora: se borró o nunca existió"
        elif not row.hash.startswith(wanted[1]):
            v.problem = (f"el sello {wanted[0]} ya no es el que se imprimió: el historial anterior a él se rehízo "
                         "(la bitácora se volvió a sellar)")
    v.missing = missing_guards()
    v.seconds = time.perf_counter() - t0
    return v
