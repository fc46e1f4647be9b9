"""A corrupt or foreign library file at start: a clear dialog with the choices; the file is never deleted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from reader.core.library import Library
from reader.core.model import Issue
from reader.gui.library import problem as library_problem
from reader.gui.library.controller import install_library
from reader.gui.library.opener import SETTINGS_KEY
from reader.gui.library.problem import Choice, LibraryProblemDialog
from reader.gui.shell.window import MainWindow
from reader.gui.shell.settings import ReaderSettings

from .library_fixtures import TIMEOUT, library_file  # noqa: F401 (fixtures)

pytestmark = pytest.mark.gui

GARBAGE = b"this is not a database, it is a note\n" * 50


def ask_with(monkeypatch: pytest.MonkeyPatch, *choices: Choice) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []
    answers = list(choices)

    def fake(_parent: object, path: str, problem: str) -> Choice:
        asked.append((path, problem))
        return answers.pop(0) if answers else Choice.CONTINUE

    monkeypatch.setattr(library_problem, "ask_about_library", fake)
    return asked


def test_a_damaged_file_is_reported_after_the_first_paint_and_left_alone(
        qtbot, window: MainWindow, issue: Issue, library_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    library_file.parent.mkdir(parents=True)
    library_file.write_bytes(GARBAGE)
    asked = ask_with(monkeypatch, Choice.CONTINUE)
    controller = install_library(window, library_file, words_after_import=False)
    try:
        assert not controller.service.started()             # nothing opened on the start-up path
        window.set_issue(issue, "fixture-issue")            # the first story is painted …
        qtbot.waitUntil(lambda: bool(asked), timeout=TIMEOUT)   # … then the library is opened and refused
        path, problem = asked[0]
        assert path == str(library_file) and "not an SQLite database" in problem
        assert library_file.read_bytes() == GARBAGE          # untouched, nothing moved aside
        assert sorted(p.name for p in library_file.parent.iterdir()) == ["lib.sqlite3"]
        assert not controller.available
        assert "not available" in controller.panel.placeholder.text()
        assert controller.panel.retry_button.isVisibleTo(controller.panel)
        controller.bookmarks.update_state()                 # library features stay quiet
        controller.panel.retry_requested.emit()             # the reader asks again: the same choice
        assert len(asked) == 2
    finally:
        controller.shutdown()


def test_rebuild_moves_the_bad_file_aside_and_starts_afresh(qtbot, window: MainWindow, library_file: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    library_file.parent.mkdir(parents=True)
    with sqlite3.connect(library_file) as conn:             # another program's database
        conn.execute("CREATE TABLE recipes (name TEXT)")
    original = library_file.read_bytes()
    asked = ask_with(monkeypatch, Choice.REBUILD)
    from PySide6.QtWidgets import QMessageBox
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    controller = install_library(window, library_file, words_after_import=False)
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.service.is_open, timeout=TIMEOUT)
        assert "another program" in asked[0][1]
        backups = [p for p in library_file.parent.iterdir() if ".corrupt-" in p.name]
        assert len(backups) == 1 and backups[0].read_bytes() == original     # kept, byte for byte
        assert shown and backups[0].name in shown[0]
        with Library(library_file, create=False) as lib:
            assert lib.issues() == [] and lib.check() == []
        qtbot.waitUntil(controller.service.idle, timeout=TIMEOUT)
        assert controller.available and "empty" in controller.panel.placeholder.text()
    finally:
        controller.shutdown()


def test_open_another_library_is_remembered(qtbot, window: MainWindow, settings: ReaderSettings,
                                            library_file: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    library_file.parent.mkdir(parents=True)
    library_file.write_bytes(GARBAGE)
    other = tmp_path / "other.sqlite3"
    ask_with(monkeypatch, Choice.OTHER)
    monkeypatch.setattr(library_problem, "choose_library_file", lambda _parent, _start: str(other))
    controller = install_library(window, library_file, words_after_import=False)
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.service.is_open, timeout=TIMEOUT)
        assert controller.location == str(other) and controller.service.location == str(other) and other.exists()
        assert settings.store.value(SETTINGS_KEY) == str(other)
        assert library_file.read_bytes() == GARBAGE
    finally:
        controller.shutdown()


def test_the_dialog_offers_the_three_choices(qtbot, tmp_path: Path) -> None:
    box = LibraryProblemDialog(tmp_path / "lib.sqlite3", "is damaged: the file is cut short")
    qtbot.addWidget(box)
    texts = {choice: button.text() for choice, button in box.buttons_by_choice.items()}
    assert texts == {Choice.OTHER: "Open Another Library…", Choice.REBUILD: "Rebuild the Library",
                     Choice.CONTINUE: "Continue Without the Library"}
    assert str(tmp_path / "lib.sqlite3") in box.text()
    assert "cut short" in box.informativeText() and "not been changed or deleted" in box.informativeText()
    assert box.choice() is Choice.CONTINUE                  # closed without a button: carry on

    def click_rebuild() -> None:
        for widget in qtbot_top_level():
            if isinstance(widget, LibraryProblemDialog):
                widget.buttons_by_choice[Choice.REBUILD].click()

    QTimer.singleShot(100, click_rebuild)
    assert library_problem.ask_about_library(None, tmp_path / "lib.sqlite3", "is damaged") is Choice.REBUILD


def qtbot_top_level() -> list[object]:
    from PySide6.QtWidgets import QApplication
    return list(QApplication.topLevelWidgets())
