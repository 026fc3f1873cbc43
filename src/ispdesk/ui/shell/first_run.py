"""First-run assistant on an empty database: office data and hours, the first manager account, and
optionally demo data (built in a worker with a progress dialog).

Each page checks its own data by running the services inside a transaction that is rolled back, so
errors appear next to the field on the page where it was typed; the office and the manager are created
for real, together, once, when the demo page is committed.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget, QWizard, QWizardPage

from ispdesk.core.db import db, write_tx
from ispdesk.core.errors import DomainError
from ispdesk.core.permissions import ROLE_LABELS
from ispdesk.core.services import office as office_service
from ispdesk.core.services import users
from ispdesk.ui.common.tasks import run_task
from ispdesk.ui.common.vocab_tr import tr_label
from ispdesk.ui.common.widgets import ErrorLabel, FieldErrors
from ispdesk.ui.generated.ui_first_run_demo import Ui_DemoPage
from ispdesk.ui.generated.ui_first_run_done import Ui_DonePage
from ispdesk.ui.generated.ui_first_run_hours import Ui_HoursPage
from ispdesk.ui.generated.ui_first_run_manager import Ui_ManagerPage
from ispdesk.ui.generated.ui_first_run_office import Ui_OfficePage

DEMO_CUSTOMERS = 2000
DEMO_REPORTS = 6000


class PageId(IntEnum):
    OFFICE = 0
    HOURS = 1
    MANAGER = 2
    DEMO = 3
    DONE = 4


def _dry_run(fn: Callable[[], object]) -> None:
    """Run services for their validation only: everything is rolled back."""
    with db.atomic() as tx:
        try:
            fn()
        finally:
            tx.rollback()


class OfficePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OfficePage()
        self.ui.setupUi(self)
        self.registerField("name*", self.ui.nameEdit)
        self.registerField("folio_prefix*", self.ui.prefixEdit)
        self.registerField("address", self.ui.addressEdit, "plainText")
        self.registerField("phones", self.ui.phonesEdit)
        self.registerField("email", self.ui.emailEdit)
        self.registerField("web", self.ui.webEdit)
        self.general = ErrorLabel(self)
        self.ui.formLayout.addRow(self.general)
        self.errors = FieldErrors(self.general)
        ui = self.ui
        self.errors.attach_form(ui.formLayout, {
            "name": ui.nameEdit, "folio_prefix": ui.prefixEdit, "address": ui.addressEdit,
            "phones": ui.phonesEdit, "email": ui.emailEdit, "web": ui.webEdit,
        })
        ui.prefixEdit.textEdited.connect(lambda t: ui.prefixEdit.setText(t.upper()))

    def data(self) -> dict[str, object]:
        ui = self.ui
        return {"name": ui.nameEdit.text(), "folio_prefix": ui.prefixEdit.text(),
                "address": ui.addressEdit.toPlainText(), "phones": ui.phonesEdit.text(),
                "email": ui.emailEdit.text(), "web": ui.webEdit.text()}

    def validatePage(self) -> bool:
        try:
            _dry_run(lambda: office_service.create_office(None, **self.data()))
        except DomainError as exc:
            self.errors.show(exc)
            return False
        self.errors.clear()
        return True


class HoursPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HoursPage()
        self.ui.setupUi(self)
        self.error = ErrorLabel(self)
        self.ui.verticalLayout.insertWidget(1, self.error)

    def hours(self) -> dict[str, list[list[str]]]:
        ui = self.ui
        out: dict[str, list[list[str]]] = {}
        rows = ((range(5), ui.weekdaysCheck, ui.weekdaysFrom, ui.weekdaysTo),
                ((5,), ui.saturdayCheck, ui.saturdayFrom, ui.saturdayTo),
                ((6,), ui.sundayCheck, ui.sundayFrom, ui.sundayTo))
        for days, check, start, end in rows:
            if check.isChecked():
                span = [start.time().toString("HH:mm"), end.time().toString("HH:mm")]
                for d in days:
                    out[str(d)] = [span]
        return out

    def validatePage(self) -> bool:
        hours = self.hours()
        if not hours:
            self.error.show_error(self.tr("Marque al menos un día de atención."))
            return False
        try:
            office_service.parse_hours(hours)
        except DomainError as exc:
            self.error.show_error(exc.message)
            return False
        self.error.clear_error()
        return True


class ManagerPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ManagerPage()
        self.ui.setupUi(self)
        self.registerField("full_name*", self.ui.fullNameEdit)
        self.registerField("username*", self.ui.usernameEdit)
        self.registerField("password*", self.ui.passwordEdit)
        self.registerField("confirm*", self.ui.confirmEdit)
        self.general = ErrorLabel(self)
        self.ui.formLayout.addRow(self.general)
        self.errors = FieldErrors(self.general)
        ui = self.ui
        self.errors.attach_form(ui.formLayout, {
            "full_name": ui.fullNameEdit, "username": ui.usernameEdit, "password": ui.passwordEdit,
            "confirm": ui.confirmEdit,
        })

    def validatePage(self) -> bool:
        ui = self.ui
        if ui.passwordEdit.text() != ui.confirmEdit.text():
            self.errors.show(DomainError(self.tr("Las contraseñas no coinciden."), "confirm"))
            ui.confirmEdit.setFocus()
            return False
        wizard: FirstRunWizard = self.wizard()  # type: ignore[assignment]
        try:
            _dry_run(wizard.create_all)
        except DomainError as exc:
            self.errors.show(exc)  # office errors were caught on their page; anything else goes below
            return False
        self.errors.clear()
        return True


class DemoPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DemoPage()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Crear la oficina"))
        self.created = False
        self.demo_summary = ""
        self.demo_done = False
        self.progress: QProgressDialog | None = None

    def wants_demo(self) -> bool:
        return self.ui.demoRadio.isChecked()

    def validatePage(self) -> bool:
        wizard: FirstRunWizard = self.wizard()  # type: ignore[assignment]
        self.ui.errorLabel.hide()
        if not self.created:
            try:
                with write_tx():
                    wizard.create_all()
            except DomainError as exc:
                self._error(exc.message)
                return False
            self.created = True
            self.ui.emptyRadio.setEnabled(not self.wants_demo())
        if not self.wants_demo() or self.demo_done:
            return True
        if self.progress is None:
            self._start_demo()
        return False

    def _start_demo(self) -> None:
        self.progress = QProgressDialog(self.tr("Preparando los datos de demostración…"), "", 0, 0, self)
        self.progress.setWindowTitle(self.tr("Datos de demostración"))
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setMinimumWidth(380)
        self.progress.show()

        def work(progress: Callable[[str, int, int], None]) -> str:
            from ispdesk.core.demo import build_demo

            return build_demo(customers=DEMO_CUSTOMERS, reports=DEMO_REPORTS, seed=1, progress=progress, users=True)

        run_task(work, self._demo_finished, self._demo_failed, self, on_progress=self._demo_progress)

    def _demo_progress(self, stage: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Cargando: {0}…").format(stage))
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _demo_finished(self, summary: object) -> None:
        self._close_progress()
        self.demo_summary = str(summary or "")
        self.demo_done = True
        self.wizard().next()

    def _demo_failed(self, exc: BaseException) -> None:
        self._close_progress()
        message = exc.message if isinstance(exc, DomainError) else str(exc)
        self._error(self.tr("No se pudieron cargar los datos de demostración: {0}").format(message))
        self.ui.emptyRadio.setEnabled(True)

    def _error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()


class DonePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DonePage()
        self.ui.setupUi(self)

    def initializePage(self) -> None:
        wizard: FirstRunWizard = self.wizard()  # type: ignore[assignment]
        manager = wizard.field("username")
        lines = [self.tr("Oficina: {0}").format(wizard.field("name")),
                 self.tr("Cuenta del gerente: {0}").format(manager)]
        demo = wizard.demo_page
        if demo.demo_done:
            if demo.demo_summary:
                lines.append(demo.demo_summary)
            self.ui.demoUsersLabel.setText(self._demo_table(str(manager).strip().lower()))
        else:
            self.ui.demoUsersLabel.setText("")
        self.ui.summaryLabel.setText("\n".join(lines))

    def _demo_table(self, manager: str) -> str:
        try:
            from ispdesk.core.demo import demo_users

            rows = demo_users()
        except ImportError:
            rows = [("ana", "recepcion", "demo123"), ("tomas", "tecnico", "demo123"),
                    ("gerente", "gerente", "demo123")]
        cells = []
        for username, role, password in rows:
            if username == manager:
                password = self.tr("(la suya)")
            cells.append(f"<tr><td><b>{html.escape(username)}</b></td><td>{html.escape(password)}</td>"
                         f"<td>{html.escape(tr_label(ROLE_LABELS.get(role, role)))}</td>"
                         "</tr>")
        head = ("<p><b style='color:#b3261e'>DEMO</b> — "
                + html.escape(self.tr("Usuarios de demostración para practicar:")) + "</p>"
                + "<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse'>"
                + "<tr><th>" + html.escape(self.tr("Usuario")) + "</th><th>"
                + html.escape(self.tr("Contraseña")) + "</th><th>" + html.escape(self.tr("Rol"))
                + "</th></tr>")
        return head + "".join(cells) + "</table>"


class FirstRunWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Configuración inicial — ispdesk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.office_page = OfficePage(self)
        self.hours_page = HoursPage(self)
        self.manager_page = ManagerPage(self)
        self.demo_page = DemoPage(self)
        self.done_page = DonePage(self)
        self.setPage(PageId.OFFICE, self.office_page)
        self.setPage(PageId.HOURS, self.hours_page)
        self.setPage(PageId.MANAGER, self.manager_page)
        self.setPage(PageId.DEMO, self.demo_page)
        self.setPage(PageId.DONE, self.done_page)
        self.setStartId(PageId.OFFICE)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Iniciar sesión"))
        self.resize(720, 520)

    def create_all(self) -> None:
        """Create the office and the manager (callers choose: a real or a rolled-back transaction)."""
        office = office_service.create_office(None, hours=self.hours_page.hours(), **self.office_page.data())
        users.bootstrap_manager(office, self.manager_page.ui.usernameEdit.text(),
                                self.manager_page.ui.fullNameEdit.text(), self.manager_page.ui.passwordEdit.text())

    def created(self) -> bool:
        return self.demo_page.created


def run_first_run(parent: QWidget | None = None) -> bool:
    """Show the assistant; True once the office and the manager exist."""
    wizard = FirstRunWizard(parent)
    wizard.exec()
    ok = wizard.created()
    wizard.deleteLater()
    return ok
