"""Guard against a Qt binding that leaks references to None (PySide6 6.12.0 on Python 3.11 crashed the
app after a few thousand calls with "none_dealloc"); pyproject pins below it, this test keeps it so."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_leak_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert abs(sys.getrefcount(None) - before) < 100
