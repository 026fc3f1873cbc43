"""Fixtures and keyboard helpers for the new-report wizard tests, imported by `tests/ui/test_wizard.py` and
`tests/e2e/test_keyboard_fault.py` (`from ui.wizard_fixtures import *`).

SQLite only: these tests drive widgets; the services are covered on both backends by the core tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

__all__ = [
    "Keyboard",
    "printed",
    "receipt_settings",
    "wz_customer",
    "wz_office",
    "wz_staff",
]


@pytest.fixture
def wz_office(sqlite_db: str):
    from factories import make_office

    return make_office()


@pytest.fixture
def wz_staff(wz_office):
    from factories import make_staff

    return make_staff(wz_office, ("recepcion2", "beto", "Beto Salas", "recepcion"))


@pytest.fixture
def wz_customer(wz_staff):
    from factories import make_customer

    return make_customer(wz_staff["recepcion"], last_invoice="F-88231")


@pytest.fixture(autouse=True)
def receipt_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real user settings: the receipt format (printing.make_settings) goes to a temporary
    file, and so does every QSettings("ispdesk", "ispdesk") (the main window's geometry)."""
    from ispdesk.ui.common import printing

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ajustes"))
    ini = tmp_path / "ispdesk-settings.ini"
    monkeypatch.setattr(printing, "make_settings", lambda: QSettings(str(ini), QSettings.Format.IniFormat))
    return ini


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch, qtbot) -> Iterator[list[Path]]:
    """Replaces the hand-off to the system printer; collects the PDFs that would have been printed."""
    from ispdesk.ui.common import printing, tasks

    paths: list[Path] = []

    def fake_send(path: Path) -> str:
        assert path.read_bytes().startswith(b"%PDF")
        paths.append(path)
        return "Comprobante enviado a la impresora predeterminada."

    monkeypatch.setattr(printing, "send_to_printer", fake_send)
    yield paths
    qtbot.waitUntil(lambda: printing.pending_jobs() == 0 and tasks.pending_tasks() == 0, timeout=20000)


class Keyboard:
    """Types like a receptionist and counts the keys that are not text (Enter, Tab, Ctrl+N, arrows…).

    Text goes in character by character as QKeyEvents carrying the text, which works for "ñ" and accents
    (`qtbot.keyClicks` aborts on non-ASCII characters).
    """

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0
        self.log: list[str] = []

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        for ch in text:
            target = self.focus()
            key = Qt.Key.Key_Space if ch == " " else 0
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              name: str = "") -> None:
        """One counted keystroke to whatever has the focus (shortcuts go through the application)."""
        self.count += 1
        self.log.append(name or QKeySequence(key | modifier).toString())
        target = self.focus()
        self.qtbot.keyClick(target, key, modifier)

    def shortcut(self, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
        """A shortcut such as Ctrl+N: sent as a ShortcutOverride + KeyPress to the focused widget via
        `QTest.keyClick`, so QShortcut/QAction shortcuts fire like with a real keyboard."""
        self.press(key, modifier)
