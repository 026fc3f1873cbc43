"""Tamper evidence: the hash that chains each event to the one before it.

A report's events form a chain (each `report_event.prev_hash` is the previous event's `hash`, "" for the first);
the report row keeps the head (`report.event_head`), so a removed last event shows too. The audit trail of
everything else (`audit_event`) is one global chain. A raw edit made with the database's guards dropped breaks a
link that `ispdesk audit verify` finds. The formula is plain SHA-256 over length-prefixed fields: no secret, so it
is evidence against edits, not a signature; its strength is that every PC and every backup can check it.

This module is pure (no database): the services, the demo generator, the migration and the verifier share it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Sequence

GENESIS = ""  # prev_hash of a chain's first event


def at_text(at: dt.datetime | str | None) -> str:
    """One spelling for a timestamp whatever the backend returns: SQLite gives back the text it stored (without
    the fraction when it was zero), PostgreSQL a datetime."""
    if at is None:
        return ""
    if isinstance(at, str):
        text = at.replace("T", " ")
        if len(text) == 19:
            return text + ".000000"
        if len(text) > 19 and text[19] == "." and len(text) < 26:
            return text.ljust(26, "0")
        return text
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")


def _digest(parts: Iterable[object]) -> str:
    h = hashlib.sha256()
    for part in parts:
        b = ("" if part is None else str(part)).encode("utf-8", "surrogatepass")
        h.update(b"%d:" % len(b))
        h.update(b)
    return h.hexdigest()


def event_hash(prev_hash: str, report_id: int, at: dt.datetime | str, user_id: int | None, action: str,
               from_status: str, to_status: str, text: str, data_json: str) -> str:
    """The seal of one report event: everything it says, and the seal of the event before it."""
    return _digest(("ev1", prev_hash, report_id, at_text(at), user_id, action, from_status, to_status, text,
                    data_json))


def audit_hash(prev_hash: str, at: dt.datetime | str, user_id: int | None, entity: str, entity_id: str,
               action: str, text: str, data_json: str) -> str:
    """The seal of one audit event, chained to the previous audit event (one chain for the whole database)."""
    return _digest(("au1", prev_hash, at_text(at), user_id, entity, entity_id, action, text, data_json))


def seal_events(rows: Iterable[tuple], heads: dict[int, str] | None = None) -> tuple[list[tuple], dict[int, str]]:
    """Seal report events in bulk (the demo generator): `rows` are
    (report_id, at, user_id, action, from_status, to_status, text, data_json) in the order they happened;
    returns them with (prev_hash, hash) appended, and each report's head. `heads` carries chains across calls."""
    heads = {} if heads is None else heads
    out = [(*r[1:], prev, h) for r, prev, h in walk_events(((None, *r) for r in rows), heads)]
    return out, heads


def walk_events(rows: Iterable[Sequence], heads: dict[int, str]) -> Iterator[tuple[Sequence, str, str]]:
    """Rows (id, report_id, at, user_id, action, from_status, to_status, text, data_json, …) in the order they were
    written → (row, the prev_hash it should carry, the hash it should carry). `heads` keeps each report's chain as
    it goes: sealing writes these values, verifying compares them with the stored ones."""
    for r in rows:
        rid = r[1]
        prev = heads.get(rid, GENESIS)
        h = event_hash(prev, rid, r[2], r[3], r[4], r[5] or "", r[6] or "", r[7] or "", r[8] or "")
        heads[rid] = h
        yield r, prev, h


def walk_audit(rows: Iterable[Sequence]) -> Iterator[tuple[Sequence, str, str]]:
    """Rows (id, at, user_id, entity, entity_id, action, text, data_json, …) of the audit trail in id order → (row,
    the prev_hash it should carry, the hash it should carry): one chain for the whole trail."""
    prev = GENESIS
    for r in rows:
        h = audit_hash(prev, r[1], r[2], r[3] or "", r[4] or "", r[5], r[6] or "", r[7] or "")
        yield r, prev, h
        prev = h
