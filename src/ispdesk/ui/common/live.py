"""Live refresh: a timer on the GUI thread polls a `ChangeWatcher` and signals what other PCs changed.

One `LiveUpdates` per main window; every open queue, board or report connects to `changed` and refreshes
only when the `Changes` touch what it shows (`changes.touches_report(id)`; `None` sets mean "reload").
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ispdesk.core.changes import Changes, ChangeWatcher
from ispdesk.core.db import db

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 1000


class LiveUpdates(QObject):
    """Emits `changed(Changes)` about once per `interval_ms` when reports or customers were committed by anyone
    (another PC, another process, this one).

    Follows the database `db` is bound to: while it is closed nothing is polled; when it is opened again or
    rebound to another database, the first tick emits `Changes.everything()` (what happened meanwhile is
    unknown). A database error skips the tick (logged once until polling works again); nothing raises into
    the event loop. Slots connected to `changed` run their own queries and must handle their own errors."""

    changed = Signal(object)  # Changes

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = DEFAULT_INTERVAL_MS,
                 start: bool = True) -> None:
        super().__init__(parent)
        self._watcher: ChangeWatcher | None = None
        self._missed = False  # a gap without a watcher: the next one starts with "everything"
        self._failing = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll_now)
        if start:
            self.start()

    @property
    def interval(self) -> int:
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)

    def is_active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Start polling. The watcher is made now, so changes committed from here on are reported: start it
        before (or right after) the views load their rows."""
        self._safely(self._start_watcher)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def close(self) -> None:
        """Stop and release the watcher's connection (the main window's closeEvent)."""
        self._timer.stop()
        self._drop_watcher()

    def poll_now(self) -> Changes | None:
        """One tick (the timer calls it; tests may too): emit and return what changed, or None."""
        changes = self._safely(self._tick)
        if changes is not None:
            self.changed.emit(changes)
        return changes

    # --- internals ----------------------------------------------------------------------------------

    def _safely(self, step: Callable[[], Changes | None]) -> Changes | None:
        """Run one step; any error skips it (logged once until a step works again) instead of reaching Qt."""
        try:
            result = step()
        except Exception:
            if not self._failing:
                log.warning("Actualización en vivo: no se pudo consultar la base de datos; se reintentará",
                            exc_info=True)
            self._failing = True
            self._drop_watcher()
            self._missed = True  # whatever happened meanwhile is unknown
            return None
        self._failing = False
        return result

    def _ensure_watcher(self) -> ChangeWatcher | None:
        """The watcher for the database bound now, made if needed; None while no database is open."""
        obj = db.obj
        if obj is None or obj.is_closed():
            if self._watcher is not None:
                self._drop_watcher()
                self._missed = True
            return None
        if self._watcher is not None and self._watcher.database is not obj:  # rebound to another database
            self._drop_watcher()
            self._missed = True
        if self._watcher is None:
            self._watcher = ChangeWatcher(obj)
        return self._watcher

    def _start_watcher(self) -> None:
        self._ensure_watcher()

    def _tick(self) -> Changes | None:
        fresh = self._watcher is None
        watcher = self._ensure_watcher()
        if watcher is None:
            return None
        changes = watcher.poll()
        if self._missed:  # only once a poll works again: a failing database must not reload views every tick
            self._missed = False
            return Changes.everything()
        return None if fresh else changes

    def _drop_watcher(self) -> None:
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            try:
                watcher.close()
            except Exception:  # closing a broken connection may fail too; it is gone either way
                log.debug("ChangeWatcher.close failed", exc_info=True)
