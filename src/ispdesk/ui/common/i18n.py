"""Translators: Spanish (the source language) by default, English on an English system or with --lang en.

Qt's own `qtbase_es.qm` is always loaded for Spanish so standard buttons read "Aceptar", "Cancelar".
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


def choose_language(lang: str | None) -> str:
    if lang in ("es", "en"):
        return lang
    return "en" if QLocale.system().language() == QLocale.Language.English else "es"


def install_translators(app: QCoreApplication, lang: str | None = None) -> str:
    """Install the translators and return the language used ("es" or "en")."""
    lang = choose_language(lang)
    # Dates dd/mm/aaaa and a 24-hour clock everywhere: the offices are in Mexico.
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))
    keep: list[QTranslator] = getattr(app, "_ispdesk_translators", [])
    for old in keep:
        app.removeTranslator(old)
    keep = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang == "en":
        app_tr = QTranslator(app)
        qm = resources.files("ispdesk.resources") / "i18n" / "ispdesk_en.qm"
        with resources.as_file(qm) as path:
            loaded = path.is_file() and app_tr.load(str(path))
        if loaded:  # missing or bad file: stay in Spanish, silently
            app.installTranslator(app_tr)
            keep.append(app_tr)
        else:
            lang = "es"
    if lang == "es":
        qt_tr = QTranslator(app)
        if qt_tr.load("qtbase_es", qt_dir):
            app.installTranslator(qt_tr)
            keep.append(qt_tr)
    app._ispdesk_translators = keep  # type: ignore[attr-defined]
    return lang
