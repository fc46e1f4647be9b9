"""Find in the issue, in the reader: the bar, live highlights, 当前/总数, next/previous, Esc, sidebar, results."""

from __future__ import annotations

from typing import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QColor, QInputMethodEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget

from reader.core.model import Block, Issue, Item, Page
from reader.core.search import words
from reader.gui.find.controller import FindController
from reader.gui.find.results_panel import ResultRole
from reader.gui.reading.highlights import hit_formats
from reader.gui.reading.issue_tree_model import Role
from reader.gui.reading.pane import ArticleView
from reader.gui.startup import Reader

pytestmark = pytest.mark.gui


# ---- helpers
def type_chinese(widget: QWidget, text: str) -> None:
    """Type text as an input method commits it, one character at a time."""
    for ch in text:
        event = QInputMethodEvent("", [])
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)


def settle(find: FindController) -> None:
    """Let the find controller finish what it leaves for the event loop (off-screen blocks, lists)."""
    find.pane.draw_marks_now()
    find.update_lists()


def brute_count(issue: Issue, needle: str) -> dict[str, int]:
    """Occurrences of needle per item over the searchable fields a reader sees: repeated copies left out,
    and of a story's later part only its text (its repeated headline is not shown)."""
    counts: dict[str, int] = {}
    later = {part for story in issue.stories for part in story.parts[1:]}
    for item in issue.items():
        if item.duplicate_of:
            continue
        texts = [] if item.id in later else [item.kicker or "", item.title or "", item.subtitle or "",
                                              "、".join(item.byline)]
        texts += [b.text for b in item.blocks]
        n = sum(t.count(needle) for t in texts)
        if n:
            counts[item.id] = n
    return counts


def occurrences(doc: QTextDocument, needle: str) -> list[int]:
    """Document positions where needle starts (the pane's text, paragraph breaks as one character)."""
    text = doc.toPlainText()
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + len(needle))
    return found


def background_at(pane: ArticleView, position: int) -> QColor | None:
    """The background the pane draws at a document position when the reader scrolls it into view
    (the hits' marks are drawn for the lines in view), or None."""
    bar = pane.verticalScrollBar()
    kept = bar.value()
    pane.scroll_to_position(position)
    tints = pane.tints.at(position)
    bar.setValue(kept)
    return tints[-1].background if tints else None


def span_is_visible(reader: Reader, span: tuple[int, int]) -> bool:
    cursor = QTextCursor(reader.reading.pane.document())
    cursor.setPosition(span[0])
    rect = reader.reading.pane.cursorRect(cursor)
    return rect.top() >= 0 and rect.bottom() <= reader.reading.pane.viewport().height()


@pytest.fixture(autouse=True)
def no_task_left_running(qtbot) -> Iterator[None]:
    """Background work started by a test ends within it.

    jieba is loaded here on the test's thread: opening the find bar starts loading it in a worker,
    and its first import leaves files open under a warnings filter that is not thread-safe.
    """
    words.warm_up()
    words.import_jieba_module("jieba.analyse")
    yield
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=30000)


@pytest.fixture
def find(shown: Reader) -> FindController:
    return shown.find


def open_and_type(qtbot, reader: Reader, text: str) -> FindController:
    qtbot.keyClick(reader.reading.pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert reader.find.bar.isVisible() and reader.find.bar.edit.hasFocus()
    type_chinese(reader.find.bar.edit, text)
    settle(reader.find)
    return reader.find


# ---- tests
def test_typing_highlights_every_hit_in_the_pane_live(qtbot, shown: Reader, issue: Issue) -> None:
    find = shown.find
    qtbot.keyClick(shown.reading.pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_chinese(find.bar.edit, "春")
    settle(find)
    assert find.bar.count_label.text() == f"1/{sum(brute_count(issue, '春').values())}"
    type_chinese(find.bar.edit, "耕")
    settle(find)
    total = sum(brute_count(issue, "春耕").values())
    assert total > 6 and find.bar.count_label.text() == f"1/{total}"
    doc = shown.reading.pane.document()
    pane = shown.reading.pane
    every, current = (f.background().color() for f in hit_formats(shown.reading.pane.palette()))
    assert every != current
    seen = occurrences(doc, "春耕")        # the shown story: p1-1 (title and text) and p3-2
    assert len(seen) >= 7
    colours = [background_at(pane, pos) for pos in seen]
    assert colours.count(current) == 1 and colours.count(every) == len(seen) - 1
    assert background_at(pane, seen[0] + 2) is None      # 备 after 春耕 in the headline is not marked
    assert find.current_span() == (seen[0], seen[0] + 2)


def test_slash_opens_the_bar_without_typing_a_slash(qtbot, shown: Reader) -> None:
    shown.reading.pane.setFocus()
    qtbot.keyClick(shown.reading.pane, Qt.Key.Key_Slash)
    assert shown.find.bar.isVisible() and shown.find.bar.edit.hasFocus()
    assert shown.find.bar.text() == ""


def test_next_and_previous_walk_every_hit_in_reading_order_across_pages(qtbot, shown: Reader,
                                                                         issue: Issue) -> None:
    shown.window.resize(900, 420)      # short: hits lie below the fold
    QApplication.processEvents()
    find = open_and_type(qtbot, shown, "各地")
    counts = brute_count(issue, "各地")
    assert counts == {"p1-1": 7, "p3-1": 3, "p3-2": 5}
    # the story of p1-1 is read whole (its part on page 3 follows it), then page 3's own article
    expected = ["p1-1"] * 7 + ["p3-2"] * 5 + ["p3-1"] * 3
    walked = []
    for step in range(15):
        assert find.bar.count_label.text() == f"{step + 1}/15"
        hit = find.hits[find.current]
        walked.append(hit.item)
        assert shown.session.current_item_id == hit.item and hit.item in shown.reading.pane.item_ids()
        span = find.current_span()
        if span is not None:
            assert shown.reading.pane.document().toPlainText()[span[0]:span[1]] == "各地"
            assert span_is_visible(shown, span)
        qtbot.keyClick(find.bar.edit, Qt.Key.Key_Return)
    assert walked == expected
    assert find.bar.count_label.text() == "1/15"                  # wrapped round
    assert "start" in shown.window.statusBar().currentMessage()
    qtbot.keyClick(find.bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert find.bar.count_label.text() == "15/15" and shown.session.current_item_id == "p3-1"
    shown.reading.pane.setFocus()
    qtbot.keyClick(shown.reading.pane, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert find.bar.count_label.text() == "14/15"
    qtbot.keyClick(shown.reading.pane, Qt.Key.Key_F3)
    assert find.bar.count_label.text() == "15/15"
    # the pages were crossed: p1 → p3 (continued part) → p3
    assert [issue.item(i).page for i in dict.fromkeys(walked)] == [1, 3, 3]  # type: ignore[union-attr]


def test_typing_starts_from_the_article_on_screen(qtbot, shown: Reader) -> None:
    shown.session.show("p3-1")
    find = open_and_type(qtbot, shown, "各地")
    assert find.bar.count_label.text() == "13/15"
    assert shown.session.current_item_id == "p3-1"


def test_escape_closes_and_clears(qtbot, shown: Reader) -> None:
    find = open_and_type(qtbot, shown, "春耕")
    assert len(shown.reading.sidebar.shown_pages()) == 1      # page 1 (on page 3 only p3-2's hidden headline)
    assert find.dock.isVisible()
    qtbot.keyClick(find.bar.edit, Qt.Key.Key_Escape)
    settle(find)
    assert not find.bar.isVisible() and not find.dock.isVisible()
    assert find.hits == [] and find.bar.text() == ""
    doc = shown.reading.pane.document()
    pane = shown.reading.pane
    assert all(background_at(pane, pos) is None for pos in range(doc.characterCount() - 1))
    assert len(shown.reading.sidebar.shown_pages()) == 3
    assert shown.reading.sidebar.model.index(0, 0).data(Role.PAGE_NUMBER) == 1
    assert shown.reading.sidebar.current_item_id() == shown.session.current_item_id
    # Esc while the reading pane has focus closes the bar too
    find = open_and_type(qtbot, shown, "春耕")
    shown.reading.pane.setFocus()
    qtbot.keyClick(shown.reading.pane, Qt.Key.Key_Escape)
    assert not find.bar.isVisible() and find.hits == []


def test_sidebar_shows_only_matching_items_with_counts(qtbot, shown: Reader, issue: Issue) -> None:
    open_and_type(qtbot, shown, "农")
    counts = brute_count(issue, "农")
    sidebar = shown.reading.sidebar
    shown_rows: dict[str, int] = {}
    pages = []
    for page in sidebar.shown_pages():
        pages.append(page.data(Role.PAGE_NUMBER))
        for row in sidebar.shown_items(page):
            shown_rows[row.data(Role.ITEM_ID)] = row.data(Role.HIT_COUNT)
    assert shown_rows == counts
    assert pages == sorted(pages) == sorted({issue.item(i).page for i in counts})  # type: ignore[union-attr]


def test_results_panel_lists_hits_by_article_and_a_click_shows_one(qtbot, shown: Reader) -> None:
    find = open_and_type(qtbot, shown, "各地")
    model, view = find.panel.model, find.panel.view
    groups: list[tuple[str, int]] = []      # each article's heading row, then its hits
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        if index.data(ResultRole.IS_GROUP):
            groups.append((index.data(ResultRole.ITEM_ID), 0))
        else:
            groups[-1] = (groups[-1][0], groups[-1][1] + 1)
    assert groups == [("p1-1", 7), ("p3-2", 5), ("p3-1", 3)]
    assert "(page 3, 3 hits)" in model.index_of_group(2).data()
    inside = model.index_of_hit(3)                      # p1-1: the third 各地 of its long first paragraph
    text = inside.data()
    start, length = inside.data(ResultRole.BOLD_START), inside.data(ResultRole.BOLD_LENGTH)
    assert text[start:start + length] == "各地"
    assert text[0] == text[-1] == "…" and start == 21 and len(text) - start - length == 21   # 20 either side
    headed = model.index_of_hit(0)                      # the subtitle's hit says which field it is in
    assert headed.data() == "Subtitle：——各地抓好农业生产" and headed.data(ResultRole.TAG_LENGTH) == 9
    row = model.index(model.index_of_group(2).row() + 2, 0)   # the second hit in p3-1
    assert row.data(ResultRole.HIT_INDEX) == 13
    view.scrollTo(row)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(row).center())
    assert shown.session.current_item_id == "p3-1" and shown.reading.pane.item_ids() == ["p3-1"]
    assert find.bar.count_label.text() == "14/15"
    assert view.currentIndex() == row


def test_file_text_in_results_is_never_html(qtbot, shown: Reader) -> None:
    find = open_and_type(qtbot, shown, "<script>")
    model = find.panel.model
    assert model.index_of_group(0).data().startswith("<b>x</b> & <i>标题</i>")
    hit = model.index_of_hit(0)
    text = hit.data()
    assert text[hit.data(ResultRole.BOLD_START):][:8] == "<script>"
    assert shown.reading.pane.item_ids() == ["p1-2"]
    assert "<script>alert(1)</script>" in shown.reading.pane.plain_text()


def test_byline_hits_are_highlighted_on_the_byline_as_printed(qtbot, shown: Reader) -> None:
    find = open_and_type(qtbot, shown, "李明")
    hit = find.hits[0]
    assert (hit.item, hit.field, hit.offset) == ("p1-1", "byline", 0)
    doc = shown.reading.pane.document()
    pane = shown.reading.pane
    span = find.current_span()
    assert span is not None and doc.toPlainText()[span[0]:span[1]] == "李明"
    block = doc.findBlock(span[0])
    assert block.text() == "本报记者 李明 王芳"
    assert background_at(pane, span[0]) == hit_formats(shown.reading.pane.palette())[1].background().color()
    find.bar.set_text("明、王")       # across the two names: drawn from 明 to 王, the space between included
    settle(find)
    span = find.current_span()
    assert span is not None and doc.toPlainText()[span[0]:span[1]] == "明 王"


def _bylines_issue() -> Issue:
    opening = Item("p1-1", title="市里开会", byline=["林晓舟"],
                   blocks=[Block("paragraph", "本报讯（记者 林晓舟）3月1日，会议召开。")])
    spaced = Item("p1-2", title="井冈山见闻", byline=["李佩阳", "周欢"], byline_text="本报记者  李佩阳  周  欢",
                  blocks=[Block("paragraph", "巍巍井冈山，不朽英雄气。")])
    page = Page(1, "要闻", [], [opening, spaced])
    return Issue(format="test", paper="测试日报", pages=[page])


def test_byline_hits_in_names_that_open_the_text_or_are_spaced(qtbot, reader: Reader) -> None:
    reader.session.set_issue(_bylines_issue(), "bylines")
    find = open_and_type(qtbot, reader, "林晓舟")
    assert [(h.field, h.block) for h in find.hits] == [("byline", None), ("block", 0)]
    doc = reader.reading.pane.document()
    pane = reader.reading.pane
    assert "本报记者" not in doc.toPlainText()                 # the pane prints no separate byline here
    span = find.current_span()
    assert span is not None and doc.toPlainText()[span[0]:span[1]] == "林晓舟"
    find.bar.set_text("周欢")
    settle(find)
    assert reader.session.current_item_id == "p1-2"
    span = find.current_span()
    assert span is not None and doc.toPlainText()[span[0]:span[1]] == "周  欢"
    assert background_at(pane, span[0]) is not None and background_at(pane, span[1] - 1) is not None


def test_highlights_follow_story_changes_and_themes(qtbot, shown: Reader) -> None:
    find = open_and_type(qtbot, shown, "农")
    doc = shown.reading.pane.document()
    pane = shown.reading.pane
    shown.session.show("p3-1")                 # no 农 here: nothing marked
    settle(find)
    assert all(background_at(pane, p) is None for p in range(doc.characterCount() - 1))
    assert find.bar.count_label.text().startswith("–/")
    shown.session.show("p1-1")
    settle(find)
    light = background_at(pane, occurrences(doc, "农")[1])
    assert light is not None
    shown.reading.appearance.set_theme("dark")
    settle(find)
    dark = background_at(pane, occurrences(doc, "农")[1])
    assert dark is not None and dark != light and dark.lightness() < light.lightness()
    assert dark == hit_formats(shown.reading.pane.palette())[0].background().color()


def test_a_query_stays_in_force_when_another_issue_opens(qtbot, shown: Reader) -> None:
    find = open_and_type(qtbot, shown, "井冈山")
    assert find.hits == [] and find.bar.count_label.text() == "No matches"
    assert len(shown.reading.sidebar.shown_pages()) == 3          # no hits: every headline stays listed
    shown.session.set_issue(_bylines_issue(), "bylines")       # its first article has the same id, p1-1
    settle(find)
    assert shown.reading.pane.plain_text().startswith("市里开会")    # the new issue's story, not the old one
    assert len(find.hits) == 2 and {h.item for h in find.hits} == {"p1-2"}
    assert len(shown.reading.sidebar.shown_pages()) == 1
    qtbot.keyClick(find.bar.edit, Qt.Key.Key_Return)
    span = find.current_span()
    assert shown.session.current_item_id == "p1-2" and span is not None
    assert shown.reading.pane.document().toPlainText()[span[0]:span[1]] == "井冈山"


def test_traditional_and_simplified_match_alike_with_the_toggle(qtbot, shown: Reader, issue: Issue) -> None:
    find = open_and_type(qtbot, shown, "農時")
    assert find.hits == []
    find.bar.variants_box.setChecked(True)          # the 繁→简 table is built in a worker, then it searches
    qtbot.waitUntil(lambda: len(find.hits) > 0, timeout=30000)
    settle(find)
    assert len(find.hits) == sum(brute_count(issue, "农时").values())
    doc = shown.reading.pane.document()
    span = find.current_span()
    assert span is not None and doc.toPlainText()[span[0]:span[1]] == "农时"


def test_screenshot_shows_a_highlighted_search(qapp, tmp_path) -> None:
    from PySide6.QtGui import QImage

    from reader.gui import app as gui_app
    out = tmp_path / "find.png"
    status = gui_app.main([gui_app.sample_issue_path(), "--screenshot", str(out), "--find", "江川",
                           "--size", "1000x700", "--lang", "en", "--theme", "light"])
    assert status == 0
    image = QImage(str(out))
    current = QColor("#1f5fa8")              # the light theme's link colour: the current hit's ground
    solid = sum(1 for x in range(300, 1000, 2) for y in range(0, 400, 2) if image.pixelColor(x, y) == current)
    assert solid > 50
