"""Customer card: editable data (validated by `customers.update_customer`), the repeated-faults banner,
and the customer's reports, open first; plus the new-customer dialog that shares the same form."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ispdesk.core import queries
from ispdesk.core.clock import DEFAULT_TIMEZONE, now_utc, to_local
from ispdesk.core.errors import DomainError
from ispdesk.core.permissions import Action, can
from ispdesk.core.phones import format_phone
from ispdesk.core.present import short_dt, time_left
from ispdesk.core.queries import CustomerInfo, CustomerReportRow
from ispdesk.core.services import customers
from ispdesk.core.session import Session
from ispdesk.core.vocab import CUSTOMER_STATUS_LABELS, KIND_LABELS, STATUS_LABELS
from ispdesk.ui.common.table_model import Index as _Index
from ispdesk.ui.common.table_model import ReadOnlyTableModel
from ispdesk.ui.common.vocab_tr import tr_label
from ispdesk.ui.common.widgets import (
    DANGER,
    INFO_BG,
    INFO_BORDER,
    Banner,
    EnterButton,
    ErrorLabel,
    FieldErrors,
    big_font,
)
from ispdesk.ui.generated.ui_customer_form import Ui_CustomerForm

DEFAULT_TZ = DEFAULT_TIMEZONE
COL_FOLIO, COL_KIND, COL_STATUS, COL_OPENED, COL_DUE, COL_LEFT = range(6)
REPORT_HEADERS = (
    QT_TRANSLATE_NOOP("CustomerReportsModel", "Folio"),
    QT_TRANSLATE_NOOP("CustomerReportsModel", "Tipo"),
    QT_TRANSLATE_NOOP("CustomerReportsModel", "Estado"),
    QT_TRANSLATE_NOOP("CustomerReportsModel", "Levantado"),
    QT_TRANSLATE_NOOP("CustomerReportsModel", "Compromiso"),
    QT_TRANSLATE_NOOP("CustomerReportsModel", "Tiempo"),
)
REPORT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomerReportsModel(ReadOnlyTableModel):
    """A customer's reports (a few dozen at most): open ones first, overdue deadlines in red."""

    CONTEXT = "CustomerReportsModel"
    HEADERS = REPORT_HEADERS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports: list[CustomerReportRow] = []
        self._tz = DEFAULT_TZ
        self._now = now_utc()

    def set_reports(self, reports: list[CustomerReportRow], tz: str) -> None:
        self.beginResetModel()
        self._reports = list(reports)
        self._tz = tz
        self._now = now_utc()
        self.endResetModel()

    def report_id(self, row: int) -> int | None:
        return self._reports[row].id if 0 <= row < len(self._reports) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._reports)

    def _overdue(self, r: CustomerReportRow) -> bool:
        return r.urgency(self._now) == "overdue"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._reports):
            return None
        r = self._reports[index.row()]
        col = index.column()
        if role == REPORT_ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if col in (COL_DUE, COL_LEFT) and self._overdue(r):
                return QBrush(QColor(DANGER))
            if not r.unfinished and col != COL_FOLIO:
                return QBrush(QColor("#666666"))
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == COL_FOLIO:
            return r.folio
        if col == COL_KIND:
            return tr_label(KIND_LABELS.get(r.kind, r.kind))
        if col == COL_STATUS:
            return tr_label(STATUS_LABELS.get(r.status, r.status))
        if col == COL_OPENED:
            return short_dt(to_local(r.opened_at, self._tz))
        if col == COL_DUE:
            return short_dt(to_local(r.resolution_due, self._tz)) if r.unfinished else ""
        if col == COL_LEFT:
            urgency = r.urgency(self._now)
            if not urgency:
                return ""
            if urgency == "paused":
                return QCoreApplication.translate("CustomerReportsModel", "en espera del cliente")
            return time_left(r.resolution_due, self._now)[0]
        return None


class CustomerForm(QWidget):
    """The data form (forms/customer_form.ui) with an error label under every field."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CustomerForm()
        self.ui.setupUi(self)
        ui = self.ui
        for code, label in CUSTOMER_STATUS_LABELS.items():
            ui.statusCombo.addItem(tr_label(label), code)
        self.general = ErrorLabel(self)
        ui.verticalLayout.insertWidget(0, self.general)
        self.errors = FieldErrors(self.general)
        self.fields: dict[str, QWidget] = {
            "number": ui.numberEdit, "name": ui.nameEdit, "phones": ui.phonesEdit, "email": ui.emailEdit,
            "status": ui.statusCombo, "notes": ui.notesEdit, "address": ui.addressEdit,
            "colonia": ui.coloniaEdit, "municipio": ui.municipioEdit, "state": ui.stateEdit,
            "postal_code": ui.postalCodeEdit, "references": ui.referencesEdit, "zone": ui.zoneEdit,
            "tower": ui.towerEdit, "plan": ui.planEdit, "plan_price": ui.priceEdit,
            "billing_day": ui.billingDaySpin,
        }
        for form in (ui.generalForm, ui.addressForm, ui.serviceForm):
            self.errors.attach_form(form, {k: w for k, w in self.fields.items()
                                           if form.getWidgetPosition(w)[0] >= 0})
        self._loading = False
        for w in self.fields.values():
            if isinstance(w, QLineEdit | QPlainTextEdit):
                w.textChanged.connect(self._changed)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self._changed)
            elif isinstance(w, QSpinBox):
                w.valueChanged.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def load(self, c: CustomerInfo | None, **prefill: str) -> None:
        self._loading = True
        ui = self.ui
        try:
            ui.numberEdit.setText(c.number if c else prefill.get("number", ""))
            ui.nameEdit.setText(c.name if c else prefill.get("name", ""))
            phones = ", ".join(format_phone(p) for p in c.phone_list()) if c else prefill.get("phones", "")
            ui.phonesEdit.setText(phones)
            ui.emailEdit.setText(c.email if c else "")
            ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(c.status if c else "activo")))
            ui.notesEdit.setPlainText(c.notes if c else "")
            ui.addressEdit.setText(c.address if c else prefill.get("address", ""))
            ui.coloniaEdit.setText(c.colonia if c else "")
            ui.municipioEdit.setText(c.municipio if c else "")
            ui.stateEdit.setText(c.state if c else "")
            ui.postalCodeEdit.setText(c.postal_code if c else "")
            ui.referencesEdit.setPlainText(c.references if c else "")
            ui.zoneEdit.setText(c.zone if c else "")
            ui.towerEdit.setText(c.tower if c else "")
            ui.planEdit.setText(c.plan if c else "")
            ui.priceEdit.setText(c.plan_price if c else "")
            ui.billingDaySpin.setValue(c.billing_day or 0 if c else 0)
        finally:
            self._loading = False
        self.errors.clear()

    def values(self) -> dict[str, object]:
        ui = self.ui
        return {
            "number": ui.numberEdit.text(), "name": ui.nameEdit.text(), "phones": ui.phonesEdit.text(),
            "email": ui.emailEdit.text(), "status": ui.statusCombo.currentData(),
            "notes": ui.notesEdit.toPlainText(), "address": ui.addressEdit.text(),
            "colonia": ui.coloniaEdit.text(), "municipio": ui.municipioEdit.text(), "state": ui.stateEdit.text(),
            "postal_code": ui.postalCodeEdit.text(), "references": ui.referencesEdit.toPlainText(),
            "zone": ui.zoneEdit.text(), "tower": ui.towerEdit.text(), "plan": ui.planEdit.text(),
            "plan_price": ui.priceEdit.text(), "billing_day": ui.billingDaySpin.value() or None,
        }

    def set_read_only(self, read_only: bool) -> None:
        for w in self.fields.values():
            if isinstance(w, QLineEdit | QPlainTextEdit):
                w.setReadOnly(read_only)
            else:
                w.setEnabled(not read_only)

    def show_error(self, exc: DomainError) -> None:
        field = self.errors.show(exc)
        if field is not None:
            self.fields[field].setFocus()


class NewCustomerDialog(QDialog):
    """"Nuevo cliente" from an empty search; `customer` holds the created customer after accept."""

    def __init__(self, actor: Session, parent: QWidget | None = None, *, query: str = "") -> None:
        super().__init__(parent)
        self.actor = actor
        self.customer: CustomerInfo | None = None
        self.setWindowTitle(self.tr("Nuevo cliente"))
        self.form = CustomerForm(self)
        prefill = {}
        digits = "".join(ch for ch in query if ch.isdigit())
        if query and len(digits) >= 7 and len(digits) >= len(query.replace(" ", "")) - 4:
            prefill["phones"] = query
        elif query:
            prefill["name"] = query
        self.form.load(None, **prefill)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 700)
        self.form.ui.numberEdit.setFocus()

    def save(self) -> None:
        try:
            created = customers.create_customer(self.actor, **self.form.values())
        except DomainError as exc:
            self.form.show_error(exc)
            return
        self.customer = queries.customer_info(created.id)
        self.accept()


class CustomerCard(QWidget):
    report_requested = Signal(int)
    new_report_requested = Signal(object)  # CustomerInfo
    saved = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor: Session | None = None
        self.customer: CustomerInfo | None = None
        self._dirty = False

        self.title = QLabel(self)
        self.title.setObjectName("customerTitle")
        self.title.setFont(big_font(self, 7))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("customerSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = Banner(self)
        self.new_report_button = EnterButton(self.tr("Nuevo reporte"), self)
        self.new_report_button.setObjectName("newReportButton")
        self.new_report_button.setToolTip(self.tr("Levantar un reporte para este cliente (Ctrl+N)"))
        self.new_report_button.setShortcut(QKeySequence())  # Ctrl+N lives in the main window's menu
        self.new_report_button.clicked.connect(self._new_report)
        self.personal_button = EnterButton(self.tr("Datos personales…"), self)
        self.personal_button.setObjectName("personalDataButton")
        self.personal_button.setToolTip(self.tr("Copia de sus datos, oposición y anonimización (derechos ARCO)"))
        self.personal_button.clicked.connect(self.open_personal_data)
        self.privacy = QLabel(self)  # opposition or anonymisation: what the desk must know before anything else
        self.privacy.setObjectName("privacyNote")
        self.privacy.setWordWrap(True)
        self.privacy.setStyleSheet(f"QLabel#privacyNote {{ background: {INFO_BG}; border: 1px solid {INFO_BORDER};"
                                   " border-radius: 4px; padding: 6px; }")
        self.privacy.hide()

        self.form = CustomerForm(self)
        self.form.changed.connect(self._mark_dirty)
        self.save_button = EnterButton(self.tr("Guardar cambios"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save)
        self.discard_button = EnterButton(self.tr("Descartar"), self)
        self.discard_button.clicked.connect(self.discard)
        self.saved_label = QLabel(self)
        self.saved_label.setStyleSheet("color: #1e7d32;")

        form_box = QWidget(self)
        fl = QVBoxLayout(form_box)
        fl.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(form_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        fl.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        fl.addLayout(buttons)

        self.reports_model = CustomerReportsModel(self)
        self.reports = QTableView(self)
        self.reports.setObjectName("customerReports")
        self.reports.setModel(self.reports_model)
        self.reports.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reports.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reports.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reports.setAlternatingRowColors(True)
        self.reports.setWordWrap(False)
        self.reports.verticalHeader().hide()
        header = self.reports.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The kind takes what is left and elides; the time left, the column a receptionist reads, is never cut.
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.reports.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.reports.doubleClicked.connect(self._open_report)
        self.reports.activated.connect(self._open_report)
        self.reports_label = QLabel(self.tr("Reportes"), self)
        self.reports_label.setFont(big_font(self, 2))
        reports_box = QWidget(self)
        rl = QVBoxLayout(reports_box)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.reports_label)
        rl.addWidget(self.reports, 1)
        hint = QLabel(self.tr("Doble clic o Enter abre el reporte."), reports_box)
        hint.setStyleSheet("color: palette(mid);")
        rl.addWidget(hint)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(form_box)
        self.splitter.addWidget(reports_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.personal_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.new_report_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.privacy)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

    # --- loading -----------------------------------------------------------------------------------

    def set_actor(self, actor: Session) -> None:
        self.actor = actor
        self._apply_permissions()

    def _apply_permissions(self) -> None:
        """What the user may do here, by role and by customer: an anonymised customer's card is read-only and takes
        no new report (a returning customer is a new one)."""
        actor = self.actor
        if actor is None:
            return
        anonymized = self.customer is not None and self.customer.anonymized_at is not None
        editable = can(actor, Action.CUSTOMER_EDIT) and not anonymized
        self.form.set_read_only(not editable)
        self.save_button.setVisible(editable)
        self.discard_button.setVisible(editable)
        self.new_report_button.setVisible(can(actor, Action.REPORT_OPEN) and not anonymized)
        self.personal_button.setVisible(can(actor, Action.PERSONAL_DATA))

    def show_customer(self, customer_id: int) -> None:
        self.customer = queries.customer_info(customer_id)
        self.form.load(self.customer)
        self._set_dirty(False)
        self.saved_label.setText("")
        self._apply_permissions()
        self.refresh_header()
        self.refresh_reports()

    def refresh(self) -> None:
        if self.customer is None:
            return
        if self._dirty:  # keep what the user typed; only the reports are reloaded
            self.refresh_reports()
            return
        self.show_customer(self.customer.id)

    def refresh_header(self) -> None:
        c = self.customer
        if c is None:
            return
        self.title.setText(c.name)
        status = tr_label(CUSTOMER_STATUS_LABELS.get(c.status, c.status))
        parts = [self.tr("Cliente {0}").format(c.number), status]
        phones = ", ".join(format_phone(p) for p in c.phone_list())
        if phones:
            parts.append(phones)
        if c.service_address():
            parts.append(c.service_address())
        if c.plan:
            parts.append(c.plan)
        self.subtitle.setText(" · ".join(parts))
        if c.anonymized_at is not None:
            self.privacy.setText(self.tr("Datos personales anonimizados el {0}: sus reportes se conservan sin datos "
                                         "personales. Si vuelve a contratar, dé de alta un cliente nuevo.")
                                 .format(short_dt(to_local(c.anonymized_at, c.tz))))
        elif c.opposition:
            self.privacy.setText(self.tr("Se opone al uso de sus datos para fines distintos del servicio: no le "
                                         "ofrezca promociones ni encuestas."))
        self.privacy.setVisible(c.anonymized_at is not None or c.opposition)
        faults = c.recent_faults
        if faults >= 2:
            self.banner.setText(self.tr("Este cliente tiene {0} fallas en los últimos 30 días").format(faults))
            self.banner.show()
        else:
            self.banner.hide()

    def refresh_reports(self) -> None:
        c = self.customer
        if c is None:
            return
        reports = queries.customer_reports(c.id)
        self.reports_model.set_reports(reports, c.tz)
        open_count = sum(1 for r in reports if r.unfinished)
        self.reports_label.setText(self.tr("Reportes ({0} abiertos de {1})").format(open_count, len(reports)))

    # --- editing -----------------------------------------------------------------------------------

    def _mark_dirty(self) -> None:
        self._set_dirty(True)
        self.saved_label.setText("")

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)

    def is_dirty(self) -> bool:
        return self._dirty

    def save(self) -> bool:
        if self.customer is None or self.actor is None:
            return False
        try:
            customers.update_customer(self.actor, self.customer.id, **self.form.values())
        except DomainError as exc:
            self.form.show_error(exc)
            return False
        self.customer = queries.customer_info(self.customer.id)
        self.form.load(self.customer)
        self._set_dirty(False)
        self.saved_label.setText(self.tr("Cambios guardados."))
        self.refresh_header()
        self.saved.emit(self.customer)
        return True

    def discard(self) -> None:
        if self.customer is not None:
            self.form.load(self.customer)
            self._set_dirty(False)

    def exec_dialog(self, dialog: QDialog) -> int:
        """Seam for tests: they replace it to drive a dialog."""
        return dialog.exec()

    def open_personal_data(self) -> None:
        """«Datos personales…»: copy, opposition, anonymisation (managers and administrators)."""
        if self.customer is None or self.actor is None or not can(self.actor, Action.PERSONAL_DATA):
            return
        if self._dirty and not self.save():
            return  # what was typed is kept on the card, with its errors; the copy must hold what is stored
        from ispdesk.ui.desk.personal_data import PersonalDataDialog

        dialog = PersonalDataDialog(self.actor, self.customer.id, self)
        dialog.changed.connect(lambda: self.show_customer(self.customer.id) if self.customer else None)
        try:
            self.exec_dialog(dialog)
        finally:
            dialog.deleteLater()

    def _new_report(self) -> None:
        if self.customer is not None:
            self.new_report_requested.emit(self.customer)

    def _open_report(self, index: QModelIndex) -> None:
        rid = self.reports_model.report_id(index.row())
        if rid is not None:
            self.report_requested.emit(rid)

