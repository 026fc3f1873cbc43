"""The manager's start screen: each figure equals the number of reports its list shows, and both agree with the
rows judged one by one here (the queues' own urgency rule), on both backends."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from factories import make_customer

from ispdesk.core.clock import set_clock
from ispdesk.core.models import Pause, Report
from ispdesk.core.queries.common import urgency
from ispdesk.core.queries.dashboard import FIGURES, dashboard, figure_reports
from ispdesk.core.services import incidents, reports
from ispdesk.core.vocab import ACTIVE_STATUSES

TZ = ZoneInfo("America/Mexico_City")


def local(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=TZ).astimezone(dt.UTC).replace(tzinfo=None)


@pytest.fixture
def clock():
    now = {"at": dt.datetime(2026, 6, 1, 12, 0)}
    set_clock(lambda: now["at"])

    def move(text: str) -> dt.datetime:
        now["at"] = local(text)
        return now["at"]

    yield move
    set_clock(None)


NOW = "2026-07-15 12:00"


@pytest.fixture
def office_day(clock, staff):
    """Mid-July: faults overdue, due later today, waiting for the customer, unassigned, one per technician;
    reports opened around the edges of June and July."""
    desk, tech, lead = staff["recepcion"], staff["tecnico"], staff["jefe_tecnico"]
    clock("2026-06-01 09:00")
    c = make_customer(desk)
    made = {}

    def new(key, opened, kind="falla"):
        clock(opened)
        made[key] = reports.open_report(desk, c, kind, "telefono", key, opened_at=local(opened))

    new("june_early", "2026-06-01 00:00")  # June (whole)
    new("june_same_day", "2026-06-15 11:00")  # June, before the same point of the month
    new("june_late", "2026-06-30 23:59")  # June, after it
    new("overdue", "2026-07-13 10:00")  # 24 natural hours: due on the 14th
    new("today", "2026-07-14 18:00")  # due 18:00 today
    new("tomorrow", "2026-07-15 09:00")  # due tomorrow
    new("waiting", "2026-07-13 09:00")  # due yesterday, but the customer stopped the clock
    new("inbox", "2026-07-01 00:00", "aclaracion")  # July's first minute; due at the billing cut-off (the 5th)
    clock("2026-07-14 10:00")
    for key in ("overdue", "today", "waiting"):
        reports.assign(lead, made[key], tech)
    reports.pause(tech, made["waiting"], "sin_acceso")
    clock("2026-07-15 08:00")
    incidents.declare(lead, title="Sin señal en Norte", zone="Norte", started_at=local("2026-07-15 07:00"))
    clock(NOW)
    return made


def _judged(now: dt.datetime) -> dict[str, set[int]]:
    """Every figure's reports, judged row by row with the queues' urgency rule."""
    out: dict[str, set[int]] = {f: set() for f in ("active", "overdue", "due_today", "unassigned")}
    end_of_day = local("2026-07-16 00:00")
    for r in Report.select():
        if r.status not in ACTIVE_STATUSES:
            continue
        paused = Pause.select().where(Pause.report == r.id, Pause.ended_at.is_null(),
                                      Pause.customer_caused == True).exists()  # noqa: E712
        out["active"].add(r.id)
        if urgency(r.resolution_due, status=r.status, paused=paused, now=now) == "overdue":
            out["overdue"].add(r.id)
        if not paused and now <= r.resolution_due < end_of_day:
            out["due_today"].add(r.id)
        if r.assignee_id is None:
            out["unassigned"].add(r.id)
    return out


def test_figures_match_their_lists_and_the_rows(office_day, staff) -> None:
    now = local(NOW)
    d = dashboard(now=now)
    want = _judged(now)
    for figure in ("active", "overdue", "due_today", "unassigned"):
        got = figure_reports(figure, now=now)
        assert {r.id for r in got.rows} == want[figure], figure
        assert getattr(d, figure) == got.total == len(want[figure]), figure
    assert {r.id for r in figure_reports("overdue", now=now).rows} == {
        office_day[k].id for k in ("june_early", "june_same_day", "june_late", "overdue", "inbox")}
    assert {r.id for r in figure_reports("due_today", now=now).rows} == {office_day["today"].id}
    assert d.incidents == 1


def test_load_per_technician(office_day, staff) -> None:
    now = local(NOW)
    d = dashboard(now=now)
    tomas = next(t for t in d.load if t.username == "tomas")
    assert (tomas.active, tomas.overdue) == (3, 1)  # the one waiting for the customer is not overdue
    rosa = next(t for t in d.load if t.username == "rosa")
    assert (rosa.active, rosa.overdue) == (0, 0)
    mine = figure_reports("technician", user=staff["tecnico"], now=now)
    assert {r.id for r in mine.rows} == {office_day[k].id for k in ("overdue", "today", "waiting")}


def test_this_month_against_last_month(office_day) -> None:
    now = local(NOW)
    d = dashboard(now=now)
    assert (d.year, d.month) == (2026, 7)
    assert d.this_month == 5  # July: inbox (00:00 of the 1st), waiting, overdue, today, tomorrow
    assert d.last_month == 3
    assert d.last_month_to_date == 2  # June 1st and June 15th 11:00 are before "June 15th 12:00"
    july = figure_reports("this_month", now=now)
    assert [r.opened_at for r in july.rows] == sorted((r.opened_at for r in july.rows), reverse=True)  # newest first
    assert july.total == 5
    assert {r.id for r in figure_reports("last_month", now=now).rows} == {
        office_day[k].id for k in ("june_early", "june_same_day", "june_late")}


def test_a_long_list_is_cut_and_says_how_long_it_was(office_day) -> None:
    now = local(NOW)
    cut = figure_reports("active", now=now, limit=2)
    assert len(cut.rows) == 2
    assert cut.total == dashboard(now=now).active
    assert cut.cut
    assert [r.resolution_due for r in cut.rows] == sorted(r.resolution_due for r in cut.rows)


def test_unknown_figure(office_day) -> None:
    assert "overdue" in FIGURES
    with pytest.raises(ValueError, match="cifra desconocida"):
        figure_reports("nada", now=local(NOW))
