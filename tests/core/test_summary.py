"""The monthly summary: every figure checked against counts computed here, independently, from the rows the test
created (read back one by one with the models, judged in plain Python), on both backends, at the month's edges in
the office's time zone (a report opened at 23:59 local on the last day is that month's; 00:00 on the first day of
the next is not)."""

from __future__ import annotations

import csv
import datetime as dt
import statistics
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from factories import make_customer
from hypothesis import given
from hypothesis import strategies as st

from ispdesk.core.clock import set_clock
from ispdesk.core.errors import NotFound, PermissionDenied, ValidationError
from ispdesk.core.models import Pause, Report, ReportEvent, Resolution
from ispdesk.core.queries import summary as sm
from ispdesk.core.services import incidents, reports
from ispdesk.core.services.office import calendar_for
from ispdesk.core.summary_csv import HEADER, summary_rows, write_summary_csv
from ispdesk.core.vocab import CHANNELS, KINDS, STATUSES

TZ = ZoneInfo("America/Mexico_City")
JUDGED_AT = dt.datetime(2026, 8, 20, 18, 0)  # naive UTC: when the summary of July 2026 is asked for


def local(text: str) -> dt.datetime:
    """Office wall-clock time → naive UTC, as stored."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=TZ).astimezone(dt.UTC).replace(tzinfo=None)


@pytest.fixture
def clock():
    """The services' clock, moved by the test: `clock(local text)` sets it."""
    now = {"at": dt.datetime(2026, 6, 1, 12, 0)}
    set_clock(lambda: now["at"])

    def move(text: str) -> dt.datetime:
        now["at"] = local(text)
        return now["at"]

    yield move
    set_clock(None)


@pytest.fixture
def scene(clock, staff):
    """A July 2026 of an office in Mexico City, with reports on both sides of the month's edges and every case
    the definitions distinguish. Returns the reports by letter."""
    desk, tech, lead, boss = staff["recepcion"], staff["tecnico"], staff["jefe_tecnico"], staff["gerente"]
    clock("2026-06-01 09:00")
    c1 = make_customer(desk)  # Norte, plan $399
    c2 = make_customer(desk, number="C-02", name="Begoña Núñez", phones="444 111 2233", billing_day=None)
    c3 = make_customer(desk, number="C-03", name="Íñigo Sur", phones="444 555 6677", zone="Sur", tower="T-09",
                       billing_day=None)
    r: dict[str, Report] = {}

    def new(key: str, customer, kind: str, channel: str, opened: str, **kw) -> Report:
        clock(opened)
        r[key] = reports.open_report(desk, customer, kind, channel, f"Reporte {key}", opened_at=local(opened), **kw)
        return r[key]

    def at(when: str, fn, *args, **kw):
        clock(when)
        return fn(*args, **kw)

    # A: the last minute of July, local time (06:59 of 1 August in UTC); fixed on time
    new("A", c1, "falla", "telefono", "2026-07-31 23:59")
    at("2026-08-01 09:00", reports.assign, lead, r["A"], tech)
    at("2026-08-01 10:00", reports.resolve, tech, r["A"], cause_code="red", action="Se cambió el enlace",
       upheld=True)
    # B, D: just outside July on either side
    new("B", c1, "falla", "whatsapp", "2026-08-01 00:00")
    new("D", c3, "consulta", "web", "2026-06-30 23:59:59")
    # C: the first instant of July; a complaint answered after its 30 business days
    new("C", c2, "queja", "oficina", "2026-07-01 00:00")
    at("2026-08-18 10:00", reports.resolve, lead, r["C"], cause_code="atencion", action="Se habló con el cliente",
       upheld=True)
    # E: waiting for the customer (clock stopped) past its term: not judged against the term in force
    new("E", c1, "falla", "telefono", "2026-07-10 10:00")
    at("2026-07-10 11:00", reports.assign, lead, r["E"], tech)
    at("2026-07-10 12:00", reports.pause, tech, r["E"], "sin_acceso", "No había nadie")
    # F: never touched, term passed: late
    new("F", c1, "falla", "telefono", "2026-07-12 10:00")
    # G: a billing clarification still within its 30 business days: not judged yet
    new("G", c3, "aclaracion", "correo", "2026-07-28 10:00")
    # H: external cause (longer term); fixed after the first promise, within the extension
    new("H", c2, "falla", "oficina", "2026-07-15 09:00")
    at("2026-07-15 09:30", reports.assign, lead, r["H"], tech)
    at("2026-07-15 12:00", reports.reclassify_external, tech, r["H"], "energia", "Sin luz en la colonia")
    at("2026-07-17 09:00", reports.resolve, tech, r["H"], cause_code="energia", action="Volvió la luz",
       upheld=False, upheld_reason="Falla de CFE")
    # I: the customer postponed two days (term moved); fixed after the first promise, within the moved term
    new("I", c2, "falla", "telefono", "2026-07-16 09:00")
    at("2026-07-16 09:10", reports.assign, lead, r["I"], tech)
    at("2026-07-16 10:00", reports.pause, tech, r["I"], "cliente_pospone")
    at("2026-07-18 10:00", reports.resume, tech, r["I"])
    at("2026-07-18 12:00", reports.resolve, tech, r["I"], cause_code="red", action="Se alineó la antena",
       upheld=True)
    # J: declared improcedente the next day (its verdict counts, as not upheld, and on time)
    new("J", c3, "queja", "telefono", "2026-07-05 10:00")
    at("2026-07-06 10:00", reports.dismiss, desk, r["J"], "El cobro era correcto")
    # K: cancelled by the customer unresolved: not judged
    new("K", c3, "cancelacion", "oficina", "2026-07-06 10:00")
    at("2026-07-06 11:00", reports.cancel, desk, r["K"], "Se queda con el servicio")
    # L: fixed on time, closed, reopened, fixed late in its second cycle (verdict and cause are the second's)
    new("L", c1, "falla", "telefono", "2026-07-08 10:00")
    at("2026-07-08 10:05", reports.assign, lead, r["L"], tech)
    at("2026-07-08 15:00", reports.resolve, tech, r["L"], cause_code="equipo_isp", action="Se cambió el router",
       upheld=True)
    at("2026-07-08 16:00", reports.notify_and_close, desk, r["L"], channel="telefono", text="Quedó", confirmed=True)
    at("2026-07-20 10:00", reports.reopen, desk, r["L"], "Volvió a fallar")
    at("2026-07-25 10:00", reports.resolve, tech, r["L"], cause_code="equipo_cliente",
       action="El cliente conectó mal", upheld=False, upheld_reason="Instalación del cliente")
    # M: a question answered by the receptionist it was assigned to
    new("M", c2, "consulta", "whatsapp", "2026-07-20 10:00")
    at("2026-07-20 10:10", reports.assign, lead, r["M"], desk)
    at("2026-07-20 11:00", reports.resolve, desk, r["M"], cause_code="atencion", action="Se explicó", upheld=True)
    # N: a fault of a mass outage in Norte (6 hours, the provider's fault): resolved with the incident
    clock("2026-07-22 09:00")
    outage = incidents.declare(boss, title="Caída de la torre norte", zone="Norte",
                               started_at=local("2026-07-22 08:00"))
    new("N", c2, "falla", "telefono", "2026-07-22 09:00", incident=outage)
    at("2026-07-22 14:00", incidents.resolve_incident, boss, outage, cause_code="red", action="Se cambió el radio",
       ended_at=local("2026-07-22 14:00"))
    r["outage"] = outage
    r["customers"] = (c1, c2, c3)
    clock("2026-08-20 12:00")
    return r


JULY = "ACEFGHIJKLMN"


# --- the independent count ------------------------------------------------------------------------------------

def _first_term(report: Report) -> dt.datetime:
    """The first cycle's term in force: the «reopened» event keeps it; otherwise the row's."""
    if report.cycle == 1:
        return report.resolution_due
    import json

    event = (ReportEvent.select().where(ReportEvent.report == report.id, ReportEvent.action == "reopened")
             .order_by(ReportEvent.id).first())
    return dt.datetime.fromisoformat(json.loads(event.data_json)["previous_due"])


def judge(report: Report, now: dt.datetime) -> dict[str, object]:
    """One report per the documented definitions, read row by row."""
    res = {x.cycle: x for x in Resolution.select().where(Resolution.report == report.id)}
    first = res.get(1)
    current = res.get(report.cycle)
    stopped = Pause.select().where(Pause.report == report.id, Pause.ended_at.is_null(),
                                   Pause.customer_caused == True).exists()  # noqa: E712
    first_due = report.first_resolution_due or report.resolution_due
    if first is not None:
        due, on_time = True, first.resolved_at <= _first_term(report)
        due_first, on_time_first = True, first.resolved_at <= first_due
    else:
        live = report.status != "cancelado"
        due, on_time = live and report.resolution_due < now and not stopped, False
        due_first, on_time_first = live and first_due < now, False
    return {"due": due, "on_time": on_time, "due_first": due_first, "on_time_first": on_time_first,
            "resolved": first is not None, "resolved_at": first.resolved_at if first else None,
            "verdict": None if current is None else current.upheld,
            "cause": (current.cause_code_id, current.cause_category) if current and current.cause_code_id else None}


def independent(ids: list[int], now: dt.datetime) -> dict[str, object]:
    rows = [Report.get_by_id(i) for i in ids]
    cal = calendar_for(rows[0].office)
    out: dict[str, object] = {"total": len(rows), "kind": {}, "channel": {}, "status": {}, "area": {},
                              "judged": {}, "tech": {}, "answer": {}, "solve": {}, "causes": {}, "verdicts": [0, 0, 0]}
    for r in rows:
        j = judge(r, now)
        for key, value in (("kind", r.kind), ("channel", r.channel), ("status", r.status), ("area", r.area_id)):
            out[key][value] = out[key].get(value, 0) + 1  # type: ignore[index]
        k = out["judged"].setdefault(r.kind, [0, 0, 0, 0, 0, 0])  # type: ignore[union-attr]
        for i, flag in enumerate((True, j["resolved"], j["due"], j["on_time"], j["due_first"], j["on_time_first"])):
            k[i] += int(bool(flag))
        if r.assignee_id is not None:
            t = out["tech"].setdefault(r.assignee_id, {"assigned": 0, "resolved": 0, "due": 0, "on_time": 0,  # type: ignore[union-attr]
                                                       "hours": []})
            t["assigned"] += 1
            t["resolved"] += int(bool(j["resolved"]))
            t["due"] += int(bool(j["due"]))
            t["on_time"] += int(bool(j["on_time"]))
        if r.responded_at is not None:
            out["answer"].setdefault(r.kind, []).append(cal.business_hours_between(r.opened_at, r.responded_at))  # type: ignore[union-attr]
        if j["resolved_at"] is not None:
            hours = cal.business_hours_between(r.opened_at, j["resolved_at"])
            out["solve"].setdefault(r.kind, []).append(hours)  # type: ignore[union-attr]
            if r.assignee_id is not None:
                out["tech"][r.assignee_id]["hours"].append(hours)  # type: ignore[index]
        verdicts = out["verdicts"]
        verdicts[0 if j["verdict"] is True else 1 if j["verdict"] is False else 2] += 1  # type: ignore[index]
        if j["cause"]:
            out["causes"][j["cause"]] = out["causes"].get(j["cause"], 0) + 1  # type: ignore[union-attr]
    return out


def _ids(scene, letters: str) -> list[int]:
    return [scene[x].id for x in letters]


# --- the figures ------------------------------------------------------------------------------------------------

def test_every_figure_matches_an_independent_count(scene) -> None:
    s = sm.monthly_summary(2026, 7, now=JUDGED_AT)
    want = independent(_ids(scene, JULY), JUDGED_AT)

    assert s.total == want["total"] == 12
    assert {c.code: c.count for c in s.by_kind} == {k: want["kind"].get(k, 0) for k in KINDS}
    assert {c.code: c.count for c in s.by_channel} == {c: want["channel"].get(c, 0) for c in CHANNELS}
    assert {c.code: c.count for c in s.by_status} == {x: want["status"].get(x, 0) for x in STATUSES}
    assert {c.code: c.count for c in s.by_area if c.count} == want["area"]
    assert (s.upheld, s.not_upheld, s.undecided) == tuple(want["verdicts"])
    assert {(c.code, c.category): c.count for c in s.causes} == want["causes"]
    assert s.internal == sum(n for (_c, cat), n in want["causes"].items() if cat == "interna")
    assert s.external == sum(n for (_c, cat), n in want["causes"].items() if cat == "externa")

    for k in s.kinds:
        judged = want["judged"].get(k.kind, [0] * 6)
        t = k.timing
        assert (t.reports, t.resolved, t.due, t.on_time, t.due_first, t.on_time_first) == tuple(judged), k.kind
        answers, solves = want["answer"].get(k.kind, []), want["solve"].get(k.kind, [])
        for got, values in ((t.answer_median, answers), (t.resolution_median, solves)):
            assert (got is None) == (not values)
            if values:
                assert got == pytest.approx(statistics.median(values), abs=1e-6)
        if solves:
            assert t.resolution_mean == pytest.approx(statistics.fmean(solves), abs=1e-6)
    every = [h for v in want["solve"].values() for h in v]
    assert s.overall.resolution_median == pytest.approx(statistics.median(every), abs=1e-6)
    assert s.overall.due == sum(v[2] for v in want["judged"].values())

    techs = {t.user_id: t for t in s.technicians}
    assert set(techs) == set(want["tech"])
    for uid, w in want["tech"].items():
        t = techs[uid]
        assert (t.assigned, t.resolved, t.due, t.on_time) == (w["assigned"], w["resolved"], w["due"], w["on_time"])
        assert t.resolution_median == (pytest.approx(statistics.median(w["hours"]), abs=1e-6) if w["hours"]
                                       else None)
    assert s.unassigned == s.total - sum(t.assigned for t in s.technicians)


def test_the_definitions_on_the_cases_that_tell_them_apart(scene) -> None:
    """What each case must count as, written out by hand (the independent count agrees, see above)."""
    s = sm.monthly_summary(2026, 7, now=JUDGED_AT)
    falla = s.kind_timing("falla")
    # judged against the term in force: A, F (late, unresolved), H, I, L (first cycle), N; E waits for the customer
    assert (falla.reports, falla.due, falla.on_time) == (7, 6, 5)
    assert falla.on_time_pct == pytest.approx(5 * 100 / 6)
    # against the first promise: H and I were late (extended only later), E's first promise has passed
    assert (falla.due_first, falla.on_time_first) == (7, 3)
    queja = s.kind_timing("queja")  # C late, J (improcedente the next day) on time
    assert (queja.reports, queja.due, queja.on_time) == (2, 2, 1)
    assert s.kind_timing("aclaracion").due == 0  # G: not due yet
    assert s.kind_timing("aclaracion").on_time_pct is None
    assert s.kind_timing("cancelacion").due == 0  # K: cancelled unresolved
    assert s.kind_timing("arco").reports == 0
    # verdicts of the current cycle: L's second resolution (not upheld, external cause)
    assert (s.upheld, s.not_upheld, s.undecided) == (5, 3, 4)
    assert {c.code: c.count for c in s.causes} == {"red": 3, "atencion": 2, "energia": 1, "equipo_cliente": 1}
    assert (s.internal, s.external) == (5, 2)
    tomas = next(t for t in s.technicians if t.username == "tomas")
    assert (tomas.assigned, tomas.resolved, tomas.due, tomas.on_time) == (5, 4, 4, 4)


def test_month_edges_follow_the_office_clock(scene) -> None:
    july = {r for r, in Report.select(Report.id).where(sm.month_scope(2026, 7).where()).tuples()}
    assert july == set(_ids(scene, JULY))
    assert scene["A"].opened_at == dt.datetime(2026, 8, 1, 5, 59)  # already August in UTC
    assert sm.monthly_summary(2026, 8, now=JUDGED_AT).total == 1  # B, opened at 00:00 on 1 August
    assert sm.monthly_summary(2026, 6, now=JUDGED_AT).total == 1  # D, 23:59:59 on 30 June
    start, end = sm.month_bounds(2026, 7, "America/Mexico_City")
    assert (start, end) == (dt.datetime(2026, 7, 1, 6), dt.datetime(2026, 8, 1, 6))


def test_repeat_faults_outages_and_trend(scene) -> None:
    s = sm.monthly_summary(2026, 7, now=JUDGED_AT)
    c1, c2, _c3 = scene["customers"]
    faults: dict[int, int] = {}
    for letter in JULY:
        r = Report.get_by_id(scene[letter].id)
        if r.kind == "falla":
            faults[r.customer_id] = faults.get(r.customer_id, 0) + 1
    repeat = {c: n for c, n in faults.items() if n >= 2}
    assert s.repeat_total == len(repeat) == 2
    assert [(c.customer_id, c.faults) for c in s.repeat_customers] == [(c1.id, 4), (c2.id, 3)]

    (outage,) = s.incidents
    assert outage.id == scene["outage"].id
    assert outage.hours == Decimal("6.00")
    assert outage.compensable
    assert not outage.ongoing
    assert outage.affected == 2  # the two customers of Norte
    assert outage.linked == 1
    # 399 × 6 / 720 = 3.325 → 3.33, plus 20 % = 0.67: 4.00 each
    assert outage.compensation == Decimal("8.00") == s.compensation_total

    assert [(p.year, p.month) for p in s.trend][-3:] == [(2026, 5), (2026, 6), (2026, 7)]
    assert len(s.trend) == 12
    assert [p.reports for p in s.trend][-3:] == [0, 1, 12]
    assert s.previous_total == 1


def test_one_office_of_several_on_its_own_clock(scene, staff) -> None:
    """A second office in Tijuana: its reports are cut at its own midnight and stay out of the first office's."""
    from ispdesk.core.services.office import create_office

    other = create_office(staff["gerente"], name="Internet Tijuana", folio_prefix="TJ", timezone="America/Tijuana")
    customer = make_customer(staff["recepcion"], number="T-1", name="Ana Tijuana", phones="664 100 2000",
                             zone="Playas")
    tj = ZoneInfo("America/Tijuana")
    for text in ("2026-07-31 23:30", "2026-08-01 00:30"):
        opened = dt.datetime.fromisoformat(text).replace(tzinfo=tj).astimezone(dt.UTC).replace(tzinfo=None)
        reports.open_report(staff["recepcion"], customer, "falla", "web", "Sin señal", office=other,
                            opened_at=opened)
    assert sm.monthly_summary(2026, 7, sm.office_by_prefix("tj"), now=JUDGED_AT).total == 1
    assert sm.monthly_summary(2026, 7, sm.office_by_prefix("RV"), now=JUDGED_AT).total == 12
    every = sm.monthly_summary(2026, 7, now=JUDGED_AT)
    assert every.total == 13
    assert every.office_label == "Todas las oficinas"
    assert every.office_prefix == ""
    with pytest.raises(NotFound, match="«XX»"):
        sm.office_by_prefix("XX")


def test_an_empty_month(clock, staff) -> None:
    s = sm.monthly_summary(2026, 7, now=JUDGED_AT)
    assert s.total == 0
    assert s.overall.on_time_pct is None
    assert s.overall.resolution_median is None
    assert [c.count for c in s.by_kind] == [0] * len(KINDS)
    assert (s.technicians, s.causes, s.repeat_total, s.incidents) == ((), (), 0, ())
    rows = summary_rows(s)
    assert ("a_tiempo_pct", "falla", "") in rows
    assert ("total", "reportes", "0") in rows


def test_only_managers_may_see_it(scene, staff) -> None:
    for role in ("gerente", "admin"):
        assert sm.monthly_summary(2026, 7, actor=staff[role], now=JUDGED_AT).total == 12
    for role in ("recepcion", "tecnico", "jefe_tecnico"):
        with pytest.raises(PermissionDenied):
            sm.monthly_summary(2026, 7, actor=staff[role], now=JUDGED_AT)


@pytest.mark.parametrize(("text", "message"), [
    ("2026-13", "no es un mes válido"), ("julio", "AAAA-MM"), ("2026/07", "AAAA-MM"), ("", "no es un mes válido"),
    ("2026-09", "septiembre de 2026 todavía no empieza"),
])
def test_months_are_read_as_people_write_them(clock, staff, text, message) -> None:
    clock("2026-08-31 23:30")  # still August in Mexico City (05:30 of 1 September in UTC)
    with pytest.raises(ValidationError, match=message) as err:
        sm.parse_month(text)
    assert err.value.field == "month"


def test_the_current_month_is_allowed(clock, staff) -> None:
    clock("2026-08-31 23:30")
    assert sm.parse_month(" 2026-08 ") == (2026, 8)
    assert sm.parse_month("2026-1") == (2026, 1)


# --- the CSV ----------------------------------------------------------------------------------------------------

def test_csv_is_the_contract_and_reads_back(scene, tmp_path: Path) -> None:
    s = sm.monthly_summary(2026, 7, now=JUDGED_AT)
    path = tmp_path / "resumen.csv"
    write_summary_csv(s, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the accents
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == HEADER
    values: dict[tuple[str, str], str] = {(a, b): c for a, b, c in rows[1:]}
    assert len(values) == len(rows) - 1  # one figure a row, no duplicates
    want = independent(_ids(scene, JULY), JUDGED_AT)
    assert values["total", "reportes"] == "12"
    for kind in KINDS:
        assert values["por_tipo", kind] == str(want["kind"].get(kind, 0))
        judged = want["judged"].get(kind, [0] * 6)
        expected = "" if judged[2] == 0 else f"{judged[3] * 100 / judged[2]:.1f}"
        assert values["a_tiempo_pct", kind] == expected, kind
    assert values["a_tiempo_pct", "falla"] == "83.3"
    assert values["a_tiempo_pct", "aclaracion"] == ""
    for channel in CHANNELS:
        assert values["por_canal", channel] == str(want["channel"].get(channel, 0))
    for status in STATUSES:
        assert values["por_estado", status] == str(want["status"].get(status, 0))
    assert values["por_tecnico", "tomas"] == "5"
    assert values["por_tecnico", "ana"] == "1"
    assert values["incidentes", "compensacion"] == "8.00"
    assert values["tendencia", "2026-07"] == "12"
    assert values["mes", "periodo"] == "2026-07"
    assert values["oficina", "prefijo"] == "RV"


def test_csv_keys_that_look_like_formulas_are_neutralised(scene, staff, tmp_path: Path) -> None:
    from ispdesk.core.services import users

    odd = users.create_user(staff["gerente"], "-x", "Usuario Raro", "tecnico", "secreto1")
    reports.assign(staff["jefe_tecnico"], scene["F"], odd)
    rows = summary_rows(sm.monthly_summary(2026, 7, now=JUDGED_AT))
    assert ("por_tecnico", "'-x", "1") in rows


# --- business hours ---------------------------------------------------------------------------------------------

@given(a=st.integers(0, 60 * 24 * 90), b=st.integers(0, 60 * 24 * 90))
def test_business_clock_agrees_with_the_calendar(a: int, b: int) -> None:
    from ispdesk.core.calendar import BusinessCalendar

    cal = BusinessCalendar("America/Mexico_City", closed_days=[dt.date(2026, 12, 24)])
    base = dt.datetime(2026, 11, 1, 3, 17)
    first, second = base + dt.timedelta(minutes=a), base + dt.timedelta(minutes=b)
    clock = sm.BusinessClock(cal, min(first, second), max(first, second))
    want = cal.business_hours_between(first.replace(tzinfo=dt.UTC), second.replace(tzinfo=dt.UTC))
    assert clock.hours(first, second) == pytest.approx(want, abs=1e-9)
    us = [(t - dt.datetime(1970, 1, 1)) // dt.timedelta(microseconds=1) for t in (first, second)]
    a_us, b_us, none = clock.before_many([*us, None])
    assert none is None
    assert (b_us - a_us) / 3_600_000_000 == pytest.approx(want, abs=1e-9)
