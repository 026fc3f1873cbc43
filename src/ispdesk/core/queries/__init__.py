"""What the screens read: plain, immutable rows (DTOs) built by the core, so that `ispdesk.ui` never imports
the models nor builds a query. Times are naive UTC, as stored; each DTO carries its office's time zone.

Rules the screens used to re-derive live here too: `allowed_actions`, `urgency` (overdue / due soon), the
queue's order. The status groups come from `vocab`.

One module per kind of screen (`lists`, `visits`, `detail`, `customers`, `incidents`…); the names are
re-exported here and imported on first use, so a command that shows one report does not pay for the rest.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE: dict[str, str] = {
    "ACTION_RULES": "detail",
    "AttachmentInfo": "detail",
    "Board": "lists",
    "Choice": "common",
    "CustomerBrief": "detail",
    "CustomerInfo": "customers",
    "CustomerReportRow": "customers",
    "EventInfo": "detail",
    "IncidentBrief": "detail",
    "NoticeInfo": "detail",
    "OfficeBrief": "common",
    "PauseInfo": "detail",
    "Person": "lists",
    "QueueRow": "lists",
    "ReportDetail": "detail",
    "ResolutionInfo": "detail",
    "SOON": "common",
    "VisitInfo": "detail",
    "VisitRow": "visits",
    "active_incident_for": "incidents",
    "allowed_actions": "detail",
    "area_reports": "lists",
    "areas": "lists",
    "assignable": "lists",
    "board": "lists",
    "causes": "lists",
    "customer_info": "customers",
    "customer_reports": "customers",
    "day_visits": "visits",
    "is_overdue": "common",
    "kind_areas": "lists",
    "office_brief": "common",
    "ping": "common",
    "report_detail": "detail",
    "report_id_by_folio": "detail",
    "reports_by_ids": "lists",
    "suggest_assignees": "lists",
    "technician_queue": "lists",
    "technician_queue_among": "lists",
    "unfinished_of_kind": "customers",
    "urgency": "common",
    "visit_conflicts": "visits",
}

__all__ = [
    "ACTION_RULES",
    "SOON",
    "AttachmentInfo",
    "Board",
    "Choice",
    "CustomerBrief",
    "CustomerInfo",
    "CustomerReportRow",
    "EventInfo",
    "IncidentBrief",
    "NoticeInfo",
    "OfficeBrief",
    "PauseInfo",
    "Person",
    "QueueRow",
    "ReportDetail",
    "ResolutionInfo",
    "VisitInfo",
    "VisitRow",
    "active_incident_for",
    "allowed_actions",
    "area_reports",
    "areas",
    "assignable",
    "board",
    "causes",
    "customer_info",
    "customer_reports",
    "day_visits",
    "is_overdue",
    "kind_areas",
    "office_brief",
    "ping",
    "report_detail",
    "report_id_by_folio",
    "reports_by_ids",
    "suggest_assignees",
    "technician_queue",
    "technician_queue_among",
    "unfinished_of_kind",
    "urgency",
    "visit_conflicts",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))


if TYPE_CHECKING:
    from .common import SOON, Choice, OfficeBrief, is_overdue, office_brief, ping, urgency
    from .customers import (
        CustomerInfo,
        CustomerReportRow,
        customer_info,
        customer_reports,
        unfinished_of_kind,
    )
    from .detail import (
        ACTION_RULES,
        AttachmentInfo,
        CustomerBrief,
        EventInfo,
        IncidentBrief,
        NoticeInfo,
        PauseInfo,
        ReportDetail,
        ResolutionInfo,
        VisitInfo,
        allowed_actions,
        report_detail,
        report_id_by_folio,
    )
    from .incidents import active_incident_for
    from .lists import (
        Board,
        Person,
        QueueRow,
        area_reports,
        areas,
        assignable,
        board,
        causes,
        kind_areas,
        reports_by_ids,
        suggest_assignees,
        technician_queue,
    )
    from .visits import VisitRow, day_visits, visit_conflicts
