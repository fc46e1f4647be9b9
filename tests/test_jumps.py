"""Jump markers and story linking."""

from __future__ import annotations

import pytest

from reader.core.jumps import cross_refs, link_stories, split_jump_from, split_jump_to
from reader.core.model import Block, Issue, Item, Page
from reader.core.textclean import cn_number, page_number

pytestmark = pytest.mark.core


@pytest.mark.parametrize("text,page", [
    ("提供有力保障。（转3版）", 3), ("保障。(转3版)", 3), ("保障。（下转第三版）", 3),
    ("保障。转第3版", 3), ("保障。转A2版", 2), ("保障。（转３版）", 3), ("保障。（下转第十二版）", 12),
    ("保障。（转 3 版）  ", 3),
])
def test_jump_to_forms(text: str, page: int) -> None:
    rest, target = split_jump_to(text)
    assert target == page
    assert rest == "提供有力保障。" or rest == "保障。"


@pytest.mark.parametrize("text", ["他转3版面的工作", "一版转载了文章", "保障。"])
def test_no_jump_in_ordinary_text(text: str) -> None:
    assert split_jump_to(text) == (text, None)


@pytest.mark.parametrize("text,page", [
    ("（上接第1版）是、求真务实", 1), ("（接第一版）是", 1), ("（紧接第1版）是", 1),
    ("（上接1版）是", 1), ("(上接１版)是", 1), ("上接第二版 是", 2),
])
def test_jump_from_forms(text: str, page: int) -> None:
    source, rest = split_jump_from(text)
    assert source == page
    assert rest.startswith("是")


def test_cross_ref_is_not_a_jump() -> None:
    text = "（相关报道见第二版）"
    assert split_jump_to(text) == (text, None)
    assert cross_refs("据悉。（相关报道见第二版）") == [2]


@pytest.mark.parametrize("s,n", [("三", 3), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23),
                                 ("一〇", 10), ("百", 100), ("x", None)])
def test_cn_number(s: str, n: int | None) -> None:
    assert cn_number(s) == n


@pytest.mark.parametrize("s,n", [("3", 3), ("03", 3), ("第3版", 3), ("三版", 3), ("第十版", 10),
                                 ("A2", 2), ("Ａ０２版", 2), ("要闻", None)])
def test_page_number(s: str, n: int | None) -> None:
    assert page_number(s) == n


def _item(page: int, n: int, title: str, to: int | None = None, frm: int | None = None) -> Item:
    return Item(id=f"p{page}-{n}", page=page, title=title, blocks=[Block("paragraph", "正文")],
                continues_to=to, continued_from=frm)


def test_link_by_title_then_order() -> None:
    issue = Issue(format="test", pages=[
        Page(1, items=[_item(1, 1, "甲新闻", to=3), _item(1, 2, "乙新闻", to=3), _item(1, 3, "丙新闻", to=4)]),
        Page(3, items=[_item(3, 1, "", frm=1), _item(3, 2, "甲新闻", frm=1)]),
        Page(4, items=[_item(4, 1, "丙新闻（续）", frm=1)]),
    ])
    link_stories(issue)
    parts = sorted(s.parts for s in issue.stories)
    assert parts == [["p1-1", "p3-2"], ["p1-2", "p3-1"], ["p1-3", "p4-1"]]
    assert issue.item("p3-1").title == "乙新闻"  # a later part carries the story's title
    assert not issue.warnings
    assert [it.id for it in issue.story_items("p3-2")] == ["p1-1", "p3-2"]


def test_missing_continuation_warns_and_keeps_target() -> None:
    issue = Issue(format="test", pages=[Page(1, items=[_item(1, 1, "甲", to=3)]),
                                        Page(2, items=[_item(2, 1, "乙", frm=5)])])
    link_stories(issue)
    assert issue.stories == []
    assert [w.code for w in issue.warnings] == ["continuation-missing"] * 2
    assert issue.item("p1-1").continues_to == 3
