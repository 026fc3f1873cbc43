"""Every action from every status, through the real services: an allowed transition writes its row change and one
event; a forbidden one is refused with a Spanish message and writes nothing. The buttons the screens enable
(`queries.allowed_actions`) agree with what the services accept. Plus the clock rules: waiting, reopening."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from ispdesk.core import clock
from ispdesk.core.errors import DomainError, InvalidTransition
from ispdesk.core.models import Report, ReportEvent, Setting
from ispdesk.core.queries import ACTION_RULES, allowed_actions, report_detail
from ispdesk.core.services import reports
from ispdesk.core.services.reports import RULES
from ispdesk.core.vocab import Status


def _in_status(ctx: dict, status: Status) -> Report:
    """A fault brought to `status` the way an office would."""
    desk, mgr, tech = ctx["staff"]["recepcion"], ctx["staff"]["gerente"], ctx["staff"]["tecnico"]
    r = reports.open_report(desk, ctx["customer"], "falla", "telefono", "Sin internet")
    if status == Status.ABIERTO:
        return r
    if status == Status.CANCELADO:
        return reports.cancel(desk, r, "Ya le funcionó")
    if status == Status.IMPROCEDENTE:
        return reports.dismiss(desk, r, "El servicio no es nuestro")
    r = reports.assign(mgr, r, tech)
    if status == Status.ASIGNADO:
        return r
    if status in (Status.EN_PROCESO, Status.EN_ESPERA):
        r = reports.start(tech, r)
        return reports.pause(tech, r, "sin_acceso") if status == Status.EN_ESPERA else r
    r = reports.resolve(tech, r, cause_code="red", action="Se cambió el conector", upheld=True)
    if status == Status.RESUELTO:
        return r
    reports.notify_customer(desk, r, channel="telefono", text="Se le explicó", confirmed=True)
    return reports.close(desk, r)


def _photo(ctx: dict) -> str:
    path: Path = ctx["tmp"] / "foto.jpg"
    path.write_bytes(b"\xff\xd8\xff" + b"0" * 64)
    return str(path)


def _incident(ctx: dict) -> int:
    from ispdesk.core.models import Incident

    return Incident.create(office=ctx["office"], title="Caída T-03", zone="Norte", started_at=clock.now_utc(),
                           created_by=ctx["staff"]["gerente"]).id


# The action as the manager would do it (the manager may do all of them).
DO: dict[str, Callable[[dict, Report], object]] = {
    "assigned": lambda c, r: reports.assign(c["actor"], r, c["staff"]["jefe_tecnico"]),
    "area": lambda c, r: reports.set_area(c["actor"], r, "facturacion"),
    "status": lambda c, r: reports.start(c["actor"], r),
    "paused": lambda c, r: reports.pause(c["actor"], r, "cliente_pospone"),
    "resumed": lambda c, r: reports.resume(c["actor"], r),
    "note": lambda c, r: reports.add_note(c["actor"], r, "Nota"),
    "visit": lambda c, r: reports.schedule_visit(c["actor"], r, clock.now_utc() + dt.timedelta(days=1),
                                                 technician=c["staff"]["tecnico"]),
    "onsite": lambda c, r: reports.arrive(c["actor"], r),
    "visit_done": lambda c, r: reports.visit_result(c["actor"], r, "realizada"),
    "resolved": lambda c, r: reports.resolve(c["actor"], r, cause_code="clima", action="Se reorientó",
                                             upheld=False, upheld_reason="Fue el clima"),
    "reclassified": lambda c, r: reports.reclassify_external(c["actor"], r, "clima"),
    "notified": lambda c, r: reports.notify_customer(c["actor"], r, channel="whatsapp", text="Avisado"),
    "closed": lambda c, r: reports.close(c["actor"], r),
    "dismissed": lambda c, r: reports.dismiss(c["actor"], r, "No procede"),
    "cancelled": lambda c, r: reports.cancel(c["actor"], r, "Lo retiró"),
    "reopened": lambda c, r: reports.reopen(c["actor"], r, "Volvió a fallar"),
    "edited": lambda c, r: reports.edit_report(c["actor"], r, description="Sin internet en la sala"),
    "incident": lambda c, r: reports.link_incident(c["actor"], r, _incident(c)),
    "attachment": lambda c, r: reports.add_attachment(c["actor"], r, _photo(c)),
}
# What must hold before the action besides the status (set up when the status allows it).
PREPARE: dict[str, Callable[[dict, Report], object]] = {
    "closed": lambda c, r: r.status == Status.RESUELTO and reports.notify_customer(
        c["staff"]["recepcion"], r, channel="telefono", text="Avisado"),
}
KEY_OF = {rule: key for key, rule in ACTION_RULES.items()}


def test_every_action_has_a_case() -> None:
    assert set(DO) == set(RULES)


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("action", list(RULES))
def test_transition_matrix(database, office, staff, customer, tmp_path, status: Status, action: str) -> None:
    ctx = {"actor": staff["gerente"], "staff": staff, "customer": customer, "office": office, "tmp": tmp_path}
    r = _in_status(ctx, status)
    if action == "visit_done" and status in RULES["visit"].allowed_from:
        reports.schedule_visit(staff["gerente"], r, dt.datetime.now(dt.UTC) + dt.timedelta(hours=1),
                               technician=staff["tecnico"])
        r = Report.get_by_id(r.id)
    if action in PREPARE:
        PREPARE[action](ctx, r)
    status_now = Report.get_by_id(r.id).status
    allowed = status_now in RULES[action].allowed_from
    key = KEY_OF.get(action)
    if key is not None:
        assert (key in allowed_actions(staff["gerente"], r.id)) is allowed, (key, status_now)
    before = (ReportEvent.select().count(), Report.get_by_id(r.id).__data__)
    if allowed:
        DO[action](ctx, r)
        assert ReportEvent.select().count() == before[0] + 1
        last = ReportEvent.select().order_by(ReportEvent.id.desc()).first()
        assert (last.action, last.from_status) == (action, status_now)
        target = RULES[action].to
        if target is not None:
            assert Report.get_by_id(r.id).status == target
        return
    with pytest.raises(InvalidTransition) as exc:
        DO[action](ctx, r)
    assert "No se puede" in exc.value.message
    assert (ReportEvent.select().count(), Report.get_by_id(r.id).__data__) == before


def test_a_technician_acts_only_on_own_reports_and_never_assigns(staff, customer) -> None:
    mine = reports.assign(staff["gerente"], reports.open_report(staff["recepcion"], customer, "falla", "telefono",
                                                                "Uno"), staff["tecnico"])
    other = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Dos")
    tech = staff["tecnico"]
    assert {"start", "pause", "visit", "onsite", "resolve", "note", "attach"} <= allowed_actions(tech, mine.id)
    assert not allowed_actions(tech, other.id) & {"start", "resolve", "note", "assign", "close"}
    assert "assign" not in allowed_actions(tech, mine.id)
    assert {"assign", "start", "resolve"} <= allowed_actions(staff["jefe_tecnico"], other.id)


def test_customer_wait_stops_the_clock_and_a_provider_wait_does_not(staff, customer, frozen) -> None:
    tech, mgr = staff["tecnico"], staff["gerente"]
    a = reports.assign(mgr, reports.open_report(staff["recepcion"], customer, "falla", "telefono", "A"), tech)
    b = reports.assign(mgr, reports.open_report(staff["recepcion"], customer, "falla", "telefono", "B"), tech)
    due_a, due_b = a.resolution_due, b.resolution_due
    reports.pause(tech, a, "sin_acceso", "No había nadie")
    reports.pause(tech, b, "refacciones")
    assert report_detail(a.id).paused
    assert report_detail(a.id).urgency() == "paused"
    assert not report_detail(b.id).paused
    frozen[0] += dt.timedelta(hours=5)
    a = reports.resume(tech, a)
    b = reports.resume(tech, b)
    assert a.resolution_due == due_a + dt.timedelta(hours=5)  # falla: natural hours, moved by the wait
    assert a.first_resolution_due == due_a  # the first promise is kept for the statistics
    assert b.resolution_due == due_b
    d = report_detail(a.id)
    assert d.paused_time() == dt.timedelta(hours=5)
    assert d.events[-1].data["paused_minutes"] == 300


def test_customer_wait_on_a_business_day_term_counts_business_hours(staff, customer, frozen) -> None:
    tech, mgr = staff["tecnico"], staff["gerente"]
    q = reports.assign(mgr, reports.open_report(staff["recepcion"], customer, "queja", "telefono", "Queja"), tech)
    due = q.resolution_due
    reports.pause(tech, q, "cliente_no_responde")
    frozen[0] += dt.timedelta(days=1)  # Thursday 10:00 → Friday 10:00: 9 business hours of the office
    q = reports.resume(tech, q)
    assert q.resolution_due > due
    from ispdesk.core.services.office import calendar_for

    cal = calendar_for(Report.get_by_id(q.id).office)
    lost = cal.business_hours_between(dt.datetime(2026, 11, 19, 16, 0, tzinfo=dt.UTC),
                                      dt.datetime(2026, 11, 20, 16, 0, tzinfo=dt.UTC))
    assert lost > 0
    assert cal.business_hours_between(due.replace(tzinfo=dt.UTC), q.resolution_due.replace(tzinfo=dt.UTC)) \
        == pytest.approx(lost)


def test_reopen_only_within_the_configured_days(staff, customer, frozen) -> None:
    desk = staff["recepcion"]
    ctx = {"staff": staff, "customer": customer}
    r = _in_status(ctx, Status.CERRADO)
    frozen[0] += dt.timedelta(days=31)
    assert "reopen" not in allowed_actions(desk, r.id)
    with pytest.raises(InvalidTransition, match="30 días"):
        reports.reopen(desk, r, "Volvió")
    Setting.create(key="reopen_days", value="60")
    assert "reopen" in allowed_actions(desk, r.id)
    r = reports.reopen(desk, r, "Volvió")
    assert r.cycle == 2


def test_ends_keep_their_reason_and_improcedente_can_be_notified(staff, customer) -> None:
    desk = staff["recepcion"]
    ctx = {"staff": staff, "customer": customer}
    gone = _in_status(ctx, Status.CANCELADO)
    no = _in_status(ctx, Status.IMPROCEDENTE)
    assert report_detail(gone.id).end_reason == "Ya le funcionó"
    d = report_detail(no.id)
    assert (d.resolution.upheld, d.resolution.upheld_reason) == (False, "El servicio no es nuestro")
    reports.notify_customer(desk, no, channel="telefono", text="Se le explicó que no procede")
    with pytest.raises(DomainError):
        reports.dismiss(desk, gone, "otra vez")
    with pytest.raises(DomainError, match="obligatorio"):
        reports.cancel(desk, reports.open_report(desk, customer, "falla", "telefono", "x"), "  ")


def test_not_upheld_needs_its_reason(staff, customer) -> None:
    from ispdesk.core.errors import ValidationError

    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    with pytest.raises(ValidationError) as exc:
        reports.resolve(staff["gerente"], r, cause_code="energia", action="Se revisó", upheld=False)
    assert exc.value.field == "upheld_reason"
    with pytest.raises(ValidationError, match="no corresponde"):
        reports.resolve(staff["gerente"], r, cause_category="interna", cause_code="energia", action="x",
                        upheld=True)
    assert Report.get_by_id(r.id).status == "abierto"


def test_visits_are_kept_when_rescheduled_and_marked_on_site(staff, customer) -> None:
    tech, mgr = staff["tecnico"], staff["gerente"]
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    r = reports.schedule_visit(mgr, r, dt.datetime(2026, 12, 1, 16, 0), technician=tech)
    assert r.assignee_id == tech.id  # the visit's technician takes the unassigned report
    reports.schedule_visit(tech, r, dt.datetime(2026, 12, 2, 16, 0), dt.datetime(2026, 12, 2, 18, 0))
    reports.arrive(tech, r)
    reports.resolve(tech, r, cause_code="equipo_isp", action="Se cambió la antena", upheld=True,
                    equipment="Antena LiteBeam")
    d = report_detail(r.id)
    assert [v.status for v in d.visits] == ["cancelada", "realizada"]
    assert d.visits[1].arrived_at is not None
    assert d.visits[1].done_at is not None
    assert d.resolution.visit_done is True
    assert d.resolution.equipment == "Antena LiteBeam"


def test_attachments_are_copied_and_refused_when_too_big(staff, customer, tmp_path) -> None:
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    photo = tmp_path / "antena dañada.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"1" * 1000)
    reports.add_attachment(staff["recepcion"], r, photo, "Foto del cliente")
    (att,) = report_detail(r.id).attachments
    assert (att.filename, att.size, att.note) == ("antena dañada.jpg", 1003, "Foto del cliente")
    copy = reports.attachment_path(att.id)
    assert copy.read_bytes() == photo.read_bytes()
    photo.unlink()  # the copy does not depend on the original
    assert reports.attachment_path(att.id).is_file()
    big = tmp_path / "video.mp4"
    with big.open("wb") as f:
        f.truncate(reports.MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(DomainError, match="máximo"):
        reports.add_attachment(staff["recepcion"], r, big)
    assert len(report_detail(r.id).attachments) == 1
