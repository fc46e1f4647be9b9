"""Properties of the whole-issue rules on generated pages: names known by their place, credits under a
caption, editor lines anywhere, repeated tails, nested asides, continued parts. Each also checks that no
text is lost: what an item does not hold is in a warning (or the page's editor lines) saying why."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reader.core.bylines import HEADING_WORDS, split_dateline
from reader.core.formats.pages.layout import parse_page
from reader.core.formats.pages.text import ends_sentence
from reader.core.jumps import link_stories
from reader.core.model import Block, Issue, Item, Page

from .test_pages_properties import HANZI, assert_conserved, words

pytestmark = pytest.mark.core

# Characters of generated names: none that names hardly hold, that end organisations, or that make a
# role word, a credit or an editor role.
NAME_CHARS = "".join(ch for ch in HANZI if ch not in "的了在是他她我你们这着与及等部社台网局厅处站组委院报电讯办会所"
                     "摄影图供记者作员编版文")
SENTENCE = st.text(alphabet=st.sampled_from(HANZI + "，、"), min_size=6, max_size=30).map(lambda t: t + "。")


@st.composite
def names(draw: st.DrawFn) -> str:
    name = draw(st.text(alphabet=st.sampled_from(NAME_CHARS), min_size=2, max_size=4))
    assume(name not in HEADING_WORDS)
    # a bracket or credit ending in 采写 / 整理 names how the text was made (（记者张三采写）), not a person
    assume(not name.endswith(("采写", "整理")))
    return name


def article_texts(parse_items: list[Item]) -> str:
    return "".join(b.text for it in parse_items if it.kind == "article" for b in it.blocks)


@settings(max_examples=200, deadline=None)
@given(names(), SENTENCE, st.sampled_from(["  \n", "\n\n"]))
def test_a_short_line_alone_under_a_headline_is_its_author(name: str, first: str, sep: str) -> None:
    text = f"## 标题\n\n{name}{sep}{first}\n"
    parse = parse_page(text, "x.md")
    (item,) = parse.items
    assert item.byline == [name] and [b.text for b in item.blocks] == [first]
    assert_conserved(text, parse)


@settings(max_examples=200, deadline=None)
@given(st.lists(names(), min_size=1, max_size=3), st.sampled_from(["本报记者 ", "记者 ", "新华社记者  "]), SENTENCE)
def test_names_after_a_role_word_whatever_they_are(people: list[str], role: str, first: str) -> None:
    text = f"## 标题\n\n{role}{' '.join(people)}\n\n{first}\n"
    parse = parse_page(text, "x.md")
    assert parse.items[0].byline == list(dict.fromkeys(people))
    assert_conserved(text, parse)


@settings(max_examples=200, deadline=None)
@given(st.lists(names(), min_size=1, max_size=3), st.booleans())
def test_names_in_a_datelines_brackets(people: list[str], with_role: bool) -> None:
    got = split_dateline(f"本报北京6月11日电（{'记者' if with_role else ''}{'、'.join(people)}）今天，会议召开。")
    assert got is not None and got.names == people


@settings(max_examples=200, deadline=None)
@given(names(), SENTENCE, st.sampled_from(["{}摄", "以上图片均为{}摄", "{}摄（人民视觉）", "本报亚太中心分社 {}摄"]),
       st.sampled_from(["  \n", "\n\n"]), st.booleans())
def test_a_credit_under_a_caption_makes_a_photo_whatever_the_name(
        name: str, caption: str, form: str, sep: str, after_article: bool) -> None:
    before = "## 前一篇\n\n正文到此结束。\n\n" if after_article else ""
    text = f"{before}{caption}{sep}{form.format(name)}\n\n## 下一篇\n\n正文。\n"
    parse = parse_page(text, "x.md")
    photos = [it for it in parse.items if it.kind == "photo"]
    assert len(photos) == 1 and [b.text for b in photos[0].blocks] == [caption] and photos[0].byline == [name]
    assert caption not in article_texts(parse.items)
    assert_conserved(text, parse)


@settings(max_examples=200, deadline=None)
@given(st.lists(names(), min_size=1, max_size=3), st.sampled_from(["本版责编  ", "本版责编：", "责任编辑：", "版式设计："]),
       st.integers(0, 3), st.lists(SENTENCE, min_size=1, max_size=4))
def test_editor_lines_anywhere_are_the_pages_not_an_articles(
        people: list[str], role: str, where: int, paragraphs: list[str]) -> None:
    sep = "  " if role.endswith("  ") else " "
    units = ["## 标题", *paragraphs]
    units.insert(min(where, len(units)) if where else 0, role.rstrip() + sep + sep.join(people))
    text = "\n\n".join(units) + "\n"
    parse = parse_page(text, "x.md")
    assert parse.editors == list(dict.fromkeys(people))
    assert [it.title for it in parse.items] == ["标题"]
    assert all(b.text in paragraphs for b in parse.items[0].blocks) and parse.items[0].complete
    assert_conserved(text, parse)


@settings(max_examples=300, deadline=None)
@given(st.lists(SENTENCE, min_size=1, max_size=3), st.data())
def test_only_the_tail_printed_again_is_dropped_and_its_warning_keeps_it(
        sentences: list[str], data: st.DataObject) -> None:
    paragraph = "".join(sentences)
    cut = data.draw(st.integers(1, len(paragraph) - 1))
    tail = paragraph[cut:]
    text = f"## 标题\n\n{paragraph}\n\n{tail}\n"
    parse = parse_page(text, "x.md")
    repeats = [w for w in parse.warnings if w.code == "duplicate-fragment"]
    starts_a_sentence = paragraph[cut - 1] in "。"
    if len(tail) >= 10 and not starts_a_sentence:
        assert [w.text for w in repeats] == [tail] and [b.text for b in parse.items[0].blocks] == [paragraph]
    else:  # too short to tell, or a sentence said again: real text
        assert not repeats and parse.items[0].blocks[-1].text.endswith(tail)
    assert_conserved(text, parse)


@settings(max_examples=300, deadline=None)
@given(words, st.lists(st.text(alphabet=st.sampled_from(HANZI), min_size=1, max_size=6), min_size=1, max_size=4),
       st.sampled_from(["（）", "()"]))
def test_a_closing_aside_ends_a_sentence_however_its_brackets_nest(
        body: str, parts: list[str], pair: str) -> None:
    inner = "".join(f"{p}{pair[0]}{p}{pair[1]}" for p in parts)
    aside = f"（作者为{inner}）"
    assume(not body.endswith(("（", "(")))
    assert ends_sentence(body.rstrip() + "。" + aside)
    assert ends_sentence(body + aside) == ends_sentence(body)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(HANZI), min_size=6, max_size=20), st.data())
def test_a_continued_part_carries_the_storys_title_or_keeps_its_own_in_a_warning(
        title: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(title) - 4))
    printed = data.draw(st.sampled_from([title, title[start:start + data.draw(st.integers(4, len(title) - start))],
                                         "另一个标题", ""]))
    head = Item("p1-1", page=1, title=title, continues_to=2, blocks=[Block("paragraph", "前半。")])
    rest = Item("p2-1", page=2, title=printed or None, continued_from=1, blocks=[Block("paragraph", "后半。")])
    issue = Issue(format="test", pages=[Page(1, items=[head]), Page(2, items=[rest])])
    link_stories(issue)
    assert [s.parts for s in issue.stories] == [["p1-1", "p2-1"]] and rest.title == title
    kept = [w.text for w in issue.warnings if w.code == "continued-headline"]
    assert kept == ([printed] if printed == "另一个标题" and printed not in title else [])
