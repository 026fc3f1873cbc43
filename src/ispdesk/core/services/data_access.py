"""Who may take the data in and out (import, export, backups): the manager and the administrator in the app; on the
command line, whoever can open the database (the operating system's permissions already decide that)."""

from __future__ import annotations

from ispdesk.core.models import User
from ispdesk.core.permissions import Action, require
from ispdesk.core.session import HasId, Session

from .users import actor_row, system_user


def data_actor(actor: User | Session | HasId | int | None) -> User:
    """The acting user's current row, allowed to manage data; None is the command line, recorded as the system
    account."""
    if actor is None:
        return system_user()
    user = actor_row(actor)
    require(user, Action.DATA_MANAGE)
    return user
