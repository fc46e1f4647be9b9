"""收藏 (Ctrl+D) and the bookmarks list; "continue reading" restores where reading of an issue stopped."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.core.library.sqlite.library import Library
from reader.gui import app as gui_app
from reader.gui.library.controller import LibraryController
from reader.gui.shell.settings import ReaderSettings
from reader.gui.startup import Reader

from .helpers import TIMEOUT, wait_idle

pytestmark = pytest.mark.gui

KEY = "江川日报:2026-03-02"


def open_library_issue(qtbot, library: LibraryController, key: str, item: str | None = None) -> None:
    with qtbot.waitSignal(library.session.issue_loaded, timeout=TIMEOUT):
        library.open_issue(key, item)
    wait_idle(qtbot, library)


def test_ctrl_d_toggles_a_bookmark_and_the_list_follows(qtbot, reader: Reader, filled: LibraryController,
                                                        library_file: Path) -> None:
    open_library_issue(qtbot, filled, KEY, "p2-1")
    action = reader.window.action("edit.bookmark")
    assert action.shortcut().toString() == "Ctrl+D" and action in reader.window.menus["edit"].actions()
    assert not action.isChecked()
    reader.window.activateWindow()                    # shortcuts work in the active reader
    qtbot.waitUntil(reader.window.isActiveWindow, timeout=TIMEOUT)
    reader.reading.pane.setFocus()
    qtbot.keyClick(reader.reading.pane, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(action.isChecked, timeout=TIMEOUT)
    wait_idle(qtbot, filled)
    panel = filled.bookmarks_panel
    assert panel.marks() == [(KEY, "p2-1")]
    title = reader.session.issue.item("p2-1").display_title()
    assert panel.list.item(0).text().startswith(title) and "《江川日报》 2 Mar 2026" in panel.list.item(0).text()

    reader.session.show("p3-1")                   # another article: not bookmarked
    qtbot.waitUntil(lambda: not action.isChecked(), timeout=TIMEOUT)
    action.trigger()
    qtbot.waitUntil(lambda: panel.marks() == [(KEY, "p3-1"), (KEY, "p2-1")], timeout=TIMEOUT)
    reader.session.show("p2-1")
    qtbot.waitUntil(action.isChecked, timeout=TIMEOUT)
    action.trigger()                           # again: removed
    qtbot.waitUntil(lambda: panel.marks() == [(KEY, "p3-1")], timeout=TIMEOUT)
    assert not action.isChecked()
    with Library(library_file) as lib:
        assert [(b.issue_key, b.item) for b in lib.bookmarks()] == [(KEY, "p3-1")]

    panel.list.setCurrentRow(0)                # the list: open and remove
    with qtbot.waitSignal(reader.session.current_item_changed, timeout=TIMEOUT):
        reader.session.show("p1-1")
    panel.open_button.click()
    qtbot.waitUntil(lambda: reader.session.current_item_id == "p3-1", timeout=TIMEOUT)
    panel.remove_button.click()
    qtbot.waitUntil(lambda: panel.marks() == [], timeout=TIMEOUT)
    assert panel.empty.isVisibleTo(panel)


def test_bookmarking_an_issue_opened_from_a_file_keeps_it_in_the_library(
        qtbot, reader: Reader, library: LibraryController, library_file: Path) -> None:
    with qtbot.waitSignal(reader.session.issue_loaded, timeout=TIMEOUT):
        reader.session.open(gui_app.sample_issue_path(), "p1-2")
    reader.window.action("edit.bookmark").trigger()
    qtbot.waitUntil(reader.window.action("edit.bookmark").isChecked, timeout=TIMEOUT)
    wait_idle(qtbot, library)
    assert "added to the library" in reader.window.statusBar().currentMessage()
    assert library.bookmarks_panel.marks() == [(KEY, "p1-2")]
    with Library(library_file) as lib:
        assert [i.key for i in lib.issues()] == [KEY] and lib.pending_count() == 0
    qtbot.waitUntil(lambda: library.panel.model.issue_count() == 1, timeout=TIMEOUT)


def test_continue_reading_returns_to_the_article_and_place(qtbot, reader: Reader, filled: LibraryController,
                                                           library_file: Path) -> None:
    reader.window.resize(900, 420)                    # a story longer than the pane
    open_library_issue(qtbot, filled, KEY, "p1-1")
    reader.session.show("p1-2")
    bar = reader.reading.pane.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=TIMEOUT)
    bar.setValue(bar.maximum() // 2)
    fraction = filled.positions.fraction()
    assert 0.3 < fraction < 0.7
    qtbot.waitUntil(lambda: bool(filled.positions.recent) and filled.positions.recent[0][0].item == "p1-2",
                    timeout=TIMEOUT)           # saved a moment after the reader stopped
    with Library(library_file) as lib:
        saved = lib.position(KEY)
    assert saved is not None and saved.item == "p1-2" and saved.page == 1
    assert abs(saved.fraction - fraction) < 0.02
    assert not filled.panel.continue_button.isVisibleTo(filled.panel)   # nothing else to go back to

    open_library_issue(qtbot, filled, "北岸晚报:2024-02-05")       # reading something else
    assert reader.session.current_item_id == "p1-1"
    qtbot.waitUntil(lambda: filled.positions.recent[0][0].issue_key == "北岸晚报:2024-02-05", timeout=TIMEOUT)
    assert "《江川日报》 2 Mar 2026" in filled.panel.continue_button.text()   # not the issue on screen
    assert filled.panel.continue_button.isVisibleTo(filled.panel)
    with qtbot.waitSignal(reader.session.issue_loaded, timeout=TIMEOUT):
        filled.panel.continue_button.click()
    assert reader.session.location == f"library:{KEY}"
    assert reader.session.current_item_id == "p1-2"
    qtbot.waitUntil(lambda: abs(bar.value() - round(fraction * bar.maximum())) <= 2, timeout=TIMEOUT)

    reader.window.menu_bar.submenu("go.continue").aboutToShow.emit()
    labels = [a.text() for a in reader.window.menu_bar.submenu("go.continue").actions()]
    assert any("2 Mar 2026" in t for t in labels) and any("5 Feb 2024" in t for t in labels)


def test_a_library_issue_is_reopened_at_the_next_start(qtbot, reader: Reader, filled: LibraryController, settings: ReaderSettings,
                                                       library_file: Path) -> None:
    open_library_issue(qtbot, filled, KEY, "p2-3")
    reader.window.save_layout()
    assert settings.last_issue() == f"library:{KEY}"
    again = Reader(settings, theme="light", library=True, library_location=str(library_file))
    qtbot.addWidget(again.window)
    with qtbot.waitSignal(again.session.issue_loaded, timeout=TIMEOUT):
        gui_app.open_first_issue(again.session, settings, None, None)   # through the opener, library unopened
    assert again.session.location == f"library:{KEY}" and again.session.current_item_id == "p2-3"
    assert again.library is None
