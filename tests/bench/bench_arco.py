"""Personal data on the benchmark database (100,000 customers, 1,000,000 reports): the retention rule's list, the copy
of the busiest customer's data (read + JSON, and the PDF), and the anonymisation of one customer (its text
replacements, the events' permit path and the full-text index compaction), the last inside a transaction that is
rolled back so the benchmark database stays as it was.

Targets: list ≤ 1.5 s; copy read + JSON ≤ 0.5 s; PDF ≤ 3 s; anonymisation ≤ 5 s. Exits 1 when over one.

usage: python tests/bench/bench_arco.py [--db bench-data/bench.db]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

TARGETS_MS = {"list": 1500.0, "copy": 500.0, "pdf": 3000.0, "anonymise": 5000.0}


def _ms(fn: object) -> tuple[float, object]:
    t = time.perf_counter()
    result = fn()  # type: ignore[operator]
    return (time.perf_counter() - t) * 1000, result


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", default="bench-data/bench.db")
    a = p.parse_args()
    os.environ.setdefault("ISPDESK_DATA_DIR", tempfile.mkdtemp(prefix="ispdesk-bench-arco-"))
    from peewee import fn

    from ispdesk.core.db import db
    from ispdesk.core.models import Customer, Report, User
    from ispdesk.core.queries.personal_data import personal_data, personal_data_json
    from ispdesk.core.services import arco
    from ispdesk.core.storage import open_database
    from ispdesk.core.vocab import UNFINISHED_STATUSES
    from ispdesk.pdf.personal_data import render_personal_data

    open_database(a.db, create=False)
    manager = User.select().where(User.role == "gerente").first()
    results: dict[str, float] = {}
    results["list"], found = _ms(lambda: arco.retention_candidates(1))
    busiest = (Report.select(Report.customer).group_by(Report.customer).order_by(fn.COUNT(Report.id).desc())
               .limit(1).scalar())
    results["copy"], data = _ms(lambda: personal_data_json(personal_data(busiest)))
    with tempfile.TemporaryDirectory() as tmp:
        pd = personal_data(busiest)
        results["pdf"], _ = _ms(lambda: render_personal_data(pd, Path(tmp) / "copia.pdf"))
    unfinished = [str(s) for s in UNFINISHED_STATUSES]
    pending = Report.select(Report.id).where(Report.customer == Customer.id, Report.status.in_(unfinished))
    gone = (Customer.select(Customer.id).where(Customer.status == "baja", Customer.anonymized_at.is_null(),
                                               ~fn.EXISTS(pending))
            .order_by(Customer.id).first())
    reports = Report.select().where(Report.customer == gone.id).count()
    with db.atomic() as tx:  # measured, then undone
        results["anonymise"], done = _ms(lambda: arco.anonymize_customer(manager, gone.id))
        tx.rollback()
    assert Customer.get_by_id(gone.id).anonymized_at is None
    print(f"retention list (1 year): {len(found)} customers in {results['list']:.0f} ms")
    print(f"copy of the busiest customer (read + JSON, {len(data) // 1024} KB): {results['copy']:.0f} ms")
    print(f"copy as PDF: {results['pdf']:.0f} ms")
    print(f"anonymise one customer ({reports} reports, {done.events} events): {results['anonymise']:.0f} ms")
    over = [k for k, v in results.items() if v > TARGETS_MS[k]]
    for k in over:
        print(f"  over target: {k} {results[k]:.0f} ms > {TARGETS_MS[k]:.0f} ms", file=sys.stderr)
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
