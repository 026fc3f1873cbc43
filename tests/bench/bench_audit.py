"""Tamper evidence on the benchmark database (100,000 customers, 1,000,000 reports, ~5.3 M events):

1. `ispdesk audit verify`: time to walk every chain (report events, reports' heads, audit trail, guards), as the
   command runs it (a new process), and that it says «íntegro»;
2. `ispdesk audit seal` (what every backup does), then a second one (only the events since);
3. the cost of the chain per `open_report` and per state change (`add_note`), median of N on an office database
   copied from the bench database's office, against the same services with the chain's hashing taken out;
4. with --migrate: the one-time v4 → v5 sealing, when --db is still a v4 database (migrated in place).

usage: python tests/bench/bench_audit.py [--db bench-data/bench.db] [--n 200] [--migrate]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/factories.py


def _verify(db: str) -> int:
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "ispdesk", "--db", db, "audit", "verify"], capture_output=True,
                         text=True)
    took = time.perf_counter() - t0
    print(f"audit verify: {took:.1f} s (exit {out.returncode}): {' / '.join(out.stdout.splitlines())}")
    return out.returncode


def _seal(db: str) -> int:
    """`ispdesk audit seal`: the checkpoint a backup takes (the first one reads every event; later ones, the new)."""
    status = 0
    for label in ("sello", "sello siguiente"):
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "ispdesk", "--db", db, "audit", "seal"], capture_output=True,
                             text=True)
        print(f"audit seal ({label}): {time.perf_counter() - t0:.2f} s (exit {out.returncode}): "
              f"{out.stdout.splitlines()[0] if out.stdout else out.stderr.strip()}")
        status |= out.returncode
    return status


def _service_costs(n: int) -> int:
    from factories import make_customer, make_office, make_staff

    from ispdesk.core import chain
    from ispdesk.core.services import audit_log, reports
    from ispdesk.core.services import reports as report_service

    counter = iter(range(1, 10**9))
    from ispdesk.core.storage import close_database, open_database

    folder = Path(tempfile.mkdtemp(prefix="bench-audit-", dir="bench-data" if Path("bench-data").is_dir() else None))
    results: dict[str, dict[str, list[float]]] = {"con cadena": {"open": [], "note": []},
                                                   "sin cadena": {"open": [], "note": []}}
    real = chain.event_hash
    try:
        open_database(folder / "office.db")
        office = make_office()
        staff = make_staff(office)
        customer = make_customer(office)
        for i in range(n):  # interleaved, so disk noise falls on both
            label = "con cadena" if i % 2 == 0 else "sin cadena"
            report_service.event_hash = real if i % 2 == 0 else (lambda *a: f"{next(counter):064d}")
            t0 = time.perf_counter()
            r = reports.open_report(staff["recepcion"], customer, "consulta", "telefono", f"Consulta {i}")
            t1 = time.perf_counter()
            reports.add_note(staff["recepcion"], r, "Seguimiento")
            t2 = time.perf_counter()
            results[label]["open"].append(t1 - t0)
            results[label]["note"].append(t2 - t1)
        report_service.event_hash = real
        for label, r in results.items():
            print(f"{label}: open_report mediana {statistics.median(r['open']) * 1000:.2f} ms, "
                  f"add_note mediana {statistics.median(r['note']) * 1000:.2f} ms (n={len(r['open'])})")
        t0 = time.perf_counter()
        for _ in range(10000):
            real("a" * 64, 1, "2026-01-01 00:00:00.000000", 1, "note", "asignado", "asignado", "Nota " * 10, "")
        print(f"hash de un evento: {(time.perf_counter() - t0) / 10000 * 1e6:.1f} µs")
        ok = audit_log.verify()
        close_database()
        return 0 if ok.problem is None else 1  # the made-up hashes of the "sin cadena" half are found
    finally:
        report_service.event_hash = real
        shutil.rmtree(folder, ignore_errors=True)


def _migrate(db: str) -> None:
    """Open (and so migrate) the database, timing it: the v4 → v5 sealing when it is still v4."""
    from ispdesk.core.schema import LATEST, current_version
    from ispdesk.core.storage import close_database, open_database

    open_database(db, migrate=False)
    before = current_version()
    close_database()
    if before >= LATEST:
        print(f"migración: la base ya es del esquema {before}")
        return
    t0 = time.perf_counter()
    open_database(db)
    print(f"migración v{before} → v{current_version()} (respaldo previo incluido, y sellado de la historia): "
          f"{time.perf_counter() - t0:.1f} s")
    close_database()


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", default="bench-data/bench.db")
    p.add_argument("--n", type=int, default=200)
    p.add_argument("--migrate", action="store_true", help="time the migration first when --db is older")
    a = p.parse_args()
    status = 0
    if a.migrate:
        _migrate(a.db)
    status |= _seal(a.db)
    status |= _verify(a.db)
    costs = _service_costs(a.n)
    # the unsealed half must be caught: the check is the bench's own sanity
    return status | (0 if costs == 1 else 1)


if __name__ == "__main__":
    raise SystemExit(main())
