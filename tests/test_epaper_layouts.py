"""E-paper article HTML read by its layout: headings by rank, class and position, a header table
sized by font, header lines by pattern wherever they stand, body paragraphs, crossheads, captions."""

from __future__ import annotations

import pytest

from reader.core.formats.epaper.article import parse_article
from reader.core.formats.epaper.lines import header_line_in_body, is_byline_line, read_line
from reader.core.loading import open_issue
from reader.core.model import Issue

from .epaper_feeds import FIXTURES, table_html, weekly_html

pytestmark = pytest.mark.core


@pytest.fixture(scope="module")
def weekly() -> Issue:
    return open_issue(FIXTURES / "theory_weekly_2026-03-09.xml")


@pytest.fixture(scope="module")
def table_daily() -> Issue:
    return open_issue(FIXTURES / "table_daily.xml")


# --- h3.headline / h1 / h3.subtitle, p.datesource, <cms-content> -----------------------------

def test_weekly_is_dated_by_its_articles_not_its_file_name(weekly: Issue) -> None:
    assert weekly.paper == "理论周报"
    assert str(weekly.date) == "2026-03-06"  # the file is named 2026-03-09, the day it was archived
    assert [(p.number, p.name) for p in weekly.pages] == [(1, "要闻"), (2, "理论"), (3, "文化")]


def test_weekly_headings_and_author_line(weekly: Issue) -> None:
    lead = weekly.pages[0].items[0]
    assert (lead.kicker, lead.title, lead.subtitle) == ("春耕时节看农业科技", "让创新的种子在田野生长", "——来自三个县的调查")
    assert lead.byline == ["林晓", "周涛"]
    assert lead.byline_text is not None and "字数" not in lead.byline_text
    assert weekly.pages[1].items[0].byline == ["欧阳明"]
    assert weekly.pages[0].items[1].byline == []  # 字数 40字 names nobody


def test_weekly_header_lines_are_not_body_text(weekly: Issue) -> None:
    text = "".join(it.body_text() for it in weekly.items())
    for stamp in ("字数", "《 理论周报 》", "第 01 版", "2026年03月06日"):
        assert stamp not in text


def test_weekly_body_crossheads_and_captions(weekly: Issue) -> None:
    lead = weekly.pages[0].items[0]
    assert [b.kind for b in lead.blocks] == ["paragraph", "heading", "paragraph", "caption", "heading", "paragraph"]
    assert lead.blocks[3].text == "农技员在田间查看麦苗长势。"  # p.imgdesc
    village = weekly.pages[2].items[1]
    assert [(b.kind, b.text) for b in village.blocks][0] == ("caption", "雪后的村庄。")  # centred, under the photo


def test_weekly_dateline_in_bold_stays_text(weekly: Issue) -> None:
    item = weekly.pages[1].items[0]
    assert item.dateline == "本报讯"
    assert item.blocks[0].text.startswith("本报讯 3月5日")
    assert item.blocks[0].kind == "paragraph"


def test_weekly_notice_with_only_a_picture(weekly: Issue) -> None:
    assert weekly.pages[0].items[2].kind == "notice"


# --- the table layout -------------------------------------------------------------------------

def test_table_rows_by_font_size(table_daily: Issue) -> None:
    lead = table_daily.pages[0].items[0]
    assert (lead.kicker, lead.title, lead.subtitle) == ("港口建设提速", "千年古渡迎来新航线", "——江城港开通至海口集装箱班轮")
    second = table_daily.pages[0].items[1]
    assert (second.kicker, second.title, second.subtitle) == (None, "江城发布春季植树计划", None)


def test_table_date_source_row_and_channel(table_daily: Issue) -> None:
    assert table_daily.paper == "江城电讯" and str(table_daily.date) == "2026-03-05"
    assert not any("稿件来源" in it.body_text() or "2026-03-05" in it.body_text() for it in table_daily.items())


def test_table_byline_line_opening_the_body(table_daily: Issue) -> None:
    lead = table_daily.pages[0].items[0]
    assert lead.byline == ["林森", "高原"]
    assert lead.blocks[0].text == "4日清晨，一艘满载集装箱的货轮驶离江城港。"
    plain = table_daily.pages[1].items[0]  # `本报记者` alone on the first line
    assert plain.byline == [] and plain.blocks[0].text == "老街上的酱园已经开了一百年。"
    marked = table_daily.pages[2].items[1]  # □本报记者 钱　七
    assert marked.byline == ["钱七"] and marked.blocks[0].text == "快递车第一次开进了山村。"


def test_table_dateline_credit_gives_the_byline(table_daily: Issue) -> None:
    item = table_daily.pages[0].items[1]
    assert item.dateline == "新华社江城3月4日电" and item.byline == ["王五"]


def test_table_centred_bold_line_is_a_crosshead(table_daily: Issue) -> None:
    lead = table_daily.pages[0].items[0]
    assert ("heading", "老码头的新变化") in [(b.kind, b.text) for b in lead.blocks]


def test_table_photo_item(table_daily: Issue) -> None:
    photo = table_daily.pages[2].items[2]
    assert photo.kind == "photo" and [b.kind for b in photo.blocks] == ["caption"]


def test_table_title_rows_by_size_not_order() -> None:
    art = parse_article(table_html("大标题", ["正文第一段。"], kicker="小字引题", subtitle="小字副题"))
    assert (art.kicker, art.title, art.subtitle) == ("小字引题", "大标题", "小字副题")
    sized_html = ('<table><tr><td><font size="3">肩题在上</font></td></tr><tr><td><font size="6"><b>主标题</b></font>'
                  '</td></tr></table><div>正文。</div>')
    art = parse_article(sized_html)
    assert (art.kicker, art.title) == ("肩题在上", "主标题")


# --- headings by rank, class and position -----------------------------------------------------

@pytest.mark.parametrize("markup, expected", [
    ("<h3>引题</h3><h1>标题</h1><h2>副题</h2><p>正文。</p>", ("引题", "标题", "副题")),
    ('<h3 class="headline"></h3><h1>标题</h1><h3 class="subtitle">副题</h3><p>正文。</p>', (None, "标题", "副题")),
    ("<h2>标题</h2><h3>副题</h3><p>正文。</p>", (None, "标题", "副题")),
    ('<h2 class="subtitle">副题</h2><h1>标题</h1><p>正文。</p>', (None, "标题", "副题")),
])
def test_headings(markup: str, expected: tuple[str | None, str | None, str | None]) -> None:
    art = parse_article(markup)
    assert (art.kicker, art.title, art.subtitle) == expected
    assert art.blocks == [("paragraph", "正文。")]


def test_headings_inside_the_body_are_crossheads() -> None:
    art = parse_article('<h1>标题</h1><div class="article-content"><p>第一段。</p><h3>小标题</h3><p>第二段。</p></div>')
    assert art.subtitle is None
    assert art.blocks == [("paragraph", "第一段。"), ("heading", "小标题"), ("paragraph", "第二段。")]


def test_plain_text_description_is_read_line_by_line() -> None:
    art = parse_article("第一段正文。\n第二段正文。")
    assert art.title is None and not art.headline_found
    assert art.blocks == [("paragraph", "第一段正文。"), ("paragraph", "第二段正文。")]


# --- header lines by pattern ------------------------------------------------------------------

@pytest.mark.parametrize("line, paper, date, page, rest", [
    ("《 学报 》（ 2026年07月10日  第 01 版 ）", "学报", "2026-07-10", 1, ""),
    ("（ 2026-04-29 ） 稿件来源：电讯报 要闻", "电讯报", "2026-04-29", None, ""),
    ("杨颖 字数: 3755", None, None, None, "杨颖"),
    ("字数 251字", None, None, None, ""),
    ("本报记者 李佩阳 周 欢 《人民日报》（2026年06月12日 第 01 版）", "人民日报", "2026-06-12", 1, "本报记者 李佩阳 周 欢"),
])
def test_read_line(line: str, paper: str | None, date: str | None, page: int | None, rest: str) -> None:
    facts = read_line(line)
    found_paper = facts.paper or facts.source
    assert (found_paper, str(facts.date) if facts.date else None, facts.page, facts.rest) == (paper, date, page, rest)


@pytest.mark.parametrize("line, is_byline", [
    ("新华社记者 江时强", True), ("新华社记者", True), ("本报记者 陈国峰 丛佳鑫", True), ("□本报记者 钱　七", True),
    ("记者近期赴多地调研感受到，政府部门正从局部治理转向常态化监管。", False), ("新华社北京4月28日电", False),
    ("老码头的新变化", False), ("记者 张三 摄", False),
])
def test_byline_lines(line: str, is_byline: bool) -> None:
    assert is_byline_line(line) is is_byline


def test_a_sentence_naming_a_source_is_not_a_header_line() -> None:
    assert header_line_in_body("据介绍，数据来源：国家统计局。") is None
    assert header_line_in_body("（ 2026-04-29 ） 稿件来源：电讯报 要闻") is not None


def test_weekly_helper_layout_reads_the_same() -> None:
    art = parse_article(weekly_html("标题", "<p>正文。</p>", author="张 三", page=4, subtitle="——副题"))
    assert (art.title, art.subtitle, art.byline, art.page, art.paper) == ("标题", "——副题", ["张三"], 4, "理论周报")
    assert art.blocks == [("paragraph", "正文。")]
