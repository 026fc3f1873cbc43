"""New report wizard (Ctrl+N): Cliente → Tipo y canal → Descripción → Resumen, then the folio dialog.

Built for a receptionist on the phone, keyboard first: each page opens with the focus where typing starts,
Enter moves on (QWizard's default button), the channel is the one this receptionist used last and the kind
starts on "falla", the commonest call. Nothing is written until "Levantar reporte": `accept()` calls the
service once (`reports.open_report`, or `reports.add_note` when the customer already has an open report of
that kind and the receptionist chose to add a note). A DomainError from the service takes the wizard back to
the page of the field it names, with the message under that field; what was typed stays.
"""

from __future__ import annotations

import contextlib
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QWidget,
    QWizard,
    QWizardPage,
)

from ispdesk.core import present, queries
from ispdesk.core.clock import to_local
from ispdesk.core.errors import DomainError, ValidationError
from ispdesk.core.permissions import Action, can
from ispdesk.core.phones import format_phone, normalize_phone
from ispdesk.core.queries import CustomerInfo, CustomerReportRow, IncidentBrief
from ispdesk.core.search import fetch_rows, search
from ispdesk.core.services import customers, reports, users
from ispdesk.core.session import Session
from ispdesk.core.vocab import (
    CHANNEL_LABELS,
    CUSTOMER_STATUS_LABELS,
    DOCUMENTS,
    KIND_LABELS,
    STATUS_LABELS,
)
from ispdesk.ui.common.vocab_tr import tr_label
from ispdesk.ui.common.widgets import DANGER, INFO_BG, INFO_BORDER, WARNING_BG, WARNING_BORDER, EnterButton
from ispdesk.ui.desk.folio_done import FolioDoneDialog
from ispdesk.ui.generated.ui_wizard_customer import Ui_WizardCustomerPage
from ispdesk.ui.generated.ui_wizard_description import Ui_WizardDescriptionPage
from ispdesk.ui.generated.ui_wizard_kind import Ui_WizardKindPage
from ispdesk.ui.generated.ui_wizard_summary import Ui_WizardSummaryPage

MUTED = "#4a5563"
PREF_CHANNEL = "last_channel"
SEARCH_LIMIT = 8
SEARCH_DELAY_MS = 120

VISIT_WINDOWS = (
    QT_TRANSLATE_NOOP("NewReportWizard", "Mañana (9 a 13 h)"),
    QT_TRANSLATE_NOOP("NewReportWizard", "Tarde (13 a 18 h)"),
    QT_TRANSLATE_NOOP("NewReportWizard", "Cualquier horario"),
)


class PageId(IntEnum):
    CUSTOMER = 0
    KIND = 1
    DESCRIPTION = 2
    SUMMARY = 3


# Which page shows an error for each field a service may name.
FIELD_PAGE: dict[str, PageId] = {
    "customer": PageId.CUSTOMER,
    "number": PageId.CUSTOMER,
    "last_invoice": PageId.CUSTOMER,
    "kind": PageId.KIND,
    "channel": PageId.KIND,
    "description": PageId.DESCRIPTION,
    "note": PageId.DESCRIPTION,
    "location": PageId.DESCRIPTION,
    "contact_phone": PageId.DESCRIPTION,
    "visit_window": PageId.DESCRIPTION,
    "documents": PageId.DESCRIPTION,
}


def _style_error(label: QLabel, message: str, *, hint: bool = False) -> None:
    label.setStyleSheet(f"color: {MUTED if hint else DANGER};")
    label.setText(message)
    label.setVisible(bool(message))


def exec_dialog(dialog: QDialog) -> int:
    """Seam: run a modal dialog. Tests replace it to drive the dialog without a nested event loop."""
    return dialog.exec()


# --- pages ------------------------------------------------------------------------------------------

class CustomerPage(QWizardPage):
    """The given customer as a card ("Cambiar" to pick another), or a search plus number+invoice check."""

    def __init__(self, wizard: NewReportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.ui = Ui_WizardCustomerPage()
        self.ui.setupUi(self)
        self.customer: CustomerInfo | None = None
        self.incident: IncidentBrief | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.ui.searchEdit.textChanged.connect(lambda _t: self._timer.start())
        self.ui.searchEdit.returnPressed.connect(self.pick_current)
        self.ui.searchEdit.installEventFilter(self)
        self.ui.resultsList.itemActivated.connect(lambda _item: self.pick_current())
        self.ui.changeButton.clicked.connect(self.start_search)
        self.ui.verifyButton.clicked.connect(self.verify)
        self.ui.numberEdit.returnPressed.connect(self.ui.invoiceEdit.setFocus)
        self.ui.invoiceEdit.returnPressed.connect(self.verify)
        self.ui.numberEdit.textEdited.connect(lambda _t: _style_error(self.ui.numberError, ""))
        self.ui.invoiceEdit.textEdited.connect(lambda _t: _style_error(self.ui.invoiceError, ""))
        for label in (self.ui.numberError, self.ui.invoiceError, self.ui.cardWarning):
            _style_error(label, "")
        self.ui.searchStatus.setStyleSheet(f"color: {MUTED};")
        # Not found: the receptionist creates the customer right here and the wizard goes on with it.
        self.new_button = EnterButton(self.tr("&Nuevo cliente…"), self.ui.searchPage)
        self.new_button.setObjectName("wizardNewCustomer")
        self.new_button.setToolTip(self.tr("Dar de alta al cliente que no se encontró y seguir con el reporte"))
        self.new_button.clicked.connect(self.new_customer)
        self.new_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        index = self.ui.searchLayout.indexOf(self.ui.searchStatus)
        self.ui.searchLayout.insertLayout(index + 1, row)
        bold = self.ui.nameValue.font()
        bold.setBold(True)
        bold.setPointSizeF(max(bold.pointSizeF(), 9) + 2)
        self.ui.nameValue.setFont(bold)
        self._show_mode(card=False)

    # state

    def isComplete(self) -> bool:
        return self.customer is not None

    def cleanupPage(self) -> None:
        pass

    def set_customer(self, customer: CustomerInfo | None) -> None:
        self.customer = customer
        if customer is not None:
            self.show_card(customer)
        self.completeChanged.emit()

    def show_card(self, c: CustomerInfo) -> None:
        ui = self.ui
        ui.numberValue.setText(c.number)
        ui.nameValue.setText(c.name)
        ui.addressValue.setText(c.service_address() or "—")
        ui.phonesValue.setText(", ".join(format_phone(p) for p in c.phone_list()) or self.tr("Sin teléfono"))
        ui.planValue.setText(c.plan or "—")
        warnings = []
        if c.status != "activo":
            status = tr_label(CUSTOMER_STATUS_LABELS.get(c.status, c.status))
            warnings.append(self.tr("Cliente {0}.").format(status.lower()))
        open_count = sum(r.open_reports for r in fetch_rows([c.id]))
        if open_count:
            warnings.append(self.tr("Tiene {0} reporte(s) abierto(s).").format(open_count))
        self.incident = queries.active_incident_for(c.id)
        if self.incident is not None:
            i = self.incident
            warnings.append(self.tr("Falla masiva conocida en su zona: «{0}», desde el {1}. Dígale al cliente que "
                                    "ya se está atendiendo; su reporte de falla quedará vinculado.").format(
                i.title, present.long_dt(to_local(i.started_at, c.tz))))
        ui.cardWarning.setStyleSheet(f"background: {WARNING_BG}; border: 1px solid {WARNING_BORDER};"
                                     " border-radius: 4px; padding: 6px;")
        ui.cardWarning.setText(" ".join(warnings))
        ui.cardWarning.setVisible(bool(warnings))
        self._show_mode(card=True)

    def _show_mode(self, *, card: bool) -> None:
        self.ui.searchPage.setVisible(not card)
        self.ui.cardPage.setVisible(card)

    def start_search(self) -> None:
        self.customer = None
        self.completeChanged.emit()
        self._show_mode(card=False)
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def initializePage(self) -> None:
        if self.customer is None:
            self._show_mode(card=False)
            QTimer.singleShot(0, self, self.ui.searchEdit.setFocus)
        else:
            # The card has nothing to type in: Enter goes straight to "Siguiente".
            QTimer.singleShot(0, self, self._focus_next)

    def _focus_next(self) -> None:
        button = self.wiz.button(QWizard.WizardButton.NextButton)
        if self.wiz.currentPage() is self and button.isEnabled():
            button.setFocus()

    # search

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.ui.searchEdit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                lst = self.ui.resultsList
                if lst.count():
                    step = 1 if key == Qt.Key.Key_Down else -1
                    lst.setCurrentRow(max(0, min(lst.count() - 1, lst.currentRow() + step)))
                return True
        return super().eventFilter(obj, event)

    def run_search(self) -> None:
        self._timer.stop()
        query = self.ui.searchEdit.text()
        lst = self.ui.resultsList
        lst.clear()
        self.new_button.hide()
        if not query.strip():
            self.ui.searchStatus.setText("")
            return
        result = search(query, limit=SEARCH_LIMIT)
        if result.message:  # a mistyped folio, or a query too long to search
            self.ui.searchStatus.setText(result.message)
            return
        for row in fetch_rows(result.customer_ids):
            parts = [f"{row.number} · {row.name}", row.address, row.phones]
            item = QListWidgetItem(" — ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            lst.addItem(item)
        if lst.count():
            lst.setCurrentRow(0)
            more = self.tr(" (hay más: escriba más datos)") if result.truncated else ""
            self.ui.searchStatus.setText(
                self.tr("Enter elige el cliente marcado; ↑ ↓ para moverse.") + more)
        else:
            self.ui.searchStatus.setText(self.tr("Ningún cliente coincide con «{0}».").format(query.strip()))
            self.new_button.setVisible(can(self.wiz.actor, Action.CUSTOMER_CREATE))

    def pick_current(self) -> None:
        if self._timer.isActive() or not self.ui.resultsList.count():
            self.run_search()
        item = self.ui.resultsList.currentItem()
        if item is None:
            return
        try:
            customer = queries.customer_info(int(item.data(Qt.ItemDataRole.UserRole)))
        except DomainError as exc:
            self.ui.searchStatus.setText(exc.message)
            return
        self.set_customer(customer)

    def new_customer(self) -> None:
        from ispdesk.ui.desk.customer_card import NewCustomerDialog

        dialog = NewCustomerDialog(self.wiz.actor, self, query=self.ui.searchEdit.text().strip())
        try:
            accepted = exec_dialog(dialog) == QDialog.DialogCode.Accepted
            created = dialog.customer
        finally:
            dialog.deleteLater()
        if accepted and created is not None:
            self.new_button.hide()
            self.set_customer(created)
            QTimer.singleShot(0, self, self._focus_next)

    def verify(self) -> None:
        _style_error(self.ui.numberError, "")
        _style_error(self.ui.invoiceError, "")
        number = self.ui.numberEdit.text()
        if not number.strip():
            _style_error(self.ui.numberError, self.tr("Escriba el número de cliente."))
            self.ui.numberEdit.setFocus()
            return
        try:
            customer = queries.customer_info(customers.identify(number, self.ui.invoiceEdit.text()).id)
        except DomainError as exc:
            self.show_error(exc)
            return
        self.set_customer(customer)

    def show_error(self, exc: DomainError) -> None:
        if self.ui.cardPage.isVisibleTo(self):
            _style_error(self.ui.cardWarning, exc.message)
            return
        if exc.field == "last_invoice":
            _style_error(self.ui.invoiceError, exc.message)
            self.ui.invoiceEdit.setFocus()
            self.ui.invoiceEdit.selectAll()
        elif exc.field in ("number", "customer") and self.ui.numberEdit.text().strip():
            _style_error(self.ui.numberError, exc.message)
            self.ui.numberEdit.setFocus()
        else:
            self.ui.searchStatus.setText(exc.message)
            self.ui.searchEdit.setFocus()


class KindPage(QWizardPage):
    """Kind and channel; warns when the customer already has an open report of that kind."""

    def __init__(self, wizard: NewReportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.ui = Ui_WizardKindPage()
        self.ui.setupUi(self)
        for code, label in KIND_LABELS.items():  # "falla" first: most calls are faults
            self.ui.kindCombo.addItem(tr_label(label), code)
        for code, label in CHANNEL_LABELS.items():
            self.ui.channelCombo.addItem(tr_label(label), code)
        remembered = users.get_pref(wizard.actor, PREF_CHANNEL, "telefono")
        index = self.ui.channelCombo.findData(remembered)
        self.ui.channelCombo.setCurrentIndex(index if index >= 0 else 0)
        self.duplicate: CustomerReportRow | None = None
        self.ui.kindCombo.currentIndexChanged.connect(self.update_duplicate)
        self.ui.duplicateFrame.setStyleSheet(
            f"QFrame#duplicateFrame {{ background: {WARNING_BG}; border: 1px solid {WARNING_BORDER};"
            " border-radius: 4px; }")
        bold = self.ui.duplicateLabel.font()
        bold.setBold(True)
        self.ui.duplicateLabel.setFont(bold)
        self.ui.duplicateFrame.hide()
        for label in (self.ui.kindError, self.ui.channelError):
            _style_error(label, "")

    def kind(self) -> str:
        return str(self.ui.kindCombo.currentData())

    def channel(self) -> str:
        return str(self.ui.channelCombo.currentData())

    def note_target(self) -> CustomerReportRow | None:
        if self.duplicate is not None and self.ui.noteRadio.isChecked():
            return self.duplicate
        return None

    def cleanupPage(self) -> None:
        pass

    def initializePage(self) -> None:
        c = self.wiz.customer()
        if c is not None:
            self.setSubTitle(self.tr("Cliente {0} · {1}. ¿Qué necesita y por dónde se comunicó?")
                             .format(c.number, c.name))
        self.update_duplicate()

    def update_duplicate(self) -> None:
        c = self.wiz.customer()
        previous = self.duplicate
        found = queries.unfinished_of_kind(c.id, self.kind()) if c is not None else []
        found.sort(key=lambda r: r.opened_at, reverse=True)
        self.duplicate = found[0] if found else None
        frame = self.ui.duplicateFrame
        if self.duplicate is None:
            frame.hide()
            return
        r = self.duplicate
        tz = c.tz if c is not None else ""
        text = self.tr("Este cliente ya tiene abierto el reporte {0} ({1}), levantado el {2}. Estado: {3}.").format(
            r.folio, tr_label(KIND_LABELS[r.kind]), present.short_dt(to_local(r.opened_at, tz)),
            tr_label(STATUS_LABELS[r.status]))
        if len(found) > 1:
            text += " " + self.tr("(Tiene {0} abiertos de este tipo; se muestra el más reciente.)").format(len(found))
        self.ui.duplicateLabel.setText(text)
        self.ui.noteRadio.setText(self.tr("Agregar &nota al reporte {0} en lugar de levantar uno nuevo")
                                  .format(r.folio))
        if previous is None or previous.id != r.id:
            self.ui.noteRadio.setChecked(True)  # the usual case: the customer calls again about the same thing
        frame.show()

    def show_error(self, exc: DomainError) -> None:
        label = self.ui.channelError if exc.field == "channel" else self.ui.kindError
        _style_error(label, exc.message)
        (self.ui.channelCombo if exc.field == "channel" else self.ui.kindCombo).setFocus()

    def validatePage(self) -> bool:
        _style_error(self.ui.kindError, "")
        _style_error(self.ui.channelError, "")
        self.update_duplicate()  # another receptionist may have filed one meanwhile
        return True


class DescriptionPage(QWizardPage):
    """What the customer says, where, how to call back, when to visit, and the documents checklist."""

    def __init__(self, wizard: NewReportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.ui = Ui_WizardDescriptionPage()
        self.ui.setupUi(self)
        self.ui.descriptionEdit.setTabChangesFocus(True)
        self.registerField("description*", self.ui.descriptionEdit, "plainText",
                           self.ui.descriptionEdit.textChanged)
        for text in VISIT_WINDOWS:  # shown translated, stored in Spanish (receipts and records are es-MX)
            self.ui.visitCombo.addItem(QCoreApplication.translate("NewReportWizard", text), text)
        self.ui.visitCombo.setCurrentIndex(-1)
        self.ui.visitCombo.lineEdit().setPlaceholderText(self.tr("Pregunte al cliente (opcional)"))
        self.ui.descriptionEdit.textChanged.connect(self._description_changed)
        self.ui.phoneEdit.textEdited.connect(lambda _t: _style_error(self.ui.phoneError, ""))
        self.ui.locationEdit.textEdited.connect(lambda _t: _style_error(self.ui.locationError, ""))
        for label in (self.ui.locationError, self.ui.phoneError, self.ui.visitError, self.ui.documentsError):
            _style_error(label, "")
        self._description_changed()
        self.checks: list[QCheckBox] = []
        self._prefilled_for: int | None = None
        self._docs_kind: str | None = None

    def _description_changed(self) -> None:
        if self.ui.descriptionEdit.toPlainText().strip():
            _style_error(self.ui.descriptionError, "")
        else:
            _style_error(self.ui.descriptionError, self.tr("Obligatoria para continuar."), hint=True)

    def cleanupPage(self) -> None:
        pass

    def initializePage(self) -> None:
        c = self.wiz.customer()
        kind_page = self.wiz.kind_page
        kind = kind_page.kind()
        target = kind_page.note_target()
        if c is not None and c.id != self._prefilled_for:
            self._prefilled_for = c.id
            self.ui.locationEdit.setText(c.service_address())
            phones = c.phone_list()
            self.ui.phoneEdit.setText(format_phone(phones[0]) if phones else "")
        if target is not None:
            self.setTitle(self.tr("Nota para el reporte {0}").format(target.folio))
            self.setSubTitle(self.tr("Lo que el cliente dice ahora; se agrega al historial del reporte."))
            self.ui.descriptionLabel.setText(self.tr("&Nota: *"))
        else:
            self.setTitle(self.tr("Descripción"))
            self.setSubTitle(self.tr("Anote lo que dice el cliente con sus palabras: qué pasa, desde cuándo, "
                                     "qué ya intentó."))
            self.ui.descriptionLabel.setText(self.tr("&Descripción: *"))
        form = self.ui.form
        for widget in (self.ui.locationEdit, self.ui.phoneEdit, self.ui.visitCombo):
            form.setRowVisible(widget, target is None)
        self._build_documents(kind if target is None else "")
        self.ui.locationLabel.setText(self.tr("&Ubicación de la falla:") if kind == "falla"
                                      else self.tr("&Ubicación:"))
        QTimer.singleShot(0, self, self.ui.descriptionEdit.setFocus)

    def _build_documents(self, kind: str) -> None:
        if kind == self._docs_kind:
            return
        self._docs_kind = kind
        for box in self.checks:
            self.ui.documentsLayout.removeWidget(box)
            box.deleteLater()
        self.checks = []
        docs = DOCUMENTS.get(kind, ())
        for i, doc in enumerate(docs):
            box = QCheckBox(tr_label(doc), self.ui.documentsBox)
            box.setProperty("document", doc)  # stored and printed in Spanish
            self.ui.documentsLayout.insertWidget(1 + i, box)
            self.checks.append(box)
        self.ui.documentsBox.setVisible(bool(docs))

    def documents(self) -> list[str]:
        return [box.property("document") for box in self.checks if box.isChecked()]

    def description(self) -> str:
        return self.ui.descriptionEdit.toPlainText()

    def location(self) -> str:
        return self.ui.locationEdit.text()

    def contact_phone(self) -> str:
        return self.ui.phoneEdit.text()

    def visit_window(self) -> str:
        combo = self.ui.visitCombo
        text = combo.currentText().strip()
        index = combo.findText(text)  # a choice from the list keeps its Spanish wording; typed text as is
        return combo.itemData(index) if index >= 0 and combo.itemData(index) else text

    def show_error(self, exc: DomainError) -> None:
        targets = {
            "location": (self.ui.locationError, self.ui.locationEdit),
            "contact_phone": (self.ui.phoneError, self.ui.phoneEdit),
            "visit_window": (self.ui.visitError, self.ui.visitCombo),
            "documents": (self.ui.documentsError, self.ui.documentsBox),
        }
        label, widget = targets.get(exc.field or "", (self.ui.descriptionError, self.ui.descriptionEdit))
        _style_error(label, exc.message)
        widget.setFocus()

    def validatePage(self) -> bool:
        if not self.description().strip():
            self.show_error(ValidationError(self.tr("Escriba la descripción: qué le pasa al servicio y desde "
                                                    "cuándo."), "description"))
            return False
        if self.wiz.kind_page.note_target() is None and self.contact_phone().strip():
            try:
                normalize_phone(self.contact_phone(), field="contact_phone")
            except DomainError as exc:
                self.show_error(exc)
                return False
        return True


class SummaryPage(QWizardPage):
    """Everything captured and the deadlines the customer will be promised."""

    def __init__(self, wizard: NewReportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.ui = Ui_WizardSummaryPage()
        self.ui.setupUi(self)
        self.ui.deadlinesFrame.setStyleSheet(
            f"QFrame#deadlinesFrame {{ background: {INFO_BG}; border: 1px solid {INFO_BORDER};"
            " border-radius: 4px; }")
        bold = self.ui.resolutionLabel.font()
        bold.setBold(True)
        self.ui.resolutionLabel.setFont(bold)
        self.ui.modeLabel.setStyleSheet(f"background: {WARNING_BG}; border: 1px solid {WARNING_BORDER};"
                                        " border-radius: 4px; padding: 6px; font-weight: bold;")
        _style_error(self.ui.errorLabel, "")

    def cleanupPage(self) -> None:
        pass

    def initializePage(self) -> None:
        w = self.wiz
        ui = self.ui
        c = w.customer()
        kind = w.kind_page.kind()
        d = w.description_page
        target = w.kind_page.note_target()
        _style_error(ui.errorLabel, "")
        ui.customerValue.setText(f"{c.number} · {c.name}" if c else "")
        ui.kindValue.setText(tr_label(KIND_LABELS[kind]))
        ui.channelValue.setText(tr_label(CHANNEL_LABELS[w.kind_page.channel()]))
        ui.descriptionValue.setText(d.description().strip())
        ui.locationValue.setText(d.location().strip())
        ui.phoneValue.setText(d.contact_phone().strip())
        ui.visitValue.setText(d.visit_window())
        docs = d.documents()
        ui.documentsValue.setText("\n".join(f"• {tr_label(doc)}" for doc in docs))
        form = ui.form
        for value in (ui.locationValue, ui.phoneValue, ui.visitValue, ui.documentsValue):
            form.setRowVisible(value, target is None and bool(value.text()))
        if target is not None:
            ui.descriptionCaption.setText(self.tr("Nota:"))
            ui.modeLabel.setText(self.tr("No se levantará un reporte nuevo: la nota se agregará al reporte {0}, "
                                         "que conserva su folio y sus plazos.").format(target.folio))
            ui.modeLabel.show()
            tz = c.tz if c else ""
            response, resolution = to_local(target.response_due, tz), to_local(target.resolution_due, tz)
            self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Agregar nota"))
        else:
            ui.descriptionCaption.setText(self.tr("Descripción:"))
            ui.modeLabel.hide()
            office = w.office()
            response_due, resolution_due = reports.preview_deadlines(kind, c.id, office=office.id)
            response, resolution = to_local(response_due, office.timezone), to_local(resolution_due, office.timezone)
            self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Levantar reporte"))
        ui.responseLabel.setText(self.tr("Primera respuesta a más tardar: {0}").format(present.long_dt(response)))
        ui.responseLabel.setVisible(response < resolution)  # equal for faults: the fix is the promise
        ui.resolutionLabel.setText(self.tr("Solución comprometida: {0}").format(present.long_dt(resolution)))

    def show_error(self, exc: DomainError) -> None:
        _style_error(self.ui.errorLabel, exc.message)


# --- the wizard ------------------------------------------------------------------------------------

class NewReportWizard(QWizard):
    def __init__(self, actor: Session, customer: CustomerInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.report: object | None = None  # the report written (its id and folio)
        self.note_added = False
        self.setWindowTitle(self.tr("Nuevo reporte"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Atrás"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Siguiente >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancelar"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Levantar reporte"))
        self.customer_page = CustomerPage(self)
        self.kind_page = KindPage(self)
        self.description_page = DescriptionPage(self)
        self.summary_page = SummaryPage(self)
        self.setPage(PageId.CUSTOMER, self.customer_page)
        self.setPage(PageId.KIND, self.kind_page)
        self.setPage(PageId.DESCRIPTION, self.description_page)
        self.setPage(PageId.SUMMARY, self.summary_page)
        self.setStartId(PageId.CUSTOMER)
        if customer is not None:
            if not isinstance(customer, CustomerInfo):  # a caller holding a row hands over its id only
                customer = queries.customer_info(customer.id)
            self.customer_page.set_customer(customer)
        self.setMinimumSize(700, 540)

    def customer(self) -> CustomerInfo | None:
        return self.customer_page.customer

    def office(self) -> queries.OfficeBrief:
        """The office whose calendar the terms follow: the receptionist's, else the customer's, else the first."""
        c = self.customer()
        office_id = getattr(self.actor, "office_id", None) or (c.office_id if c is not None else None)
        office = queries.office_brief(office_id)
        if office is None:
            raise DomainError(self.tr("No hay oficina configurada."))
        return office

    def go_to(self, page: PageId) -> None:
        """Back (never forward) to `page`, keeping everything typed (pages keep their state on cleanup)."""
        while self.currentId() != page and self.currentId() > page:
            before = self.currentId()
            self.back()
            if self.currentId() == before:
                break

    def show_error(self, exc: DomainError) -> None:
        from ispdesk.core.faults import StorageFault

        if isinstance(exc, StorageFault):  # nothing to correct in the form: say it loud, keep what was typed
            from ispdesk.ui.common.crash import show_storage_fault

            show_storage_fault(exc.message)
        page_id = FIELD_PAGE.get(exc.field or "", PageId.SUMMARY)
        self.go_to(page_id)
        self.page(self.currentId()).show_error(exc)  # type: ignore[attr-defined]

    def accept(self) -> None:
        """The one place that writes: open the report (or add the note), then close."""
        customer = self.customer()
        d = self.description_page
        target = self.kind_page.note_target()
        channel = self.kind_page.channel()
        try:
            if customer is None:
                raise ValidationError(self.tr("Elija un cliente."), "customer")
            if target is not None:
                self.report = reports.add_note(self.actor, target.id, d.description())
                self.note_added = True
            else:
                kind = self.kind_page.kind()
                incident = self.customer_page.incident
                self.report = reports.open_report(
                    self.actor, customer.id, kind, channel, d.description(),
                    location=d.location(), contact_phone=d.contact_phone(), visit_window=d.visit_window(),
                    documents=d.documents(), incident=incident.id if incident and kind == "falla" else None,
                )
        except DomainError as exc:
            self.show_error(exc)
            return
        with contextlib.suppress(DomainError):  # a preference is not worth bothering the receptionist
            users.set_pref(self.actor, PREF_CHANNEL, channel)
        super().accept()


def run_new_report(parent: QWidget | None, actor: Session, customer: CustomerInfo | None = None) -> object | None:
    """Ctrl+N: the wizard, then the folio dialog. The report (new, or the existing one that got a note), or
    None if cancelled."""
    wizard = NewReportWizard(actor, customer, parent)
    try:
        if exec_dialog(wizard) != QDialog.DialogCode.Accepted or wizard.report is None:
            return None
        report, note_added = wizard.report, wizard.note_added
    finally:
        wizard.deleteLater()
    done = FolioDoneDialog(report.id, note_added=note_added, parent=parent)  # type: ignore[attr-defined]
    try:
        exec_dialog(done)
    finally:
        done.deleteLater()
    return report
