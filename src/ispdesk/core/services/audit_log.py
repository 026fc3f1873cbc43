"""The audit trail of what is not a report change (customers, users, settings, imports, exports, backups, restores,
personal-data requests…): one append-only `AuditEvent` per change, written inside the caller's transaction so the
change and its record commit together.

Never put personal data (names, phones, addresses, free texts typed about a customer) in `text` or `data`: the
trail is append-only and cannot be anonymised. Record field names and codes; the personal values of a customer's
corrections live in `CustomerRevision`, which goes with the customer's anonymisation.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ispdesk.core.clock import now_utc
from ispdesk.core.db import write_tx
from ispdesk.core.models import AuditEvent, User
from ispdesk.core.session import HasId, Session, ident


def record_audit(user: User | Session | HasId | int | None, entity: str, entity_id: object, action: str,
                 text: str = "", data: Mapping[str, Any] | None = None) -> AuditEvent:
    """Append one audit event (`user` None: the first-run set-up or the system itself). Inside the caller's
    transaction when there is one, so that both are written or neither."""
    with write_tx():
        return AuditEvent.create(
            at=now_utc(), user=ident(user) if user is not None else None, entity=entity[:20],
            entity_id="" if entity_id is None else str(entity_id)[:40], action=action[:30], text=text,
            data_json=json.dumps(dict(data), ensure_ascii=False, sort_keys=True, default=str) if data else "",
        )
