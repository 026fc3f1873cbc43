"""Four processes opening reports at once on one database: every folio unique, none skipped."""

from __future__ import annotations

import multiprocessing as mp

import pytest

from ispdesk.core.folio import parse

PER_PROCESS = 25
PROCESSES = 4


def _worker(target: str, username: str, start: mp.synchronize.Event, out: mp.Queue) -> None:
    from ispdesk.core.models import Customer, User
    from ispdesk.core.services import reports
    from ispdesk.core.storage import open_database

    open_database(target)
    actor = User.get(User.username == username)
    customer = Customer.get(Customer.number == "C-01234")
    start.wait(30)
    folios = []
    try:
        for i in range(PER_PROCESS):
            folios.append(reports.open_report(actor, customer, "falla", "telefono", f"Prueba {username} {i}").folio)
    except Exception as exc:
        out.put(("error", repr(exc)))
        return
    out.put(("ok", folios))


@pytest.mark.slow
def test_parallel_processes_never_share_or_skip_a_folio(database, staff, customer) -> None:
    from ispdesk.core.models import Report, ReportEvent
    from ispdesk.core.storage import close_database, open_database

    close_database()  # the children open their own connections
    ctx = mp.get_context("spawn")
    start = ctx.Event()
    out = ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(database, "ana" if i % 2 else "gerente", start, out))
             for i in range(PROCESSES)]
    for p in procs:
        p.start()
    start.set()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(60)
    errors = [r[1] for r in results if r[0] == "error"]
    assert not errors
    folios = [f for _, fs in results for f in fs]
    assert len(folios) == len(set(folios)) == PER_PROCESS * PROCESSES
    seqs = sorted(parse(f).seq for f in folios)
    assert seqs == list(range(1, PER_PROCESS * PROCESSES + 1))  # sequential, no gaps
    open_database(database)
    assert Report.select().count() == PER_PROCESS * PROCESSES
    assert ReportEvent.select().where(ReportEvent.action == "created").count() == PER_PROCESS * PROCESSES
