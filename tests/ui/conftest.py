"""UI fixtures: a fresh SQLite database with an office, one user per role and a customer; QSettings in a
temporary folder so no test touches the real user settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def _temp_settings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ajustes"))
    # QSettings("ispdesk", "ispdesk") (main_window.settings) uses the native format, not the default one
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "ajustes"))


@pytest.fixture(autouse=True)
def _keep_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


@pytest.fixture
def office(sqlite_db: str):
    from factories import make_office

    return make_office()


@pytest.fixture
def staff(office):
    from factories import make_staff

    return make_staff(office)


@pytest.fixture
def customer(staff):
    from factories import make_customer

    return make_customer(staff["recepcion"])


@pytest.fixture
def report(staff, customer):
    from ispdesk.core.services import reports

    return reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet desde ayer",
                               location="Antena del techo")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform plugin warns when a shown window's size hints change (a dialog that grows to
    # show an error message); on a real screen this is normal, so only that one message is tolerated.
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(r"does not support propagateSizeHints"))
