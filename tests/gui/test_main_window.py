"""The reader over a built issue: sidebar clicks, seams and history, keys, copy, size, themes, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication

from reader.core.model import Issue
from reader.gui.reading.issue_tree_model import Role
from reader.gui.shell.settings import DEFAULT_FONT_SIZE, ReaderSettings
from reader.gui.startup import Reader

from .conftest import FakeDialogs

pytestmark = pytest.mark.gui


def click_headline(qtbot, reader: Reader, item_id: str) -> None:
    """Click an item's row in the sidebar."""
    tree = reader.reading.sidebar.tree
    index = reader.reading.sidebar.model.index_of_item(item_id)
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    assert rect.isValid()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def link_point(reader: Reader, href: str) -> QPoint:
    """Scroll a link into view and return a point on it in viewport coordinates."""
    doc = reader.reading.pane.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().anchorHref() == href:
                reader.reading.pane.scroll_to_position(frag.position())
                cursor = QTextCursor(doc)
                cursor.setPosition(frag.position() + 1)
                return reader.reading.pane.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link {href}")


def test_sidebar_filled_and_first_article_shown(shown: Reader, issue: Issue) -> None:
    model = shown.reading.sidebar.model
    assert model.rowCount() == 3
    assert sum(model.rowCount(model.index(r, 0)) for r in range(3)) == len(list(issue.items()))
    assert shown.session.current_item_id == "p1-1"
    assert shown.reading.pane.item_ids() == ["p1-1", "p3-2"]
    assert "春耕备耕有序推进" in shown.reading.pane.plain_text()
    assert shown.reading.sidebar.current_item_id() == "p1-1"
    assert shown.reading.position_label.text() == "测试日报 · 1 Mar 2026 · Page 1 · Article 1 of 6"
    assert "测试日报" in shown.window.windowTitle()


def test_clicking_a_headline_shows_that_story(qtbot, shown: Reader) -> None:
    click_headline(qtbot, shown, "p3-1")
    assert shown.session.current_item_id == "p3-1"
    assert shown.reading.pane.item_ids() == ["p3-1"]
    assert "文化惠民活动丰富" in shown.reading.pane.plain_text()
    assert shown.reading.position_label.text().endswith("Page 3 · Article 6 of 6")


def test_continued_part_and_copy_open_whole_story(qtbot, shown: Reader) -> None:
    shown.window.resize(900, 360)                  # the story is longer than the pane, with or without CJK fonts
    QApplication.processEvents()
    click_headline(qtbot, shown, "p3-2")
    assert shown.reading.pane.item_ids() == ["p1-1", "p3-2"]
    assert shown.reading.pane.scroll_value() > 0                 # at the seam of the part on page 3
    assert " · Page 3 · " in shown.reading.position_label.text()
    assert shown.reading.sidebar.current_item_id() == "p3-2"
    click_headline(qtbot, shown, "p3-3")
    assert shown.reading.pane.item_ids() == ["p1-2"]
    assert shown.reading.sidebar.current_item_id() == "p3-3"


def test_following_a_seam_selects_the_page_and_back_returns(qtbot, shown: Reader) -> None:
    shown.window.resize(900, 400)   # short, so the seam is below the fold
    QApplication.processEvents()
    point = link_point(shown, "page:3")
    before = shown.reading.pane.scroll_value()
    qtbot.mouseClick(shown.reading.pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert shown.session.current_item_id == "p3-2"
    assert shown.reading.sidebar.current_item_id() == "p3-2"
    assert shown.reading.sidebar.current_page() == 3
    assert shown.reading.pane.item_ids() == ["p1-1", "p3-2"]
    assert shown.reading.pane.scroll_value() > 0
    assert "Page 3" in shown.reading.position_label.text()
    assert shown.window.action("go.back").isEnabled()
    qtbot.keyClick(shown.reading.pane, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert shown.session.current_item_id == "p1-1"
    assert shown.reading.sidebar.current_item_id() == "p1-1"
    assert shown.reading.pane.scroll_value() == before
    qtbot.keyClick(shown.reading.pane, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert shown.session.current_item_id == "p3-2"


def test_keyboard_navigation(qtbot, shown: Reader) -> None:
    view = shown.reading.pane
    view.setFocus()
    order = []
    for _ in range(7):
        qtbot.keyClick(view, Qt.Key.Key_J)
        order.append(shown.session.current_item_id)
    assert order == ["p1-2", "p1-3", "p2-1", "p2-2", "p3-1", "p3-1", "p3-1"]
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert shown.session.current_item_id == "p2-2"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert shown.session.current_item_id == "p2-1"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert shown.session.current_item_id == "p2-2"
    qtbot.keyClick(view, Qt.Key.Key_BracketRight)
    assert shown.session.current_item_id == "p3-1"
    qtbot.keyClick(view, Qt.Key.Key_BracketLeft)
    qtbot.keyClick(view, Qt.Key.Key_BracketLeft)
    assert shown.session.current_item_id == "p1-1"
    # from a continued part, K goes on up its own page (not back to the story's first page)
    shown.session.show("p3-2")
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert shown.session.current_item_id == "p3-1"
    # keys work with the sidebar focused too
    shown.session.show("p1-1")
    shown.reading.sidebar.tree.setFocus()
    qtbot.keyClick(shown.reading.sidebar.tree, Qt.Key.Key_J)
    assert shown.session.current_item_id == "p1-2"


def test_space_home_end_scroll_the_story(qtbot, shown: Reader) -> None:
    shown.window.resize(900, 360)
    QApplication.processEvents()
    view = shown.reading.pane
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert bar.value() > 0
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() == 0
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(view, Qt.Key.Key_Space)          # at the end: on to the next article
    assert shown.session.current_item_id == "p1-2"
    shown.session.show("p1-1")
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert bar.value() == 0


def test_copy_with_citation(qtbot, shown: Reader) -> None:
    shown.session.show("p3-2")
    qtbot.keyClick(shown.reading.pane, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("坚持稳中求进\n春耕备耕有序推进")
    assert "各地还加强了农资供应保障" in text and "新华社北京3月1日电" in text
    assert text.endswith("——《测试日报》2026年3月1日 第1、3版")
    cursor = shown.reading.pane.textCursor()
    pos = shown.reading.pane.layout_map.position("p1-1", "title")
    assert pos is not None
    cursor.setPosition(pos)
    cursor.setPosition(pos + 4, QTextCursor.MoveMode.KeepAnchor)
    shown.reading.pane.setTextCursor(cursor)
    shown.reading.copy_with_citation()
    assert QGuiApplication.clipboard().text() == "春耕备耕\n\n——《测试日报》2026年3月1日 第1、3版"
    shown.reading.pane.setFocus()
    qtbot.keyClick(shown.reading.pane, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "春耕备耕"


def test_font_size_keys(qtbot, shown: Reader) -> None:
    view = shown.reading.pane
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(view, Qt.Key.Key_Equal, ctrl)
    qtbot.keyClick(view, Qt.Key.Key_Equal, ctrl)
    assert shown.reading.appearance.font_size == DEFAULT_FONT_SIZE + 2
    assert view.typography.size == DEFAULT_FONT_SIZE + 2
    assert view.item_ids() == ["p1-1", "p3-2"]
    qtbot.keyClick(view, Qt.Key.Key_Minus, ctrl)
    assert shown.reading.appearance.font_size == DEFAULT_FONT_SIZE + 1
    qtbot.keyClick(view, Qt.Key.Key_0, ctrl)
    assert shown.reading.appearance.font_size == DEFAULT_FONT_SIZE
    assert shown.window.settings.font_size() == DEFAULT_FONT_SIZE


def test_themes_colour_pane_and_window(shown: Reader) -> None:
    shown.reading.appearance.set_theme("dark")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert shown.reading.pane.palette().color(QPalette.ColorRole.Base).lightness() < 60
    assert shown.window.settings.theme() == "dark"
    shown.reading.appearance.set_theme("sepia")
    assert shown.reading.pane.palette().color(QPalette.ColorRole.Base).name() == "#f4ecd8"
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 150
    assert shown.window.action("view.theme.sepia").isChecked()
    shown.reading.appearance.set_theme("light")
    assert shown.reading.pane.palette().color(QPalette.ColorRole.Base).name() == "#ffffff"


def test_settings_round_trip(qtbot, shown: Reader, settings: ReaderSettings) -> None:
    shown.window.resize(760, 560)          # inside the offscreen screen (800x600), so no clamping
    shown.window.splitter.setSizes([250, 510])
    shown.reading.appearance.change_font_size(3)
    shown.reading.appearance.set_theme("sepia")
    shown.session.show("p2-2")
    sizes = shown.window.splitter.sizes()
    shown.window.close()
    again = ReaderSettings(settings.store)
    assert again.font_size() == DEFAULT_FONT_SIZE + 3
    assert again.theme() == "sepia"
    assert again.recent_issues()[0] == "fixture-issue"
    assert again.last_issue() == "fixture-issue"
    assert again.last_position()[0] == "p2-2"
    reopened = Reader(again)
    qtbot.addWidget(reopened.window)
    reopened.window.show()
    assert (reopened.window.width(), reopened.window.height()) == (760, 560)
    assert reopened.window.splitter.sizes() == sizes
    assert reopened.reading.appearance.font_size == DEFAULT_FONT_SIZE + 3
    assert reopened.reading.pane.typography.theme.name == "sepia"
    recent = reopened.window.menu_bar.submenu("file.recent")
    assert recent is not None
    recent.aboutToShow.emit()                          # filled as it opens
    assert recent.actions()[0].text() == "测试日报 1 Mar 2026"        # paper and date, not the location
    assert recent.actions()[0].toolTip() == "fixture-issue"


def test_recent_list_newest_first_and_bounded(settings: ReaderSettings) -> None:
    for i in range(15):
        settings.add_recent_issue(f"/issues/{i}")
    settings.add_recent_issue("/issues/3")
    recent = settings.recent_issues()
    assert recent[0] == "/issues/3" and recent[1] == "/issues/14"
    assert len(recent) == 10 and len(set(recent)) == 10


def test_unreadable_file_shows_error_and_keeps_issue(qtbot, shown: Reader, tmp_path: Path,
                                                     dialogs: FakeDialogs) -> None:
    bad = tmp_path / "broken.md"
    bad.write_bytes(b"\x00\x01\x02 not text \xff\xfe" * 50)
    with qtbot.waitSignal(shown.session.open_failed, timeout=10000) as blocker:
        shown.session.open(str(bad))
    assert blocker.args[0] == str(bad)
    assert len(dialogs.shown) == 1
    kind, title, text = dialogs.shown[0]
    assert kind == "warn" and title == "Cannot open this issue" and str(bad) in text
    assert shown.session.location == "fixture-issue" and shown.session.current_item_id == "p1-1"
    assert shown.reading.sidebar.model.rowCount() == 3
    with qtbot.waitSignal(shown.session.open_failed, timeout=10000):
        shown.session.open(str(tmp_path / "absent"))
    assert "no such file or folder" in dialogs.shown[1][2]


def test_dropping_a_file_opens_it(shown: Reader, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(shown.session, "open", lambda path, *a, **k: opened.append(str(path)))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    shown.window.dropEvent(event)
    assert opened == [str(tmp_path)]


def test_no_cjk_font_shows_banner(qtbot, settings: ReaderSettings) -> None:
    reader = Reader(settings, font_families=[], theme="light")
    qtbot.addWidget(reader.window)
    reader.window.show()
    assert reader.reading.appearance.font_choice.missing
    assert reader.reading.font_banner is not None and reader.reading.font_banner.isVisible()
    assert "fonts-noto-cjk" in reader.reading.font_banner.text()


def test_banner_hidden_when_fonts_present(qtbot, settings: ReaderSettings) -> None:
    reader = Reader(settings, font_families=["DejaVu Sans", "Noto Serif CJK SC"], theme="light")
    qtbot.addWidget(reader.window)
    reader.window.show()
    choice = reader.reading.appearance.font_choice
    assert not choice.missing and choice.family == "Noto Serif CJK SC"
    assert reader.reading.font_banner is None


def test_the_font_chosen_is_remembered_for_the_next_start(qtbot, settings: ReaderSettings) -> None:
    from reader.gui.reading.fonts import choose_font, installed_families
    reader = Reader(settings, theme="light")
    qtbot.addWidget(reader.window)
    assert settings.font_choice() == tuple(choose_font(installed_families()))


def test_a_remembered_font_since_removed_is_replaced_after_the_first_paint(
        qtbot, settings: ReaderSettings, issue: Issue) -> None:
    from reader.gui.reading.fonts import choose_font, installed_families
    settings.set_font_choice("Removed Serif SC", True)
    reader = Reader(settings, theme="light", deferred=True)
    qtbot.addWidget(reader.window)
    assert reader.reading.pane.typography.family == "Removed Serif SC"   # painted with it, unchecked
    reader.window.show()
    reader.session.set_issue(issue, "fixture-issue")
    qtbot.waitUntil(lambda: reader.startup.done, timeout=5000)
    installed = choose_font(installed_families())
    assert reader.reading.appearance.font_choice == installed
    assert reader.reading.pane.typography.family == installed.family
    assert settings.font_choice() == tuple(installed)


def test_a_remembered_font_on_a_machine_now_without_one_brings_the_banner(
        qtbot, settings: ReaderSettings, issue: Issue, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("reader.gui.reading.appearance.installed_families", lambda: [])
    settings.set_font_choice("Noto Serif CJK SC", True)
    reader = Reader(settings, theme="light", deferred=True)
    qtbot.addWidget(reader.window)
    reader.window.show()
    reader.session.set_issue(issue, "fixture-issue")
    qtbot.waitUntil(lambda: reader.startup.done, timeout=5000)
    assert reader.reading.appearance.font_choice.missing
    banner = reader.reading.font_banner
    assert banner is not None
    qtbot.waitUntil(banner.isVisible, timeout=5000)       # a widget added to a shown window shows a turn later
    assert settings.font_choice() == (None, False)


def test_extension_points(qtbot, shown: Reader) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit
    bar = QLineEdit()
    shown.window.add_bar(bar)
    dock = shown.window.add_dock(QLabel("results"), "Results", "resultsDock")
    index = shown.window.add_panel(QLabel("library"), "Library")
    tabs = shown.window.left_panels.tabs         # made with the second panel
    assert index == 1 and tabs is not None and not tabs.tabBar().isHidden()
    assert dock.toggleViewAction() in shown.window.menus["view"].actions()
    assert shown.session.reveal("p3-2", "block", 0, 2, 3)
    assert shown.reading.pane.textCursor().selectedText() == "还加强"
    keywords: list[str] = []
    shown.reading.pane.keyword_activated.connect(keywords.append)
    shown.reading.pane.set_keywords("p1-1", ["春耕", "农机"])
    assert "农机" in shown.reading.pane.plain_text()
    shown.reading.sidebar.set_hit_counts({"p2-1": 2})
    assert [page.data(Role.PAGE_NUMBER) for page in shown.reading.sidebar.shown_pages()] == [2]
    shown.reading.sidebar.set_hit_counts(None)
    assert len(shown.reading.sidebar.shown_pages()) == 3
    bar.setFocus()
    qtbot.keyClicks(bar, "jk")       # typing in a bar is not navigation
    assert bar.text() == "jk" and shown.session.current_item_id == "p3-2"


def test_system_theme_follows_the_desktop(shown: Reader, monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.gui.reading.themes as themes
    monkeypatch.setattr(themes, "system_prefers_dark", lambda: True)
    shown.reading.appearance.set_theme("system")
    assert shown.reading.pane.typography.theme.name == "dark"
    monkeypatch.setattr(themes, "system_prefers_dark", lambda: False)
    shown.reading.appearance.follow_system()          # what Qt calls when the desktop switches back
    assert shown.reading.pane.typography.theme.name == "light"
    assert shown.window.settings.theme() == "system"


def test_text_column_is_centred_at_a_reading_measure(shown: Reader) -> None:
    from reader.gui.reading.pane import MEASURE_CHARS
    shown.window.resize(1600, 800)
    QApplication.processEvents()
    view = shown.reading.pane
    frame = view.document().rootFrame().frameFormat()
    em = view.typography.em()
    column = view.viewport().width() - frame.leftMargin() - frame.rightMargin()
    assert frame.leftMargin() == pytest.approx(frame.rightMargin())
    assert column == pytest.approx(MEASURE_CHARS * em, abs=2)
    assert 36 <= MEASURE_CHARS <= 40


def test_pane_knows_its_viewport_size_without_asking_for_the_widget(shown: Reader) -> None:
    view = shown.reading.pane
    bar_shown: set[bool] = set()
    for width, height in ((1200, 900), (420, 260)):
        shown.window.resize(width, height)
        for item_id in ("p1-1", "p2-1"):
            shown.session.show(item_id)
            QApplication.processEvents()
            assert view.viewport_size() == view.viewport().size()
            bar_shown.add(view.verticalScrollBar().isVisible())
    assert bar_shown == {True, False}     # both cases met: with and without a scroll bar


def test_deferred_sidebar_is_built_once_the_story_is_painted(qtbot, settings: ReaderSettings, issue: Issue) -> None:
    reader = Reader(settings, theme="light", deferred=True)
    qtbot.addWidget(reader.window)
    reader.window.show()
    reader.session.set_issue(issue, "fixture-issue")
    assert reader.reading._sidebar is None                # not built before the story is painted
    qtbot.waitUntil(lambda: reader.reading._sidebar is not None, timeout=5000)
    assert reader.startup.steps_run[:2] == ["sidebar", "commands"]
    sidebar = reader.reading.sidebar
    assert sidebar.model.issue is issue and sidebar.current_item_id() == reader.session.current_item_id


def test_an_issue_arriving_after_the_fallback_fills_the_sidebar(qtbot, settings: ReaderSettings, issue: Issue) -> None:
    # a first start without a parse cache: the issue is parsed off the GUI thread and arrives after the
    # fallback timer has run the start-up steps, so no later first paint will bring the headlines
    reader = Reader(settings, theme="light", deferred=True)
    qtbot.addWidget(reader.window)
    reader.window.show()
    qtbot.waitUntil(lambda: reader.startup.done, timeout=5000)
    reader.session.set_issue(issue, "fixture-issue")
    qtbot.waitUntil(lambda: reader.reading.pane.has_painted_story(), timeout=5000)
    sidebar = reader.reading.sidebar
    assert sidebar.model.issue is issue and sidebar.current_item_id() == reader.session.current_item_id


def test_deferred_sidebar_shows_an_issue_without_articles_at_once(qtbot, settings: ReaderSettings) -> None:
    from reader.core.model import Page
    reader = Reader(settings, theme="light", deferred=True)
    qtbot.addWidget(reader.window)
    reader.window.show()
    empty = Issue(format="pages-md", paper="空报", pages=[Page(1, "要闻"), Page(2, "经济")])
    reader.session.set_issue(empty, "empty-issue")               # no article, so no story to wait for
    assert reader.reading._sidebar is not None and reader.reading.sidebar.model.issue is empty
    assert reader.reading.sidebar.model.rowCount() == 2


def test_commands_after_first_paint_come_even_without_a_story(qtbot, settings: ReaderSettings) -> None:
    reader = Reader(settings, theme="light", deferred=True)
    qtbot.addWidget(reader.window)
    reader.window.show()
    assert reader.window.action("file.open") is None and reader.window.menus["file"].actions() == []
    qtbot.waitUntil(lambda: reader.window.action("file.open") is not None, timeout=5000)   # the fallback timer
    assert reader.window.action("file.open") in reader.window.menus["file"].actions()
    assert reader.window.action("view.theme.light").isChecked()          # the theme in use, as when made at once


def test_the_keys_list_is_made_from_the_command_table(shown: Reader, dialogs: FakeDialogs) -> None:
    shown.window.action("help.keys").trigger()
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("inform", "Keyboard Shortcuts")
    lines = text.split("\n")
    assert "J / Down: Next Article" in lines and "Ctrl+Shift+C: Copy with Citation" in lines
    bound = [c for c in shown.window.commands.with_keys() if shown.window.action(c.id).shortcuts()]
    assert len(lines) == len(bound) > 20                      # every command with a key, once
    assert "Ctrl+F / /: Find in Issue" in lines and "Alt+Left: Back" in lines
