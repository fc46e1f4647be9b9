"""The UI language: Chinese by default, English where the system locale is English or --lang en."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

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


def resource_path(*parts: str) -> Path:
    """A file or folder of the resources package (a plain folder beside the code: importlib.resources
    would cost its import, ~15 ms, before the first story is on screen)."""
    import resources
    return Path(resources.__file__).parent.joinpath(*parts)


def catalogue_path(name: str = CATALOGUE, suffix: str = ".qm") -> str:
    """Where a translation file of the reader is (inside the resources package)."""
    return str(resource_path("i18n", f"{name}{suffix}"))


def install_translators(app: QCoreApplication, language: str, qt_catalogues: bool = True) -> list[QTranslator]:
    """Install the reader's Chinese catalogue and (with qt_catalogues) Qt's own, when language is 'zh',
    the English plural forms ("1 issue", "2 issues") otherwise; return them. Start-up leaves Qt's for
    after the first paint (startup.py): nothing of Qt's own wording is in the first frame."""
    if language != "zh":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return _install(app, [catalogue_path(ENGLISH_PLURALS)])
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    installed = _install(app, [catalogue_path(CATALOGUE)])
    return installed + (install_qt_translators(app, language) if qt_catalogues else [])


def install_qt_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Qt's own Chinese catalogue and what it leaves out (nothing for English); return them."""
    if language != "zh":
        return []
    from PySide6.QtCore import QLibraryInfo  # (its Python type: only when Qt's catalogue is wanted)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return _install(app, [f"{qt_dir}/qtbase_zh_CN.qm", catalogue_path(QT_GAPS)])


def _install(app: QCoreApplication, paths: list[str]) -> list[QTranslator]:
    installed: list[QTranslator] = []
    for path in paths:       # (a later one is asked first)
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo install_translators."""
    for translator in translators:
        app.removeTranslator(translator)
