"""The board (prints numbers; no asserts). usage: python tests/bench/bench_board.py --db PATH [--runs N] [--user rosa]

From constructing `BoardView` and `set_actor` (the technical lead) to the first painted frame, at the size it
gets in a 1366×768 window: the board query, every column filled, the window shown and idle (target ≤ 300 ms).
Median over --runs (≥ 10), after one warm-up run that pays the imports. Then the same for switching to the
largest inbox and for the grouped-table mode.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time


def _median_ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})"


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--runs", type=int, default=15)
    p.add_argument("--user", default="rosa")
    a = p.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    qapp = QApplication(sys.argv)
    settings_dir = tempfile.mkdtemp(prefix="ispdesk-bench-")  # the view's remembered mode: not the user's
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings_dir)

    from ispdesk.core.services import users
    from ispdesk.core.session import Session
    from ispdesk.core.storage import open_database

    open_database(a.db)
    actor = Session.of(users.get_user(a.user))

    class Paints(QObject):
        count = 0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    paints = Paints()
    qapp.installEventFilter(paints)

    def idle() -> None:
        loop = QEventLoop()
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, loop.quit))
        loop.exec()

    from ispdesk.ui.lead.board import BoardView  # imported before timing: the app has it loaded at sign-in

    def one(mode: str = "columns", area: str | None = None) -> tuple[float, BoardView]:
        view = BoardView()
        view.set_mode(mode)
        view.resize(1140, 620)  # what the board gets in a maximised 1366×768 window, beside the navigation
        if area is not None:  # the area switch alone is timed
            view.set_actor(actor)
            view.show()
            idle()
            before = Paints.count
            t0 = time.perf_counter()
            view.set_area(area)
            idle()
            elapsed = time.perf_counter() - t0
        else:
            before = Paints.count
            t0 = time.perf_counter()
            view.set_actor(actor)
            view.show()
            idle()
            elapsed = time.perf_counter() - t0
        if Paints.count == before:
            raise SystemExit("bench_board: nothing was painted")
        return elapsed, view

    def series(mode: str = "columns", area: str | None = None) -> tuple[list[float], int, int]:
        times = []
        rows = columns = 0
        for i in range(a.runs + 1):
            elapsed, view = one(mode, area)
            if i:  # the first run warms the caches
                times.append(elapsed)
            rows, columns = len(view.board.rows) if view.board else 0, len(view.columns)
            view.close()
            view.deleteLater()
            idle()
        return times, rows, columns

    times, rows, columns = series()
    print(f"board: median {_median_ms(times)} ({rows:,} reports, {columns} columns) "
          f"over {len(times)} runs, view + set_actor → first painted frame (target <= 300 ms)")
    from ispdesk.core.queries.board_counts import area_counts

    counts = area_counts()
    inbox = max((c for c in counts if c != "tecnica"), key=lambda c: counts[c], default=None)
    if inbox is not None:
        times, rows, columns = series(area=inbox)
        print(f"board, switch to the {inbox} inbox: median {_median_ms(times)} ({rows:,} reports, "
              f"{columns} columns)")
    times, rows, _columns = series(mode="table")
    print(f"board, grouped table: median {_median_ms(times)} ({rows:,} reports)")
    del qapp
    return 0


if __name__ == "__main__":
    sys.exit(main())
