"""The window over a built issue: sidebar clicks, seams and history, keys, copy, size, themes, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDeadlineTimer, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.model import Issue
from reader.gui.reading.issue_tree_model import Role
from reader.gui.shell.window import MainWindow
from reader.gui.shell.settings import DEFAULT_FONT_SIZE, ReaderSettings

pytestmark = pytest.mark.gui


def click_headline(qtbot, window: MainWindow, item_id: str) -> None:
    """Click an item's row in the sidebar."""
    tree = window.sidebar.tree
    index = window.sidebar.proxy.mapFromSource(window.sidebar.model.index_of_item(item_id))
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    assert rect.isValid()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def link_point(window: MainWindow, href: str) -> QPoint:
    """Scroll a link into view and return a point on it in viewport coordinates."""
    doc = window.article.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().anchorHref() == href:
                window.article.scroll_to_position(frag.position())
                cursor = QTextCursor(doc)
                cursor.setPosition(frag.position() + 1)
                return window.article.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link {href}")


def test_sidebar_filled_and_first_article_shown(shown: MainWindow, issue: Issue) -> None:
    model = shown.sidebar.model
    assert model.rowCount() == 3
    assert sum(model.rowCount(model.index(r, 0)) for r in range(3)) == len(list(issue.items()))
    assert shown.current_item_id == "p1-1"
    assert shown.article.item_ids() == ["p1-1", "p3-2"]
    assert "春耕备耕有序推进" in shown.article.plain_text()
    assert shown.sidebar.current_item_id() == "p1-1"
    assert shown.position_label.text() == "测试日报 · 3/1/2026 · Page 1 · Article 1 of 6"
    assert "测试日报" in shown.windowTitle()


def test_clicking_a_headline_shows_that_story(qtbot, shown: MainWindow) -> None:
    click_headline(qtbot, shown, "p3-1")
    assert shown.current_item_id == "p3-1"
    assert shown.article.item_ids() == ["p3-1"]
    assert "文化惠民活动丰富" in shown.article.plain_text()
    assert shown.position_label.text().endswith("Page 3 · Article 6 of 6")


def test_continued_part_and_copy_open_whole_story(qtbot, shown: MainWindow) -> None:
    click_headline(qtbot, shown, "p3-2")
    assert shown.article.item_ids() == ["p1-1", "p3-2"]
    assert shown.article.scroll_value() == 0
    assert shown.sidebar.current_item_id() == "p3-2"
    click_headline(qtbot, shown, "p3-3")
    assert shown.article.item_ids() == ["p1-2"]
    assert shown.sidebar.current_item_id() == "p3-3"


def test_following_a_seam_selects_the_page_and_back_returns(qtbot, shown: MainWindow) -> None:
    shown.resize(900, 400)   # short, so the seam is below the fold
    QApplication.processEvents()
    point = link_point(shown, "page:3")
    before = shown.article.scroll_value()
    qtbot.mouseClick(shown.article.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert shown.current_item_id == "p3-2"
    assert shown.sidebar.current_item_id() == "p3-2"
    assert shown.sidebar.current_page() == 3
    assert shown.article.item_ids() == ["p1-1", "p3-2"]
    assert shown.article.scroll_value() > 0
    assert "Page 3" in shown.position_label.text()
    assert shown.act_back.isEnabled()
    qtbot.keyClick(shown.article, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert shown.current_item_id == "p1-1"
    assert shown.sidebar.current_item_id() == "p1-1"
    assert shown.article.scroll_value() == before
    qtbot.keyClick(shown.article, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert shown.current_item_id == "p3-2"


def test_keyboard_navigation(qtbot, shown: MainWindow) -> None:
    view = shown.article
    view.setFocus()
    order = []
    for _ in range(7):
        qtbot.keyClick(view, Qt.Key.Key_J)
        order.append(shown.current_item_id)
    assert order == ["p1-2", "p1-3", "p2-1", "p2-2", "p3-1", "p3-1", "p3-1"]
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert shown.current_item_id == "p2-2"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert shown.current_item_id == "p2-1"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert shown.current_item_id == "p2-2"
    qtbot.keyClick(view, Qt.Key.Key_BracketRight)
    assert shown.current_item_id == "p3-1"
    qtbot.keyClick(view, Qt.Key.Key_BracketLeft)
    qtbot.keyClick(view, Qt.Key.Key_BracketLeft)
    assert shown.current_item_id == "p1-1"
    # from a continued part, K goes on up its own page (not back to the story's first page)
    shown.show_item("p3-2")
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert shown.current_item_id == "p3-1"
    # keys work with the sidebar focused too
    shown.show_item("p1-1")
    shown.sidebar.tree.setFocus()
    qtbot.keyClick(shown.sidebar.tree, Qt.Key.Key_J)
    assert shown.current_item_id == "p1-2"


def test_space_home_end_scroll_the_story(qtbot, shown: MainWindow) -> None:
    shown.resize(900, 360)
    QApplication.processEvents()
    view = shown.article
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert 0 < bar.value()
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() == 0
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(view, Qt.Key.Key_Space)          # at the end: on to the next article
    assert shown.current_item_id == "p1-2"
    shown.show_item("p1-1")
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert bar.value() == 0


def test_copy_with_citation(qtbot, shown: MainWindow) -> None:
    shown.show_item("p3-2")
    qtbot.keyClick(shown.article, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("坚持稳中求进\n春耕备耕有序推进")
    assert "各地还加强了农资供应保障" in text and "新华社北京3月1日电" in text
    assert text.endswith("——《测试日报》2026年3月1日 第1、3版")
    cursor = shown.article.textCursor()
    pos = shown.article.layout_map.position("p1-1", "title")
    assert pos is not None
    cursor.setPosition(pos)
    cursor.setPosition(pos + 4, QTextCursor.MoveMode.KeepAnchor)
    shown.article.setTextCursor(cursor)
    shown.copy_with_citation()
    assert QGuiApplication.clipboard().text() == "春耕备耕\n\n——《测试日报》2026年3月1日 第1、3版"
    shown.article.setFocus()
    qtbot.keyClick(shown.article, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "春耕备耕"


def test_font_size_keys(qtbot, shown: MainWindow) -> None:
    view = shown.article
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(view, Qt.Key.Key_Equal, ctrl)
    qtbot.keyClick(view, Qt.Key.Key_Equal, ctrl)
    assert shown.font_size == DEFAULT_FONT_SIZE + 2
    assert view.typography.size == DEFAULT_FONT_SIZE + 2
    assert view.item_ids() == ["p1-1", "p3-2"]
    qtbot.keyClick(view, Qt.Key.Key_Minus, ctrl)
    assert shown.font_size == DEFAULT_FONT_SIZE + 1
    qtbot.keyClick(view, Qt.Key.Key_0, ctrl)
    assert shown.font_size == DEFAULT_FONT_SIZE
    assert shown.settings.font_size() == DEFAULT_FONT_SIZE


def test_themes_colour_pane_and_window(shown: MainWindow) -> None:
    shown.set_theme("dark")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert shown.article.palette().color(QPalette.ColorRole.Base).lightness() < 60
    assert shown.settings.theme() == "dark"
    shown.set_theme("sepia")
    assert shown.article.palette().color(QPalette.ColorRole.Base).name() == "#f4ecd8"
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 150
    assert shown.theme_actions["sepia"].isChecked()
    shown.set_theme("light")
    assert shown.article.palette().color(QPalette.ColorRole.Base).name() == "#ffffff"


def test_settings_round_trip(qtbot, shown: MainWindow, settings: ReaderSettings) -> None:
    shown.resize(760, 560)          # inside the offscreen screen (800x600), so no clamping
    shown.splitter.setSizes([250, 510])
    shown.change_font_size(3)
    shown.set_theme("sepia")
    shown.show_item("p2-2")
    sizes = shown.splitter.sizes()
    shown.close()
    again = ReaderSettings(settings.store)
    assert again.font_size() == DEFAULT_FONT_SIZE + 3
    assert again.theme() == "sepia"
    assert again.recent_issues()[0] == "fixture-issue"
    assert again.last_issue() == "fixture-issue"
    assert again.last_position()[0] == "p2-2"
    reopened = MainWindow(again)
    qtbot.addWidget(reopened)
    reopened.show()
    assert (reopened.width(), reopened.height()) == (760, 560)
    assert reopened.splitter.sizes() == sizes
    assert reopened.font_size == DEFAULT_FONT_SIZE + 3
    assert reopened.article.typography.theme.name == "sepia"
    assert reopened.recent_menu.actions()[0].text() == "fixture-issue"


def test_recent_list_newest_first_and_bounded(settings: ReaderSettings) -> None:
    for i in range(15):
        settings.add_recent_issue(f"/issues/{i}")
    settings.add_recent_issue("/issues/3")
    recent = settings.recent_issues()
    assert recent[0] == "/issues/3" and recent[1] == "/issues/14"
    assert len(recent) == 10 and len(set(recent)) == 10


def test_unreadable_file_shows_error_and_keeps_issue(qtbot, shown: MainWindow, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    shown_dialogs: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *a, **k: shown_dialogs.append((title, text)))
    bad = tmp_path / "broken.md"
    bad.write_bytes(b"\x00\x01\x02 not text \xff\xfe" * 50)
    with qtbot.waitSignal(shown.open_failed, timeout=10000) as blocker:
        shown.open_path(bad)
    assert blocker.args[0] == str(bad)
    assert len(shown_dialogs) == 1
    title, text = shown_dialogs[0]
    assert title == "Cannot open this issue" and str(bad) in text
    assert shown.issue_path == "fixture-issue" and shown.current_item_id == "p1-1"
    assert shown.sidebar.model.rowCount() == 3
    with qtbot.waitSignal(shown.open_failed, timeout=10000):
        shown.open_path(tmp_path / "absent")
    assert "no such file or folder" in shown_dialogs[1][1]


def test_dropping_a_file_opens_it(shown: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(shown, "open_path", lambda path, *a, **k: opened.append(str(path)))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    shown.dropEvent(event)
    assert opened == [str(tmp_path)]


def test_no_cjk_font_shows_banner(qtbot, settings: ReaderSettings) -> None:
    window = MainWindow(settings, font_families=[], theme="light")
    qtbot.addWidget(window)
    window.show()
    assert window.font_choice.missing
    assert window.font_banner is not None and window.font_banner.isVisible()
    assert "fonts-noto-cjk" in window.font_banner.text()


def test_banner_hidden_when_fonts_present(qtbot, settings: ReaderSettings) -> None:
    window = MainWindow(settings, font_families=["DejaVu Sans", "Noto Serif CJK SC"], theme="light")
    qtbot.addWidget(window)
    window.show()
    assert not window.font_choice.missing and window.font_choice.family == "Noto Serif CJK SC"
    assert window.font_banner is None


def test_extension_points(qtbot, shown: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit
    bar = QLineEdit()
    shown.add_reader_bar(bar)
    dock = shown.add_dock(QLabel("results"), "Results", "resultsDock")
    index = shown.add_left_panel(QLabel("library"), "Library")
    assert index == 1 and not shown.left_panels.tabBar().isHidden()
    assert dock.toggleViewAction() in shown.menus["view"].actions()
    assert shown.reveal("p3-2", "block", 0, 2, 3)
    assert shown.article.textCursor().selectedText() == "还加强"
    keywords: list[str] = []
    shown.article.keyword_activated.connect(keywords.append)
    shown.article.set_keywords("p1-1", ["春耕", "农机"])
    assert "农机" in shown.article.plain_text()
    shown.sidebar.set_hit_counts({"p2-1": 2})
    assert shown.sidebar.proxy.rowCount() == 1
    assert shown.sidebar.proxy.index(0, 0).data(Role.PAGE_NUMBER) == 2
    shown.sidebar.set_hit_counts(None)
    assert shown.sidebar.proxy.rowCount() == 3
    bar.setFocus()
    qtbot.keyClicks(bar, "jk")       # typing in a bar is not navigation
    assert bar.text() == "jk" and shown.current_item_id == "p3-2"


def test_system_theme_follows_the_desktop(shown: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.gui.reading.themes as themes
    monkeypatch.setattr(themes, "system_prefers_dark", lambda: True)
    shown.set_theme("system")
    assert shown.article.typography.theme.name == "dark"
    monkeypatch.setattr(themes, "system_prefers_dark", lambda: False)
    shown._on_system_scheme()          # what Qt calls when the desktop switches back
    assert shown.article.typography.theme.name == "light"
    assert shown.settings.theme() == "system"


def test_text_column_is_centred_at_a_reading_measure(shown: MainWindow) -> None:
    from reader.gui.reading.pane import MEASURE_CHARS
    shown.resize(1600, 800)
    QApplication.processEvents()
    view = shown.article
    frame = view.document().rootFrame().frameFormat()
    em = view.typography.em()
    column = view.viewport().width() - frame.leftMargin() - frame.rightMargin()
    assert frame.leftMargin() == pytest.approx(frame.rightMargin())
    assert column == pytest.approx(MEASURE_CHARS * em, abs=2)
    assert 36 <= MEASURE_CHARS <= 40


def test_pane_knows_its_viewport_size_without_asking_for_the_widget(shown: MainWindow) -> None:
    view = shown.article
    bar_shown: set[bool] = set()
    for width, height in ((1200, 900), (420, 260)):
        shown.resize(width, height)
        for item_id in ("p1-1", "p2-1"):
            shown.show_item(item_id)
            QApplication.processEvents()
            assert view.viewport_size() == view.viewport().size()
            bar_shown.add(view.verticalScrollBar().isVisible())
    assert bar_shown == {True, False}     # both cases met: with and without a scroll bar


def test_deferred_sidebar_is_built_once_the_story_is_painted(window: MainWindow, issue: Issue) -> None:
    window.fill_sidebar_after_first_paint()
    window.set_issue(issue, "fixture-issue")
    assert window._sidebar is None                       # not built before the story is painted
    deadline = QDeadlineTimer(5000)
    while window._sidebar is None and not deadline.hasExpired():
        QApplication.processEvents()
    assert window.sidebar.model.issue is issue and window.sidebar.current_item_id() == window.current_item_id


def test_deferred_sidebar_shows_an_issue_without_articles_at_once(qtbot, settings: ReaderSettings) -> None:
    from reader.core.model import Page
    window = MainWindow(settings, theme="light")
    qtbot.addWidget(window)
    window.show()
    window.fill_sidebar_after_first_paint()
    empty = Issue(format="pages-md", paper="空报", pages=[Page(1, "要闻"), Page(2, "经济")])
    window.set_issue(empty, "empty-issue")               # no article, so no story to wait for
    assert window._sidebar is not None and window.sidebar.model.issue is empty
    assert window.sidebar.model.rowCount() == 2


def test_commands_after_first_paint_come_even_without_a_story(qtbot, settings: ReaderSettings) -> None:
    window = MainWindow(settings, theme="light", commands_after_first_paint=True)
    qtbot.addWidget(window)
    window.show()
    assert not hasattr(window, "act_open") and window.menus["file"].actions() == []
    qtbot.waitUntil(lambda: hasattr(window, "act_open"), timeout=5000)    # nothing painted: the timer makes them
    assert window.act_open in window.menus["file"].actions()
    assert window.theme_actions["light"].isChecked()          # the theme in use, as when made at once
