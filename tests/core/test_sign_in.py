"""Signing in: growing delays per account and per machine that an attacker can neither wait out quickly nor learn
from, the manager's unlock, scrypt at OWASP's cost with old hashes upgraded, and whom the command line acts as."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ispdesk.core import clock
from ispdesk.core.errors import DomainError, NotFound, PermissionDenied
from ispdesk.core.models import AuditEvent, LoginThrottle, User
from ispdesk.core.services import users

START = dt.datetime(2026, 11, 20, 15, 0)


@pytest.fixture
def now():
    t = [START]
    clock.set_clock(lambda: t[0])
    yield t
    clock.set_clock(None)


def _fail(username: str, machine: str = "recepcion-1") -> str:
    with pytest.raises(DomainError) as exc:
        users.authenticate(username, "contraseña mala", machine=machine)
    return exc.value.message


def test_delays_start_after_five_failures_and_double_up_to_fifteen_minutes(staff, now) -> None:
    messages = [_fail("ana") for _ in range(5)]
    assert messages[:4] == ["Usuario o contraseña incorrectos."] * 4
    assert messages[4] == ("Usuario o contraseña incorrectos. Demasiados intentos: espere 30 segundos antes de "
                           "intentar de nuevo.")
    waits = [30]
    for _ in range(8):  # each failure after waiting doubles the wait: 60, 120, 240, 480, then 900 (the cap)
        now[0] += dt.timedelta(seconds=waits[-1])
        message = _fail("ana")
        waits.append(int(message.split("espere ")[1].split(" ")[0]) * (60 if "minutos" in message else 1))
    assert waits == [30, 60, 120, 240, 480, 900, 900, 900, 900]


def test_while_waiting_even_the_right_password_is_refused_and_nothing_more_is_counted(staff, now) -> None:
    for _ in range(5):
        _fail("ana")
    for _ in range(3):
        with pytest.raises(DomainError, match="Espere 30 segundos"):
            users.authenticate("ana", "secreto1", machine="recepcion-1")
    now[0] += dt.timedelta(seconds=20)
    with pytest.raises(DomainError, match="Espere 10 segundos"):
        users.authenticate("ana", "secreto1", machine="recepcion-1")
    assert LoginThrottle.get_by_id("u:ana").failures == 5  # refused attempts did not grow the delay


def test_a_successful_sign_in_clears_the_account_failures(staff, now) -> None:
    for _ in range(4):
        _fail("ana")
    assert users.authenticate("ana", "secreto1", machine="recepcion-1").username == "ana"
    assert LoginThrottle.get_or_none(LoginThrottle.key == "u:ana") is None
    for _ in range(4):
        assert _fail("ana") == "Usuario o contraseña incorrectos."  # counting starts again


def test_unknown_and_known_users_get_the_same_answers(staff, now) -> None:
    known = [_fail("ana", "pc-a") for _ in range(6)]
    unknown = [_fail("fantasma", "pc-b") for _ in range(6)]
    assert known == unknown
    assert "Espere 30 segundos" in known[-1]
    users.system_user()
    assert _fail("sistema", "pc-c") == "Usuario o contraseña incorrectos."  # the scripts' account never signs in


def test_an_unknown_user_costs_as_much_work_as_a_known_one(staff, monkeypatch) -> None:
    monkeypatch.setattr(users, "SCRYPT_PARAMS", {"n": 2**14, "r": 8, "p": 1})
    users.set_password(staff["gerente"], staff["recepcion"], "secreto1")  # a hash at that cost

    def timed(name: str) -> float:
        t0 = time.perf_counter()
        with pytest.raises(DomainError):
            users.authenticate(name, "mal", machine=f"pc-{name}")
        return time.perf_counter() - t0

    known = min(timed("ana") for _ in range(3))
    unknown = min(timed("fantasma") for _ in range(3))
    assert unknown > known * 0.5  # no shortcut that would tell an attacker which usernames exist


def test_one_machine_trying_many_accounts_is_slowed_down(staff, now) -> None:
    names = ["ana", "tomas", "rosa", "gerente", "fantasma"]
    for i in range(users.MACHINE_FREE_FAILURES - 1):
        _fail(names[i % len(names)], "pc-intrusa")
    message = _fail("admin", "pc-intrusa")  # the 10th failure from that PC, on an account with none before
    assert "espere 30 segundos" in message
    with pytest.raises(DomainError, match="en esta computadora"):
        users.authenticate("ana", "secreto1", machine="pc-intrusa")
    # the accounts themselves are not locked: from another PC they sign in
    assert users.authenticate("ana", "secreto1", machine="recepcion-2").username == "ana"


def test_a_front_desk_pcs_everyday_typos_never_add_up(staff, now) -> None:
    for _day in range(15):  # two typos a day on the shared PC, each followed by the right password
        for name in ("ana", "rosa"):
            assert _fail(name, "recepcion-1") == "Usuario o contraseña incorrectos."
            users.authenticate(name, "secreto1", machine="recepcion-1")
        now[0] += dt.timedelta(hours=3)
    # but ten failures within the hour from one PC, across accounts, are slowed down
    for i in range(users.MACHINE_FREE_FAILURES - 1):
        assert _fail(f"nadie{i}", "recepcion-1") == "Usuario o contraseña incorrectos."
    assert "espere 30 segundos" in _fail("nadie", "recepcion-1")


def test_failures_are_forgotten_after_a_quiet_day(staff, now) -> None:
    for _ in range(4):
        _fail("ana")
    now[0] += dt.timedelta(hours=25)
    for _ in range(4):
        assert _fail("ana") == "Usuario o contraseña incorrectos."


def test_a_manager_unlocks_an_account_and_it_is_audited(staff, now) -> None:
    for _ in range(7):
        _fail("ana")
        now[0] += dt.timedelta(seconds=1)
    assert users.locked_until("ana") is not None
    with pytest.raises(PermissionDenied):
        users.unlock(staff["recepcion"], staff["recepcion"])
    with pytest.raises(PermissionDenied, match="administrador"):
        users.unlock(staff["gerente"], staff["admin"])
    assert users.unlock(staff["gerente"], staff["recepcion"]) is True
    assert users.locked_until("ana") is None
    assert users.authenticate("ana", "secreto1", machine="recepcion-2").username == "ana"
    event = AuditEvent.get(AuditEvent.action == "unlocked")
    assert (event.entity, event.entity_id, event.user_id) == ("user", str(staff["recepcion"].id), staff["gerente"].id)
    assert users.unlock(staff["gerente"], staff["recepcion"]) is False  # nothing to lift: no second event
    assert AuditEvent.select().where(AuditEvent.action == "unlocked").count() == 1


def test_a_manager_unlocks_a_machine(staff, now) -> None:
    for i in range(users.MACHINE_FREE_FAILURES):
        _fail(f"nadie{i}", "pc-intrusa")
    assert [m.machine for m in users.locked_machines()] == ["pc-intrusa"]
    assert users.unlock_machine(staff["gerente"], "pc-intrusa") is True
    assert users.locked_machines() == []
    assert users.authenticate("ana", "secreto1", machine="pc-intrusa").username == "ana"


def test_a_password_reset_lifts_the_delay(staff, now) -> None:
    for _ in range(5):
        _fail("ana")
    users.set_password(staff["gerente"], staff["recepcion"], "nueva-clave")
    assert users.authenticate("ana", "nueva-clave", machine="recepcion-1").username == "ana"
    event = AuditEvent.get(AuditEvent.action == "password_reset")
    assert "nueva-clave" not in event.text + event.data_json


# --- hashing ---------------------------------------------------------------------------------------------------

OWASP = {"n": 2**17, "r": 8, "p": 1}


def test_new_passwords_are_hashed_at_owasp_cost(monkeypatch) -> None:
    monkeypatch.setattr(users, "SCRYPT_PARAMS", OWASP)
    stored = users.hash_password("secreto1")
    scheme, n, r, p, _salt, _digest = stored.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**17, 8, 1)
    assert users.verify_password("secreto1", stored)
    assert not users.verify_password("secreto2", stored)
    assert not users.needs_rehash(stored)


def test_an_old_hash_is_upgraded_at_the_next_sign_in(staff, monkeypatch) -> None:
    monkeypatch.setattr(users, "SCRYPT_PARAMS", {"n": 2**14, "r": 8, "p": 1})  # what version 0.2 stored
    users.set_password(staff["gerente"], staff["recepcion"], "secreto1")
    old = User.get_by_id(staff["recepcion"].id).password_hash
    assert old.startswith("scrypt$16384$8$1$")
    monkeypatch.setattr(users, "SCRYPT_PARAMS", OWASP)
    assert users.needs_rehash(old)
    with pytest.raises(DomainError):
        users.authenticate("ana", "mal", machine="pc")
    assert User.get_by_id(staff["recepcion"].id).password_hash == old  # a wrong password upgrades nothing
    users.authenticate("ana", "secreto1", machine="pc")
    new = User.get_by_id(staff["recepcion"].id).password_hash
    assert new.startswith("scrypt$131072$8$1$")
    assert users.verify_password("secreto1", new)
    assert users.authenticate("ana", "secreto1", machine="pc").password_hash == new  # once


def test_a_deactivated_account_is_not_upgraded(staff, monkeypatch) -> None:
    old = User.get_by_id(staff["recepcion"].id).password_hash
    users.set_active(staff["gerente"], staff["recepcion"], False)
    monkeypatch.setattr(users, "SCRYPT_PARAMS", {"n": 2**11, "r": 8, "p": 1})
    with pytest.raises(DomainError, match="desactivada"):
        users.authenticate("ana", "secreto1", machine="pc")
    assert User.get_by_id(staff["recepcion"].id).password_hash == old


@pytest.mark.parametrize("stored", [
    "", "md5$abc", "scrypt$1048576$64$1$AAAA$AAAA",  # 8 GiB asked: refused, not computed
    "scrypt$1000$8$1$AAAA$AAAA", "scrypt$16384$8$1$no base64!$AAAA", "scrypt$16384$8",
])
def test_a_damaged_or_hostile_hash_never_matches(stored) -> None:
    t0 = time.perf_counter()
    assert users.verify_password("secreto1", stored) is False
    assert time.perf_counter() - t0 < 0.5


# --- the command line's user ---------------------------------------------------------------------------------------

def test_the_command_line_acts_only_as_allowed_active_unlocked_users(staff, now) -> None:
    mgr = staff["gerente"]
    assert users.script_actor(None).username == "sistema"
    assert users.script_actor("sistema").username == "sistema"
    with pytest.raises(PermissionDenied, match="no puede actuar desde la línea de comandos"):
        users.script_actor("ana")
    users.set_script_access(mgr, staff["recepcion"], True)
    assert users.script_actor("ANA").username == "ana"
    for _ in range(5):
        _fail("ana")
    with pytest.raises(PermissionDenied, match="bloqueada"):
        users.script_actor("ana")
    users.unlock(mgr, staff["recepcion"])
    users.set_active(mgr, staff["recepcion"], False)
    with pytest.raises(PermissionDenied, match="desactivado"):
        users.script_actor("ana")
    with pytest.raises(NotFound):
        users.script_actor("fantasma")
    with pytest.raises(PermissionDenied):
        users.set_script_access(staff["recepcion"], staff["tecnico"], True)
    with pytest.raises(PermissionDenied, match="administrador"):
        users.set_script_access(mgr, staff["admin"], True)
    users.set_script_access(mgr, staff["recepcion"], False)
    assert users.script_users() == []
    assert AuditEvent.select().where(AuditEvent.entity_id == users.SCRIPT_USERS_KEY).count() == 2


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ispdesk", "--db", str(db), *args], capture_output=True, text=True,
                          timeout=120)


def test_cli_user_flag_end_to_end(tmp_path: Path) -> None:
    from ispdesk.core.services import customers, office
    from ispdesk.core.storage import close_database, open_database

    path = tmp_path / "cli.db"
    open_database(path)
    off = office.create_office(None, name="Internet Rioverde", folio_prefix="RV")
    mgr = users.bootstrap_manager(off, "gerente", "Gerardo Ríos", "secreto1")
    ana = users.create_user(mgr, "ana", "Ana Ruiz", "recepcion", "secreto1")
    customers.create_customer(mgr, number="C-1", name="Begoña")
    close_database()
    args = ("report", "new", "--customer", "C-1", "--kind", "falla", "--channel", "web", "--description", "x")
    refused = _cli(path, *args, "--user", "ana")
    assert refused.returncode == 1
    assert "no puede actuar desde la línea de comandos" in refused.stderr
    assert _cli(path, *args).returncode == 0  # as «sistema»
    open_database(path)
    users.set_script_access(mgr, ana, True)
    close_database()
    done = _cli(path, *args, "--user", "ana")
    assert done.returncode == 0, done.stderr
    assert "Ana Ruiz" in _cli(path, "report", "show", done.stdout.splitlines()[0]).stdout
    open_database(path)
    users.set_active(mgr, ana, False)
    close_database()
    gone = _cli(path, *args, "--user", "ana")
    assert gone.returncode == 1
    assert "desactivado" in gone.stderr
