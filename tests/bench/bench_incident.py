"""Resolving a mass outage: an incident with 500 linked faults (some assigned, on hold, with a visit scheduled or
the technician on site) resolved with `resolve_incident`, timed over fresh data each run, in a temporary SQLite
file. Checks that it was one transaction and wrote one "resolved" event and one resolution per report.

Target: ≤ 1 s for 500 reports. Exits 1 when over it or when the checks fail.

usage: python tests/bench/bench_incident.py [--reports N] [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/factories.py

TARGET_MS = 1000.0


def _scene(staff: dict, n: int, run: int) -> tuple[int, list[int]]:
    """An open incident on tower T-<run> of zone Norte with `n` linked faults in mixed states."""
    from ispdesk.core.clock import now_utc
    from ispdesk.core.services import customers, incidents, reports

    desk, lead, tech = staff["recepcion"], staff["jefe_tecnico"], staff["tecnico"]
    tower = f"T-{run:02d}"
    ids = []
    for i in range(n):
        c = customers.create_customer(desk, number=f"B{run:02d}-{i:04d}", name=f"Cliente {run} {i}", zone="Norte",
                                      tower=tower, plan="20 Mbps", plan_price="399", phones=f"444 {run:03d} {i:04d}")
        r = reports.open_report(desk, c, "falla", "telefono", "Sin internet desde la mañana")
        if i % 5 == 1:
            reports.assign(lead, r, tech)
            reports.pause(tech, r, "sin_acceso")
        elif i % 5 == 2:
            reports.schedule_visit(lead, r, now_utc() + dt.timedelta(days=1), technician=tech)
        elif i % 5 == 3:
            reports.assign(lead, r, tech)
            reports.arrive(tech, r)
        ids.append(r.id)
    inc = incidents.declare(lead, title=f"Caída de la torre {tower}", zone="Norte", tower=tower,
                            started_at=now_utc() - dt.timedelta(hours=3))
    incidents.link_reports(lead, inc, ids)
    return inc.id, ids


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--reports", type=int, default=500)
    p.add_argument("--runs", type=int, default=5)
    a = p.parse_args()
    from factories import make_office, make_staff

    from ispdesk.core.db import db
    from ispdesk.core.models import ReportEvent, Resolution
    from ispdesk.core.services import incidents
    from ispdesk.core.storage import close_database, open_database

    times: list[float] = []
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp) / "incidente.db")
        staff = make_staff(make_office())
        database = db.obj
        for run in range(1, a.runs + 1):
            incident_id, ids = _scene(staff, a.reports, run)
            begins: list[object] = []
            original = database.begin

            def counting(*args: object, begins: list[object] = begins, original: object = original) -> object:
                begins.append(args)
                return original(*args)  # type: ignore[operator]

            database.begin = counting  # type: ignore[method-assign]
            try:
                t0 = time.perf_counter()
                incidents.resolve_incident(staff["jefe_tecnico"], incident_id, cause_code="red",
                                           action="Se reemplazó el radio de la torre")
                times.append((time.perf_counter() - t0) * 1000)
            finally:
                database.begin = original  # type: ignore[method-assign]
            events = ReportEvent.select().where(ReportEvent.report.in_(ids), ReportEvent.action == "resolved").count()
            resolutions = Resolution.select().where(Resolution.report.in_(ids), Resolution.incident == incident_id
                                                    ).count()
            if (len(begins), events, resolutions) != (1, len(ids), len(ids)):
                print(f"run {run}: {len(begins)} transactions, {events} events, {resolutions} resolutions for "
                      f"{len(ids)} reports", file=sys.stderr)
                ok = False
        close_database()
    med = statistics.median(times)
    print(f"incident resolve: median {med:.0f} ms for {a.reports} reports (one transaction, {a.reports} events); "
          f"min {min(times):.0f}, max {max(times):.0f} over {len(times)} runs (target ≤ {TARGET_MS:.0f} ms)")
    return 0 if ok and med <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
