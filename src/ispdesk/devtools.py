"""Developer build steps (`make forms`, `make translations`); not used at run time."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
GENERATED = ROOT / "src" / "ispdesk" / "ui" / "generated"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "resources" / "i18n"
LANGS = ("en",)
HEADER = "# Generated from forms/{name} by `make forms` (pyside6-uic). Do not edit.\n"


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def compile_form(ui: Path) -> str:
    """Python source for one .ui file, with a header that marks it generated."""
    out = subprocess.run([_tool("pyside6-uic"), str(ui)], check=True, capture_output=True, text=True).stdout
    lines = [ln for ln in out.splitlines() if not ln.startswith("## Created by: Qt User Interface Compiler")]
    return HEADER.format(name=ui.name) + "\n".join(lines).rstrip() + "\n"


def forms() -> None:
    GENERATED.mkdir(parents=True, exist_ok=True)
    init = GENERATED / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated from forms/*.ui by `make forms`. Do not edit."""\n')
    for ui in sorted(FORMS.glob("*.ui")):
        (GENERATED / f"ui_{ui.stem}.py").write_text(compile_form(ui), encoding="utf-8")
        print(f"forms/{ui.name} → {GENERATED.relative_to(ROOT)}/ui_{ui.stem}.py")


def translations() -> None:
    sources = [str(p) for p in sorted((ROOT / "src" / "ispdesk" / "ui").rglob("*.py"))
               if "generated" not in p.parts]
    sources += [str(p) for p in sorted(FORMS.glob("*.ui"))]
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        ts = TS_DIR / f"ispdesk_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "es_MX",
                        "-target-language", lang, *sources, "-ts", str(ts)], check=True)
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(QM_DIR / f"ispdesk_{lang}.qm")], check=True)


if __name__ == "__main__":
    {"forms": forms, "translations": translations}[sys.argv[1]]()
