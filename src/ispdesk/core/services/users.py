"""Users: passwords (scrypt at OWASP's parameters, old hashes upgraded at sign-in), sign-in with growing delays per
account and per machine, the manager's user administration, and who may act from scripts.

Every decision reads the acting user's current row (`actor_row`) inside the transaction, never the caller's object:
a user deactivated while signed in, or a `role` changed on an object in memory, gets nothing. Users are never
deleted (events keep naming them): they are deactivated.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import logging
import math
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass

from ispdesk.core.clock import now_utc
from ispdesk.core.db import is_sqlite, lock_rows, write_tx
from ispdesk.core.errors import Checks, DomainError, NotFound, PermissionDenied, ValidationError
from ispdesk.core.models import LoginThrottle, Office, Setting, User
from ispdesk.core.permissions import ROLE_LABELS, Action, Role, require
from ispdesk.core.session import HasId, Session, ident
from ispdesk.core.text import clean_text

from .audit_log import record_audit

Actor = User | Session | HasId | int
UserRef = User | HasId | int

SYSTEM_USERNAME = "sistema"  # acts for the command line when no --user is given; it cannot sign in
SCRIPT_USERS_KEY = "script_users"  # setting: usernames the command line's --user may act as

# OWASP Password Storage Cheat Sheet: scrypt with N=2^17, r=8, p=1 (128 MiB; about half a second on an office PC).
# Tests lower it (tests/conftest.py); hashes made with other parameters are upgraded at the next sign-in.
SCRYPT_PARAMS: dict[str, int] = {"n": 2**17, "r": 8, "p": 1}
_MAX_SCRYPT_MEMORY = 1 << 30  # a stored hash asking for more than 1 GiB is refused, not computed
_LEGACY_HASH_PREFIX = "scrypt$"

# Sign-in throttling: after FREE failures a delay, doubling with each further failure, capped. Per account
# ("u:<username>", known or not: the same answers either way; a success clears it; quiet for a day, it starts over)
# and per machine ("m:<host>", failures across accounts, so one PC cannot try many accounts a few times each; a
# success does not clear it — an attacker with an account of their own could — but an hour without failures does,
# so a front-desk PC's everyday typos never add up to a delay).
ACCOUNT_FREE_FAILURES = 5
MACHINE_FREE_FAILURES = 10
FIRST_DELAY_SECONDS = 30
MAX_DELAY_SECONDS = 15 * 60
FORGET_AFTER = dt.timedelta(hours=24)
MACHINE_FORGET_AFTER = dt.timedelta(hours=1)

BAD_CREDENTIALS = "Usuario o contraseña incorrectos."


# --- passwords -----------------------------------------------------------------------------------------------

def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    maxmem = 128 * r * (n + 2) + 128 * r * p + (1 << 20)
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=maxmem)


def hash_password(password: str) -> str:
    """"scrypt$N$r$p$salt$digest" with the current parameters and a fresh salt."""
    params = SCRYPT_PARAMS
    salt = os.urandom(16)
    digest = _scrypt(password, salt, params["n"], params["r"], params["p"])
    return "scrypt${n}${r}${p}${salt}${digest}".format(
        salt=base64.b64encode(salt).decode(), digest=base64.b64encode(digest).decode(), **params
    )


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    try:
        scheme, n_s, r_s, p_s, salt_b64, digest_b64 = stored.split("$")
        n, r, p = int(n_s), int(r_s), int(p_s)
        salt, digest = base64.b64decode(salt_b64, validate=True), base64.b64decode(digest_b64, validate=True)
    except ValueError:
        return None
    if scheme != "scrypt" or n < 2 or n & (n - 1) or r < 1 or p < 1 or p > 16:
        return None
    if 128 * r * (n + 2 + p) > _MAX_SCRYPT_MEMORY:
        return None
    return n, r, p, salt, digest


def verify_password(password: str, stored: str) -> bool:
    parsed = _parse(stored or "")
    if parsed is None:
        return False
    n, r, p, salt, digest = parsed
    return hmac.compare_digest(_scrypt(password, salt, n, r, p), digest)


def needs_rehash(stored: str) -> bool:
    """Whether a stored hash was made with other (older) parameters than today's."""
    parsed = _parse(stored or "")
    if parsed is None:
        return False
    n, r, p, _salt, _digest = parsed
    return (n, r, p) != (SCRYPT_PARAMS["n"], SCRYPT_PARAMS["r"], SCRYPT_PARAMS["p"])


def _burn_time(password: str) -> None:
    """The same work as checking a real password: an unknown user takes as long to refuse as a known one."""
    _scrypt(password, b"\0" * 16, SCRYPT_PARAMS["n"], SCRYPT_PARAMS["r"], SCRYPT_PARAMS["p"])


def _check_password(password: str) -> str:
    if not isinstance(password, str) or len(password) < 6:
        raise ValidationError("Contraseña: al menos 6 caracteres.", "password")
    if len(password) > 200:
        raise ValidationError("Contraseña: máximo 200 caracteres.", "password")
    return password


def _clean_username(username: str) -> str:
    name = clean_text(username, "Usuario", max_len=40, required=True, field="username").lower()
    if not all(c.isalnum() or c in "._-" for c in name):
        raise ValidationError("Usuario: sólo letras, números, punto, guion y guion bajo.", "username")
    if name == SYSTEM_USERNAME:
        raise ValidationError(f"Usuario: «{SYSTEM_USERNAME}» está reservado para la línea de comandos.", "username")
    return name


def _role(role: str) -> str:
    try:
        return Role(role).value
    except ValueError:
        raise ValidationError(
            f"Rol «{role}» desconocido; use recepcion, tecnico, jefe_tecnico, gerente o admin.", "role"
        ) from None


def _full_name(value: object) -> str:
    return clean_text(value, "Nombre completo", max_len=120, required=True, field="full_name")


def _phone(value: object) -> str:
    from ispdesk.core.phones import normalize_phone

    text = str(value or "").strip()
    return normalize_phone(text, field="phone") if text else ""


# --- sign-in throttling --------------------------------------------------------------------------------------

def this_machine() -> str:
    """The name of this PC: the per-machine throttle key."""
    try:
        return socket.gethostname() or "desconocida"
    except OSError:
        return "desconocida"


def _account_key(username: str) -> str:
    return "u:" + username[:100]


def _machine_key(machine: str) -> str:
    return "m:" + (machine or "desconocida")[:100]


def _delay_seconds(failures: int, free: int) -> int:
    if failures < free:
        return 0
    return min(FIRST_DELAY_SECONDS * 2 ** min(failures - free, 20), MAX_DELAY_SECONDS)


def _wait_text(seconds: float) -> str:
    secs = max(1, math.ceil(seconds))
    if secs < 90:
        return f"{secs} segundos" if secs != 1 else "1 segundo"
    minutes = math.ceil(secs / 60)
    return f"{minutes} minutos"


def _remaining(key: str, now: dt.datetime) -> float:
    """Seconds until `key` may try again (0: now)."""
    row = LoginThrottle.get_or_none(LoginThrottle.key == key)
    if row is None or row.next_allowed_at is None or row.next_allowed_at <= now:
        return 0.0
    return (row.next_allowed_at - now).total_seconds()


def _throttled(account_wait: float, machine_wait: float) -> DomainError:
    if machine_wait > account_wait:
        return DomainError(f"Demasiados intentos fallidos en esta computadora. Espere {_wait_text(machine_wait)} "
                           "e intente de nuevo, o pida al gerente que la desbloquee.", "username")
    return DomainError(f"Demasiados intentos fallidos. Espere {_wait_text(account_wait)} e intente de nuevo, "
                       "o pida al gerente que desbloquee la cuenta.", "username")


def _count_failure(key: str, free: int, now: dt.datetime, forget: dt.timedelta) -> int:
    """One more failure on `key` (inside the caller's transaction); the delay it now imposes, in seconds. A key
    whose last failure is older than `forget` starts over."""
    LoginThrottle.insert(key=key, failures=0, updated_at=now).on_conflict_ignore().execute()
    row = lock_rows(LoginThrottle.select().where(LoginThrottle.key == key)).get()
    failures = 1 if row.updated_at < now - forget else row.failures + 1
    delay = _delay_seconds(failures, free)
    LoginThrottle.update(failures=failures, updated_at=now,
                         next_allowed_at=now + dt.timedelta(seconds=delay) if delay else None).where(
        LoginThrottle.key == key).execute()
    return delay


def authenticate(username: str, password: str, *, machine: str | None = None) -> User:
    """Check a password. Failures grow a delay per account and per machine; unknown and known usernames get the
    same answers, after the same work. A success clears the account's failures and upgrades an old hash.

    The password is checked outside any transaction (scrypt takes about half a second: no other PC waits on it);
    the failure is committed before the error is raised."""
    name = (username or "").strip().lower()
    password = password or ""
    akey, mkey = _account_key(name), _machine_key(machine or this_machine())
    now = now_utc()
    account_wait, machine_wait = _remaining(akey, now), _remaining(mkey, now)
    if account_wait or machine_wait:
        raise _throttled(account_wait, machine_wait)
    user = User.get_or_none(User.username == name)
    stored = user.password_hash if user is not None and name != SYSTEM_USERNAME else ""
    if stored:
        ok = verify_password(password, stored)
    else:
        _burn_time(password)
        ok = False
    upgraded = hash_password(password) if ok and user is not None and user.active and needs_rehash(stored) else None
    error: DomainError | None = None
    with write_tx():
        now = now_utc()
        if not ok:
            delays = (_count_failure(akey, ACCOUNT_FREE_FAILURES, now, FORGET_AFTER),
                      _count_failure(mkey, MACHINE_FREE_FAILURES, now, MACHINE_FORGET_AFTER))
            wait = max(delays)
            error = DomainError(BAD_CREDENTIALS if not wait else
                                f"{BAD_CREDENTIALS} Demasiados intentos: espere {_wait_text(wait)} antes de "
                                "intentar de nuevo.", "password")
        else:
            # A failure committed meanwhile (attempts in parallel) may have imposed a delay: it holds for this
            # attempt too, and says nothing of whether the password was right.
            account_wait, machine_wait = _remaining(akey, now), _remaining(mkey, now)
            current = User.get_or_none(User.id == user.id)  # type: ignore[union-attr]
            if account_wait or machine_wait:
                error = _throttled(account_wait, machine_wait)
            elif current is None or current.password_hash != stored:
                error = DomainError(BAD_CREDENTIALS, "password")  # the password was changed meanwhile
            elif not current.active:  # said only to whoever knows the password
                error = DomainError("Esta cuenta está desactivada. Consulte al gerente.", "username")
            else:
                LoginThrottle.delete().where(LoginThrottle.key == akey).execute()
                if upgraded is not None:
                    User.update(password_hash=upgraded).where(User.id == current.id,
                                                              User.password_hash == stored).execute()
                    current.password_hash = upgraded
                user = current
    if error is not None:
        raise error
    return user  # type: ignore[return-value]


def locked_until(username: str) -> dt.datetime | None:
    """When the account may try to sign in again (naive UTC), or None when it may now."""
    row = LoginThrottle.get_or_none(LoginThrottle.key == _account_key((username or "").strip().lower()))
    if row is None or row.next_allowed_at is None or row.next_allowed_at <= now_utc():
        return None
    return row.next_allowed_at


# --- the acting user -----------------------------------------------------------------------------------------

_inactive_listeners: list[Callable[[int], None]] = []


def on_inactive_account(listener: Callable[[int], None]) -> Callable[[], None]:
    """Call `listener(user_id)` whenever a service refuses a deactivated (or vanished) acting user — from whatever
    thread ran the service: the window signs that user out at once instead of at its next look. Returns the
    function that unregisters it."""
    _inactive_listeners.append(listener)
    return lambda: _inactive_listeners.remove(listener) if listener in _inactive_listeners else None


def actor_row(actor: User | Session | HasId | int) -> User:
    """The acting user's current row: what a service decides on, never the caller's copy (which may predate a
    deactivation or a change of role)."""
    user = (User.select(User.id, User.username, User.full_name, User.role, User.active, User.office, User.phone)
            .where(User.id == ident(actor)).first())  # what decisions read; every write re-reads it, so keep it lean
    if user is None or not user.active:
        for listener in list(_inactive_listeners):
            try:
                listener(ident(actor))
            except Exception:  # a listener's trouble must not change the refusal
                logging.getLogger(__name__).debug("inactive-account listener failed", exc_info=True)
        raise PermissionDenied("Su cuenta ya no está activa: no puede hacer cambios. Consulte al gerente.")
    return user


def session_of(actor: User | Session | HasId | int) -> Session:
    """A fresh session for the user (re-read): the window refreshes its own with it, and signs out when this
    raises (the account was deactivated)."""
    return Session.of(actor_row(actor))


def ensure_system_user() -> None:
    """Create `sistema` if it is missing (a no-op otherwise). It is made with the schema (and by migration v5 for
    older databases), never by the command that first needs it: a command that is then refused must leave nothing
    written. It belongs to no office (there may be none yet); services fall back to the customer's or the first
    office. Safe when several processes run it at once (the insert ignores a row another one just made)."""
    with write_tx():
        User.insert(username=SYSTEM_USERNAME, full_name="Sistema (línea de comandos)", role=Role.RECEPCION,
                    password_hash="", office=None, created_at=now_utc()).on_conflict_ignore().execute()


def system_user() -> User:
    """The non-interactive account that the command line acts as; it cannot sign in. Only read: the schema made
    it (`ensure_system_user`)."""
    user = User.get_or_none(User.username == SYSTEM_USERNAME)
    if user is None:
        raise DomainError(f"Falta la cuenta «{SYSTEM_USERNAME}» de la línea de comandos en esta base de datos; "
                          "ábrala con esta versión de ispdesk para completarla, o indique --user.")
    return user


def get_user(username: str) -> User:
    user = User.get_or_none(User.username == clean_text(username, "Usuario", max_len=1_000_000).lower())
    if user is None:
        raise NotFound(f"No existe el usuario «{username}».", "username")
    return user


def script_users() -> list[str]:
    """The usernames the command line may act as (besides `sistema`), as the manager set them."""
    row = Setting.get_or_none(Setting.key == SCRIPT_USERS_KEY)
    try:
        names = json.loads(row.value) if row else []
    except ValueError:
        return []
    return sorted({str(n) for n in names}) if isinstance(names, list) else []


def script_actor(username: str | None) -> User:
    """Whom the command line acts as: `sistema` without --user; otherwise only an active, unlocked user the manager
    allowed to act from scripts (Usuarios → «Puede usarse en scripts»)."""
    name = (username or "").strip().lower()
    if not name or name == SYSTEM_USERNAME:
        return system_user()
    user = get_user(name)
    if not user.active:
        raise PermissionDenied(f"El usuario «{name}» está desactivado.", "username")
    if locked_until(name) is not None:
        raise PermissionDenied(f"La cuenta «{name}» está bloqueada por intentos fallidos de inicio de sesión; el "
                               "gerente puede desbloquearla en Administración → Usuarios.", "username")
    if name not in script_users():
        raise PermissionDenied(f"El usuario «{name}» no puede actuar desde la línea de comandos. El gerente lo "
                               "permite en Administración → Usuarios («Puede usarse en scripts»); sin --user "
                               f"actúa la cuenta «{SYSTEM_USERNAME}».", "username")
    return user


# --- the manager's administration ----------------------------------------------------------------------------

_MANAGERS = (Role.GERENTE.value, Role.ADMIN.value)


def _serialise_admin() -> None:
    """Inside the transaction, before reading anything: changes of role or of active status happen one at a time,
    so two managers demoting each other at once cannot both see the other still in charge. (SQLite's BEGIN
    IMMEDIATE already serialises every writer; on PostgreSQL a transaction-scoped advisory lock, which cannot
    deadlock against the row locks taken afterwards.)"""
    if not is_sqlite():
        from ispdesk.core.db import db

        db.execute_sql("SELECT pg_advisory_xact_lock(7714553)")


def _target(user: UserRef) -> User:
    """The user being changed, re-read (and locked on PostgreSQL) inside the transaction."""
    row = lock_rows(User.select().where(User.id == ident(user))).first()
    if row is None or row.username == SYSTEM_USERNAME:
        raise NotFound("El usuario ya no existe.", "user")
    return row


def _require_over(actor: User, target: User) -> None:
    """A manager administers the staff; only an administrator touches an administrator's account."""
    require(actor, Action.USERS_MANAGE)
    if target.role == Role.ADMIN and actor.role != Role.ADMIN:
        raise PermissionDenied("Sólo un administrador puede modificar la cuenta de otro administrador.")


def _keep_a_manager(target: User, role: str, active: bool) -> None:
    """Refuse a change that leaves no active manager (gerente), or no one at all who can manage users."""
    if not target.active or target.role not in _MANAGERS:
        return
    others = User.select(User.role).where(User.role.in_(_MANAGERS), User.active == True,  # noqa: E712
                                          User.id != target.id, User.username != SYSTEM_USERNAME)
    remaining = {u.role for u in others}  # counted under `_serialise_admin`: no other change of a role is in flight
    what = "desactivar" if not active else "cambiar de rol"
    if target.role == Role.GERENTE and (not active or role != Role.GERENTE) and Role.GERENTE not in remaining:
        raise DomainError(f"No se puede {what} a {target.full_name}: es el último gerente activo. Dé el rol de "
                          "gerente a otra cuenta antes.", "role" if active else "active")
    if (not active or role not in _MANAGERS) and not remaining:
        raise DomainError(f"No se puede {what} a {target.full_name}: nadie más podría administrar los usuarios.",
                          "role" if active else "active")


def _office_id(office: Office | HasId | int | None, default: int | None) -> int | None:
    if office is None:
        return default
    oid = ident(office)
    if not Office.select().where(Office.id == oid).exists():
        raise ValidationError("La oficina ya no existe.", "office")
    return oid


def _role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role)  # type: ignore[call-overload]


def create_user(actor: Actor, username: str, full_name: str, role: str, password: str, *, phone: str = "",
                office: Office | HasId | int | None = None) -> User:
    """A new account (every wrong field reported at once). Only an administrator creates an administrator."""
    check = Checks()
    name = check(_clean_username, username)
    full = check(_full_name, full_name)
    role_code = check(_role, role)
    check(_check_password, password)
    digits = check(_phone, phone)
    if name and User.select().where(User.username == name).exists():
        check.add(f"Ya existe el usuario «{name}».", "username")
    require(actor_row(actor), Action.USERS_MANAGE)  # before half a second of hashing
    check.done()
    password_hash = hash_password(password)  # outside the transaction: nobody waits on it
    with write_tx():
        me = actor_row(actor)
        require(me, Action.USERS_MANAGE)
        if role_code == Role.ADMIN and me.role != Role.ADMIN:
            raise PermissionDenied("Sólo un administrador puede crear otro administrador.", "role")
        if User.select().where(User.username == name).exists():
            raise ValidationError(f"Ya existe el usuario «{name}».", "username")
        user = User.create(username=name, full_name=full, role=role_code, password_hash=password_hash,
                           office=_office_id(office, me.office_id), phone=digits, created_at=now_utc())
        record_audit(me, "user", user.id, "created",
                     f"Cuenta creada: {full} ({name}), {_role_label(role_code)}",
                     {"username": name, "full_name": full, "role": role_code, "office": user.office_id,
                      "phone": digits})
    return user


def update_user(actor: Actor, user: UserRef, *, full_name: str | None = None, role: str | None = None,
                phone: str | None = None, office: Office | HasId | int | None = None) -> User:
    """Edit an account: anyone their own name and phone; a manager the staff's name, phone, role and office.
    None leaves a field as it is. The last active manager cannot lose the role."""
    check = Checks()
    fields: dict[str, object] = {}
    if full_name is not None:
        fields["full_name"] = check(_full_name, full_name)
    if role is not None:
        fields["role"] = check(_role, role)
    if phone is not None:
        fields["phone"] = check(_phone, phone)
    check.done()
    with write_tx():
        _serialise_admin()
        me = actor_row(actor)
        target = _target(user)
        if office is not None:
            fields["office"] = _office_id(office, target.office_id)
        managerial = {k for k in fields if k in ("role", "office")}
        if target.id != me.id or managerial:
            _require_over(me, target)
        new_role = str(fields.get("role", target.role))
        if new_role == Role.ADMIN and target.role != Role.ADMIN and me.role != Role.ADMIN:
            raise PermissionDenied("Sólo un administrador puede dar el rol de administrador.", "role")
        if new_role != target.role:
            _keep_a_manager(target, new_role, True)
        before = {"full_name": target.full_name, "role": target.role, "phone": target.phone,
                  "office": target.office_id}
        changed = {k: v for k, v in fields.items() if before[k] != v}
        if changed:
            User.update(**changed).where(User.id == target.id).execute()
            words = []
            if "role" in changed:
                words.append(f"rol {_role_label(target.role)} → {_role_label(str(changed['role']))}")
            if "full_name" in changed:
                words.append(f"nombre «{target.full_name}» → «{changed['full_name']}»")
            if "phone" in changed:
                words.append("celular cambiado" if changed["phone"] else "celular borrado")
            if "office" in changed:
                words.append("oficina cambiada")
            record_audit(me, "user", target.id, "edited", f"Cuenta de {target.username}: " + "; ".join(words),
                         {k: {"antes": before[k], "después": v} for k, v in changed.items()})
    return User.get_by_id(target.id)


def set_phone(actor: Actor, user: UserRef, phone: str) -> str:
    """A staff member's mobile (technicians get their work orders by WhatsApp); "" clears it."""
    update_user(actor, user, phone=phone)
    return _phone(phone)


def set_password(actor: Actor, user: UserRef, password: str) -> None:
    """One's own new password, or a manager's reset of someone else's (which also lifts the sign-in delay)."""
    _check_password(password)
    password_hash = hash_password(password)
    with write_tx():
        me = actor_row(actor)
        target = _target(user)
        if target.id != me.id:
            _require_over(me, target)
        User.update(password_hash=password_hash, failed_logins=0, locked_until=None).where(
            User.id == target.id).execute()
        LoginThrottle.delete().where(LoginThrottle.key == _account_key(target.username)).execute()
        if target.id == me.id:
            record_audit(me, "user", target.id, "password", f"{target.username} cambió su contraseña")
        else:
            record_audit(me, "user", target.id, "password_reset",
                         f"Contraseña de {target.username} restablecida por {me.username}")


reset_password = set_password


def set_active(actor: Actor, user: UserRef, active: bool) -> None:
    """Deactivate (never delete: events keep naming the user) or reactivate an account. A deactivated user's
    windows sign out on their next look at the database."""
    with write_tx():
        _serialise_admin()
        me = actor_row(actor)
        target = _target(user)
        _require_over(me, target)
        if target.id == me.id and not active:
            raise DomainError("No puede desactivar su propia cuenta.", "active")
        if target.active == bool(active):
            return
        if not active:
            _keep_a_manager(target, target.role, False)
        User.update(active=bool(active)).where(User.id == target.id).execute()
        record_audit(me, "user", target.id, "activated" if active else "deactivated",
                     f"Cuenta de {target.username} {'reactivada' if active else 'desactivada'}",
                     {"active": bool(active)})


def unlock(actor: Actor, user: UserRef) -> bool:
    """Lift the sign-in delay of an account (a manager, after a user's typos or someone's attempts). False when it
    had none."""
    with write_tx():
        me = actor_row(actor)
        target = _target(user)
        _require_over(me, target)
        key = _account_key(target.username)
        cleared = LoginThrottle.delete().where(LoginThrottle.key == key).execute()
        User.update(failed_logins=0, locked_until=None).where(User.id == target.id).execute()
        if cleared:
            record_audit(me, "user", target.id, "unlocked", f"Cuenta de {target.username} desbloqueada")
    return bool(cleared)


def unlock_machine(actor: Actor, machine: str) -> bool:
    """Lift the sign-in delay of a PC (failures across accounts)."""
    with write_tx():
        me = actor_row(actor)
        require(me, Action.USERS_MANAGE)
        cleared = LoginThrottle.delete().where(LoginThrottle.key == _machine_key(machine)).execute()
        if cleared:
            record_audit(me, "machine", machine, "unlocked", f"Computadora «{machine}» desbloqueada")
    return bool(cleared)


def set_script_access(actor: Actor, user: UserRef, allowed: bool) -> None:
    """Whether the command line's --user may act as this user (scripts, cron jobs, web forms)."""
    with write_tx():
        me = actor_row(actor)
        target = _target(user)
        _require_over(me, target)
        names = set(script_users())
        if (target.username in names) == bool(allowed):
            return
        names = names | {target.username} if allowed else names - {target.username}
        text = json.dumps(sorted(names))
        Setting.insert(key=SCRIPT_USERS_KEY, value=text).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: text}).execute()
        record_audit(me, "setting", SCRIPT_USERS_KEY, "edited",
                     f"{target.username} {'puede' if allowed else 'ya no puede'} actuar desde scripts",
                     {"username": target.username, "allowed": bool(allowed)})


# --- preferences, lists, first run ---------------------------------------------------------------------------

def _prefs(user: User) -> dict[str, object]:
    try:
        prefs = json.loads(user.prefs_json or "{}")
    except ValueError:
        return {}
    return prefs if isinstance(prefs, dict) else {}


def get_pref(user: User | Session | HasId | int, key: str, default: object = None) -> object:
    row = User.get_or_none(User.id == ident(user))
    return _prefs(row).get(key, default) if row is not None else default


def set_pref(user: User | Session | HasId | int, key: str, value: object) -> None:
    """Per-user memory such as the last channel a receptionist used (not a report change: no event)."""
    with write_tx():
        row = User.get_or_none(User.id == ident(user))
        if row is None:
            return
        prefs = _prefs(row)
        prefs[key] = value
        text = json.dumps(prefs, ensure_ascii=False)
        User.update(prefs_json=text).where(User.id == row.id).execute()
    if isinstance(user, User):
        user.prefs_json = text


def needs_setup() -> bool:
    """True on an empty database: no office or no account that can sign in."""
    if not Office.select().exists():
        return True
    return not User.select().where(User.password_hash != "", User.active == True).exists()  # noqa: E712


def interactive_users() -> list[User]:
    return list(User.select().where(User.username != SYSTEM_USERNAME).order_by(User.full_name))


def users_with_role(*roles: str) -> list[User]:
    return list(
        User.select().where(User.role.in_(roles), User.active == True,  # noqa: E712
                            User.username != SYSTEM_USERNAME).order_by(User.full_name)
    )


def bootstrap_manager(office: Office, username: str, full_name: str, password: str) -> User:
    """First run only: the first manager account is created without an acting user."""
    if User.select().where(User.username != SYSTEM_USERNAME, User.password_hash != "").exists():
        raise DomainError("La configuración inicial ya se hizo: ya existen usuarios.")
    check = Checks()
    name = check(_clean_username, username)
    full = check(_full_name, full_name)
    check(_check_password, password)
    check.done()
    password_hash = hash_password(password)
    with write_tx():
        if User.select().where(User.username == name).exists():
            raise ValidationError(f"Ya existe el usuario «{name}».", "username")
        user = User.create(username=name, full_name=full, role=Role.GERENTE, password_hash=password_hash,
                           office=office, created_at=now_utc())
        record_audit(None, "user", user.id, "created", f"Cuenta creada en la configuración inicial: {full} ({name}), "
                     "Gerente", {"username": name, "full_name": full, "role": Role.GERENTE.value})
    return user


@dataclass(frozen=True)
class LockedMachine:
    """A PC whose sign-ins wait after many failures (the users screen lists them to unlock)."""

    machine: str
    failures: int
    until: dt.datetime  # naive UTC


def locked_machines() -> list[LockedMachine]:
    now = now_utc()
    rows = LoginThrottle.select().where(LoginThrottle.key.startswith("m:"), LoginThrottle.next_allowed_at > now)
    return [LockedMachine(r.key[2:], r.failures, r.next_allowed_at) for r in rows.order_by(LoginThrottle.key)]
