"""What guarding against faults and hostile input costs, on the benchmark base (100 000 customers, 1 000 000 reports):

- the checks `open_database` makes before SQLite touches a file (network share, read-only, damage mark);
- `PRAGMA quick_check` of the whole file and of the search index alone, and the search index's own check: why a
  full check runs only when something hints at damage (a mark beside the file), not at every open;
- search with the caps: the worst queries of 12 words, and a pasted 1 500-word text (refused at once).

Targets: the open checks ≤ 1 ms; the worst 12-word search ≤ 1 s; the 1 500-word text ≤ 5 ms. Exits 1 when over.

usage: python tests/bench/bench_faults.py [--db bench-data/bench.db]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

OPEN_CHECKS_TARGET_MS = 1.0
SEARCH_TARGET_MS = 1000.0
REFUSED_TARGET_MS = 5.0
WORST = ["a e i o u m n p r s t l", "1 2 3 4 5 6 7 8 9 0 1 2", "a 1 b 2 c 3 d 4 e 5 f 6", "c 0 c 0 c 0 c 0 c 0 c 0",
         "+52 1 444 123 4567", " ".join(["a"] * 12), "ma jo lu an pe ro sa ca 44 48 55 12"]


def _median_ms(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", default="bench-data/bench.db")
    a = p.parse_args()
    path = Path(a.db)
    if not path.exists():
        print(f"falta {path}: make bench-data", file=sys.stderr)
        return 1
    from ispdesk.core import faults
    from ispdesk.core.db import db
    from ispdesk.core.search import search
    from ispdesk.core.storage import close_database, open_database

    ok = True

    def open_checks() -> None:
        faults.network_filesystem(path)
        faults.read_only_reason(path)
        faults.is_marked(path)

    checks_ms = _median_ms(open_checks, 500)
    ok &= checks_ms <= OPEN_CHECKS_TARGET_MS
    print(f"comprobaciones al abrir (red, solo lectura, marca): {checks_ms * 1000:.0f} µs "
          f"(meta ≤ {OPEN_CHECKS_TARGET_MS * 1000:.0f} µs)")

    open_database(path, migrate=False)
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0] * db.execute_sql("PRAGMA page_size").fetchone()[0]
    t = time.perf_counter()
    problems = faults.integrity_problems(db.obj)
    full_ms = (time.perf_counter() - t) * 1000
    fts = sum(_median_ms(lambda name=name: db.execute_sql(f"PRAGMA quick_check('{name}')").fetchall(), 3)
              for name in ("customer_fts_data", "customer_fts_idx", "customer_fts_docsize", "customer_fts_config"))
    print(f"quick_check completo + revisión del índice de búsqueda ({pages / 2**30:.2f} GiB): {full_ms:,.0f} ms"
          f" → {'sano' if not problems else problems[:2]}".replace(",", " "))
    print(f"quick_check sólo de las tablas del índice de búsqueda: {fts:.1f} ms")
    ok &= not problems

    for query in WORST:
        ms = _median_ms(lambda q=query: search(q), 3)
        ok &= ms <= SEARCH_TARGET_MS
        print(f"búsqueda «{query}»: {ms:.1f} ms")
    essay = " ".join(["palabra"] * 1500)
    ms = _median_ms(lambda: search(essay), 50)
    ok &= ms <= REFUSED_TARGET_MS and bool(search(essay).refused)
    print(f"búsqueda de 1 500 palabras: rechazada en {ms * 1000:.1f} µs (antes: 40 s y 1,3 GB)")
    close_database()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
