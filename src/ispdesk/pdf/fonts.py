"""TrueType font registration for the PDF renderers.

The built-in PDF fonts (Helvetica…) only cover Latin-1 through a legacy encoding, so
characters such as “ ” — € or ¿¡ in user text need an embedded Unicode TrueType font.
We ship DejaVu Sans in ``ispdesk.resources/fonts`` and register it once per process.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import suppress
from importlib import resources
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

__all__ = ["BOLD_FONT", "REGULAR_FONT", "register_fonts"]

REGULAR_FONT = "DejaVuSans"
BOLD_FONT = "DejaVuSans-Bold"
_FALLBACK_REGULAR = "ispdesk-Vera"
_FALLBACK_BOLD = "ispdesk-Vera-Bold"

_DEJAVU_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
_SYSTEM_DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")

_lock = threading.Lock()
_registered: tuple[str, str] | None = None


def _font_sources() -> Iterator[tuple[BinaryIO | str, BinaryIO | str]]:
    """Yield (regular, bold) candidates, best first.

    Order: the installed package resources, the source checkout's ``resources/fonts``
    (useful when running from a tree where the resources package is not importable),
    then the system copy installed by Debian's fonts-dejavu-core.
    """
    with suppress(ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        base = resources.files("ispdesk.resources") / "fonts"
        regular, bold = (base / name for name in _DEJAVU_FILES)
        if regular.is_file() and bold.is_file():
            # read_bytes() also works when the package lives inside a zip file.
            yield BytesIO(regular.read_bytes()), BytesIO(bold.read_bytes())
    checkout = Path(__file__).resolve().parents[3] / "resources" / "fonts"
    for folder in (checkout, _SYSTEM_DEJAVU_DIR):
        regular_path, bold_path = (folder / name for name in _DEJAVU_FILES)
        if regular_path.is_file() and bold_path.is_file():
            yield str(regular_path), str(bold_path)


def _register_family(regular_name: str, bold_name: str, regular_src: object, bold_src: object) -> None:
    pdfmetrics.registerFont(TTFont(regular_name, regular_src))
    pdfmetrics.registerFont(TTFont(bold_name, bold_src))
    # Lets <b>…</b> in Paragraph markup switch to the bold face.
    addMapping(regular_name, 0, 0, regular_name)
    addMapping(regular_name, 1, 0, bold_name)
    addMapping(regular_name, 0, 1, regular_name)
    addMapping(regular_name, 1, 1, bold_name)


def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans regular/bold with ReportLab once and return their names.

    Idempotent and thread-safe: parsing the TTF files is the expensive part of font
    handling, so renderers call this on every render and pay for it only once.
    Falls back to ReportLab's bundled Bitstream Vera (same glyph design, smaller
    coverage) if no DejaVu copy can be found or parsed.
    """
    global _registered
    if _registered is not None:
        return _registered
    with _lock:
        if _registered is not None:
            return _registered
        for regular_src, bold_src in _font_sources():
            try:
                _register_family(REGULAR_FONT, BOLD_FONT, regular_src, bold_src)
            except Exception:  # corrupt/unreadable file: try the next candidate
                continue
            _registered = (REGULAR_FONT, BOLD_FONT)
            return _registered
        vera_dir = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
        _register_family(
            _FALLBACK_REGULAR,
            _FALLBACK_BOLD,
            os.path.join(vera_dir, "Vera.ttf"),
            os.path.join(vera_dir, "VeraBd.ttf"),
        )
        _registered = (_FALLBACK_REGULAR, _FALLBACK_BOLD)
        return _registered
