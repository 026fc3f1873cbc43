"""Personal data never reaches a log or a crash report (LFPDPPP): what those files keep is the code's path (file,
line, function, source line), never values.

A traceback names no values by itself (ispdesk never records locals); values come in through exception messages:
a `KeyError('María Peña')`, a PostgreSQL «DETAIL: Key (number)=(C-01234) already exists», a `ValueError` quoting
a phone. `scrub` blanks what an exception message or a log line quotes, every e-mail address and every run of
digits long enough to be a phone number; `format_exception` writes a traceback with scrubbed messages;
`install_log_scrubbing` makes every log record pass through `scrub` (message and traceback), and omits the text
arguments of a log call altogether (a name has no pattern to find it by).
"""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# ISO dates and times are kept (they say when, not who); they are matched first so the phone rule skips them.
_KEEP = r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)?"
# Quoted values: '…' and "…" (repr of str), «…» (our own messages), and PostgreSQL's «Key (col)=(value)».
_QUOTED = r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|«[^»\n]*»|(?<=\)=)\([^)\n]*\)"
# Seven digits or more, possibly grouped by spaces, dashes, dots or parentheses, with or without +52.
_DIGITS = r"\+?\(?\d(?:\d|[ .\-()]{1,3}(?=[\d(])){5,}\d\)?"
_PATTERN = re.compile(f"(?P<keep>{_KEEP})|(?P<quoted>{_QUOTED})|(?P<email>{_EMAIL.pattern})|(?P<digits>{_DIGITS})")

REDACTED = "[dato omitido]"


def _replace(match: re.Match[str]) -> str:
    kind = match.lastgroup
    text = match.group(0)
    if kind == "keep":
        return text
    if kind == "quoted":
        if text.startswith("("):
            return f"({REDACTED})"
        opening, closing = text[0], text[-1]
        return f"{opening}{REDACTED}{closing}" if len(text) > 2 else text
    if kind == "digits":
        digits = sum(ch.isdigit() for ch in text)
        return REDACTED if digits >= 7 else text
    return REDACTED


def scrub(text: object) -> str:
    """`text` with quoted values, e-mail addresses and phone-like numbers replaced by «[dato omitido]»."""
    return _PATTERN.sub(_replace, str(text))


def _message(exc: BaseException) -> str:
    try:
        text = str(exc)
    except Exception:  # a broken __str__ must not break the report
        text = "<mensaje ilegible>"
    return scrub(text)


_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


def _chain(exc: BaseException) -> list[tuple[BaseException, str]]:
    """The exception and its causes, oldest first, each with the sentence printed after it (as Python does)."""
    out: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    after = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        out.append((current, after))
        if current.__cause__ is not None:
            current, after = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            current, after = current.__context__, _CONTEXT
        else:
            current = None
    out.reverse()
    return out


def format_exception(exc_type: type[BaseException] | None, exc: BaseException | None,
                     tb: TracebackType | None) -> str:
    """Like `traceback.format_exception`, with every exception message (and note) scrubbed; no locals."""
    if exc is None:
        return f"{getattr(exc_type, '__name__', exc_type)}\n"
    parts: list[str] = []
    for e, link_after in _chain(exc):
        frames = e.__traceback__ if e is not exc else (tb or e.__traceback__)
        if frames is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(frames))
        kind = type(e)
        name = kind.__qualname__ if kind.__module__ in ("builtins", "__main__") else \
            f"{kind.__module__}.{kind.__qualname__}"
        message = _message(e)
        parts.append(f"{name}: {message}\n" if message else f"{name}\n")
        for note in getattr(e, "__notes__", None) or ():
            parts.append(scrub(note) + "\n")
        parts.append(link_after)
    return "".join(parts)


_FACTORY_MARK = "_ispdesk_scrubs"


def _log_value(value: object) -> object:
    """A log call's argument: the format string is code, the arguments are values. Numbers (ids, counts, seconds)
    stay; an exception keeps its scrubbed message; any other text may be a name and is omitted."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, BaseException):
        return f"{type(value).__name__}: {_message(value)}"
    return REDACTED


def install_log_scrubbing() -> None:
    """Every log record, whoever logs it (ispdesk, Peewee's SQL with its parameters, a library), is scrubbed when
    it is created: message and arguments merged and cleaned, its traceback formatted with `format_exception`."""
    previous: Callable[..., logging.LogRecord] = logging.getLogRecordFactory()
    if getattr(previous, _FACTORY_MARK, False):
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        msg = record.msg
        if isinstance(msg, tuple) and len(msg) == 2 and isinstance(msg[0], str) and isinstance(msg[1], list | tuple):
            # Peewee logs (sql, params): the statement is code (values are parameters); the parameters are values.
            record.msg, record.args = f"{msg[0]} [{len(msg[1])} parámetros omitidos]", ()
            return record
        if isinstance(record.args, tuple):
            record.args = tuple(_log_value(a) for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {k: _log_value(v) for k, v in record.args.items()}
        try:
            message = record.getMessage()
        except Exception:
            message = str(record.msg)
        record.msg = scrub(message)
        record.args = ()
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = format_exception(*record.exc_info).rstrip("\n")
        return record

    setattr(factory, _FACTORY_MARK, True)
    logging.setLogRecordFactory(factory)


def install_scrubbed_excepthook() -> None:
    """For the command line: an unexpected error prints its traceback with scrubbed messages (cron mails a
    command's output: it is a log too), and log records are scrubbed. The window installs its own hook."""
    import sys

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        sys.stderr.write(format_exception(exc_type, exc, tb))

    sys.excepthook = hook
    install_log_scrubbing()
