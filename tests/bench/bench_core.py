"""Foundation figures on the 100k-customer / 1M-report demo database.

- search, 50 rows: median of the search service vs a raw FTS5 query for the same terms (target ≤ 3×)
- open a report (folio + deadlines + event, one transaction): median (target ≤ 2 ms on SQLite)
- `ispdesk report show FOLIO` as a whole process vs `python -c "import peewee"` (target ≤ 2×)

usage: python tests/bench/bench_core.py --db PATH [--pg URL]
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

QUERIES = ["pena", "maria hernandez", "garcia lopez", "444", "centro", "juarez 1", "ram", "sofia ruiz",
           "norte t-03", "guadalupe flores", "d001234", "487 87", "martinez", "ibanez", "nayeli"]


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


RAW_ROWS = ("SELECT c.id, c.number, c.name, c.phones, c.address, c.colonia, c.municipio, c.zone "
            "FROM customer_fts f JOIN customer c ON c.id = f.rowid WHERE customer_fts MATCH ? LIMIT 50")
RAW_IDS = "SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? LIMIT 50"


def bench_search(label: str) -> float:
    """Our search (exact hits, full text, rows with open-report counts) against raw FTS5 queries for the
    same terms: the 50 matching rows with the shown columns (the target's baseline), and rowids alone."""
    from ispdesk.core.db import db
    from ispdesk.core.search import fetch_rows, fts5_expression, parse_query, search

    sqlite = label == "SQLite"
    ours, raw_rows, raw_ids = [], [], []
    for q in QUERIES:
        expr = fts5_expression(parse_query(q))

        def service(q: str = q) -> None:
            fetch_rows(search(q, limit=50).customer_ids)

        def rows(expr: str = expr) -> None:
            db.execute_sql(RAW_ROWS, (expr,)).fetchall()

        def ids(expr: str = expr) -> None:
            db.execute_sql(RAW_IDS, (expr,)).fetchall()

        service()
        if sqlite:
            rows()
            for _ in range(3):  # interleave so that load on the machine hits all alike
                raw_rows.append(_median_ms(rows, 5))
                raw_ids.append(_median_ms(ids, 5))
                ours.append(_median_ms(service, 5))
        else:
            ours.append(_median_ms(service, 15))
    med = statistics.median(ours)
    if sqlite:
        base, ids_only = statistics.median(raw_rows), statistics.median(raw_ids)
        print(f"search 50 rows ({label}): median {med:.3f} ms; raw FTS5 query for the same 50 rows {base:.3f} ms; "
              f"ratio {med / base:.2f} (target ≤ 3.0); vs rowids only {ids_only:.3f} ms: {med / ids_only:.2f}")
        return med / base
    print(f"search 50 rows ({label}): median {med:.3f} ms over {len(QUERIES)} queries")
    return med


def bench_open_report(db_path: str) -> float:
    """On a copy, so the benchmark database stays as built."""
    from ispdesk.core.models import Customer, User
    from ispdesk.core.services import reports
    from ispdesk.core.storage import close_database, open_database

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copia.db"
        close_database()
        shutil.copy(db_path, copy)
        open_database(copy)
        actor = User.get(User.username == "ana")
        customers = list(Customer.select().where(Customer.status == "activo").limit(200))
        reports.open_report(actor, customers[0], "falla", "telefono", "calentamiento")
        i = iter(range(10**6))

        def once() -> None:
            n = next(i)
            reports.open_report(actor, customers[n % 200], ("falla", "aclaracion", "consulta")[n % 3], "telefono",
                                f"Prueba de rendimiento {n}")

        med = _median_ms(once, 300)
        close_database()
    open_database(db_path)
    print(f"open report (SQLite): median {med:.2f} ms (target ≤ 2.0 ms)")
    return med


def bench_state_change(db_path: str) -> float:
    """A state change through the service, with its event (the technician pauses and resumes): on a copy."""
    from ispdesk.core.models import Report, User
    from ispdesk.core.services import reports
    from ispdesk.core.storage import close_database, open_database

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copia.db"
        close_database()
        shutil.copy(db_path, copy)
        open_database(copy)
        rows = list(Report.select(Report.id, Report.assignee).where(Report.status.in_(["asignado", "en_proceso"]),
                                                                    Report.kind == "falla",
                                                                    Report.assignee.is_null(False)).limit(150))
        techs = {u.id: u for u in User.select().where(User.id.in_({r.assignee_id for r in rows}))}
        waiting: set[int] = set()
        i = iter(range(10**6))

        def once() -> None:
            r = rows[next(i) % len(rows)]
            if r.id in waiting:
                reports.resume(techs[r.assignee_id], r.id)
                waiting.discard(r.id)
            else:
                reports.pause(techs[r.assignee_id], r.id, "cliente_pospone", "Pidió otro día")
                waiting.add(r.id)

        med = _median_ms(once, 600)
        close_database()
    open_database(db_path)
    print(f"state change with its event (SQLite): median {med:.2f} ms over 600 pauses and resumes (target ≤ 3 ms)")
    return med


def bench_report_show(db_path: str) -> float:
    from ispdesk.core.models import Report

    folio = Report.select(Report.folio).order_by(Report.id.desc()).scalar()
    exe = str(Path(sys.executable).with_name("ispdesk"))

    def proc(cmd: list[str]) -> float:
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        return (time.perf_counter() - t0) * 1000

    show, base = [], []
    for _ in range(15):
        base.append(proc([sys.executable, "-c", "import peewee"]))
        show.append(proc([exe, "--db", db_path, "report", "show", folio]))
    s, b = statistics.median(show), statistics.median(base)
    print(f"report show process: median {s:.0f} ms; python -c 'import peewee' {b:.0f} ms; ratio {s / b:.2f} "
          f"(target ≤ 2.0)")
    return s / b


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--pg", help="PostgreSQL URL holding a demo database, to report its search figure")
    a = p.parse_args()
    from ispdesk.core.storage import close_database, open_database

    open_database(a.db)
    bench_search("SQLite")
    bench_open_report(a.db)
    bench_state_change(a.db)
    bench_report_show(a.db)
    close_database()
    if a.pg:
        open_database(a.pg)
        bench_search("PostgreSQL")
        close_database()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
