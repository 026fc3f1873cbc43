"""The monthly summary on the 1M-report demo database (≈ 41,000 reports a month).

- whole: `monthly_summary` for the last complete month plus `render_summary` to a PDF file, in-process, median of
  --runs after a warm-up run (which pays the imports, the holidays table and the database's first reads: printed
  too). Target ≤ 1.5 s on SQLite.
- SQL part: the queries alone (the month's id range, the grouped counts, the per-report instants for the
  business-hour times, the repeat faults, the 12-month trend), against a raw GROUP BY of the same month
  (`SELECT kind, COUNT(*) … WHERE opened_at in the month GROUP BY kind`, the cheapest full read of the month).
- the same on PostgreSQL with --pg URL (a database holding the demo, e.g. built with make_bench_db.py).

Prints one `monthly summary: …` line per backend; exits 1 when SQLite's whole PDF misses its target.

usage: python tests/bench/bench_summary.py --db PATH [--pg URL] [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

TARGET_MS = 1500.0


def _ms(fn, runs: int) -> tuple[float, float]:
    """(median, min) in ms."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), min(times)


def bench(label: str, runs: int) -> float:
    from ispdesk.core.db import db
    from ispdesk.core.queries import summary as sm
    from ispdesk.pdf.summary import render_summary

    year, month = sm.shift_month(*sm.current_month(sm.office_tz()), -1)
    scope = sm.month_scope(year, month)
    now = sm.now_utc()
    out = Path(tempfile.mkdtemp(prefix="ispdesk-bench-")) / "resumen.pdf"

    def whole() -> None:
        render_summary(sm.monthly_summary(year, month), out)

    t0 = time.perf_counter()
    whole()
    first = (time.perf_counter() - t0) * 1000
    total = sm.monthly_summary(year, month).total
    med, low = _ms(whole, runs)
    scope.ids  # noqa: B018  # read once here, measured on its own below
    parts = {
        "month's id range": lambda: sm.month_scope(year, month).ids,
        "grouped counts": lambda: sm._groups(scope, now),
        "per-report instants": lambda: sm._times(scope),
        "repeat faults": lambda: sm._repeat_customers(scope),
        "12-month trend": lambda: sm._trend(year, month, None),
    }
    part_ms = {name: _ms(fn, runs)[0] for name, fn in parts.items()}
    sql = sum(part_ms.values())
    start, end = scope.spans[0].start, scope.spans[0].end
    placeholder = "?" if label == "SQLite" else "%s"
    raw_sql = (f"SELECT kind, COUNT(*) FROM report WHERE opened_at >= {placeholder} AND opened_at < {placeholder} "
               "GROUP BY kind")
    params = (str(start), str(end)) if label == "SQLite" else (start, end)
    raw, _ = _ms(lambda: db.execute_sql(raw_sql, params).fetchall(), runs)
    detail = ", ".join(f"{name} {v:.0f}" for name, v in part_ms.items())
    target = f" (target ≤ {TARGET_MS:.0f} ms)" if label == "SQLite" else ""
    print(f"monthly summary ({label}, {year}-{month:02d}, {total} reports): PDF whole median {med:.0f} ms "
          f"(min {low:.0f}, first run {first:.0f}){target}; SQL part {sql:.0f} ms ({detail}) vs raw GROUP BY of the "
          f"same month {raw:.0f} ms: {sql / raw:.1f}×", flush=True)
    return med


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--pg", help="PostgreSQL URL holding a demo database")
    p.add_argument("--runs", type=int, default=5)
    a = p.parse_args()
    from ispdesk.core.storage import close_database, open_database

    open_database(a.db)
    whole = bench("SQLite", a.runs)
    close_database()
    if a.pg:
        open_database(a.pg)
        bench("PostgreSQL", a.runs)
        close_database()
    return 0 if whole <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
