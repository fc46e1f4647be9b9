"""A corrupt or foreign library file at start: a clear dialog with the choices; the file is never deleted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from reader.core.library.sqlite.library import Library
from reader.core.model import Issue
from reader.gui.library.opener import SETTINGS_KEY
from reader.gui.library.problem import Choice, LibraryProblemDialog, QtProblemDialogs
from reader.gui.shell.settings import ReaderSettings
from reader.gui.startup import Reader

from .conftest import FakeDialogs, FakeProblems
from .helpers import TIMEOUT

pytestmark = pytest.mark.gui

GARBAGE = b"this is not a database, it is a note\n" * 50


def test_a_damaged_file_is_reported_after_the_first_paint_and_left_alone(
        qtbot, reader: Reader, issue: Issue, library_file: Path, problems: FakeProblems) -> None:
    library_file.parent.mkdir(parents=True)
    library_file.write_bytes(GARBAGE)
    controller = reader.install_library(str(library_file), words_after_import=False, problems=problems)
    try:
        assert not controller.service.started()             # nothing opened on the start-up path
        reader.session.set_issue(issue, "fixture-issue")     # the first story is painted …
        qtbot.waitUntil(lambda: bool(problems.asked), timeout=TIMEOUT)   # … then the library is opened and refused
        path, problem = problems.asked[0]
        assert path == str(library_file) and "not an SQLite database" in problem
        assert library_file.read_bytes() == GARBAGE          # untouched, nothing moved aside
        assert sorted(p.name for p in library_file.parent.iterdir()) == ["lib.sqlite3"]
        assert not controller.available
        assert "not available" in controller.panel.placeholder.text()
        assert controller.panel.retry_button.isVisibleTo(controller.panel)
        controller.bookmarks.update_state()                 # library features stay quiet
        controller.panel.retry_requested.emit()             # the reader asks again: the same choice
        assert len(problems.asked) == 2
    finally:
        controller.shutdown()


def test_rebuild_moves_the_bad_file_aside_and_starts_afresh(qtbot, reader: Reader, library_file: Path,
                                                            problems: FakeProblems, dialogs: FakeDialogs) -> None:
    library_file.parent.mkdir(parents=True)
    with sqlite3.connect(library_file) as conn:             # another program's database
        conn.execute("CREATE TABLE recipes (name TEXT)")
    original = library_file.read_bytes()
    problems.choices = [Choice.REBUILD]
    controller = reader.install_library(str(library_file), words_after_import=False, problems=problems)
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.service.is_open, timeout=TIMEOUT)
        assert "another program" in problems.asked[0][1]
        backups = [p for p in library_file.parent.iterdir() if ".corrupt-" in p.name]
        assert len(backups) == 1 and backups[0].read_bytes() == original     # kept, byte for byte
        told = [text for kind, _title, text in dialogs.shown if kind == "inform"]
        assert told and backups[0].name in told[0]
        with Library(library_file, create=False) as lib:
            assert lib.issues() == [] and lib.check() == []
        qtbot.waitUntil(controller.service.idle, timeout=TIMEOUT)
        assert controller.available and "empty" in controller.panel.placeholder.text()
    finally:
        controller.shutdown()


def test_open_another_library_is_remembered(qtbot, reader: Reader, settings: ReaderSettings,
                                            library_file: Path, tmp_path: Path, problems: FakeProblems) -> None:
    library_file.parent.mkdir(parents=True)
    library_file.write_bytes(GARBAGE)
    other = tmp_path / "other.sqlite3"
    problems.choices = [Choice.OTHER]
    problems.other = str(other)
    controller = reader.install_library(str(library_file), words_after_import=False, problems=problems)
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.service.is_open, timeout=TIMEOUT)
        assert controller.location == str(other) and controller.service.location == str(other) and other.exists()
        assert settings.store.value(SETTINGS_KEY) == str(other)
        assert library_file.read_bytes() == GARBAGE
    finally:
        controller.shutdown()


def test_the_dialog_offers_the_three_choices(qtbot, tmp_path: Path) -> None:
    box = LibraryProblemDialog(str(tmp_path / "lib.sqlite3"), "is damaged: the file is cut short")
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
    assert QtProblemDialogs().ask(None, str(tmp_path / "lib.sqlite3"), "is damaged") is Choice.REBUILD


def qtbot_top_level() -> list[object]:
    from PySide6.QtWidgets import QApplication
    return list(QApplication.topLevelWidgets())


def test_a_server_location_without_its_engine_is_said_and_no_file_choice_is_offered(
        qtbot, reader: Reader, issue: Issue, problems: FakeProblems) -> None:
    location = "postgresql://archive.example/papers"
    controller = reader.install_library(location, words_after_import=False, problems=problems)
    try:
        reader.session.set_issue(issue, "fixture-issue")
        qtbot.waitUntil(lambda: "postgresql" in controller.panel.placeholder.text(), timeout=TIMEOUT)
        assert location in controller.panel.placeholder.text()
        assert not controller.available and not problems.asked
        assert not controller.panel.retry_button.isVisibleTo(controller.panel)
    finally:
        controller.shutdown()
