"""GUI figures (prints numbers; no asserts). usage: python tests/bench/bench_gui.py --db PATH [--runs N]

1. search: from the debounce firing to the table repainted (search + model reset + view.repaint()),
   median over typed queries, on a 100,000-customer database; plus the debounce interval itself.
2. cold start: the whole `ispdesk gui` process until the sign-in dialog is shown and idle
   (ISPDESK_EXIT_WHEN_IDLE=1) vs a bare PySide6 script showing an empty QMainWindow.
3. sign-in: from an accepted sign-in to the main window shown and idle.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

BARE = ("import sys\nfrom PySide6.QtCore import QTimer\nfrom PySide6.QtWidgets import QApplication, QMainWindow\n"
        "app = QApplication(sys.argv)\nw = QMainWindow()\nw.show()\n"
        "QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))\napp.exec()\n")
QUERIES = ("maria", "garcia", "hernandez lopez", "juan", "rioverde", "centro", "444", "jose m", "ana", "pena",
           "martinez", "cruz", "guadalupe", "zona", "torres")


def _median_ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.1f} ms (min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f})"


def bench_process(cmd: list[str], runs: int, env: dict[str, str]) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return times


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--user", default="ana")
    a = p.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    # --- cold start ------------------------------------------------------------------------------
    bare = bench_process([sys.executable, "-c", BARE], a.runs, env)
    app_env = dict(env, ISPDESK_EXIT_WHEN_IDLE="1")
    app = bench_process([sys.executable, "-m", "ispdesk", "--db", a.db, "gui"], a.runs, app_env)
    print(f"cold start, bare PySide6 QMainWindow: {_median_ms(bare)}")
    print(f"cold start, ispdesk to sign-in idle:  {_median_ms(app)}  "
          f"ratio {statistics.median(app) / statistics.median(bare):.2f}x (target <= 2.5x)")

    # --- in-process: search and sign-in ------------------------------------------------------------
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    qapp = QApplication(sys.argv)
    from ispdesk.core.models import Customer
    from ispdesk.core.services import users
    from ispdesk.core.storage import open_database

    open_database(a.db)
    print(f"customers in {a.db}: {Customer.select().count():,}")
    user = users.get_user(a.user)

    def idle() -> None:
        loop = QEventLoop()
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, loop.quit))
        loop.exec()

    signin = []
    for _ in range(a.runs):
        t0 = time.perf_counter()
        from ispdesk.ui.shell.main_window import MainWindow  # the first run pays the import, as the app does

        w = MainWindow(user)
        w.show()
        idle()
        signin.append(time.perf_counter() - t0)
        w.close()
        w.deleteLater()
        idle()
    print(f"accepted sign-in to main window idle: first {signin[0] * 1000:.1f} ms (imports included), "
          f"median {_median_ms(signin)} (target <= 300 ms)")

    w = MainWindow(user)
    w.resize(1366, 768)
    w.show()
    idle()
    view = w.search_view
    print(f"search debounce: {view.timer.interval()} ms (target <= 150 ms)")
    times = []
    for _ in range(3):
        for q in QUERIES:
            view.box.setText(q)
            view.timer.stop()
            t0 = time.perf_counter()
            view.run_search()  # what the debounce timer calls: search, model reset, state
            view.table.repaint()
            times.append(time.perf_counter() - t0)
    print(f"debounce fired -> table repainted: median {_median_ms(times)} over {len(times)} searches "
          f"(target <= 30 ms); page fetches {view.model.fetches}")
    w.close()
    del qapp
    return 0


if __name__ == "__main__":
    sys.exit(main())
