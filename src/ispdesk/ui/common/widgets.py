"""Small shared widgets: the red field-error label, a banner, and a helper that maps a DomainError's
field to the label next to that field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ispdesk.core.errors import DomainError

DANGER = "#b3261e"
WARNING_BG = "#fff4ce"
WARNING_BORDER = "#e0b400"
INFO_BG = "#e8f1fb"
INFO_BORDER = "#5b8fd0"


class ErrorLabel(QLabel):
    """A red message under a field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        # The whole width of its field: a wrapped label otherwise picks a narrow width of its own and, in a form,
        # gets one line of height — "Indique si el" with the rest cut off.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setStyleSheet(f"color: {DANGER};")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))

    def clear_error(self) -> None:
        self.setText("")
        self.hide()


class EnterButton(QPushButton):
    """A button that Enter presses too, as in a dialog: outside dialogs Qt only presses a button with Space, and a
    receptionist who tabbed to «Nuevo cliente…» presses Enter."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.animateClick()
            return
        super().keyPressEvent(event)


class Banner(QLabel):
    """A yellow warning strip (e.g. repeated faults)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.setStyleSheet(f"QLabel#banner {{ background: {WARNING_BG}; border: 1px solid {WARNING_BORDER};"
                           " border-radius: 4px; padding: 8px; font-weight: bold; }")
        self.hide()


class FieldErrors:
    """Shows a DomainError next to the field it names, or in a general label when no field matches.

    For a QFormLayout, `attach_form` inserts a hidden error row under each field widget.
    """

    def __init__(self, general: ErrorLabel) -> None:
        self.general = general
        self.labels: dict[str, ErrorLabel] = {}
        self._rows: dict[str, tuple[QFormLayout, ErrorLabel]] = {}

    def add(self, field: str, label: ErrorLabel) -> None:
        self.labels[field] = label

    def attach_form(self, form: QFormLayout, fields: dict[str, QWidget]) -> None:
        # Insert bottom-up so earlier row numbers stay valid.
        placed = []
        for name, widget in fields.items():
            row, _role = form.getWidgetPosition(widget)
            if row >= 0:
                placed.append((row, name))
        for row, name in sorted(placed, reverse=True):
            label = ErrorLabel(form.parentWidget())
            form.insertRow(row + 1, "", label)
            self.labels[name] = label
            self._rows[name] = (form, label)
            form.setRowVisible(label, False)

    def _set(self, name: str, message: str) -> None:
        label = self.labels[name]
        label.show_error(message)
        if name in self._rows:
            form, lab = self._rows[name]
            form.setRowVisible(lab, bool(message))

    def clear(self) -> None:
        for name in self.labels:
            self._set(name, "")
        self.general.clear_error()

    def show(self, exc: DomainError, aliases: dict[str, str] | None = None) -> str | None:
        """Show `exc` — every message of a `ValidationErrors` beside its own field; return the first field shown
        (None = the general label). A fault of the environment (disk full, database busy) also gets a message box:
        the form stays as typed, to save again once it is solved."""
        self.clear()
        from ispdesk.core.faults import StorageFault

        if isinstance(exc, StorageFault):
            from .crash import show_storage_fault

            show_storage_fault(exc.message)
        errors = getattr(exc, "errors", None) or [exc]
        first: str | None = None
        general: list[str] = []
        for err in errors:
            field = err.field
            if field and aliases:
                field = aliases.get(field, field)
            if field and field in self.labels:
                current = self.labels[field].text()
                self._set(field, f"{current} {err.message}".strip() if current else err.message)
                first = first or field
            else:
                general.append(err.message)
        if general:
            self.general.show_error(" ".join(general))
        return first

    def message_for(self, field: str) -> str:
        label = self.labels.get(field)
        return label.text() if label is not None and label.isVisibleTo(label.parentWidget()) else ""


def big_font(widget: QWidget, points_delta: float = 6, bold: bool = True) -> QFont:
    font = QFont(widget.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size + points_delta)
    font.setBold(bold)
    return font
