"""The English translation works, comes from the current sources, and Spanish (with Qt's own "Cancelar") is
back afterwards."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from ispdesk.core import vocab
from ispdesk.core.permissions import ROLE_LABELS
from ispdesk.ui.common.i18n import install_translators
from ispdesk.ui.common.vocab_tr import tr_label

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "ispdesk_en.ts"
QM = ROOT / "resources" / "i18n" / "ispdesk_en.qm"
VOCAB_TR = ROOT / "src" / "ispdesk" / "ui" / "common" / "vocab_tr.py"


def _core_labels() -> set[str]:
    """Every Spanish label the core hands to the UI."""
    labels: set[str] = set()
    for table in (vocab.KIND_LABELS, vocab.CHANNEL_LABELS, vocab.STATUS_LABELS, vocab.STATUS_SHORT,
                  vocab.CAUSE_CATEGORY_LABELS, vocab.EVENT_LABELS, vocab.CUSTOMER_STATUS_LABELS,
                  vocab.PRIORITY_LABELS, vocab.VISIT_STATUS_LABELS, vocab.WAIT_REASON_LABELS,
                  vocab.INCIDENT_STATUS_LABELS, vocab.AREAS, ROLE_LABELS):
        labels.update(table.values())
    for causes in vocab.CAUSES.values():
        labels.update(causes.values())
    for docs in vocab.DOCUMENTS.values():
        labels.update(docs)
    return labels


def _ts_messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


def _ts_sources(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name") or "", m.findtext("source") or "")
            for ctx in root.iter("context") for m in ctx.iter("message")}


@pytest.fixture
def english(qapp) -> Iterator[None]:
    assert install_translators(qapp, "en") == "en"
    try:
        yield
    finally:
        install_translators(qapp, "es")


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    assert install_translators(qapp, "es") == "es"
    yield
    install_translators(qapp, "es")


# --- the translation at run time -----------------------------------------------------------------------------

def test_sign_in_dialog_in_english(qtbot, english) -> None:
    from ispdesk.ui.shell.login import LoginDialog

    d = LoginDialog(office_name="Internet Rioverde")
    qtbot.addWidget(d)
    assert d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text() == "Sign in"
    assert d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"
    assert d.windowTitle() == "Sign in — ispdesk"


def test_main_window_in_english(qtbot, english, staff, customer) -> None:
    from ispdesk.ui.shell.main_window import MainWindow

    w = MainWindow(staff["recepcion"])
    qtbot.addWidget(w)
    assert [a.text() for a in w.menuBar().actions()] == ["&File", "&View", "&Help"]
    assert w.user_label.text() == "Ana Ruiz (Front desk)"  # role label from the core, through tr_label


def test_core_labels_in_english(english) -> None:
    assert tr_label(vocab.KIND_LABELS["falla"]) == "Service fault"
    assert tr_label(vocab.STATUS_LABELS["en_espera"]) == "On hold"
    assert tr_label(vocab.CAUSES["externa"]["clima"]) == "Weather conditions"
    assert tr_label("Texto que no es etiqueta") == "Texto que no es etiqueta"


def test_wizard_documents_show_english_but_are_saved_in_spanish(qtbot, english, staff, customer) -> None:
    from ispdesk.core.models import Report
    from ispdesk.ui.desk.wizard import NewReportWizard

    wizard = NewReportWizard(staff["recepcion"], customer)
    qtbot.addWidget(wizard)
    wizard.show()
    kinds = wizard.kind_page.ui.kindCombo
    assert kinds.itemText(kinds.findData("falla")) == "Service fault"
    wizard.next()
    kinds.setCurrentIndex(kinds.findData("administrativo"))
    wizard.next()
    d = wizard.description_page
    assert [c.text() for c in d.checks] == [
        "Account holder's official ID", "Recent proof of address", "Customer number and latest invoice number"]
    d.checks[0].setChecked(True)
    d.ui.descriptionEdit.setPlainText("Cambio de titular del contrato")
    wizard.next()
    assert "• Account holder's official ID" in wizard.summary_page.ui.documentsValue.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert json.loads(Report.get().documents_json) == ["Identificación oficial del titular"]


def test_spanish_is_the_source_and_qt_buttons_are_spanish(qtbot, spanish, staff, customer) -> None:
    from ispdesk.ui.shell.login import LoginDialog
    from ispdesk.ui.shell.main_window import MainWindow

    d = LoginDialog(office_name="Internet Rioverde")
    qtbot.addWidget(d)
    assert d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text() == "Entrar"
    assert d.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"
    w = MainWindow(staff["recepcion"])
    qtbot.addWidget(w)
    assert [a.text() for a in w.menuBar().actions()] == ["&Archivo", "&Ver", "A&yuda"]
    assert w.user_label.text() == "Ana Ruiz (Recepción)"
    assert tr_label(vocab.KIND_LABELS["falla"]) == "Falla en el servicio"


# --- the files ---------------------------------------------------------------------------------------------

def test_every_core_label_is_marked_for_translation() -> None:
    """vocab_tr.py must list each label literally (lupdate reads the source, it does not run it)."""
    marked = set()
    for node in ast.walk(ast.parse(VOCAB_TR.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            ctx, text = node.args
            assert isinstance(ctx, ast.Constant)
            assert ctx.value == "vocab"
            assert isinstance(text, ast.Constant), "QT_TRANSLATE_NOOP needs a string literal"
            marked.add(text.value)
    missing = sorted(_core_labels() - marked)
    assert not missing, f"add to src/ispdesk/ui/common/vocab_tr.py, then `make translations`: {missing}"


def test_ts_has_no_unfinished_or_empty_translations() -> None:
    messages = _ts_messages(TS)
    assert len(messages) > 300
    bad = []
    for m in messages:
        tr = m.find("translation")
        assert tr is not None
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
            bad.append(m.findtext("source"))
    assert not bad, f"untranslated in {TS.name}: {bad[:10]}"


def test_translations_keep_placeholders_markup_and_accelerators() -> None:
    for m in _ts_messages(TS):
        src, en = m.findtext("source") or "", m.findtext("translation") or ""
        for pattern in (r"\{\d*\}", r"%\d", r"<[^>]+>", "«", "»"):
            assert sorted(re.findall(pattern, src)) == sorted(re.findall(pattern, en)), (src, en)
        assert ("&" in src.replace("&&", "")) == ("&" in en.replace("&&", "")), (src, en)


def test_ts_and_qm_are_up_to_date_with_the_sources(tmp_path) -> None:
    """`make translations` was run after the last change to a UI string (and the .qm is compiled from the .ts)."""
    tools = {name: Path(sys.executable).with_name(name) for name in ("pyside6-lupdate", "pyside6-lrelease")}
    for name, exe in tools.items():
        if not exe.exists():
            found = shutil.which(name)
            if not found:
                pytest.skip(f"{name} is not installed")
            tools[name] = Path(found)
    sources = [str(p) for p in sorted((ROOT / "src" / "ispdesk" / "ui").rglob("*.py")) if "generated" not in p.parts]
    sources += [str(p) for p in sorted((ROOT / "forms").glob("*.ui"))]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(tools["pyside6-lupdate"]), "-no-obsolete", "-source-language", "es_MX",
                    "-target-language", "en", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    committed, current = _ts_sources(TS), _ts_sources(fresh)
    assert committed == current, (
        "run `make translations` and translate the new texts; "
        f"new: {sorted(current - committed)[:10]}, gone: {sorted(committed - current)[:10]}")
    qm = tmp_path / "fresh.qm"
    subprocess.run([str(tools["pyside6-lrelease"]), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    assert QM.read_bytes() == qm.read_bytes(), "resources/i18n/ispdesk_en.qm is stale: run `make translations`"
