"""Properties of the page parser on generated text: it never crashes and it loses no Chinese character.

Conservation, precisely: let IN be the multiset of Chinese characters (textclean.is_cjk) of a
generated page, and OUT those of the parse: every item's kicker, title, subtitle, byline_text and
block texts, every warning's text, and the page-level lines the parser consumed (masthead, page
header, editor lines, each of which must be one by the header grammar). Then OUT ⊆ IN (nothing is
invented), and IN − OUT consists only of jump markers: for each item with continues_to at most one
each of 下 转 第 版, for each item with continued_from at most one each of 上 紧 接 第 版, and at most
four Chinese numerals (the page number, 第三版) per marker.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.errors import IssueError
from reader.core.formats import pages as pages_md
from reader.core.formats.pages.editors import parse_editor_line
from reader.core.formats.pages.header import parse_header_line
from reader.core.formats.pages.layout import PageParse, parse_page
from reader.core.textclean import CN_NUMERAL_CHARS, is_cjk

pytestmark = pytest.mark.core

HANZI = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子"
         "说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机"
         "当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心"
         "反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程"
         "展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期"
         "根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志"
         "世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每"
         "目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律"
         "叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感"
         "劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片"
         "始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞版摄讯紧")
PUNCT = "，。、；：？！“”（）《》…—　 0123456789"
NAMES = ["季泽轩", "刘伟业", "屈冰", "尹双红", "陈刚", "欧阳明月", "周 欢", "林晓舟"]
# Names no surname list holds, as whole issues print them (pen names, names after a role word).
PLACED_NAMES = ["巨云鹏", "琼达卓嘎", "莽九晨", "晓熠", "渔樵", "书云", "妥红艳", "泽 钊", "钟周家豪"]

words = st.text(alphabet=st.sampled_from(HANZI + PUNCT), min_size=1, max_size=40)
short = st.text(alphabet=st.sampled_from(HANZI), min_size=1, max_size=8)
name = st.sampled_from(NAMES)
marker_to = st.sampled_from(["（转3版）", "(转3版)", "（下转第三版）", "转第3版", "转A2版", "（转３版）"])
marker_from = st.sampled_from(["（上接1版）", "（上接第一版）", "（接第一版）", "（紧接第1版）", "上接第二版 "])


@st.composite
def page_lines(draw: st.DrawFn) -> list[str]:
    """One line (or a small group of lines) of a page extraction."""
    kind = draw(st.sampled_from([
        "headline", "sub", "body", "body", "body", "jump_to", "jump_from", "byline", "dateline",
        "credit", "label", "masthead", "editor", "blank", "space", "hard", "bold", "link", "rule",
        "author", "pen", "placed_credit", "editor_bare", "aside", "placed_dateline"]))
    if kind == "headline":
        return ["## " + draw(words)]
    if kind == "sub":
        return ["### " + draw(words)]
    if kind == "body":
        return [draw(words) + draw(st.sampled_from(["", "。", "，", "！"]))]
    if kind == "jump_to":
        return [draw(words) + draw(st.sampled_from(["。", ""])) + draw(marker_to)]
    if kind == "jump_from":
        return [draw(marker_from) + draw(words)]
    if kind == "byline":
        return [draw(st.sampled_from(["记者 ", "本报记者 ", "通讯员 ", "新华社记者 "])) + draw(name)]
    if kind == "dateline":
        return [draw(st.sampled_from(["本报讯（记者" + draw(name) + "）", "新华社北京2月23日电 "])) + draw(words)]
    if kind == "credit":
        credit = draw(st.sampled_from(["记者 柯玉栋 摄", "图/韩冬", "青石县融媒体中心供图", "（新华社记者 王明 摄）"]))
        if draw(st.booleans()):
            return [draw(words) + "。 " + credit]
        return [draw(words) + "  ", credit]
    if kind == "label":
        return [draw(short) + draw(st.sampled_from(["  ", ""])), draw(short)]
    if kind == "masthead":
        return [draw(st.sampled_from(["江川日报", "2026年3月2日 星期一", "第2版 要闻", "A03 经济"]))]
    if kind == "editor":
        return ["责任编辑：" + draw(name)]
    if kind == "hard":
        return [draw(words) + "  ", draw(words)]
    if kind == "bold":
        return ["**" + draw(words) + "**" + draw(st.sampled_from(["", "正文"]))]
    if kind == "link":
        return ["[" + draw(words) + "](http://example.com/a)" + draw(words)]
    if kind == "rule":
        return ["---"]
    if kind == "author":
        return [draw(name) + "  ", draw(words)]
    if kind == "pen":  # an author's name alone under a headline, joined by a hard break or not
        return ["## " + draw(words), "", draw(st.sampled_from(PLACED_NAMES)) + draw(st.sampled_from(["  ", "\n"])),
                draw(words) + "。"]
    if kind == "placed_credit":
        who = draw(st.sampled_from(PLACED_NAMES))
        credit = draw(st.sampled_from([f"{who}摄", f"以上图片均为{who}摄", f"{who}摄（人民视觉）", f"本报亚太中心分社 {who}摄"]))
        return [draw(words) + "。" + draw(st.sampled_from(["  ", "\n"])), credit]
    if kind == "editor_bare":
        return [draw(st.sampled_from(["本版责编  ", "一版责编：", "版式设计："])) + draw(name)
                + draw(st.sampled_from(["", "  二版责编：" + draw(name)]))]
    if kind == "aside":
        return [draw(words) + "。（作者为" + draw(short) + "（" + draw(short) + "）" + draw(short) + "（" + draw(short) + "））"]
    if kind == "placed_dateline":
        return ["本报北京6月11日电（" + "、".join(draw(st.lists(st.sampled_from(PLACED_NAMES), min_size=1, max_size=3)))
                + "）" + draw(words)]
    if kind == "space":
        return [draw(st.sampled_from([" ", "\u3000", "  "]))]
    return [""]


@st.composite
def pages(draw: st.DrawFn) -> str:
    groups = draw(st.lists(page_lines(), max_size=30))
    seps = draw(st.lists(st.sampled_from(["\n", "\n\n", "\n\n\n"]), min_size=len(groups), max_size=len(groups)))
    text = ""
    for group, sep in zip(groups, seps):
        text += "\n".join(group) + sep
    if groups and draw(st.booleans()):  # the extraction printed a column's tail twice
        body = [g[0] for g in groups if len(g) == 1 and not g[0].startswith("#")]
        if body:
            tail = draw(st.sampled_from(body))
            text += "\n\n" + tail[len(tail) // 3:] + "\n"
    if groups and draw(st.booleans()):  # … or right after its paragraph, or said a sentence again
        last = groups[-1][-1]
        text += "\n\n" + last[draw(st.integers(0, len(last))):] + "\n"
    return text


def cjk(text: str | None) -> Counter[str]:
    return Counter(ch for ch in text or "" if is_cjk(ch))


def parsed_cjk(parse: PageParse) -> Counter[str]:
    out: Counter[str] = Counter()
    for it in parse.items:
        for part in (it.kicker, it.title, it.subtitle, it.byline_text):
            out += cjk(part)
        for b in it.blocks:
            out += cjk(b.text)
    for w in parse.warnings:
        out += cjk(w.text)
    for line in parse.header_lines:
        out += cjk(line)
    return out


def marker_allowance(parse: PageParse) -> tuple[Counter[str], int]:
    allowed: Counter[str] = Counter()
    markers = 0
    for it in parse.items:
        if it.continues_to is not None:
            allowed += Counter("下转第版")
            markers += 1
        if it.continued_from is not None:
            allowed += Counter("上紧接第版")
            markers += 1
    return allowed, 4 * markers


def assert_conserved(text: str, parse: PageParse) -> None:
    given_chars, kept = cjk(text), parsed_cjk(parse)
    invented = kept - given_chars
    assert not invented, f"characters in the output that the input does not have: {invented}"
    lost = given_chars - kept
    allowed, numerals = marker_allowance(parse)
    lost_numerals = sum(n for ch, n in lost.items() if ch in CN_NUMERAL_CHARS)
    lost_other = Counter({ch: n for ch, n in lost.items() if ch not in CN_NUMERAL_CHARS})
    assert not (lost_other - allowed), f"lost without a warning: {lost_other - allowed}\n{text!r}"
    assert lost_numerals <= numerals, f"lost numerals beyond the jump markers: {lost}\n{text!r}"
    for line in parse.header_lines:
        assert parse_header_line(line) is not None or parse_editor_line(line) is not None, line


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_crashes_and_invents_nothing(text: str) -> None:
    parse = parse_page(text, "x.md")
    for it in parse.items:
        assert it.kind in ("article", "photo", "notice")
        assert all(b.text and b.kind in ("paragraph", "heading", "caption") for b in it.blocks)
    assert not (parsed_cjk(parse) - cjk(text))


@settings(max_examples=300, deadline=None)
@given(pages())
def test_markdown_like_pages_never_crash(text: str) -> None:
    parse = parse_page(text, "x.md")
    for it in parse.items:
        assert it.kind in ("article", "photo")
        assert all(b.text.strip() for b in it.blocks)
        assert it.continues_to is None or it.continues_to > 0


@settings(max_examples=400, deadline=None)
@given(pages())
def test_every_chinese_character_is_kept_or_accounted_for(text: str) -> None:
    assert_conserved(text, parse_page(text, "x.md"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300) | pages().map(lambda t: t.encode("gb18030")))
def test_any_file_bytes_load_or_give_a_named_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "05.md"
        f.write_bytes(data)
        try:
            issue = pages_md.load(f)
        except IssueError as exc:
            assert exc.path == str(f) and exc.problem
            return
        assert [p.number for p in issue.pages] == [5]
        ids = [it.id for it in issue.items()]
        assert len(ids) == len(set(ids))


def test_conservation_holds_on_the_fixtures() -> None:
    for f in sorted((Path(__file__).parent / "fixtures" / "pages").rglob("*.md")):
        text = f.read_text(encoding="utf-8")
        assert_conserved(text, parse_page(text, str(f)))
