"""Office-wide settings that are single values: how long a report may be reopened and how long personal data is
kept. (Office data and deadline policies: `office`; causes, areas, zones: `catalog`; compensation: `incidents`; who
may act from scripts: `users`.) Each change is validated, decided on the acting user's current row and audited.
"""

from __future__ import annotations

from ispdesk.core.db import write_tx
from ispdesk.core.errors import ValidationError
from ispdesk.core.models import User
from ispdesk.core.permissions import Action, require
from ispdesk.core.session import HasId, Session

from .audit_log import record_audit
from .office import get_setting, save_setting
from .users import actor_row

Actor = User | Session | HasId | int

REOPEN_DAYS_KEY = "reopen_days"  # read by reports.reopen_days()
MAX_REOPEN_DAYS = 365

# Record retention: the personal data of a customer who left (baja) is kept this many years after their last report
# or change, then anonymised; their reports stay, without personal data (the ARCO work applies it). Five years is
# what the tax code asks of the records behind an invoice (Código Fiscal de la Federación, art. 30).
RETENTION_YEARS_KEY = "retention_years"
DEFAULT_RETENTION_YEARS = 5
MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 30


def _whole(value: object, label: str, field: str, lo: int, hi: int) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise ValidationError(f"{label}: escriba un número entero de {lo} a {hi}.", field) from None
    if not lo <= number <= hi:
        raise ValidationError(f"{label}: de {lo} a {hi}.", field)
    return number


def set_reopen_days(actor: Actor, days: object) -> int:
    """How many days after it ended a report may still be reopened (0: never)."""
    from .reports import reopen_days

    value = _whole(days, "Días para reabrir", REOPEN_DAYS_KEY, 0, MAX_REOPEN_DAYS)
    with write_tx():
        me = actor_row(actor)
        require(me, Action.SETTINGS_EDIT)
        before = reopen_days()
        if before != value:
            save_setting(REOPEN_DAYS_KEY, value)
            record_audit(me, "setting", REOPEN_DAYS_KEY, "edited",
                         f"Días para reabrir un reporte: {before} → {value}", {"antes": before, "después": value})
    return value


def retention_years() -> int:
    """Years the personal data of a customer who left is kept (see RETENTION_YEARS_KEY)."""
    value = get_setting(RETENTION_YEARS_KEY, DEFAULT_RETENTION_YEARS)
    if isinstance(value, bool) or not isinstance(value, int):
        return DEFAULT_RETENTION_YEARS
    return min(max(value, MIN_RETENTION_YEARS), MAX_RETENTION_YEARS)


def set_retention_years(actor: Actor, years: object) -> int:
    value = _whole(years, "Años de conservación", RETENTION_YEARS_KEY, MIN_RETENTION_YEARS, MAX_RETENTION_YEARS)
    with write_tx():
        me = actor_row(actor)
        require(me, Action.SETTINGS_EDIT)
        before = retention_years()
        if before != value:
            save_setting(RETENTION_YEARS_KEY, value)
            record_audit(me, "setting", RETENTION_YEARS_KEY, "edited",
                         f"Conservación de datos personales de clientes dados de baja: {before} → {value} años",
                         {"antes": before, "después": value})
    return value
