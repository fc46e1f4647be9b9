"""Articles read are marked in the sidebar (a library issue keeps the marks in the library), N goes to the
next unread one, and Ctrl+[ / Ctrl+] step to the same paper's issue before or after, from the library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from reader.core.loading import open_issue
from reader.gui.library.controller import LibraryController
from reader.gui.reading.issue_tree_model import Role
from reader.gui.startup import Reader

from .helpers import SAMPLE, TIMEOUT, wait_idle

pytestmark = pytest.mark.gui

FIRST, SECOND = "北岸晚报:2023-12-30", "北岸晚报:2024-02-05"


def read_rows(reader: Reader) -> set[str]:
    model = reader.reading.sidebar.model
    return {it.id for it in (model.issue.items() if model.issue else []) if model.is_read(it.id)}


def test_a_story_on_screen_for_a_moment_is_marked_read_whole(qtbot, shown: Reader) -> None:
    shown.reading.navigation.read_after_ms = 50
    shown.session.show("p1-1")                       # 1版, goes on on 3版
    qtbot.waitUntil(lambda: shown.session.read_marks.is_read("p1-1"), timeout=TIMEOUT)
    assert read_rows(shown) == {"p1-1", "p3-2"}     # both parts of the story
    index = shown.reading.sidebar.model.index_of_item("p3-2")
    assert index.data(Role.READ) is True
    shown.session.show("p1-2")
    shown.session.show("p1-3")                      # passed through quickly: p1-2 not read
    qtbot.wait(120)
    assert not shown.session.read_marks.is_read("p1-2") and shown.session.read_marks.is_read("p1-3")


def test_n_goes_to_the_next_unread_article_and_says_when_none_is_left(qtbot, shown: Reader) -> None:
    marks = shown.session.read_marks
    marks.mark(["p1-2", "p2-1"])
    pane = shown.reading.pane
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_N)
    assert shown.session.current_item_id == "p1-3"
    qtbot.keyClick(pane, Qt.Key.Key_N)
    assert shown.session.current_item_id == "p2-2"   # p2-1 was read
    marks.mark(["p1-1", "p1-3", "p2-2", "p3-1"])
    qtbot.keyClick(pane, Qt.Key.Key_N)
    assert shown.session.current_item_id == "p2-2"
    assert shown.window.statusBar().currentMessage() == "Every article of this issue has been read."
    assert shown.window.action("go.next_unread") is not None


def test_a_library_issue_keeps_its_marks_in_the_library(qtbot, reader: Reader, filled: LibraryController) -> None:
    filled.open_issue(FIRST)
    qtbot.waitUntil(lambda: reader.session.location == f"library:{FIRST}", timeout=TIMEOUT)
    first = reader.session.current_item_id
    assert first is not None
    reader.reading.navigation.mark_story_read()
    wait_idle(qtbot, filled)
    stored = []
    filled.service.submit(lambda lib: lib.read_items(FIRST), on_done=stored.append)
    wait_idle(qtbot, filled)
    assert first in stored[0]
    reader.session.set_issue(open_issue(SAMPLE), "elsewhere")      # another issue: no marks of the first
    assert read_rows(reader) == set()
    filled.open_issue(FIRST)                                        # back: the library gives them again
    qtbot.waitUntil(lambda: first in read_rows(reader), timeout=TIMEOUT)


def test_the_marks_of_a_file_held_by_the_library_are_the_librarys(qtbot, reader: Reader,
                                                                  filled: LibraryController) -> None:
    reader.session.set_issue(open_issue(SAMPLE), str(SAMPLE))        # opened from its folder
    reader.reading.navigation.mark_story_read()
    wait_idle(qtbot, filled)
    stored = []
    filled.service.submit(lambda lib: lib.read_items("江川日报:2026-03-02"), on_done=stored.append)
    wait_idle(qtbot, filled)
    assert stored and reader.session.current_item_id in stored[0]


def test_ctrl_brackets_step_to_the_papers_issue_before_and_after(qtbot, reader: Reader,
                                                                 filled: LibraryController) -> None:
    for dialog in QApplication.topLevelWidgets():            # the import dialog the fixture used
        if isinstance(dialog, QDialog) and dialog.isVisible():
            dialog.close()
    reader.window.activateWindow()
    qtbot.waitUntil(reader.window.isActiveWindow)
    filled.open_issue(FIRST)
    qtbot.waitUntil(lambda: reader.session.location == f"library:{FIRST}", timeout=TIMEOUT)
    pane = reader.reading.pane
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: reader.session.location == f"library:{SECOND}", timeout=TIMEOUT)
    qtbot.keyClick(pane, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "No later issue of 《北岸晚报》 in the library" in reader.window.statusBar().currentMessage(),
                    timeout=TIMEOUT)
    reader.window.commands.run("go.previous_issue")
    qtbot.waitUntil(lambda: reader.session.location == f"library:{FIRST}", timeout=TIMEOUT)


def test_an_issue_opened_from_a_file_steps_through_the_library_too(qtbot, reader: Reader,
                                                                   filled: LibraryController,
                                                                   tmp_path) -> None:
    from .helpers import FIXTURE
    folder = FIXTURE / "北岸晚报" / "2024-02-05"
    reader.session.set_issue(open_issue(folder), str(folder))
    QApplication.processEvents()
    reader.window.commands.run("go.previous_issue")
    qtbot.waitUntil(lambda: reader.session.location == f"library:{FIRST}", timeout=TIMEOUT)


def test_an_issue_the_library_does_not_hold_says_so(qtbot, shown: Reader, library: LibraryController) -> None:
    shown.window.commands.run("go.next_issue")
    qtbot.waitUntil(lambda: "not in the library" in shown.window.statusBar().currentMessage(), timeout=TIMEOUT)
    assert shown.session.location == "fixture-issue"
