"""Accounts (hashing, lock-out) and customer validation."""

from __future__ import annotations

import datetime as dt

import pytest

from ispdesk.core import clock
from ispdesk.core.errors import DomainError, ValidationError
from ispdesk.core.models import Customer, User
from ispdesk.core.services import customers, users


def test_password_is_hashed_with_scrypt_and_never_stored_clear(staff) -> None:
    stored = User.get(User.username == "ana").password_hash
    assert stored.startswith("scrypt$")
    assert "secreto1" not in stored
    assert users.authenticate("ANA ", "secreto1").username == "ana"


def test_five_failures_make_the_account_wait_30_seconds(staff, monkeypatch) -> None:
    now = [dt.datetime(2026, 11, 20, 15, 0)]
    clock.set_clock(lambda: now[0])
    try:
        for _ in range(4):
            with pytest.raises(DomainError, match=r"^Usuario o contraseña incorrectos\.$"):
                users.authenticate("ana", "mal")
        with pytest.raises(DomainError, match="espere 30 segundos"):
            users.authenticate("ana", "mal")
        with pytest.raises(DomainError, match="Espere 30 segundos"):
            users.authenticate("ana", "secreto1")  # even the right password waits
        now[0] += dt.timedelta(seconds=31)
        assert users.authenticate("ana", "secreto1").username == "ana"
    finally:
        clock.set_clock(None)


def test_unknown_user_and_system_user_cannot_sign_in(staff) -> None:
    with pytest.raises(DomainError, match="incorrectos"):
        users.authenticate("nadie", "x")
    users.system_user()
    with pytest.raises(DomainError, match="incorrectos"):
        users.authenticate("sistema", "")


def test_only_admin_creates_admin(staff) -> None:
    with pytest.raises(DomainError, match="administrador"):
        users.create_user(staff["gerente"], "root2", "Otro Admin", "admin", "secreto1")
    assert users.create_user(staff["admin"], "root2", "Otro Admin", "admin", "secreto1").role == "admin"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"number": "", "name": "Ana"}, "number"),
        ({"number": "X-1", "name": "  "}, "name"),
        ({"number": "X-1", "name": "Ana", "phones": "12"}, "phones"),
        ({"number": "X-1", "name": "Ana", "email": "ana@@x.mx"}, "email"),
        ({"number": "X-1", "name": "Ana", "billing_day": "40"}, "billing_day"),
        ({"number": "X-1", "name": "Ana", "postal_code": "7961"}, "postal_code"),
        ({"number": "X-1", "name": "Ana", "plan_price": "caro"}, "plan_price"),
        ({"number": "X-1", "name": "A" * 151}, "name"),
    ],
)
def test_customer_validation_names_the_field(staff, data, field) -> None:
    with pytest.raises(ValidationError) as exc:
        customers.create_customer(staff["recepcion"], **data)
    assert exc.value.field == field
    assert Customer.select().count() == 0


def test_duplicate_number_refused(customer, staff) -> None:
    with pytest.raises(ValidationError, match="Ya existe"):
        customers.create_customer(staff["recepcion"], number="c-01234", name="Otra")


def test_identify_by_last_invoice(customer, staff) -> None:
    customers.update_customer(staff["recepcion"], customer, last_invoice="F-000123")
    assert customers.identify("C-01234", "f-000123").id == customer.id
    with pytest.raises(ValidationError, match="no coincide"):
        customers.identify("C-01234", "F-999")


def test_recent_faults_and_report_order(customer, staff) -> None:
    from ispdesk.core.services import reports

    desk = staff["recepcion"]
    a = reports.open_report(desk, customer, "falla", "telefono", "Uno")
    reports.open_report(desk, customer, "falla", "telefono", "Dos")
    c = reports.open_report(desk, customer, "consulta", "telefono", "Tres")
    c = reports.resolve(desk, c, cause_category="interna", cause_code="atencion", cause="", action="Respondida",
                        upheld=True)
    assert customers.recent_faults(customer) == 2
    from ispdesk.core.queries import customer_reports

    ordered = customer_reports(customer)
    assert ordered[-1].id == c.id  # the resolved one goes after the open ones
    assert ordered[0].id == a.id


def test_a_manager_cannot_take_over_an_administrator(staff) -> None:
    from ispdesk.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied, match="administrador"):
        users.set_password(staff["gerente"], staff["admin"], "otra-clave")
    with pytest.raises(PermissionDenied):
        users.set_active(staff["gerente"], staff["admin"], False)
    users.set_password(staff["admin"], staff["admin"], "otra-clave")  # their own, fine
    assert users.authenticate("admin", "otra-clave").role == "admin"


def test_a_deactivated_account_is_named_only_to_whoever_knows_its_password(staff) -> None:
    users.set_active(staff["gerente"], staff["recepcion"], False)
    with pytest.raises(DomainError, match="incorrectos"):
        users.authenticate("ana", "mal")
    with pytest.raises(DomainError, match="desactivada"):
        users.authenticate("ana", "secreto1")
