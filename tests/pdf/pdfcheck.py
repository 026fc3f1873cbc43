"""Look inside rendered PDFs the way a reader would: poppler's text and pixels. Shared by the receipt, work-order
and letter tests.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest


def _needs(*tools: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(
        any(shutil.which(tool) is None for tool in tools),
        reason=f"{'/'.join(tools)} (poppler-utils) not on PATH: cannot inspect the rendered PDF",
    )


needs_pdftotext = _needs("pdftotext", "pdfinfo")  # text and page facts only
needs_poppler = _needs("pdftotext", "pdfinfo", "pdftoppm")  # also the pixels

LETTER_PT = (612.0, 792.0)


def pdf_text(path: Path) -> str:
    """Extracted text with all whitespace (incl. no-break spaces) collapsed to single spaces."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def page_texts(path: Path) -> list[str]:
    """Text per page (poppler separates pages with a form feed), whitespace collapsed."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(page.split()) for page in out.split("\f")][: page_count(path)]


def pdf_raw_lines(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.splitlines()


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def page_count(path: Path) -> int:
    return int(pdf_info(path)["Pages"])


def page_size(path: Path) -> tuple[float, float]:
    m = re.match(r"([\d.]+) x ([\d.]+) pts", pdf_info(path)["Page size"])
    assert m, pdf_info(path)
    return float(m.group(1)), float(m.group(2))


def sample_logos(tmp_path: Path) -> list[str]:
    """Logo paths an office may have set: a real PNG, a file that is not an image, a file that does not exist."""
    image = pytest.importorskip("PIL.Image")
    logo = tmp_path / "logo.png"
    image.new("RGB", (300, 100), "#1F4E79").save(logo)
    broken = tmp_path / "no-es-imagen.png"
    broken.write_text("esto no es un PNG")
    return [str(logo), str(broken), str(tmp_path / "no-existe.png")]


def numbered_words(n: int) -> list[str]:
    return [f"palabra{i:04d}" for i in range(1, n + 1)]


def missing_words(path: Path, words: list[str]) -> list[str]:
    tokens = set(pdf_text(path).split())
    return [w for w in words if w not in tokens]


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float  # top, in points from the top of the page
    x1: float
    y1: float


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def words_on_page(path: Path, page: int = 1) -> list[Word]:
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [Word(html.unescape(t), float(a), float(b), float(c), float(d)) for a, b, c, d, t in _WORD.findall(out)]


def rasterize(path: Path, page: int = 1, dpi: int = 300):  # -> PIL.Image.Image
    image = pytest.importorskip("PIL.Image")
    stem = path.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-gray",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(path),
            str(stem),
        ],
        check=True,
    )
    return image.open(f"{stem}.png").convert("L")


def qr_modules(value: str) -> list[list[bool]]:
    """The module matrix ReportLab's own encoder makes for ``value`` at level M (what we print)."""
    from reportlab.graphics.barcode import qrencoder

    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.make()
    return [[bool(m) for m in row] for row in qr.modules]


def read_qr_grid(img, left: float, top: float, module: float, count: int) -> list[list[bool]]:
    """Sample the centre of every module of a QR whose top-left dark corner is at (left, top) px."""
    px = img.load()
    return [
        [px[int(left + (c + 0.5) * module), int(top + (r + 0.5) * module)] < 128 for c in range(count)]
        for r in range(count)
    ]


def find_dark_corner(img, box: tuple[int, int, int, int]) -> tuple[int, int] | None:
    """Top-most, then left-most dark pixel inside ``box`` (x0, y0, x1, y1) of a grey image."""
    px = img.load()
    x0, y0, x1, y1 = box
    for y in range(y0, y1):
        row = [x for x in range(x0, x1) if px[x, y] < 128]
        if row:
            return min(row), y
    return None


def dark_fraction(img, box: tuple[int, int, int, int]) -> float:
    px = img.load()
    x0, y0, x1, y1 = box
    dark = sum(1 for y in range(y0, y1, 2) for x in range(x0, x1, 2) if px[x, y] < 128)
    return dark / max(1, ((x1 - x0 + 1) // 2) * ((y1 - y0 + 1) // 2))
