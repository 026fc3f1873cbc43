"""Our bugs end here: an unexpected exception shows "Ocurrió un error inesperado" and leaves a report
file under `paths.crash_dir()`. Environment and input problems (DomainError, and driver errors that
`faults.storage_fault` recognises: a full disk, a busy or damaged database) are shown as a plain message
instead: they are never crash reports.

No personal data goes into a report (LFPDPPP): the traceback is written without locals and with every exception
message scrubbed (`core.scrub`: quoted values, e-mail addresses, phone numbers), the same text the dialog shows
and stderr gets."""

from __future__ import annotations

import datetime as dt
import platform
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ispdesk.core.errors import DomainError
from ispdesk.core.paths import crash_dir
from ispdesk.core.scrub import format_exception, install_log_scrubbing

_previous_hook = sys.excepthook


def save_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path | None:
    """Write the traceback and some context; return the file, or None if even that failed."""
    try:
        from importlib.metadata import version

        try:
            app_version = version("ispdesk")
        except Exception:
            app_version = "?"
        folder = crash_dir()
        folder.mkdir(parents=True, exist_ok=True)
        now = dt.datetime.now()
        path = folder / f"error-{now:%Y%m%d-%H%M%S-%f}.txt"
        from PySide6 import __version__ as pyside_version

        lines = [
            f"ispdesk {app_version} — {now:%d/%m/%Y %H:%M:%S}",
            f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
            "",
            format_exception(exc_type, exc, tb),
        ]
        path.write_text("\n".join(line.rstrip("\n") for line in lines) + "\n", encoding="utf-8")
        return path
    except OSError:
        return None


def show_crash_dialog(details: str, path: Path | None) -> None:
    """The seam tests replace: a modal box with the report location and the traceback as details."""
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Crash", "Error inesperado"))
    box.setText(QCoreApplication.translate("Crash", "Ocurrió un error inesperado"))
    if path is not None:
        box.setInformativeText(
            QCoreApplication.translate("Crash",
                "Lo que ya estaba guardado no se perdió. Se guardó un informe del error en:\n{0}\n"
                "Envíelo a soporte técnico.").format(str(path)))
    else:
        box.setInformativeText(QCoreApplication.translate("Crash", "Lo que ya estaba guardado no se perdió."))
    box.setDetailedText(details)
    box.exec()


def show_domain_error(message: str) -> None:
    QMessageBox.warning(QApplication.activeWindow(), QCoreApplication.translate("Crash",
        "No se pudo completar"), message)


def show_storage_fault(message: str) -> None:
    """The seam tests replace: the environment failed (the database busy, read-only, full or damaged, the
    server unreachable). A plain warning, never the crash dialog: nothing is wrong with ispdesk."""
    QMessageBox.warning(QApplication.activeWindow(), QCoreApplication.translate("Crash",
        "Problema con la base de datos"), message)


def notify_fault(exc: BaseException) -> bool:
    """Show `exc` as a fault of the environment if it is one (`faults.storage_fault`); True when shown."""
    from ispdesk.core.faults import storage_fault

    fault = storage_fault(exc)
    if fault is None:
        return False
    show_storage_fault(fault.message)
    return True


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        _previous_hook(exc_type, exc, tb)
        return
    if notify_fault(exc):
        return
    if isinstance(exc, DomainError):
        show_domain_error(exc.message)
        return
    path = save_report(exc_type, exc, tb)
    details = format_exception(exc_type, exc, tb)
    print(details, file=sys.stderr)
    if QApplication.instance() is not None:
        show_crash_dialog(details, path)


def install_excepthook() -> None:
    sys.excepthook = handle_exception
    install_log_scrubbing()
