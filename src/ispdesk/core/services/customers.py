"""Customers: create and edit with validation; phones normalised; the search text kept in step."""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal, InvalidOperation

from peewee import IntegrityError

from ispdesk.core.clock import now_utc
from ispdesk.core.db import write_tx
from ispdesk.core.errors import Checks, NotFound, ValidationError
from ispdesk.core.models import Customer, CustomerPhone, CustomerRevision, Office, Report, User
from ispdesk.core.permissions import Action, require
from ispdesk.core.phones import normalize_phones
from ispdesk.core.search import customer_search_text
from ispdesk.core.session import HasId, Session, ident
from ispdesk.core.text import clean_email, clean_text, number_key
from ispdesk.core.vocab import CUSTOMER_STATUS_LABELS

from .audit_log import record_audit
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


# What identifies the person (LFPDPPP): their values never go into the append-only audit trail, only into
# `CustomerRevision`, and anonymisation replaces them. Zone, tower, plan, municipio and state stay for statistics.
PERSONAL_FIELDS = ("number", "name", "phones", "email", "address", "colonia", "postal_code", "references",
                   "latitude", "longitude", "notes", "last_invoice")

FIELD_LABELS = {key: label for key, (label, _n, _m) in _TEXT_FIELDS.items()} | {
    "number": "Número de cliente", "phones": "Teléfonos", "email": "Correo electrónico",
    "postal_code": "Código postal", "latitude": "Latitud", "longitude": "Longitud", "plan_price": "Precio del plan",
    "billing_day": "Día de corte", "status": "Estado del cliente", "office": "Oficina",
    "install_date": "Fecha de instalación", "opposition": "Oposición al uso de sus datos",
}


# The card's order, for the trail's sentences ("Se corrigió: teléfonos, plan").
FIELD_ORDER = ("number", "name", "phones", "email", "status", "address", "colonia", "municipio", "state",
               "postal_code", "references", "latitude", "longitude", "zone", "tower", "plan", "plan_price",
               "billing_day", "last_invoice", "install_date", "notes", "office")


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


def parse_amount(value: object) -> Decimal | None:
    """A peso amount as offices write it: "$1,299.00", "350,00" (a decimal comma), "1.299,50", "350", "$ 350 MXN".
    One comma followed by other than three digits is a decimal comma; otherwise commas group thousands."""
    if value is None:
        return None
    if isinstance(value, Decimal | int | float):
        return Decimal(str(value))
    text = re.sub(r"(?i)mxn|m\.n\.|pesos|[$\s\u00a0]", "", str(value))
    if not text:
        return None
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".") if text.rfind(",") > text.rfind(".") else text.replace(",", "")
    elif "," in text:
        head, _sep, tail = text.rpartition(",")
        text = f"{head}.{tail}" if text.count(",") == 1 and len(tail) != 3 else text.replace(",", "")
    elif text.count(".") > 1:
        text = text.replace(".", "")
    if not re.fullmatch(r"-?\d+(\.\d*)?|-?\.\d+", text):
        raise InvalidOperation(text)
    return Decimal(text)


def _shown(value: object, limit: int = 30) -> str:
    """A value as typed, short, for a message (an int too long to print is not printed)."""
    try:
        text = str(value)
    except ValueError:
        return "…"
    return text if len(text) <= limit else text[:limit] + "…"


def _price(value: object) -> Decimal | None:
    if value in (None, ""):
        return None
    not_amount = ValidationError(f"Precio del plan: «{_shown(value)}» no es una cantidad; escriba p. ej. 399.00",
                                 "plan_price")
    try:
        price = parse_amount(value)
    except (InvalidOperation, ValueError):  # ValueError: an int too long to print
        raise not_amount from None
    if price is None:
        return None
    if not price.is_finite():  # «NaN», «Infinity»: Decimal takes them, a price is neither
        raise not_amount
    if price < 0 or price > Decimal("99999999"):
        raise ValidationError(f"Precio del plan: «{_shown(value)}» fuera de rango.", "plan_price")
    return price.quantize(Decimal("0.01"))


def parse_date(value: object, label: str = "Fecha", field: str | None = None) -> dt.date | None:
    """dd/mm/aaaa as Mexican offices write dates (also dd-mm-aaaa, dd.mm.aa, and aaaa-mm-dd); a time after the date
    (an export's "05/01/2024 00:00") is ignored."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip().split("T")[0].split(" ")[0]
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})", text)
    iso = re.fullmatch(r"(\d{4})[/-](\d{1,2})[/-](\d{1,2})", text)
    try:
        if m:
            day, month, year = int(m[1]), int(m[2]), int(m[3])
            if len(m[3]) == 2:  # "24" is 2024; "95" is 1995
                year += 2000 if year <= dt.date.today().year % 100 + 1 else 1900
            return dt.date(year, month, day)
        if iso:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
    except ValueError:
        pass
    raise ValidationError(f"{label}: «{value}» no es una fecha válida (dd/mm/aaaa).", field)


def _install_date(value: object) -> dt.date | None:
    date = parse_date(value, "Fecha de instalación", "install_date")
    if date is not None and not dt.date(1950, 1, 1) <= date <= dt.date.today() + dt.timedelta(days=366):
        raise ValidationError(f"Fecha de instalación: {date:%d/%m/%Y} fuera de rango.", "install_date")
    return date


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
        "office", "install_date",
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
    if "install_date" in data:
        out["install_date"] = check(_install_date, data["install_date"])
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
    duplicate = ValidationError(f"Ya existe un cliente con el número {fields['number']}.", "number")
    try:
        with write_tx():
            require(actor_row(actor), Action.CUSTOMER_CREATE)
            if Customer.select().where(Customer.number == fields["number"]).exists():
                raise duplicate
            now = now_utc()
            customer = Customer(created_at=now, updated_at=now, **fields)
            customer.search_text = customer_search_text(customer)
            customer.save(force_insert=True)
            _sync_phones(customer)
            record_audit(actor, "customer", customer.id, "created", "Alta de cliente")
    except IntegrityError:
        # PostgreSQL: another PC added the same number after our look (read committed); the unique index refused
        # ours and the transaction was rolled back. The same answer as when the look finds it.
        if Customer.select().where(Customer.number == fields["number"]).exists():
            raise duplicate from None
        raise
    return customer


def _stored(value: object) -> str:
    """A field's value as the revision and the audit keep it ("" for none)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):  # SQLite gives 399 back for 399.00
        return f"{value:.2f}"
    if hasattr(value, "id"):
        return str(value.id)
    return str(value)


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
        changed: dict[str, tuple[object, object]] = {}
        for key, value in fields.items():
            before = current.office_id if key == "office" else getattr(current, key)
            if _stored(before) != _stored(value):
                changed[key] = (before, value)
        if current.anonymized_at is not None and any(k in PERSONAL_FIELDS for k in changed):
            field = next(k for k in changed if k in PERSONAL_FIELDS)
            raise ValidationError("Este cliente fue anonimizado: sus datos personales no se vuelven a capturar. "
                                  "Si contrata de nuevo, dé de alta un cliente nuevo.", field)
        for key, value in fields.items():
            setattr(current, key, value)
        current.search_text = customer_search_text(current)
        current.updated_at = now_utc()
        current.save()
        if "phones" in fields:
            _sync_phones(current)
        if changed:
            _audit_change(actor, current, changed)
    return current


def _audit_change(actor: User | Session | HasId | int, customer: Customer,
                  changed: dict[str, tuple[object, object]]) -> None:
    """Rectification trail: the audit event names the fields (and the values of the non-personal ones); the
    personal values before and after go to `CustomerRevision`, which the customer's anonymisation removes."""
    order = {k: i for i, k in enumerate(FIELD_ORDER)}
    changed = dict(sorted(changed.items(), key=lambda kv: order.get(kv[0], len(order))))
    labels = [FIELD_LABELS.get(k, k).lower() for k in changed]
    values = {k: [_stored(a), _stored(b)] for k, (a, b) in changed.items() if k not in PERSONAL_FIELDS}
    event = record_audit(actor, "customer", customer.id, "updated", "Se corrigió: " + ", ".join(labels),
                         {"fields": sorted(changed), "changes": values})
    rows = [{"customer": customer.id, "audit": event.id, "at": event.at, "user": ident(actor), "field": k,
             "before": _stored(a), "after": _stored(b)} for k, (a, b) in changed.items() if k in PERSONAL_FIELDS]
    if rows:
        CustomerRevision.insert_many(rows).execute()


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
