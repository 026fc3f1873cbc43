"""Hand-offs to the desktop: open a link (WhatsApp click-to-chat, a map) or a file with the system's viewer, and
put text on the clipboard. Module attributes so that tests record instead of opening a browser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication


def open_url(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


def open_link(link: str) -> bool:
    return open_url(QUrl(link))


def open_file(path: Path) -> bool:
    """The system's viewer for a photo or a PDF; False when there is none."""
    return open_url(QUrl.fromLocalFile(str(path)))


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)
