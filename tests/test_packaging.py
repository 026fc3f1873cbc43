"""A plain (non-editable) install carries forms, resources and translations inside the package."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    res = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(ROOT)],
                         capture_output=True, text=True, timeout=600)
    if res.returncode != 0:
        pytest.fail(f"pip wheel failed:\n{res.stderr[-2000:]}")
    return next(out.glob("ispdesk-*.whl"))


@pytest.mark.slow
def test_wheel_contains_resources_forms_and_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("ispdesk/resources/fonts/DejaVuSans.ttf", "ispdesk/resources/fonts/DejaVuSans-Bold.ttf",
                     "ispdesk/resources/i18n/ispdesk_en.qm", "ispdesk/resources/icons/ispdesk.svg",
                     "ispdesk/ui/generated/ui_login.py",
                     "ispdesk/cli.py", "ispdesk/core/services/reports.py", "ispdesk/pdf/receipt.py"):
        assert required in names, required
    assert not any(n.startswith("tests/") for n in names)


@pytest.mark.slow
def test_installed_copy_works_without_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, timeout=300)
    code = (
        "import ispdesk, importlib.resources as r, sys\n"
        f"assert ispdesk.__file__.startswith({str(target)!r}), ispdesk.__file__\n"
        "from ispdesk.pdf.fonts import register_fonts\n"
        "assert register_fonts()[0] == 'DejaVuSans'\n"
        "assert (r.files('ispdesk.resources') / 'i18n' / 'ispdesk_en.qm').is_file()\n"
        "from ispdesk.cli import main\n"
        f"sys.exit(main(['--db', {str(tmp_path / 'x.db')!r}, 'demo', '--customers', '3', '--reports', '4']))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    res = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r})\n" + code],
                         capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "3 clientes y 4 reportes" in res.stdout


def test_app_icon_loads(qapp) -> None:
    from ispdesk.app import app_icon

    assert not app_icon().pixmap(64).isNull()


@pytest.mark.slow
def test_wheel_carries_every_python_module(wheel: Path) -> None:
    """The package list in pyproject.toml is written by hand: a new folder of screens must not be left out."""
    names = set(zipfile.ZipFile(wheel).namelist())
    src = ROOT / "src"
    missing = sorted(str(p.relative_to(src)) for p in (src / "ispdesk").rglob("*.py")
                     if str(p.relative_to(src)) not in names)
    assert not missing
