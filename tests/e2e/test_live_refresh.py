"""Two processes, one database: a list of a customer's reports open here shows, within 3 s, a report filed and a
report changed by another process (the command line, a script), keeping the user's selection; on SQLite and,
when ISPDESK_TEST_PG is reachable, on PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import time
from typing import NamedTuple

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QVBoxLayout, QWidget

from ispdesk.core import queries
from ispdesk.core.changes import Changes
from ispdesk.core.models import Customer
from ispdesk.core.services import reports, users
from ispdesk.core.vocab import STATUS_LABELS
from ispdesk.ui.common.live import LiveUpdates
from ispdesk.ui.common.table_model import KEY_ROLE, KeyedTableModel, ScrollAnchor

SEEN_WITHIN_MS = 3000
# The offscreen platform warns when a shown window's size hints change (normal on a real screen).
pytestmark = pytest.mark.qt_log_ignore(r"does not support propagateSizeHints")


class ReportRow(NamedTuple):
    id: int
    folio: str
    status: str


class ReportsModel(KeyedTableModel):
    CONTEXT = "ReportsModel"
    HEADERS = ("Folio", "Estado")

    def cell(self, row: ReportRow, column: int, role: int) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return row.folio if column == 0 else STATUS_LABELS[row.status]


class CustomerReportsList(QWidget):
    """The smallest live view: a core query, a keyed model, a scroll anchor and a LiveUpdates slot."""

    def __init__(self, customer: Customer, live: LiveUpdates) -> None:
        super().__init__()
        self.customer = customer
        self.model = ReportsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        ScrollAnchor(self.table, self.model)
        QVBoxLayout(self).addWidget(self.table)
        self.resets = 0
        self.model.modelReset.connect(self._count_reset)
        live.changed.connect(self.on_changes)
        self.load()

    def _count_reset(self) -> None:
        self.resets += 1

    def load(self) -> None:
        self.model.set_rows(ReportRow(r.id, r.folio, r.status) for r in queries.customer_reports(self.customer.id))

    def on_changes(self, changes: Changes) -> None:
        # A new report of this customer has an id this view never saw, so any report change reloads the list
        # (one indexed query of a few dozen rows); a view of one report would test touches_report(its id).
        if changes.any_report or changes.touches_customer(self.customer.id):
            self.load()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(KEY_ROLE) if rows else None

    def status_of(self, report_id: int) -> str | None:
        row = self.model.row_of(report_id)
        return None if row is None else self.model.index(row, 1).data()

    def folios(self) -> list[str]:
        return [self.model.index(i, 0).data() for i in range(self.model.rowCount(QModelIndex()))]


def run_other_process(qtbot, args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run a process to the end while the event loop (and so the live timer) keeps running here."""
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60_000)
    finally:
        if proc.poll() is None:
            proc.kill()
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    return subprocess.CompletedProcess(args, proc.returncode, out, err)


def seen_within(qtbot, condition, limit_ms: int = SEEN_WITHIN_MS) -> float:
    t0 = time.monotonic()
    qtbot.waitUntil(condition, timeout=limit_ms)
    return (time.monotonic() - t0) * 1000


def test_changes_from_another_process_show_up_keeping_the_selection(qtbot, database, staff, customer) -> None:
    opened = [reports.open_report(staff["recepcion"], customer, "falla", "telefono", f"Falla {i}") for i in range(3)]
    live = LiveUpdates()  # the default 1 s interval
    view = CustomerReportsList(customer, live)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    chosen = opened[1]
    view.table.selectRow(view.model.row_of(chosen.id))
    assert view.selected_id() == chosen.id

    # 1. another process files a report through the command line, as a user allowed to act from scripts
    users.set_script_access(staff["gerente"], staff["recepcion"], True)
    done = run_other_process(qtbot, [sys.executable, "-m", "ispdesk", "--db", database, "report", "new",
                                     "--customer", customer.number, "--kind", "queja", "--channel", "web",
                                     "--description", "Levantado desde otra PC", "--user", "ana"])
    folio = done.stdout.splitlines()[0].strip()
    seen_within(qtbot, lambda: folio in view.folios())
    assert len(view.folios()) == 4
    assert view.selected_id() == chosen.id

    # 2. another process assigns the selected report (status changes, the row stays selected)
    code = ("import sys\nfrom ispdesk.core.storage import open_database\nopen_database(sys.argv[1])\n"
            "from ispdesk.core.models import Report, User\nfrom ispdesk.core.services import reports\n"
            "users = {u.username: u for u in User.select()}\n"
            "reports.assign(users['gerente'], Report.get_by_id(int(sys.argv[2])), users['tomas'])\n")
    run_other_process(qtbot, [sys.executable, "-c", code, database, str(chosen.id)])
    seen_within(qtbot, lambda: view.status_of(chosen.id) == STATUS_LABELS["asignado"])
    assert view.selected_id() == chosen.id
    assert view.table.currentIndex().data(KEY_ROLE) == chosen.id
    assert view.resets == 0  # rows were inserted and changed, never reloaded wholesale
    live.close()


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_a_change_made_in_this_process_shows_up_too(qtbot, database, staff, customer) -> None:
    """The watcher has its own connection, so a change saved by this same process (another window, a worker
    thread) reaches every other open view the same way."""
    live = LiveUpdates()
    view = CustomerReportsList(customer, live)
    qtbot.addWidget(view)
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Aquí mismo")
    seen_within(qtbot, lambda: r.folio in view.folios())
    live.close()
