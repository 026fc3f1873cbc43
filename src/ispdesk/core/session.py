"""Who is acting: a session of ids, not a cached `User` row.

The window keeps a `Session`; every service re-reads the user's row (active, role) and the office (hours,
time zone) where it decides, so a deactivated account or a changed calendar takes effect at once, on every PC.
The names in a session are for display only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .models import User


@dataclass(frozen=True)
class Session:
    user_id: int
    username: str
    full_name: str
    role: str
    office_id: int | None
    active: bool = True

    @property
    def id(self) -> int:
        """So that code written for a `User` (`actor.id`) reads the same id."""
        return self.user_id

    @classmethod
    def of(cls, user: User) -> Session:
        return cls(user_id=user.id, username=user.username, full_name=user.full_name, role=user.role,
                   office_id=user.office_id, active=user.active)


class HasId(Protocol):
    @property
    def id(self) -> int: ...


MAX_ID = 2**31 - 1  # PostgreSQL's integer keys; SQLite's are wider, a bigger one exists on neither


def ident(ref: HasId | int) -> int:
    """The id of a row, a DTO or a session, or the int itself. Anything else (a bool, a text, an id no table can
    hold) is a reference to nothing: `NotFound`, not a crash deep in the driver."""
    value = ref if isinstance(ref, int) else getattr(ref, "id", None)
    if isinstance(value, bool) or not isinstance(value, int) or not -MAX_ID <= value <= MAX_ID:
        from .errors import NotFound

        raise NotFound("El registro indicado no existe.")
    return value
