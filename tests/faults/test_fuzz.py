"""Hypothesis over every service input and every command-line argument: Unicode of every plane, control characters,
lone surrogates, huge and non-finite numbers, wrong types. Whatever comes in: no crash (only `DomainError`, which
every screen and the command line show as a message), no traceback, exit code 0, 1 or 2, and nothing written when
refused (every table hashed before and after).

The examples are the same on every run (the "repro" profile, tests/conftest.py); HYPOTHESIS_PROFILE=explore looks
for new ones."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from faultkit import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ispdesk.core.db import db
from ispdesk.core.errors import DomainError

pytestmark = pytest.mark.slow
# 60 examples a test in CI (the whole file in about a minute); the "explore" profile's own count otherwise.
_EXAMPLES = 60 if os.environ.get("HYPOTHESIS_PROFILE", "repro") == "repro" else settings().max_examples
FUZZ = settings(max_examples=_EXAMPLES,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], deadline=None)

# --- hostile values -------------------------------------------------------------------------------------------

SPECIAL_TEXT = ["", " ", "\t\n", "NaN", "nan", "inf", "-Infinity", "1e309", "9" * 400, "-0", "0x1F", "١٢٣",
                "ＲＶ２６-０００１", "C-01234", "c-01234", "Peña", "Pen\u0303a", "\u200b", "\u202eabc", "a\u0000b",
                "\udcff",
                "'; DROP TABLE report; --", "%s %d {0}", "\\", "🙂" * 50, "x" * 5001, "falla", "telefono",
                "+52 1 444 123 4567", "RV26-00001-7", "2026-02-30", "ana", "gerente", "sistema"]

text = st.one_of(
    st.text(st.characters(codec=None, exclude_categories=()), max_size=60),  # every plane, controls, surrogates
    st.text(st.characters(min_codepoint=0, max_codepoint=0x3FF), max_size=300),
    st.sampled_from(SPECIAL_TEXT),
)
numbers = st.one_of(st.integers(), st.integers(min_value=-(10 ** 40), max_value=10 ** 40),
                    st.floats(allow_nan=True, allow_infinity=True),
                    st.decimals(allow_nan=True, allow_infinity=True), st.booleans())
datetimes = st.one_of(st.datetimes(), st.datetimes(timezones=st.timezones()),
                      st.sampled_from([dt.datetime.min, dt.datetime.max, dt.datetime(1, 1, 1, tzinfo=dt.UTC)]))
anything = st.one_of(text, numbers, st.none(), datetimes, st.lists(text, max_size=3), st.binary(max_size=20),
                     st.just(object()))


# --- nothing written on refusal -------------------------------------------------------------------------------

def snapshot() -> dict[str, str]:
    """A hash of every row of every table (the search index's own tables follow the customer table)."""
    out = {}
    for table in sorted(db.get_tables()):
        if table.startswith("customer_fts"):
            continue
        rows = db.execute_sql(f'SELECT * FROM "{table}"').fetchall()
        out[table] = hashlib.sha256(repr(sorted(map(repr, rows))).encode()).hexdigest()
    return out


def call(fn: Any, *args: Any, **kwargs: Any) -> object:
    """Run a service call: it returns, or refuses with a DomainError and writes nothing."""
    before = snapshot()
    try:
        return fn(*args, **kwargs)
    except DomainError as exc:
        refused = exc
    assert refused.message
    assert snapshot() == before, f"{fn.__name__} refused ({refused.message}) but wrote"
    return refused


# --- services -------------------------------------------------------------------------------------------------

CUSTOMER_FIELDS = ["number", "name", "phones", "email", "address", "colonia", "municipio", "state", "postal_code",
                   "references", "zone", "tower", "plan", "plan_price", "billing_day", "status", "notes",
                   "latitude", "longitude", "last_invoice"]


@FUZZ
@given(data=st.dictionaries(st.sampled_from(CUSTOMER_FIELDS), anything, max_size=8), role=st.sampled_from(
    ["recepcion", "tecnico", "gerente", "admin"]))
def test_create_customer(staff, data: dict[str, Any], role: str) -> None:
    from ispdesk.core.services import customers

    data.setdefault("number", "X")
    data.setdefault("name", "Y")
    call(customers.create_customer, staff[role], **data)


@FUZZ
@given(data=st.dictionaries(st.sampled_from(CUSTOMER_FIELDS), anything, max_size=8))
def test_update_customer(staff, customer, data: dict[str, Any]) -> None:
    from ispdesk.core.services import customers

    call(customers.update_customer, staff["recepcion"], customer, **data)


@FUZZ
@given(number=anything, invoice=anything, query=anything)
def test_lookups(customer, number: Any, invoice: Any, query: Any) -> None:
    from ispdesk.core.search import search
    from ispdesk.core.services import customers

    for fn, args in ((customers.get_customer, (number,)), (customers.identify, (number, invoice))):
        if isinstance(args[0], int | str):
            call(fn, *args)
    if isinstance(query, str):
        result = call(search, query)
        assert not isinstance(result, DomainError)


@FUZZ
@given(kind=st.one_of(st.sampled_from(["falla", "queja", "arco"]), anything),
       channel=st.one_of(st.sampled_from(["telefono", "web"]), anything), description=anything,
       location=anything, contact_phone=anything, visit_window=anything,
       documents=st.lists(anything, max_size=3), priority=st.one_of(st.just("normal"), anything),
       role=st.sampled_from(["recepcion", "tecnico", "gerente"]))
def test_open_report(staff, customer, kind, channel, description, location, contact_phone, visit_window,
                     documents, priority, role) -> None:
    from ispdesk.core.services import reports

    result = call(reports.open_report, staff[role], customer, kind, channel, description, location=location,
                  contact_phone=contact_phone, visit_window=visit_window, documents=documents, priority=priority)
    if not isinstance(result, DomainError):
        from ispdesk.core.models import ReportEvent

        assert ReportEvent.select().where(ReportEvent.report == result.id,  # type: ignore[attr-defined]
                                          ReportEvent.action == "created").count() == 1


REASONS = st.sampled_from(["cliente_pospone", "sin_acceso", "refacciones"])
CAUSES = st.sampled_from(["equipo_isp", "equipo_cliente", "red"])
ACTIONS = {
    "assign": lambda d: ((d.draw(st.one_of(st.sampled_from(["tecnico", "jefe_tecnico"]), anything)),),
                         {"note": d.draw(anything)}),
    "unassign": lambda d: ((), {"note": d.draw(anything)}),
    "set_area": lambda d: ((d.draw(st.one_of(st.sampled_from(["tecnica", "facturacion"]), anything)),),
                           {"note": d.draw(anything)}),
    "start": lambda d: ((), {"note": d.draw(anything)}),
    "pause": lambda d: ((d.draw(st.one_of(REASONS, anything)),), {"note": d.draw(anything)}),
    "resume": lambda d: ((), {"note": d.draw(anything)}),
    "change_status": lambda d: ((d.draw(anything),), {"note": d.draw(anything)}),
    "add_note": lambda d: ((d.draw(anything),), {}),
    "schedule_visit": lambda d: ((d.draw(st.one_of(datetimes, anything)),),
                                 {"ends_at": d.draw(st.one_of(st.none(), datetimes, anything)),
                                  "note": d.draw(anything)}),
    "record_visit": lambda d: ((d.draw(st.one_of(datetimes, anything)),), {"note": d.draw(anything)}),
    "arrive": lambda d: ((), {"note": d.draw(anything)}),
    "visit_result": lambda d: ((d.draw(st.one_of(st.sampled_from(["realizada", "fallida"]), anything)),),
                               {"note": d.draw(anything)}),
    "resolve": lambda d: ((), {"cause_code": d.draw(st.one_of(CAUSES, anything)),
                               "action": d.draw(anything), "upheld": d.draw(anything), "cause": d.draw(anything),
                               "equipment": d.draw(anything), "upheld_reason": d.draw(anything)}),
    "reclassify_external": lambda d: ((d.draw(anything),), {"note": d.draw(anything)}),
    "notify_customer": lambda d: ((), {"channel": d.draw(st.one_of(st.just("telefono"), anything)),
                                       "text": d.draw(anything), "when": d.draw(st.one_of(st.none(), datetimes)),
                                       "confirmed": d.draw(anything)}),
    "close": lambda d: ((), {"note": d.draw(anything)}),
    "notify_and_close": lambda d: ((), {"channel": d.draw(anything), "text": d.draw(anything),
                                        "confirmed": d.draw(anything)}),
    "dismiss": lambda d: ((d.draw(anything),), {}),
    "cancel": lambda d: ((d.draw(anything),), {}),
    "reopen": lambda d: ((d.draw(anything),), {}),
    "edit_report": lambda d: ((), d.draw(st.dictionaries(st.sampled_from(
        ["description", "location", "contact_phone", "visit_window", "priority", "kind", "channel", "bogus"]),
        anything, max_size=3))),
    "add_attachment": lambda d: ((d.draw(anything),), {"note": d.draw(anything)}),
}


@pytest.fixture
def report_pool(staff, customer):
    """Reports in several states, so that actions meet both their allowed and their refused starting points."""
    from ispdesk.core.services import reports

    desk, tech, lead = staff["recepcion"], staff["tecnico"], staff["jefe_tecnico"]
    pool = [reports.open_report(desk, customer, "falla", "telefono", f"Prueba {i}") for i in range(5)]
    reports.assign(lead, pool[1], tech)
    reports.assign(lead, pool[2], tech)
    reports.start(tech, pool[2])
    reports.assign(lead, pool[3], tech)
    reports.resolve(tech, pool[3], cause_code="equipo_isp", action="Se reorientó la antena", upheld=True)
    reports.cancel(desk, pool[4], "Llamó por error")
    return [r.id for r in pool]


@FUZZ
@given(data=st.data())
def test_every_report_action(staff, report_pool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data) -> None:
    from ispdesk.core.services import reports

    monkeypatch.chdir(tmp_path)
    name = data.draw(st.sampled_from(sorted(ACTIONS)))
    args, kwargs = ACTIONS[name](data)
    if name == "assign" and args[0] in ("tecnico", "jefe_tecnico"):
        args = (staff[args[0]],)
    actor = staff[data.draw(st.sampled_from(["recepcion", "tecnico", "jefe_tecnico", "gerente", "admin"]))]
    report_id = data.draw(st.sampled_from(report_pool))
    call(getattr(reports, name), actor, report_id, *args, **kwargs)


@FUZZ
@given(value=anything)
def test_folio_phones_and_text(value: Any) -> None:
    from ispdesk.core import folio, phones, text

    for fn in (folio.parse, phones.normalize_phone, phones.normalize_phones,
               lambda v: text.clean_text(v, "Campo", max_len=50), text.clean_email, text.number_key):
        try:
            out = fn(value)
        except DomainError as exc:
            message = exc.message
            assert message
            continue
        except (TypeError, AttributeError):
            assert not isinstance(value, str)  # a wrong type from code, never from a form (forms give str)
            continue
        if isinstance(out, str):
            assert not any(0xD800 <= ord(c) <= 0xDFFF for c in out) or fn is folio.parse


def test_fuzz_values_reach_the_interesting_cases() -> None:
    """The strategies do produce what this file claims (a guard against a strategy quietly narrowed)."""
    assert Decimal("NaN") != Decimal("NaN")
    assert "\udcff" in SPECIAL_TEXT
    assert "a\u0000b" in SPECIAL_TEXT


# --- the command line -----------------------------------------------------------------------------------------

cli_text = st.one_of(
    st.text(st.characters(codec=None, exclude_characters="\x00"), max_size=40),  # the OS passes no NUL in argv
    st.sampled_from([t for t in SPECIAL_TEXT if "\x00" not in t]),
)


@pytest.fixture
def cli_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from faultkit import make_office_db

    path = tmp_path / "cli.db"
    make_office_db(path)
    monkeypatch.chdir(tmp_path)  # a relative -o or --receipt lands here, not in the repository
    return path


def _db_snapshot(path: Path) -> str:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                            "'customer_fts%' ORDER BY name")]
        h = hashlib.sha256()
        for t in tables:
            h.update(repr(sorted(map(repr, con.execute(f'SELECT * FROM "{t}"').fetchall()))).encode())
        return h.hexdigest()
    finally:
        con.close()


def _check_cli(path: Path, args: list[str]) -> None:
    before = _db_snapshot(path)
    res = run_cli("--db", str(path), *args)
    assert res.code in (0, 1, 2), (args, res)
    assert "Traceback" not in res.err
    if res.code != 0:
        assert _db_snapshot(path) == before, (args, res)
    if res.code == 1:
        assert res.err.startswith(("ispdesk: ", "Sin coincidencias para"))


def _templates(t: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    kinds = st.one_of(st.sampled_from(["falla", "queja"]), t)
    channels = st.one_of(st.sampled_from(["telefono", "web"]), t)
    customer = st.one_of(st.sampled_from(["C-00001", "c-00002"]), t)
    folio = st.one_of(st.sampled_from(["RV26-00001-7", "rv26000017"]), t)
    user = st.one_of(st.sampled_from(["gerente", "ana"]), t)
    return st.one_of(
        st.tuples(t, t, t, t, t, user).map(lambda v: ["customer", "add", "--number", v[0], "--name", v[1], "--phone",
                                                       v[2], "--email", v[3], "--address", v[4], "--user", v[5]]),
        st.tuples(st.lists(t, min_size=1, max_size=5), t).map(lambda v: ["customer", "find", *v[0], "--limit",
                                                                          v[1]]),
        st.tuples(customer, kinds, channels, t, t, user).map(
            lambda v: ["report", "new", "--customer", v[0], "--kind", v[1], "--channel", v[2], "--description", v[3],
                       "--location", v[4], "--user", v[5]]),
        st.tuples(customer, t).map(lambda v: ["report", "new", "--customer", v[0], "--kind", "falla", "--channel",
                                              "web", "--description", "x", "--receipt", v[1]]),
        folio.map(lambda f: ["report", "show", f]),
        st.tuples(folio, channels, st.sampled_from(["si", "no"]), t, user).map(
            lambda v: ["report", "close", v[0], "--notified-via", v[1], "--confirmed", v[2], "--text", v[3], "--user",
                       v[4]]),
        st.tuples(folio, t).map(lambda v: ["receipt", v[0], "-o", v[1]]),
        st.tuples(folio, t).map(lambda v: ["workorder", v[0], "-o", v[1]]),
        st.tuples(t, t, t).map(lambda v: ["demo", "--customers", v[0], "--reports", v[1], "--seed", v[2]]),
        st.tuples(st.sampled_from(["customer", "report", "receipt", "workorder", "demo"]),
                  st.lists(t, max_size=6)).map(lambda v: [v[0], *v[1]]),
    )


@FUZZ
@given(args=_templates(cli_text))
def test_every_cli_argument(cli_path: Path, args: list[str]) -> None:
    _check_cli(cli_path, args)


@FUZZ
@given(args=_templates(st.one_of(st.integers().map(str), st.floats().map(str),
                                 st.decimals(allow_nan=True).map(str), st.sampled_from(["1e999", "-1", "0"]))))
def test_every_cli_argument_as_numbers(cli_path: Path, args: list[str]) -> None:
    _check_cli(cli_path, args)
