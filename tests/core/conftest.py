"""Fixtures the core tests share."""

from __future__ import annotations

import datetime as dt

import pytest

from ispdesk.core import clock


@pytest.fixture
def frozen():
    """Thursday 19 Nov 2026, 10:00 in Mexico City (16:00 UTC); a test moves it by changing `frozen[0]`."""
    now = [dt.datetime(2026, 11, 19, 16, 0)]
    clock.set_clock(lambda: now[0])
    yield now
    clock.set_clock(None)
