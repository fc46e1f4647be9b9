"""Page extractions of whole issues: editor lines, credits and bylines known by their place, repeated
tails, nested asides, continued parts under shortened headlines (fixtures/pages/whole-issue)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.bylines import is_name_shaped, parse_byline, parse_credit, split_dateline
from reader.core.formats.pages.editors import parse_editor_line
from reader.core.formats.pages.layout import parse_page
from reader.core.formats.pages.text import ends_sentence
from reader.core.loading import open_issue
from reader.core.model import Issue, Item

from .conftest import corpus_path

pytestmark = pytest.mark.core

ISSUE = Path(__file__).parent / "fixtures" / "pages" / "whole-issue"


@pytest.fixture(scope="module")
def issue() -> Issue:
    return open_issue(ISSUE)


def on_page(issue: Issue, page: int) -> list[Item]:
    found = issue.page(page)
    assert found is not None
    return found.items


def parse(text: str) -> list[Item]:
    return parse_page(text, "t.md").items


def text_of(items: list[Item]) -> str:
    return "".join(b.text for it in items for b in it.blocks)


# --- editor lines ------------------------------------------------------------------------------

def test_editor_lines_go_to_the_editors_of_the_pages_they_name(issue: Issue) -> None:
    assert [p.editors for p in issue.pages] == [["韦澄", "蔺晓舟"], ["晞月", "沐言"], ["晞月"]]
    assert "责编" not in text_of(list(issue.items())) and "版式设计" not in text_of(list(issue.items()))


def test_an_editor_line_at_the_top_is_not_an_untitled_article(issue: Issue) -> None:
    assert on_page(issue, 1)[0].title == "江川湾大桥主体工程完工"


def test_an_editor_line_at_the_bottom_leaves_the_last_article_complete(issue: Issue) -> None:
    last = on_page(issue, 2)[-1]
    assert last.complete and [b.text for b in last.blocks] == ["城西街道的社区食堂开业一个月，每天接待老人三百多人次。"]
    assert not [w for w in issue.warnings if w.code == "truncated"]


@pytest.mark.parametrize("line,found", [
    ("本版责编  巩育华  高  佶", [(None, "巩育华"), (None, "高佶")]),
    ("本版责编：李 拯 盛玉雷", [(None, "李拯"), (None, "盛玉雷")]),
    ("一版责编：王 博  二版责编：卢涛", [(1, "王博"), (2, "卢涛")]),
    ("版式设计：蔡华伟", [(None, "蔡华伟")]),
    ("责任编辑：王五 美术编辑：赵六", [(None, "王五"), (None, "赵六")]),
])
def test_editor_line_forms(line: str, found: list[tuple[int | None, str]]) -> None:
    assert parse_editor_line(line) == found


@pytest.mark.parametrize("line", ["编辑手记", "编辑部的故事", "设计 一个方案", "本版责编", "责编说，这一版很好。"])
def test_not_editor_lines(line: str) -> None:
    assert parse_editor_line(line) is None


# --- photos ------------------------------------------------------------------------------------

def test_photo_news_under_a_headline_is_a_photo(issue: Issue) -> None:
    photo = on_page(issue, 1)[1]
    assert (photo.kind, photo.title, photo.byline) == ("photo", "春茶开采", ["妥红艳"])
    assert [b.text for b in photo.blocks] == ["茶农在南山茶园采摘春茶。"] and photo.complete


def test_a_credit_for_several_captions_makes_one_photo_after_a_closed_article(issue: Issue) -> None:
    commentary, photo = on_page(issue, 1)[2:4]
    assert commentary.complete and len(commentary.blocks) == 2
    assert photo.kind == "photo" and photo.byline == ["莽九晨"]
    assert [b.text for b in photo.blocks] == ["大桥主塔施工现场。夜色中的江川湾大桥。"]


def test_an_agency_before_the_photographer(issue: Issue) -> None:
    photo = on_page(issue, 3)[-1]
    assert photo.kind == "photo" and photo.byline == ["普拉维"] and photo.byline_text == "本报亚太中心分社 普拉维摄"


@pytest.mark.parametrize("credit,names", [
    ("以上图片均为范少文摄", ["范少文"]), ("妥红艳摄", ["妥红艳"]), ("钟周家豪摄", ["钟周家豪"]),
    ("泽 钊摄（人民视觉）", ["泽钊"]), ("本报亚太中心分社 普拉维摄", ["普拉维"]), ("新华社记者 琼达卓嘎摄", ["琼达卓嘎"]),
])
def test_a_credit_under_a_caption_whatever_the_name(credit: str, names: list[str]) -> None:
    for text in (f"说明文字。  \n{credit}\n", f"说明文字。\n\n{credit}\n", f"## 标题\n\n说明文字。  \n{credit}\n"):
        got = parse(text)
        assert [(it.kind, it.byline) for it in got] == [("photo", names)], text
        assert [b.text for b in got[0].blocks] == ["说明文字。"]


def test_a_bare_name_before_摄_counts_only_under_a_caption() -> None:
    assert parse_credit("妥红艳摄") is None and parse_credit("妥红艳摄", under_caption=True) == ["妥红艳"]
    assert parse_credit("他正在摄", under_caption=True) is None
    assert parse_credit("游客在湖边拍摄", under_caption=True) is None


def test_a_caption_after_mid_sentence_text_does_not_take_that_text() -> None:
    got = parse("## 标题\n\n正文说到一半\n\n图片说明。\n\n妥红艳摄\n\n接着说完。\n")
    assert [it.kind for it in got] == ["article", "photo"]
    assert got[0].blocks[0].text == "正文说到一半接着说完。" and got[1].blocks[0].text == "图片说明。"


# --- bylines -----------------------------------------------------------------------------------

def test_names_after_a_role_word_whatever_the_surname(issue: Issue) -> None:
    assert on_page(issue, 1)[0].byline == ["巨云鹏", "琼达卓嘎"]
    assert on_page(issue, 2)[1].byline == ["泽钊"]


def test_names_in_a_datelines_brackets(issue: Issue) -> None:
    plan = on_page(issue, 1)[4]
    assert (plan.dateline, plan.byline) == ("本报江川3月1日电", ["王亮", "陈添洁"])
    assert plan.blocks[0].text.startswith("本报江川3月1日电（王亮、陈添洁）")
    assert on_page(issue, 3)[1].byline == ["莽九晨"]


def test_a_pen_name_joined_to_the_first_paragraph_by_a_hard_break(issue: Issue) -> None:
    commentary = on_page(issue, 1)[2]
    assert commentary.byline == ["渔樵"] and commentary.blocks[0].text.startswith("老街改造")


@pytest.mark.parametrize("author", ["晓熠", "渔樵", "书云", "荣  庐", "琼达卓嘎"])
def test_a_short_line_alone_under_a_headline_is_its_author(author: str) -> None:
    for sep in ("  \n", "\n\n"):
        it = parse(f"## 田野观察\n\n{author}{sep}夏粮丰收在望。\n")[0]
        assert it.byline == [author.replace(" ", "")] and [b.text for b in it.blocks] == ["夏粮丰收在望。"]


@pytest.mark.parametrize("heading", ["目录", "目 录", "回信", "引 子"])
def test_a_heading_word_under_a_headline_is_not_an_author(heading: str) -> None:
    it = parse(f"## 标题\n\n{heading}\n\n正文第一段。\n")[0]
    assert it.byline == [] and it.blocks[0].text.startswith(heading.replace(" ", "")[:1])


def test_a_short_line_under_a_byline_or_over_a_subheading_is_not_an_author() -> None:
    it = parse("## 标题\n\n本报记者 申智林\n\n引 子\n\n正文第一段。\n")[0]
    assert it.byline == ["申智林"] and it.blocks[0].text.startswith("引 子")
    it = parse("## 行动计划\n\n目 录\n\n### 导 言\n\n正文。\n")[0]
    assert it.byline == [] and it.blocks[0].text == "目 录"


def test_a_role_word_with_its_names_on_the_next_line() -> None:
    it = parse("## 标题\n\n本报记者  \n赵兵 巨云鹏\n\n正文。\n")[0]
    assert it.byline == ["赵兵", "巨云鹏"] and [b.text for b in it.blocks] == ["正文。"]


@pytest.mark.parametrize("line,names", [
    ("本报记者 赵兵 巨云鹏", ["赵兵", "巨云鹏"]), ("新华社记者 琼达卓嘎", ["琼达卓嘎"]), ("本报评论部", []),
    ("本报记者 综合报道", None), ("记者手记", None),
])
def test_byline_lines_by_place(line: str, names: list[str] | None) -> None:
    by = parse_byline(line, bare_names=False)
    assert (by.names if by else None) == names


def test_dateline_brackets_without_a_role_word() -> None:
    got = split_dateline("本报北京6月11日电（王亮、陈添洁）会议今天召开。")
    assert got is not None and got.names == ["王亮", "陈添洁"]
    got = split_dateline("新华社北京6月11日电（综合）会议今天召开。")
    assert got is not None and got.names == []


@pytest.mark.parametrize("token,shaped", [
    ("晓熠", True), ("琼达卓嘎", True), ("德米特里·卡尔万", True), ("目录", False), ("国际部", False),
    ("他正在", False), ("一个方案的", False), ("王", False),
])
def test_name_shapes(token: str, shaped: bool) -> None:
    assert is_name_shaped(token) is shaped


# --- repeats, asides, jumps -----------------------------------------------------------------------

def test_the_tail_printed_twice_after_a_jump_is_dropped_with_a_warning_keeping_it(issue: Issue) -> None:
    dup = [w for w in issue.warnings if w.code == "duplicate-fragment"]
    assert [(w.item, w.text) for w in dup] == [("p1-1", "两岸的车程将由一小时缩短到十分钟。（下转第二版）")]
    assert text_of(on_page(issue, 1)[:1]).count("两岸的车程") == 1


def test_a_sentence_said_again_is_real_text(issue: Issue) -> None:
    rest = on_page(issue, 2)[0]
    assert [b.text for b in rest.blocks][1] == "为什么要在湾口建一座桥？"


@pytest.mark.parametrize("text,dropped", [
    ("## 标题\n\n他们问：这件事办得好不好，群众满意吗？\n\n这件事办得好不好，群众满意吗？\n", False),  # asked again
    ("## 标题\n\n这件事办得很好，群众都满意。\n\n事办得很好，群众都满意。\n", True),  # starts mid-word: the tail
    ("## 标题\n\n这件事办得很好，群众都满意。\n\n这件事办得很好，群众都满意。\n", False),  # the whole paragraph
    ("## 标题\n\n第一段讲的是群众都很满意。\n\n第二段。\n\n段讲的是群众都很满意。\n", False),  # not the one just before
])
def test_only_the_tail_of_the_paragraph_just_before_is_a_repeat(text: str, dropped: bool) -> None:
    result = parse_page(text, "t.md")
    assert any(w.code == "duplicate-fragment" for w in result.warnings) is dropped


def test_a_closing_aside_with_brackets_inside_ends_the_article(issue: Issue) -> None:
    commentary = on_page(issue, 1)[2]
    assert commentary.complete and commentary.blocks[-1].text.endswith("（副院长））")
    assert ends_sentence("（作者为中央党校（国家行政学院）副校长（副院长））")
    assert ends_sentence("正文完。（作者为中央党校（国家行政学院）副校长（副院长））")
    assert not ends_sentence("正文未完（作者为中央党校（国家行政学院）副校长（副院长））")
    assert ends_sentence("正文完。（作者为某某大学(研究院)教授）")


def test_continued_parts_under_a_shortened_headline_carry_the_storys_title(issue: Issue) -> None:
    bridge, plan = on_page(issue, 2)[0], on_page(issue, 3)[0]
    assert (bridge.title, bridge.continued_from) == ("江川湾大桥主体工程完工", 1)
    assert (plan.title, plan.continued_from) == ("湾区新城规划出炉", 1)
    assert sorted(s.parts for s in issue.stories) == [["p1-1", "p2-1"], ["p1-5", "p3-1"]]
    assert not [w for w in issue.warnings if w.code in ("continuation-missing", "continued-headline")]


# --- the real whole issue (skipped without ../shared/corpus) -----------------------------------------

def test_the_real_whole_issue() -> None:
    real = open_issue(corpus_path("pages-md/rmrb-2026-06-12"))
    assert [p.number for p in real.pages] == [*range(1, 16), *range(17, 21)]
    assert real.pages[13].editors == ["张彦春", "刘涓溪", "王博"]  # 本版责编 张彦春 刘涓溪 王 博, at the top
    assert not [w for w in real.warnings if w.code == "continuation-missing"]
    plan = [s for s in real.stories if len(s.parts) == 3]
    assert len(plan) == 1 and len({real.item(i).title for i in plan[0].parts}) == 1  # type: ignore[union-attr]
    farm = next(it for it in real.items() if it.page == 18)
    assert farm.byline == ["晓熠"] and farm.blocks[0].text.startswith("“三夏”")
