"""Importing 20,000 customers from a billing system's CSV (Windows-1252, semicolons, quoted addresses with separators
and line breaks, phones in every Mexican format, "$1,299.00" prices, dd/mm/aaaa dates): read, checked and written in
one transaction, into a fresh database; then the same customers again with a changed column (20,000 updates).
Each run is checked: every customer is there, with its phones and search text.

Target: ≤ 10 s per import on SQLite. With --pg (or $ISPDESK_BENCH_PG) the same runs on PostgreSQL are reported.
Exits 1 when over the target or when the checks fail.

usage: python tests/bench/bench_import.py [--rows N] [--pg postgresql://…]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/factories.py

TARGET_S = 10.0
FIRST = ("María", "José", "Begoña", "Iñaki", "Ángel", "Fátima", "Óscar", "Ximena", "Raúl", "Noemí")
LAST = ("Hernández", "Peña", "Núñez", "Ibáñez", "Zúñiga", "Córdova", "Muñoz", "Ávila", "Treviño", "Gómez")
PHONE_FORMS = ("+52 ({a}) {b}-{c}", "044 {a} {b} {c}", "01 {a} {b} {c}", "{a}-{b}-{c}", "+52 1 {a} {b} {c}",
               "({a}) {b} {c}")


def make_csv(path: Path, rows: int, zone: str) -> None:
    rnd = random.Random(11)
    lines = ["No. Cliente;Nombre completo;Teléfono;Celular;Correo;Dirección;Colonia;C.P.;Municipio;Estatus;Zona;Torre;"
             "Paquete;Mensualidad;Día de corte;Fecha de instalación;Coordenadas"]
    for i in range(rows):
        a, b, c = "487", f"{rnd.randrange(100, 999)}", f"{rnd.randrange(1000, 9999)}"
        phone = rnd.choice(PHONE_FORMS).format(a=a, b=b, c=c)
        mobile = rnd.choice(PHONE_FORMS).format(a="444", b=f"{rnd.randrange(100, 999)}", c=f"{i % 10000:04d}")
        address = f"\"Hidalgo {i % 900}; int. {i % 7}\"" if i % 3 else f"\"Juárez {i}\r\nentre Morelos y Allende\""
        lines.append(";".join([
            f"R{i:06d}", f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {rnd.choice(LAST)}", phone,
            mobile if i % 2 else "", f"cliente{i}@correo.mx" if i % 4 else "", address, "Centro", "7961",
            "Rioverde", rnd.choice(("Activo", "Activo", "Activo", "Suspendido", "Baja")), zone, f"T-{i % 24:02d}",
            "20 Mbps", "\"$1,299.00\"" if i % 5 == 0 else "\"399,00\"", str(rnd.choice((1, 5, 10, 15))),
            f"{1 + i % 28:02d}/{1 + i % 12:02d}/20{10 + i % 15}", f"\"21.{i % 9999:04d},-99.{i % 9999:04d}\"",
        ]))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def run(target: str, rows: int, tmp: Path) -> tuple[list[tuple[str, float]], bool]:
    from factories import make_office, make_staff

    from ispdesk.core.models import Customer, CustomerPhone
    from ispdesk.core.search import customer_search_text, search
    from ispdesk.core.services.customer_import import import_customers, read_table
    from ispdesk.core.storage import close_database, open_database

    open_database(target)
    manager = make_staff(make_office())["gerente"]
    out = []
    ok = True
    for label, zone, expect in (("nuevos", "Norte", (rows, 0)), ("actualizados", "Sur", (0, rows))):
        path = tmp / f"clientes-{zone}.csv"
        make_csv(path, rows, zone)
        t0 = time.perf_counter()
        result = import_customers(manager, read_table(path))
        elapsed = time.perf_counter() - t0
        out.append((label, elapsed))
        got = (result.inserted, result.updated)
        if got != expect or result.rejected:
            print(f"  FALLA: {label}: {got} en vez de {expect}, {len(result.rejected)} rechazados", flush=True)
            ok = False
    n = Customer.select().count()
    phones = CustomerPhone.select().count()
    sample = Customer.get(Customer.number == "R000123")
    if n != rows or phones < rows or sample.zone != "Sur" or sample.search_text != customer_search_text(sample) \
            or sample.id not in search("r000123").customer_ids:
        print(f"  FALLA: {n} clientes, {phones} teléfonos, zona {sample.zone}", flush=True)
        ok = False
    close_database()
    return out, ok


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--rows", type=int, default=20_000)
    p.add_argument("--pg", default=os.environ.get("ISPDESK_BENCH_PG", ""))
    a = p.parse_args()
    status = 0
    with tempfile.TemporaryDirectory() as tmp:
        times, ok = run(str(Path(tmp) / "importar.db"), a.rows, Path(tmp))
        for label, elapsed in times:
            verdict = "ok" if elapsed <= TARGET_S else "LENTO"
            print(f"importar {a.rows:,} clientes ({label}) en SQLite: {elapsed:.2f} s (objetivo ≤ {TARGET_S:.0f} s) "
                  f"{verdict}".replace(",", " "), flush=True)
            status |= elapsed > TARGET_S
        status |= not ok
        if a.pg:
            from ispdesk.core.db import make_database

            database = make_database(a.pg)
            database.connect()
            database.execute_sql("DROP SCHEMA IF EXISTS public CASCADE")
            database.execute_sql("CREATE SCHEMA public")
            database.close()
            times, ok = run(a.pg, a.rows, Path(tmp))
            for label, elapsed in times:
                print(f"importar {a.rows:,} clientes ({label}) en PostgreSQL: {elapsed:.2f} s".replace(",", " "),
                      flush=True)
            status |= not ok
    return int(status)


if __name__ == "__main__":
    raise SystemExit(main())
