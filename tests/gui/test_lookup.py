"""Looking a word up in the reading pane: a double-click marks the jieba word and a popup shows its pinyin,
繁/简 forms and senses (the core's own answer), as plain text; links still follow on a click."""

from __future__ import annotations

from typing import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication

from reader.core.lookup import Definition, define, word_at
from reader.core.search import words
from reader.gui.lookup.controller import LookupResult, as_query
from reader.gui.lookup.popup import LookupPopup
from reader.gui.startup import Reader

from .helpers import TIMEOUT

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def no_task_left_running(qtbot) -> Iterator[None]:
    """jieba loaded on the test's thread (its first import leaves files open under a warnings filter that
    is not thread-safe); the lookups started by a test end within it."""
    words.warm_up()
    words.import_jieba_module("jieba.analyse")
    yield
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=TIMEOUT)


def point_of(reader: Reader, position: int) -> QPoint:
    """The viewport point in the middle of the character at a document position."""
    pane = reader.reading.pane
    cursor = QTextCursor(pane.document())
    cursor.setPosition(position)
    left = pane.cursorRect(cursor)
    cursor.setPosition(position + 1)
    right = pane.cursorRect(cursor)
    return QPoint((left.left() + right.left()) // 2, left.center().y())


def block_field(reader: Reader, item_id: str, block: int) -> tuple[int, str]:
    """Document position and text of a paragraph of a shown item."""
    pos = reader.reading.pane.layout_map.position(item_id, "block", block)
    assert pos is not None
    return pos, reader.session.issue.item(item_id).blocks[block].text


def double_click(qtbot, reader: Reader, position: int) -> None:
    pane = reader.reading.pane
    pane.scroll_to_position(position)
    qtbot.mouseDClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point_of(reader, position))


def test_double_click_marks_the_jieba_word_and_shows_its_definition(qtbot, shown: Reader) -> None:
    lookup = shown.lookup
    start, text = block_field(shown, "p1-1", 0)
    offset = text.index("春耕") + 1                     # the second character of a two-character word
    expected = word_at(text, offset)
    assert expected is not None and expected.length > 1
    double_click(qtbot, shown, start + offset)
    qtbot.waitUntil(lambda: lookup.popup is not None and lookup.popup.isVisible(), timeout=TIMEOUT)
    popup = lookup.popup
    assert popup is not None
    definition = define(expected.word)
    assert popup.word_label.text() == expected.word
    assert popup.pinyin_label.text() == definition.pinyin
    assert definition.traditional in popup.forms_label.text() and definition.simplified in popup.forms_label.text()
    assert definition.entries and definition.entries[0].senses[0] in popup.senses_label.text()
    span = (start + expected.start, start + expected.start + expected.length)
    assert lookup.span == span
    assert shown.reading.pane_text().marks("lookup") == [span]          # marked in the pane
    assert shown.reading.pane.textCursor().selectedText() == expected.word   # and selected: Ctrl+C copies it
    popup.close()
    assert shown.reading.pane_text().marks("lookup") == []


def test_a_click_still_follows_a_seam(qtbot, shown: Reader) -> None:
    _ = shown.lookup
    pane = shown.reading.pane
    seam = pane.layout_map.part_starts["p3-2"]
    pane.scroll_to_position(seam)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point_of(shown, seam + 1))
    qtbot.waitUntil(lambda: shown.session.current_item_id == "p3-2", timeout=TIMEOUT)
    assert shown.lookup.popup is None or not shown.lookup.popup.isVisible()


def test_double_click_on_punctuation_shows_no_popup(qtbot, shown: Reader) -> None:
    lookup = shown.lookup
    start, text = block_field(shown, "p1-1", 0)
    double_click(qtbot, shown, start + text.index("，"))
    qtbot.waitUntil(lambda: "No word" in shown.window.statusBar().currentMessage()
                    or "没有" in shown.window.statusBar().currentMessage(), timeout=TIMEOUT)
    assert lookup.popup is None or not lookup.popup.isVisible()


def test_look_up_command_takes_a_short_selection_as_it_is(qtbot, shown: Reader) -> None:
    lookup = shown.lookup
    start, text = block_field(shown, "p1-1", 0)
    at = text.index("关键时期")
    shown.reading.pane_text().select(start + at, start + at + 4)
    assert shown.window.commands.run("edit.look_up")
    qtbot.waitUntil(lambda: lookup.popup is not None and lookup.popup.isVisible(), timeout=TIMEOUT)
    assert lookup.popup.word_label.text() == "关键时期"
    assert lookup.popup.pinyin_label.text() == define("关键时期").pinyin


def test_popup_actions_find_copy_and_search(qtbot, shown: Reader) -> None:
    lookup = shown.lookup
    start, text = block_field(shown, "p1-1", 0)
    double_click(qtbot, shown, start + text.index("时期"))
    qtbot.waitUntil(lambda: lookup.popup is not None and lookup.popup.isVisible(), timeout=TIMEOUT)
    word = lookup.popup.word
    assert not lookup.popup.search_button.isEnabled()       # no library in this reader
    lookup.popup.copy_button.click()
    assert QGuiApplication.clipboard().text() == word
    assert not lookup.popup.isVisible()
    lookup.find_in_issue(word)
    qtbot.waitUntil(lambda: shown.find.bar.text() == word and bool(shown.find.hits), timeout=TIMEOUT)
    assert shown.find.hits


def test_search_library_asks_the_library_for_the_word(qtbot, reader: Reader, issue, library) -> None:
    reader.session.set_issue(issue, "fixture-issue")
    reader.lookup.search_library("春耕")
    assert library.search_view.edit.text() == "春耕"
    assert library.search_dock.isVisible()


def test_popup_text_is_plain_and_an_unknown_word_keeps_its_pinyin(qtbot) -> None:
    unknown = define("李佩阳")
    if unknown.found:
        pytest.skip("the dictionary knows this name")
    popup = LookupPopup()
    qtbot.addWidget(popup)
    popup.set_definition(unknown)
    assert popup.pinyin_label.text() == unknown.pinyin and unknown.pinyin
    assert popup.note_label.isVisible() or popup.note_label.text()
    marked = Definition("<b>粗</b>", "cū", "<b>粗</b>", "<b>粗</b>")
    popup.set_definition(marked)
    for label in (popup.word_label, popup.forms_label, popup.senses_label, popup.note_label):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert popup.word_label.text() == "<b>粗</b>"


def test_the_popup_stays_on_the_screen(qtbot) -> None:
    popup = LookupPopup()
    qtbot.addWidget(popup)
    popup.set_definition(define("银行"))
    screen = QGuiApplication.primaryScreen().availableGeometry()
    from PySide6.QtCore import QRect
    popup.show_at(QRect(screen.right() - 5, screen.bottom() - 5, 20, 20))
    assert screen.contains(popup.frameGeometry().topLeft())
    assert popup.frameGeometry().right() <= screen.right() + 1
    popup.close()
    QApplication.processEvents()


def test_as_query_keeps_a_word_a_single_term() -> None:
    assert as_query("春耕") == "春耕"
    assert as_query("-5") == "“-5”"
    assert as_query("new york") == "“new york”"
    assert LookupResult(0, 1, define("中")).definition.word == "中"


def test_markup_in_the_text_is_looked_up_as_text(qtbot, shown: Reader) -> None:
    lookup = shown.lookup
    shown.session.show("p1-2")
    start, text = block_field(shown, "p1-2", 0)
    double_click(qtbot, shown, start + text.index("script") + 2)
    qtbot.waitUntil(lambda: lookup.popup is not None and lookup.popup.isVisible(), timeout=TIMEOUT)
    word = lookup.popup.word_label.text()
    assert word == word_at(text, text.index("script") + 2).word and "script" in word
    assert lookup.popup.word_label.textFormat() == Qt.TextFormat.PlainText


def test_the_context_menu_looks_up_the_word_under_the_click(qtbot, shown: Reader) -> None:
    lookup = shown.lookup
    start, text = block_field(shown, "p1-1", 0)
    position = start + text.index("关键")
    actions = shown.reading.pane.context_actions()          # as the menu asks, after a right-click there
    assert all(a.text() != lookup.tr("Look Up Word Here") for a in actions)    # not on the text yet
    shown.reading.pane_text().context_position = position
    actions = shown.reading.pane.context_actions()
    look_up = next(a for a in actions if a.text() == lookup.tr("Look Up Word Here"))
    look_up.trigger()
    qtbot.waitUntil(lambda: lookup.popup is not None and lookup.popup.isVisible(), timeout=TIMEOUT)
    assert lookup.popup.word_label.text() == word_at(text, text.index("关键")).word


def test_look_up_without_a_cursor_says_how(qtbot, shown: Reader) -> None:
    assert shown.window.commands.run("edit.look_up")
    assert shown.window.statusBar().currentMessage() == shown.lookup.tr("Double-click a word, or click in the text first.")
