"""«Usuarios»: the office's accounts. Create, edit (name, phone, role, office), reset a password, deactivate or
reactivate (never delete: the history keeps naming people), unlock an account or a PC whose sign-ins wait after
failures, and allow an account to act from scripts (the command line's --user).

The services decide (the acting user's current role; the last manager and administrators protected) and audit every
change; this screen shows their refusals under the fields or in its message line."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ispdesk.core.clock import to_local
from ispdesk.core.errors import DomainError, ValidationError
from ispdesk.core.permissions import ROLE_LABELS, Role
from ispdesk.core.phones import format_phone
from ispdesk.core.queries import office_brief
from ispdesk.core.queries import settings as q
from ispdesk.core.services import users
from ispdesk.core.session import Session
from ispdesk.ui.common.vocab_tr import tr_label
from ispdesk.ui.common.widgets import ErrorLabel
from ispdesk.ui.managers.common import (
    SavedLabel,
    fill_table,
    make_table,
    no_auto_default,
    note_label,
    select_key,
    selected_key,
)
from ispdesk.ui.reports.actions import ActionDialog

CTX = "UsersDialog"
HEADERS = (
    QT_TRANSLATE_NOOP("UsersDialog", "Nombre"),
    QT_TRANSLATE_NOOP("UsersDialog", "Usuario"),
    QT_TRANSLATE_NOOP("UsersDialog", "Rol"),
    QT_TRANSLATE_NOOP("UsersDialog", "Celular"),
    QT_TRANSLATE_NOOP("UsersDialog", "Estado"),
    QT_TRANSLATE_NOOP("UsersDialog", "Scripts"),
)


def tr_const(text: str) -> str:
    """A label marked with QT_TRANSLATE_NOOP("UsersDialog", …) above, in the UI language."""
    return QCoreApplication.translate(CTX, text)


class UserForm(ActionDialog):
    """New account or edit of one: errors under their fields, all at once."""

    def __init__(self, actor: Session, row: q.UserRow | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nueva cuenta") if row is None else self.tr("Cuenta de {0}").format(row.full_name),
                         self.tr("Crear cuenta") if row is None else self.tr("Guardar"), parent)
        self.actor = actor
        self.row = row
        self.created: object = None
        self.username = QLineEdit(self)
        if row is not None:
            self.username.setText(row.username)
            self.username.setEnabled(False)
        self.full_name = QLineEdit(row.full_name if row else "", self)
        self.role = QComboBox(self)
        roles = [r for r in Role if r != Role.ADMIN or actor.role == Role.ADMIN or (row and row.role == Role.ADMIN)]
        for r in roles:
            self.role.addItem(tr_label(ROLE_LABELS[r]), r.value)
        self.role.setCurrentIndex(max(0, self.role.findData(row.role if row else Role.RECEPCION.value)))
        self.phone = QLineEdit(format_phone(row.phone) if row and row.phone else "", self)
        self.phone.setPlaceholderText(self.tr("10 dígitos; los técnicos reciben ahí sus órdenes por WhatsApp"))
        self.office = QComboBox(self)
        offices = q.offices()
        for o in offices:
            self.office.addItem(o.label, int(o.code))
        current_office = (row.office_id if row else None) or actor.office_id
        self.office.setCurrentIndex(max(0, self.office.findData(current_office)))
        self.add("username", self.tr("&Usuario:"), self.username)
        self.add("full_name", self.tr("&Nombre completo:"), self.full_name)
        self.add("role", self.tr("&Rol:"), self.role)
        self.add("phone", self.tr("&Celular:"), self.phone)
        if len(offices) > 1:
            self.add("office", self.tr("&Oficina:"), self.office)
        self.password = QLineEdit(self)
        self.confirm = QLineEdit(self)
        if row is None:
            for edit in (self.password, self.confirm):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.add("password", self.tr("&Contraseña:"), self.password)
            self.add("confirm", self.tr("C&onfirmar contraseña:"), self.confirm)
            self.password.setPlaceholderText(self.tr("al menos 6 caracteres"))
        self.finish()

    def submit(self) -> None:
        self.errors.clear()
        try:
            if self.row is None:
                if self.password.text() != self.confirm.text():
                    raise ValidationError(self.tr("Las contraseñas no coinciden."), "confirm")
                self.created = users.create_user(self.actor, self.username.text(), self.full_name.text(),
                                                 self.role.currentData(), self.password.text(),
                                                 phone=self.phone.text(), office=self.office.currentData())
            else:
                users.update_user(self.actor, self.row.id, full_name=self.full_name.text(),
                                  role=self.role.currentData(), phone=self.phone.text(),
                                  office=self.office.currentData())
        except DomainError as exc:
            field = self.errors.show(exc)
            if field in self.widgets:
                self.widgets[field].setFocus()
            return
        self.accept()


class PasswordForm(ActionDialog):
    def __init__(self, actor: Session, row: q.UserRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Restablecer la contraseña de {0}").format(row.full_name), self.tr("Restablecer"),
                         parent)
        self.actor = actor
        self.row = row
        self.note(self.tr("Dígale la contraseña nueva a {0}; también se levanta la espera por intentos fallidos.")
                  .format(row.full_name))
        self.password = QLineEdit(self)
        self.confirm = QLineEdit(self)
        for edit in (self.password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add("password", self.tr("Contraseña &nueva:"), self.password)
        self.add("confirm", self.tr("C&onfirmar:"), self.confirm)
        self.finish()

    def submit(self) -> None:
        self.errors.clear()
        try:
            if self.password.text() != self.confirm.text():
                raise ValidationError(self.tr("Las contraseñas no coinciden."), "confirm")
            users.set_password(self.actor, self.row.id, self.password.text())
        except DomainError as exc:
            self.errors.show(exc)
            return
        self.accept()


class UsersDialog(QDialog):
    def __init__(self, actor: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Usuarios"))
        brief = office_brief(actor.office_id)
        self.tz = brief.timezone if brief else "America/Mexico_City"
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(self, self.tr(
            "Las cuentas no se borran: se desactivan, y el historial las sigue nombrando. Tras 5 intentos fallidos "
            "una cuenta espera 30 segundos antes del siguiente, y la espera se duplica con cada fallo (hasta 15 "
            "minutos); «Desbloquear» la levanta.")))
        self.table = make_table(self, [QCoreApplication.translate(CTX, h) for h in HEADERS], stretch=0)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit_user())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Nueva cuenta…"), self)
        self.new_button.clicked.connect(self.new_user)
        self.edit_button = QPushButton(self.tr("&Editar…"), self)
        self.edit_button.clicked.connect(self.edit_user)
        self.password_button = QPushButton(self.tr("&Restablecer contraseña…"), self)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton(self.tr("&Desactivar"), self)
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button = QPushButton(self.tr("Des&bloquear"), self)
        self.unlock_button.clicked.connect(self.unlock)
        self.script_button = QPushButton(self.tr("Permitir en &scripts"), self)
        self.script_button.clicked.connect(self.toggle_scripts)
        self.script_button.setToolTip(self.tr("La línea de comandos (ispdesk … --user USUARIO) puede actuar como "
                                              "esta cuenta, p. ej. en tareas programadas o formularios web."))
        for b in (self.new_button, self.edit_button, self.password_button, self.active_button, self.unlock_button,
                  self.script_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.machines_label = QLabel(self)
        self.machines_label.setWordWrap(True)
        self.unlock_machines_button = QPushButton(self.tr("Desbloquear computadoras"), self)
        self.unlock_machines_button.clicked.connect(self.unlock_machines)
        machines = QHBoxLayout()
        machines.addWidget(self.machines_label, 1)
        machines.addWidget(self.unlock_machines_button)
        layout.addLayout(machines)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.saved = SavedLabel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.rows: dict[int, q.UserRow] = {}
        no_auto_default(self)
        self.resize(980, 560)
        self.load()

    # --- showing ---------------------------------------------------------------------------------------------

    def status_text(self, u: q.UserRow) -> str:
        if not u.active:
            return self.tr("Desactivada")
        if u.locked_until is not None:
            until = to_local(u.locked_until, self.tz)
            return self.tr("Bloqueada hasta las {0} ({1} intentos fallidos)").format(f"{until:%H:%M}", u.failures)
        return self.tr("Activa")

    def load(self) -> None:
        self.rows = {u.id: u for u in q.user_rows()}
        fill_table(self.table, [(u.id, [u.full_name, u.username, tr_label(ROLE_LABELS[u.role]),
                                        format_phone(u.phone) if u.phone else "", self.status_text(u),
                                        self.tr("sí") if u.script_access else ""])
                                for u in self.rows.values()],
                   muted={u.id for u in self.rows.values() if not u.active})
        if selected_key(self.table) is None and self.rows:
            self.table.selectRow(0)
        locked = users.locked_machines()
        self.machines_label.setVisible(bool(locked))
        self.unlock_machines_button.setVisible(bool(locked))
        self.machines_label.setText(self.tr("Computadoras que esperan por intentos fallidos: {0}").format(
            ", ".join(m.machine for m in locked)))
        self._update_buttons()

    def current(self) -> q.UserRow | None:
        key = selected_key(self.table)
        return self.rows.get(key) if isinstance(key, int) else None

    def select(self, user_id: int) -> None:
        select_key(self.table, user_id)

    def _update_buttons(self) -> None:
        u = self.current()
        for b in (self.edit_button, self.password_button, self.active_button, self.script_button):
            b.setEnabled(u is not None)
        self.unlock_button.setEnabled(u is not None and u.locked_until is not None)
        self.active_button.setText(self.tr("Re&activar") if u is not None and not u.active else self.tr("&Desactivar"))
        self.script_button.setText(self.tr("Quitar de &scripts") if u is not None and u.script_access
                                   else self.tr("Permitir en &scripts"))

    # --- seams (tests answer without modal boxes) ------------------------------------------------------------

    def exec_dialog(self, dialog: QDialog) -> int:
        return dialog.exec()

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    # --- actions ---------------------------------------------------------------------------------------------

    def run(self, action: object, saved: str) -> bool:
        self.error.clear_error()
        try:
            action()  # type: ignore[operator]
        except DomainError as exc:
            self.error.show_error(exc.message)
            self.saved.clear()
            self.load()
            return False
        self.saved.show_saved(saved)
        self.load()
        return True

    def _form(self, dialog: ActionDialog) -> bool:
        try:
            return self.exec_dialog(dialog) == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def new_user(self) -> None:
        form = UserForm(self.actor, None, self)
        if self._form(form):
            self.error.clear_error()
            self.saved.show_saved(self.tr("Cuenta creada."))
            self.load()
            self.select(form.created.id)  # type: ignore[attr-defined]

    def edit_user(self) -> None:
        u = self.current()
        if u is not None and self._form(UserForm(self.actor, u, self)):
            self.error.clear_error()
            self.saved.show_saved(self.tr("Cambios guardados."))
            self.load()

    def reset_password(self) -> None:
        u = self.current()
        if u is not None and self._form(PasswordForm(self.actor, u, self)):
            self.error.clear_error()
            self.saved.show_saved(self.tr("Contraseña de {0} restablecida.").format(u.full_name))
            self.load()

    def toggle_active(self) -> None:
        u = self.current()
        if u is None:
            return
        if u.active:
            if not self.confirm(self.tr("Desactivar cuenta"), self.tr(
                    "¿Desactivar la cuenta de {0}? Ya no podrá entrar; si tiene la sesión abierta en otra "
                    "computadora, se cerrará en unos segundos. Sus reportes y su historial se conservan.")
                    .format(u.full_name)):
                return
            self.run(lambda: users.set_active(self.actor, u.id, False),
                     self.tr("Cuenta de {0} desactivada.").format(u.full_name))
        else:
            self.run(lambda: users.set_active(self.actor, u.id, True),
                     self.tr("Cuenta de {0} reactivada.").format(u.full_name))

    def unlock(self) -> None:
        u = self.current()
        if u is not None:
            self.run(lambda: users.unlock(self.actor, u.id),
                     self.tr("Cuenta de {0} desbloqueada.").format(u.full_name))

    def unlock_machines(self) -> None:
        def apply() -> None:
            for m in users.locked_machines():
                users.unlock_machine(self.actor, m.machine)

        self.run(apply, self.tr("Computadoras desbloqueadas."))

    def toggle_scripts(self) -> None:
        u = self.current()
        if u is not None:
            allowed = not u.script_access
            self.run(lambda: users.set_script_access(self.actor, u.id, allowed),
                     self.tr("{0} puede actuar desde scripts.").format(u.full_name) if allowed
                     else self.tr("{0} ya no puede actuar desde scripts.").format(u.full_name))
