"""The history cannot be rewritten (the database refuses) and a rewrite made with the guards dropped is found
(`audit verify`), on both backends."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ispdesk.core.db import db, is_sqlite, write_tx
from ispdesk.core.models import AuditEvent, FolioCounter, Report, ReportEvent
from ispdesk.core.services import audit_log, customers, reports


@pytest.fixture
def history(staff, customer):
    """Two reports with a few events each, and some audit events (a customer edit)."""
    r1 = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet desde ayer")
    reports.assign(staff["jefe_tecnico"], r1, staff["tecnico"])
    reports.add_note(staff["tecnico"], r1, "Revisar antena")
    r2 = reports.open_report(staff["recepcion"], customer, "queja", "oficina", "Me cobraron de más")
    reports.add_note(staff["recepcion"], r2, "Llamar el lunes")
    customers.update_customer(staff["recepcion"], customer, email="nuevo@example.com")
    return r1, r2


def raw(sql: str, params: tuple = ()) -> None:
    """A raw statement, as a script or a SQL console would send it, in its own transaction."""
    with db.atomic():
        db.execute_sql(sql if is_sqlite() else sql.replace("?", "%s"), params)


def refused(sql: str, params: tuple = ()) -> str:
    with pytest.raises(Exception) as info:
        raw(sql, params)
    return str(info.value)


def test_the_chains_of_a_working_database_verify_whole(history) -> None:
    r1, r2 = history
    verdict = audit_log.verify()
    assert verdict.ok, (verdict.problem, verdict.missing)
    assert verdict.reports == 2
    assert verdict.report_events == ReportEvent.select().count() == 5
    assert verdict.audit_events == AuditEvent.select().count() >= 1
    # every event names the one before it; the report row names the last one
    for r in (r1, r2):
        events = list(ReportEvent.select().where(ReportEvent.report == r.id).order_by(ReportEvent.id))
        assert events[0].prev_hash == ""
        assert [e.prev_hash for e in events[1:]] == [e.hash for e in events[:-1]]
        assert Report.get_by_id(r.id).event_head == events[-1].hash


def test_the_database_refuses_to_rewrite_the_timeline(history) -> None:
    r1, _ = history
    first = ReportEvent.select().where(ReportEvent.report == r1.id).order_by(ReportEvent.id).first()
    before = ReportEvent.select().count()
    assert "solo anexado" in refused("UPDATE report_event SET text = 'otro' WHERE id = ?", (first.id,))
    assert "solo anexado" in refused("DELETE FROM report_event WHERE id = ?", (first.id,))
    if is_sqlite():  # REPLACE deletes the old row without firing a DELETE trigger
        assert "solo anexado" in refused(
            "INSERT OR REPLACE INTO report_event (id, report_id, at, user_id, action, from_status, to_status, text, "
            "data_json, prev_hash, hash) VALUES (?, ?, ?, ?, 'created', '', 'abierto', 'falso', '', '', '')",
            (first.id, r1.id, "2026-01-01 00:00:00", first.user_id))
        with pytest.raises(Exception, match="solo anexado"):
            ReportEvent.replace(id=first.id, report=r1.id, at=first.at, user=first.user_id, action="created",
                                text="falso").execute()
    else:
        assert "no se puede vaciar" in refused("TRUNCATE report_event")
        assert "no se puede vaciar" in refused("TRUNCATE report CASCADE")
    assert ReportEvent.select().count() == before
    assert ReportEvent.get_by_id(first.id).text == first.text
    assert audit_log.verify().ok


def test_the_audit_trail_is_append_only_too(history) -> None:
    audit = AuditEvent.select().order_by(AuditEvent.id).first()
    assert "solo anexado" in refused("UPDATE audit_event SET action = 'nada' WHERE id = ?", (audit.id,))
    assert "solo anexado" in refused("DELETE FROM audit_event")
    if is_sqlite():
        assert "solo anexado" in refused(
            "INSERT OR REPLACE INTO audit_event (id, at, entity, entity_id, action, text, data_json, prev_hash, hash) "
            "VALUES (?, '2026-01-01 00:00:00', 'x', '', 'x', '', '', '', '')", (audit.id,))
    else:
        assert "no se puede vaciar" in refused("TRUNCATE audit_event CASCADE")
    assert AuditEvent.get_by_id(audit.id).action == audit.action


@pytest.mark.parametrize(("column", "value"), [
    ("folio", "RIO-26-999999"), ("folio_key", "X"), ("opened_at", "2020-01-01 00:00:00"),
    ("first_resolution_due", "2030-01-01 00:00:00"), ("customer_id", 999),
])
def test_a_report_identity_and_first_promise_never_change(history, column, value) -> None:
    r1, _ = history
    select = f'SELECT "{column}" FROM report WHERE id = {r1.id}'
    before = db.execute_sql(select).fetchone()
    assert "no cambian nunca" in refused(f'UPDATE report SET "{column}" = ? WHERE id = ?', (value, r1.id))
    assert db.execute_sql(select).fetchone() == before


def test_a_report_changes_only_with_an_event(history) -> None:
    r1, _ = history
    # a silent change (no event) is refused, even of a column the services change
    assert "dejan constancia" in refused("UPDATE report SET status = 'cerrado' WHERE id = ?", (r1.id,))
    # so is pointing the head at a made-up hash, or deleting the report
    assert "dejan constancia" in refused("UPDATE report SET status = 'cerrado', event_head = ? WHERE id = ?",
                                         ("f" * 64, r1.id))
    assert "dejan constancia" in refused("DELETE FROM report WHERE id = ?", (r1.id,))
    if is_sqlite():
        assert "dejan constancia" in refused("INSERT OR REPLACE INTO report SELECT * FROM report WHERE id = ?",
                                             (r1.id,))
    assert Report.get_by_id(r1.id).status == "asignado"
    # the services' own transitions still work
    reports.add_note(reports.User.get_by_id(r1.assignee_id), r1, "Sigue")
    assert audit_log.verify().ok


def test_the_folio_counter_only_grows(history, staff, customer) -> None:
    counter = FolioCounter.get()
    assert "sólo avanza" in refused("UPDATE folio_counter SET last = last - 1")
    assert "sólo avanza" in refused("DELETE FROM folio_counter")
    if is_sqlite():
        assert "sólo avanza" in refused("INSERT OR REPLACE INTO folio_counter (id, office_id, year, last) "
                                        "VALUES (?, ?, ?, 0)", (counter.id, counter.office_id, counter.year))
    else:
        assert "no se puede vaciar" in refused("TRUNCATE folio_counter")
    assert FolioCounter.get().last == counter.last == 2
    r3 = reports.open_report(staff["recepcion"], customer, "consulta", "telefono", "¿Cuál es mi plan?")
    assert "-00003-" in r3.folio


def _drop_guards() -> None:
    """What an attacker with the database file would do first."""
    with db.atomic():
        if is_sqlite():
            for (name,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
                if not name.startswith("customer_fts"):
                    db.execute_sql(f'DROP TRIGGER "{name}"')
        else:
            for table in ("report_event", "audit_event", "report", "folio_counter"):
                db.execute_sql(f'ALTER TABLE "{table}" DISABLE TRIGGER USER')


def test_a_raw_edit_with_the_guards_dropped_is_found(history) -> None:
    r1, _ = history
    _drop_guards()
    verdict = audit_log.verify()
    assert not verdict.ok
    assert verdict.problem is None  # the history itself is still whole…
    assert any("report_guard" in m for m in verdict.missing)  # …but the guards are gone, and that is said
    second = ReportEvent.select().where(ReportEvent.report == r1.id).order_by(ReportEvent.id)[1]
    raw("UPDATE report_event SET text = 'Nadie llamó' WHERE id = ?", (second.id,))
    verdict = audit_log.verify()
    assert verdict.folio == r1.folio
    assert f"evento {second.id}" in verdict.problem
    assert "modificado" in verdict.problem


@pytest.mark.parametrize("edit", ["delete_middle", "delete_last", "delete_first", "silent_status", "audit_edit",
                                  "audit_delete", "delete_report"])
def test_every_kind_of_raw_edit_breaks_a_link(history, edit) -> None:
    r1, r2 = history
    events = list(ReportEvent.select().where(ReportEvent.report == r1.id).order_by(ReportEvent.id))
    _drop_guards()
    if edit == "delete_middle":
        raw("DELETE FROM report_event WHERE id = ?", (events[1].id,))
    elif edit == "delete_last":
        raw("DELETE FROM report_event WHERE id = ?", (events[-1].id,))
    elif edit == "delete_first":
        raw("DELETE FROM report_event WHERE id = ?", (events[0].id,))
    elif edit == "silent_status":
        raw("UPDATE report SET status = 'cerrado' WHERE id = ?", (r1.id,))
        # (the status is not in the chain; a silent change shows once it also moves the head or drops an event)
        raw("UPDATE report SET event_head = ? WHERE id = ?", ("0" * 64, r1.id))
    elif edit == "audit_edit":
        audit = AuditEvent.select().order_by(AuditEvent.id).first()
        raw("UPDATE audit_event SET text = 'otra cosa' WHERE id = ?", (audit.id,))
    elif edit == "audit_delete":
        audit = AuditEvent.select().order_by(AuditEvent.id).first()
        raw("DELETE FROM audit_event WHERE id = ?", (audit.id,))
    elif edit == "delete_report":
        raw("DELETE FROM report_event WHERE report_id = ?", (r2.id,)) if not is_sqlite() else None
        raw("DELETE FROM report WHERE id = ?", (r2.id,))
    verdict = audit_log.verify()
    assert verdict.problem is not None, edit
    if edit.startswith("audit"):
        assert "bitácora" in verdict.problem
    elif edit == "delete_report":
        assert "folios entregados" in verdict.problem
    else:
        assert verdict.folio == r1.folio


def test_a_chain_keeps_working_after_a_mass_action(staff, customer) -> None:
    """`apply_many` (a mass outage's actions) writes one chained event per report in one statement."""
    opened = [reports.open_report(staff["recepcion"], customer, "falla", "telefono", f"Sin señal {i}")
              for i in range(3)]
    reports.apply_many(staff["jefe_tecnico"], [r.id for r in opened], "note", text=lambda r: "Falla masiva")
    assert ReportEvent.select().count() == 6
    assert audit_log.verify().ok


def test_audit_events_form_one_chain(history, staff) -> None:
    rows = list(AuditEvent.select().order_by(AuditEvent.id))
    assert rows[0].prev_hash == ""
    assert [a.prev_hash for a in rows[1:]] == [a.hash for a in rows[:-1]]
    assert all(len(a.hash) == 64 for a in rows)


def _cli(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ispdesk", "--db", str(db_path), *args], capture_output=True,
                          text=True, timeout=120)


def test_audit_verify_command(tmp_path) -> None:
    """The contract: «íntegro» and exit 0, or the first broken link with its folio and exit 1."""
    from ispdesk.core.storage import close_database, open_database

    path = tmp_path / "a.db"
    assert _cli(path, "demo", "--customers", "20", "--reports", "40").returncode == 0
    done = _cli(path, "audit", "verify")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "íntegro"
    assert "40 reportes" in done.stdout
    open_database(path)
    victim = ReportEvent.select().order_by(ReportEvent.id)[10]
    folio = Report.get_by_id(victim.report_id).folio
    _drop_guards()
    raw("UPDATE report_event SET text = 'cambiado' WHERE id = ?", (victim.id,))
    with write_tx():
        pass
    close_database()
    broken = _cli(path, "audit", "verify")
    assert broken.returncode == 1
    first = broken.stdout.splitlines()[0]
    assert first.startswith(f"roto: folio {folio}: ")
    assert f"evento {victim.id}" in first
    assert "protecciones" in broken.stdout  # the dropped guards are named too


def _chain_worker(target: str, shared_id: int, tag: int, start, out) -> None:
    from ispdesk.core.models import Customer, User
    from ispdesk.core.services import audit_log
    from ispdesk.core.services import customers as customer_service
    from ispdesk.core.services import reports as report_service
    from ispdesk.core.storage import open_database

    open_database(target)
    desk = User.get(User.username == "ana")
    customer = Customer.get(Customer.number == "C-01234")
    own = Customer.get(Customer.number == f"P-{tag}")  # its own row: only the audit chain is shared
    start.wait(30)
    try:
        for i in range(8):
            report_service.add_note(desk, shared_id, f"Nota {tag}-{i}")  # one report, every process: row lock
            report_service.open_report(desk, customer, "consulta", "telefono", f"Consulta {tag}-{i}")
            customer_service.update_customer(desk, own, notes=f"Nota {tag}-{i}")  # one global audit chain
            if tag == 0:  # a backup's seal while the others write: no event may slip in below it
                audit_log.checkpoint(desk)
    except Exception as exc:
        out.put(("error", repr(exc)))
        return
    out.put(("ok", tag))


@pytest.mark.slow
def test_chains_stay_whole_under_concurrent_writers(database, staff, customer) -> None:
    """Four processes writing events to one report, new reports, and audit events at once: no fork in any chain."""
    import multiprocessing as mp

    from factories import make_customer

    from ispdesk.core.storage import close_database, open_database

    shared = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Compartido")
    for i in range(4):
        make_customer(staff["recepcion"], number=f"P-{i}", name=f"Persona {i}", phones=f"444 123 00{i}0", email="")
    close_database()
    ctx = mp.get_context("spawn")
    start = ctx.Event()
    out = ctx.Queue()
    procs = [ctx.Process(target=_chain_worker, args=(database, shared.id, i, start, out)) for i in range(4)]
    for p in procs:
        p.start()
    start.set()
    results = [out.get(timeout=180) for _ in procs]
    for p in procs:
        p.join(60)
    assert [r for r in results if r[0] == "error"] == []
    open_database(database)
    assert ReportEvent.select().where(ReportEvent.report == shared.id).count() == 1 + 4 * 8
    assert AuditEvent.select().where(AuditEvent.action == "updated").count() >= 4 * 8
    verdict = audit_log.verify()
    assert verdict.ok, (verdict.problem, verdict.missing)
    assert verdict.checkpoints == 8


def _consistent_rewrite(report_id: int, event_id: int) -> None:
    """An attacker who knows the formula: drops the guards, edits an event and re-seals that report's chain, so
    every link and the report's head agree again."""
    _drop_guards()
    with db.atomic():
        db.execute_sql(("UPDATE report_event SET text = 'Nadie llamó' WHERE id = ?" if is_sqlite() else
                        "UPDATE report_event SET text = 'Nadie llamó' WHERE id = %s"), (event_id,))
        audit_log.reseal_report_chains([report_id])


def test_a_consistent_rewrite_is_found_by_the_seal_taken_before(history) -> None:
    r1, _ = history
    seal = audit_log.checkpoint()
    assert audit_log.verify().ok
    second = ReportEvent.select().where(ReportEvent.report == r1.id).order_by(ReportEvent.id)[1]
    _consistent_rewrite(r1.id, second.id)
    verdict = audit_log.verify()
    assert verdict.problem is not None
    assert f"registro {seal.id}" in verdict.problem  # the chain alone would not show it: the seal does


def test_a_printed_seal_finds_even_a_rewritten_trail(history) -> None:
    """The attacker also recomputes the checkpoints and re-chains the whole audit trail: the database agrees with
    itself again, but not with the seal printed on paper before."""
    import hashlib
    import json

    from ispdesk.core.chain import GENESIS, audit_hash

    r1, _ = history
    audit_log.checkpoint()
    printed = audit_log.latest_seal().code
    assert audit_log.verify(anchor=printed).ok
    second = ReportEvent.select().where(ReportEvent.report == r1.id).order_by(ReportEvent.id)[1]
    _consistent_rewrite(r1.id, second.id)
    with db.atomic():  # recompute the checkpoint's digest and re-chain the audit trail
        seg = hashlib.sha256(GENESIS.encode())
        for (h,) in ReportEvent.select(ReportEvent.hash).order_by(ReportEvent.id).tuples():
            seg.update(h.encode())
        prev = GENESIS
        for a in AuditEvent.select().order_by(AuditEvent.id):
            data = a.data_json
            if a.entity == "history":
                d = json.loads(data)
                d["digest"] = seg.hexdigest()
                data = json.dumps(d, ensure_ascii=False, sort_keys=True)
            h = audit_hash(prev, a.at, a.user_id, a.entity, a.entity_id, a.action, a.text, data)
            AuditEvent.update(data_json=data, prev_hash=prev, hash=h).where(AuditEvent.id == a.id).execute()
            prev = h
    verdict = audit_log.verify()
    assert verdict.problem is None  # consistent with itself…
    verdict = audit_log.verify(anchor=printed)
    assert "ya no es el que se imprimió" in verdict.problem  # …but not with the paper


def test_every_backup_seals_the_history_and_the_seal_survives_new_work(history, staff, customer) -> None:
    from ispdesk.core.services import backups

    if backups.unavailable_reason():
        pytest.skip(backups.unavailable_reason())
    backups.backup_now(staff["gerente"])
    seal = audit_log.latest_seal()
    assert seal is not None
    assert seal.through == ReportEvent.select().order_by(ReportEvent.id.desc()).first().id
    reports.open_report(staff["recepcion"], customer, "consulta", "telefono", "Otra pregunta")
    audit_log.checkpoint()
    verdict = audit_log.verify(anchor=seal.code)
    assert verdict.ok, verdict.problem
    assert verdict.checkpoints == 2
    with pytest.raises(Exception, match="sello"):
        audit_log.verify(anchor="12")


def test_audit_seal_command(tmp_path) -> None:
    path = tmp_path / "s.db"
    assert _cli(path, "demo", "--customers", "10", "--reports", "20").returncode == 0
    done = _cli(path, "audit", "seal")
    assert done.returncode == 0, done.stderr
    code = done.stdout.splitlines()[0].removeprefix("sello: ")
    checked = _cli(path, "audit", "verify", "--sello", code)
    assert checked.returncode == 0, checked.stdout
    assert f"el sello {code} coincide" in checked.stdout
    wrong = _cli(path, "audit", "verify", "--sello", code.split(":")[0] + ":00000000")
    assert wrong.returncode == 1
    assert wrong.stdout.startswith("roto: el sello")


def test_the_monthly_summary_carries_the_latest_seal(history) -> None:
    """Printed and filed every month, the summary is where the seal leaves the database."""
    import datetime as dt

    from ispdesk.core.queries.summary import monthly_summary

    today = dt.date.today()
    assert monthly_summary(today.year, today.month).seal == ""
    audit_log.checkpoint()
    summary = monthly_summary(today.year, today.month)
    assert summary.seal == audit_log.latest_seal().code
    assert summary.seal_at is not None


def test_a_seal_waits_for_an_event_still_committing(database, staff, customer) -> None:
    """PostgreSQL hands out event ids before commit: an event with a lower id may commit after a higher one. A seal
    taken between them would leave it out, and `verify` would call the history changed. The seal waits for it."""
    import threading

    if is_sqlite():
        pytest.skip("PostgreSQL only (SQLite has one writer at a time)")
    r1 = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Uno")
    r2 = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Dos")
    inserted, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def slow_writer() -> None:  # its event gets the lower id and commits last
        try:
            with write_tx():
                reports.add_note(staff["recepcion"], r1, "Lento")
                inserted.set()
                release.wait(20)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            db.close()

    def seal() -> None:
        try:
            audit_log.checkpoint()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            db.close()

    writer = threading.Thread(target=slow_writer)
    writer.start()
    assert inserted.wait(20)
    reports.add_note(staff["recepcion"], r2, "Rápido")  # the higher id, committed first
    sealer = threading.Thread(target=seal)
    sealer.start()
    sealer.join(0.5)
    release.set()
    writer.join(20)
    sealer.join(20)
    assert errors == []
    verdict = audit_log.verify()
    assert verdict.ok, verdict.problem
    assert verdict.seal.through == ReportEvent.select().order_by(ReportEvent.id.desc()).first().id
