"""Printed documents — folio receipts, work orders, response letters: render the PDF off the GUI thread, then
hand it to the printer or save it.

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
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from ispdesk.core.paths import data_dir
from ispdesk.ui.common.tasks import run_task

FORMATS = ("carta", "ticket")
FORMAT_KEY = "receipt/format"
_RENDER_LOCK = threading.Lock()
_SPOOL_KEEP_SECONDS = 2 * 24 * 3600  # the PDF viewer may still be reading a file we handed over


@dataclass(frozen=True)
class Document:
    """One printable document of a report: its data is read on the GUI thread (`build`), drawn in a worker
    (`render(data, path)`)."""

    title: str  # "Comprobante", "Orden de trabajo"… (messages and the save dialog)
    folio: str
    build: Callable[[], object]
    render: Callable[[object, Path], None]
    file_name: str  # suggested name when saving
    fmt: str = "carta"
    what: str = ""  # with its article, for messages: "el comprobante", "la orden de trabajo"


class DocumentJob(QObject):
    """One render. `finished(message)` carries a Spanish line for the status label; `failed(message)` too.
    `path` is the PDF written (set before `finished`); `printing` tells a failed print from a failed save."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, doc: Document, printing: bool) -> None:
        super().__init__()
        self.doc = doc
        self.folio = doc.folio
        self.fmt = doc.fmt
        self.printing = printing
        self.path: Path | None = None
        self.done = False
        self.message = ""


ReceiptJob = DocumentJob  # the name the folio dialog knew
_jobs: set[DocumentJob] = set()  # alive until they report, whatever happens to the dialog that started them


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
    """Hand the PDF to the system; return what happened, in Spanish (any document: receipt, work order, summary,
    copy of personal data). Raises OSError on failure."""
    if sys.platform == "win32":
        os.startfile(str(path), "print")  # type: ignore[attr-defined]
        return QCoreApplication.translate("Printing", "Enviado a la impresora predeterminada.")
    for tool in ("lp", "lpr"):
        exe = shutil.which(tool)
        if exe:
            done = subprocess.run([exe, str(path)], capture_output=True, text=True, timeout=15, check=False)
            if done.returncode != 0:
                detail = (done.stderr or done.stdout).strip().splitlines()
                raise OSError(detail[-1] if detail else QCoreApplication.translate("Printing",
                    "la impresora no respondió"))
            return QCoreApplication.translate("Printing", "Enviado a la impresora predeterminada.")
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return QCoreApplication.translate("Printing",
            "Se abrió el PDF en el visor: imprímalo desde ahí con Ctrl+P.")
    raise OSError(QCoreApplication.translate("Printing", "no hay una impresora configurada ni un visor de PDF"))


def ask_save_path(parent: QWidget | None, suggested: Path) -> Path | None:
    title = QCoreApplication.translate("Printing", "Guardar en PDF: {0}").format(suggested.stem)
    pdf_filter = QCoreApplication.translate("Printing", "Documentos PDF (*.pdf)")
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), pdf_filter)
    if not path:
        return None
    p = Path(path)
    return p if p.suffix.lower() == ".pdf" else p.with_name(p.name + ".pdf")


# --- documents ----------------------------------------------------------------------------------------

def receipt_document(report_id: int, folio: str, fmt: str) -> Document:
    from ispdesk.core.receipts import receipt_data

    def render(data: object, path: Path) -> None:
        from ispdesk.pdf.receipt import render_receipt

        render_receipt(data, path, fmt)  # type: ignore[arg-type]

    if fmt not in FORMATS:
        raise ValueError(f"formato desconocido: {fmt!r}")
    return Document(QCoreApplication.translate("Printing", "Comprobante"), folio, lambda: receipt_data(report_id),
                    render, f"Comprobante {folio}{' ticket' if fmt == 'ticket' else ''}.pdf", fmt,
                    QCoreApplication.translate("Printing", "el comprobante"))


def workorder_document(report_id: int, folio: str) -> Document:
    from ispdesk.core.receipts import workorder_data

    def render(data: object, path: Path) -> None:
        from ispdesk.pdf.workorder import render_workorder

        render_workorder(data, path)  # type: ignore[arg-type]

    return Document(QCoreApplication.translate("Printing", "Orden de trabajo"), folio,
                    lambda: workorder_data(report_id), render, f"Orden de trabajo {folio}.pdf",
                    what=QCoreApplication.translate("Printing", "la orden de trabajo"))


def letter_document(report_id: int, folio: str, body: str, signer: str) -> Document:
    from ispdesk.core.receipts import letter_data

    def render(data: object, path: Path) -> None:
        from ispdesk.pdf.letter import render_letter

        render_letter(data, path)  # type: ignore[arg-type]

    return Document(QCoreApplication.translate("Printing", "Carta de respuesta"), folio,
                    lambda: letter_data(report_id, body, signer), render, f"Carta de respuesta {folio}.pdf",
                    what=QCoreApplication.translate("Printing", "la carta de respuesta"))


# --- work -----------------------------------------------------------------------------------------

def _render(doc: Document, data: object, target: Path) -> Path:
    """Worker side: render to `<target>.part`, then rename. One ReportLab job at a time."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    with _RENDER_LOCK:
        try:
            doc.render(data, part)
            os.replace(part, target)
        finally:
            if part.exists():
                part.unlink(missing_ok=True)
    return target


def _os_message(exc: OSError, target: Path, what: str) -> str:
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate("Printing",
            "No se tiene permiso para escribir en {0}. Elija otra carpeta.").format(target.parent)
    if getattr(exc, "errno", None) == 28:
        return QCoreApplication.translate("Printing", "El disco está lleno: no se pudo escribir {0}.").format(what)
    reason = exc.strerror or str(exc)
    return QCoreApplication.translate("Printing", "No se pudo escribir {0} ({1}).").format(what, reason)


def _start(doc: Document, target: Path, after: Callable[[DocumentJob, Path], str], printing: bool) -> DocumentJob:
    data = doc.build()  # GUI thread: the database is read here, never in the worker
    import reportlab  # noqa: F401  # first use imports ReportLab here, on the GUI thread, never in two workers

    job = DocumentJob(doc, printing)
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
            finish(False, _os_message(exc, target, doc.what))
            return
        finish(False, QCoreApplication.translate("Printing", "No se pudo generar {0}.").format(doc.what))
        raise exc  # our bug: the crash handler records it

    run_task(lambda: _render(doc, data, target), rendered, failed, None)
    return job


def _prune_spool(folder: Path) -> None:
    cutoff = time.time() - _SPOOL_KEEP_SECONDS
    try:
        for old in folder.glob("*.pdf"):
            if old.stat().st_mtime < cutoff:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # housekeeping only


def print_document(parent: QWidget | None, doc: Document) -> DocumentJob:
    """Render in the background, then send it to the printer (see the module docstring)."""
    folder = spool_dir()
    _prune_spool(folder)
    folder.mkdir(parents=True, exist_ok=True)
    title = "-".join(doc.title.lower().split())
    stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in f"{title}-{doc.folio}-{doc.fmt}")
    fd, name = tempfile.mkstemp(prefix=stem + "-", suffix=".pdf", dir=folder)
    os.close(fd)
    return _start(doc, Path(name), lambda _job, path: send_to_printer(path), True)


def save_document(parent: QWidget | None, doc: Document,
                  path: str | os.PathLike[str] | None = None) -> DocumentJob | None:
    """Write the PDF to `path`, or to where the user chooses (None if they cancel)."""
    if path is None:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        chosen = ask_save_path(parent, Path(docs) / doc.file_name)
        if chosen is None:
            return None
        target = chosen
    else:
        target = Path(path)
    return _start(doc, target, lambda _job, p: QCoreApplication.translate(
        "Printing", "{0} guardado en {1}").format(doc.title, p), False)


def print_receipt(parent: QWidget | None, report: object, fmt: str | None = None) -> DocumentJob:
    """The folio receipt; `fmt` None = the format chosen last in the folio dialog. `report` has `id`, `folio`."""
    return print_document(parent, receipt_document(report.id, report.folio, fmt or preferred_format()))  # type: ignore[attr-defined]


def save_receipt_pdf(parent: QWidget | None, report: object, fmt: str | None = None,
                     path: str | os.PathLike[str] | None = None) -> DocumentJob | None:
    return save_document(parent, receipt_document(report.id, report.folio,  # type: ignore[attr-defined]
                                                  fmt or preferred_format()), path)


def pending_jobs() -> int:
    """Documents still rendering (tests wait on this)."""
    return len(_jobs)
