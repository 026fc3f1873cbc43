"""Folio receipts: render the PDF off the GUI thread, then hand it to the printer or save it.

How we print, and why
---------------------
The receipt is a PDF drawn by ReportLab (`ispdesk.pdf.receipt`), the same file for printing, saving and
sending. Qt Widgets cannot draw a PDF onto a QPrinter: QtPdf ships in PySide6-Addons, which ispdesk does not
depend on, and redrawing the receipt with QPainter would give us a second layout to keep in step with the PDF.
Every office PC already has a PDF viewer that prints, so the PDF goes to a file and the system prints it:

* Windows: ``os.startfile(path, "print")`` — the registered PDF handler (Edge, Acrobat, SumatraPDF…) prints it
  on the default printer.
* Linux / macOS: ``lp`` (CUPS), else ``lpr`` — straight to the default queue.
* Neither available: the PDF opens in the desktop's viewer (`QDesktopServices.openUrl`) and the receptionist
  prints it from there with Ctrl+P; the message says so.

What this gives up: no Qt print dialog (printer and copies are the default printer's). Front desks set their
ticket (80 mm) or letter printer as the default, and the PDF page already has the chosen format's size.

Threads: `receipt_data(report)` reads the database on the GUI thread; the worker gets only that plain data and
never touches widgets. ReportLab keeps shared caches (fonts, styles), so renders run one at a time behind
`_RENDER_LOCK`. Files are written as ``*.part`` and renamed, so a failed render never leaves half a PDF.

Seams for tests: `send_to_printer(path)` (the hand-off to the system) and `ask_save_path(parent, suggested)`
(the file dialog) are module attributes that tests replace; `spool_dir()` is under the data directory.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from ispdesk.core.dto import ReceiptData
from ispdesk.core.models import Report
from ispdesk.core.paths import data_dir

from .tasks import run_task

FORMATS = ("carta", "ticket")
FORMAT_KEY = "receipt/format"
_RENDER_LOCK = threading.Lock()
_SPOOL_KEEP_SECONDS = 2 * 24 * 3600  # the PDF viewer may still be reading a file we handed over


class ReceiptJob(QObject):
    """One render. `finished(message)` carries a Spanish line for the status label; `failed(message)` too.
    `path` is the PDF written (set before `finished`)."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, folio: str, fmt: str) -> None:
        super().__init__()
        self.folio = folio
        self.fmt = fmt
        self.path: Path | None = None
        self.done = False
        self.message = ""


_jobs: set[ReceiptJob] = set()  # alive until they report, whatever happens to the dialog that started them


# --- seams ----------------------------------------------------------------------------------------

def make_settings() -> QSettings:
    """Where the receipt format chosen last is kept (tests point it at a temporary file)."""
    return QSettings("ispdesk", "ispdesk")


def preferred_format() -> str:
    value = str(make_settings().value(FORMAT_KEY, "carta"))
    return value if value in FORMATS else "carta"


def remember_format(fmt: str) -> None:
    if fmt in FORMATS:
        s = make_settings()
        s.setValue(FORMAT_KEY, fmt)
        s.sync()


def spool_dir() -> Path:
    """Where PDFs handed to the printer wait (under the data dir, so tests and portable installs stay put)."""
    return data_dir() / "comprobantes-por-imprimir"


def send_to_printer(path: Path) -> str:
    """Hand the PDF to the system; return what happened, in Spanish. Raises OSError on failure."""
    if sys.platform == "win32":
        os.startfile(str(path), "print")  # type: ignore[attr-defined]
        return QCoreApplication.translate("Printing", "Comprobante enviado a la impresora predeterminada.")
    for tool in ("lp", "lpr"):
        exe = shutil.which(tool)
        if exe:
            done = subprocess.run([exe, str(path)], capture_output=True, text=True, timeout=15, check=False)
            if done.returncode != 0:
                detail = (done.stderr or done.stdout).strip().splitlines()
                raise OSError(detail[-1] if detail else QCoreApplication.translate("Printing",
                    "la impresora no respondió"))
            return QCoreApplication.translate("Printing", "Comprobante enviado a la impresora predeterminada.")
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return QCoreApplication.translate("Printing",
            "Se abrió el comprobante en el visor de PDF: imprímalo desde ahí con Ctrl+P.")
    raise OSError(QCoreApplication.translate("Printing", "no hay una impresora configurada ni un visor de PDF"))


def ask_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    title = QCoreApplication.translate("Printing", "Guardar comprobante en PDF")
    pdf_filter = QCoreApplication.translate("Printing", "Documentos PDF (*.pdf)")
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), pdf_filter)
    if not path:
        return None
    p = Path(path)
    return p if p.suffix.lower() == ".pdf" else p.with_name(p.name + ".pdf")


# --- work -----------------------------------------------------------------------------------------

def _render(data: ReceiptData, target: Path, fmt: str) -> Path:
    """Worker side: render to `<target>.part`, then rename. One ReportLab job at a time."""
    render_receipt = _renderer()
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    with _RENDER_LOCK:
        try:
            render_receipt(data, part, fmt)
            os.replace(part, target)
        finally:
            if part.exists():
                part.unlink(missing_ok=True)
    return target


def _renderer() -> Callable[..., None]:
    """ReportLab is imported on the GUI thread (in `_start`), never by two workers at once."""
    from ispdesk.pdf.receipt import render_receipt

    return render_receipt


def _os_message(exc: OSError, target: Path) -> str:
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate("Printing",
            "No se tiene permiso para escribir en {0}. Elija otra carpeta.").format(target.parent)
    if getattr(exc, "errno", None) == 28:
        return QCoreApplication.translate("Printing", "El disco está lleno: no se pudo escribir el comprobante.")
    reason = exc.strerror or str(exc)
    return QCoreApplication.translate("Printing", "No se pudo escribir el comprobante ({0}).").format(reason)


def _start(report: Report, fmt: str, target: Path, after: Callable[[ReceiptJob, Path], str]) -> ReceiptJob:
    if fmt not in FORMATS:
        raise ValueError(f"formato desconocido: {fmt!r}")
    from ispdesk.core.receipts import receipt_data

    data = receipt_data(report)  # GUI thread: the database is read here, never in the worker
    _renderer()  # first use imports ReportLab here, on the GUI thread
    job = ReceiptJob(report.folio, fmt)
    _jobs.add(job)

    def finish(ok: bool, message: str) -> None:
        _jobs.discard(job)
        job.done = True
        job.message = message
        (job.finished if ok else job.failed).emit(message)

    def rendered(path: Path) -> None:
        job.path = path
        try:
            message = after(job, path)
        except (OSError, subprocess.SubprocessError) as exc:
            finish(False, QCoreApplication.translate("Printing",
                "No se pudo imprimir: {0}. Use «Guardar PDF…» e imprímalo desde el visor.")
                   .format(getattr(exc, "strerror", None) or str(exc)))
            return
        finish(True, message)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, OSError):
            finish(False, _os_message(exc, target))
            return
        finish(False, QCoreApplication.translate("Printing", "No se pudo generar el comprobante."))
        raise exc  # our bug: the crash handler records it

    run_task(lambda: _render(data, target, fmt), rendered, failed, None)
    return job


def _prune_spool(folder: Path) -> None:
    cutoff = time.time() - _SPOOL_KEEP_SECONDS
    try:
        for old in folder.glob("*.pdf"):
            if old.stat().st_mtime < cutoff:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # housekeeping only


def print_receipt(parent: QWidget | None, report: Report, fmt: str | None = None) -> ReceiptJob:
    """Render the receipt in the background, then send it to the printer (see the module docstring).
    `fmt` None = the format chosen last in the folio dialog."""
    fmt = fmt or preferred_format()
    folder = spool_dir()
    _prune_spool(folder)
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f"comprobante-{report.folio}-{fmt}-", suffix=".pdf", dir=folder)
    os.close(fd)
    return _start(report, fmt, Path(name), lambda _job, path: send_to_printer(path))


def suggested_pdf_name(report: Report, fmt: str) -> str:
    return f"Comprobante {report.folio}{' ticket' if fmt == 'ticket' else ''}.pdf"


def save_receipt_pdf(parent: QWidget | None, report: Report, fmt: str | None = None,
                     path: str | os.PathLike[str] | None = None) -> ReceiptJob | None:
    """Write the receipt PDF to `path`, or to where the user chooses (None if they cancel)."""
    fmt = fmt or preferred_format()
    if path is None:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        chosen = ask_save_path(parent, Path(docs) / suggested_pdf_name(report, fmt))
        if chosen is None:
            return None
        target = chosen
    else:
        target = Path(path)
    return _start(report, fmt, target,
                  lambda _job, p: QCoreApplication.translate("Printing", "Comprobante guardado en {0}").format(p))


def pending_jobs() -> int:
    """Receipts still rendering (tests wait on this)."""
    return len(_jobs)
