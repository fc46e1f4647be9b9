"""Jumps in e-paper feeds: an item holding both printed parts, copies repeated on a later page."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.loading import open_issue
from reader.core.model import Issue

from .epaper_feeds import FIXTURES, feed_text, table_html, weekly_html, write

pytestmark = pytest.mark.core

JUMPING = ["新华社记者 林　森", "第一段在头版。", "第二段也在头版。（下转3版）", "（上接1版）第三段印在三版。", "第四段结束。"]


def load(tmp_path: Path, *items: tuple[str, str], channel: str = "江城电讯 - 20260305") -> Issue:
    return open_issue(write(tmp_path, feed_text(*items, channel=channel)))


def test_item_holding_both_parts_is_split_and_linked() -> None:
    issue = open_issue(FIXTURES / "table_daily.xml")
    head, tail = issue.pages[0].items[0], issue.pages[2].items[0]
    assert (head.page, head.continues_to, head.continued_from) == (1, 3, None)
    assert (tail.page, tail.continued_from, tail.continues_to) == (3, 1, None)
    assert tail.title == head.title and tail.kicker is None and tail.byline == []
    assert head.blocks[-1].text == "码头工人说，过去装一条船要两天。"
    assert tail.blocks[0].text == "如今，自动化吊机一天能装完三条船。"
    assert [s.parts for s in issue.stories] == [[head.id, tail.id]]
    assert not [w for w in issue.warnings if w.code == "continuation-missing"]
    text = "".join(b.text for it in issue.items() for b in it.blocks)
    assert "下转" not in text and "上接" not in text


def test_continued_part_goes_before_the_pages_own_items(tmp_path: Path) -> None:
    issue = load(tmp_path, ("[03版：各地] 三版自己的稿子", table_html("三版自己的稿子", ["三版的正文。"])),
                 ("[01版：要闻] 头版稿子", table_html("头版稿子", JUMPING)))
    assert [it.title for it in issue.pages[1].items] == ["头版稿子", "三版自己的稿子"]
    assert issue.pages[1].items[0].continued_from == 1


def test_part_lands_on_a_page_the_feed_does_not_list(tmp_path: Path) -> None:
    issue = load(tmp_path, ("[01版：要闻] 头版稿子", table_html("头版稿子", JUMPING)))
    assert [p.number for p in issue.pages] == [1, 3]
    assert issue.pages[1].items[0].blocks[0].text == "第三段印在三版。"


def test_copy_of_a_split_story_listed_on_the_later_page(tmp_path: Path) -> None:
    story = table_html("头版稿子", JUMPING)
    issue = load(tmp_path, ("[01版：要闻] 头版稿子", story), ("[03版：各地] 头版稿子", story))
    head = issue.pages[0].items[0]
    assert [it.title for it in issue.pages[1].items] == ["头版稿子", "头版稿子"]
    tail, copy = issue.pages[1].items
    assert tail.continued_from == 1 and tail.duplicate_of is None
    assert copy.duplicate_of == head.id and copy.continued_from is None and copy.continues_to is None
    assert "下转" not in copy.body_text() and copy.body_text().endswith("第四段结束。")
    assert [s.parts for s in issue.stories] == [[head.id, tail.id]]


def test_copies_whose_page_lines_differ() -> None:
    issue = open_issue(FIXTURES / "theory_weekly_2026-03-09.xml")
    first, copy = issue.pages[0].items[0], issue.pages[2].items[0]
    assert copy.duplicate_of == first.id and first.duplicate_of is None


@pytest.mark.parametrize("later_body, is_copy", [
    ("<p>第一段。</p><p>第二段。</p><p>第三段。</p><p>（下转第五版）</p>", True),  # a jump line more
    ("<p>第一段。</p><p>第二段。</p><p>第三段。</p><p>第 05 版</p>", True),    # a page line more
    ("<p>第一段。</p><p>第二段。</p><p>第三段。</p>", True),
    ("<p>完全不同的另一篇文章，讲的是别的事情，也更长一些，不是同一篇。</p>", False),
    ("<p>第一段。</p>", False),                                        # a part, not a copy
])
def test_copy_or_not(tmp_path: Path, later_body: str, is_copy: bool) -> None:
    first = weekly_html("同一个标题", "<p>第一段。</p><p>第二段。</p><p>第三段。</p>", author="张三", page=1)
    later = weekly_html("同一个标题", later_body, author="张三", page=5)
    issue = load(tmp_path, ("[01版：要闻] 同一个标题", first), ("[05版：读书] 同一个标题", later))
    assert (issue.pages[1].items[0].duplicate_of == "p1-1") is is_copy


def test_jump_with_no_target_is_put_on_the_next_page_with_a_warning(tmp_path: Path) -> None:
    lines = ["第一段在头版。", "（上接1版）这一段印在别处。"]
    issue = load(tmp_path, ("[01版：要闻] 稿子", table_html("稿子", lines)), ("[02版：经济] 二版", table_html("二版", ["正文。"])))
    tail = next(it for it in issue.items() if it.continued_from == 1)
    assert tail.page == 2
    assert [w.code for w in issue.warnings if w.item == tail.id] == ["jump-target-inferred"]
