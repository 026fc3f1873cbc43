"""One helper for slow work off the GUI thread (QThreadPool + QRunnable, results signalled back).

Workers never touch widgets. Peewee keeps one SQLite connection per thread, so the worker opens its own
connection and closes it when done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from ispdesk.core.db import db

_pending: set[_Signals] = set()  # keeps the signal objects alive until their task reports


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(str, int, int)


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, with_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.with_progress = with_progress
        self.setAutoDelete(True)

    def run(self) -> None:
        opened = False
        try:
            if db.obj is not None:
                opened = db.connect(reuse_if_open=True)
            if self.with_progress:
                result = self.fn(lambda stage, done, total: self.signals.progress.emit(str(stage), done, total))
            else:
                result = self.fn()
        except BaseException as exc:  # handed to on_error on the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            if opened and db.obj is not None and not db.is_closed():
                db.close()


def run_task(
    fn: Callable[..., Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    parent: QObject | None = None,
    *,
    on_progress: Callable[[str, int, int], None] | None = None,
) -> None:
    """Run `fn()` on the global thread pool; `on_success(result)` or `on_error(exc)` run on the GUI thread.

    With `on_progress`, `fn` is called with one argument, a `progress(stage, done, total)` callable that is
    safe to call from the worker. If `parent` has been deleted by the time the task ends, nothing is called.
    """
    signals = _Signals()
    _pending.add(signals)

    def alive() -> bool:
        return parent is None or isValid(parent)

    def done(result: Any) -> None:
        _pending.discard(signals)
        if alive():
            on_success(result)

    def failed(exc: BaseException) -> None:
        _pending.discard(signals)
        if alive():
            on_error(exc)

    signals.succeeded.connect(done)
    signals.failed.connect(failed)
    if on_progress is not None:
        signals.progress.connect(lambda s, d, t: alive() and on_progress(s, d, t))
    QThreadPool.globalInstance().start(_Task(fn, signals, on_progress is not None))


def pending_tasks() -> int:
    """How many tasks have not reported yet (tests wait on this)."""
    return len(_pending)
