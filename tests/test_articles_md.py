"""Article files: Markdown with YAML front matter, one file per article, in page folders."""

from __future__ import annotations

import codecs
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.errors import IssueError
from reader.core.formats.articles import loader as articles_md
from reader.core.formats.articles.body import body_lines
from reader.core.formats.articles.frontmatter import split_front_matter
from reader.core.formats.articles.layout import folder_page
from reader.core.loading import detect_format, open_issue
from reader.core.model import Issue, Item
from reader.core.textclean import CN_NUMERAL_CHARS, is_cjk

from .conftest import corpus_path

pytestmark = pytest.mark.core
FIXTURES = Path(__file__).parent / "fixtures" / "articles"
ARTICLE = """---
source: 江川日报
title: 标题
author:
  - 王明
date: 2026-03-02
page: 二版
theme: 综合
---

本报记者 王明
  第一段，讲的是春天。
  第二段，讲的是秋天。
"""


def _titles(issue: Issue, page: int) -> list[str | None]:
    found = issue.page(page)
    assert found is not None
    return [it.title for it in found.items]


def _item(issue: Issue, page: int, title: str) -> Item:
    found = issue.page(page)
    assert found is not None
    return next(it for it in found.items if it.title == title)


def test_jump_inside_one_file_is_split_and_linked() -> None:
    issue = open_issue(FIXTURES / "jumps")
    first, rest = _item(issue, 1, "江川大桥今日通车"), _item(issue, 3, "江川大桥今日通车")
    assert (first.continues_to, first.continued_from) == (3, None)
    assert (rest.continued_from, rest.continues_to) == (1, None)
    assert first.blocks[-1].text == "建设者们克服汛期施工难题，提前两个月完成主体工程。"
    assert [b.text for b in rest.blocks] == ["通车后，从江北到江南的车程由四十分钟缩短为二十分钟。",
                                            "市民李华说：“以后上班再也不用绕远路了。”"]
    assert first.subtitle == "—两岸群众出行时间缩短一半" and rest.subtitle is None
    assert first.byline == ["王明"] and rest.byline == []
    assert issue.story_of(first.id) is not None
    assert [it.id for it in issue.story_items(rest.id)] == [first.id, rest.id]
    assert "接第" not in issue.item(rest.id).body_text() and "转第" not in first.body_text()


def test_lone_shang_jie_line_continues_on_the_next_page() -> None:
    issue = open_issue(FIXTURES / "jumps")
    first, rest = _item(issue, 1, "春耕备耕全面展开"), _item(issue, 2, "春耕备耕全面展开")
    assert first.continues_to == 2 and rest.continued_from == 1
    assert rest.blocks[0].text == "据统计，全市已备足种子三千吨、化肥一万二千吨。"
    assert [w.code for w in issue.warnings] == ["jump-target-inferred"]
    assert issue.warnings[0].item == first.id
    assert sorted(s.parts for s in issue.stories) == [["p1-1", "p3-1"], ["p1-2", "p2-1"]]


def test_continued_parts_come_first_on_their_page() -> None:
    issue = open_issue(FIXTURES / "jumps")
    assert _titles(issue, 2) == ["春耕备耕全面展开", "社区食堂受欢迎"]
    assert _titles(issue, 3) == ["江川大桥今日通车", "图书馆延长开放时间"]
    assert [it.id for it in issue.items()] == ["p1-1", "p1-2", "p1-3", "p2-1", "p2-2", "p3-1", "p3-2"]


def test_photo_item_has_captions_and_credits() -> None:
    issue = open_issue(FIXTURES / "jumps")
    photo = _item(issue, 1, "图片：数读春耕")
    assert photo.kind == "photo"
    assert [b.kind for b in photo.blocks] == ["caption"] * 3
    assert [b.text for b in photo.blocks] == ["①农户在田间插秧。图/孙力", "②农技人员讲解施肥知识。图/周红",
                                             "③春耕时节的江川平原。江川市农业农村局供图"]
    assert photo.byline == ["孙力", "周红"]
    assert photo.complete


def test_byline_line_stays_in_text_and_front_matter_gives_names() -> None:
    issue = open_issue(FIXTURES / "jumps")
    item = _item(issue, 1, "江川大桥今日通车")
    assert item.blocks[0].text == "本报记者 王明"
    assert item.byline_text == "本报记者 王明"
    assert item.column == "民生实事"
    legacy = _item(issue, 1, "春耕备耕全面展开")
    assert legacy.byline == ["赵敏", "钱进"]  # `author: 本报记者 赵敏 钱进`
    assert legacy.dateline == "本报讯" and legacy.blocks[0].text.startswith("本报讯")
    assert _item(issue, 2, "社区食堂受欢迎").byline == []


def test_headings_and_crossheads() -> None:
    issue = open_issue(FIXTURES / "jumps")
    kinds = [(b.kind, b.text) for b in _item(issue, 2, "社区食堂受欢迎").blocks]
    assert kinds == [("paragraph", "社区食堂开业一个月来，每天接待老年居民三百余人次。"),
                     ("heading", "菜品丰富价格实惠"),
                     ("paragraph", "食堂每天提供二十余种菜品，老年人就餐可享受八折优惠。"),
                     ("heading", "服务贴心"),
                     ("paragraph", "工作人员还为行动不便的老人提供送餐上门服务。")]
    assert [b.kind for b in _item(issue, 1, "江川大桥今日通车").blocks].count("heading") == 1


def test_page_folder_names_and_page_names() -> None:
    issue = open_issue(FIXTURES / "names")
    assert [(p.number, p.name) for p in issue.pages] == [(1, "版面1"), (2, "版面2"), (3, "版面3"), (4, "视觉")]
    assert [it.id for it in issue.items()] == ["p1-1", "p2-1", "p3-1", "p4-1"]
    assert issue.paper == "江川日报" and str(issue.date) == "2026-03-02"


@pytest.mark.parametrize("name,page", [("一版", 1), ("十二版", 12), ("01", 1), ("1", 1), ("A1", 1),
                                       ("第3版", 3), ("B04", 4), ("05-副刊", 5), ("第06版：要闻", 6),
                                       ("images", None), ("20260713", None)])
def test_folder_page(name: str, page: int | None) -> None:
    assert folder_page(name)[0] == page


def test_loose_files_are_grouped_by_page_field() -> None:
    issue = open_issue(FIXTURES / "loose")
    assert [(p.number, p.name, [it.title for it in p.items]) for p in issue.pages] == [
        (1, "要闻", ["一版的稿件"]), (2, "综合", ["二版的稿件"])]


def test_page_of_loose_files_without_page_field(tmp_path: Path) -> None:
    folder = tmp_path / "第5版"
    folder.mkdir()
    (folder / "01.md").write_text("---\ntitle: 无版次\n---\n正文。\n", encoding="utf-8")
    (folder / "02.md").write_text("---\ntitle: 有版次\npage: 二版\n---\n正文。\n", encoding="utf-8")
    issue = open_issue(folder)
    assert [(p.number, [it.title for it in p.items]) for p in issue.pages] == [(2, ["有版次"]), (5, ["无版次"])]
    assert not issue.warnings
    other = tmp_path / "稿件"
    other.mkdir()
    (other / "01.md").write_text("---\ntitle: 无版次\n---\n正文。\n", encoding="utf-8")
    issue = open_issue(other)
    assert [p.number for p in issue.pages] == [1] and [w.code for w in issue.warnings] == ["page-unknown"]
    assert [p.number for p in open_issue(other, page=7).pages] == [7]


def test_single_file_takes_page_from_front_matter_or_argument(tmp_path: Path) -> None:
    f = tmp_path / "稿件.md"
    f.write_text(ARTICLE, encoding="utf-8")
    assert detect_format(f) == "articles-md"
    issue = open_issue(f)
    assert [p.number for p in issue.pages] == [2]
    assert issue.pages[0].items[0].id == "p2-1"
    assert [p.number for p in open_issue(f, page=5).pages] == [5]


@pytest.mark.parametrize("encode", [
    lambda t: t.encode("gbk"), lambda t: t.encode("gb18030"), lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    lambda t: t.replace("\n", "\r\n").encode("utf-8"),
], ids=["gbk", "gb18030", "utf8-bom", "utf16-le", "utf16-be", "crlf"])
def test_encodings(tmp_path: Path, encode) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "二版"
    page.mkdir()
    (page / "01-稿件.md").write_bytes(encode(ARTICLE))
    assert articles_md.sniff(tmp_path)
    issue = open_issue(tmp_path)
    item = issue.pages[0].items[0]
    assert (item.title, item.byline, issue.paper) == ("标题", ["王明"], "江川日报")
    assert [b.text for b in item.blocks] == ["本报记者 王明", "第一段，讲的是春天。", "第二段，讲的是秋天。"]


def test_broken_front_matter_names_file_and_problem() -> None:
    with pytest.raises(IssueError) as exc:
        open_issue(FIXTURES / "broken-yaml.md")
    assert exc.value.path.endswith("broken-yaml.md")
    assert "front matter" in exc.value.problem and "line 3" in exc.value.problem
    with pytest.raises(IssueError, match="never closed"):
        open_issue(FIXTURES / "mixed" / "一版" / "02-坏稿件.md", fmt="articles-md")


def test_bad_file_among_good_is_skipped_with_warning() -> None:
    issue = open_issue(FIXTURES / "mixed")
    assert _titles(issue, 1) == ["好稿件", "又一篇好稿件"]
    bad = [w for w in issue.warnings if w.code == "bad-file"]
    assert len(bad) == 1 and "02-坏稿件.md" in bad[0].message and "never closed" in bad[0].message


def test_folder_of_only_bad_or_no_files_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(IssueError, match="no article files"):
        articles_md.load(tmp_path)
    (tmp_path / "一版").mkdir()
    (tmp_path / "一版" / "01.md").write_text("---\ntitle: [坏\n---\n正文\n", encoding="utf-8")
    (tmp_path / "一版" / "02.md").write_bytes(b"")
    with pytest.raises(IssueError, match="no readable article file"):
        articles_md.load(tmp_path)


def test_sniff(tmp_path: Path) -> None:
    assert articles_md.sniff(FIXTURES / "jumps")
    assert articles_md.sniff(FIXTURES / "jumps" / "一版")
    assert articles_md.sniff(FIXTURES / "loose" / "a.md")
    assert not articles_md.sniff(tmp_path)
    plain = tmp_path / "01.md"
    plain.write_text("## 标题\n\n---\n\n正文。\n", encoding="utf-8")
    assert not articles_md.sniff(plain) and not articles_md.sniff(tmp_path)
    rule = tmp_path / "02.md"
    rule.write_text("---\n## 标题\n", encoding="utf-8")
    assert not articles_md.sniff(rule)


def test_front_matter_fields_are_kept_as_written() -> None:
    meta = split_front_matter("---\ntitle: 2026\nauthor: \ncolumn:\n  - 科普看台\nimage: yes\n"
                              "subtitle: —副题\ndate: 2026年7月3日\n---\n正文\n", "x.md")
    assert meta.text("title") == "2026" and meta.names("author") == []
    assert meta.values("column") == ["科普看台"] and meta.flag("image")
    assert meta.text("subtitle") == "—副题" and str(meta.date("date")) == "2026-07-03"
    assert meta.body_line == 10


def test_markdown_is_not_rendered() -> None:
    lines = body_lines("<b>加粗</b>正文\n  [链接](网址)说明\n  1. 第一条\n\n    缩进的一段\n", 5)
    assert [(ln.text, ln.line) for ln in lines] == [
        ("<b>加粗</b>正文", 5), ("[链接](网址)说明", 6), ("1. 第一条", 7), ("缩进的一段", 9)]


def test_each_line_is_a_paragraph_indented_or_not() -> None:
    lines = body_lines("第一段。\n  小标题\n不缩进的一段，没有句号\n\u3000\u3000第三段。\n  \n  第四段。\n", 1)
    assert [ln.text for ln in lines] == ["第一段。", "小标题", "不缩进的一段，没有句号", "第三段。", "第四段。"]


def test_jump_markers_glued_on_one_line(tmp_path: Path) -> None:
    for n in ("一版", "四版"):
        (tmp_path / n).mkdir()
    (tmp_path / "一版" / "01.md").write_text(
        "---\ntitle: 连在一行\n---\n开头一段。\n  前半句写在一版（下转第四版）（上接第一版）后半句写在四版。\n",
        encoding="utf-8")
    (tmp_path / "四版" / "01.md").write_text("---\ntitle: 四版稿件\n---\n正文。\n", encoding="utf-8")
    issue = open_issue(tmp_path)
    first, rest = _item(issue, 1, "连在一行"), _item(issue, 4, "连在一行")
    assert [b.text for b in first.blocks] == ["开头一段。", "前半句写在一版"]
    assert [b.text for b in rest.blocks] == ["后半句写在四版。"]
    assert (first.continues_to, rest.continued_from, first.complete) == (4, 1, True)
    assert [s.parts for s in issue.stories] == [["p1-1", "p4-1"]] and not issue.warnings


def test_truncated_article_only_when_clearly_cut(tmp_path: Path) -> None:
    page = tmp_path / "一版"
    page.mkdir()
    head = "---\ntitle: {t}\nimage: {img}\n---\n\n"
    (page / "01.md").write_text(head.format(t="断稿", img="false")
                                + "第一段完整。\n  第二段写到这里就被截断了，没有写完的后面的内容还印在另一张纸上面\n",
                                encoding="utf-8")
    (page / "02.md").write_text(head.format(t="列表", img="false")
                                + "要点如下：\n  ◆全国共有二百四十六个站出现特大暴雨二千四百六十四个站出现大暴雨\n",
                                encoding="utf-8")
    (page / "03.md").write_text(head.format(t="图片", img="true")
                                + "江川平原上农户正在田间插秧远处是连绵的青山和新建成的大桥\n", encoding="utf-8")
    (page / "04.md").write_text(head.format(t="图说", img="false")
                                + "江川平原上农户正在田间插秧，远处是连绵的青山和新建成的大桥。图/孙力\n",
                                encoding="utf-8")
    issue = open_issue(tmp_path)
    assert [it.complete for it in issue.items()] == [False, True, True, True]
    assert [(w.code, w.item) for w in issue.warnings] == [("truncated", "p1-1")]


_ALPHABET = st.sampled_from(list("春秋一二三四五六七八九十版上下转接第紧报讯记者图摄供。，：“”（）()【】"
                                 "0123456789０１２ABab#*-_>`[]!<>&;\\=|~ \u3000\n"))
_PIECES = st.sampled_from(["（下转第三版）", "（上接第一版）", "\n\u3000\u3000（上接第一版）\n", "（转2版）\n",
                           "\n  ", "\n\n", "## ", "**", "。图/张三", "①", "摄", "---\n", "1. ", "- "])
_BODIES = st.lists(st.one_of(st.text(_ALPHABET, max_size=30), _PIECES), max_size=20).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=_BODIES, image=st.booleans())
def test_no_body_crashes_and_no_chinese_is_lost(body: str, image: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "一版"
        page.mkdir()
        text = f"---\ntitle: T\nimage: {str(image).lower()}\n---\n{body}"
        (page / "01-x.md").write_text(text, encoding="utf-8")
        (Path(tmp) / "三版").mkdir()
        (Path(tmp) / "三版" / "01-y.md").write_text("---\ntitle: U\n---\nok\n", encoding="utf-8")
        issue = open_issue(Path(tmp))
    out = "".join(b.text for it in issue.items() for b in it.blocks)
    out += "".join((w.message or "") + (w.text or "") for w in issue.warnings)
    missing = Counter(ch for ch in body if is_cjk(ch)) - Counter(ch for ch in out if is_cjk(ch))
    # only jump markers (（下转第三版） （上接第一版）) are dropped, and only when a jump was recorded
    assert set(missing) <= set("上下转接紧第版" + CN_NUMERAL_CHARS), missing
    if missing:
        assert any(it.continues_to or it.continued_from for it in issue.items())
    assert len({it.id for it in issue.items()}) == len(list(issue.items()))


def test_real_issue_stories_and_placement() -> None:
    issue = open_issue(corpus_path("articles-md/cmn/20260713"))
    assert issue.paper == "中国气象报" and str(issue.date) == "2026-07-13"
    assert [(p.number, p.name) for p in issue.pages] == [(1, "要闻"), (2, "综合"), (3, "科技"), (4, "视觉")]
    stories = sorted([(issue.item(i).page, issue.item(i).title) for i in s.parts] for s in issue.stories)
    assert stories == sorted([[(1, t), (page, t)] for t, page in [
        ("风起青萍末策定波澜先", 3), ("陆海空天协同观测追踪“巴威”", 2), ("“巴威”来临前的36小时", 2)]])
    assert Counter(w.code for w in issue.warnings) == {"jump-target-inferred": 1}
    assert [it.kind for it in issue.items()].count("photo") == 2
