"""Fixtures for the window's tests: temporary settings, a window (the issue built in code is in ../conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from reader.core.model import Issue
from reader.gui.shell.window import MainWindow
from reader.gui.shell.settings import ReaderSettings
from reader.gui.translations import install_translators, remove_translators


@pytest.fixture(scope="session", autouse=True)
def english_ui(qapp: QApplication) -> Iterator[None]:
    """The English UI as the app shows it (`--lang en`): its catalogue of plural forms installed."""
    installed = install_translators(qapp, "en")
    assert installed, "the English plural forms did not load (resources/i18n/reader_en.qm)"
    yield
    remove_translators(qapp, installed)


@pytest.fixture
def settings(tmp_path: Path) -> ReaderSettings:
    """Settings kept in a temporary INI file."""
    return ReaderSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings: ReaderSettings) -> Iterator[MainWindow]:
    """A shown window with CJK fonts as installed, light theme."""
    win = MainWindow(settings, theme="light")
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(app.style().standardPalette())


@pytest.fixture
def shown(window: MainWindow, issue: Issue) -> MainWindow:
    """The window with the built issue open at its first article."""
    window.set_issue(issue, "fixture-issue")
    return window
