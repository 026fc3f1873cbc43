"""Shared fixtures: a fresh database per test (SQLite file, or PostgreSQL when ISPDESK_TEST_PG is set),
an office with its staff, and a customer. Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests: the same examples on every run (CI must not turn red by luck); explore new ones with
# HYPOTHESIS_PROFILE=explore.
from hypothesis import settings as _hyp

_hyp.register_profile("repro", derandomize=True, database=None, deadline=None)
_hyp.register_profile("explore", database=None, deadline=None, max_examples=2000)
_hyp.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repro"))

PG_URL = os.environ.get("ISPDESK_TEST_PG", "")


def _pg_reachable() -> str:
    """'' when usable, else the reason to skip."""
    if not PG_URL:
        return "ISPDESK_TEST_PG no está definido (p. ej. postgresql://postgres@127.0.0.1:5432/test)"
    try:
        import psycopg2
    except ImportError:
        return "psycopg2 no está instalado"
    from ispdesk.core.db import make_database

    database = make_database(PG_URL)
    try:
        database.connect()
        database.close()
    except Exception as exc:
        return f"PostgreSQL no responde en {PG_URL}: {exc}"
    del psycopg2
    return ""


_PG_SKIP: str | None = None


def pg_skip_reason() -> str:
    global _PG_SKIP
    if _PG_SKIP is None:
        _PG_SKIP = _pg_reachable()
    return _PG_SKIP


def reset_pg_schema() -> None:
    from ispdesk.core.db import make_database

    database = make_database(PG_URL)
    database.connect()
    database.execute_sql("DROP SCHEMA IF EXISTS public CASCADE")
    database.execute_sql("CREATE SCHEMA public")
    database.close()


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real user data dir."""
    data = tmp_path / "datos"
    monkeypatch.setenv("ISPDESK_DATA_DIR", str(data))
    return data


@pytest.fixture(autouse=True)
def _fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """OWASP's scrypt cost (128 MiB, about half a second a hash) for every fixture user would add minutes to the
    suite; the tests of the hashing itself put the real parameters back."""
    from ispdesk.core.services import users

    monkeypatch.setattr(users, "SCRYPT_PARAMS", {"n": 2**10, "r": 8, "p": 1})


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[str]:
    from ispdesk.core.storage import close_database, open_database

    target = str(tmp_path / "ispdesk.db")
    open_database(target)
    yield target
    close_database()


@pytest.fixture(params=["sqlite", pytest.param("pg", marks=pytest.mark.pg)])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Core tests run on both backends; the PostgreSQL leg is skipped with its reason when unreachable."""
    from ispdesk.core.services import office as office_service
    from ispdesk.core.storage import close_database, open_database

    office_service._calendar_cache.clear()
    if request.param == "pg":
        reason = pg_skip_reason()
        if reason:
            pytest.skip(reason)
        reset_pg_schema()
        target = PG_URL
    else:
        target = str(tmp_path / "ispdesk.db")
    open_database(target)
    yield target
    close_database()


@pytest.fixture
def office(database: str):
    from factories import make_office

    return make_office()


@pytest.fixture
def staff(office):
    """One user per role, all with password "secreto1"."""
    from factories import make_staff

    return make_staff(office) | {"admin": _admin(office)}


def _admin(office):
    from ispdesk.core.clock import now_utc
    from ispdesk.core.models import User
    from ispdesk.core.services.users import hash_password

    return User.create(username="admin", full_name="Adela Admin", role="admin", office=office,
                       password_hash=hash_password("secreto1"), created_at=now_utc())


@pytest.fixture
def customer(staff):
    from factories import make_customer

    return make_customer(staff["recepcion"])
