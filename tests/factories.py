"""One way to build the office, its staff and a customer, shared by the core fixtures (both backends) and
the UI fixtures (SQLite only)."""

from __future__ import annotations

from typing import Any

CUSTOMER = {
    "number": "C-01234",
    "name": "María Peña López",
    "phones": "+52 (444) 123-4567, 487 100 2000",
    "email": "maria.pena@example.mx",
    "address": "Centenario 322",
    "colonia": "Centro",
    "municipio": "Rioverde",
    "state": "San Luis Potosí",
    "zone": "Norte",
    "tower": "T-03",
    "billing_day": 5,
    "plan": "20 Mbps",
    "plan_price": "399",
}


def make_office() -> Any:
    from ispdesk.core.services import office as office_service

    office_service._calendar_cache.clear()
    return office_service.create_office(
        None, name="Internet Rioverde", folio_prefix="RV", phones="487 873 1703",
        address="Centenario 322, Rioverde, S.L.P.", email="atencion@rioverde.example")


def make_staff(office: Any, *extra: tuple[str, str, str, str]) -> dict[str, Any]:
    """Manager, receptionist, technician and technical lead (password "secreto1"), plus `extra` (key, username,
    name, role)."""
    from ispdesk.core.services import users

    manager = users.bootstrap_manager(office, "gerente", "Gerardo Ríos", "secreto1")
    staff = {
        "gerente": manager,
        "recepcion": users.create_user(manager, "ana", "Ana Ruiz", "recepcion", "secreto1"),
        "tecnico": users.create_user(manager, "tomas", "Tomás Peña", "tecnico", "secreto1"),
        "jefe_tecnico": users.create_user(manager, "rosa", "Rosa Treviño", "jefe_tecnico", "secreto1"),
    }
    for key, username, name, role in extra:
        staff[key] = users.create_user(manager, username, name, role, "secreto1")
    return staff


def make_customer(actor: Any, **overrides: Any) -> Any:
    from ispdesk.core.services.customers import create_customer

    return create_customer(actor, **(CUSTOMER | overrides))
