"""Input that is valid but hostile: a search pasted from a whole e-mail, a demo of a billion customers, a price of
NaN, a phone with the old mobile "1", a customer number typed in decomposed Unicode, folios handed out while
another PC waits for the lock."""

from __future__ import annotations

import multiprocessing as mp
import time
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from faultkit import REPORT_NEW, FaultRecord, facts, run_cli

from ispdesk.core.errors import ValidationError
from ispdesk.core.search import MAX_CHARS, MAX_WORDS, TOO_LONG, fetch_rows, search
from ispdesk.core.services import customers, reports

# --- search cost bounded --------------------------------------------------------------------------------------


def test_a_pasted_essay_is_refused_at_once(customer, fault_log: list[FaultRecord]) -> None:
    essay = " ".join(["palabra"] * 1500)
    t = time.perf_counter()
    result = search(essay)
    elapsed = time.perf_counter() - t
    assert result.refused == TOO_LONG
    assert result.message == TOO_LONG
    assert result.customer_ids == []
    assert elapsed < 0.05
    assert "12 palabras y 200 caracteres" in TOO_LONG
    assert search(" ".join(["maria"] * MAX_WORDS)).customer_ids == [customer.id]  # twelve is fine
    assert search(" ".join(["maria"] * (MAX_WORDS + 1))).refused
    assert search("m" * MAX_CHARS).refused == ""
    assert search("m" * (MAX_CHARS + 1)).refused
    fault_log.append(FaultRecord("Búsqueda enorme (entrada hostil)", "1 500 palabras (antes: 40 s y 1,3 GB)",
                                 "servicio search", TOO_LONG, None, ["respondió en menos de 50 ms",
                                                                      "12 palabras sí buscan"]))


def test_cli_find_refuses_a_long_query(cli_db: Path, fault_log: list[FaultRecord]) -> None:
    res = run_cli("--db", str(cli_db), "customer", "find", *(["ana"] * 40))
    assert res.code == 1
    assert res.err == f"ispdesk: {TOO_LONG}\n"
    assert res.out == ""
    fault_log.append(FaultRecord("Búsqueda enorme (entrada hostil)", "customer find con 40 palabras", "CLI",
                                 res.err, res.code, ["nada buscado"]))


@pytest.fixture
def cli_db(tmp_path: Path) -> Path:
    from faultkit import make_office_db

    path = tmp_path / "cli.db"
    make_office_db(path)
    return path


# --- demo sizes -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("flag", "value"), [("--customers", "200001"), ("--reports", "2000001"),
                                             ("--customers", "0"), ("--reports", "-1"),
                                             ("--customers", str(10 ** 30))])
def test_demo_sizes_are_bounded(tmp_path: Path, flag: str, value: str, fault_log: list[FaultRecord]) -> None:
    path = tmp_path / "demo.db"
    res = run_cli("--db", str(path), "demo", flag, value)
    assert res.code == 1
    assert res.err == ("ispdesk: --customers va de 1 a 200 000 y --reports de 0 a 2 000 000 (datos de demostración: "
                       "más no hacen falta para probar y llenarían el disco).\n")
    assert not path.exists()  # refused before the file was made
    if value == "200001":
        fault_log.append(FaultRecord("Demo desmedida (entrada hostil)", f"demo {flag} {value}", "CLI", res.err,
                                     res.code, ["ningún archivo creado"]))


# --- numbers that are not numbers -------------------------------------------------------------------------------

@pytest.mark.parametrize("price", ["NaN", "nan", "Infinity", "-inf", "sNaN", float("nan"), float("inf"),
                                   Decimal("NaN"), Decimal("-Infinity"),
                                   pytest.param(10 ** 5000, id="int-de-5000-cifras")])
def test_a_price_that_is_not_a_number_is_refused(staff, price: object) -> None:
    from ispdesk.core.models import Customer

    with pytest.raises(ValidationError) as err:
        customers.create_customer(staff["recepcion"], number="C-9", name="Ana", plan_price=price)
    assert err.value.message.startswith("Precio del plan: «")
    assert err.value.message.endswith("» no es una cantidad; escriba p. ej. 399.00")
    assert err.value.field == "plan_price"
    assert Customer.select().count() == 0


@pytest.mark.parametrize(("field", "value", "message"), [
    pytest.param("latitude", float("nan"), "Latitud: debe ser un número.", id="latitud-nan"),
    pytest.param("longitude", "inf", "Longitud: debe ser un número.", id="longitud-inf"),
    pytest.param("billing_day", float("inf"), "Día de corte: un número del 1 al 31.", id="corte-inf"),
    pytest.param("billing_day", float("nan"), "Día de corte: un número del 1 al 31.", id="corte-nan"),
    pytest.param("latitude", 10 ** 400, "Latitud: debe ser un número.", id="latitud-int-enorme"),
])
def test_other_numbers_that_are_not_numbers(staff, customer, field: str, value: object, message: str,
                                            fault_log: list[FaultRecord]) -> None:
    with pytest.raises(ValidationError) as err:
        customers.update_customer(staff["recepcion"], customer, **{field: value})
    assert err.value.message == message
    assert err.value.field == field
    if field == "billing_day" and value != value:
        fault_log.append(FaultRecord("Número no finito (entrada hostil)", "precio NaN/inf, latitud NaN, día de "
                                     "corte inf", "servicio customers", "Precio del plan: escriba una cantidad, p. ej. "
                                     "399.00 — " + message, None, ["nada guardado, el error junto a su campo"]))


# --- phones with the old mobile "1" -----------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["+52 1 444 123 4567", "+5214441234567", "52 1 444 123 4567", "+52 1 444 123",
                                   "044 444 123 4567", "+52 444 123 4567", "521 444 1234567"])
def test_a_phone_typed_with_plus_52_1_finds_the_stored_number(customer, typed: str) -> None:
    result = search(typed)
    assert customer.id in result.customer_ids, typed


def test_cli_finds_the_phone_with_plus_52_1(cli_db: Path) -> None:
    res = run_cli("--db", str(cli_db), "customer", "find", "+52", "1", "444", "101", "1001")
    assert res.code == 0, res.err
    assert res.out.startswith("C-00001\t")


def test_plus_52_1_is_not_a_prefix_of_everything(customer, staff) -> None:
    other = customers.create_customer(staff["recepcion"], number="C-7", name="Otro", phones="521 444 0000")
    assert search("521 444 0000").customer_ids[0] == other.id  # a lada that starts with 521 still works
    assert customer.id not in search("521 444 0000").customer_ids


# --- decomposed Unicode (NFD) -----------------------------------------------------------------------------------

def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_a_customer_number_typed_decomposed_matches(staff, fault_log: list[FaultRecord]) -> None:
    stored = customers.create_customer(staff["recepcion"], number="PEÑA-01", name="José Peña",
                                       last_invoice="FAC-Ñ1")
    typed = _nfd("peña-01")
    assert typed != "peña-01"
    assert customers.get_customer(typed).id == stored.id
    assert customers.identify(typed, _nfd("fac-ñ1")).id == stored.id
    assert search(typed).exact_ids == {stored.id}
    assert [r.number for r in fetch_rows(search(_nfd("José Peña")).customer_ids)] == ["PEÑA-01"]
    twin = _nfd("PEÑA-01")
    with pytest.raises(ValidationError, match="Ya existe un cliente con el número PEÑA-01"):
        customers.create_customer(staff["recepcion"], number=twin, name="Otra")
    again = customers.create_customer(staff["recepcion"], number=_nfd("Ñ-2"), name=_nfd("Begoña"))
    assert again.number == "Ñ-2"
    assert again.name == "Begoña"
    fault_log.append(FaultRecord("Número de cliente en Unicode descompuesto (NFD)", "«peña-01» con la tilde "
                                 "combinante", "servicios get_customer, identify, search, create_customer", "", None,
                                 ["encuentra el guardado en NFC", "no crea un gemelo"]))


def test_cli_normalises_every_argument(cli_db: Path) -> None:
    add = run_cli("--db", str(cli_db), "customer", "add", "--number", _nfd("ñ-10"), "--name", _nfd("Begoña Núñez"))
    assert add.code == 0, add.err
    assert add.out == "Ñ-10\n"
    new = run_cli("--db", str(cli_db), "report", "new", "--customer", _nfd("Ñ-10"), "--kind", "falla", "--channel",
                  "web", "--description", "x")
    assert new.code == 0, new.err
    found = run_cli("--db", str(cli_db), "customer", "find", _nfd("núñez"))
    assert found.out == "Ñ-10\tBegoña Núñez\t\n"


# --- folio order is opening-time order --------------------------------------------------------------------------

PER_PROCESS = 15


def _file_reports(target: str, username: str, start: mp.synchronize.Event, out: mp.Queue) -> None:
    from ispdesk.core.models import Customer, User
    from ispdesk.core.storage import open_database

    open_database(target)
    actor = User.get(User.username == username)
    cust = Customer.get(Customer.number == "C-01234")
    start.wait(30)
    try:
        for i in range(PER_PROCESS):
            reports.open_report(actor, cust, "falla", "telefono", f"{username} {i}")
    except Exception as exc:
        out.put(repr(exc))
        return
    out.put("ok")


@pytest.mark.slow
def test_folio_order_follows_the_opening_time(database, staff, customer, fault_log: list[FaultRecord]) -> None:
    """Three processes filing at once: the folio a report gets and the time it says it was opened agree."""
    from ispdesk.core.folio import parse
    from ispdesk.core.models import Report
    from ispdesk.core.storage import close_database, open_database

    close_database()
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_file_reports, args=(database, name, start, out))
             for name in ("ana", "gerente", "rosa")]
    for p in procs:
        p.start()
    start.set()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(60)
    assert results == ["ok"] * 3
    open_database(database)
    rows = sorted((parse(r.folio).seq, r.opened_at) for r in Report.select(Report.folio, Report.opened_at))
    assert len(rows) == 3 * PER_PROCESS
    times = [t for _, t in rows]
    assert times == sorted(times)
    fault_log.append(FaultRecord("Folios fuera del orden de llegada (entrada hostil)", "3 procesos levantando 15 "
                                 "reportes cada uno a la vez", "servicio open_report", "", None,
                                 ["opened_at no decrece al ordenar por folio (45 reportes)"]))


def test_refused_report_new_writes_nothing(cli_db: Path) -> None:
    before = facts(cli_db)
    res = run_cli("--db", str(cli_db), *REPORT_NEW[:-1], "\u0000\u200b\t ")
    assert res.code == 1
    assert "Descripción" in res.err
    assert facts(cli_db) == before
