"""«Indicadores»: the manager's start view. Big tiles that say whether the office is keeping its promises today —
active reports, overdue, due later today, unassigned, mass outages under way, each technician's load, this month
against last month — and each tile opens the list of the reports it counts (Enter opens a report, Esc comes back
to the tiles). The incidents tile opens the incidents screen. «Resumen mensual…» prints or saves the month's PDF and
CSV (`MonthlySummaryDialog`).

Reads `queries.dashboard` (indexed counts) and `queries.dashboard.figure_reports` (queue rows); live refresh
re-reads both when another PC changes a report (`apply_changes`), and a minute's tick re-reads them as terms fall
due; a hidden view waits until it is shown. Seam for tests: `DashboardView.exec_dialog`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ispdesk.core.changes import Changes
from ispdesk.core.clock import now_utc, to_local
from ispdesk.core.errors import DomainError
from ispdesk.core.numfmt import fmt_change, fmt_int
from ispdesk.core.permissions import Action, can
from ispdesk.core.present import short_dt
from ispdesk.core.queries import QueueRow
from ispdesk.core.queries import dashboard as dq
from ispdesk.core.session import Session
from ispdesk.core.vocab import KIND_LABELS, STATUS_SHORT
from ispdesk.ui.common.table_model import KeyedTableModel, ScrollAnchor
from ispdesk.ui.common.vocab_tr import tr_label
from ispdesk.ui.common.widgets import DANGER, ErrorLabel, big_font

AMBER = "#9a6700"
MUTED = "#5f6368"
ACCENT = "#1f4e79"
OK = "#1e7e34"
TICK_MS = 60_000  # terms fall due with time: the figures are re-read every minute


def _t(text: str) -> str:
    return QCoreApplication.translate("DashboardView", text)


# --- the tiles ------------------------------------------------------------------------------------------------

class Tile(QPushButton):
    """A figure as a big button: a title, the number, a line under it. Enter, Space or a click opens its list."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None, *, small: bool = False) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(84 if small else 112)
        self.setMinimumWidth(150)
        self.title_label = QLabel(title, self)
        self.value_label = QLabel("—", self)
        self.value_label.setFont(big_font(self, 8 if small else 16))
        self.note_label = QLabel("", self)
        self.note_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(0 if small else 2)
        for label in (self.title_label, self.value_label, self.note_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        layout.addStretch(1)
        self.set_tone("")

    def set_figure(self, value: str, note: str = "", tone: str = "") -> None:
        self.value_label.setText(value)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        self.set_tone(tone)
        self.setAccessibleName(f"{self.title_label.text()}: {value}. {note}".strip())
        self.setToolTip(_t("{0}: abrir la lista").format(self.title_label.text()))

    def set_tone(self, tone: str) -> None:
        """"bad" (red bar and number), "warn" (amber), "good" (green) or "" (the accent)."""
        color = {"bad": DANGER, "warn": AMBER, "good": OK}.get(tone, ACCENT)
        self.tone = tone
        self.setStyleSheet(
            f"QPushButton#{self.objectName()} {{ text-align: left; background: palette(base);"
            f" border: 1px solid #c9d1db; border-left: 5px solid {color}; border-radius: 4px; }}"
            f" QPushButton#{self.objectName()}:hover {{ background: #f1f5f9; }}"
            f" QPushButton#{self.objectName()}:focus {{ border: 2px solid {ACCENT}; border-left: 5px solid {color}; }}")
        self.value_label.setStyleSheet(f"color: {color if tone else ACCENT};")
        self.title_label.setStyleSheet(f"color: {MUTED};")
        self.note_label.setStyleSheet(f"color: {MUTED};")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.animateClick()
            return
        super().keyPressEvent(event)


# --- the list behind a tile -------------------------------------------------------------------------------------

COLUMNS = (
    QT_TRANSLATE_NOOP("FigureListModel", "Folio"),
    QT_TRANSLATE_NOOP("FigureListModel", "Cliente"),
    QT_TRANSLATE_NOOP("FigureListModel", "Tipo"),
    QT_TRANSLATE_NOOP("FigureListModel", "Estado"),
    QT_TRANSLATE_NOOP("FigureListModel", "Responsable"),
    QT_TRANSLATE_NOOP("FigureListModel", "Levantado"),
    QT_TRANSLATE_NOOP("FigureListModel", "Plazo"),
)
COL_FOLIO, COL_CUSTOMER, COL_KIND, COL_STATUS, COL_ASSIGNEE, COL_OPENED, COL_DUE = range(len(COLUMNS))


def left_text(row: QueueRow, now: dt.datetime) -> str:
    """"vencido hace 2 d", "faltan 3 h", "detenido: espera al cliente", "" (no term runs): the queue's words."""
    from ispdesk.ui.technicians.queue import left_words

    urgency = row.urgency(now)
    if urgency == "paused":
        return QCoreApplication.translate("FigureListModel", "detenido: espera al cliente")
    if not urgency:
        return ""
    return left_words(row.resolution_due, now)


class FigureListModel(KeyedTableModel):
    """The reports of a figure: folio, customer, kind, status, who has it, when it was opened, time left."""

    CONTEXT = "FigureListModel"
    HEADERS = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.now = now_utc()

    def cell(self, row: QueueRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_FOLIO:
                return row.folio
            if column == COL_CUSTOMER:
                return f"{row.customer_name} ({row.customer_number})"
            if column == COL_KIND:
                return tr_label(KIND_LABELS.get(row.kind, row.kind))
            if column == COL_STATUS:
                return tr_label(STATUS_SHORT.get(row.status, row.status))
            if column == COL_ASSIGNEE:
                return row.assignee_name or QCoreApplication.translate("FigureListModel", "Sin asignar")
            if column == COL_OPENED:
                return short_dt(to_local(row.opened_at, row.tz))
            if column == COL_DUE:
                left = left_text(row, self.now)
                return f"{left} ({to_local(row.resolution_due, row.tz):%d/%m %H:%M})" if left and \
                    row.urgency(self.now) != "paused" else left
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DUE:
            color = {"overdue": DANGER, "soon": AMBER, "paused": MUTED}.get(row.urgency(self.now))
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.FontRole and column == COL_DUE and row.urgency(self.now) == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_CUSTOMER:
            return row.address or None
        return None


class FigureTable(QTableView):
    """Enter (or a double click) opens the report; Esc goes back to the tiles (taken before the window's Esc)."""

    open_requested = Signal(int)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setHighlightSections(False)
        self.doubleClicked.connect(lambda index: self._open(index.row()))

    def _open(self, row: int) -> None:
        model = self.model()
        report = model.row_at(row) if isinstance(model, KeyedTableModel) else None
        if report is not None:
            self.open_requested.emit(report.id)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()  # Esc here means "back to the tiles", not the window's «Atrás»
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            if self.currentIndex().isValid():
                self._open(self.currentIndex().row())
            return
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.back_requested.emit()
            return
        super().keyPressEvent(event)


# --- the view ---------------------------------------------------------------------------------------------------

class DashboardView(QWidget):
    """Tiles (page 0) and the list behind one of them (page 1)."""

    report_requested = Signal(int)
    view_requested = Signal(str)  # another screen of the navigation ("incidents")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor: Session | None = None
        self.data: dq.Dashboard | None = None
        self.figure: str | None = None  # the list shown (None: the tiles)
        self.figure_user: int | None = None
        self.listing: dq.FigureList | None = None
        self._stale = False
        self.tech_tiles: dict[int, Tile] = {}

        self.pages = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self._build_tiles_page()
        self._build_list_page()

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    # --- building -------------------------------------------------------------------------------------------

    def _build_tiles_page(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 8, 12, 8)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("Indicadores"), page)
        self.heading.setFont(big_font(self, 5))
        self.when_label = QLabel(page)
        self.when_label.setStyleSheet(f"color: {MUTED};")
        self.summary_button = QPushButton(self.tr("&Resumen mensual…"), page)
        self.summary_button.setToolTip(self.tr("El PDF y la hoja de cálculo de un mes: totales, plazos cumplidos, "
                                               "técnicos, causas, fallas repetidas e incidentes"))
        self.summary_button.clicked.connect(self.open_summary)
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.when_label, 1)
        top.addWidget(self.summary_button)
        layout.addLayout(top)
        self.error_label = ErrorLabel(page)
        layout.addWidget(self.error_label)

        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        grid = QVBoxLayout(body)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setSpacing(6)

        self.tiles: dict[str, Tile] = {}
        row1 = QHBoxLayout()
        row1.setSpacing(10)
        for key, title in (("active", self.tr("Reportes abiertos")), ("overdue", self.tr("Vencidos")),
                           ("due_today", self.tr("Vencen hoy")), ("unassigned", self.tr("Sin asignar")),
                           ("incidents", self.tr("Incidentes activos"))):
            tile = Tile(key, title, body)
            tile.clicked.connect(lambda _c=False, k=key: self.open_figure(k))
            self.tiles[key] = tile
            row1.addWidget(tile)
        grid.addLayout(row1)

        grid.addWidget(self._caption(self.tr("Reportes recibidos"), body))
        row2 = QHBoxLayout()
        row2.setSpacing(10)
        for key, title in (("this_month", self.tr("Este mes")), ("last_month", self.tr("Mes anterior"))):
            tile = Tile(key, title, body)
            tile.clicked.connect(lambda _c=False, k=key: self.open_figure(k))
            self.tiles[key] = tile
            row2.addWidget(tile, 2)
        row2.addStretch(1)  # two big tiles over 2/5 of the width each: the numbers stay near their titles
        grid.addLayout(row2)

        grid.addWidget(self._caption(self.tr("Carga por técnico (reportes abiertos)"), body))
        self.load_grid = QGridLayout()
        self.load_grid.setHorizontalSpacing(10)
        self.load_grid.setVerticalSpacing(8)
        grid.addLayout(self.load_grid)
        self.no_techs = QLabel(self.tr("No hay técnicos activos."), body)
        self.no_techs.setStyleSheet(f"color: {MUTED};")
        self.no_techs.hide()
        grid.addWidget(self.no_techs)
        grid.addStretch(1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.hint = QLabel(self.tr("Enter o clic en una cifra: la lista de sus reportes."), page)
        self.hint.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(self.hint)
        self.pages.addWidget(page)
        self.tiles_page = page

    def _caption(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setStyleSheet(f"color: {ACCENT}; padding-top: 8px;")
        return label

    def _build_list_page(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 8, 12, 8)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Indicadores"), page)
        self.back_button.setToolTip(self.tr("Volver a las cifras (Esc)"))
        self.back_button.clicked.connect(self.show_tiles)
        self.list_title = QLabel(page)
        self.list_title.setFont(big_font(self, 4))
        self.open_button = QPushButton(self.tr("Abrir el reporte"), page)
        self.open_button.clicked.connect(self.open_selected)
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.list_title, 1)
        top.addWidget(self.open_button)
        layout.addLayout(top)
        self.list_note = QLabel(page)
        self.list_note.setStyleSheet(f"color: {MUTED};")
        self.list_note.setWordWrap(True)
        layout.addWidget(self.list_note)
        self.model = FigureListModel(self)
        self.table = FigureTable(page)
        self.table.setModel(self.model)
        ScrollAnchor(self.table, self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((COL_FOLIO, 115), (COL_CUSTOMER, 250), (COL_KIND, 165), (COL_STATUS, 100),
                           (COL_ASSIGNEE, 150), (COL_OPENED, 125)):
            self.table.setColumnWidth(col, width)
        self.table.open_requested.connect(self.report_requested)
        self.table.back_requested.connect(self.show_tiles)
        layout.addWidget(self.table, 1)
        self.list_hint = QLabel(self.tr("Enter abre el reporte; Esc vuelve a las cifras."), page)
        self.list_hint.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(self.list_hint)
        self.pages.addWidget(page)
        self.list_page = page

    # --- the role view protocol --------------------------------------------------------------------------------

    def set_actor(self, actor: Session) -> None:
        self.actor = actor
        self.summary_button.setVisible(can(actor, Action.SUMMARY_VIEW))  # type: ignore[arg-type]
        self.show_tiles()
        self.refresh()

    def focus_view(self) -> None:
        if self.figure is not None:
            self.table.setFocus()
            if not self.table.currentIndex().isValid() and self.model.rowCount():
                self.table.selectRow(0)
        else:
            self.tiles["overdue"].setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        """Another PC changed reports: every figure may have moved. Re-read now if shown, else when shown."""
        if not changes.any_report:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    # --- reading -------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the figures, and the list if one is open (its selection and scroll stay)."""
        if self.actor is None:
            return
        self._stale = False
        try:
            self.data = dq.dashboard(self.actor.office_id)
            if self.figure is not None:
                self.listing = dq.figure_reports(self.figure, user=self.figure_user, office=self.actor.office_id)
        except DomainError as exc:
            self.error_label.show_error(exc.message)
            return
        self.error_label.clear_error()
        self._show_figures(self.data)
        if self.figure is not None and self.listing is not None:
            self._show_list(self.listing)

    def _show_figures(self, d: dq.Dashboard) -> None:
        local = to_local(d.at, d.tz)
        assert local is not None
        self.when_label.setText(self.tr("{0} {1}, {2} · se actualiza solo").format(
            tr_weekday(local.weekday()), local.strftime("%d/%m/%Y"), local.strftime("%H:%M")))
        t = self.tiles
        t["active"].set_figure(fmt_int(d.active), self.tr("en atención o por atender"))
        t["overdue"].set_figure(fmt_int(d.overdue), self.tr("con el plazo de solución vencido"),
                                "bad" if d.overdue else "good")
        t["due_today"].set_figure(fmt_int(d.due_today), self.tr("su plazo vence antes de medianoche"),
                                  "warn" if d.due_today else "")
        t["unassigned"].set_figure(fmt_int(d.unassigned), self.tr("nadie los ha tomado"),
                                   "warn" if d.unassigned else "")
        t["incidents"].set_figure(fmt_int(d.incidents), self.tr("fallas masivas sin resolver"),
                                  "bad" if d.incidents else "")
        change = fmt_change(d.this_month, d.last_month_to_date)
        versus = self.tr("{0} a la misma fecha del mes anterior ({1})").format(
            change, fmt_int(d.last_month_to_date)) if change else self.tr("sin reportes a la misma fecha del mes "
                                                                           "anterior")
        t["this_month"].title_label.setText(self.tr("Este mes ({0})").format(tr_month(d.year, d.month)))
        t["this_month"].set_figure(fmt_int(d.this_month), versus)
        ly, lm = d.last_year_month
        t["last_month"].title_label.setText(self.tr("Mes anterior ({0})").format(tr_month(ly, lm)))
        t["last_month"].set_figure(fmt_int(d.last_month), self.tr("el mes completo"))
        self._show_load(d.load)

    def _show_load(self, load: tuple[dq.TechLoad, ...]) -> None:
        wanted = {p.user_id for p in load}
        for uid in list(self.tech_tiles):
            if uid not in wanted:
                tile = self.tech_tiles.pop(uid)
                self.load_grid.removeWidget(tile)
                tile.deleteLater()
        per_row = 4
        for i, person in enumerate(load):
            tile = self.tech_tiles.get(person.user_id)
            if tile is None:
                tile = Tile(f"tech_{person.user_id}", person.name, self.load_grid.parentWidget(), small=True)
                tile.clicked.connect(lambda _c=False, uid=person.user_id: self.open_figure("technician", uid))
                self.tech_tiles[person.user_id] = tile
            tile.title_label.setText(person.name)
            note = self.tr("{0} vencidos").format(fmt_int(person.overdue)) if person.overdue != 1 \
                else self.tr("1 vencido")
            tile.set_figure(fmt_int(person.active), note if person.overdue else self.tr("ninguno vencido"),
                            "bad" if person.overdue else "")
            self.load_grid.addWidget(tile, i // per_row, i % per_row)
        self.no_techs.setVisible(not load)

    # --- lists ---------------------------------------------------------------------------------------------

    def open_figure(self, key: str, user_id: int | None = None) -> None:
        """The list of the reports a tile counts (the incidents tile: the incidents screen)."""
        if key == "incidents":
            self.view_requested.emit("incidents")
            return
        self.figure, self.figure_user = key, user_id
        self.model.set_rows([])
        self.pages.setCurrentWidget(self.list_page)
        self.refresh()
        self.table.setFocus()
        if self.model.rowCount():
            self.table.selectRow(0)

    def figure_title(self, key: str, user_id: int | None) -> str:
        d = self.data
        if key == "technician":
            name = next((p.name for p in (d.load if d else ()) if p.user_id == user_id), "")
            return self.tr("Abiertos de {0}").format(name)
        if key in ("this_month", "last_month") and d is not None:
            y, m = (d.year, d.month) if key == "this_month" else d.last_year_month
            return self.tr("Levantados en {0}").format(tr_month(y, m))
        return {"active": self.tr("Reportes abiertos"), "overdue": self.tr("Vencidos"),
                "due_today": self.tr("Vencen hoy"), "unassigned": self.tr("Sin asignar")}.get(key, key)

    def _show_list(self, listing: dq.FigureList) -> None:
        self.model.now = now_utc()
        self.model.set_rows(listing.rows)
        title = self.figure_title(listing.figure, listing.user_id)
        count = self.tr("1 reporte") if listing.total == 1 else self.tr("{0} reportes").format(fmt_int(listing.total))
        self.list_title.setText(f"{title}: {count}")
        newest = listing.figure in ("this_month", "last_month")
        if not listing.rows:
            note = self.tr("Ningún reporte.")
        elif listing.cut:
            note = (self.tr("Se muestran los {0} más recientes.") if newest
                    else self.tr("Se muestran los {0} más urgentes.")).format(fmt_int(len(listing.rows)))
        else:
            note = self.tr("Del más reciente al más antiguo.") if newest else self.tr("Del plazo más próximo (o más "
                                                                                     "vencido) al más lejano.")
        self.list_note.setText(note)
        self.open_button.setEnabled(bool(listing.rows))

    def show_tiles(self) -> None:
        self.figure, self.figure_user, self.listing = None, None, None
        self.pages.setCurrentWidget(self.tiles_page)
        if self.isVisible():
            self.tiles["overdue"].setFocus()

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.report_requested.emit(row.id)

    # --- the monthly summary -------------------------------------------------------------------------------

    def exec_dialog(self, dialog: QDialog) -> int:
        """Seam for tests: they replace it to drive the dialog without a modal loop."""
        return dialog.exec()

    def open_summary(self) -> None:
        if self.actor is None or not can(self.actor, Action.SUMMARY_VIEW):  # type: ignore[arg-type]
            return
        from ispdesk.ui.managers.summary_dialog import MonthlySummaryDialog

        dialog = MonthlySummaryDialog(self.actor, self)
        try:
            self.exec_dialog(dialog)
        finally:
            dialog.deleteLater()


WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("DashboardView", "lunes"), QT_TRANSLATE_NOOP("DashboardView", "martes"),
    QT_TRANSLATE_NOOP("DashboardView", "miércoles"), QT_TRANSLATE_NOOP("DashboardView", "jueves"),
    QT_TRANSLATE_NOOP("DashboardView", "viernes"), QT_TRANSLATE_NOOP("DashboardView", "sábado"),
    QT_TRANSLATE_NOOP("DashboardView", "domingo"),
)
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("DashboardView", "enero"), QT_TRANSLATE_NOOP("DashboardView", "febrero"),
    QT_TRANSLATE_NOOP("DashboardView", "marzo"), QT_TRANSLATE_NOOP("DashboardView", "abril"),
    QT_TRANSLATE_NOOP("DashboardView", "mayo"), QT_TRANSLATE_NOOP("DashboardView", "junio"),
    QT_TRANSLATE_NOOP("DashboardView", "julio"), QT_TRANSLATE_NOOP("DashboardView", "agosto"),
    QT_TRANSLATE_NOOP("DashboardView", "septiembre"), QT_TRANSLATE_NOOP("DashboardView", "octubre"),
    QT_TRANSLATE_NOOP("DashboardView", "noviembre"), QT_TRANSLATE_NOOP("DashboardView", "diciembre"),
)


def tr_weekday(index: int) -> str:
    """"Lunes"… in the interface's language."""
    text = QCoreApplication.translate("DashboardView", WEEKDAY_NAMES[index])
    return text[:1].upper() + text[1:]


def tr_month(year: int, month: int) -> str:
    """"julio de 2026" in the interface's language."""
    return QCoreApplication.translate("DashboardView", "{0} de {1}").format(
        QCoreApplication.translate("DashboardView", MONTH_NAMES[month - 1]), year)
