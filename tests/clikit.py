"""Running the command line from tests: one process, or many at once (concurrency), and a database of either backend
made ready for commands (an office, its manager, a customer)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPORT_NEW = ("report", "new", "--customer", "C-1", "--kind", "falla", "--channel", "web", "--description",
              "Sin internet")


def run(db: str | Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ispdesk", "--db", str(db), *args], capture_output=True, text=True,
                          timeout=120)


def popen(db: str | Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "ispdesk", "--db", str(db), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish(procs: list[subprocess.Popen[str]]) -> list[tuple[int, str, str]]:
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=180)
        out.append((p.returncode, stdout, stderr))
    return out


@pytest.fixture
def office_db(database: str) -> Iterator[str]:
    """Either backend: an office and its manager, made through the services; then closed, so the
    commands under test are the only connections. Customers C-1 and C-2."""
    from ispdesk.core.services import customers, office, users
    from ispdesk.core.storage import close_database, open_database

    off = office.create_office(None, name="Internet Rioverde", folio_prefix="RV", phones="487 873 1703")
    manager = users.bootstrap_manager(off, "gerente", "Gerardo Ríos", "secreto1")
    customers.create_customer(manager, number="C-1", name="Ana Pérez", phones="487 100 2000")
    customers.create_customer(manager, number="C-2", name="Beto Núñez", phones="487 100 3000")
    close_database()
    yield database
    open_database(database)  # the fixture closes it


