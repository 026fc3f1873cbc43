"""An online backup of the bench database (100,000 customers, 1,000,000 reports) while another process keeps writing
(reports opened and customers added through the services, as the other PCs of an office do): how long the backup
takes, how many writes the other process committed meanwhile and its slowest one (it must not be stalled), and
whether the copy passes `PRAGMA integrity_check` with a consistent snapshot (no report without its customer, no
report without its first event).

Works on a copy of bench.db in a temporary folder, so the other benchmarks see the database unchanged.
Exits 1 when the copy fails the check or the writer failed.

usage: python tests/bench/bench_backup.py [--db bench-data/bench.db]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from ispdesk.core.storage import open_database
    from ispdesk.core.models import Customer, User
    from ispdesk.core.services import customers, reports
    open_database(sys.argv[1], migrate=False)
    stop, log = Path(sys.argv[2]), open(sys.argv[3], "w")
    actor = User.get(User.username == "ana")
    active = [c.id for c in Customer.select(Customer.id).where(Customer.status == "activo").limit(50000)]
    n = 0
    while not stop.exists():
        t0 = time.time()
        if n % 5 == 0:
            customers.create_customer(actor, number=f"BK-{n:06d}", name=f"Respaldo {n}",
                                      phones=f"444 9{n % 1000000:06d}")
        else:
            reports.open_report(actor, active[(n * 7919) % len(active)], "falla", "telefono", "Sin internet (prueba)")
        t1 = time.time()
        log.write(f"{t0:.6f} {t1:.6f}\\n")
        log.flush()
        n += 1
""")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", default="bench-data/bench.db")
    a = p.parse_args()
    source = Path(a.db)
    if not source.exists():
        print(f"falta {source}: make bench-data", file=sys.stderr)
        return 1
    from ispdesk.core.services import backups
    from ispdesk.core.storage import close_database, open_database

    status = 0
    with tempfile.TemporaryDirectory(dir=source.parent) as tmp:
        work = Path(tmp) / "bench-respaldo.db"
        src = sqlite3.connect(source)
        dst = sqlite3.connect(work)
        src.backup(dst)  # a private working copy
        src.close()
        dst.execute("PRAGMA journal_mode = WAL")
        dst.close()
        stop, log = Path(tmp) / "alto", Path(tmp) / "escrituras.txt"
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(work), str(stop), str(log)],
                                  stderr=subprocess.PIPE, text=True)
        open_database(str(work), migrate=False)
        try:
            deadline = time.time() + 60
            while (not log.exists() or log.read_text().count("\n") < 20) and time.time() < deadline:
                time.sleep(0.1)
            target = Path(tmp) / "copia.db"
            t0 = time.time()
            backups.backup_now(None, target)
            t1 = time.time()
            time.sleep(1)
        finally:
            stop.touch()
            _out, err = writer.communicate(timeout=120)
            close_database()
        spans = [tuple(map(float, line.split())) for line in log.read_text().splitlines() if line.strip()]
        during = [(b, e) for b, e in spans if t0 <= e <= t1]
        slowest = max((e - b for b, e in spans if e >= t0 and b <= t1), default=0.0)
        size = target.stat().st_size / (1024 * 1024)
        print(f"respaldo en línea de bench.db ({size:,.0f} MB) con otro proceso escribiendo: {t1 - t0:.1f} s; "
              f"el otro proceso guardó {len(during)} cambios mientras tanto (el más lento: {slowest * 1000:.0f} ms)"
              .replace(",", " "), flush=True)
        if writer.returncode != 0:
            print(f"  FALLA: el proceso que escribía terminó con error: {err.strip()[-500:]}", flush=True)
            status = 1
        c0 = time.time()
        con = sqlite3.connect(target)
        result = con.execute("PRAGMA integrity_check").fetchone()[0]
        c1 = time.time()
        orphans = con.execute("SELECT COUNT(*) FROM report r LEFT JOIN customer c ON c.id = r.customer_id "
                              "WHERE c.id IS NULL").fetchone()[0]
        eventless = con.execute("SELECT COUNT(*) FROM report r WHERE r.id > (SELECT MAX(id) - 5000 FROM report) AND "
                                "NOT EXISTS (SELECT 1 FROM report_event e WHERE e.report_id = r.id)").fetchone()[0]
        fts = con.execute("SELECT COUNT(*) FROM customer_fts WHERE customer_fts MATCH 'respaldo'").fetchone()[0]
        added = con.execute("SELECT COUNT(*) FROM customer WHERE number LIKE 'BK-%'").fetchone()[0]
        con.close()
        print(f"integrity_check de la copia: {result} ({c1 - c0:.1f} s); reportes sin cliente: {orphans}, "
              f"sin evento: {eventless}; clientes del otro proceso en la copia: {added} (en el índice de búsqueda: "
              f"{fts})", flush=True)
        if result != "ok" or orphans or eventless or fts != added:
            status = 1
        shutil.rmtree(tmp, ignore_errors=True)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
