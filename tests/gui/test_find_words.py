"""Find with jieba: 全词匹配 waits for the dictionary without blocking typing; keywords under headlines."""

from __future__ import annotations

import threading
from typing import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool

from reader.core.model import Block, Issue, Item, Page
from reader.core.reading_order import story_heads
from reader.core.search import words
from reader.gui.shell.settings import ReaderSettings
from reader.gui.startup import Reader

from .test_find import settle, type_chinese
from .test_main_window import link_point

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def no_task_left_running(qtbot) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=30000)


@pytest.fixture
def jieba_loaded() -> None:
    """jieba and its keyword extractor loaded on this thread (workers then import nothing)."""
    words.warm_up()
    words.import_jieba_module("jieba.analyse")


def gold_issue() -> Issue:
    page = Page(1, "要闻", [], [
        Item("p1-1", title="金昌新区建设提速", blocks=[Block("paragraph", "金昌的项目进展顺利，黄金昌盛的年代。")]),
        Item("p1-2", title="黄金昌盛话今朝", blocks=[Block("paragraph", "市场上黄金交易活跃。")]),
    ])
    return Issue(format="test", paper="测试日报", pages=[page])


def test_word_mode_waits_for_jieba_and_typing_does_not(qtbot, settings: ReaderSettings,
                                                       monkeypatch: pytest.MonkeyPatch, jieba_loaded: None) -> None:
    released = threading.Event()
    real_warm_up = words.warm_up
    monkeypatch.setattr(words, "is_ready", lambda: released.is_set())
    monkeypatch.setattr(words, "warm_up", lambda: (released.wait(20), real_warm_up()))
    reader = Reader(settings, theme="light")
    qtbot.addWidget(reader.window)
    reader.window.show()
    reader.session.set_issue(gold_issue(), "gold")
    find = reader.find
    box = find.bar.word_box
    assert not box.isEnabled() and "dictionary" in box.toolTip()
    try:
        find.open()                              # starts loading jieba in a worker
        type_chinese(find.bar.edit, "金昌")       # typing searches at once, substring mode
        settle(find)
        assert [(h.item, h.field, h.offset) for h in find.hits] == [
            ("p1-1", "title", 0), ("p1-1", "block", 0), ("p1-1", "block", 11), ("p1-2", "title", 1)]
        assert find.bar.count_label.text() == "1/4"
        assert not box.isEnabled()
    finally:
        released.set()
    qtbot.waitUntil(box.isEnabled, timeout=20000)
    assert box.text() == "Whole words" and "金昌" in box.toolTip()
    box.setChecked(True)             # the issue is segmented in a worker, then searched
    qtbot.waitUntil(lambda: find.bar.count_label.text() == "1/2", timeout=20000)
    settle(find)
    assert [(h.item, h.field, h.offset) for h in find.hits] == [("p1-1", "title", 0), ("p1-1", "block", 0)]
    assert len(reader.reading.sidebar.shown_pages()) == 1
    box.setChecked(False)
    assert len(find.hits) == 4
    qtbot.waitUntil(lambda: not find.keywords.running, timeout=20000)


def test_keywords_appear_under_the_headline_and_search_when_clicked(qtbot, reader: Reader, issue: Issue,
                                                                    jieba_loaded: None) -> None:
    shown = reader
    find = shown.find
    find.load_words_in_background(delay_ms=0)      # what the application does before showing the reader
    shown.session.set_issue(issue, "fixture-issue")
    assert shown.reading.pane.keywords == {}            # nothing until the story has been painted
    qtbot.waitUntil(lambda: "p1-1" in shown.reading.pane.keywords, timeout=20000)
    keywords = shown.reading.pane.keywords["p1-1"]
    assert 1 <= len(keywords) <= 5 and all(len(k) > 1 for k in keywords)
    assert "春耕" in keywords
    lines = shown.reading.pane.plain_text().split("\n")
    assert "  ·  ".join(keywords) in lines           # one line of them, under the headline group
    first_paragraph = next(n for n, line in enumerate(lines) if line.endswith(issue.item("p1-1").blocks[0].text))  # type: ignore[union-attr]
    assert 0 < lines.index("  ·  ".join(keywords)) < first_paragraph
    qtbot.waitUntil(lambda: not find.keywords.running, timeout=20000)
    assert set(shown.reading.pane.keywords) <= set(story_heads(issue))
    assert "p3-1" in shown.reading.pane.keywords and "p3-2" not in shown.reading.pane.keywords   # later parts: no headline
    point = link_point(shown, "kw:春耕")
    qtbot.mouseClick(shown.reading.pane.viewport(), Qt.MouseButton.LeftButton, pos=point)   # type: ignore[arg-type]
    settle(find)
    assert find.bar.isVisible() and find.bar.text() == "春耕"
    assert find.bar.count_label.text().endswith(f"/{len(find.hits)}") and len(find.hits) >= 7
    shown.session.set_issue(gold_issue(), "gold")            # another issue: old keywords forgotten, new ones come
    assert "p1-2" not in shown.reading.pane.keywords or shown.reading.pane.keywords["p1-2"] != keywords
    qtbot.waitUntil(lambda: not find.keywords.running and "p1-2" in shown.reading.pane.keywords, timeout=20000)
    assert "春耕" not in shown.reading.pane.keywords["p1-1"]
