"""`ispdesk gui`: open the database, first-run assistant on an empty one, sign-in, then the main window.

Start-up stays lean: the main window, ReportLab and the holiday tables are imported only when needed.
`ISPDESK_EXIT_WHEN_IDLE=1` quits as soon as the first window is shown and the event loop is idle (used
by tests/bench/bench_gui.py to time a cold start).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def _exit_when_idle() -> bool:
    return os.environ.get("ISPDESK_EXIT_WHEN_IDLE", "") not in ("", "0")


class _ShowWatcher(QObject):
    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        dialog.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.dialog and event.type() == QEvent.Type.Show:
            self.dialog.removeEventFilter(self)
            # The first zero timer runs after the show/expose events, the second once they are painted.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.dialog.reject))
        return False


def app_icon() -> QIcon:
    """The window and task-bar icon, shipped in the package (resources/icons/ispdesk.svg)."""
    from importlib.resources import files

    return QIcon(str(files("ispdesk.resources") / "icons" / "ispdesk.svg"))


def _recheck_with_progress() -> None:
    """The file was marked damaged (by this PC or another): check it in full on a worker thread — from seconds to
    a minute on a large base — while a busy dialog says what is going on."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QProgressDialog

    from .core.storage import recheck_damaged
    from .ui.common.tasks import run_task

    dialog = QProgressDialog(QApplication.translate("App", "Revisando la base de datos, que se encontró dañada la "
                                                           "última vez…"), "", 0, 0)
    dialog.setWindowTitle(QApplication.translate("App", "Revisión de la base de datos"))
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    dialog.show()
    loop = QEventLoop()
    run_task(recheck_damaged, lambda _ok: loop.quit(), lambda _exc: loop.quit())
    loop.exec()
    dialog.close()


def run_gui(db_target: str | None = None, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("ispdesk")
    app.setApplicationName("ispdesk")
    app.setApplicationDisplayName("ispdesk")
    app.setDesktopFileName("mx.ispdesk.ispdesk")
    app.setWindowIcon(app_icon())

    from .core.errors import DomainError
    from .core.storage import open_database
    from .ui.common.crash import install_excepthook
    from .ui.common.i18n import install_translators

    install_translators(app, lang)
    install_excepthook()
    try:
        open_database(db_target, recheck=False)  # a full check of a file marked damaged runs below, off this thread
    except DomainError as exc:
        QMessageBox.critical(None, QApplication.translate("App", "No se pudo abrir la base de datos"), exc.message)
        return 1
    from .core.storage import damaged, needs_recheck

    if needs_recheck():
        _recheck_with_progress()
    warning = damaged()
    if warning:  # it opens to look things up; every save says the same again
        QMessageBox.warning(None, QApplication.translate("App", "Base de datos dañada"), warning + "\n\n" +
                            QApplication.translate("App", "Mientras tanto puede consultar clientes y reportes, pero "
                                                          "no guardar cambios."))

    from .core.services import users

    if users.needs_setup():
        from .ui.shell.first_run import run_first_run

        if not run_first_run():
            return 0

    from .ui.shell import login

    if _exit_when_idle():
        from .core.queries import office_brief

        office = office_brief()
        dialog = login.LoginDialog(office_name=office.name if office else "")
        _ShowWatcher(dialog)
        dialog.exec()
        return 0

    user = login.sign_in()
    if user is None:
        return 0
    from .ui.shell.main_window import MainWindow

    window = MainWindow(user)
    window.show()
    # The sign-in dialog had the focus; hand it to the main window so its shortcuts (Ctrl+N, Ctrl+F, Esc)
    # work at once, also under window managers that do not activate new windows by themselves.
    window.raise_()
    window.activateWindow()
    app._ispdesk_main_window = window  # type: ignore[attr-defined]  # keep it alive
    from .ui.managers.backups_dialog import start_auto_backup

    start_auto_backup(window)  # the daily backup, off the GUI thread
    return app.exec()
