"""`make bench`: build the benchmark database if missing, then run every benchmark and print ratios."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", default="bench-data/bench.db")
    a = p.parse_args()
    py = sys.executable
    if not Path(a.db).exists():
        subprocess.run([py, str(HERE / "make_bench_db.py"), a.db], check=True)
    pg = os.environ.get("ISPDESK_BENCH_PG", "")
    core = [py, str(HERE / "bench_core.py"), "--db", a.db] + (["--pg", pg] if pg else [])
    status = 0
    live = [py, str(HERE / "bench_live.py"), "--db", a.db] + (["--pg", pg] if pg else [])
    benches = [core, [py, str(HERE / "bench_receipt.py")], [py, str(HERE / "bench_gui.py"), "--db", a.db],
               [py, str(HERE / "bench_queue.py"), "--db", a.db], [py, str(HERE / "bench_board.py"), "--db", a.db],
               live, [py, str(HERE / "bench_incident.py")],
               [py, str(HERE / "bench_import.py")] + (["--pg", pg] if pg else []),
               [py, str(HERE / "bench_backup.py"), "--db", a.db], [py, str(HERE / "bench_arco.py"), "--db", a.db],
               [py, str(HERE / "bench_durability.py"), "--db", a.db], [py, str(HERE / "bench_faults.py"), "--db", a.db],
               [py, str(HERE / "bench_summary.py"), "--db", a.db] + (["--pg", pg] if pg else []),
               [py, str(HERE / "bench_audit.py"), "--db", a.db, "--migrate"]]
    for cmd in benches:
        if not Path(cmd[1]).exists():
            continue
        print(f"== {Path(cmd[1]).name}", flush=True)
        status |= subprocess.run(cmd, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).returncode
    return status


if __name__ == "__main__":
    raise SystemExit(main())
