"""«Verificar el historial»: the manager's way to run `ispdesk audit verify` — walk every hash chain off the GUI
thread (half a minute on a million reports) and say plainly whether the history is whole, or where it broke.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ispdesk.core.errors import DomainError
from ispdesk.core.numfmt import fmt_int
from ispdesk.core.services import audit_log
from ispdesk.core.session import Session
from ispdesk.ui.common.tasks import run_task
from ispdesk.ui.common.widgets import ErrorLabel

OK_STYLE = "background: #e8f5e9; border: 1px solid #81c784; border-radius: 4px; padding: 8px; color: #1b5e20;"
BROKEN_STYLE = "background: #fdecea; border: 1px solid #e57373; border-radius: 4px; padding: 8px; color: #8a1c1c;"


class AuditDialog(QDialog):
    """Runs the verification at once when shown; «Verificar de nuevo» repeats it."""

    def __init__(self, user: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.busy = False
        self.verdict: audit_log.Verdict | None = None
        self.setWindowTitle(self.tr("Verificar el historial"))
        intro = QLabel(self.tr(
            "Cada evento de los reportes y de la bitácora lleva un sello encadenado al anterior, y la base de datos "
            "rechaza reescribirlos. Aquí se recorren todos los sellos: si alguien cambió o borró algo directamente en "
            "la base de datos (con las protecciones quitadas), se dice dónde."), self)
        intro.setWordWrap(True)
        self.seal_edit = QLineEdit(self)
        self.seal_edit.setPlaceholderText(self.tr("opcional; p. ej. 1234:3f2a9c1b4d5e6f70"))
        self.seal_edit.setToolTip(self.tr("El sello impreso en un resumen mensual (o el de «ispdesk audit seal»): "
                                          "se comprueba además que nada anterior a él cambió."))
        seal_row = QFormLayout()
        seal_row.addRow(self.tr("Sello &guardado:"), self.seal_edit)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.stage = QLabel(self)
        self.result = QLabel(self)
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        self.error = ErrorLabel(self)
        self.again_button = QPushButton(self.tr("&Verificar de nuevo"), self)
        self.again_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Cerrar"), self)
        self.close_button.clicked.connect(self.reject)
        self.close_button.setAutoDefault(False)
        self.again_button.setDefault(True)  # Enter in the seal's field verifies; Esc closes
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(seal_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.stage)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(640, 280)
        self.start()

    def start(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.verdict = None
        self.result.hide()
        self.error.clear_error()
        self.progress.show()
        self.stage.setText(self.tr("Revisando los sellos…"))
        self.again_button.setEnabled(False)

        anchor = self.seal_edit.text().strip() or None
        if anchor is not None:
            try:
                audit_log.parse_seal(anchor)
            except DomainError as exc:
                self._finish()
                self.error.show_error(exc.message)
                self.seal_edit.setFocus()
                return

        def work(report: Any) -> audit_log.Verdict:
            return audit_log.verify(lambda stage, done: report(stage, done, 0), anchor=anchor)

        run_task(work, self._done, self._failed, self, on_progress=self._progress)

    def _progress(self, stage: str, done: int, _total: int) -> None:
        self.stage.setText(self.tr("Revisando los sellos: %1 eventos…").replace("%1", fmt_int(done)))

    def _finish(self) -> None:
        self.busy = False
        self.progress.hide()
        self.stage.clear()
        self.again_button.setEnabled(True)

    def _done(self, verdict: audit_log.Verdict) -> None:
        self._finish()
        self.verdict = verdict
        counts = self.tr("%1 eventos de %2 reportes y %3 registros de la bitácora, revisados en %4 s.") \
            .replace("%1", fmt_int(verdict.report_events)).replace("%2", fmt_int(verdict.reports)) \
            .replace("%3", fmt_int(verdict.audit_events)).replace("%4", f"{verdict.seconds:.1f}")
        if verdict.ok:
            lines = [self.tr("Íntegro: nada se cambió ni se borró."), counts]
            if self.seal_edit.text().strip():
                lines.append(self.tr("El sello guardado coincide: nada anterior a él cambió."))
            if verdict.seal is not None:
                lines.append(self.tr("Último sello: %1 (cada respaldo toma uno; el resumen mensual lo imprime).")
                             .replace("%1", verdict.seal.code))
            self.result.setText("\n".join(lines))
            self.result.setStyleSheet(OK_STYLE)
        else:
            lines = []
            if verdict.problem:
                where = (self.tr("Folio %1: ").replace("%1", verdict.folio)) if verdict.folio else ""
                lines.append(self.tr("Historial alterado. ") + where + verdict.problem + ".")
            if verdict.missing:
                missing = ", ".join(verdict.missing)
                lines.append(self.tr("Faltan o están desactivadas protecciones de la base de datos (%1): alguien "
                                     "con acceso directo a la base las quitó.").replace("%1", missing))
            lines.append(self.tr("Guarde este aviso y compare con el respaldo más reciente."))
            self.result.setText("\n".join(lines))
            self.result.setStyleSheet(BROKEN_STYLE)
        self.result.show()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if not isinstance(exc, DomainError):
            raise exc
        self.error.show_error(exc.message)
