"""Domain errors carry a Spanish message meant for the user and, optionally, the field at fault."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


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


class ValidationErrors(ValidationError):
    """Several fields are wrong at once: a form shows every message beside its field in one go, instead of one
    per try. `message` and `field` are the first error's, for callers that show one line."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__(" ".join(e.message for e in errors), errors[0].field)
        self.errors = errors


class Checks:
    """Collects the validation errors of a form's fields, then raises them together.

        check = Checks()
        name = check(clean_text, value, "Nombre", max_len=10, field="name")
        check.done()  # raises ValidationError (one) or ValidationErrors (several)
    """

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def __call__(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        try:
            return fn(*args, **kwargs)
        except ValidationErrors as exc:
            self.errors.extend(exc.errors)
        except ValidationError as exc:
            self.errors.append(exc)
        return None  # type: ignore[return-value]  # never used: done() raises

    def add(self, message: str, field: str | None = None) -> None:
        self.errors.append(ValidationError(message, field))

    def done(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise ValidationErrors(list(self.errors))
