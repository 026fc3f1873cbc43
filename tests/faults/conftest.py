"""Fixtures of the fault tests (the helpers are in faultkit.py); with ISPDESK_FAULTS_DOC=docs/faults.md the
table of faults is written from what the passing tests recorded."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from faultkit import RECORDS, FaultRecord, make_office_db


@pytest.fixture
def fault_log(request: pytest.FixtureRequest) -> Iterator[list[FaultRecord]]:
    """Append `FaultRecord`s; those of a passing test go to the table."""
    records: list[FaultRecord] = []
    yield records
    rep = getattr(request.node, "rep_call", None)
    if rep is not None and rep.passed:
        RECORDS.extend({**r.__dict__, "test": request.node.nodeid} for r in records)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    outcome = yield
    rep = outcome.get_result()
    if rep.when == "call":
        item.rep_call = rep  # type: ignore[attr-defined]


def pytest_sessionfinish(session: pytest.Session) -> None:
    target = os.environ.get("ISPDESK_FAULTS_DOC")
    if not target or not RECORDS:
        return
    from faults_doc import write_doc

    write_doc(Path(target), RECORDS)


@pytest.fixture
def office_db(tmp_path: Path) -> Path:
    """An office with staff and three customers with a report each, in tmp_path/oficina/ispdesk.db (closed)."""
    path = tmp_path / "oficina" / "ispdesk.db"
    path.parent.mkdir()
    make_office_db(path)
    return path
