"""In-issue search: fields, hits, folding, word mode, keywords (on a small hand-written issue)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader.core.model import Block, Issue, Item, Page
from reader.core.search import words
from reader.core.search.fields import field_text, item_fields, searchable_items
from reader.core.search.issue_search import Hit, IssueIndex, hit_counts, hits_by_item, make_snippet, search_issue
from reader.core.search.keywords import item_keywords, top_keywords
from reader.core.search.query import SearchOptions, parse_query

from .fixtures.search.reference import fixture_issue

pytestmark = pytest.mark.core

WORD = SearchOptions(word=True)
VARIANTS = SearchOptions(variants=True)
ROOT = Path(__file__).resolve().parent.parent


def spots(hits: list[Hit]) -> list[tuple[str, str, int | None, int, int]]:
    return [(h.item, h.field, h.block, h.offset, h.length) for h in hits]


def hit_text(issue: Issue, hit: Hit) -> str:
    item = issue.item(hit.item)
    assert item is not None
    return field_text(item, hit.field, hit.block)[hit.offset:hit.offset + hit.length]


@pytest.fixture(scope="module")
def issue() -> Issue:
    return fixture_issue()


@pytest.fixture(scope="module")
def index(issue: Issue) -> IssueIndex:
    return IssueIndex(issue)


def test_fields_in_display_order_with_byline_joined() -> None:
    item = Item(id="p1-1", kicker="引", title="题", subtitle="副", byline=["李佩阳", "周欢"],
                blocks=[Block("paragraph", "甲"), Block("caption", ""), Block("caption", "图")])
    got = [(f.field, f.block, f.text) for f in item_fields(item)]
    assert got == [("kicker", None, "引"), ("title", None, "题"), ("subtitle", None, "副"),
                   ("byline", None, "李佩阳、周欢"), ("block", 0, "甲"), ("block", 2, "图")]
    assert field_text(item, "byline") == "李佩阳、周欢"
    assert field_text(item, "block", 7) == ""


def test_hits_cover_every_field_in_reading_order(issue: Issue, index: IssueIndex) -> None:
    hits = index.search("金昌")
    assert {h.field for h in hits} == {"kicker", "title", "block"}
    order = {it.id: n for n, it in enumerate(issue.items())}
    rank = {"kicker": 0, "title": 1, "subtitle": 2, "byline": 3, "block": 4}
    keys = [(order[h.item], rank[h.field], h.block or 0, h.offset) for h in hits]
    assert keys == sorted(keys)
    assert all(hit_text(issue, h) == "金昌" for h in hits)
    assert [h.item for h in hits][:1] == ["p1-1"] and "p2-1" in {h.item for h in hits}


def test_byline_and_caption_are_searched(issue: Issue, index: IssueIndex) -> None:
    (by,) = index.search("周欢")
    assert (by.field, by.block, by.offset, by.length) == ("byline", None, 4, 2)
    caption = [h for h in index.search("光伏发电") if h.field == "block"]
    assert caption and issue.item(caption[0].item).blocks[caption[0].block].kind == "caption"  # type: ignore[union-attr]


def test_repeated_copy_is_not_searched_twice(issue: Issue, index: IssueIndex) -> None:
    assert "p3-3" not in {it.id for it in searchable_items(issue)}
    hits = index.search("钱袋子")
    assert [h.item for h in hits] == ["p1-2"]


def test_copy_of_a_missing_item_is_searched() -> None:
    lone = Item(id="p2-1", title="孤本", duplicate_of="p9-9")
    issue = Issue(format="x", pages=[Page(2, items=[lone])])
    assert [h.item for h in search_issue(issue, "孤本")] == ["p2-1"]


def test_and_across_fields_not_one_field(index: IssueIndex) -> None:
    # 李佩阳 is only in the byline, 光伏 only in the body: the item still matches both.
    hits = index.search("李佩阳 光伏")
    assert {h.item for h in hits} == {"p1-1"}
    assert {h.field for h in hits} == {"byline", "block"}
    assert index.search("李佩阳 数字经济") == []


def test_exclude_and_phrase(index: IssueIndex) -> None:
    with_exclude = {h.item for h in index.search("经济 -数字")}
    assert with_exclude and "p2-2" not in with_exclude
    assert "p2-2" in {h.item for h in index.search("经济")}
    assert [h.length for h in index.search('"黄金昌盛  金昌市"')] == [9, 9]
    assert index.search('"黄金昌盛 金昌市"') == []  # a phrase is literal, spaces included
    assert index.search("-经济") == []


def test_occurrences_do_not_overlap(index: IssueIndex) -> None:
    hits = index.search("哈哈")
    assert [h.offset for h in hits] == [hits[0].offset]  # 哈哈哈 hits once
    assert [(h.item, h.offset) for h in index.search("光伏光伏")] == [("p2-3", 22)]  # 光伏×3: one


def test_overlapping_terms_are_both_hits(index: IssueIndex, issue: Issue) -> None:
    hits = [h for h in index.search("经济发展 发展") if h.item == "p2-1" and h.block == 1]
    assert [(h.offset, h.length) for h in hits][:2] == [(0, 4), (2, 2)]


def test_latin_case_and_width_fold_both_ways(issue: Issue, index: IssueIndex) -> None:
    for a, b in (("ＡＢＣ", "abc"), ("ABC", "ａｂｃ"), ("１２３", "123"), ("ＧＤＰ", "gdp"), ("５.２", "5．2")):
        ha, hb = index.search(a), index.search(b)
        assert ha and spots(ha) == spots(hb), (a, b)
    texts = {hit_text(issue, h) for h in index.search("abc")}
    assert texts == {"ABC", "ａｂｃ"}


def test_variants_match_traditional_and_simplified(index: IssueIndex) -> None:
    plain = {h.item for h in index.search("两岸 经济")}
    assert plain == {"p3-2"}
    both = {h.item for h in index.search("两岸 经济", VARIANTS)}
    assert both == {"p3-1", "p3-2"}
    assert {h.item for h in index.search("兩岸 經濟", VARIANTS)} == both
    assert spots(index.search("台灣", VARIANTS)) == spots(index.search("台湾", VARIANTS))


def test_word_mode_keeps_to_jieba_words(issue: Issue, index: IssueIndex) -> None:
    substring = index.search("金昌")
    whole = index.search("金昌", WORD)
    assert set(spots(whole)) < set(spots(substring))
    for hit in whole:
        text = field_text(issue.item(hit.item), hit.field, hit.block)  # type: ignore[arg-type]
        assert not text[:hit.offset].endswith("黄"), "金昌 inside 黄金昌盛 is not a word hit"
    people = {(h.item, h.block) for h in index.search("人民", WORD)}
    assert people and all("人民币" not in hit_text(issue, h) for h in index.search("人民", WORD))
    assert len(index.search("人民")) > len(index.search("人民", WORD))  # 人民币 is not 人民


def test_word_mode_exclude_counts_whole_words_only() -> None:
    # 人民币 holds 人民 as a substring, not as a word: in word mode the exclude keeps that item.
    issue = Issue(format="x", pages=[Page(1, items=[
        Item(id="p1-1", blocks=[Block("paragraph", "人民币汇率保持稳定。")]),
        Item(id="p1-2", blocks=[Block("paragraph", "人民的汇率观念。")])])])
    index = IssueIndex(issue)
    assert index.search("汇率 -人民") == []
    assert index.matching_items("汇率 -人民", WORD) == ["p1-1"]
    assert index.matching_items("汇率 人民", WORD) == ["p1-2"]


def test_word_mode_full_width_latin_is_one_word(issue: Issue, index: IssueIndex) -> None:
    assert words.words("ＧＤＰ增长") == [(0, 3), (3, 5)]
    assert index.search("ｄ", WORD) == [] and index.search("ｄ")


def test_snippet_context_and_position() -> None:
    text = "一二三四五六七八九十" * 5 + "目标\n词" + "甲乙丙丁" * 10
    snippet, at = make_snippet(text, 50, 2)
    assert snippet[at:at + 2] == "目标"
    assert at == 20 and len(snippet) == 20 + 2 + 20
    assert "\n" not in snippet and snippet[at + 2] == " "
    start, at0 = make_snippet(text, 1, 2)
    assert at0 == 1 and start.startswith("一二三")


def test_hit_snippets_show_the_hit(issue: Issue, index: IssueIndex) -> None:
    hits = index.search("新能源 发展 力争")
    assert any("\n" in field_text(issue.item(h.item), h.field, h.block) for h in hits)  # type: ignore[arg-type]
    for hit in hits:
        assert hit.snippet[hit.snippet_offset:hit.snippet_offset + hit.length] == \
            hit_text(issue, hit).replace("\n", " ")
        assert len(hit.snippet) <= hit.length + 40 and "\n" not in hit.snippet
        text = field_text(issue.item(hit.item), hit.field, hit.block)  # type: ignore[arg-type]
        assert (hit.snippet, hit.snippet_offset) == make_snippet(text, hit.offset, hit.length)


def test_index_remembers_and_returns_copies(index: IssueIndex) -> None:
    first = index.search("光伏")
    first.clear()
    assert index.search("光伏")
    assert index.search(parse_query("光伏")) == index.search("光伏")
    assert index.matching_items("光伏") == list(hits_by_item(index.search("光伏")))
    assert hit_counts(index.search("光伏")) == {"p1-1": 2, "p2-3": 5}


def test_empty_and_exclude_only_queries_find_nothing(index: IssueIndex) -> None:
    assert index.search("") == [] and index.search("  -光伏 ") == []


def test_keywords_of_an_item(issue: Issue) -> None:
    item = issue.item("p2-2")
    assert item is not None
    keys = item_keywords(item, k=5)
    assert 1 <= len(keys) <= 5 and keys[0] == "经济"
    assert all(len(k) > 1 and not k.replace(".", "").isdigit() for k in keys)
    assert len({k.lower() for k in keys}) == len(keys)  # AI and Ai are one keyword
    assert top_keywords("", 5) == [] and top_keywords("数字经济", 0) == []


def _run_python(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_substring_search_does_not_import_jieba() -> None:
    proc = _run_python("""
        import sys
        import reader.core.search, reader.core.search.words, reader.core.search.keywords
        from reader.core.search.issue_search import search_issue
        from reader.core.model import Block, Issue, Item, Page
        issue = Issue(format="x", pages=[Page(1, items=[Item(id="p1-1", blocks=[Block("paragraph", "黄金昌盛")])])])
        assert len(search_issue(issue, "金昌")) == 1
        assert "jieba" not in sys.modules, "jieba was imported"
        print("ok")
    """)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_warm_up_from_a_thread_keeps_its_cache_in_the_user_cache_folder(tmp_path: Path) -> None:
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path))
    proc = _run_python("""
        import threading
        from reader.core.search import words
        assert not words.is_ready()
        worker = threading.Thread(target=words.warm_up)
        worker.start(); worker.join()
        assert words.is_ready()
        print(words.cache_dir())
    """, env)
    assert proc.returncode == 0, proc.stderr
    folder = Path(proc.stdout.strip())
    assert folder == tmp_path / "newspaper-reader"
    assert (folder / "jieba.cache").stat().st_size > 1_000_000
    assert "Building prefix dict" not in proc.stderr
