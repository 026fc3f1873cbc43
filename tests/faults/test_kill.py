"""kill -9 in the middle of work, from the command line and from the windows: every folio the process printed (so a
customer may hold it) is in the file, the file passes integrity_check, every report has its «created» event, folios
run 1…n without gaps and the counter says n. (A power cut is harsher than a killed process: that part is
synchronous=FULL's, measured in tests/bench/bench_durability.py.)"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from faultkit import SRC, FaultRecord, facts, facts_line, make_office_db

from ispdesk.core.folio import parse

CLI_LOOP = """
import sys
from ispdesk import cli
db, r = sys.argv[1], sys.argv[2]
for i in range(100000):
    cli.main(["--db", db, "customer", "add", "--number", f"K{r}-{i:05d}", "--name", f"Cliente {i}",
              "--phone", f"444 {i % 1000:03d} {i:04d}"])
    cli.main(["--db", db, "report", "new", "--customer", f"K{r}-{i:05d}", "--kind", "falla", "--channel",
              "telefono", "--description", f"Sin internet {i}"])
"""

GUI_LOOP = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ispdesk.core import queries
from ispdesk.core.models import Customer, User
from ispdesk.core.services import customers
from ispdesk.core.storage import open_database
from ispdesk.ui.desk.customer_card import CustomerCard
from ispdesk.ui.desk.wizard import NewReportWizard
open_database(sys.argv[1])
ana = User.get(User.username == "ana")
card = CustomerCard()
card.set_actor(ana)
card.show_customer(Customer.get(Customer.number == "C-00001").id)
for i in range(100000):
    card.form.ui.notesEdit.setPlainText(f"nota {i}")
    if not card.save():
        raise SystemExit("no se guardó la ficha")
    print(f"ficha {i}", flush=True)
    c = customers.create_customer(ana, number=f"G{sys.argv[2]}-{i:05d}", name=f"Cliente {i}")
    wizard = NewReportWizard(ana, queries.customer_info(c.id))
    wizard.next(); wizard.next()
    wizard.description_page.ui.descriptionEdit.setPlainText(f"Sin internet {i}")
    wizard.next()
    wizard.accept()
    if wizard.report is None:
        raise SystemExit("no se levantó el reporte")
    print(f"folio {wizard.report.folio}", flush=True)
    wizard.deleteLater()
    app.processEvents()
"""


def _run_and_kill(code: str, db: Path, after: float, tmp: Path, round_: int, ready: str) -> list[str]:
    """Start `code` on `db`, let it work `after` seconds past its first line starting with `ready` (past the
    imports), SIGKILL it; its stdout lines."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen", "ISPDESK_DATA_DIR": str(tmp)}
    proc = subprocess.Popen([sys.executable, "-c", code, str(db), str(round_)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    lines: list[str] = []
    started = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith(ready):
                started.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert started.wait(60), proc.stderr.read() if proc.stderr else ""
    time.sleep(after)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    reader.join(10)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""
    return lines


def _check(db: Path, printed_folios: list[str]) -> dict[str, object]:
    import sqlite3

    f = facts(db)
    assert f["integrity"] == "ok"
    assert f["fts"] == "ok"
    assert f["reports_without_created_event"] == 0
    assert f["chains"] == "íntegras"
    con = sqlite3.connect(db)
    stored = {row[0] for row in con.execute("SELECT folio FROM report")}
    seqs = sorted(parse(folio).seq for folio in stored)
    con.close()
    assert seqs == list(range(1, len(seqs) + 1))  # no gap, no repeat
    assert f["folio_counter"] == len(seqs)
    missing = [folio for folio in printed_folios if folio not in stored]
    assert missing == []  # every folio handed out is there
    return f


@pytest.mark.slow
def test_kill_9_while_the_cli_files_reports(tmp_path: Path, fault_log: list[FaultRecord]) -> None:
    db = tmp_path / "ispdesk.db"
    make_office_db(db)
    rnd = random.Random(8)
    printed: list[str] = []
    for round_ in range(3):
        lines = _run_and_kill(CLI_LOOP, db, rnd.uniform(0.3, 1.5), tmp_path, round_, "RV")
        printed += [line for line in lines if line[:2] == "RV" and "-" in line]
        f = _check(db, printed)
    assert len(printed) > 10
    fault_log.append(FaultRecord(
        "Proceso terminado con kill -9 (CLI)", "3 rondas: customer add + report new en bucle, SIGKILL a los "
        "0,3–1,5 s", "CLI", "", -9, [*facts_line(f), f"los {len(printed)} folios impresos están en el archivo",
                                     "folios 1…n sin huecos", "índice de búsqueda: ok"]))


@pytest.mark.slow
def test_kill_9_while_the_windows_save(tmp_path: Path, fault_log: list[FaultRecord]) -> None:
    db = tmp_path / "ispdesk.db"
    make_office_db(db)
    rnd = random.Random(9)
    printed: list[str] = []
    notes: list[int] = []
    for round_ in range(3):
        lines = _run_and_kill(GUI_LOOP, db, rnd.uniform(0.3, 1.5), tmp_path, round_, "folio")
        printed += [line.split()[1] for line in lines if line.startswith("folio ")]
        notes += [int(line.split()[1]) for line in lines if line.startswith("ficha ")]
        f = _check(db, printed)
        import sqlite3

        con = sqlite3.connect(db)
        saved = con.execute("SELECT notes FROM customer WHERE number = 'C-00001'").fetchone()[0]
        con.close()
        last_round = [int(line.split()[1]) for line in lines if line.startswith("ficha ")]
        assert int(saved.split()[1]) >= last_round[-1]  # the card's last «Guardado» is on disk
    assert len(printed) > 5
    fault_log.append(FaultRecord(
        "Proceso terminado con kill -9 (ventana)", "3 rondas: Guardar de la ficha + Levantar reporte del asistente "
        "en bucle (offscreen), SIGKILL a los 0,3–1,5 s", "GUI", "", -9,
        [*facts_line(f), f"los {len(printed)} folios mostrados están en el archivo",
         "la última ficha guardada está en el archivo"]))
