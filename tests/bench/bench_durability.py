"""What `synchronous=FULL` (the folio promise) costs per `report new`, against yesterday's NORMAL, in the same run.

A folio handed to a customer must survive a power cut. In WAL mode NORMAL syncs the log only at checkpoints, so a
power cut can lose the last commits and hand the same folios out again; FULL syncs the log at every commit. This
measures the price, interleaving both settings so that disk noise falls on both:

1. the service: `reports.open_report` on an office database (median per report);
2. the command line: `python -m ispdesk report new` as a script would call it (median per process);
3. with strace (when installed): the fsync/fdatasync calls of one `report new` under each setting.

The database goes next to --db's folder (default bench-data/, a real disk): on a tmpfs fsync costs nothing and the
figures would say nothing. Exits 1 if the app's connection is not FULL or a check fails; the cost is reported, not
judged (it depends on the disk: a few hundred µs on an SSD with a write cache, 5–20 ms on a spinning disk).

usage: python tests/bench/bench_durability.py [--db bench-data/bench.db] [--reports N] [--processes N]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/factories.py
SRC = Path(__file__).resolve().parents[2] / "src"

SETTINGS = ("normal", "full")
WRAPPER = ("import sys; import ispdesk.core.db as d; d.SQLITE_PRAGMAS['synchronous'] = sys.argv[1]; "
           "from ispdesk.cli import main; sys.exit(main(sys.argv[2:]))")


def _fs_type(folder: Path) -> str:
    try:
        out = subprocess.run(["findmnt", "-n", "-o", "FSTYPE", "-T", str(folder)], capture_output=True, text=True)
        return out.stdout.strip() or "?"
    except OSError:
        return "?"


def _make_office(path: Path) -> None:
    from factories import make_customer, make_office, make_staff

    from ispdesk.core.services import users
    from ispdesk.core.storage import close_database, open_database

    open_database(path)
    staff = make_staff(make_office())
    make_customer(staff["recepcion"])
    users.system_user()
    close_database()


def _service(folder: Path, reports_per_setting: int) -> dict[str, list[float]]:
    """open_report timings (s) per setting, in alternating blocks of 10 on one database per setting."""
    from ispdesk.core import db as db_module
    from ispdesk.core.models import Customer, User
    from ispdesk.core.services import reports
    from ispdesk.core.storage import close_database, open_database

    paths = {s: folder / f"servicio-{s}.db" for s in SETTINGS}
    for p in paths.values():
        _make_office(p)
    times: dict[str, list[float]] = {s: [] for s in SETTINGS}
    original = db_module.SQLITE_PRAGMAS["synchronous"]
    try:
        while len(times["full"]) < reports_per_setting:
            for setting in SETTINGS:
                db_module.SQLITE_PRAGMAS["synchronous"] = setting
                open_database(paths[setting])
                assert db_module.db.execute_sql("PRAGMA synchronous").fetchone()[0] == (1 if setting == "normal"
                                                                                          else 2)
                actor = User.get(User.username == "ana")
                customer = Customer.get()
                for _ in range(10):
                    t = time.perf_counter()
                    reports.open_report(actor, customer, "falla", "telefono", "Sin internet desde la mañana")
                    times[setting].append(time.perf_counter() - t)
                close_database()
    finally:
        db_module.SQLITE_PRAGMAS["synchronous"] = original
    return times


def _cli(folder: Path, processes: int) -> dict[str, list[float]]:
    """Wall time of `report new` processes per setting, alternating."""
    paths = {s: folder / f"cli-{s}.db" for s in SETTINGS}
    for p in paths.values():
        _make_office(p)
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    times: dict[str, list[float]] = {s: [] for s in SETTINGS}
    for _ in range(processes):
        for setting in SETTINGS:
            cmd = [sys.executable, "-c", WRAPPER, setting, "--db", str(paths[setting]), "report", "new", "--customer",
                   "C-01234", "--kind", "falla", "--channel", "telefono", "--description", "Sin internet"]
            t = time.perf_counter()
            res = subprocess.run(cmd, capture_output=True, text=True, env=env)
            times[setting].append(time.perf_counter() - t)
            if res.returncode != 0:
                raise SystemExit(f"report new falló: {res.stderr}")
    return times


def _syncs(folder: Path) -> dict[str, str]:
    """fsync/fdatasync calls of one `report new` under each setting (strace -f -c), or why not."""
    if shutil.which("strace") is None:
        return dict.fromkeys(SETTINGS, "(sin strace)")
    out = {}
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    for setting in SETTINGS:
        path = folder / f"cli-{setting}.db"
        cmd = ["strace", "-f", "-c", "-e", "trace=fsync,fdatasync", sys.executable, "-c", WRAPPER, setting, "--db",
               str(path), "report", "new", "--customer", "C-01234", "--kind", "falla", "--channel", "telefono",
               "--description", "Sin internet"]
        res = subprocess.run(cmd, capture_output=True, text=True, env=env)
        calls = {m.group(2): int(m.group(1)) for m in re.finditer(r"^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?"
                                                                   r"(fsync|fdatasync)\s*$", res.stderr, re.M)}
        out[setting] = ", ".join(f"{n} {name}" for name, n in sorted(calls.items())) or "0 fsync"
    return out


def _ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", default="bench-data/bench.db", help="its folder holds the temporary databases")
    p.add_argument("--reports", type=int, default=200, help="open_report calls per setting")
    p.add_argument("--processes", type=int, default=15, help="report new processes per setting")
    a = p.parse_args()
    base = Path(a.db).resolve().parent
    base.mkdir(parents=True, exist_ok=True)
    from ispdesk.core import db as db_module

    ok = db_module.SQLITE_PRAGMAS["synchronous"] == "full"
    with tempfile.TemporaryDirectory(prefix="durabilidad-", dir=base) as tmp:
        folder = Path(tmp)
        print(f"carpeta: {folder} ({_fs_type(folder)})")
        service = _service(folder, a.reports)
        cli = _cli(folder, a.processes)
        syncs = _syncs(folder)
    print(f"{'':34}{'NORMAL (antes)':>16}{'FULL (ahora)':>16}{'diferencia':>14}")
    for label, times in ((f"open_report, mediana de {a.reports}", service),
                         (f"report new (proceso), mediana de {a.processes}", cli)):
        normal, full = _ms(times["normal"]), _ms(times["full"])
        print(f"{label:34}{normal:>13.2f} ms{full:>13.2f} ms{full - normal:>+11.2f} ms")
    print(f"{'fsync por report new':34}{syncs['normal']:>16}{syncs['full']:>16}")
    print(f"ajuste de la aplicación: synchronous={db_module.SQLITE_PRAGMAS['synchronous']}"
          + ("" if ok else "  ← se esperaba full"))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
