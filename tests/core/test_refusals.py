"""Refused means nothing written: a command that ends with «ispdesk: …» and exit 1 leaves the database (or the file
that is not one) exactly as it found it, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from clikit import REPORT_NEW, finish, office_db, popen, run

from ispdesk.core.folio import parse

__all__ = ["office_db"]  # a fixture

def _users(target: str) -> list[str]:
    from ispdesk.core.models import User
    from ispdesk.core.storage import close_database, open_database

    open_database(target)
    try:
        return sorted(u.username for u in User.select(User.username))
    finally:
        close_database()


def _back_to_v4_without_sistema(target: str) -> None:
    """The state of a database written by schema v4: no `sistema` account yet (the first command made it)."""
    from ispdesk.core.db import write_tx
    from ispdesk.core.models import SchemaVersion, User
    from ispdesk.core.storage import close_database, open_database

    open_database(target)
    with write_tx():
        User.delete().where(User.username == "sistema").execute()
        SchemaVersion.update(version=4).where(SchemaVersion.version == 5).execute()  # a fresh base has one row
    close_database()


# --- 2a: the `sistema` account comes with the schema ------------------------------------------------------------

def test_sistema_exists_from_creation_and_a_refused_command_adds_no_user(office_db: str) -> None:
    before = _users(office_db)
    assert before == ["gerente", "sistema"]
    res = run(office_db, "report", "new", "--customer", "99999", "--kind", "falla", "--channel", "web",
              "--description", "Sin internet")
    assert res.returncode == 1
    assert "No existe el cliente" in res.stderr
    assert _users(office_db) == before


def test_v4_database_gains_sistema_by_migration(office_db: str) -> None:
    _back_to_v4_without_sistema(office_db)
    assert _users(office_db) == ["gerente", "sistema"]  # opening it migrated it
    from ispdesk.core.schema import LATEST, current_version
    from ispdesk.core.storage import close_database, open_database

    open_database(office_db)
    try:
        assert current_version() == LATEST == 5
    finally:
        close_database()


@pytest.mark.slow
def test_eight_first_commands_at_once_migrate_once_and_all_file(office_db: str) -> None:
    _back_to_v4_without_sistema(office_db)
    results = finish([popen(office_db, *REPORT_NEW) for _ in range(8)])
    for code, _out, err in results:
        assert code == 0, err
    folios = [out.splitlines()[0] for _c, out, _e in results]
    assert sorted(parse(f).seq for f in folios) == list(range(1, 9))
    assert _users(office_db).count("sistema") == 1
