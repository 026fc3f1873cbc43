"""The one writer of `AuditEvent` rows for changes that are not report changes (settings, users, lists).

Called inside the service's own write transaction, so the change and its audit row commit together or not at all.
The tamper-evident chaining (prev_hash/hash) is added here, in this one function, by the audit trail.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ispdesk.core.clock import now_utc
from ispdesk.core.models import AuditEvent, User
from ispdesk.core.session import HasId, Session, ident


def record_audit(user: User | Session | HasId | int | None, entity: str, entity_id: object, action: str,
                 text: str, data: Mapping[str, Any] | None = None) -> AuditEvent:
    """Append one audit row: who (None: the first-run assistant), what kind of thing and which one, the action
    code, a Spanish sentence for people, and the details (before/after values) as JSON. Never a password."""
    return AuditEvent.create(
        at=now_utc(),
        user=ident(user) if user is not None else None,
        entity=entity[:20],
        entity_id=str(entity_id if entity_id is not None else "")[:40],
        action=action[:30],
        text=text,
        data_json=json.dumps(dict(data), ensure_ascii=False, default=str, sort_keys=True) if data else "",
    )
