"""The main window: customer search in front, a stack of pages (search, customer card, report), menus,
a toolbar, a status bar, and the navigation list other views register with `add_view`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from ispdesk.core import db as db_mod
from ispdesk.core import queries
from ispdesk.core.errors import DomainError
from ispdesk.core.permissions import ROLE_LABELS, Action, Role, can
from ispdesk.core.queries import CustomerInfo
from ispdesk.core.session import Session
from ispdesk.ui.common.vocab_tr import tr_label
from ispdesk.ui.desk.customer_card import CustomerCard, NewCustomerDialog
from ispdesk.ui.desk.search_view import SearchView
from ispdesk.ui.reports.report_view import ReportView, printing_available
from ispdesk.ui.shell import login


def as_session(user: Session | object) -> Session:
    """The window keeps ids and names, never a database row (callers may still hand it a User)."""
    return user if isinstance(user, Session) else Session.of(user)  # type: ignore[arg-type]


@dataclass(frozen=True)
class RoleView:
    """A screen in the left navigation for the roles that work there. The widget has `set_actor(session)` and
    a `report_requested(int)` signal; optionally `customer_requested(int)`, `refresh()`, `apply_changes(changes)`
    (live refresh) and `focus_view()` (where the keyboard starts)."""

    key: str
    title: str  # literal marked with QT_TRANSLATE_NOOP("MainWindow", …)
    icon: QStyle.StandardPixmap
    factory: Callable[[QWidget], QWidget]
    shown: Callable[[Session], bool]
    start: Callable[[Session], bool] = lambda _s: False  # the view a role starts on


def _queue_view(parent: QWidget) -> QWidget:
    from ispdesk.ui.technicians.queue import QueueView

    return QueueView(parent)


def _board_view(parent: QWidget) -> QWidget:
    from ispdesk.ui.lead.board import BoardView

    return BoardView(parent)


def _dashboard_view(parent: QWidget) -> QWidget:
    from ispdesk.ui.managers.dashboard import DashboardView

    return DashboardView(parent)


def _incidents_view(parent: QWidget) -> QWidget:
    from ispdesk.ui.lead.incidents import IncidentsView

    return IncidentsView(parent)


_SP = QStyle.StandardPixmap
# The screens besides the customer search, in navigation order. A module not built yet is skipped.
ROLE_VIEWS: tuple[RoleView, ...] = (
    RoleView("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Indicadores"), _SP.SP_FileDialogInfoView, _dashboard_view,
             lambda s: can(s, Action.SUMMARY_VIEW), lambda s: s.role == Role.GERENTE),
    RoleView("queue", QT_TRANSLATE_NOOP("MainWindow", "Mi cola"), _SP.SP_FileDialogListView, _queue_view,
             lambda s: s.role == Role.TECNICO, lambda s: s.role == Role.TECNICO),
    RoleView("board", QT_TRANSLATE_NOOP("MainWindow", "Tablero"), _SP.SP_FileDialogDetailedView, _board_view,
             lambda s: can(s, Action.INBOX_VIEW), lambda s: s.role == Role.JEFE_TECNICO),
    RoleView("incidents", QT_TRANSLATE_NOOP("MainWindow", "Incidentes"), _SP.SP_MessageBoxWarning, _incidents_view,
             lambda s: can(s, Action.INCIDENT_MANAGE)),
)

SETTINGS_ORG = "ispdesk"
SETTINGS_APP = "ispdesk"


def settings() -> QSettings:
    return QSettings(SETTINGS_ORG, SETTINGS_APP)


class MainWindow(QMainWindow):
    user_changed = Signal(object)

    def __init__(self, user: Session | object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = as_session(user)
        self.history: list[tuple[str, int | None]] = []
        self.setWindowTitle(self.tr("Atención a clientes"))  # Qt adds « — ispdesk»

        self.search_view = SearchView(self)
        self.card = CustomerCard(self)
        self.report_view = ReportView(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.search_view)
        self.stack.addWidget(self.card)
        self.stack.addWidget(self.report_view)

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(160)  # the screens' names are short; the width goes to the tables
        self.nav.currentRowChanged.connect(self._nav_changed)
        self._views: list[QWidget] = []
        self.role_views: dict[str, QWidget] = {}  # the screens of the signed-in role, by RoleView.key
        from ispdesk.ui.common.live import LiveUpdates

        self.live = LiveUpdates(self)
        self.live.changed.connect(self._live_changed)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        from ispdesk.ui.managers.admin_menu import AdminMenu

        self.admin_menu = AdminMenu(self)  # «Administración»: settings and users, for managers
        self.office_label = QLabel(self)
        self.user_label = QLabel(self)
        self.db_label = QLabel(self)
        self.db_label.setObjectName("dbLabel")
        for label in (self.office_label, self.user_label):
            label.setStyleSheet("padding: 0 12px 0 4px;")
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.db_label)

        self.search_view.customer_requested.connect(self.open_customer)
        self.search_view.report_requested.connect(self.open_report)
        self.search_view.new_customer_requested.connect(self.new_customer)
        self.card.report_requested.connect(self.open_report)
        self.card.new_report_requested.connect(lambda c: self.new_report(c))
        self.report_view.customer_requested.connect(self.open_customer)
        self.stack.currentChanged.connect(lambda _i: self._update_actions())

        self.apply_user(user)
        self._restore_geometry()
        from ispdesk.ui.shell.session_guard import SessionGuard

        self.session_guard = SessionGuard(self)  # a deactivated account is signed out; a new role is applied

    # --- building ----------------------------------------------------------------------------------

    def _icon(self, theme: str, fallback: QStyle.StandardPixmap) -> QIcon:
        return QIcon.fromTheme(theme, self.style().standardIcon(fallback))

    def _make_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_new_report = QAction(self._icon("document-new", sp.SP_FileIcon), self.tr("&Nuevo reporte…"), self)
        self.act_new_report.setShortcut(QKeySequence("Ctrl+N"))
        self.act_new_report.triggered.connect(lambda: self.new_report())
        self.act_print = QAction(self._icon("document-print", sp.SP_DialogSaveButton), self.tr("&Imprimir…"), self)
        self.act_print.setShortcut(QKeySequence("Ctrl+P"))
        self.act_print.triggered.connect(self.print_current)
        self.act_switch = QAction(self._icon("system-users", sp.SP_DirHomeIcon), self.tr("Cambiar de &usuario…"),
                                  self)
        self.act_switch.triggered.connect(self.switch_user)
        self.act_quit = QAction(self.tr("&Salir"), self)
        self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.act_quit.triggered.connect(self.close)
        self.act_find = QAction(self._icon("edit-find", sp.SP_FileDialogContentsView), self.tr("&Buscar cliente"),
                                self)
        self.act_find.setShortcut(QKeySequence("Ctrl+F"))
        self.act_find.triggered.connect(self.focus_search)
        self.act_refresh = QAction(self._icon("view-refresh", sp.SP_BrowserReload), self.tr("&Actualizar"), self)
        self.act_refresh.setShortcut(QKeySequence("F5"))
        self.act_refresh.triggered.connect(self.refresh)
        self.act_back = QAction(self._icon("go-previous", sp.SP_ArrowBack), self.tr("A&trás"), self)
        self.act_back.setShortcuts([QKeySequence("Alt+Left"), QKeySequence("Esc")])
        self.act_back.triggered.connect(self.go_back)
        self.act_about = QAction(self.tr("&Acerca de ispdesk"), self)
        self.act_about.triggered.connect(self.about)
        for act in (self.act_new_report, self.act_print, self.act_find, self.act_refresh, self.act_back):
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(act)
        # Ctrl+1… go to the screens of the navigation list, in its order (the list shows the keys in tooltips).
        self.view_shortcuts: list[QAction] = []
        for n in range(1, 10):
            act = QAction(self)
            act.setShortcut(QKeySequence(f"Ctrl+{n}"))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(lambda _checked=False, i=n - 1: self._go_to_view(i))
            self.addAction(act)
            self.view_shortcuts.append(act)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Archivo"))
        file_menu.addAction(self.act_new_report)
        file_menu.addAction(self.act_print)
        file_menu.addSeparator()
        from ispdesk.ui.desk.personal_data import add_privacy_actions

        add_privacy_actions(self, file_menu)  # privacy notice and data retention (LFPDPPP)
        file_menu.addSeparator()
        file_menu.addAction(self.act_switch)
        file_menu.addAction(self.act_quit)
        view_menu = bar.addMenu(self.tr("&Ver"))
        view_menu.addAction(self.act_find)
        view_menu.addAction(self.act_back)
        view_menu.addAction(self.act_refresh)
        self.view_menu = view_menu
        self.data_menu = QMenu(self.tr("&Datos"), self)  # import, export, backups: in the bar for manager and admin
        self.act_import = self.data_menu.addAction(self.tr("&Importar clientes…"), lambda: self.open_manager("import"))
        self.act_export = self.data_menu.addAction(self.tr("&Exportar…"), lambda: self.open_manager("export"))
        self.data_menu.addSeparator()
        self.act_backups = self.data_menu.addAction(self.tr("&Respaldos…"), lambda: self.open_manager("backups"))
        self.act_audit = self.data_menu.addAction(self.tr("&Verificar el historial…"),
                                                  lambda: self.open_manager("audit"))
        help_menu = bar.addMenu(self.tr("A&yuda"))
        help_menu.addAction(self.act_about)
        self.help_menu = help_menu

    def _make_toolbar(self) -> None:
        tb = QToolBar(self.tr("Barra de herramientas"), self)
        tb.setObjectName("mainToolBar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.addAction(self.act_back)
        tb.addAction(self.act_find)
        tb.addSeparator()
        tb.addAction(self.act_new_report)
        tb.addAction(self.act_print)
        tb.addSeparator()
        tb.addAction(self.act_refresh)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.toolbar = tb

    def _build_role_views(self, user: Session) -> None:
        """The navigation for this role: the screens it works on, then the customer search."""
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        for widget in self.role_views.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.role_views.clear()
        self._views.clear()
        start = None
        for spec in ROLE_VIEWS:
            if not spec.shown(user):
                continue
            try:
                widget = spec.factory(self)
            except ImportError:  # a screen this build does not have yet
                continue
            widget.set_actor(user)  # type: ignore[attr-defined]
            widget.report_requested.connect(self.open_report)  # type: ignore[attr-defined]
            if hasattr(widget, "customer_requested"):
                widget.customer_requested.connect(self.open_customer)
            if hasattr(widget, "view_requested"):
                widget.view_requested.connect(self.show_role_view)
            self.role_views[spec.key] = widget
            self.add_view(QCoreApplication.translate("MainWindow", spec.title), widget,
                          self.style().standardIcon(spec.icon))
            if start is None and spec.start(user):
                start = widget
        self.add_view(self.tr("Buscar clientes"), self.search_view,
                      self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView))
        self.start_view = start or self.search_view

    def show_view(self, widget: QWidget) -> None:
        """Go to a navigation screen (the start view of the role, or one picked in the list)."""
        if widget in self._views:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._views.index(widget))
            self.nav.blockSignals(False)
        self.history.clear()
        self.stack.setCurrentWidget(widget)
        if widget is self.search_view:
            self.search_view.focus_box()
        elif hasattr(widget, "focus_view"):
            widget.focus_view()
        self._update_actions()

    def show_role_view(self, key: str) -> None:
        """A screen asks for another one of the navigation (the dashboard's incidents figure); Esc comes back."""
        widget = self.role_views.get(key)
        if widget is None or not self.leave_card_ok():
            return
        self._push()
        if widget in self._views:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._views.index(widget))
            self.nav.blockSignals(False)
        self.stack.setCurrentWidget(widget)
        if hasattr(widget, "focus_view"):
            widget.focus_view()
        self._update_actions()

    def _go_to_view(self, index: int) -> None:
        if 0 <= index < len(self._views) and self.leave_card_ok():
            self.show_view(self._views[index])

    def _live_changed(self, changes: object) -> None:
        """Another PC changed something: the screens that show it refresh what changed, keeping selection."""
        for widget in self.role_views.values():
            if hasattr(widget, "apply_changes"):
                widget.apply_changes(changes)
        page = self.stack.currentWidget()
        d = self.report_view.report
        if page is self.report_view and d is not None and changes.touches_report(d.id):  # type: ignore[attr-defined]
            self.report_view.refresh()

    def add_view(self, title: str, widget: QWidget, icon: QIcon | None = None) -> None:
        """Register a view in the left navigation (only real views; the list shows once there are two)."""
        if self.stack.indexOf(widget) < 0:
            self.stack.addWidget(widget)
        item = QListWidgetItem(icon or QIcon(), title)
        if len(self._views) < 9:
            item.setToolTip(self.tr("{0} (Ctrl+{1})").format(title, len(self._views) + 1))
        self._views.append(widget)
        self.nav.blockSignals(True)
        self.nav.addItem(item)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)
        self.nav.setVisible(len(self._views) > 1)

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(self._views) and self.leave_card_ok():
            self.show_view(self._views[row])

    # --- user --------------------------------------------------------------------------------------

    def apply_user(self, user: Session | object) -> None:
        """Rebuild what the role sees."""
        user = as_session(user)
        self.user = user
        self.act_new_report.setVisible(can(user, Action.REPORT_OPEN))
        bar = self.menuBar()
        bar.removeAction(self.data_menu.menuAction())
        if can(user, Action.DATA_MANAGE):
            bar.insertMenu(self.help_menu.menuAction(), self.data_menu)
        self.search_view.can_create = can(user, Action.CUSTOMER_CREATE)
        self.card.set_actor(user)
        self.report_view.set_actor(user)
        office = queries.office_brief(user.office_id)
        self.office_label.setText(office.name if office else "")
        role = tr_label(ROLE_LABELS.get(user.role, user.role))
        self.user_label.setText(self.tr("{0} ({1})").format(user.full_name, role))
        self.db_label.setText(db_mod.describe())
        self.history.clear()
        self.search_view.clear()
        self.admin_menu.apply_user(user)
        self._build_role_views(user)
        self.show_view(self.start_view)
        self.user_changed.emit(user)

    def switch_user(self) -> None:
        if not self.leave_card_ok():
            return
        user = login.sign_in(self)
        if user is not None:
            self.apply_user(user)

    # --- navigation --------------------------------------------------------------------------------

    def _state(self) -> tuple[str, int | None]:
        page = self.stack.currentWidget()
        if page is self.card and self.card.customer is not None:
            return ("customer", self.card.customer.id)
        if page is self.report_view and self.report_view.report is not None:
            return ("report", self.report_view.report.id)
        for key, widget in self.role_views.items():
            if page is widget:
                return (f"view:{key}", None)
        return ("search", None)

    def _push(self) -> None:
        state = self._state()
        if not self.history or self.history[-1] != state:
            self.history.append(state)

    def ask_unsaved(self) -> str:
        """"save", "discard" or "cancel". A seam: tests answer without a modal box."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cambios sin guardar"),
                          self.tr("Hay cambios sin guardar en los datos del cliente."), parent=self)
        box.setInformativeText(self.tr("¿Guardarlos antes de salir de la ficha?"))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def leave_card_ok(self) -> bool:
        """Before leaving a customer card with unsaved edits: save them, drop them, or stay. Nothing typed is
        lost without the receptionist saying so."""
        if self.stack.currentWidget() is not self.card or not self.card.is_dirty():
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.card.save()  # a validation error keeps the card open, message by the field
        if answer == "discard":
            self.card.discard()
            return True
        return False

    def open_customer(self, customer_id: int) -> None:
        if self._state() == ("customer", customer_id):
            return
        if not self.leave_card_ok():
            return
        self._push()
        self.card.show_customer(customer_id)
        self.stack.setCurrentWidget(self.card)
        self.card.reports.setFocus()

    def open_report(self, report_id: int) -> None:
        if self._state() == ("report", report_id):
            self.report_view.refresh()
            return
        if not self.leave_card_ok():
            return
        self._push()
        self.report_view.show_report(report_id)
        self.stack.setCurrentWidget(self.report_view)

    def go_back(self) -> None:
        if not self.leave_card_ok():
            return
        if self.stack.currentWidget() is self.search_view:
            if self.search_view.box.text():
                self.search_view.clear()
            self.focus_search()
            return
        while self.history:
            kind, ident = self.history.pop()
            if kind == "customer" and ident is not None:
                self.card.show_customer(ident)
                self.stack.setCurrentWidget(self.card)
                return
            if kind == "report" and ident is not None:
                self.report_view.show_report(ident)
                self.stack.setCurrentWidget(self.report_view)
                return
            if kind.startswith("view:") and kind[5:] in self.role_views:
                self.show_view(self.role_views[kind[5:]])
                return
            if kind == "search":
                break
        if self.start_view is not self.search_view and self.stack.currentWidget() is not self.start_view:
            self.show_view(self.start_view)
            return
        self.show_search()

    def show_search(self) -> None:
        if not self.leave_card_ok():
            return
        self.stack.setCurrentWidget(self.search_view)
        self.focus_search()

    def focus_search(self) -> None:
        if self.stack.currentWidget() is not self.search_view:
            self._push()
            self.stack.setCurrentWidget(self.search_view)
        self.search_view.focus_box()

    def refresh(self) -> None:
        page = self.stack.currentWidget()
        if page is self.search_view:
            self.search_view.refresh()
        elif page is self.card:
            self.card.refresh()
        elif page is self.report_view:
            self.report_view.refresh()
        elif hasattr(page, "refresh"):
            page.refresh()

    def _update_actions(self) -> None:
        on_report = self.stack.currentWidget() is self.report_view and self.report_view.report is not None
        self.act_print.setEnabled(on_report and printing_available())
        self.act_back.setEnabled(True)

    # --- commands ----------------------------------------------------------------------------------

    def current_customer(self) -> CustomerInfo | None:
        page = self.stack.currentWidget()
        cid: int | None = None
        if page is self.card and self.card.customer is not None:
            cid = self.card.customer.id
        elif page is self.report_view and self.report_view.report is not None:
            cid = self.report_view.report.customer.id
        elif page is self.search_view:
            cid = self.search_view.current_customer_id()
        if cid is None:
            return None
        try:
            return queries.customer_info(cid)
        except DomainError:
            return None

    def new_report(self, customer: CustomerInfo | None = None) -> None:
        if not can(self.user, Action.REPORT_OPEN):
            return
        customer = customer or self.current_customer()
        try:
            from ispdesk.ui.desk.wizard import run_new_report
        except ImportError:
            QMessageBox.information(self, self.tr("Nuevo reporte"),
                                    self.tr("El asistente de reportes no está disponible en esta versión."))
            return
        report = run_new_report(self, self.user, customer)
        if report is not None:
            self.open_report(report.id)
        elif self.stack.currentWidget() is self.card:
            self.card.refresh()

    def new_customer(self, query: str = "") -> None:
        if not can(self.user, Action.CUSTOMER_CREATE):
            return
        dialog = NewCustomerDialog(self.user, self, query=query)
        try:
            accepted = self.exec_dialog(dialog) == QDialog.DialogCode.Accepted
            customer = dialog.customer
        finally:
            dialog.deleteLater()
        if accepted and customer is not None:
            self.open_customer(customer.id)

    def open_manager(self, which: str) -> None:
        """The data dialogs («Datos»): import customers, export, backups, verifying the history."""
        if not can(self.user, Action.DATA_MANAGE):
            return
        from ispdesk.ui.managers.audit_dialog import AuditDialog
        from ispdesk.ui.managers.backups_dialog import BackupsDialog
        from ispdesk.ui.managers.export_dialog import ExportDialog
        from ispdesk.ui.managers.import_dialog import ImportDialog

        factory = {"import": ImportDialog, "export": ExportDialog, "backups": BackupsDialog,
                   "audit": AuditDialog}[which]
        dialog = factory(self.user, self)
        if which == "import":
            dialog.choose_on_show = True  # type: ignore[attr-defined]
        try:
            self.exec_dialog(dialog)
        finally:
            dialog.deleteLater()
        self.refresh()

    def exec_dialog(self, dialog: QDialog) -> int:
        """Seam for tests: they replace it to fill in and accept a dialog."""
        return dialog.exec()

    def print_current(self) -> None:
        if self.stack.currentWidget() is self.report_view and self.act_print.isEnabled():
            try:
                self.report_view.do_print()
            except DomainError as exc:
                QMessageBox.warning(self, self.tr("Imprimir"), exc.message)

    def about(self) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            v = version("ispdesk")
        except PackageNotFoundError:
            v = "?"
        QMessageBox.about(self, self.tr("Acerca de ispdesk"),
                          self.tr("<b>ispdesk</b> {0}<br>Mesa de atención a clientes para proveedores de "
                                  "internet.<br>Base de datos: {1}").format(v, db_mod.describe()))

    # --- geometry ----------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        s = settings()
        geometry = s.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry):
            state = s.value("main/state")
            if isinstance(state, QByteArray):
                self.restoreState(state)
            return
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:  # a receptionist's 1366×768 screen: use all of it
            self.resize(min(1600, screen.width()), min(1000, screen.height()))
        else:
            self.resize(1280, 760)

    def save_geometry(self) -> None:
        s = settings()
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/state", self.saveState())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.card.is_dirty():
            answer = self.ask_unsaved()
            if answer == "cancel" or (answer == "save" and not self.card.save()):
                event.ignore()
                return
        self.save_geometry()
        super().closeEvent(event)
