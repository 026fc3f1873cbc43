"""Mi cola on the 100k-customer / 1M-report demo database (prints numbers; no asserts).

1. opening: from constructing the view (QueueView + set_actor: the queue and the day's visits read) to its table
   painted on screen (offscreen), for the demo technician with the most open reports; median over --runs.
   "Painted" = a Paint event of the table's viewport has been handled: an event filter sees it arrive and a
   zero-time timer fires once it (and the rest of that repaint) is done.
2. the queue query alone, and a live refresh of one changed report (`apply_changes`).

usage: python tests/bench/bench_queue.py --db PATH [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time


def _ms(values: list[float]) -> str:
    return (f"{statistics.median(values) * 1000:.1f} ms (min {min(values) * 1000:.1f}, "
            f"max {max(values) * 1000:.1f})")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--runs", type=int, default=21)
    a = p.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from ispdesk.ui.common.i18n import install_translators

    install_translators(app, "es")
    from ispdesk.core import queries
    from ispdesk.core.changes import Changes
    from ispdesk.core.session import Session
    from ispdesk.core.storage import open_database
    from ispdesk.core.vocab import ACTIVE_STATUSES

    open_database(a.db)
    from ispdesk.core.models import Report, User

    techs = [p for p in queries.assignable("tecnica") if p.role == "tecnico"]
    tech = max(techs, key=lambda p: p.load)
    session = Session.of(User.get_by_id(tech.id))
    active = Report.select().where(Report.status.in_([str(s) for s in ACTIVE_STATUSES])).count()
    print(f"reports in {a.db}: {Report.select().count():,}; open {active:,}; "
          f"{tech.username} has the most: {tech.load:,} (" + ", ".join(f"{t.username} {t.load}" for t in techs) + ")")

    from ispdesk.ui.technicians.queue import QueueView

    class Painted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.done = False
            self.loop = QEventLoop()

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done:
                QTimer.singleShot(0, self._finish)  # runs once this paint has been handled
            return False

        def _finish(self) -> None:
            self.done = True
            self.loop.quit()

    def idle() -> None:
        loop = QEventLoop()
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, loop.quit))
        loop.exec()

    opening: list[float] = []
    rows = 0
    for _ in range(a.runs):
        painted = Painted()
        t0 = time.perf_counter()
        view = QueueView()
        view.table.viewport().installEventFilter(painted)
        view.set_actor(session)
        view.resize(1140, 640)  # the view inside a 1366×768 main window
        view.show()
        if not painted.done:
            QTimer.singleShot(10_000, painted.loop.quit)
            painted.loop.exec()
        opening.append(time.perf_counter() - t0)
        rows = view.model.rowCount()
        view.close()
        view.deleteLater()
        idle()
    first, rest = opening[0], opening[1:]

    query = []
    for _ in range(a.runs):
        t0 = time.perf_counter()
        queries.technician_queue(session.id)
        query.append(time.perf_counter() - t0)

    view = QueueView()
    view.set_actor(session)
    view.resize(1140, 640)
    view.show()
    idle()
    target = view.model.key_at(len(view.rows) // 2)
    live = []
    for _ in range(a.runs):
        t0 = time.perf_counter()
        view.apply_changes(Changes(report_ids=frozenset({target, 1})))
        view.table.viewport().repaint()
        live.append(time.perf_counter() - t0)
    view.close()

    print(f"technician queue: median {statistics.median(rest) * 1000:.0f} ms from opening to a painted table "
          f"({rows} rows; min {min(rest) * 1000:.0f}, max {max(rest) * 1000:.0f}, first run with imports "
          f"{first * 1000:.0f} ms; {len(rest)} runs) (target ≤ 150 ms)")
    print(f"  queue query alone: median {_ms(query)}")
    print(f"  live refresh of one changed report (query of the ids + diff + repaint): median {_ms(live)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
