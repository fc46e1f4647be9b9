"""Getting around like a paper: the 版面 picker (Ctrl+G) and page buttons, the side panel hidden (F9),
full screen (F11), Ctrl+Tab through the side panel's tabs, 最近打开 by paper and date, and the sepia
sidebar."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMenu

from reader.core.loading import open_issue
from reader.core.model import Block, Issue, Item, Page
from reader.gui.library.controller import LibraryController
from reader.gui.shell.settings import ReaderSettings
from reader.gui.startup import Reader

from .helpers import SAMPLE, type_text

pytestmark = pytest.mark.gui


def twenty_pages() -> Issue:
    pages = [Page(n, "要闻" if n < 4 else f"专版{n}",
                  items=[Item(f"p{n}-1", page=n, title=f"第{n}版头条", blocks=[Block("paragraph", "正文。")])])
             for n in range(1, 21)]
    return Issue(format="test", paper="人民日报", date=dt.date(2026, 8, 22), pages=pages)


@pytest.fixture
def paper(reader: Reader) -> Reader:
    reader.session.set_issue(twenty_pages(), "twenty")
    QApplication.processEvents()
    return reader


def test_ctrl_g_opens_the_page_list_and_a_number_goes_there(qtbot, paper: Reader) -> None:
    pane = paper.reading.pane
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    picker = paper.reading.navigation.picker
    assert picker is not None and picker.isVisible()
    assert picker.list.count() == 20 and "专版15" in picker.list.item(14).text()
    qtbot.keyClicks(picker.field, "15")
    qtbot.keyClick(picker.field, Qt.Key.Key_Return)
    assert not picker.isVisible()
    assert paper.session.current_item_id == "p15-1"          # one step, not fourteen presses of ]


def test_a_page_name_typed_in_chinese_narrows_the_list(qtbot, paper: Reader) -> None:
    paper.reading.navigation.pick_page()
    picker = paper.reading.navigation.picker
    assert picker is not None
    type_text(picker.field, "专版1")
    assert picker.shown_pages() == [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
    picker.reject()
    assert paper.session.current_item_id == "p1-1"


def test_the_page_buttons_go_straight_to_any_page(qtbot, paper: Reader) -> None:
    strip = paper.reading.navigation.strip
    assert strip is not None and strip.isVisible() and len(strip.buttons) == 20
    assert strip.buttons[1].isChecked()
    qtbot.mouseClick(strip.buttons[17], Qt.MouseButton.LeftButton)
    assert paper.session.current_item_id == "p17-1" and strip.buttons[17].isChecked()
    paper.session.show("p3-1")
    assert strip.buttons[3].isChecked()
    paper.window.commands.run("view.page_strip")             # View ▸ Page Buttons: off, remembered
    assert not strip.isVisible() and paper.window.settings.store.value("reading/pageStrip") == "false"


def test_f9_hides_and_shows_the_side_panel_and_the_text_gets_the_room(qtbot, paper: Reader) -> None:
    panels, pane = paper.window.left_panels, paper.reading.pane
    wide = pane.width()
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_F9)
    QApplication.processEvents()
    assert panels.isHidden() and pane.width() > wide
    assert not paper.window.action("view.panels").isChecked()
    qtbot.keyClick(pane, Qt.Key.Key_F9)
    QApplication.processEvents()
    assert not panels.isHidden() and paper.window.action("view.panels").isChecked()


def test_f11_goes_full_screen_and_back(qtbot, paper: Reader) -> None:
    pane = paper.reading.pane
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_F11)
    qtbot.waitUntil(paper.window.isFullScreen)
    assert paper.window.action("view.full_screen").isChecked()
    qtbot.keyClick(pane, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not paper.window.isFullScreen())


def test_ctrl_tab_moves_between_the_side_panels_tabs(qtbot, paper: Reader, library: LibraryController) -> None:
    panels = paper.window.left_panels
    assert panels.tabs is not None
    titles = [panels.tabs.tabText(i) for i in range(panels.count())]
    assert titles == ["Pages", "Library", "Bookmarks"]
    pane = paper.reading.pane
    pane.setFocus()
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget() or pane, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        seen.append(panels.current_index())
    assert seen == [1, 2, 0]
    qtbot.keyClick(QApplication.focusWidget() or pane, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert panels.current_index() == 2
    paper.window.layout_commands.set_panels_shown(False)
    paper.window.commands.run("view.next_panel")               # hidden panels come back first
    assert not panels.isHidden()


def test_recent_issues_are_listed_by_paper_and_date(qtbot, reader: Reader, settings: ReaderSettings) -> None:
    reader.session.set_issue(open_issue(SAMPLE), str(SAMPLE))
    settings.add_recent_issue("library:人民日报:2026-08-22")       # one remembered before titles were kept
    menu = QMenu()
    reader.opening.fill_recent(menu)
    labels = [a.text() for a in menu.actions() if a.text()]
    assert labels[0] == "人民日报 22 Aug 2026 (library)"
    assert labels[1] == "江川日报 2 Mar 2026"
    assert str(SAMPLE) not in labels[1] and menu.actions()[1].toolTip() == str(SAMPLE)


def test_sepia_colours_the_sidebar_too(paper: Reader) -> None:
    tree = paper.reading.sidebar.tree
    paper.reading.appearance.set_theme("sepia")
    assert tree.palette().color(QPalette.ColorRole.Base).name() == "#f4ecd8"
    assert tree.palette().color(QPalette.ColorRole.Text).name() == "#3b2f22"
    paper.reading.appearance.set_theme("light")
    assert tree.palette().color(QPalette.ColorRole.Base).name() == "#ffffff"


def test_settings_keep_recent_titles_only_for_recent_issues(settings: ReaderSettings) -> None:
    settings.add_recent_issue("/a", "甲报", "2026-01-02")
    for i in range(12):
        settings.add_recent_issue(f"/x{i}")
    assert settings.recent_title("/a") == (None, None)        # fell off the list: its title too
    settings.add_recent_issue("/b", "乙报", "2026-03-04")
    assert settings.recent_title("/b") == ("乙报", "2026-03-04")
    settings.clear_recent_issues()
    assert settings.recent_title("/b") == (None, None)


def test_the_f1_list_names_the_new_keys(paper: Reader, library: LibraryController, dialogs) -> None:  # type: ignore[no-untyped-def]
    paper.window.action("help.keys").trigger()
    lines = dialogs.shown[-1][2].split("\n")
    for line in ("N: Next Unread Article", "Ctrl+G: Go to Page", "F9: Side Panel", "Ctrl+Tab: Next Side Panel Tab",
                 "Ctrl+[: Previous Issue of This Paper", "Ctrl+]: Next Issue of This Paper"):
        assert line in lines, line
    assert any(line.startswith("F11") and line.endswith("Full Screen") for line in lines)
