"""«Importar clientes»: a CSV from the billing system or Excel, previewed with the encoding and separator found (both
can be changed), a combo per column to say which customer field it holds, a check that says what would happen (and
why each rejected line is rejected), then the import in a worker with a progress bar, and the result with the lines
to fix, which can be saved as a CSV.

Seams for tests: the module functions `ask_open_path`, `ask_save_path`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ispdesk.core.errors import DomainError
from ispdesk.core.services import customer_import as ci
from ispdesk.core.session import Session
from ispdesk.ui.common.tasks import run_task
from ispdesk.ui.common.widgets import DANGER, ErrorLabel

PREVIEW_ROWS = 50
MAX_NOTES = 3000
MUTED = "#5f6368"
WARNING_TEXT = "#8a5a00"


def ask_open_path(parent: QWidget) -> str:
    """Ask for the CSV to import; "" when cancelled. Tests replace it."""
    title = QCoreApplication.translate("ImportDialog", "Elegir el archivo de clientes")
    kinds = QCoreApplication.translate("ImportDialog", "Archivos CSV o de texto (*.csv *.txt);;Todos los archivos (*)")
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return path


def ask_save_path(parent: QWidget, suggested: str) -> str:
    """Ask where to save the rejected rows; "" when cancelled. Tests replace it."""
    title = QCoreApplication.translate("ImportDialog", "Guardar las filas rechazadas")
    kinds = QCoreApplication.translate("ImportDialog", "Hoja de cálculo CSV (*.csv)")
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
    if path and not path.lower().endswith(".csv"):
        path += ".csv"
    return path


def _n(value: int) -> str:
    return f"{value:,}".replace(",", " ")


class ImportDialog(QDialog):
    """The import assistant in one window: file, mapping and preview, check, import, result."""

    def __init__(self, actor: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.table: ci.CsvTable | None = None
        self.result: ci.ImportResult | None = None  # the last check or import
        self.imported = False
        self.busy = False
        self.choose_on_show = False  # the main window opens the file chooser at once: it is the first step
        self.setWindowTitle(self.tr("Importar clientes desde CSV"))

        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Elija el archivo exportado del sistema de facturación o de Excel"))
        self.choose_button = QPushButton(self.tr("&Elegir archivo…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.encoding_combo = QComboBox(self)
        for key in ("utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"):
            self.encoding_combo.addItem(ci.ENCODINGS[key], key)
        self.delimiter_combo = QComboBox(self)
        for label, key in ((self.tr("coma"), ","), (self.tr("punto y coma"), ";"), (self.tr("tabulador"), "\t"),
                           (self.tr("barra vertical"), "|")):
            self.delimiter_combo.addItem(label, key)
        for combo in (self.encoding_combo, self.delimiter_combo):
            combo.setEnabled(False)
            combo.activated.connect(lambda _i: self.reload())
        self.file_info = QLabel(self)
        self.file_info.setStyleSheet(f"color: {MUTED};")

        self.help_label = QLabel(self.tr("En la primera fila elija qué dato tiene cada columna; «(no importar)» la "
                                         "deja fuera. Una celda vacía no borra lo que el cliente ya tiene, y un número "
                                         "que ya existe actualiza a ese cliente."), self)
        self.help_label.setWordWrap(True)
        self.preview = QTableWidget(self)
        self.preview.setObjectName("preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setDefaultSectionSize(150)
        self.preview.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.combos: list[QComboBox] = []
        self.mapping_error = ErrorLabel(self)

        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.notes = QTableWidget(0, 4, self)
        self.notes.setObjectName("notes")
        self.notes.setHorizontalHeaderLabels([self.tr("Línea"), self.tr("Número"), self.tr("Qué pasó"),
                                              self.tr("Motivo")])
        self.notes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notes.verticalHeader().hide()
        header = self.notes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.notes.setWordWrap(True)

        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = QLabel(self)
        self.error = ErrorLabel(self)

        self.check_button = QPushButton(self.tr("&Revisar sin guardar"), self)
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Importar"), self)
        self.import_button.clicked.connect(self.run_import)
        self.rejects_button = QPushButton(self.tr("&Guardar rechazadas…"), self)
        self.rejects_button.clicked.connect(self.save_rejects)
        self.close_button = QPushButton(self.tr("Cerrar"), self)
        self.close_button.clicked.connect(self.reject)
        for button in (self.choose_button, self.check_button, self.import_button, self.rejects_button,
                       self.close_button):
            button.setAutoDefault(False)  # Enter must not start an import nor reopen the file chooser

        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Archivo:"), self))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        format_row = QHBoxLayout()
        format_row.addWidget(QLabel(self.tr("Codificación:"), self))
        format_row.addWidget(self.encoding_combo)
        format_row.addSpacing(12)
        format_row.addWidget(QLabel(self.tr("Separador:"), self))
        format_row.addWidget(self.delimiter_combo)
        format_row.addSpacing(12)
        format_row.addWidget(self.file_info, 1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.help_label)
        top_layout.addWidget(self.preview, 1)
        top_layout.addWidget(self.mapping_error)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.summary)
        bottom_layout.addWidget(self.notes, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.rejects_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(format_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(1100, 720)
        self._update()

    # --- state -------------------------------------------------------------------------------------------------

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def _mapping_problem(self) -> str:
        if self.table is None:
            return ""
        try:
            ci.check_mapping(self.mapping(), self.table.header)
        except DomainError as exc:
            return exc.message
        return ""

    def _update(self) -> None:
        loaded = self.table is not None and not self.busy
        problem = self._mapping_problem()
        self.mapping_error.show_error(problem)
        self.choose_button.setEnabled(not self.busy)
        for combo in (self.encoding_combo, self.delimiter_combo):
            combo.setEnabled(loaded)
        for combo in self.combos:
            combo.setEnabled(not self.busy)
        ready = loaded and not problem and bool(self.table and self.table.records)
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready and not self.imported)
        self.rejects_button.setEnabled(not self.busy and self.result is not None and bool(self.result.rejected))
        self.close_button.setEnabled(not self.busy)

    def _task(self, text: str, fn: Callable[..., Any], done: Callable[[Any], None], progress: bool = False) -> None:
        self.busy = True
        self.error.clear_error()
        self.status.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._update()

        def finished() -> None:
            self.busy = False
            self.progress.hide()
            self.status.setText("")
            self._update()

        def ok(result: Any) -> None:
            finished()
            done(result)

        def failed(exc: BaseException) -> None:
            finished()
            if not isinstance(exc, DomainError):
                raise exc
            self.error.show_error(exc.message)

        def step(_stage: str, n: int, total: int) -> None:
            if total:
                self.progress.setRange(0, total)
                self.progress.setValue(n)
            self.status.setText(self.tr("{0}: {1} de {2}").format(
                QCoreApplication.translate("ImportDialog", _stage), _n(n), _n(total)))

        run_task(fn, ok, failed, self, on_progress=step if progress else None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.choose_on_show and self.table is None:
            self.choose_on_show = False
            QTimer.singleShot(0, self.choose_file)

    # --- the file ----------------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = ask_open_path(self)
        if path:
            self.load(path)

    def load(self, path: str, encoding: str | None = None, delimiter: str | None = None) -> None:
        """Read the file (off the GUI thread) and show it with the columns matched by header."""
        self.path_edit.setText(path)
        keep = self.mapping() if self.table is not None and self.table.path == path else None
        self._task(self.tr("Leyendo el archivo…"),
                   lambda: ci.read_table(path, encoding=encoding, delimiter=delimiter),
                   lambda table: self._show_table(table, keep))

    def reload(self) -> None:
        if self.table is not None:
            self.load(self.table.path, self.encoding_combo.currentData(), self.delimiter_combo.currentData())

    def _show_table(self, table: ci.CsvTable, keep: list[str | None] | None) -> None:
        self.table = table
        self.result = None
        self.imported = False
        self._clear_summary()
        self.encoding_combo.setCurrentIndex(max(0, self.encoding_combo.findData(table.encoding)))
        self.delimiter_combo.setCurrentIndex(max(0, self.delimiter_combo.findData(table.delimiter)))
        self.file_info.setText(self.tr("{0} filas de datos, {1} columnas").format(
            _n(len(table.records)), len(table.header)))
        mapping = keep if keep is not None and len(keep) == len(table.header) else list(ci.guess_mapping(table.header))
        rows = table.records[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(table.header))
        self.preview.setRowCount(len(rows) + 1)
        self.preview.setHorizontalHeaderLabels([h or f"#{i + 1}" for i, h in enumerate(table.header)])
        self.preview.setVerticalHeaderLabels([self.tr("Campo"), *(str(r.line) for r in rows)])
        self.combos = []
        for column, fld in enumerate(mapping):
            combo = QComboBox(self.preview)
            combo.addItem(self.tr("(no importar)"), None)
            for key, label in ci.FIELDS.items():
                combo.addItem(QCoreApplication.translate("ImportFields", label), key)
            combo.setCurrentIndex(max(0, combo.findData(fld)))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.preview.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for row, record in enumerate(rows, 1):
            for column in range(len(table.header)):
                text = record.cells[column] if column < len(record.cells) else ""
                item = QTableWidgetItem(" ".join(text.split()))
                if "\n" in text:
                    item.setToolTip(text)
                self.preview.setItem(row, column, item)
        self._paint_columns()
        if not table.records:
            self.error.show_error(self.tr("El archivo sólo tiene la fila de encabezados: no hay clientes que "
                                          "importar."))
        self._update()
        if self.check_button.isEnabled():
            self.check_button.setFocus()

    def _paint_columns(self) -> None:
        """Columns left out are greyed, so the user sees at a glance what will be imported."""
        grey = QBrush(QColor("#9aa0a6"))
        for column, combo in enumerate(self.combos):
            ignored = combo.currentData() is None
            for row in range(1, self.preview.rowCount()):
                item = self.preview.item(row, column)
                if item is not None:
                    item.setForeground(grey if ignored else QBrush())

    def _mapping_changed(self) -> None:
        self.result = None
        self.imported = False
        self._clear_summary()
        self._paint_columns()
        self._update()

    # --- check and import --------------------------------------------------------------------------------------

    def check(self) -> None:
        """What the import would do, line by line, without saving anything."""
        table, mapping = self.table, self.mapping()
        if table is None:
            return
        self._task(self.tr("Revisando…"),
                   lambda progress: ci.import_customers(self.actor, table, mapping, dry_run=True, progress=progress),
                   self._show_result, progress=True)

    def run_import(self) -> None:
        table, mapping = self.table, self.mapping()
        if table is None:
            return
        self._task(self.tr("Importando…"),
                   lambda progress: ci.import_customers(self.actor, table, mapping, progress=progress),
                   self._imported, progress=True)

    def _imported(self, result: ci.ImportResult) -> None:
        self.imported = True
        self._show_result(result)
        self._update()

    def _clear_summary(self) -> None:
        self.summary.setText(self.tr("Elija «Revisar sin guardar» para ver qué pasaría, o «Importar».")
                             if self.table is not None and self.table.records else "")
        self.summary.setStyleSheet("")
        self.notes.setRowCount(0)

    def _show_result(self, result: ci.ImportResult) -> None:
        self.result = result
        counts = self.tr("{0} nuevos, {1} actualizados, {2} sin cambios, {3} rechazados").format(
            _n(result.inserted), _n(result.updated), _n(result.unchanged), _n(len(result.rejected)))
        if result.dry_run:
            text = self.tr("Revisión (no se guardó nada): se importarían {0}.").format(counts)
        else:
            text = self.tr("Importación terminada: {0}.").format(counts)
        if result.warnings:
            text += " " + self.tr("Líneas con algún dato que no se guardó: {0} (vea los avisos).").format(
                _n(len({n.line for n in result.warnings})))
        self.summary.setText(text)
        self.summary.setStyleSheet("" if result.dry_run else "color: #1e7e34;")
        entries: list[tuple[int, str, str, str, str]] = []
        for r in result.rejected:
            entries.append((r.line, r.number, self.tr("Rechazada"), r.reason, DANGER))
        for n in result.warnings:
            entries.append((n.line, n.number, self.tr("Aviso"), n.message, WARNING_TEXT))
        for n in result.repeated:
            entries.append((n.line, n.number, self.tr("Repetido"), n.message, MUTED))
        entries.sort(key=lambda e: e[0])
        if len(entries) > MAX_NOTES:  # a table of 20 000 lines helps nobody; the rejected ones go to the CSV
            hidden = len(entries) - MAX_NOTES
            entries = entries[:MAX_NOTES]
            entries.append((0, "", "…", self.tr("Y {0} líneas más: guarde las rechazadas en CSV para verlas "
                                                "todas.").format(_n(hidden)), MUTED))
        self.notes.setRowCount(len(entries))
        for row, (line, number, what, reason, color) in enumerate(entries):
            for column, value in enumerate((str(line) if line else "", number, what, reason)):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 2:
                    item.setForeground(QBrush(QColor(color)))
                self.notes.setItem(row, column, item)
        self.notes.resizeRowsToContents()
        self._update()

    def save_rejects(self) -> None:
        if self.result is None or not self.result.rejected or self.table is None:
            return
        stem = Path(self.table.path).stem
        path = ask_save_path(self, str(Path(self.table.path).with_name(f"{stem}-rechazadas.csv")))
        if not path:
            return
        result = self.result
        self._task(self.tr("Guardando…"), lambda: ci.write_rejects(result, path),
                   lambda n: self.status.setText(self.tr("Se guardaron {0} filas rechazadas en {1}.").format(
                       _n(n), Path(path).name)))

    def reject(self) -> None:
        if not self.busy:  # an import in progress finishes (or fails) whole; the window waits for it
            super().reject()


# The core's field labels and progress stages (Spanish, in ispdesk.core), listed for the translation tools.
FIELD_LABELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ImportFields", "Número de cliente"),
    QT_TRANSLATE_NOOP("ImportFields", "Nombre"),
    QT_TRANSLATE_NOOP("ImportFields", "Teléfono"),
    QT_TRANSLATE_NOOP("ImportFields", "Correo electrónico"),
    QT_TRANSLATE_NOOP("ImportFields", "Domicilio"),
    QT_TRANSLATE_NOOP("ImportFields", "Colonia"),
    QT_TRANSLATE_NOOP("ImportFields", "Código postal"),
    QT_TRANSLATE_NOOP("ImportFields", "Municipio o ciudad"),
    QT_TRANSLATE_NOOP("ImportFields", "Estado (entidad)"),
    QT_TRANSLATE_NOOP("ImportFields", "Estatus del servicio"),
    QT_TRANSLATE_NOOP("ImportFields", "Zona"),
    QT_TRANSLATE_NOOP("ImportFields", "Torre o nodo"),
    QT_TRANSLATE_NOOP("ImportFields", "Plan"),
    QT_TRANSLATE_NOOP("ImportFields", "Precio (mensualidad)"),
    QT_TRANSLATE_NOOP("ImportFields", "Día de corte"),
    QT_TRANSLATE_NOOP("ImportFields", "Fecha de instalación"),
    QT_TRANSLATE_NOOP("ImportFields", "Latitud"),
    QT_TRANSLATE_NOOP("ImportFields", "Longitud"),
    QT_TRANSLATE_NOOP("ImportFields", "Coordenadas (lat,lng)"),
    QT_TRANSLATE_NOOP("ImportFields", "Referencias del domicilio"),
    QT_TRANSLATE_NOOP("ImportFields", "Notas"),
    QT_TRANSLATE_NOOP("ImportFields", "Última factura"),
)
STAGES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ImportDialog", "Revisando filas"),
    QT_TRANSLATE_NOOP("ImportDialog", "Guardando clientes"),
)
