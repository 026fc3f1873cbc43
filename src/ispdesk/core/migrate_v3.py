"""Schema v3's data step: the v2 single columns (overwritten at every change) become sub-records.

The current cycle comes from the columns, which are exact. Reopened reports had their earlier resolution and
notice cleared from the columns, but the append-only timeline kept them: those cycles are rebuilt from the
'resolved' and 'notified' events. Visits come from the 'visit' events (a reschedule left an earlier one,
now marked cancelled), or from the column where no event names them. Bulk copies are single INSERT … SELECT
statements, identical on SQLite and PostgreSQL; only the few reopened or reclassified reports go through Python.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any

from .db import db
from .models import Notice, Pause, Report, ReportEvent, Resolution, Visit
from .vocab import ACTIVE_STATUSES, CAUSES, CHANNEL_LABELS, Status

VISIT_LENGTH = dt.timedelta(hours=2)  # v2 stored an instant; a visit is a window
_CHUNK = 5000


def _data(event: Any) -> dict[str, Any]:
    try:
        return dict(json.loads(event.data_json or "{}"))
    except ValueError:
        return {}


def _when(value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _chunks(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= _CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def _events(action: str, report_ids: Iterable[int] | None = None) -> dict[int, list[Any]]:
    # v2's columns only: the models may know columns of later versions that this database does not have yet.
    query = ReportEvent.select(ReportEvent.id, ReportEvent.report, ReportEvent.at, ReportEvent.user,
                               ReportEvent.action, ReportEvent.from_status, ReportEvent.to_status, ReportEvent.text,
                               ReportEvent.data_json).where(ReportEvent.action == action)
    if report_ids is not None:
        query = query.where(ReportEvent.report.in_(list(report_ids)))
    out: dict[int, list[Any]] = {}
    for e in query.order_by(ReportEvent.at, ReportEvent.id):
        out.setdefault(e.report_id, []).append(e)
    return out


def _resolution_from_event(e: Any, cycle: int) -> dict[str, Any]:
    """A cleared resolution, from its 'resolved' event: "<cause label>. <action> (procedente)"."""
    data = _data(e)
    category, code = str(data.get("cause_category", "")), str(data.get("cause_code", ""))
    label = CAUSES.get(category, {}).get(code, "")
    text = e.text or ""
    action = text[len(label) + 2:] if label and text.startswith(label + ". ") else text
    for suffix in (" (procedente)", " (no procedente)"):
        action = action.removesuffix(suffix)
    return {"report": e.report_id, "cycle": cycle, "cause_code": code if label else None,
            "cause_category": category if label else "", "cause_text": label, "action_taken": action,
            "upheld": bool(data.get("upheld")), "resolved_at": e.at, "resolved_by": e.user_id}


def _notice_from_event(e: Any, cycle: int) -> dict[str, Any]:
    data = _data(e)
    channel = str(data.get("channel", "telefono"))
    text = e.text or ""
    prefix = f"Por {CHANNEL_LABELS.get(channel, channel).lower()}: "
    text = text.removeprefix(prefix)
    for suffix in (" — el cliente confirma la solución", " — el cliente NO confirma la solución"):
        text = text.removesuffix(suffix)
    at = _when(data.get("at")) or e.at
    return {"report": e.report_id, "cycle": cycle, "channel": channel, "text": text or "—", "at": at,
            "user": e.user_id, "confirmed": data.get("confirmed"), "created_at": e.at}


def _earlier_cycles() -> None:
    """Reopened reports: number their cycles, and rebuild the resolutions and notices a reopen cleared."""
    reopened = _events("reopened")
    if not reopened:
        return
    ids = list(reopened)
    resolved = _events("resolved", ids)
    notified = _events("notified", ids)
    resolutions: list[dict[str, Any]] = []
    notices: list[dict[str, Any]] = []
    for report_id, reopens in reopened.items():
        bounds = [e.at for e in reopens]

        def cycle_of(at: dt.datetime, bounds: list[dt.datetime] = bounds) -> int:
            return 1 + sum(1 for b in bounds if b <= at)

        last = len(bounds) + 1
        Report.update(cycle=last).where(Report.id == report_id).execute()
        for e in resolved.get(report_id, []):
            cycle = cycle_of(e.at)
            if cycle < last:
                resolutions.append(_resolution_from_event(e, cycle))
        for e in notified.get(report_id, []):
            cycle = cycle_of(e.at)
            if cycle < last:
                notices.append(_notice_from_event(e, cycle))
    # one resolution per cycle: the last 'resolved' event of a cycle wins
    unique = {(r["report"], r["cycle"]): r for r in resolutions}
    for batch in _chunks(unique.values()):
        Resolution.insert_many(batch).execute()
    for batch in _chunks(notices):
        Notice.insert_many(batch).execute()


def _current_cycle() -> None:
    db.execute_sql(
        "INSERT INTO resolution (report_id, cycle, cause_code, cause_category, cause_text, action_taken, equipment, "
        "visit_done, upheld, upheld_reason, resolved_at, resolved_by_id, incident_id) "
        "SELECT r.id, r.cycle, CASE WHEN r.cause_code IN (SELECT code FROM cause) THEN r.cause_code END, "
        "CASE WHEN r.cause_code IN (SELECT code FROM cause) THEN r.cause_category ELSE '' END, r.cause, "
        "r.action_taken, '', NULL, COALESCE(r.upheld, FALSE), '', r.resolved_at, r.resolved_by_id, NULL "
        "FROM report r WHERE r.resolved_at IS NOT NULL"
    )
    db.execute_sql(
        "INSERT INTO notice (report_id, cycle, channel, text, at, user_id, confirmed, created_at) "
        "SELECT r.id, r.cycle, CASE WHEN r.notified_channel = '' THEN 'telefono' ELSE r.notified_channel END, "
        "r.notified_text, r.notified_at, COALESCE(r.notified_by_id, r.created_by_id), r.customer_confirmed, "
        "r.notified_at FROM report r WHERE r.notified_at IS NOT NULL"
    )


def _visits() -> None:
    by_event = _events("visit")
    rows: list[dict[str, Any]] = []
    reports = Report.select(Report.id, Report.status, Report.assignee, Report.created_by, Report.legacy_visit_at,
                            Report.updated_at).where(Report.legacy_visit_at.is_null(False)
                                                     | Report.id.in_(list(by_event) or [0]))
    for r in reports.iterator():
        events = [(e, _when(_data(e).get("visit_at"))) for e in by_event.get(r.id, [])]
        events = [(e, at) for e, at in events if at is not None]
        active = r.status in ACTIVE_STATUSES
        if not events and r.legacy_visit_at is not None:
            events = [(None, r.legacy_visit_at)]
        for n, (e, at) in enumerate(events):
            last = n == len(events) - 1
            status = ("programada" if active else "realizada") if last else "cancelada"
            rows.append({"report": r.id, "technician": r.assignee_id, "starts_at": at, "ends_at": at + VISIT_LENGTH,
                         "status": status, "created_by": e.user_id if e else r.created_by_id,
                         "created_at": e.at if e else r.updated_at,
                         "outcome": "" if last else "Reprogramada",
                         "done_at": None if (active or not last) else at + VISIT_LENGTH})
    for batch in _chunks(rows):
        Visit.insert_many(batch).execute()


def _pauses() -> None:
    """Reports waiting today get an open pause; v2 had no reason list, so it does not stop the clock."""
    waiting = [r.id for r in Report.select(Report.id).where(Report.status == Status.EN_ESPERA)]
    if not waiting:
        return
    status_events = _events("status", waiting)
    rows = []
    for r in Report.select(Report.id, Report.updated_at, Report.created_by).where(Report.id.in_(waiting)):
        into = [e for e in status_events.get(r.id, []) if e.to_status == Status.EN_ESPERA]
        e = into[-1] if into else None
        rows.append({"report": r.id, "reason": "otro", "customer_caused": False, "note": e.text if e else "",
                     "started_at": e.at if e else r.updated_at, "started_by": e.user_id if e else r.created_by_id})
    for batch in _chunks(rows):
        Pause.insert_many(batch).execute()


def _first_terms() -> None:
    db.execute_sql("UPDATE report SET first_response_due = response_due, first_resolution_due = resolution_due")
    for report_id, events in _events("reclassified").items():
        previous = _when(_data(events[0]).get("previous_due"))
        if previous is not None:
            Report.update(first_resolution_due=previous).where(Report.id == report_id).execute()


def copy_v2_columns() -> None:
    db.execute_sql("UPDATE report SET area_id = (SELECT k.area_id FROM kind_area k WHERE k.kind = report.kind)")
    _first_terms()
    _earlier_cycles()
    _current_cycle()
    _visits()
    _pauses()
