"""Every forms/*.ui has its compiled twin in src/ispdesk/ui/generated, and the twin is current: a form
edited in Designer without `make forms` fails here, not in a receptionist's hands."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from ispdesk import devtools

FORMS = sorted(devtools.FORMS.glob("*.ui"))


def test_there_are_forms() -> None:
    assert len(FORMS) >= 10


@pytest.mark.parametrize("ui", FORMS, ids=lambda p: p.name)
def test_generated_form_matches_its_ui_file(ui: Path) -> None:
    if not (Path(sys.executable).with_name("pyside6-uic").exists() or shutil.which("pyside6-uic")):
        pytest.skip("pyside6-uic no está instalado")
    generated = devtools.GENERATED / f"ui_{ui.stem}.py"
    assert generated.exists(), f"falta {generated.name}: ejecute `make forms`"
    assert generated.read_text(encoding="utf-8") == devtools.compile_form(ui), f"ejecute `make forms` ({ui.name})"


def test_no_generated_form_without_its_ui_file() -> None:
    stems = {p.stem for p in FORMS}
    orphans = [p.name for p in devtools.GENERATED.glob("ui_*.py") if p.stem[3:] not in stems]
    assert not orphans
