"""The e-paper feed importer: RSS 2.0 items carrying e-paper article HTML."""

from __future__ import annotations

import codecs
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.bylines import split_dateline
from reader.core.errors import IssueError
from reader.core.formats.epaper import feed as epaper_rss
from reader.core.formats.epaper.article import parse_article
from reader.core.formats.epaper.lines import dateline_of, editors_line, split_names
from reader.core.loading import detect_format, open_issue
from reader.core.model import Issue

from .conftest import corpus_path
from .epaper_feeds import FIXTURES, article_html, feed_text, write

pytestmark = pytest.mark.core

ISSUE = FIXTURES / "issue.xml"


@pytest.fixture(scope="module")
def issue() -> Issue:
    return open_issue(ISSUE)


# --- detection --------------------------------------------------------------------------------

def test_sniff_claims_xml_feeds_only(tmp_path: Path) -> None:
    assert epaper_rss.sniff(ISSUE)
    assert detect_format(ISSUE) == "epaper-rss"
    utf16 = write(tmp_path, "\n  <rss version='2.0'><channel/></rss>", "u16.xml", "utf-16")
    assert utf16.read_bytes()[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    assert epaper_rss.sniff(utf16)
    assert not epaper_rss.sniff(write(tmp_path, "## 标题\n\n正文。\n", "01.md"))
    assert not epaper_rss.sniff(tmp_path)
    assert not epaper_rss.sniff(tmp_path / "missing.xml")


# --- the fixture issue ------------------------------------------------------------------------

def test_paper_date_and_pages_in_number_order(issue: Issue) -> None:
    assert issue.format == "epaper-rss"
    assert issue.paper == "江城日报"
    assert str(issue.date) == "2026-03-05"
    assert [p.number for p in issue.pages] == [1, 2, 3]  # the feed lists page 2 first
    assert [p.name for p in issue.pages] == ["要闻", "要闻", "综合"]  # [第03版:综合] variant too
    assert [it.id for it in issue.pages[2].items] == ["p3-1", "p3-2", "p3-3", "p3-4"]
    assert [it.title for it in issue.pages[0].items] == ["江城新建十座口袋公园（城市更新）", "图片报道", "导读"]


def test_kicker_title_subtitle_and_padded_byline(issue: Issue) -> None:
    lead = issue.pages[0].items[0]
    assert (lead.kicker, lead.subtitle) == ("家门口添了绿", "——居民可步行十分钟到达")
    assert lead.byline == ["李佩阳", "周欢", "王博"]
    assert lead.byline_text is not None and lead.byline_text.startswith("本报记者")
    assert "江城日报" not in lead.byline_text and "2026" not in lead.byline_text
    assert lead.dateline == "本报江城3月4日电"


def test_editors_go_to_the_page_not_items(issue: Issue) -> None:
    assert issue.pages[0].editors == ["李拯", "盛玉雷"]
    assert issue.pages[2].editors == ["张彦春", "王博"]  # 本版责编　… with an ideographic space
    assert not any("责编" in (it.title or "") for it in issue.items())


def test_captions_stand_where_the_photo_stands(issue: Issue) -> None:
    lead = issue.pages[0].items[0]
    assert [b.kind for b in lead.blocks] == ["paragraph", "caption", "caption", "paragraph",
                                             "heading", "paragraph", "paragraph"]
    assert lead.blocks[1].text == "市民在滨河口袋公园散步。"
    assert lead.blocks[4].text == "小空间  大民生"
    assert all(not b.text.startswith("　") for b in lead.blocks)
    assert lead.source is not None and lead.source.line is not None


def test_photo_and_notice_kinds(issue: Issue) -> None:
    photo, notice = issue.pages[0].items[1:3]
    assert photo.kind == "photo" and [b.kind for b in photo.blocks] == ["caption", "caption"]
    assert notice.kind == "notice"
    assert issue.pages[2].items[3].kind == "notice"  # 欢迎赐稿
    assert issue.pages[1].items[0].kind == "article"


def test_repeated_article_is_a_duplicate_but_same_title_other_text_is_not(issue: Issue) -> None:
    first, copy, other = issue.pages[1].items[0], issue.pages[2].items[1], issue.pages[2].items[2]
    assert copy.duplicate_of == first.id == "p2-1"
    assert copy.body_text() == first.body_text()
    assert other.title == first.title and other.duplicate_of is None
    assert first.duplicate_of is None


def test_cross_reference_is_not_a_jump_and_stays_in_text(issue: Issue) -> None:
    lead = issue.pages[0].items[0]
    assert lead.cross_refs == [2]
    assert "（相关报道见第二版）" in lead.body_text()
    assert lead.continues_to == 3  # from （转第三版）, not from the cross-reference


def test_jump_markers_are_split_off_and_parts_linked(issue: Issue) -> None:
    lead, tail = issue.pages[0].items[0], issue.pages[2].items[0]
    assert lead.blocks[-1].text == "下一步，全市还将改造老旧街巷。"
    assert tail.continued_from == 1 and tail.blocks[0].text == "老旧街巷改造将在年内完成。"
    assert [s.parts for s in issue.stories] == [["p1-1", "p3-1"]]
    assert not [w for w in issue.warnings if w.code == "continuation-missing"]


# --- names, datelines, cross-references -------------------------------------------------------

@pytest.mark.parametrize("line, names", [
    ("本报记者 李佩阳 周 欢", ["李佩阳", "周欢"]),
    ("本报记者  申少铁  孙  超  王  沛", ["申少铁", "孙超", "王沛"]),
    ("本报记者  郁静娴  苏  滨  窦瀚洋", ["郁静娴", "苏滨", "窦瀚洋"]),
    ("\u200b本报记者  刘鑫焱  郑洋洋", ["刘鑫焱", "郑洋洋"]),
    ("本报记者 张三 通讯员 李四 新华社记者 王五", ["张三", "李四", "王五"]),
    ("本报特约记者 欧阳锡龙", ["欧阳锡龙"]),
    ("记者李琰、李潇、万宇", ["李琰", "李潇", "万宇"]),
    ("（巴西）若昂·坎迪多·波尔蒂纳里", ["若昂·坎迪多·波尔蒂纳里"]),
    ("文静 文/赵六", ["文静", "赵六"]),
    ("本报记者", []),
    ("中华人民共和国国务院新闻办公室2026年6月", []),
    ("首席记者 李四  作者 周  欢", ["李四", "周欢"]),
    ("本报驻日内瓦记者 王五", ["王五"]),
])
def test_split_names(line: str, names: list[str]) -> None:
    assert split_names(line) == names


@pytest.mark.parametrize("line, names", [
    ("本版责编：李  拯  盛玉雷  李铁林", ["李拯", "盛玉雷", "李铁林"]),
    ("本版责编　张彦春  刘涓溪  王  博", ["张彦春", "刘涓溪", "王博"]),
    ("本版编辑：王佳可", ["王佳可"]),
    ("责编：管璇悦  卢  涛  高  尚", ["管璇悦", "卢涛", "高尚"]),
    ("本版责编：任飞帆  版式设计：沈亦伶", ["任飞帆", "沈亦伶"]),
])
def test_editors_line(line: str, names: list[str]) -> None:
    assert editors_line(line) == names


def test_not_an_editors_line() -> None:
    assert editors_line("编辑部的故事") is None
    assert editors_line("江城新建十座口袋公园") is None


def test_dateline_and_its_credit() -> None:
    assert dateline_of("新华社日内瓦6月10日电  6月10日，……") == ("新华社日内瓦6月10日电", [])
    assert dateline_of("本报烟台6月11日电  （记者韩鑫）记者获悉") == ("本报烟台6月11日电", ["韩鑫"])
    assert dateline_of("本报讯（记者陈刚）昨天") == ("本报讯", ["陈刚"])
    assert dateline_of("6月11日，为期两天的论坛闭幕。") == (None, [])


@pytest.mark.parametrize("para", [
    "新华社日内瓦6月10日电  6月10日，……", "本报烟台6月11日电  （记者韩鑫）记者获悉", "本报讯（记者陈刚）昨天",
    "据新华社电（记者 王明）今天", "本报江川3月1日讯 今天", "新华社电视台播出", "6月11日，论坛闭幕。",
])
def test_datelines_read_as_the_page_importer_reads_them(para: str) -> None:
    shared = split_dateline(para)
    assert dateline_of(para)[0] == (shared.text if shared else None)


def test_cross_reference_to_a_range_of_pages(tmp_path: Path) -> None:
    body = "<p>　　多国代表共同发布了行动计划（全文见第十至十二版）。</p>"
    issue = epaper_rss.load(write(tmp_path, feed_text(("[04版：要闻] 行动计划发布", article_html("行动计划发布", body, page=4)))))
    item = issue.pages[0].items[0]
    assert item.cross_refs == [10, 11, 12]
    assert item.continues_to is None


# --- HTML odds and ends -----------------------------------------------------------------------

def test_body_without_enpcontent_markers_and_scripts_left_out(tmp_path: Path) -> None:
    html = ('<div class="article"><h1>没有标记的文章</h1><p class="sec">本报记者 赵  一</p>'
            '<div id="ozoom"><p>　　第一段。</p><script>alert("不是正文")</script><p>第二段<br/>第三段</p>'
            '<table><tr><td><img src="x.jpg"/></td></tr><tr><td>表格里的图片说明。</td></tr></table></div></div>')
    issue = epaper_rss.load(write(tmp_path, feed_text(("[第5版:文化] 没有标记的文章", html))))
    item = issue.pages[0].items[0]
    assert issue.pages[0].number == 5 and item.byline == ["赵一"]
    assert [(b.kind, b.text) for b in item.blocks] == [
        ("paragraph", "第一段。"), ("paragraph", "第二段"), ("paragraph", "第三段"),
        ("caption", "表格里的图片说明。")]


def test_without_ozoom_the_body_is_all_but_headings_and_sec() -> None:
    art = parse_article('<div><h1>标题</h1><p class="sec">记者 张  三</p><p>正文一。</p>尾巴</div>')
    assert (art.title, art.byline_text) == ("标题", "记者 张  三")
    assert art.blocks == [("paragraph", "正文一。"), ("paragraph", "尾巴")]


def test_enpproperty_fills_what_the_page_does_not_print() -> None:
    art = parse_article('<div id="ozoom"><!--enpcontent--><p>　　正文。</p><!--/enpcontent--><!--enpproperty '
                        '<date>2026-06-12 00:00:00:0</date><author>本报记者  周  欢</author>'
                        '<introtitle><p> 引题 </p></introtitle><title><p> 标题 </p></title>/enpproperty--></div>')
    assert (art.kicker, art.title, art.byline_text, str(art.date)) == ("引题", "标题", "本报记者  周  欢", "2026-06-12")
    assert art.blocks == [("paragraph", "正文。")]


def test_page_from_the_sec_stamp_when_the_title_has_no_label(tmp_path: Path) -> None:
    issue = epaper_rss.load(write(tmp_path, feed_text(("没有版面标签", article_html("没有版面标签", "<p>正文。</p>", page=7)))))
    assert [p.number for p in issue.pages] == [7]
    assert issue.paper == "测试报" and str(issue.date) == "2026-03-05"


def test_photo_with_caption_printed_as_paragraphs(tmp_path: Path) -> None:
    body = '<p><img src="p.jpg"/></p><p>　　图为3月4日拍摄的江城新区。</p><p>　　陈  和摄（人民视觉）</p>'
    issue = epaper_rss.load(write(tmp_path, feed_text(("[01版：要闻] 图片报道", article_html("图片报道", body)))))
    item = issue.pages[0].items[0]
    assert item.kind == "photo" and {b.kind for b in item.blocks} == {"caption"}


# --- encodings --------------------------------------------------------------------------------

def test_gbk_encoded_feed(tmp_path: Path) -> None:
    text = ISSUE.read_text(encoding="utf-8").replace("encoding='UTF-8'", "encoding='GBK'")
    gbk = write(tmp_path, text, "gbk.xml", "gbk")
    with pytest.raises(UnicodeDecodeError):
        gbk.read_bytes().decode("utf-8")
    issue, original = open_issue(gbk), open_issue(ISSUE)
    assert [it.title for it in issue.items()] == [it.title for it in original.items()]
    assert issue.pages[0].items[0].byline == ["李佩阳", "周欢", "王博"]


def test_utf16_feed_with_bom_and_crlf(tmp_path: Path) -> None:
    text = ISSUE.read_text(encoding="utf-8").replace("encoding='UTF-8'", "encoding='UTF-16'").replace("\n", "\r\n")
    issue = open_issue(write(tmp_path, text, "u16.xml", "utf-16"))
    assert issue.paper == "江城日报" and len(issue.pages) == 3


# --- bad input --------------------------------------------------------------------------------

def test_malformed_xml(tmp_path: Path) -> None:
    path = write(tmp_path, "<?xml version='1.0'?>\n<rss><channel>\n<item><title>断了</title>\n</channel></rss>\n")
    with pytest.raises(IssueError) as err:
        open_issue(path)
    assert err.value.path == str(path)
    assert err.value.problem.startswith("malformed XML at line 4")


def test_feed_without_items(tmp_path: Path) -> None:
    with pytest.raises(IssueError, match="feed has no items"):
        open_issue(write(tmp_path, feed_text()))


def test_xml_that_is_not_rss(tmp_path: Path) -> None:
    path = write(tmp_path, "<?xml version='1.0'?>\n<catalog><book>一本书</book></catalog>\n")
    with pytest.raises(IssueError, match=r"not an RSS feed .*<catalog>"):
        open_issue(path)


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = write(tmp_path, "秘密内容", "secret.txt")
    text = (f"<?xml version='1.0'?>\n<!DOCTYPE rss [<!ENTITY leak SYSTEM \"{secret.as_uri()}\">]>\n"
            + feed_text(("[01版：要闻] 标题&leak;", article_html("标题", "<p>正文。</p>"))).split("\n", 1)[1])
    issue = epaper_rss.load(write(tmp_path, text))
    assert "秘密" not in "".join(it.title or "" for it in issue.items())


def test_items_without_a_page_or_a_text_are_kept_with_a_warning(tmp_path: Path) -> None:
    good = ("[01版：要闻] 好文章", article_html("好文章", "<p>　　正文。</p>"))
    no_page = ("无版面的条目", "<div><h1>无版面的条目</h1><p>没有版面信息。</p></div>")
    empty = ("[02版：要闻] 空条目", "   ")
    nothing = ("[02版：要闻] ", "<div></div>")
    issue = epaper_rss.load(write(tmp_path, feed_text(good, no_page, empty, nothing)))
    assert [(it.page, it.title) for it in issue.items()] == [(1, "好文章"), (1, "无版面的条目"), (2, "空条目")]
    warned = [(w.code, w.page, w.item) for w in issue.warnings]
    assert warned == [("bad-item", 2, None), ("page-unknown", 1, "p1-2"), ("no-text", 2, "p2-1")]
    assert issue.pages[1].items[0].blocks == []


def test_feed_of_only_unreadable_items(tmp_path: Path) -> None:
    with pytest.raises(IssueError, match="no readable items"):
        epaper_rss.load(write(tmp_path, feed_text(("[01版：要闻]", "<div> </div>"))))


# --- no text crashes the importer -------------------------------------------------------------

_HTML_BITS = st.sampled_from([
    "<p>", "</p>", "<h1>", "</h1>", "<h3><p>", '<p class="sec">', "<span class=\"date\">", "</span>",
    "<!--enpcontent-->", "<!--/enpcontent-->", "<!--enpproperty <date>2026-13-45</date>", "/enpproperty-->",
    '<img data-original-title="&lt;p&gt;说明&lt;/p&gt;">', "<img alt='图'>", "<br>", "<strong>", "</strong>",
    "<table><tr><td>", "</td></tr></table>", "<script>", "　　", "（转第三版）", "（上接第一版）",
    "（相关报道见第二版）", "本版责编：李  拯", "本报记者 周 欢", "新华社北京6月11日电", "&amp;", "&#0;", "<",
    ">", "\x00", "\ud800", "《人民日报》（2026年06月12日 第 01 版）"])
_DESCRIPTIONS = st.lists(st.one_of(_HTML_BITS, st.text(max_size=30)), max_size=25).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(description=_DESCRIPTIONS)
def test_no_description_text_crashes_the_item_parser(description: str) -> None:
    art = parse_article(description)
    assert all(kind in ("paragraph", "heading", "caption") and text for kind, text in art.blocks)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(description=_DESCRIPTIONS, title=st.text(max_size=20))
def test_no_description_text_crashes_the_importer(description: str, title: str) -> None:
    safe = "".join(ch for ch in description if ch in "\t\n\r" or " " <= ch <= "\ud7ff" or "\ue000" <= ch <= "\ufffd")
    safe_title = "".join(ch for ch in title if " " <= ch <= "\ud7ff" or "\ue000" <= ch <= "\ufffd")
    text = feed_text(("[01版：要闻] 固定的文章", article_html("固定的文章", "<p>正文。</p>")),
                     (f"[02版：要闻] {safe_title}", safe))
    with tempfile.TemporaryDirectory() as tmp:
        issue = epaper_rss.load(write(Path(tmp), text))
    assert issue.pages[0].items[0].title == "固定的文章"
    assert all(it.id for it in issue.items())


# --- the real 20-page issue -------------------------------------------------------------------

def test_real_twenty_page_issue_opens_with_twenty_pages() -> None:
    issue = open_issue(corpus_path("epaper-rss/rmrb_2026-06-12.xml"))
    assert [p.number for p in issue.pages] == list(range(1, 21))
    assert issue.paper == "人民日报" and str(issue.date) == "2026-06-12"
    assert not [w for w in issue.warnings if w.code == "bad-item"]


def test_a_part_that_comes_from_a_page_is_never_put_on_that_page(tmp_path: Path) -> None:
    # found by hypothesis: a page-2 item whose text continues from page 1 twice
    body = "<p>（上接第一版）</p><p>说明文字在这里。</p><p>（上接第一版）（转第三版）</p>"
    text = feed_text(("[01版：要闻] 固定的文章", article_html("固定的文章", "<p>正文。</p>")),
                     ("[02版：要闻] 后一篇", article_html("后一篇", body)))
    issue = epaper_rss.load(write(tmp_path, text))
    assert [it.title for it in issue.pages[0].items] == ["固定的文章"]
    assert all(it.page != it.continued_from for it in issue.items())
