"""Users, passwords (scrypt), sign-in with lock-out, and the first-run set-up."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import os

from ispdesk.core.clock import now_utc
from ispdesk.core.db import is_sqlite, write_tx
from ispdesk.core.errors import DomainError, NotFound, PermissionDenied, ValidationError
from ispdesk.core.models import Office, User
from ispdesk.core.permissions import Action, Role, require
from ispdesk.core.session import HasId, Session, ident
from ispdesk.core.text import clean_text

SYSTEM_USERNAME = "sistema"  # acts for the command line when no --user is given
MAX_FAILED = 5
LOCK_SECONDS = 60
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)
    return "scrypt${n}${r}${p}${salt}${digest}".format(
        salt=base64.b64encode(salt).decode(), digest=base64.b64encode(digest).decode(), **_SCRYPT
    )


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=base64.b64decode(salt_b64), dklen=32, n=int(n), r=int(r), p=int(p)
    )
    return hmac.compare_digest(digest, base64.b64decode(digest_b64))


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
    return name


def _role(role: str) -> str:
    try:
        return Role(role).value
    except ValueError:
        raise ValidationError(
            f"Rol «{role}» desconocido; use recepcion, tecnico, jefe_tecnico, gerente o admin.", "role"
        ) from None


def _create(username: str, full_name: str, role: str, password: str | None, office: Office | None) -> User:
    username = _clean_username(username)
    full_name = clean_text(full_name, "Nombre completo", max_len=120, required=True, field="full_name")
    role = _role(role)
    if User.select().where(User.username == username).exists():
        raise ValidationError(f"Ya existe el usuario «{username}».", "username")
    return User.create(
        username=username,
        full_name=full_name,
        role=role,
        password_hash=hash_password(_check_password(password)) if password is not None else "",
        office=office,
        created_at=now_utc(),
    )


def create_user(actor: User, username: str, full_name: str, role: str, password: str) -> User:
    require(actor, Action.USERS_MANAGE)
    if role == Role.ADMIN and actor.role != Role.ADMIN:
        raise DomainError("Sólo un administrador puede crear otro administrador.", "role")
    with write_tx():
        return _create(username, full_name, role, password, actor.office)


def _require_over(actor: User, user: User) -> None:
    require(actor, Action.USERS_MANAGE)
    if user.role == Role.ADMIN and actor.role != Role.ADMIN:
        raise PermissionDenied("Sólo un administrador puede modificar la cuenta de otro administrador.")


def set_password(actor: User, user: User, password: str) -> None:
    if actor.id != user.id:
        _require_over(actor, user)
    with write_tx():
        User.update(password_hash=hash_password(_check_password(password)), failed_logins=0,
                    locked_until=None).where(User.id == user.id).execute()


def set_phone(actor: User | Session | HasId | int, user: User | HasId | int, phone: str) -> str:
    """A staff member's mobile (technicians get their work orders by WhatsApp); "" clears it."""
    from ispdesk.core.phones import normalize_phone

    digits = normalize_phone(phone, field="phone") if (phone or "").strip() else ""
    with write_tx():
        row = actor_row(actor)
        target = User.get_or_none(User.id == ident(user))
        if target is None:
            raise NotFound("El usuario ya no existe.", "user")
        if row.id != target.id:
            _require_over(row, target)
        User.update(phone=digits).where(User.id == target.id).execute()
    return digits


def set_active(actor: User, user: User, active: bool) -> None:
    _require_over(actor, user)
    if actor.id == user.id and not active:
        raise DomainError("No puede desactivar su propia cuenta.")
    with write_tx():
        User.update(active=active).where(User.id == user.id).execute()


def actor_row(actor: User | Session | HasId | int) -> User:
    """The acting user's current row: what a service decides on, never the caller's copy (which may predate a
    deactivation or a change of role)."""
    user = (User.select(User.id, User.username, User.full_name, User.role, User.active, User.office, User.phone)
            .where(User.id == ident(actor)).first())  # what decisions read; every write re-reads it, so keep it lean
    if user is None or not user.active:
        raise PermissionDenied("Su cuenta ya no está activa: no puede hacer cambios. Consulte al gerente.")
    return user


def session_of(actor: User | Session | HasId | int) -> Session:
    """A fresh session for the user (re-read): the window refreshes its own with it."""
    return Session.of(actor_row(actor))


def system_user() -> User:
    """The non-interactive account that the command line acts as; it cannot sign in."""
    user = User.get_or_none(User.username == SYSTEM_USERNAME)
    if user is None:
        with write_tx():
            user = User.get_or_none(User.username == SYSTEM_USERNAME)
            if user is None:
                user = _create(SYSTEM_USERNAME, "Sistema (línea de comandos)", Role.RECEPCION, None,
                               Office.select().order_by(Office.id).first())
    return user


def get_user(username: str) -> User:
    user = User.get_or_none(User.username == clean_text(username, "Usuario", max_len=1_000_000).lower())
    if user is None:
        raise NotFound(f"No existe el usuario «{username}».", "username")
    return user


def authenticate(username: str, password: str) -> User:
    """Check a password; 5 failures lock the account for a minute. The message never says which was wrong.

    The failure count is committed before the error is raised (raising inside the transaction would roll
    it back and make the lock-out impossible)."""
    name = (username or "").strip().lower()
    bad = DomainError("Usuario o contraseña incorrectos.", "password")
    error: DomainError | None = None
    with write_tx():
        query = User.select().where(User.username == name)
        if not is_sqlite():  # SQLite's BEGIN IMMEDIATE already serialises; PostgreSQL locks the row
            query = query.for_update()
        user = query.first()
        if user is None or not user.password_hash or name == SYSTEM_USERNAME:
            raise bad
        now = now_utc()
        if user.locked_until and user.locked_until > now:
            secs = int((user.locked_until - now).total_seconds()) + 1
            raise DomainError(
                f"Cuenta bloqueada por intentos fallidos. Intente de nuevo en {secs} segundos.", "username"
            )
        if not verify_password(password or "", user.password_hash):
            failed = user.failed_logins + 1
            locked = now + dt.timedelta(seconds=LOCK_SECONDS) if failed >= MAX_FAILED else None
            User.update(failed_logins=0 if locked else failed, locked_until=locked).where(
                User.id == user.id).execute()
            error = bad if locked is None else DomainError(
                f"Demasiados intentos fallidos: la cuenta queda bloqueada {LOCK_SECONDS} segundos.", "username")
        elif not user.active:  # said only to whoever knows the password
            error = DomainError("Esta cuenta está desactivada. Consulte al gerente.", "username")
        elif user.failed_logins or user.locked_until:
            User.update(failed_logins=0, locked_until=None).where(User.id == user.id).execute()
            user.failed_logins, user.locked_until = 0, None
    if error is not None:
        raise error
    return user


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
    with write_tx():
        return _create(username, full_name, Role.GERENTE, password, office)


