"""The audit trail of what is not a report change (imports, exports, backups, restores, settings, users…): one
`AuditEvent` row per action, written by `record_audit` inside the caller's transaction."""

from __future__ import annotations

import json

from ispdesk.core.clock import now_utc
from ispdesk.core.db import write_tx
from ispdesk.core.models import AuditEvent, User
from ispdesk.core.session import HasId, Session, ident


def record_audit(user: User | Session | HasId | int | None, entity: str, entity_id: str | int, action: str,
                 text: str, data: dict[str, object] | None = None) -> AuditEvent:
    """Append one audit event (`user` None: no signed-in user, e.g. the first run). Call it inside the
    transaction of the change it records, so that both are written or neither."""
    with write_tx():  # joins the caller's transaction when there is one
        return AuditEvent.create(
            at=now_utc(),
            user=None if user is None else ident(user),
            entity=entity[:20],
            entity_id=str(entity_id)[:40],
            action=action[:30],
            text=text,
            data_json=json.dumps(data, ensure_ascii=False, sort_keys=True, default=str) if data else "",
        )
