"""Live refresh: from a commit in one process to the change seen by another (prints numbers; no asserts).

A writer subprocess adds a note to a different report at random moments (so commits fall anywhere in the
poll cycle) and prints, after each commit, the report id and the time. This process runs `LiveUpdates` in a
Qt event loop, as the screens do, and notes when each id is signalled. Latency = seen − committed, both on
the machine's monotonic clock (shared by all processes). Run with the screens' 1 s timer (what a user sees;
target ≤ 3 s) and with a 20 ms one (the mechanism alone: data_version + queries, or NOTIFY delivery).

SQLite: a fresh small database, or with --db a copy of the benchmark database (1M reports), since the look-up
after `data_version` changes must stay an index probe at that size. PostgreSQL (--pg URL, or $ISPDESK_BENCH_PG):
a scratch database `ispdesk_bench_live` created on that server and dropped afterwards.

usage: python tests/bench/bench_live.py [--db PATH] [--pg URL] [--changes N] [--intervals 1000,20]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
SCRATCH_PG = "ispdesk_bench_live"


def writer(target: str, ids: list[int], seed: int) -> int:
    """The other PC: one note per report id, 0.2–1.2 s apart; prints "id committed_at" after each commit."""
    from ispdesk.core.models import Report, User
    from ispdesk.core.services import reports
    from ispdesk.core.storage import open_database

    open_database(target)
    actor = User.get(User.username == "ana")
    rnd = random.Random(seed)
    for rid in ids:
        time.sleep(rnd.uniform(0.2, 1.2))
        reports.add_note(actor, Report.get_by_id(rid), "Nota desde otra PC")
        print(f"{rid} {time.monotonic():.6f}", flush=True)
    return 0


def prepare(target: str, changes: int, fresh: bool) -> list[int]:
    """Office, staff and a customer on a fresh database; `changes` open reports to be noted by the writer."""
    sys.path.insert(0, str(HERE.parent))
    from factories import make_customer, make_office, make_staff

    from ispdesk.core.models import Customer, User
    from ispdesk.core.services import reports
    from ispdesk.core.storage import open_database

    open_database(target)
    if fresh:
        office = make_office()
        staff = make_staff(office)
        actor, customer = staff["recepcion"], make_customer(staff["recepcion"])
    else:
        actor = User.get(User.username == "ana")
        customer = Customer.select().where(Customer.status == "activo").first()
    return [reports.open_report(actor, customer, "falla", "telefono", f"Prueba {i}").id for i in range(changes)]


def measure(target: str, ids: list[int], interval_ms: int) -> tuple[list[float], int]:
    """Latencies in ms of the writer's commits as seen by LiveUpdates here, and how many were never seen."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from ispdesk.core.changes import Changes
    from ispdesk.ui.common.live import LiveUpdates

    QCoreApplication.instance() or QCoreApplication(sys.argv)
    seen: dict[int, float] = {}

    def on_changed(changes: Changes) -> None:
        now = time.monotonic()
        for rid in changes.report_ids if changes.report_ids is not None else ids:
            seen.setdefault(rid, now)

    live = LiveUpdates(interval_ms=interval_ms)
    live.changed.connect(on_changed)
    proc = subprocess.Popen([sys.executable, __file__, "--writer", target, ",".join(map(str, ids))],
                            stdout=subprocess.PIPE, text=True)
    loop = QEventLoop()
    exited: list[float] = []

    def check() -> None:
        if all(i in seen for i in ids):
            loop.quit()
        elif proc.poll() is not None:
            if not exited:
                exited.append(time.monotonic())
            if time.monotonic() - exited[0] > 5:  # the writer is done; what is not seen by now never will be
                loop.quit()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(20)
    loop.exec()
    timer.stop()
    live.close()
    out, _ = proc.communicate(timeout=60)
    committed = {int(a): float(b) for a, b in (line.split() for line in out.splitlines() if line.strip())}
    latencies = [(seen[i] - committed[i]) * 1000 for i in ids if i in seen and i in committed]
    return latencies, len(ids) - len(latencies)


def pg_scratch(url: str) -> tuple[str, object]:
    """(URL of a new scratch database on the server of `url`, function that drops it)."""
    from urllib.parse import urlparse, urlunparse

    from ispdesk.core.db import make_database

    parsed = urlparse(url)
    admin = make_database(urlunparse(parsed._replace(path="/postgres")))
    admin.connect()
    admin.execute_sql(f"DROP DATABASE IF EXISTS {SCRATCH_PG}")
    admin.execute_sql(f"CREATE DATABASE {SCRATCH_PG}")
    admin.close()

    def drop() -> None:
        admin.connect()
        admin.execute_sql(f"DROP DATABASE IF EXISTS {SCRATCH_PG} WITH (FORCE)")
        admin.close()

    return urlunparse(parsed._replace(path=f"/{SCRATCH_PG}")), drop


def run_backend(label: str, target: str, changes: int, intervals: list[int], fresh: bool) -> dict[int, str]:
    from ispdesk.core.storage import close_database

    out: dict[int, str] = {}
    for interval in intervals:
        ids = prepare(target, changes, fresh)
        fresh = False
        lat, missed = measure(target, ids, interval)
        close_database()
        if not lat:
            out[interval] = f"never seen ({label})"
            continue
        med = statistics.median(lat)
        out[interval] = f"{med:.0f} ms ({label})" if med >= 10 else f"{med:.1f} ms ({label})"
        print(f"  {label}, {interval} ms timer: median {med:.1f} ms, min {min(lat):.1f}, max {max(lat):.1f} ms "
              f"over {len(lat)} changes" + (f"; {missed} never seen" if missed else ""), flush=True)
    return out


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--writer", nargs=2, metavar=("TARGET", "IDS"), help=argparse.SUPPRESS)
    p.add_argument("--db", help="SQLite benchmark database to copy (default: a fresh small one)")
    p.add_argument("--pg", default=os.environ.get("ISPDESK_BENCH_PG", ""),
                   help="PostgreSQL server URL (a scratch database is created there)")
    p.add_argument("--changes", type=int, default=20)
    p.add_argument("--intervals", default="1000,20", help="poll intervals to measure, ms")
    a = p.parse_args()
    if a.writer:
        return writer(a.writer[0], [int(i) for i in a.writer[1].split(",")], seed=7)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["ISPDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="ispdesk-bench-live-")
    intervals = [int(i) for i in a.intervals.split(",")]
    results: dict[str, dict[int, str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        target = str(Path(tmp) / "live.db")
        if a.db:
            shutil.copy(a.db, target)
            for suffix in ("-wal", "-shm"):
                if Path(a.db + suffix).exists():
                    shutil.copy(a.db + suffix, target + suffix)
        results["SQLite"] = run_backend("SQLite", target, a.changes, intervals, fresh=not a.db)
    if a.pg:
        try:
            url, drop = pg_scratch(a.pg)
        except Exception as exc:
            print(f"  PostgreSQL skipped: {exc}")
        else:
            try:
                results["PostgreSQL"] = run_backend("PostgreSQL", url, a.changes, intervals, fresh=True)
            finally:
                drop()
    for interval in intervals:
        parts = ", ".join(r[interval] for r in results.values() if interval in r)
        print(f"live refresh ({interval} ms timer): median {parts} over {a.changes} changes each"
              + (" (target ≤ 3000 ms)" if interval >= 1000 else " (mechanism alone)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
