"""The dialog after a report is filed: the folio in large type, the promised deadlines, and the ways to hand
the folio to the customer (printed receipt, PDF, clipboard, a WhatsApp link — no API, just wa.me)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from ispdesk.core import present
from ispdesk.core.clock import to_local
from ispdesk.core.messages import wa_link
from ispdesk.core.phones import format_phone
from ispdesk.core.queries import office_brief, report_detail
from ispdesk.ui.common import printing
from ispdesk.ui.common.widgets import DANGER, INFO_BG, INFO_BORDER
from ispdesk.ui.generated.ui_folio_done import Ui_FolioDoneDialog

MUTED = "#4a5563"


def open_url(url: QUrl) -> bool:
    """Seam: tests record the URL instead of opening a browser."""
    return QDesktopServices.openUrl(url)


def whatsapp_message(folio: str, resolution_due: str, office_name: str = "", customer_name: str = "") -> str:
    first = customer_name.split()[0] if customer_name.strip() else ""
    greeting = f"Hola, {first}." if first else "Hola."
    sender = f" Le escribimos de {office_name}." if office_name else ""
    due = f" Nos comprometemos a darle solución a más tardar el {resolution_due}." if resolution_due else ""
    return (f"{greeting}{sender} Su reporte quedó registrado con el folio {folio}.{due}"
            " Conserve este folio para dar seguimiento.")


def whatsapp_url(phone: str, folio: str, resolution_due: str = "", office_name: str = "",
                 customer_name: str = "") -> str | None:
    """`https://wa.me/52<10 digits>?text=…` (click-to-chat: opens WhatsApp with the message typed, nothing is
    sent by us). None when `phone` is not a valid Mexican number."""
    return wa_link(phone, whatsapp_message(folio, resolution_due, office_name, customer_name))


class FolioDoneDialog(QDialog):
    def __init__(self, report_id: int, *, note_added: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        report = report_detail(report_id)
        self.report = report
        office = office_brief(report.office_id)
        self.office_name = office.name if office else ""
        self.note_added = note_added
        self.last_job: printing.ReceiptJob | None = None
        self.ui = Ui_FolioDoneDialog()
        self.ui.setupUi(self)
        tz = report.tz
        self._resolution_words = present.long_dt(to_local(report.resolution_due, tz))
        c = report.customer

        self.setWindowTitle(self.tr("Nota agregada") if note_added else self.tr("Reporte levantado"))
        head = self.ui.headlineLabel
        head.setText(self.tr("Se agregó una nota al reporte que ya estaba abierto.") if note_added
                     else self.tr("Reporte levantado."))
        font = head.font()
        font.setPointSizeF(max(font.pointSizeF(), 10) + 4)
        font.setBold(True)
        head.setFont(font)
        self.ui.folioLabel.setText(report.folio)
        self.ui.folioLabel.setAccessibleName(self.tr("Folio {0}").format(report.folio))
        self.ui.customerLabel.setText(f"{c.number} · {c.name}")
        self.ui.noteLabel.setVisible(note_added)
        self.ui.noteLabel.setText(self.tr("No se levantó un reporte nuevo: el cliente conserva este folio."))
        # When the fix is due first (faults), the fix is the promise: no second, identical date.
        if report.responded_at is None and report.response_due < report.resolution_due:
            self.ui.responseLabel.setText(self.tr("Primera respuesta a más tardar: {0}").format(
                present.long_dt(to_local(report.response_due, tz))))
        else:
            self.ui.responseLabel.hide()
        self.ui.resolutionLabel.setText(self.tr("Solución comprometida: {0}").format(self._resolution_words))
        bold = self.ui.resolutionLabel.font()
        bold.setBold(True)
        self.ui.resolutionLabel.setFont(bold)
        self.ui.deadlinesFrame.setStyleSheet(
            f"QFrame#deadlinesFrame {{ background: {INFO_BG}; border: 1px solid {INFO_BORDER};"
            " border-radius: 4px; }")

        combo = self.ui.formatCombo
        combo.addItem(self.tr("Carta (hoja completa)"), "carta")
        combo.addItem(self.tr("Ticket de 80 mm"), "ticket")
        combo.setCurrentIndex(max(0, combo.findData(printing.preferred_format())))
        combo.currentIndexChanged.connect(self._remember_format)

        self.phone = report.contact_phone or (c.phones or ("",))[0]
        self.ui.whatsappButton.setEnabled(bool(self.whatsapp_link()))
        self.ui.whatsappButton.setToolTip(
            self.tr("Abre WhatsApp con el mensaje para {0}").format(format_phone(self.phone)) if self.phone
            else self.tr("El cliente no tiene teléfono registrado."))
        self.ui.printButton.setToolTip(self.tr("Imprimir comprobante (Ctrl+P)"))
        self.ui.statusLabel.hide()

        self.ui.printButton.clicked.connect(self.print_receipt)
        self.ui.saveButton.clicked.connect(self.save_pdf)
        self.ui.copyButton.clicked.connect(self.copy_folio)
        self.ui.whatsappButton.clicked.connect(self.send_whatsapp)
        self.ui.closeButton.clicked.connect(self.accept)
        self._print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        self._print_shortcut.activated.connect(self.print_receipt)
        self.ui.printButton.setFocus()
        self.setMinimumWidth(640)

    # --- actions ----------------------------------------------------------------------------------

    def fmt(self) -> str:
        return str(self.ui.formatCombo.currentData())

    def _remember_format(self) -> None:
        printing.remember_format(self.fmt())

    def _status(self, text: str, error: bool = False) -> None:
        self.ui.statusLabel.setStyleSheet(f"color: {DANGER if error else MUTED};")
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setVisible(bool(text))

    def _watch(self, job: printing.ReceiptJob | None, busy_text: str) -> None:
        if job is None:
            return
        self.last_job = job
        self.ui.printButton.setEnabled(False)
        self.ui.saveButton.setEnabled(False)
        self._status(busy_text)
        job.finished.connect(self._job_finished)
        job.failed.connect(self._job_failed)

    def _job_finished(self, message: str) -> None:
        self._job_over()
        self._status(message)

    def _job_failed(self, message: str) -> None:
        self._job_over()
        self._status(message, error=True)

    def _job_over(self) -> None:
        self.ui.printButton.setEnabled(True)
        self.ui.saveButton.setEnabled(True)
        self.ui.printButton.setFocus()

    def print_receipt(self) -> None:
        if not self.ui.printButton.isEnabled():
            return  # one at a time: Ctrl+P pressed twice while rendering
        self._watch(printing.print_receipt(self, self.report, self.fmt()),
                    self.tr("Preparando el comprobante para imprimir…"))

    def save_pdf(self) -> None:
        if not self.ui.saveButton.isEnabled():
            return
        self._watch(printing.save_receipt_pdf(self, self.report, self.fmt()), self.tr("Guardando el PDF…"))

    def copy_folio(self) -> None:
        QGuiApplication.clipboard().setText(self.report.folio)
        self._status(self.tr("Folio {0} copiado.").format(self.report.folio))

    def whatsapp_link(self) -> str | None:
        if not self.phone:
            return None
        return whatsapp_url(self.phone, self.report.folio, self._resolution_words, self.office_name,
                            self.report.customer.name)

    def send_whatsapp(self) -> None:
        link = self.whatsapp_link()
        if not link:
            return
        if open_url(QUrl(link, QUrl.ParsingMode.StrictMode)):
            self._status(self.tr("Se abrió WhatsApp con el mensaje para {0}: revíselo y envíelo.")
                         .format(format_phone(self.phone)))
        else:
            self._status(self.tr("No se pudo abrir WhatsApp ni el navegador."), error=True)

