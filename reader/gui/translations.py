"""The UI language: Chinese by default, English where the system locale is English or --lang en."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("zh", "en")
CATALOGUE = "reader_zh_CN"   # resources/i18n/reader_zh_CN.qm, compiled from the .ts next to it
ENGLISH_PLURALS = "reader_en"   # the English forms of the `%n` messages only (lupdate -pluralonly)
QT_GAPS = "qt_gaps_zh_CN"       # Qt's own strings its Chinese catalogue leaves out (the file dialog's), by hand


def choose_language(requested: str | None, locale: QLocale | None = None) -> str:
    """'en' or 'zh': the requested one, else English for an English system locale, else Chinese."""
    if requested in LANGUAGES:
        return requested
    loc = locale or QLocale.system()
    return "en" if loc.language() == QLocale.Language.English else "zh"


def catalogue_path(name: str = CATALOGUE, suffix: str = ".qm") -> str:
    """Where a translation file of the reader is (inside the resources package)."""
    return str(resources.files("resources") / "i18n" / f"{name}{suffix}")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the reader's and Qt's own Chinese catalogues (and what Qt's leaves out) when language is
    'zh', the English plural forms ("1 issue", "2 issues") otherwise; return them."""
    if language != "zh":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        english = QTranslator(app)
        if not english.load(catalogue_path(ENGLISH_PLURALS)):
            return []
        app.installTranslator(english)
        return [english]
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((CATALOGUE, None), ("qtbase_zh_CN", qt_dir), (QT_GAPS, None)):
        translator = QTranslator(app)
        path = catalogue_path(name) if folder is None else f"{folder}/{name}.qm"
        if translator.load(path):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo install_translators."""
    for translator in translators:
        app.removeTranslator(translator)
