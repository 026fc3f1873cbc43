"""The manager's user administration: create, edit, deactivate (never delete), reset, roles; the last manager and
administrators protected; every decision taken on the acting user's current row, not the caller's object."""

from __future__ import annotations

import json

import pytest

from ispdesk.core.errors import DomainError, PermissionDenied, ValidationError, ValidationErrors
from ispdesk.core.models import AuditEvent, Cause, Setting, User
from ispdesk.core.queries.settings import user_rows
from ispdesk.core.services import catalog, incidents, office, reports, settings, users
from ispdesk.core.session import Session


def test_create_reports_every_wrong_field_at_once_and_writes_nothing(staff) -> None:
    before = User.select().count()
    with pytest.raises(ValidationErrors) as exc:
        users.create_user(staff["gerente"], "ana maría", "", "jefe", "123", phone="12")
    assert {e.field for e in exc.value.errors} == {"username", "full_name", "role", "password", "phone"}
    with pytest.raises(ValidationError, match="Ya existe el usuario «ana»"):
        users.create_user(staff["gerente"], "ANA", "Otra Ana", "recepcion", "secreto1")
    with pytest.raises(ValidationError, match="reservado"):
        users.create_user(staff["gerente"], "sistema", "Yo", "recepcion", "secreto1")
    assert User.select().count() == before


def test_create_is_audited_with_who_and_what(staff) -> None:
    luis = users.create_user(staff["gerente"], "luis", "Luis Ortiz", "tecnico", "secreto1", phone="487 100 2233")
    assert (luis.office_id, luis.phone) == (staff["gerente"].office_id, "4871002233")
    event = AuditEvent.get(AuditEvent.entity == "user", AuditEvent.entity_id == str(luis.id))
    assert event.user_id == staff["gerente"].id
    assert event.action == "created"
    assert event.text == "Cuenta creada: Luis Ortiz (luis), Técnico"
    assert "secreto1" not in event.data_json
    assert json.loads(event.data_json)["role"] == "tecnico"


def test_edit_name_phone_role_and_office(staff) -> None:
    mgr, tomas = staff["gerente"], staff["tecnico"]
    second = office.create_office(mgr, name="Sucursal Ciudad Fernández", folio_prefix="CF")
    users.update_user(mgr, tomas, full_name="Tomás Peña Ruiz", role="jefe_tecnico", phone="4871112233",
                      office=second)
    row = User.get_by_id(tomas.id)
    assert (row.full_name, row.role, row.phone, row.office_id) == ("Tomás Peña Ruiz", "jefe_tecnico", "4871112233",
                                                                   second.id)
    event = AuditEvent.select().where(AuditEvent.action == "edited", AuditEvent.entity == "user").get()
    assert "rol Técnico → Jefe técnico" in event.text
    assert json.loads(event.data_json)["role"] == {"antes": "tecnico", "después": "jefe_tecnico"}
    users.update_user(mgr, tomas, full_name="Tomás Peña Ruiz")  # nothing changed: no event
    assert AuditEvent.select().where(AuditEvent.action == "edited").count() == 1


def test_anyone_edits_their_own_name_and_phone_but_not_their_role(staff) -> None:
    ana = staff["recepcion"]
    users.update_user(ana, ana, full_name="Ana Ruiz Díaz", phone="")
    with pytest.raises(PermissionDenied):
        users.update_user(ana, ana, role="gerente")
    with pytest.raises(PermissionDenied):
        users.update_user(ana, staff["tecnico"], full_name="Otro")
    assert User.get_by_id(ana.id).role == "recepcion"


def test_deactivate_never_deletes_and_the_history_keeps_the_name(staff, customer) -> None:
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    users.set_active(staff["gerente"], staff["recepcion"], False)
    assert User.get_by_id(staff["recepcion"].id).active is False
    assert not hasattr(users, "delete_user")
    from ispdesk.core.queries import report_detail

    assert report_detail(r.id).events[0].user_name == "Ana Ruiz"
    with pytest.raises(DomainError, match="propia"):
        users.set_active(staff["gerente"], staff["gerente"], False)
    users.set_active(staff["gerente"], staff["recepcion"], True)
    assert [e.action for e in AuditEvent.select().where(AuditEvent.entity_id == str(staff["recepcion"].id))
            .order_by(AuditEvent.id)][-2:] == ["deactivated", "activated"]
    rows = {u.username: u for u in user_rows()}
    assert rows["ana"].active
    assert "sistema" not in rows


def test_the_last_active_manager_cannot_be_demoted_or_deactivated(staff) -> None:
    mgr, admin = staff["gerente"], staff["admin"]
    with pytest.raises(DomainError, match="último gerente activo"):
        users.update_user(mgr, mgr, role="recepcion")
    with pytest.raises(DomainError, match="último gerente activo"):
        users.set_active(admin, mgr, False)  # not even by an administrator
    with pytest.raises(DomainError, match="último gerente activo"):
        users.update_user(admin, mgr, role="admin")
    second = users.create_user(mgr, "lucia", "Lucía Gómez", "gerente", "secreto1")
    users.update_user(mgr, second, role="recepcion")
    users.update_user(mgr, second, role="gerente")
    users.set_active(second, mgr, False)  # another manager remains: fine
    with pytest.raises(DomainError, match="último gerente activo"):
        users.update_user(admin, second, role="tecnico")
    assert User.get_by_id(second.id).role == "gerente"


def test_someone_must_still_be_able_to_manage_users(office) -> None:
    from ispdesk.core.clock import now_utc

    root = User.create(username="root", full_name="Raíz", role="admin", office=office, created_at=now_utc(),
                       password_hash=users.hash_password("secreto1"))
    with pytest.raises(DomainError, match="nadie más podría administrar"):
        users.update_user(root, root, role="recepcion")


def test_administrators_are_out_of_a_managers_reach(staff) -> None:
    mgr, admin = staff["gerente"], staff["admin"]
    with pytest.raises(PermissionDenied, match="administrador"):
        users.create_user(mgr, "root2", "Otro Admin", "admin", "secreto1")
    with pytest.raises(PermissionDenied, match="administrador"):
        users.update_user(mgr, staff["tecnico"], role="admin")
    for attempt in (lambda: users.update_user(mgr, admin, full_name="X"),
                    lambda: users.set_password(mgr, admin, "otra-clave"),
                    lambda: users.set_active(mgr, admin, False),
                    lambda: users.unlock(mgr, admin)):
        with pytest.raises(PermissionDenied, match="administrador"):
            attempt()
    users.update_user(admin, staff["tecnico"], role="admin")
    assert User.get_by_id(staff["tecnico"].id).role == "admin"


def test_a_role_changed_in_memory_gives_nothing(staff, customer) -> None:
    """The services read the acting user's row: setting `role` on the caller's object is not a promotion."""
    desk = staff["recepcion"]
    audited_before = AuditEvent.select().where(AuditEvent.user == desk.id).count()  # e.g. she created a customer
    desk.role = "admin"
    desk.office = None
    attempts = {
        "create_user": lambda: users.create_user(desk, "root2", "Intruso", "admin", "secreto1"),
        "update_user": lambda: users.update_user(desk, desk, role="admin"),
        "set_active": lambda: users.set_active(desk, staff["gerente"], False),
        "set_password": lambda: users.set_password(desk, staff["gerente"], "tomada123"),
        "unlock": lambda: users.unlock(desk, staff["gerente"]),
        "script_access": lambda: users.set_script_access(desk, desk, True),
        "update_office": lambda: office.update_office(desk, desk.office_id or 1, name="Otra"),
        "set_policy": lambda: office.reset_policy(desk, "falla"),
        "save_cause": lambda: catalog.save_cause(desk, label="Nueva", category="interna"),
        "set_zones": lambda: catalog.set_zones(desk, staff["tecnico"], ["Norte"]),
        "compensation": lambda: incidents.set_compensation_settings(desk, bonus_pct=50),
        "reopen_days": lambda: settings.set_reopen_days(desk, 5),
        "incident": lambda: incidents.declare(desk, title="Caída", zone="Norte"),
    }
    for name, attempt in attempts.items():
        with pytest.raises(PermissionDenied):
            attempt()
        assert User.get_by_id(desk.id).role == "recepcion", name
    assert not User.select().where(User.username == "root2").exists()
    assert not Cause.select().where(Cause.label == "Nueva").exists()
    assert not Setting.select().where(Setting.key == "reopen_days").exists()
    assert AuditEvent.select().where(AuditEvent.user == desk.id).count() == audited_before


def test_a_user_deactivated_while_signed_in_keeps_no_power(staff, customer) -> None:
    mgr = staff["gerente"]
    signed_in = User.get_by_id(mgr.id)  # the object a window held before
    session = Session.of(signed_in)
    other = users.create_user(staff["admin"], "lucia", "Lucía Gómez", "gerente", "secreto1")
    users.set_active(other, mgr, False)
    for actor in (signed_in, session):
        with pytest.raises(PermissionDenied, match="ya no está activa"):
            users.create_user(actor, "nuevo", "Nuevo", "recepcion", "secreto1")
        with pytest.raises(PermissionDenied, match="ya no está activa"):
            office.update_office(actor, signed_in.office_id, name="Otra")
        with pytest.raises(PermissionDenied, match="ya no está activa"):
            reports.open_report(actor, customer, "falla", "telefono", "Sin internet")
    with pytest.raises(PermissionDenied, match="ya no está activa"):
        users.session_of(session)


def _deactivate_other(target: str, me: str, other: str, start, out) -> None:
    from ispdesk.core.models import User
    from ispdesk.core.services import users as svc
    from ispdesk.core.storage import open_database

    open_database(target)
    actor, victim = User.get(User.username == me), User.get(User.username == other)
    start.wait(30)
    try:
        svc.set_active(actor, victim, False)
    except Exception as exc:
        out.put(("refused", type(exc).__name__))
        return
    out.put(("done", other))


@pytest.mark.slow
def test_two_managers_deactivating_each_other_at_once_leave_one(database, staff) -> None:
    import multiprocessing as mp

    from ispdesk.core.storage import close_database, open_database

    users.create_user(staff["gerente"], "lucia", "Lucía Gómez", "gerente", "secreto1")
    User.update(role="recepcion").where(User.username == "admin").execute()  # only the two managers can manage
    close_database()
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_deactivate_other, args=(database, a, b, start, out))
             for a, b in (("gerente", "lucia"), ("lucia", "gerente"))]
    for p in procs:
        p.start()
    start.set()
    results = sorted(out.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(60)
    open_database(database)
    assert [r[0] for r in results] == ["done", "refused"]
    assert User.select().where(User.role == "gerente", User.active == True).count() == 1  # noqa: E712
