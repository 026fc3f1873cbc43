"""Office data, business hours, closed days and deadline policies (settings the manager edits)."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import TYPE_CHECKING

from ispdesk.core.clock import now_utc
from ispdesk.core.db import write_tx
from ispdesk.core.errors import NotFound, ValidationError
from ispdesk.core.models import Office, Setting, User
from ispdesk.core.permissions import Action, require
from ispdesk.core.text import clean_email, clean_text

if TYPE_CHECKING:
    from ispdesk.core.calendar import BusinessCalendar
    from ispdesk.core.deadlines import Policy
    from ispdesk.core.dto import OfficeInfo

DEFAULT_LEGAL_TEXT = (
    "Conserve este folio: es su comprobante y con él puede dar seguimiento a su reporte en nuestras "
    "oficinas o por teléfono. Usted tiene los derechos que establece la Carta de Derechos Mínimos de los "
    "Usuarios de los Servicios de Telecomunicaciones y nuestro Código de Prácticas Comerciales. "
    "Si no está conforme con la atención, puede acudir a la Procuraduría Federal del Consumidor "
    "(PROFECO): 55 5568 8722 y 800 468 8722."
)

_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_calendar_cache: dict[tuple[int, str], BusinessCalendar] = {}


def default_office() -> Office:
    office = Office.select().order_by(Office.id).first()
    if office is None:
        raise NotFound("No hay oficina configurada. Abra ispdesk para hacer la configuración inicial.")
    return office


def _clean_prefix(prefix: str) -> str:
    p = clean_text(prefix, "Prefijo de folio", max_len=4, required=True, field="folio_prefix").upper()
    if not p.isascii() or not p.isalpha():
        raise ValidationError("Prefijo de folio: de 1 a 4 letras sin acentos (por ejemplo RV).", "folio_prefix")
    return p


def parse_hours(hours: dict[str, list[list[str]]] | None) -> dict[int, list[tuple[dt.time, dt.time]]]:
    """{"0": [["09:00", "18:00"]], …} with validation; weekday 0 is Monday."""
    out: dict[int, list[tuple[dt.time, dt.time]]] = {}
    for day_s, spans in (hours or {}).items():
        day = int(day_s)
        if not 0 <= day <= 6:
            raise ValidationError("Horario: día de la semana inválido.", "hours")
        for span in spans:
            a, b = span
            ma, mb = _TIME.match(a), _TIME.match(b)
            if not ma or not mb:
                raise ValidationError(f"Horario: «{a}–{b}» no es un horario HH:MM válido.", "hours")
            ta, tb = dt.time(int(ma[1]), int(ma[2])), dt.time(int(mb[1]), int(mb[2]))
            if tb <= ta:
                raise ValidationError(f"Horario: la hora de cierre ({b}) debe ser posterior a la de apertura ({a}).",
                                      "hours")
            out.setdefault(day, []).append((ta, tb))
    return out


def _office_fields(data: dict[str, object]) -> dict[str, object]:
    fields: dict[str, object] = {}
    if "name" in data:
        fields["name"] = clean_text(data["name"], "Nombre de la oficina", max_len=120, required=True, field="name")
    for key, label, max_len in (("legal_name", "Razón social", 200), ("phones", "Teléfonos", 200),
                                ("web", "Página web", 200), ("logo_path", "Logotipo", 500)):
        if key in data:
            fields[key] = clean_text(data[key], label, max_len=max_len, field=key)
    if "address" in data:
        fields["address"] = clean_text(data["address"], "Dirección", max_len=500, multiline=True, field="address")
    if "legal_text" in data:
        fields["legal_text"] = clean_text(data["legal_text"], "Texto legal", max_len=3000, multiline=True,
                                          field="legal_text")
    if "email" in data:
        fields["email"] = clean_email(data["email"])
    if "folio_prefix" in data:
        fields["folio_prefix"] = _clean_prefix(str(data["folio_prefix"]))
    if "timezone" in data:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        tz = str(data["timezone"])
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(f"Zona horaria «{tz}» desconocida.", "timezone") from None
        fields["timezone"] = tz
    if "hours" in data:
        parse_hours(data["hours"])  # type: ignore[arg-type]
        fields["hours_json"] = json.dumps(data["hours"]) if data["hours"] else ""
    if "closed_days" in data:
        days = []
        for d in data["closed_days"]:  # type: ignore[attr-defined]
            try:
                days.append(dt.date.fromisoformat(str(d)).isoformat())
            except ValueError:
                raise ValidationError(f"Día de cierre «{d}» no es una fecha válida (aaaa-mm-dd).",
                                      "closed_days") from None
        fields["closed_days_json"] = json.dumps(sorted(set(days)))
    return fields


def create_office(actor: User | None, *, demo: bool = False, **data: object) -> Office:
    """The first office is created by the first-run assistant (no actor yet); later ones need permission."""
    if actor is not None or Office.select().exists():
        require(actor, Action.SETTINGS_EDIT)
    data.setdefault("legal_text", DEFAULT_LEGAL_TEXT)
    fields = _office_fields(data)
    if "name" not in fields:
        raise ValidationError("Nombre de la oficina: este dato es obligatorio.", "name")
    fields.setdefault("folio_prefix", _clean_prefix("".join(w[0] for w in str(fields["name"]).split()[:2])
                                                     .encode("ascii", "ignore").decode() or "IS"))
    with write_tx():
        if Office.select().where(Office.folio_prefix == fields["folio_prefix"]).exists():
            raise ValidationError(f"El prefijo de folio «{fields['folio_prefix']}» ya lo usa otra oficina.",
                                  "folio_prefix")
        now = now_utc()
        return Office.create(created_at=now, updated_at=now, demo=demo, **fields)


def update_office(actor: User, office: Office, **data: object) -> Office:
    require(actor, Action.SETTINGS_EDIT)
    fields = _office_fields(data)
    with write_tx():
        if "folio_prefix" in fields and fields["folio_prefix"] != office.folio_prefix:
            from ispdesk.core.models import Report

            if Report.select().where(Report.office == office).exists():
                raise ValidationError("El prefijo de folio no se puede cambiar: ya hay folios emitidos con él.",
                                      "folio_prefix")
            if Office.select().where(Office.folio_prefix == fields["folio_prefix"], Office.id != office.id).exists():
                raise ValidationError(f"El prefijo de folio «{fields['folio_prefix']}» ya lo usa otra oficina.",
                                      "folio_prefix")
        fields["updated_at"] = now_utc()
        Office.update(**fields).where(Office.id == office.id).execute()
    _calendar_cache.clear()
    return Office.get_by_id(office.id)


def calendar_for(office: Office) -> BusinessCalendar:
    """Cached per office and last change, so opening a report does not rebuild holidays each time."""
    key = (office.id, str(office.updated_at))
    cal = _calendar_cache.get(key)
    if cal is None:
        from ispdesk.core.calendar import BusinessCalendar

        hours = parse_hours(json.loads(office.hours_json)) if office.hours_json else None
        closed = [dt.date.fromisoformat(d) for d in json.loads(office.closed_days_json or "[]")]
        cal = BusinessCalendar(tz=office.timezone, hours=hours, closed_days=closed)
        _calendar_cache[key] = cal
    return cal


def office_info(office: Office) -> OfficeInfo:
    from ispdesk.core.dto import OfficeInfo

    cal = calendar_for(office)
    return OfficeInfo(
        name=office.name, legal_name=office.legal_name, address=office.address, phones=office.phones,
        email=office.email, web=office.web, hours_text=cal.hours_text(),
        logo_path=office.logo_path or None, legal_text=office.legal_text or DEFAULT_LEGAL_TEXT,
    )


# --- settings: deadline policies ---------------------------------------------------------------

POLICIES_KEY = "deadline_policies"


def get_setting(key: str, default: object = None) -> object:
    row = Setting.get_or_none(Setting.key == key)
    return json.loads(row.value) if row else default


_policies_cache: dict[str, dict[str, Policy]] = {}


def policies() -> dict[str, Policy]:
    """The deadline policies as stored now (read on every use: a manager's change applies at once on every PC;
    only the parsing of the same stored text is remembered)."""
    from ispdesk.core.deadlines import DEFAULT_POLICIES, Policy

    row = Setting.get_or_none(Setting.key == POLICIES_KEY)
    raw = row.value if row else ""
    cached = _policies_cache.get(raw)
    if cached is not None:
        return dict(cached)
    stored = json.loads(raw) if raw else {}
    out = dict(DEFAULT_POLICIES)
    for kind, data in stored.items():
        if kind in out:
            out[kind] = Policy.from_dict(data)
    _policies_cache.clear()
    _policies_cache[raw] = out
    return dict(out)


def set_policy(actor: User, kind: str, policy: Policy) -> None:
    """Applies to reports opened from now on; deadlines already promised are not rewritten."""
    require(actor, Action.SETTINGS_EDIT)
    from ispdesk.core.vocab import KINDS

    if kind not in KINDS:
        raise ValidationError(f"Tipo de reporte «{kind}» desconocido.", "kind")
    for term in (policy.response, policy.resolution):
        if term.amount <= 0 or term.amount > 10000:
            raise ValidationError("Plazo: debe ser un número positivo razonable.", "policy")
    with write_tx():  # read and write under the lock: two managers saving at once both count
        stored = dict(get_setting(POLICIES_KEY) or {})  # type: ignore[arg-type]
        stored[kind] = policy.to_dict()
        Setting.insert(key=POLICIES_KEY, value=json.dumps(stored)).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: json.dumps(stored)}
        ).execute()
