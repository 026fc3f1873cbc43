"""The office's own lists: causes, areas, each kind's default area, and the zones each technician covers.

Seeded from `vocab` on a new database; the manager edits them (settings screens). Codes never change once used
(resolutions and reports point at them), so a cause or an area is deactivated, never deleted or renamed in code.
"""

from __future__ import annotations

import re

from ispdesk.core.db import write_tx
from ispdesk.core.errors import Checks, NotFound, ValidationError
from ispdesk.core.models import Area, Cause, KindArea, TechZone, User
from ispdesk.core.permissions import Action, Role, require
from ispdesk.core.session import HasId, Session, ident
from ispdesk.core.text import clean_text, fold
from ispdesk.core.vocab import AREA_TECNICA, KIND_LABELS, CauseCategory, Kind

from .audit_log import record_audit
from .users import actor_row

Actor = User | Session | HasId | int
_CODE = re.compile(r"^[a-z][a-z0-9_]{1,29}$")


def _code_from(label: str) -> str:
    """"Antena desalineada" → "antena_desalineada": a stable code made once from the first label."""
    return "_".join(re.findall(r"[a-z0-9]+", fold(label)))[:30] or "x"


def save_cause(actor: Actor, *, label: str, category: str, code: str = "", active: bool = True) -> Cause:
    """Add a cause to the list, or relabel / (de)activate an existing one (its code and category stay)."""
    check = Checks()
    label = check(clean_text, label, "Causa", max_len=120, required=True, field="label")
    if category not in tuple(CauseCategory):
        check.add("Tipo de causa: interna o externa.", "category")
    new_code = code or (_code_from(label) if label else "")
    if not code and label and not _CODE.match(new_code):
        check.add("Clave de la causa: letras minúsculas, números y guion bajo.", "code")
    check.done()
    with write_tx():
        me = actor_row(actor)
        require(me, Action.SETTINGS_EDIT)
        existing = Cause.get_or_none(Cause.code == code) if code else None
        if existing is not None:
            if (existing.label, existing.active) != (label, bool(active)):
                Cause.update(label=label, active=active).where(Cause.code == code).execute()
                record_audit(me, "cause", code, "edited", _edit_words("Causa", existing.label, label,
                                                                      existing.active, active),
                             {"antes": {"label": existing.label, "active": existing.active},
                              "después": {"label": label, "active": bool(active)}})
            return Cause.get_by_id(code)
        if not _CODE.match(new_code):
            raise ValidationError("Clave de la causa: letras minúsculas, números y guion bajo.", "code")
        if Cause.select().where(Cause.code == new_code).exists():
            raise ValidationError(f"Ya existe una causa con la clave «{new_code}».", "code")
        sort = (Cause.select(Cause.sort).order_by(Cause.sort.desc()).scalar() or 0) + 1
        cause = Cause.create(code=new_code, category=category, label=label, sort=sort, active=active)
        record_audit(me, "cause", new_code, "created", f"Causa nueva ({category}): {label}",
                     {"label": label, "category": category, "active": bool(active)})
        return cause


def _edit_words(what: str, old_label: str, label: str, was_active: bool, active: bool) -> str:
    """"Causa «Viento» → «Viento fuerte», desactivada"."""
    parts = [f"«{old_label}» → «{label}»" if old_label != label else f"«{label}»"]
    if bool(was_active) != bool(active):
        parts.append("reactivada" if active else "desactivada")
    return f"{what} " + ", ".join(parts)


def save_area(actor: Actor, *, name: str, code: str = "", active: bool = True) -> Area:
    """Add an area (an inbox), or rename / (de)activate one. The technical area and an area some kind of report
    goes to stay active."""
    name = clean_text(name, "Área", max_len=80, required=True, field="name")
    with write_tx():
        me = actor_row(actor)
        require(me, Action.SETTINGS_EDIT)
        existing = Area.get_or_none(Area.code == code) if code else None
        if existing is not None:
            if not active and code == "tecnica":
                raise ValidationError("El área técnica no se puede desactivar: es la de los técnicos.", "active")
            if not active and KindArea.select().where(KindArea.area == code).exists():
                raise ValidationError("Hay tipos de reporte que van a esta área: cámbielos antes de desactivarla.",
                                      "active")
            if (existing.name, existing.active) != (name, bool(active)):
                Area.update(name=name, active=active).where(Area.code == code).execute()
                record_audit(me, "area", code, "edited", _edit_words("Área", existing.name, name, existing.active,
                                                                     active),
                             {"antes": {"name": existing.name, "active": existing.active},
                              "después": {"name": name, "active": bool(active)}})
            return Area.get_by_id(code)
        new_code = code or _code_from(name)
        if Area.select().where(Area.code == new_code).exists():
            raise ValidationError(f"Ya existe un área con la clave «{new_code}».", "name" if not code else "code")
        sort = (Area.select(Area.sort).order_by(Area.sort.desc()).scalar() or 0) + 1
        area = Area.create(code=new_code, name=name, sort=sort, active=active)
        record_audit(me, "area", new_code, "created", f"Área nueva: {name}", {"name": name, "active": bool(active)})
        return area


def set_kind_area(actor: Actor, kind: str, area: str) -> None:
    """Where new reports of `kind` go; reports already filed stay where they are."""
    if kind not in tuple(Kind):
        raise ValidationError(f"Tipo de reporte «{kind}» desconocido.", "kind")
    with write_tx():
        me = actor_row(actor)
        require(me, Action.SETTINGS_EDIT)
        row = Area.get_or_none(Area.code == area)
        if row is None or not row.active:
            raise ValidationError(f"Área «{area}» desconocida.", "area")
        before = KindArea.get_or_none(KindArea.kind == kind)
        before_code = before.area_id if before is not None else AREA_TECNICA
        if before_code == area:
            return
        KindArea.insert(kind=kind, area=area).on_conflict(
            conflict_target=[KindArea.kind], update={KindArea.area: area}).execute()
        old = Area.get_or_none(Area.code == before_code)
        record_audit(me, "kind_area", kind, "edited",
                     f"{KIND_LABELS[kind]} va a {row.name} (antes: {old.name if old else before_code})",
                     {"antes": before_code, "después": area})


def set_zones(actor: Actor, technician: User | HasId | int, zones: list[str]) -> list[str]:
    """The zones a technician covers, as "Zona" or "Zona/Torre" (the board suggests them there)."""
    pairs: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    check = Checks()
    for item in zones:
        zone, _, tower = str(item).partition("/")
        zone = check(clean_text, zone, "Zona", max_len=80, field="zones")
        tower = check(clean_text, tower, "Torre", max_len=80, field="zones")
        if zone is None or tower is None:
            continue
        if tower and not zone:
            check.add(f"«{item}»: escriba la zona antes de la torre (Zona/Torre).", "zones")
            continue
        key = (zone.casefold(), tower.casefold())  # zones are matched without case, so are duplicates
        if zone and key not in seen:
            seen.add(key)
            pairs.append((zone, tower))
    check.done()
    out = [f"{z}/{t}" if t else z for z, t in pairs]
    with write_tx():
        me = actor_row(actor)
        require(me, Action.USERS_MANAGE)
        tech = User.get_or_none(User.id == ident(technician))
        if tech is None:
            raise NotFound("El usuario ya no existe.", "technician")
        if tech.role not in (Role.TECNICO, Role.JEFE_TECNICO):
            raise ValidationError("Sólo los técnicos cubren zonas.", "zones")
        before = [f"{z.zone}/{z.tower}" if z.tower else z.zone
                  for z in TechZone.select().where(TechZone.user == tech.id).order_by(TechZone.id)]
        if before == out:
            return out
        TechZone.delete().where(TechZone.user == tech.id).execute()
        for zone, tower in pairs:
            TechZone.create(user=tech.id, zone=zone, tower=tower)
        record_audit(me, "user", tech.id, "zones",
                     f"Zonas de {tech.full_name}: {', '.join(out) or 'ninguna'} "
                     f"(antes: {', '.join(before) or 'ninguna'})",
                     {"antes": before, "después": out})
    return out
