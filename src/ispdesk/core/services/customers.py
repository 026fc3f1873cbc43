"""Customers: create and edit with validation; phones normalised; the search text kept in step."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal, InvalidOperation

from ispdesk.core.clock import now_utc
from ispdesk.core.db import write_tx
from ispdesk.core.errors import Checks, NotFound, ValidationError
from ispdesk.core.models import Customer, CustomerPhone, Office, Report, User
from ispdesk.core.permissions import Action, require
from ispdesk.core.phones import normalize_phones
from ispdesk.core.search import customer_search_text
from ispdesk.core.session import HasId, Session, ident
from ispdesk.core.text import clean_email, clean_text, number_key
from ispdesk.core.vocab import CUSTOMER_STATUS_LABELS

from .users import actor_row

_TEXT_FIELDS = {
    # field: (label, max length, multiline)
    "name": ("Nombre", 150, False),
    "address": ("Domicilio", 250, False),
    "colonia": ("Colonia", 120, False),
    "municipio": ("Municipio", 120, False),
    "state": ("Estado", 60, False),
    "references": ("Referencias del domicilio", 1000, True),
    "zone": ("Zona", 80, False),
    "tower": ("Torre o nodo", 80, False),
    "plan": ("Plan", 80, False),
    "notes": ("Notas", 4000, True),
    "last_invoice": ("Última factura", 40, False),
}


def _postal_code(value: object) -> str:
    cp = clean_text(value, "Código postal", max_len=5, field="postal_code")
    if cp and (len(cp) != 5 or not cp.isdigit()):
        raise ValidationError("Código postal: 5 dígitos.", "postal_code")
    return cp


def _coordinate(value: object, key: str) -> float | None:
    label, lo, hi = {"latitude": ("Latitud", -90, 90), "longitude": ("Longitud", -180, 180)}[key]
    if value in (None, ""):
        return None
    try:
        f = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        raise ValidationError(f"{label}: debe ser un número.", key) from None
    if not math.isfinite(f):  # «nan», «inf»: float() takes them, a map does not
        raise ValidationError(f"{label}: debe ser un número.", key)
    if not lo <= f <= hi:
        raise ValidationError(f"{label}: fuera de rango ({lo} a {hi}).", key)
    return f


def _price(value: object) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        price = Decimal(str(value).replace("$", "").replace(",", "").strip())
    except (InvalidOperation, ValueError):  # ValueError: an int too long to print
        raise ValidationError("Precio del plan: escriba una cantidad, p. ej. 399.00", "plan_price") from None
    if not price.is_finite():  # «NaN», «Infinity»: Decimal takes them, a price is neither
        raise ValidationError("Precio del plan: escriba una cantidad, p. ej. 399.00", "plan_price")
    if price < 0 or price > Decimal("99999999"):
        raise ValidationError("Precio del plan: fuera de rango.", "plan_price")
    return price.quantize(Decimal("0.01"))


def _billing_day(value: object) -> int | None:
    if value in (None, ""):
        return None
    try:
        day = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):  # OverflowError: int(float("inf"))
        raise ValidationError("Día de corte: un número del 1 al 31.", "billing_day") from None
    if not 1 <= day <= 31:
        raise ValidationError("Día de corte: un número del 1 al 31.", "billing_day")
    return day


def _status(value: object) -> str:
    if not isinstance(value, str) or value not in CUSTOMER_STATUS_LABELS:
        raise ValidationError("Estado del cliente: activo, suspendido o baja.", "status")
    return str(value)


def _clean(data: dict[str, object], *, creating: bool) -> dict[str, object]:
    """Every field checked; all the wrong ones reported together (`ValidationErrors`)."""
    unknown = set(data) - set(_TEXT_FIELDS) - {
        "number", "phones", "email", "postal_code", "latitude", "longitude", "plan_price", "billing_day", "status",
        "office",
    }
    if unknown:
        raise ValidationError(f"Campo desconocido: {', '.join(sorted(unknown))}.")
    check = Checks()
    out: dict[str, object] = {}
    if creating or "number" in data:
        number = check(clean_text, data.get("number"), "Número de cliente", max_len=30, required=True,
                       field="number")
        key = number_key(number) if number else number
        if key and len(key) > 30:  # upper case may grow: «ß» → «SS»
            check.add(f"Número de cliente: máximo 30 caracteres (tiene {len(key)}).", "number")
        out["number"] = key
    if creating or "name" in data:
        out["name"] = check(clean_text, data.get("name"), "Nombre", max_len=150, required=True, field="name")
    for key, (label, max_len, multiline) in _TEXT_FIELDS.items():
        if key in data and key != "name":
            out[key] = check(clean_text, data[key], label, max_len=max_len, multiline=multiline, field=key)
    if "phones" in data:
        phones = check(normalize_phones, data["phones"])
        out["phones"] = ",".join(phones) if phones is not None else ""
    if "email" in data:
        out["email"] = check(clean_email, data["email"])
    if "postal_code" in data:
        out["postal_code"] = check(_postal_code, data["postal_code"])
    for key in ("latitude", "longitude"):
        if key in data:
            out[key] = check(_coordinate, data[key], key)
    if "plan_price" in data:
        out["plan_price"] = check(_price, data["plan_price"])
    if "billing_day" in data:
        out["billing_day"] = check(_billing_day, data["billing_day"])
    if "status" in data:
        out["status"] = check(_status, data["status"])
    check.done()
    if "office" in data:
        out["office"] = data["office"]
    return out


def _sync_phones(customer: Customer) -> None:
    CustomerPhone.delete().where(CustomerPhone.customer == customer.id).execute()
    rows = [{"customer": customer.id, "digits": d} for d in customer.phone_list()]
    if rows:
        CustomerPhone.insert_many(rows).execute()


def create_customer(actor: User | Session | HasId | int, **data: object) -> Customer:
    user = actor_row(actor)
    require(user, Action.CUSTOMER_CREATE)
    fields = _clean(data, creating=True)
    fields.setdefault("office", user.office_id or Office.select().order_by(Office.id).first())
    with write_tx():
        require(actor_row(actor), Action.CUSTOMER_CREATE)
        if Customer.select().where(Customer.number == fields["number"]).exists():
            raise ValidationError(f"Ya existe un cliente con el número {fields['number']}.", "number")
        now = now_utc()
        customer = Customer(created_at=now, updated_at=now, **fields)
        customer.search_text = customer_search_text(customer)
        customer.save(force_insert=True)
        _sync_phones(customer)
    return customer


def update_customer(actor: User | Session | HasId | int, customer: Customer | HasId | int,
                    **data: object) -> Customer:
    fields = _clean(data, creating=False)
    with write_tx():
        require(actor_row(actor), Action.CUSTOMER_EDIT)
        current = Customer.get_or_none(Customer.id == ident(customer))
        if current is None:
            raise NotFound("El cliente ya no existe.", "customer")
        if "number" in fields and fields["number"] != current.number and Customer.select().where(
            Customer.number == fields["number"]
        ).exists():
            raise ValidationError(f"Ya existe un cliente con el número {fields['number']}.", "number")
        for key, value in fields.items():
            setattr(current, key, value)
        current.search_text = customer_search_text(current)
        current.updated_at = now_utc()
        current.save()
        if "phones" in fields:
            _sync_phones(current)
    return current


def get_customer(number_or_id: str | int) -> Customer:
    if isinstance(number_or_id, int):
        c = Customer.get_or_none(Customer.id == ident(number_or_id))
    else:
        c = Customer.get_or_none(Customer.number == number_key(number_or_id))
    if c is None:
        raise NotFound(f"No existe el cliente «{number_or_id}».", "customer")
    return c


def identify(number: str, last_invoice: str) -> Customer:
    """Rioverde's procedure: the customer identifies with their number and the last invoice number."""
    c = get_customer(number)
    given = number_key(last_invoice or "").lstrip("0")
    if not c.last_invoice:
        raise ValidationError("Este cliente no tiene registrada su última factura; verifique su identidad "
                              "con otro dato.", "last_invoice")
    if given != number_key(c.last_invoice).lstrip("0"):
        raise ValidationError("El número de factura no coincide con la última factura del cliente.",
                              "last_invoice")
    return c


def recent_faults(customer: Customer | HasId | int, days: int = 30) -> int:
    """Faults in the last `days`: two or more earn a warning on the customer card."""
    since = now_utc() - dt.timedelta(days=days)
    return Report.select().where(Report.customer == ident(customer), Report.kind == "falla",
                                 Report.opened_at >= since).count()
