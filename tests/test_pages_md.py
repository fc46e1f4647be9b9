"""Page-extraction importer: one rule a test, on small fixtures under tests/fixtures/pages/."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.bylines import parse_byline, parse_credit, split_dateline
from reader.core.errors import IssueError
from reader.core.formats import pages as pages_md
from reader.core.formats.pages.layout import parse_page
from reader.core.loading import detect_format, open_issue
from reader.core.model import Issue, Item

from .conftest import corpus_path

pytestmark = pytest.mark.core

FIXTURES = Path(__file__).parent / "fixtures" / "pages"


def items(issue: Issue) -> list[Item]:
    return list(issue.items())


def by_title(issue: Issue, title: str) -> Item:
    found = [it for it in issue.items() if it.title == title]
    assert len(found) == 1, [it.title for it in issue.items()]
    return found[0]


def codes(issue: Issue) -> list[str]:
    return [w.code for w in issue.warnings]


def parse(text: str) -> list[Item]:
    return parse_page(text, "t.md").items


# --- noise, masthead, page-level lines ---------------------------------------------------------

def test_qr_labels_are_noise_with_a_warning_keeping_their_text() -> None:
    issue = open_issue(FIXTURES / "labels.md")
    assert [it.title for it in items(issue)] == ["城东新建三座口袋公园"]
    noise = [w for w in issue.warnings if w.code == "noise"]
    assert len(noise) == 1 and noise[0].page == 1
    assert noise[0].text is not None and noise[0].text.split("\n") == ["临川发布", "客户端", "扫码看视频"]


def test_long_text_before_the_first_headline_is_an_untitled_article_not_noise() -> None:
    got = parse("这是一段没有标题的正文，讲述了城市的变化和市民的生活。\n\n## 标题\n\n正文。\n")
    assert got[0].title is None and got[0].blocks[0].text.startswith("这是一段")
    assert got[1].title == "标题"


def test_masthead_gives_paper_date_page_and_editors() -> None:
    issue = open_issue(FIXTURES / "masthead.md")
    assert issue.paper == "临川晚报" and issue.date == dt.date(2025, 11, 8)
    page = issue.pages[0]
    assert (page.number, page.name) == (5, "文体")
    assert page.editors == ["孔令文", "谢安然"]
    assert [it.title for it in page.items] == ["市民运动会开幕"]
    assert not any("编辑" in b.text for it in page.items for b in it.blocks)
    assert "noise" not in codes(issue)


# --- headlines, subtitles, crossheads, kickers ---------------------------------------------------

def test_subtitle_crosshead_and_kicker() -> None:
    got = parse("### 引题在上\n\n## 主标题\n\n### ——副题\n\n第一段。\n\n### 小标题\n\n第二段。\n")
    assert len(got) == 1
    it = got[0]
    assert (it.kicker, it.title, it.subtitle) == ("引题在上", "主标题", "——副题")
    assert [(b.kind, b.text) for b in it.blocks] == [
        ("paragraph", "第一段。"), ("heading", "小标题"), ("paragraph", "第二段。")]


def test_inline_markup_becomes_plain_text_and_html_stays_text() -> None:
    got = parse("## **加粗**标题\n\n正文有[链接](http://example.com)和**强调**，<b>标签</b>照原样。\n")
    assert got[0].title == "加粗标题"
    assert got[0].blocks[0].text == "正文有链接和强调，<b>标签</b>照原样。"


def test_indented_lines_and_reference_like_lines_stay_paragraphs() -> None:
    got = parse("## 标题\n\n    缩进的一段正文。\n\n[注]: 本文系作者观点。\n\n&amp;保留原样。\n")
    assert [b.text for b in got[0].blocks] == ["缩进的一段正文。", "[注]: 本文系作者观点。", "&amp;保留原样。"]


# --- bylines and datelines ---------------------------------------------------------------------

def test_standalone_bylines_become_names_not_text() -> None:
    issue = open_issue(FIXTURES / "bylines.md")
    first = by_title(issue, "春运返程客流进入高峰")
    assert first.byline == ["邱子墨", "周欢", "吕一鸣"]
    assert first.byline_text == "本报记者 邱子墨 周 欢 通讯员 吕一鸣"
    assert [b.text for b in first.blocks] == ["记者在火车站看到，候车大厅秩序井然。"]


def test_dateline_is_recognised_and_stays_in_the_text() -> None:
    issue = open_issue(FIXTURES / "bylines.md")
    it = by_title(issue, "今冬首场降雪如期而至")
    assert it.dateline == "新华社北京2月23日电"
    assert it.byline == ["张三", "李四"]
    assert it.blocks[0].text.startswith("新华社北京2月23日电（记者 张三、李四）")


@pytest.mark.parametrize("para,dateline,names", [
    ("本报讯（记者陈刚）农业兴则百业兴。", "本报讯", ["陈刚"]),
    ("本报北京6月11日电（记者 王明）会议今天召开。", "本报北京6月11日电", ["王明"]),
    ("本报讯 今天，全市降温。", "本报讯", []),
])
def test_dateline_forms(para: str, dateline: str, names: list[str]) -> None:
    it = parse(f"## 标题\n\n{para}\n")[0]
    assert (it.dateline, it.byline) == (dateline, names)
    assert it.blocks[0].text == para


def test_commentary_author_sharing_a_paragraph_through_a_hard_break() -> None:
    issue = open_issue(FIXTURES / "bylines.md")
    it = by_title(issue, "守住春天的约定")
    assert it.byline == ["蓝海舟"] and it.byline_text == "蓝海舟"
    assert [b.text for b in it.blocks] == ["每一个春天都值得认真对待。"]


def test_a_bare_name_inside_the_body_is_text_not_a_byline() -> None:
    it = parse("## 标题\n\n第一段。\n\n王小明\n\n第二段。\n")[0]
    assert it.byline == []
    assert "王小明" in it.body_text()


# --- photos ------------------------------------------------------------------------------------

def test_photo_caption_with_credit_on_the_next_line() -> None:
    issue = open_issue(FIXTURES / "photos.md")
    photo = items(issue)[1]
    assert photo.kind == "photo" and photo.title is None
    assert [(b.kind, b.text) for b in photo.blocks] == [("caption", "工人在城南片区拆除危旧房屋。")]
    assert photo.byline == ["苗青"] and photo.byline_text == "记者 苗青 摄"
    assert items(issue)[0].blocks[-1].text.endswith("涉及居民1200户。")


def test_photo_credit_in_its_own_paragraph_and_a_headline_over_a_photo() -> None:
    issue = open_issue(FIXTURES / "photos.md")
    photo = by_title(issue, "冬日湿地")
    assert photo.kind == "photo"
    assert [b.kind for b in photo.blocks] == ["caption"]
    assert photo.byline == ["临川市湿地保护中心"]


def test_text_broken_around_a_photo_rejoins_its_article() -> None:
    issue = open_issue(FIXTURES / "photos.md")
    article = by_title(issue, "夜市开张")
    assert [b.text for b in article.blocks] == ["本报讯 步行街夜市今晚开张，共有摊位200个。"]
    photo = items(issue)[items(issue).index(article) + 1]
    assert photo.kind == "photo" and photo.byline == ["左文轩"]


def test_photo_ends_an_article_when_the_next_text_starts_afresh() -> None:
    got = parse("## 标题\n\n正文结束了。\n\n图片说明。\n记者 田野 摄\n\n另一段独立的文字。\n")
    assert [it.kind for it in got] == ["article", "photo", "article"]
    assert got[2].title is None and got[2].blocks[0].text == "另一段独立的文字。"


@pytest.mark.parametrize("credit,names", [
    ("记者 柯玉栋 摄", ["柯玉栋"]), ("新华社记者 王明 摄", ["王明"]), ("图/记者 韩冬", ["韩冬"]),
    ("青石县融媒体中心供图", ["青石县融媒体中心"]), ("张 扬 摄影", ["张扬"]),
])
def test_credit_forms(credit: str, names: list[str]) -> None:
    got = parse(f"说明文字。\n{credit}\n")
    assert got[0].kind == "photo" and got[0].byline == names


# --- column breaks, duplicates, truncation ---------------------------------------------------------

def test_column_breaks_are_rejoined_even_over_a_whitespace_only_line() -> None:
    issue = open_issue(FIXTURES / "repairs.md")
    it = by_title(issue, "新能源产业加速集聚")
    texts = [b.text for b in it.blocks]
    assert texts[0].endswith("产业链条不断延伸，去年产值突破百亿元。")
    assert texts[1] == "新区坚持规划引领，先后出台产业扶持政策12项，累计兑现奖补资金3.6亿元。"
    assert len(texts) == 3


def test_no_join_after_a_sentence_end_or_across_a_crosshead() -> None:
    it = parse("## 标题\n\n一句完整的话。\n\n另一句。\n\n半句话\n\n### 小标题\n\n新的一段。\n")[0]
    assert [b.text for b in it.blocks] == ["一句完整的话。", "另一句。", "半句话", "小标题", "新的一段。"]


def test_latin_words_split_at_a_column_break_keep_a_space() -> None:
    it = parse("## 标题\n\n他说 open\n\nsource 很重要。\n")[0]
    assert it.blocks[0].text == "他说 open source 很重要。"


def test_duplicate_fragment_is_dropped_with_its_text_in_a_warning() -> None:
    issue = open_issue(FIXTURES / "repairs.md")
    it = by_title(issue, "新能源产业加速集聚")
    dup = [w for w in issue.warnings if w.code == "duplicate-fragment"]
    assert len(dup) == 1 and dup[0].item == it.id
    assert dup[0].text == "支持储能、氢能等领域。（转3版）"
    assert sum(b.text.count("支持储能") for b in it.blocks) == 1


def test_short_repeated_lines_are_not_taken_for_duplicates() -> None:
    it = parse("## 标题\n\n他说：“好。”\n\n她也说：“好。”\n\n好。\n")[0]
    assert [b.text for b in it.blocks] == ["他说：“好。”", "她也说：“好。”", "好。"]


def test_text_stopping_mid_sentence_is_incomplete_with_a_warning() -> None:
    issue = open_issue(FIXTURES / "repairs.md")
    it = by_title(issue, "读书的人多了")
    assert it.complete is False
    trunc = [w for w in issue.warnings if w.code == "truncated"]
    assert [w.item for w in trunc] == [it.id]
    assert by_title(issue, "新能源产业加速集聚").complete is True  # it jumps, it is not cut off


# --- jumps -------------------------------------------------------------------------------------

def test_jump_markers_set_pages_and_leave_the_text() -> None:
    issue = open_issue(FIXTURES / "repairs.md")
    it = by_title(issue, "新能源产业加速集聚")
    assert it.continues_to == 3
    assert not any("转3版" in b.text for b in it.blocks)
    assert codes(issue).count("continuation-missing") == 1


def test_jump_from_markers_open_parts() -> None:
    got = parse_page((FIXTURES / "jumps.md").read_text(encoding="utf-8"), "jumps.md").items
    assert [(it.title, it.continued_from) for it in got] == [("老街焕新颜", 1), (None, 1)]
    assert got[0].blocks[0].text == "改造后的老街保留了青石板路和骑楼。"
    assert got[1].blocks[0].text == "另据了解，二期工程将于年内启动。"


def test_folder_is_one_issue_with_pages_sorted_and_stories_linked() -> None:
    issue = open_issue(FIXTURES / "issue-2026-03-02")
    assert issue.format == "pages-md"
    assert [p.number for p in issue.pages] == [1, 2, 3]
    assert issue.date == dt.date(2026, 3, 2)
    assert [s.parts for s in issue.stories] == [["p1-1", "p3-1"]]
    assert "continuation-missing" not in codes(issue)


# --- page numbers ------------------------------------------------------------------------------

@pytest.mark.parametrize("name,number", [
    ("000_8c687166.txt", 1), ("03.md", 3), ("第3版.md", 3), ("A03.md", 3), ("page-7.md", 7),
    ("rmrb_20260302_05.md", 5), ("无编号.md", 1),
])
def test_single_file_page_number_from_its_name(tmp_path: Path, name: str, number: int) -> None:
    f = tmp_path / name
    f.write_text("## 标题\n\n本报讯 正文。\n", encoding="utf-8")   # a dateline: a page (loading.is_an_issue)
    assert open_issue(f).pages[0].number == number


def test_page_argument_overrides_the_name(tmp_path: Path) -> None:
    f = tmp_path / "03.md"
    f.write_text("## 标题\n\n正文。\n", encoding="utf-8")
    issue = open_issue(f, page=7)
    assert issue.pages[0].number == 7 and issue.pages[0].items[0].id == "p7-1"


def test_folder_numbering_zero_based_names_and_plain_order(tmp_path: Path) -> None:
    zero = tmp_path / "zero"
    zero.mkdir()
    for i in range(3):
        (zero / f"{i:03d}_x.txt").write_text(f"## 第{i}个\n\n正文。\n", encoding="utf-8")
    assert [p.number for p in open_issue(zero).pages] == [1, 2, 3]
    plain = tmp_path / "plain"
    plain.mkdir()
    for name in ("甲.md", "乙.md"):
        (plain / name).write_text("## 标题\n\n本报讯 正文。\n", encoding="utf-8")
    assert [p.number for p in open_issue(plain).pages] == [1, 2]


def test_two_files_for_one_page_are_merged_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "01a.md").write_text("## 甲\n\n正文。\n", encoding="utf-8")
    (tmp_path / "01b.md").write_text("## 乙\n\n正文。\n", encoding="utf-8")
    issue = open_issue(tmp_path)
    assert len(issue.pages) == 1
    assert [it.id for it in issue.items()] == ["p1-1", "p1-2"]
    assert "page-merged" in codes(issue)


def test_header_page_label_numbers_an_unnumbered_file(tmp_path: Path) -> None:
    f = tmp_path / "要闻.md"
    f.write_text("第4版　要闻\n\n## 标题\n\n正文。\n", encoding="utf-8")
    page = open_issue(f).pages[0]
    assert (page.number, page.name) == (4, "要闻")


# --- detection and bad input -------------------------------------------------------------------

def test_sniff(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text("## 标题\n\n正文。\n", encoding="utf-8")
    front = tmp_path / "a.md"
    front.write_text("---\ntitle: 标题\n---\n正文。\n", encoding="utf-8")
    feed = tmp_path / "feed.txt"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"></rss>', encoding="utf-8")
    assert pages_md.sniff(page) and not pages_md.sniff(front) and not pages_md.sniff(feed)
    assert not pages_md.sniff(tmp_path / "x.xml")
    assert pages_md.sniff(FIXTURES / "issue-2026-03-02")
    assert not pages_md.sniff(tmp_path)  # a folder holding an article file
    empty = tmp_path / "empty"
    empty.mkdir()
    assert not pages_md.sniff(empty)
    assert detect_format(page) == "pages-md"


def test_empty_and_binary_files_are_refused_by_name(tmp_path: Path) -> None:
    empty = tmp_path / "01.md"
    empty.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(IssueError, match="01.md: file is empty"):
        open_issue(empty)
    binary = tmp_path / "02.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(IssueError, match="02.md: looks like a binary file"):
        open_issue(binary)


def test_oversize_file_is_refused_with_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "01.md"
    with big.open("wb") as fh:
        fh.truncate(51 * 1024 * 1024)
    with pytest.raises(IssueError, match=r"01.md: file is 51.0 MB, over the 50 MB limit"):
        pages_md.load(big)


def test_folder_without_page_files(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    with pytest.raises(IssueError, match="folder holds no page files"):
        pages_md.load(tmp_path)


def test_one_bad_page_in_a_folder_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "01.md").write_text("## 标题\n\n正文。\n", encoding="utf-8")
    (tmp_path / "02.md").write_bytes(b"")
    issue = open_issue(tmp_path)
    assert [p.number for p in issue.pages] == [1]
    bad = [w for w in issue.warnings if w.code == "bad-page"]
    assert len(bad) == 1 and "02.md" in bad[0].message and "empty" in bad[0].message


def test_a_folder_of_only_bad_pages_is_refused(tmp_path: Path) -> None:
    (tmp_path / "01.md").write_bytes(b"")
    with pytest.raises(IssueError, match=r"no readable page files \(01.md: file is empty\)"):
        pages_md.load(tmp_path)


# --- encodings and sources ---------------------------------------------------------------------

PAGE_TEXT = "## 春天来了\n\n本报讯（记者 林晓舟）　花开了，\n\n草也绿了。\n"


@pytest.mark.parametrize("encoding,newline", [
    ("utf-8", "\n"), ("utf-8-sig", "\n"), ("gb18030", "\n"), ("utf-16", "\n"), ("utf-8", "\r\n"),
])
def test_encodings_and_line_ends_read_alike(tmp_path: Path, encoding: str, newline: str) -> None:
    f = tmp_path / "01.md"
    f.write_bytes(PAGE_TEXT.replace("\n", newline).encode(encoding))
    it = next(open_issue(f).items())
    assert it.title == "春天来了" and it.byline == ["林晓舟"]
    assert [b.text for b in it.blocks] == ["本报讯（记者 林晓舟） 花开了，草也绿了。"]


def test_blocks_know_their_file_and_line() -> None:
    issue = open_issue(FIXTURES / "bylines.md")
    it = by_title(issue, "春运返程客流进入高峰")
    assert it.blocks[0].source is not None
    assert Path(it.blocks[0].source.file).name == "bylines.md" and it.blocks[0].source.line == 8
    assert it.source is not None and it.source.line == 1


# --- the real seed page (skipped without ../shared/corpus) ------------------------------------------

def test_seed_page_repairs() -> None:
    issue = open_issue(corpus_path("pages-md/000_8c687166d13b4f80.txt"))
    assert issue.pages[0].number == 1
    assert codes(issue).count("duplicate-fragment") == 1
    assert codes(issue).count("noise") == 1 and codes(issue).count("truncated") == 2
    second = items(issue)[1]
    assert second.subtitle == "——“十四五”时期永昌县经济社会高质量发展综述"
    joined = [b.text for b in second.blocks if "省级乡村振兴样板县" in b.text]
    assert len(joined) == 1 and "全省县域经济强县、省级乡村振兴样板县" in joined[0]
    commentary = by_title(issue, "团结一心，干成一番新事业")
    assert commentary.byline == ["尹双红"] and commentary.blocks[0].text.startswith("“我们要")


def test_caption_and_credit_on_one_line() -> None:
    got = parse("## 标题\n\n正文。\n\n施工人员正在安装汽轮机。 记者 柯玉栋 摄\n\n## 下一篇\n\n正文。\n")
    photo = got[1]
    assert photo.kind == "photo" and photo.byline == ["柯玉栋"] and photo.byline_text == "记者 柯玉栋 摄"
    assert [b.text for b in photo.blocks] == ["施工人员正在安装汽轮机。"]
    assert parse("## 标题\n\n他说这是好事。 王明 摄\n")[0].kind == "article"  # no role word: ordinary text


def test_cross_references_are_not_jumps() -> None:
    it = parse("## 标题\n\n会议召开。（相关报道见第二版）\n")[0]
    assert it.cross_refs == [2] and it.continues_to is None


# --- byline recognition (reader.core.bylines, shared with the other importers) ----------------------

@pytest.mark.parametrize("line,names", [
    ("记者 季泽轩", ["季泽轩"]), ("记者 刘伟业 屈冰", ["刘伟业", "屈冰"]), ("本报记者 李佩阳 周 欢", ["李佩阳", "周欢"]),
    ("通讯员 梁思远", ["梁思远"]), ("江川日报记者 林晓舟", ["林晓舟"]), ("文/图 张三", ["张三"]),
    ("□尹双红", ["尹双红"]), ("新华社记者 王明 报道", ["王明"]), ("本报评论员", []),
    ("本报驻俄罗斯特派记者 王五", ["王五"]), ("本报实习生 周 欢", ["周欢"]),
])
def test_byline_lines(line: str, names: list[str]) -> None:
    by = parse_byline(line)
    assert by is not None and by.names == names and by.text == line


@pytest.mark.parametrize("line", ["记者手记", "金昌发布", "客户端", "记者在萃取车间看到", "集群发展强根基", "他说：好。"])
def test_not_byline_lines(line: str) -> None:
    assert parse_byline(line) is None


def test_bare_names_only_when_asked() -> None:
    assert parse_byline("尹双红", bare_names=False) is None
    assert parse_byline("记者 尹双红", bare_names=False) is not None


@pytest.mark.parametrize("para,dateline,names", [
    ("据新华社电（记者 王明）今天", "据新华社电", ["王明"]), ("本报江川3月1日讯 今天", "本报江川3月1日讯", []),
])
def test_more_datelines(para: str, dateline: str, names: list[str]) -> None:
    got = split_dateline(para)
    assert got is not None and (got.text, got.names) == (dateline, names)


@pytest.mark.parametrize("text", ["今年3月1日讯息很多", "本报电视台播出"])
def test_not_datelines(text: str) -> None:
    assert split_dateline(text) is None


@pytest.mark.parametrize("line", ["游客在湖边拍摄", "图为春耕现场。", "他正在摄"])
def test_not_credits(line: str) -> None:
    assert parse_credit(line) is None


def test_a_break_after_a_closing_quote_or_dash_is_mid_sentence() -> None:
    it = parse("## 标题\n\n回顾“十四五”\n\n期间的成就。他说：“好。”\n\n转化为关键原料——\n\n硫酸锰。\n\n保障。（记者 王明）\n\n新段落。\n")[0]
    assert [b.text for b in it.blocks] == [
        "回顾“十四五”期间的成就。他说：“好。”", "转化为关键原料——硫酸锰。", "保障。（记者 王明）", "新段落。"]


def test_jump_marker_printed_in_a_headline() -> None:
    got = parse("## 老街焕新颜（上接第一版）\n\n改造后的老街保留了骑楼。\n")
    assert (got[0].title, got[0].continued_from) == ("老街焕新颜", 1)


def test_a_short_bold_line_inside_an_article_is_a_crosshead() -> None:
    it = parse("## 标题\n\n第一段。\n\n**集群发展强根基**\n\n第二段。\n\n**加粗的整句话也是正文。**\n")[0]
    assert [(b.kind, b.text) for b in it.blocks] == [
        ("paragraph", "第一段。"), ("heading", "集群发展强根基"), ("paragraph", "第二段。"),
        ("paragraph", "加粗的整句话也是正文。")]
