"""Fixtures for the window's tests: temporary settings, dialogs that answer as told, the assembled reader
(window, session, reading pane; find on first use), a library in a temporary file
(the issue built in code and the private parse cache are in ../conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from reader.core.loading import open_issue
from reader.core.model import Issue
from reader.gui.library.controller import LibraryController
from reader.gui.library.problem import Choice
from reader.gui.shell.settings import ReaderSettings
from reader.gui.startup import Reader
from reader.gui.translations import install_translators, remove_translators

from .helpers import FIXTURE, SAMPLE, TIMEOUT, import_paths_via_dialog, wait_exposed


@pytest.fixture(scope="session", autouse=True)
def english_ui(qapp: QApplication) -> Iterator[None]:
    """The English UI as the app shows it (`--lang en`): its catalogue of plural forms installed."""
    installed = install_translators(qapp, "en")
    assert installed, "the English plural forms did not load (resources/i18n/reader_en.qm)"
    yield
    remove_translators(qapp, installed)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The Chinese UI for one test (its catalogue and Qt's), English again after."""
    installed = install_translators(qapp, "zh")
    assert installed, "the Chinese catalogue did not load"
    yield
    remove_translators(qapp, installed)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


class FakeDialogs:
    """The shell's dialogs, answered from lists (a saved path, a yes or no) and recorded."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []      # (kind, title, text)
        self.answers: list[object] = []                   # answers to confirm/open/save, in order

    def _answer(self, default: object) -> object:
        return self.answers.pop(0) if self.answers else default

    def warn(self, _parent: object, title: str, text: str) -> None:
        self.shown.append(("warn", title, text))

    def inform(self, _parent: object, title: str, text: str) -> None:
        self.shown.append(("inform", title, text))

    def confirm(self, _parent: object, title: str, text: str) -> bool:
        self.shown.append(("confirm", title, text))
        return bool(self._answer(False))

    def open_file(self, _parent: object, title: str, start: str, filters: str) -> str:
        self.shown.append(("open_file", title, start))
        return str(self._answer(""))

    def open_files(self, _parent: object, title: str, start: str, filters: str) -> list[str]:
        self.shown.append(("open_files", title, start))
        return list(self._answer([]))  # type: ignore[call-overload]

    def open_folder(self, _parent: object, title: str, start: str) -> str:
        self.shown.append(("open_folder", title, start))
        return str(self._answer(""))

    def save_file(self, _parent: object, title: str, start: str, filters: str) -> tuple[str, str]:
        self.shown.append(("save_file", title, start))
        answer = self._answer(("", ""))
        assert isinstance(answer, tuple)
        return answer


class FakeProblems:
    """The library's question about an unusable file, answered from a list (then: continue)."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.choices: list[Choice] = []
        self.other: str | None = None

    def ask(self, _parent: object, location: str, problem: str) -> Choice:
        self.asked.append((location, problem))
        return self.choices.pop(0) if self.choices else Choice.CONTINUE

    def choose_file(self, _parent: object, start: str) -> str | None:
        return self.other


@pytest.fixture
def settings(tmp_path: Path) -> ReaderSettings:
    """Settings kept in a temporary INI file."""
    return ReaderSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def problems() -> FakeProblems:
    return FakeProblems()


@pytest.fixture
def reader(qtbot, settings: ReaderSettings, dialogs: FakeDialogs) -> Iterator[Reader]:
    """The reader in a shown window with CJK fonts as installed, light theme."""
    made = Reader(settings, theme="light", dialogs=dialogs)
    qtbot.addWidget(made.window)
    made.window.resize(1200, 800)
    made.window.show()
    wait_exposed(qtbot, made.window)
    yield made
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(app.style().standardPalette())


@pytest.fixture
def shown(reader: Reader, issue: Issue) -> Reader:
    """The reader with the built issue open at its first article."""
    reader.session.set_issue(issue, "fixture-issue")
    return reader


@pytest.fixture
def sample(reader: Reader) -> Reader:
    """The reader with the shipped sample issue open (its jumps, photos and seams)."""
    reader.session.set_issue(open_issue(SAMPLE), str(SAMPLE))
    QApplication.processEvents()
    return reader


@pytest.fixture
def library_file(tmp_path: Path) -> Path:
    return tmp_path / "library" / "lib.sqlite3"


@pytest.fixture
def library(qtbot, reader: Reader, library_file: Path, problems: FakeProblems) -> Iterator[LibraryController]:
    """The reader with a library in a temporary file (word index not built after imports)."""
    controller = reader.install_library(str(library_file), words_after_import=False, problems=problems)
    yield controller
    controller.shutdown()
    QThreadPool.globalInstance().waitForDone(TIMEOUT)   # issues opening, find's workers: done before the window goes


@pytest.fixture
def filled(qtbot, library: LibraryController) -> LibraryController:
    """The library with the bundled sample and the 北岸晚报 fixture imported, open and shown."""
    import_paths_via_dialog(qtbot, library, [SAMPLE, FIXTURE])
    qtbot.waitUntil(lambda: library.panel.model.issue_count() == 3, timeout=TIMEOUT)
    return library
