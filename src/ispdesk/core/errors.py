"""Domain errors carry a Spanish message meant for the user and, optionally, the field at fault."""

from __future__ import annotations


class DomainError(Exception):
    """Bad input or a forbidden operation; nothing was written."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(DomainError):
    """A value does not meet the rules of its field."""


class PermissionDenied(DomainError):
    """The acting user's role does not allow the action."""


class NotFound(DomainError):
    """The thing asked for does not exist."""


class InvalidFolio(DomainError):
    """A folio whose check character does not match: mistyped, not merely unknown."""


class InvalidTransition(DomainError):
    """The report's state machine does not allow that change from its current status."""
