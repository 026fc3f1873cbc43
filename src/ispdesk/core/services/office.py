"""Office data, business hours, closed days, logo and deadline policies (settings the manager edits).

Every change is validated field by field (all wrong fields reported at once), decided on the acting user's current
row, and written with one audit event in the same transaction. A changed calendar or policy applies to the reports
opened afterwards, at once, on every PC: the office row and the policies are read where a report is opened.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import itertools
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ispdesk.core.clock import now_utc
from ispdesk.core.db import write_tx
from ispdesk.core.errors import Checks, NotFound, ValidationError
from ispdesk.core.models import Office, Setting, User
from ispdesk.core.permissions import Action, require
from ispdesk.core.session import HasId, Session, ident
from ispdesk.core.text import clean_email, clean_text

from .audit_log import record_audit

if TYPE_CHECKING:
    from ispdesk.core.calendar import BusinessCalendar
    from ispdesk.core.deadlines import Policy
    from ispdesk.core.dto import OfficeInfo

Actor = User | Session | HasId | int
OfficeRef = Office | HasId | int

DEFAULT_LEGAL_TEXT = (
    "Conserve este folio: es su comprobante y con él puede dar seguimiento a su reporte en nuestras "
    "oficinas o por teléfono. Usted tiene los derechos que establece la Carta de Derechos Mínimos de los "
    "Usuarios de los Servicios de Telecomunicaciones y nuestro Código de Prácticas Comerciales. "
    "Si no está conforme con la atención, puede acudir a la Procuraduría Federal del Consumidor "
    "(PROFECO): 55 5568 8722 y 800 468 8722."
)

# The time zones of Mexico (the settings screen offers these; any valid IANA zone is accepted).
MEXICO_TIMEZONES = (
    "America/Mexico_City", "America/Monterrey", "America/Merida", "America/Cancun", "America/Matamoros",
    "America/Chihuahua", "America/Ciudad_Juarez", "America/Ojinaga", "America/Mazatlan", "America/Bahia_Banderas",
    "America/Hermosillo", "America/Tijuana",
)

MAX_LOGO_BYTES = 1024 * 1024
LOGO_SETTING = "office_logo:{id}"  # the logo's bytes, so that every PC can print it
LOGO_DIR = "logotipos"

_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_calendar_cache: dict[tuple[int, str], BusinessCalendar] = {}
_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")

_LABELS = {
    "name": "Nombre", "legal_name": "Razón social", "address": "Dirección", "phones": "Teléfonos",
    "email": "Correo", "web": "Página web", "timezone": "Zona horaria", "folio_prefix": "Prefijo de folio",
    "legal_text": "Texto legal del comprobante", "hours_json": "Horario", "closed_days_json": "Días de cierre",
    "logo_path": "Logotipo",
}


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


# --- hours and closed days -----------------------------------------------------------------------------------

def _parse_time(text: object) -> dt.time | None:
    m = _TIME.match(str(text))
    return dt.time(int(m[1]), int(m[2])) if m else None


def parse_hours(hours: dict[str, list[list[str]]] | None) -> dict[int, list[tuple[dt.time, dt.time]]]:
    """{"0": [["09:00", "14:00"], ["16:00", "19:00"]], …} checked day by day (weekday 0 is Monday); a day may have
    several shifts (a split shift), which must not overlap. Every wrong day is reported at once."""
    check = Checks()
    out: dict[int, list[tuple[dt.time, dt.time]]] = {}
    for day_s, spans in (hours or {}).items():
        try:
            day = int(day_s)
        except (TypeError, ValueError):
            day = -1
        if not 0 <= day <= 6:
            check.add("Horario: día de la semana inválido.", "hours")
            continue
        field = f"hours_{day}"
        name = _WEEKDAYS[day].capitalize()
        parsed: list[tuple[dt.time, dt.time]] = []
        for span in spans or []:
            try:
                a, b = span
            except (TypeError, ValueError):
                check.add(f"{name}: cada turno necesita hora de apertura y de cierre.", field)
                continue
            ta, tb = _parse_time(a), _parse_time(b)
            if ta is None or tb is None:
                check.add(f"{name}: «{a}–{b}» no es un horario HH:MM válido.", field)
                continue
            if tb <= ta:
                check.add(f"{name}: la hora de cierre ({b}) debe ser posterior a la de apertura ({a}).", field)
                continue
            parsed.append((ta, tb))
        parsed.sort()
        for (a0, b0), (a1, _b1) in itertools.pairwise(parsed):
            if a1 < b0:
                check.add(f"{name}: los turnos {a0:%H:%M}–{b0:%H:%M} y {a1:%H:%M}–… se enciman.", field)
        if parsed:
            out[day] = parsed
    if hours and not out and not check.errors:
        check.add("Horario: marque al menos un día de atención.", "hours")
    check.done()
    return out


def closed_days(office: Office) -> dict[dt.date, str]:
    """The office's own closed days and their names ("" when unnamed), as stored."""
    try:
        raw = json.loads(office.closed_days_json or "[]")
    except ValueError:
        return {}
    out: dict[dt.date, str] = {}
    for item in raw if isinstance(raw, list) else []:
        text, name = (item.get("date"), item.get("name", "")) if isinstance(item, dict) else (item, "")
        try:
            out[dt.date.fromisoformat(str(text))] = str(name or "")
        except ValueError:
            continue
    return out


def _clean_closed_days(items: object) -> str:
    """[date | "aaaa-mm-dd" | {"date": …, "name": …}, …] → the stored JSON (sorted, one entry per date)."""
    check = Checks()
    days: dict[str, str] = {}
    for item in items or []:  # type: ignore[attr-defined]
        text, name = (item.get("date"), item.get("name", "")) if isinstance(item, dict) else (item, "")
        try:
            day = text if isinstance(text, dt.date) else dt.date.fromisoformat(str(text).strip())
        except ValueError:
            check.add(f"Día de cierre «{text}»: no es una fecha válida (aaaa-mm-dd).", "closed_days")
            continue
        days[day.isoformat()] = check(clean_text, name, "Motivo del cierre", max_len=80, field="closed_days") or ""
    check.done()
    return json.dumps([{"date": d, "name": days[d]} if days[d] else d for d in sorted(days)], ensure_ascii=False)


def hours_text(hours_json: str) -> str:
    """The stored hours in words ("Lunes a viernes 09:00–18:00; …"), for audit texts and screens."""
    from ispdesk.core.calendar import BusinessCalendar

    try:
        return BusinessCalendar(hours=parse_hours(json.loads(hours_json)) if hours_json else None).hours_text()
    except (ValueError, ValidationError):
        return hours_json


# --- office data ---------------------------------------------------------------------------------------------

def _office_fields(data: dict[str, object], check: Checks) -> dict[str, object]:
    unknown = set(data) - {"name", "legal_name", "phones", "web", "address", "legal_text", "email", "folio_prefix",
                           "timezone", "hours", "closed_days", "logo_path"}
    if unknown:
        raise ValidationError(f"Campo desconocido: {', '.join(sorted(unknown))}.")
    fields: dict[str, object] = {}
    if "name" in data:
        fields["name"] = check(clean_text, data["name"], "Nombre de la oficina", max_len=120, required=True,
                               field="name")
    for key, label, max_len in (("legal_name", "Razón social", 200), ("phones", "Teléfonos", 200),
                                ("web", "Página web", 200), ("logo_path", "Logotipo", 500)):
        if key in data:
            fields[key] = check(clean_text, data[key], label, max_len=max_len, field=key)
    if "address" in data:
        fields["address"] = check(clean_text, data["address"], "Dirección", max_len=500, multiline=True,
                                  field="address")
    if "legal_text" in data:
        fields["legal_text"] = check(clean_text, data["legal_text"], "Texto legal", max_len=3000, multiline=True,
                                     field="legal_text")
    if "email" in data:
        fields["email"] = check(clean_email, data["email"])
    if "folio_prefix" in data:
        fields["folio_prefix"] = check(_clean_prefix, str(data["folio_prefix"]))
    if "timezone" in data:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        tz = str(data["timezone"] or "").strip()
        try:
            ZoneInfo(tz)
            fields["timezone"] = tz
        except (ZoneInfoNotFoundError, ValueError):
            check.add(f"Zona horaria «{tz}» desconocida.", "timezone")
    if "hours" in data:
        hours = data["hours"]
        if check(parse_hours, hours) is not None or not hours:
            fields["hours_json"] = json.dumps(hours, sort_keys=True) if hours else ""
    if "closed_days" in data:
        stored = check(_clean_closed_days, data["closed_days"])
        if stored is not None:
            fields["closed_days_json"] = stored
    return fields


def create_office(actor: Actor | None, *, demo: bool = False, **data: object) -> Office:
    """The first office is created by the first-run assistant (no actor yet); later ones need permission."""
    data.setdefault("legal_text", DEFAULT_LEGAL_TEXT)
    check = Checks()
    fields = _office_fields(data, check)
    if "name" not in data:
        check.add("Nombre de la oficina: este dato es obligatorio.", "name")
    check.done()
    fields.setdefault("folio_prefix", _clean_prefix("".join(w[0] for w in str(fields["name"]).split()[:2])
                                                     .encode("ascii", "ignore").decode() or "IS"))
    with write_tx():
        me = None
        if actor is not None or Office.select().exists():
            me = _actor(actor)
            require(me, Action.SETTINGS_EDIT)
        if Office.select().where(Office.folio_prefix == fields["folio_prefix"]).exists():
            raise ValidationError(f"El prefijo de folio «{fields['folio_prefix']}» ya lo usa otra oficina.",
                                  "folio_prefix")
        now = now_utc()
        office = Office.create(created_at=now, updated_at=now, demo=demo, **fields)
        record_audit(me, "office", office.id, "created", f"Oficina creada: {office.name}",
                     {k: v for k, v in fields.items() if k != "legal_text"})
    return office


def _actor(actor: Actor | None) -> User:
    from .users import actor_row

    if actor is None:
        require(None, Action.SETTINGS_EDIT)
    return actor_row(actor)  # type: ignore[arg-type]


def _describe(key: str, before: object, after: object) -> str:
    if key == "hours_json":
        return f"Horario: {hours_text(str(before))} → {hours_text(str(after))}"
    if key == "closed_days_json":
        return "Días de cierre cambiados"
    if key in ("legal_text", "address"):
        return f"{_LABELS[key]} cambiado"
    return f"{_LABELS.get(key, key)}: «{before}» → «{after}»"


def update_office(actor: Actor, office: OfficeRef, **data: object) -> Office:
    """Change office data, hours, closed days, time zone, folio prefix or the receipt's legal text. Only what
    changed is written and audited (one event listing the changes)."""
    check = Checks()
    fields = _office_fields(data, check)
    check.done()
    with write_tx():
        me = _actor(actor)
        require(me, Action.SETTINGS_EDIT)
        current = Office.get_or_none(Office.id == ident(office))
        if current is None:
            raise NotFound("La oficina ya no existe.", "office")
        changed = {k: v for k, v in fields.items() if getattr(current, k) != v}
        if "folio_prefix" in changed:
            from ispdesk.core.models import Report

            if Report.select().where(Report.office == current.id).exists():
                raise ValidationError("El prefijo de folio no se puede cambiar: ya hay folios emitidos con él.",
                                      "folio_prefix")
            if Office.select().where(Office.folio_prefix == changed["folio_prefix"],
                                     Office.id != current.id).exists():
                raise ValidationError(f"El prefijo de folio «{changed['folio_prefix']}» ya lo usa otra oficina.",
                                      "folio_prefix")
        if changed:
            Office.update(updated_at=_next_stamp(current), **changed).where(Office.id == current.id).execute()
            record_audit(me, "office", current.id, "edited",
                         "; ".join(_describe(k, getattr(current, k), v) for k, v in changed.items()),
                         {k: {"antes": getattr(current, k), "después": v} for k, v in changed.items()})
    _calendar_cache.clear()
    return Office.get_by_id(ident(office))


def _next_stamp(current: Office) -> dt.datetime:
    """`updated_at` for a change: later than the last one even if the clock did not move (it keys the calendar
    cache on every PC)."""
    now = now_utc()
    last = current.updated_at
    return now if last is None or now > last else last + dt.timedelta(microseconds=1)


# --- logo ----------------------------------------------------------------------------------------------------

def _logo_base() -> Path:
    from ispdesk.core.paths import attachments_dir

    return attachments_dir().parent


def _image_kind(data: bytes) -> str:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    return ""


def _read_logo(path: object) -> tuple[bytes, str]:
    source = Path(str(path or "")).expanduser()
    if not source.is_file():
        raise ValidationError(f"Logotipo: no se encontró el archivo «{source}».", "logo")
    if source.stat().st_size > MAX_LOGO_BYTES:
        raise ValidationError("Logotipo: la imagen pesa más de 1 MB; use una más pequeña.", "logo")
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise ValidationError(f"Logotipo: no se pudo leer el archivo ({exc.strerror or exc}).", "logo") from None
    kind = _image_kind(data)
    if not kind:
        raise ValidationError("Logotipo: use una imagen PNG o JPG.", "logo")
    try:
        import io

        from PIL import Image  # Pillow comes with ReportLab, which prints the logo

        with Image.open(io.BytesIO(data)) as img:
            img.verify()
    except ImportError:
        pass
    except Exception:
        raise ValidationError("Logotipo: la imagen está dañada o no se puede leer.", "logo") from None
    return data, kind


def set_logo(actor: Actor, office: OfficeRef, path: str | Path | None) -> Office:
    """Put the image at `path` (PNG or JPG up to 1 MB) on receipts and letters, or remove the logo (None). The
    image is kept in the database too, so that every PC prints it."""
    data, kind = _read_logo(path) if path else (b"", "")
    with write_tx():
        me = _actor(actor)
        require(me, Action.SETTINGS_EDIT)
        current = Office.get_or_none(Office.id == ident(office))
        if current is None:
            raise NotFound("La oficina ya no existe.", "office")
        key = LOGO_SETTING.format(id=current.id)
        if data:
            name = f"{LOGO_DIR}/logo-{current.id}-{hashlib.sha256(data).hexdigest()[:12]}.{kind}"
            text = json.dumps({"name": name, "data": base64.b64encode(data).decode()})
            Setting.insert(key=key, value=text).on_conflict(conflict_target=[Setting.key],
                                                            update={Setting.value: text}).execute()
            _materialise(name, data)
        else:
            name = ""
            Setting.delete().where(Setting.key == key).execute()
        Office.update(logo_path=name, updated_at=_next_stamp(current)).where(Office.id == current.id).execute()
        record_audit(me, "office", current.id, "logo", "Logotipo cambiado" if name else "Logotipo quitado",
                     {"antes": current.logo_path, "después": name,
                      "sha256": hashlib.sha256(data).hexdigest() if data else ""})
    return Office.get_by_id(current.id)


def _materialise(name: str, data: bytes) -> Path | None:
    target = _logo_base() / name
    if target.is_file():
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(target.suffix + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
    except OSError:
        return None
    return target


def logo_file(office: Office) -> str | None:
    """The logo as a file this PC can read: relative names live beside the data (written from the copy in the
    database when this PC has not got it yet); an absolute path, from older versions, is used as it is."""
    name = office.logo_path or ""
    if not name:
        return None
    path = Path(name)
    if path.is_absolute():
        return str(path)
    target = _logo_base() / path
    if target.is_file():
        return str(target)
    row = Setting.get_or_none(Setting.key == LOGO_SETTING.format(id=office.id))
    if row is None:
        return None
    try:
        stored = json.loads(row.value)
        data = base64.b64decode(stored["data"])
    except (ValueError, KeyError, TypeError):
        return None
    written = _materialise(name, data)
    return str(written) if written else None


# --- calendar ------------------------------------------------------------------------------------------------

def calendar_for(office: Office) -> BusinessCalendar:
    """Cached per office and last change, so opening a report does not rebuild holidays each time."""
    key = (office.id, str(office.updated_at))
    cal = _calendar_cache.get(key)
    if cal is None:
        from ispdesk.core.calendar import BusinessCalendar

        hours = parse_hours(json.loads(office.hours_json)) if office.hours_json else None
        closed = closed_days(office)
        cal = BusinessCalendar(tz=office.timezone, hours=hours, closed_days=closed,
                               closed_names={d: n for d, n in closed.items() if n})
        if len(_calendar_cache) > 64:
            _calendar_cache.clear()
        _calendar_cache[key] = cal
    return cal


def office_info(office: Office) -> OfficeInfo:
    from ispdesk.core.dto import OfficeInfo

    cal = calendar_for(office)
    return OfficeInfo(
        name=office.name, legal_name=office.legal_name, address=office.address, phones=office.phones,
        email=office.email, web=office.web, hours_text=cal.hours_text(),
        logo_path=logo_file(office), legal_text=office.legal_text or DEFAULT_LEGAL_TEXT,
    )


# --- settings: deadline policies ---------------------------------------------------------------------------------

POLICIES_KEY = "deadline_policies"


def get_setting(key: str, default: object = None) -> object:
    row = Setting.get_or_none(Setting.key == key)
    return json.loads(row.value) if row else default


def save_setting(key: str, value: object) -> None:
    """Write one setting (inside the caller's transaction, which also writes its audit event)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    Setting.insert(key=key, value=text).on_conflict(conflict_target=[Setting.key],
                                                    update={Setting.value: text}).execute()


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


MAX_TERM = {"horas_naturales": 8760, "horas_habiles": 8760, "dias_naturales": 365, "dias_habiles": 365,
            "dias_habiles_legales": 365}


def _check_term(check: Checks, term: Any, label: str, field: str) -> None:
    from ispdesk.core.deadlines import UNIT_LABELS

    limit = MAX_TERM.get(str(term.unit), 365)
    if term.amount < 1 or term.amount > limit:
        check.add(f"{label}: de 1 a {limit} {UNIT_LABELS[term.unit]}.", field)


def _policy_words(policy: Policy) -> str:
    from ispdesk.core.deadlines import UNIT_DESCRIPTIONS

    def term(t: Any) -> str:
        return f"{t.amount} {UNIT_DESCRIPTIONS[t.unit]}"

    words = f"respuesta {term(policy.response)}, solución {term(policy.resolution)}"
    if policy.before_billing_cutoff:
        words += ", antes del corte"
    if policy.external_resolution is not None:
        words += f", causa externa {term(policy.external_resolution)}"
    return words


def set_policy(actor: Actor, kind: str, policy: Policy) -> None:
    """Applies to reports opened from now on; deadlines already promised are not rewritten."""
    from ispdesk.core.vocab import KIND_LABELS, KINDS

    check = Checks()
    if kind not in KINDS:
        check.add(f"Tipo de reporte «{kind}» desconocido.", "kind")
    _check_term(check, policy.response, "Primera respuesta", "response")
    _check_term(check, policy.resolution, "Solución", "resolution")
    if policy.external_resolution is not None:
        _check_term(check, policy.external_resolution, "Plazo con causa externa", "external_resolution")
    check.done()
    with write_tx():  # read and write under the lock: two managers saving at once both count
        me = _actor(actor)
        require(me, Action.SETTINGS_EDIT)
        before = policies()[kind]
        stored = dict(get_setting(POLICIES_KEY) or {})  # type: ignore[arg-type]
        stored[kind] = policy.to_dict()
        save_setting(POLICIES_KEY, stored)
        if before != policy:
            record_audit(me, "setting", f"{POLICIES_KEY}.{kind}", "edited",
                         f"Plazos de {KIND_LABELS[kind]}: {_policy_words(policy)} (antes: {_policy_words(before)})",
                         {"antes": before.to_dict(), "después": policy.to_dict()})


def reset_policy(actor: Actor, kind: str) -> None:
    """Back to the regulatory default for `kind` (reports opened from now on)."""
    from ispdesk.core.deadlines import DEFAULT_POLICIES
    from ispdesk.core.vocab import KIND_LABELS, KINDS

    if kind not in KINDS:
        raise ValidationError(f"Tipo de reporte «{kind}» desconocido.", "kind")
    with write_tx():
        me = _actor(actor)
        require(me, Action.SETTINGS_EDIT)
        stored = dict(get_setting(POLICIES_KEY) or {})  # type: ignore[arg-type]
        if kind not in stored:
            return
        before = policies()[kind]
        del stored[kind]
        save_setting(POLICIES_KEY, stored)
        record_audit(me, "setting", f"{POLICIES_KEY}.{kind}", "reset",
                     f"Plazos de {KIND_LABELS[kind]} a los predeterminados: {_policy_words(DEFAULT_POLICIES[kind])}",
                     {"antes": before.to_dict(), "después": DEFAULT_POLICIES[kind].to_dict()})
