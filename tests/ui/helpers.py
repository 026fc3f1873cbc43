"""Using the screens like a user: typing (`qtbot.keyClicks` aborts on non-ASCII characters, so text is sent one
key event per character), waiting for a window or the keyboard focus, and filling in the dialogs a view opens
instead of showing them modal. Shared by the UI tests and the end-to-end tests (`from ui.helpers import …`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifier))


def wait_focus(qtbot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def activate(qtbot, window: QWidget) -> None:
    """Show the window and wait until it is the active one (key events go to it)."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def drive(view: Any, fill: Callable[[Any], object]) -> list[Any]:
    """Replace the view's modal `exec_dialog` with: fill in the fields, press OK, report what happened. Returns
    the dialogs seen, in order."""
    seen: list[Any] = []

    def fake_exec(dialog: Any) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.submit()
        return dialog.result()

    view.exec_dialog = fake_exec
    return seen


def script_driver(qtbot, scripts: list[Callable[[Any], object]]) -> Callable[[QDialog], int]:
    """A replacement for a dialog's `exec()`: show it, let the next script type into it, wait for it to close."""

    def run(dialog: QDialog) -> int:
        activate(qtbot, dialog)
        scripts.pop(0)(dialog)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
        return dialog.result()

    return run
