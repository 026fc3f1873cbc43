"""The board's tab counts: active reports per area, in one grouped count.

A module of its own (not in the package's `__init__`) so that it stands beside however the package is split."""

from __future__ import annotations

from peewee import fn

from ispdesk.core.models import Report
from ispdesk.core.vocab import ACTIVE_STATUSES, AREA_TECNICA


def area_counts() -> dict[str, int]:
    """{area code: active reports}; areas without any are left out."""
    rows = (Report.select(Report.area, fn.COUNT(Report.id))
            .where(Report.status.in_([str(s) for s in ACTIVE_STATUSES]))
            .group_by(Report.area).tuples())
    out: dict[str, int] = {}
    for area, n in rows:
        key = area or AREA_TECNICA
        out[key] = out.get(key, 0) + n
    return out
