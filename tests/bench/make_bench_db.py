"""Build the benchmark database (100,000 customers, 1,000,000 reports) and report how long it took.

usage: python tests/bench/make_bench_db.py PATH|postgresql://… [--customers N] [--reports N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("target")
    p.add_argument("--customers", type=int, default=100_000)
    p.add_argument("--reports", type=int, default=1_000_000)
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args()
    from ispdesk.core.db import is_postgres_url

    if not is_postgres_url(a.target):
        path = Path(a.target)
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    else:
        from ispdesk.core.db import make_database

        database = make_database(a.target)
        database.connect()
        database.execute_sql("DROP SCHEMA IF EXISTS public CASCADE")
        database.execute_sql("CREATE SCHEMA public")
        database.close()
    from ispdesk.core.demo import build_demo
    from ispdesk.core.storage import open_database

    t0 = time.perf_counter()
    open_database(a.target)
    build_demo(customers=a.customers, reports=a.reports, seed=a.seed)
    elapsed = time.perf_counter() - t0
    print(f"demo: {a.customers:,} clientes y {a.reports:,} reportes en {elapsed:.1f} s (objetivo < 120 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
