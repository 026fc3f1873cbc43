"""«Respaldos»: back up now, the backups kept (date, kind, size), how many to keep, and a restore that checks the file
first and asks before replacing anything. `start_auto_backup` makes the daily backup at start-up off the GUI thread.

Seams for tests: the module functions `ask_open_path`, `confirm`, `after_restore`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ispdesk.core import db as db_mod
from ispdesk.core.errors import DomainError
from ispdesk.core.paths import backups_dir
from ispdesk.core.services import backups
from ispdesk.core.session import Session
from ispdesk.ui.common import desktop
from ispdesk.ui.common.tasks import run_task
from ispdesk.ui.common.widgets import WARNING_BG, WARNING_BORDER, ErrorLabel

MUTED = "#5f6368"
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def ask_open_path(parent: QWidget) -> str:
    """Ask for a backup file to restore; "" when cancelled. Tests replace it."""
    title = QCoreApplication.translate("BackupsDialog", "Elegir el respaldo que se restaurará")
    kinds = QCoreApplication.translate("BackupsDialog",
                                       "Respaldos de ispdesk (*.db *.dump *.bak);;Todos los archivos (*)")
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(backups_dir()), kinds)
    return path


def confirm(parent: QWidget, title: str, text: str, details: str, ok_text: str) -> bool:
    """The last question before the data is replaced; "Cancelar" is the default. Tests replace it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(details)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def after_restore(parent: QWidget, text: str) -> None:
    """Say it, then close ispdesk on this PC: the open screens, the session and the caches belong to the data that
    was replaced. Tests replace it."""
    QMessageBox.information(parent, QCoreApplication.translate("BackupsDialog", "Restauración terminada"), text)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.closeAllWindows()
        app.quit()


def _size(n: int) -> str:
    value = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return str(n)  # pragma: no cover


KIND_LABELS = {
    "manual": QCoreApplication.translate("BackupsDialog", "Manual"),
    "auto": QCoreApplication.translate("BackupsDialog", "Automático"),
    "antes-de-restaurar": QCoreApplication.translate("BackupsDialog", "Antes de restaurar"),
}


class BackupsDialog(QDialog):
    def __init__(self, actor: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.busy = False
        self.restored = False
        self.setWindowTitle(self.tr("Respaldos"))
        self.reason = backups.unavailable_reason()

        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setText(self.tr("Base de datos: {0}\nCarpeta de respaldos: {1}").format(
            db_mod.describe(), backups_dir()))
        self.open_folder_button = QPushButton(self.tr("Abrir la &carpeta"), self)
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.clicked.connect(lambda: desktop.open_file(backups_dir()))
        self.banner = QLabel(self.reason, self)
        self.banner.setObjectName("unavailable")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"QLabel#unavailable {{ background: {WARNING_BG}; border: 1px solid "
                                  f"{WARNING_BORDER}; border-radius: 4px; padding: 8px; }}")
        self.banner.setVisible(bool(self.reason))

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backups")
        self.table.setHorizontalHeaderLabels([self.tr("Fecha"), self.tr("Tipo"), self.tr("Tamaño"), self.tr("Archivo")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())

        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(1, 365)
        self.keep_spin.setValue(backups.keep_count())
        self.keep_spin.setSuffix(self.tr(" respaldos"))
        self.keep_spin.editingFinished.connect(self.save_keep)
        self.note = QLabel(self.tr("Al abrir ispdesk se hace un respaldo automático si el último tiene más de un día. "
                                   "Los archivos adjuntos de los reportes (carpeta «adjuntos») no van dentro del "
                                   "respaldo: cópielos aparte. Guarde de vez en cuando una copia fuera de esta PC "
                                   "(una memoria USB o la nube)."), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {MUTED};")

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.backup_button = QPushButton(self.tr("&Respaldar ahora"), self)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Re&staurar el seleccionado…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_other_button = QPushButton(self.tr("Restaurar &otro archivo…"), self)
        self.restore_other_button.clicked.connect(self.restore_other)
        self.close_button = QPushButton(self.tr("Cerrar"), self)
        self.close_button.clicked.connect(self.reject)
        for button in (self.restore_button, self.restore_other_button, self.close_button):
            button.setAutoDefault(False)
        self.backup_button.setDefault(True)

        top = QHBoxLayout()
        top.addWidget(self.where, 1)
        top.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        keep = QHBoxLayout()
        keep.addWidget(QLabel(self.tr("Conservar los últimos"), self))
        keep.addWidget(self.keep_spin)
        keep.addWidget(QLabel(self.tr("(los más viejos se borran después de cada respaldo)"), self))
        keep.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(keep)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(860, 560)
        self.refresh()

    # --- list --------------------------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        selected = select or self.selected_path()
        items = backups.list_backups() if not self.reason else []
        self.table.setRowCount(len(items))
        for row, info in enumerate(items):
            values = (info.made_at.strftime("%d/%m/%Y %H:%M"), KIND_LABELS.get(info.kind, info.kind),
                      _size(info.size), info.name)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(PATH_ROLE, info.path)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            if info.path == selected:
                self.table.selectRow(row)
        if items and self.selected_path() is None:
            self.table.selectRow(0)
        self._update()

    def selected_path(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(PATH_ROLE) if item else None

    def _update(self) -> None:
        idle = not self.busy and not self.reason
        self.backup_button.setEnabled(idle)
        self.restore_button.setEnabled(idle and self.selected_path() is not None)
        self.restore_other_button.setEnabled(idle)
        self.keep_spin.setEnabled(idle)
        self.close_button.setEnabled(not self.busy)

    def _task(self, text: str, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.busy = True
        self.error.clear_error()
        self.status.setText(text)
        self.progress.show()
        self._update()

        def finished() -> None:
            self.busy = False
            self.progress.hide()
            self._update()

        def ok(result: Any) -> None:
            finished()
            done(result)

        def failed(exc: BaseException) -> None:
            finished()
            self.status.setText("")
            if not isinstance(exc, DomainError):
                raise exc
            self.error.show_error(exc.message)

        run_task(fn, ok, failed, self)

    # --- actions -----------------------------------------------------------------------------------------------

    def save_keep(self) -> None:
        value = self.keep_spin.value()
        if value == backups.keep_count():
            return
        try:
            backups.set_keep_count(self.actor, value)
        except DomainError as exc:
            self.error.show_error(exc.message)
            return
        self.status.setText(self.tr("Se conservarán los últimos {0} respaldos.").format(value))

    def backup_now(self) -> None:
        self.save_keep()
        actor = self.actor

        def done(info: backups.BackupInfo) -> None:
            self.status.setText(self.tr("Respaldo guardado y revisado: {0} ({1}).").format(info.name, _size(info.size)))
            self.refresh(select=info.path)

        self._task(self.tr("Respaldando… (se puede seguir trabajando en las demás PC)"),
                   lambda: backups.backup_now(actor), done)

    def restore_selected(self) -> None:
        path = self.selected_path()
        if path and not self.busy and not self.reason:
            self.restore(path)

    def restore_other(self) -> None:
        path = ask_open_path(self)
        if path:
            self.restore(path)

    def restore(self, path: str) -> None:
        """Check the file first (integrity, schema version), then ask, then restore."""
        self._task(self.tr("Revisando el respaldo…"), lambda: (backups.check_backup(path), backups.other_connections()),
                   lambda checked: self._confirm_restore(path, *checked))

    def _confirm_restore(self, path: str, check: backups.BackupCheck, others: int | None) -> None:
        self.status.setText("")
        details = [self.tr("El respaldo está completo: {0}.").format(check.describe()),
                   self.tr("Antes de restaurar se guarda una copia de los datos actuales en la carpeta de respaldos.")]
        if others:
            details.append(self.tr("Hay otras {0} computadoras conectadas a esta base de datos: pida que cierren "
                                   "ispdesk antes de continuar y que lo vuelvan a abrir al terminar.").format(others))
        else:
            details.append(self.tr("Las demás PC que tengan ispdesk abierto deben cerrarlo antes de continuar y "
                                   "volver a abrirlo al terminar: seguirían mostrando pantallas con los datos de "
                                   "antes."))
        details.append(self.tr("Al terminar, ispdesk se cerrará en esta PC para que vuelva a entrar."))
        text = self.tr("¿Reemplazar todos los datos actuales por los del respaldo {0}?").format(Path(path).name)
        if not confirm(self, self.tr("Restaurar un respaldo"), text, "\n\n".join(details),
                       self.tr("Reemplazar los datos")):
            self.status.setText(self.tr("No se restauró nada."))
            return
        actor = self.actor

        def done(result: tuple[backups.BackupCheck, backups.BackupInfo | None]) -> None:
            _check, safety = result
            self.restored = True
            message = self.tr("Se restauró {0}.").format(Path(path).name)
            if safety is not None:
                message += " " + self.tr("Los datos de antes quedaron en {0}.").format(safety.name)
            self.status.setText(message)
            self.refresh()
            after_restore(self, message + " " + self.tr("ispdesk se cerrará; vuelva a abrirlo."))

        self._task(self.tr("Restaurando… no apague la PC."), lambda: backups.restore_backup(actor, path), done)

    def reject(self) -> None:
        if not self.busy:
            self.save_keep()
            super().reject()


def start_auto_backup(window: QMainWindow) -> None:
    """The daily backup at start-up, off the GUI thread; the status bar says how it went. Never a modal box: the
    receptionist is already answering the phone."""
    def done(info: backups.BackupInfo | None) -> None:
        if info is not None:
            window.statusBar().showMessage(QCoreApplication.translate(
                "BackupsDialog", "Respaldo automático guardado: {0}").format(info.name), 15000)

    def failed(exc: BaseException) -> None:
        message = exc.message if isinstance(exc, DomainError) else str(exc)
        window.statusBar().showMessage(QCoreApplication.translate(
            "BackupsDialog", "No se pudo hacer el respaldo automático: {0}").format(message), 30000)

    run_task(backups.auto_backup, done, failed, window)
