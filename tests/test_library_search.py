"""Search across the library: exactly the articles a brute-force scan finds, for every query."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.cli import main
from reader.core.library import Library, LibrarySearch, SearchFilters, import_paths
from reader.core.library.textindex import ALL_ARTICLES, fast_fold
from reader.core.library.wordcuts import WordRow, pack_cuts, rows_digest, unpack_cuts
from reader.core.model import Issue
from reader.core.search.fields import item_fields, searchable_items
from reader.core.search.folding import fold, fold_variants
from reader.core.search.query import SearchOptions

from .conftest import corpus_path
from .fixtures.library.helpers import ARCHIVE, SAMPLE, brute_matches, make_issue

pytestmark = pytest.mark.core

# Texts that stress the index: Traditional characters, Latin case and full width, ASCII punctuation
# and spaces, private-use characters (also the ones the index uses itself), characters outside the
# BMP, repeats, one-character fields.
ODD_TEXTS = [
    "中國發展新階段，臺灣同胞來訪。", "中国发展新阶段，台湾同胞来访。", "ＧＤＰ增长６．５％，gdp与Gdp",
    "Café ÀB straße ΣΑΣ", 'a-b c "quoted" it\'s <b>粗体</b> & 1.5', "私用\ue000\ue0fe\ue0ff区\uf8ff字",
    "𠀀𠀁古字𠀀", "哈哈哈哈", "的", "\t制表\n换行  两空格", "书名号《通知》（括号）——破折号……", "A",
    "发展发展发展", "经济 发展", "经济发展",
]


def _odd_issues() -> list[Issue]:
    issues = []
    for n in range(3):
        texts = ODD_TEXTS[n::3]
        issues.append(make_issue("测试报" if n < 2 else None, dt.date(2023, 5, 1 + n) if n != 1 else None,
                                 {1: [(texts[0], texts[1:]), (None, texts[:2])], 2: [(texts[-1], [texts[0]])]}))
    dup = make_issue("重复报", dt.date(2023, 6, 1), {1: [("原稿标题", ["重复的正文出现两次"])],
                                                     5: [("原稿标题", ["重复的正文出现两次"])]})
    dup.pages[1].items[0].duplicate_of = "p1-1"
    issues.append(dup)
    return issues


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    path = tmp_path_factory.mktemp("library") / "lib.sqlite3"
    lib = Library(path)
    import_paths(lib, [ARCHIVE, SAMPLE])
    for issue in _odd_issues():
        lib.add_issue(issue)
    lib.index_pending()
    yield lib
    lib.close()


@pytest.fixture(scope="module")
def stored(library: Library) -> list[tuple[str, Issue]]:
    return [(info.key, issue) for info, issue in library.iter_issues()]


@pytest.fixture(scope="module")
def field_texts(stored: list[tuple[str, Issue]]) -> list[str]:
    return [f.text for _, issue in stored for item in searchable_items(issue) for f in item_fields(item)]


def found(library: Library, query: str, options: SearchOptions = SearchOptions(),
          filters: SearchFilters = SearchFilters()) -> set[tuple[str, str]]:
    ids = LibrarySearch(library).matching_ids(query, options, filters)
    assert len(ids) == len(set(ids))
    return {(a.issue_key, a.item) for a in library.articles(ids)}


_TRADITIONAL = str.maketrans("国发阶台湾来访经济", "國發階臺灣來訪經濟")
_FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in map(chr, range(0x21, 0x7F))}


@st.composite
def queries(draw: st.DrawFn, texts: list[str]) -> str:
    terms = []
    for n in range(draw(st.integers(1, 3))):
        text = draw(st.sampled_from(texts))
        length = draw(st.sampled_from([1, 1, 2, 2, 3, 4, 6]))
        start = draw(st.integers(0, max(0, len(text) - length)))
        term = text[start:start + length].replace('"', "")
        shape = draw(st.sampled_from(["as is", "as is", "upper", "traditional", "full width"]))
        if shape == "upper":
            term = term.upper()
        elif shape == "traditional":
            term = term.translate(_TRADITIONAL)
        elif shape == "full width":
            term = "".join(_FULL_WIDTH.get(c, c) for c in term)
        if not term.strip():
            continue
        if any(c.isspace() for c in term) or draw(st.booleans()):
            term = f'"{term}"'
        if n and draw(st.integers(0, 3)) == 0:
            term = "-" + term
        terms.append(term)
    return " ".join(terms)


def test_random_queries_find_exactly_what_a_brute_force_scan_finds(
        library: Library, stored: list[tuple[str, Issue]], field_texts: list[str]) -> None:
    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(query=queries(field_texts), word=st.booleans(), variants=st.booleans())
    def check(query: str, word: bool, variants: bool) -> None:
        options = SearchOptions(word=word and len(query) % 3 == 0, variants=variants)
        assert found(library, query, options) == brute_matches(stored, query, options), (query, options)
    check()


def test_every_one_and_two_character_string_of_the_texts_is_found_exactly(
        library: Library, stored: list[tuple[str, Issue]], field_texts: list[str]) -> None:
    grams = sorted({t[i:i + n] for t in field_texts for n in (1, 2) for i in range(len(t) - n + 1)})
    rng = random.Random(7)
    for gram in rng.sample(grams, 250):
        if gram.strip() and '"' not in gram:
            query = f'"{gram}"'
            assert found(library, query) == brute_matches(stored, query, SearchOptions()), repr(gram)


def test_a_term_does_not_span_two_fields_but_terms_may_sit_in_different_fields(library: Library) -> None:
    # the title is 原稿标题 and the first block 重复的正文出现两次
    assert found(library, "标题重复") == set()
    assert found(library, "原稿 两次") == {("重复报:2023-06-01", "p1-1")}


def test_a_repeated_copy_counts_once(library: Library) -> None:
    assert found(library, "重复的正文") == {("重复报:2023-06-01", "p1-1")}


def test_traditional_and_simplified_meet_only_with_variants(library: Library) -> None:
    plain = {item for _, item in found(library, "台湾")}
    both = found(library, "台湾", SearchOptions(variants=True))
    assert len(both) > len(plain) >= 1
    assert found(library, "臺灣") != found(library, "台湾")


def test_filters_by_date_range_and_paper(library: Library, stored: list[tuple[str, Issue]]) -> None:
    everything = found(library, "的")
    jan = found(library, "的", filters=SearchFilters(date_from=dt.date(2024, 1, 2), date_to=dt.date(2024, 1, 3)))
    assert jan and jan == {k for k in everything if k[0] in ("清河日报:2024-01-02", "清河日报:2024-01-03")}
    paper = found(library, "的", filters=SearchFilters(paper="江川日报"))
    assert paper and paper == {k for k in everything if k[0].startswith("江川日报:")}
    assert found(library, "的", filters=SearchFilters(paper="没有这份报")) == set()


def test_pages_are_newest_first_and_relevance_is_a_permutation(library: Library) -> None:
    search = LibrarySearch(library)
    first = search.search("的", limit=5)
    second = search.search("的", offset=5, limit=5)
    assert first.total == second.total == len(found(library, "的"))
    dates = [h.article.date or dt.date.min for h in first.hits + second.hits]
    assert dates == sorted(dates, reverse=True)
    newest = search.matching_ids("发展 -哈哈")
    relevant = search.matching_ids("发展 -哈哈", sort="relevance")
    assert sorted(newest) == sorted(relevant) and newest


def test_snippets_show_the_hit_with_its_positions(library: Library) -> None:
    page = LibrarySearch(library).search("ＧＤＰ")
    assert page.total >= 2
    for hit in page.hits:
        assert hit.spans
        for start, length in hit.spans:
            assert hit.snippet[start:start + length].casefold() in ("gdp", "ｇｄｐ")


def test_cli_json_lists_every_matching_article_newest_first(
        library: Library, stored: list[tuple[str, Issue]], capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["search", "--library", str(library.path), "发展", "--json"])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert list(doc) == ["query", "hits"] and doc["query"] == "发展"
    assert all(list(h) == ["paper", "date", "page", "item", "title", "snippet"] for h in doc["hits"])
    assert all("发展" in h["snippet"] for h in doc["hits"])
    dated = [h["date"] for h in doc["hits"] if h["date"]]
    assert dated == sorted(dated, reverse=True)
    assert len(doc["hits"]) == len(brute_matches(stored, "发展", SearchOptions())) > 3


def test_cli_filters_and_bad_dates(library: Library, capsys: pytest.CaptureFixture[str]) -> None:
    lib = str(library.path)
    assert main(["search", "--library", lib, "的", "--from", "2024-01-02", "--to", "2024-01", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["hits"] and {h["date"] for h in doc["hits"]} <= {"2024-01-02", "2024-01-03"}
    assert main(["search", "--library", lib, "的", "--paper", "江川日报"]) == 0
    out = capsys.readouterr().out
    assert "《江川日报》" in out and "清河日报" not in out and "【的】" in out
    assert main(["search", "--library", lib, "的", "--from", "yesterday"]) == 2
    assert "not a date" in capsys.readouterr().err
    assert main(["search", "--library", str(library.path) + ".missing", "的"]) == 2
    assert "no such library" in capsys.readouterr().err


def test_titles_from_the_library_are_data_not_html_or_sql(library: Library,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    title = """他说"不" <b>粗体</b> '; DROP TABLE issue; --"""
    for query in ('"DROP TABLE"', "'; DROP", '"<b>粗体</b>"', '"不"'):
        assert main(["search", "--library", str(library.path), query, "--json"]) == 0
        titles = [h["title"] for h in json.loads(capsys.readouterr().out)["hits"]]
        assert title in titles, query
    assert len(library.issues()) >= 4  # the table is still there


def test_library_search_over_the_real_corpus_is_exact(tmp_path: Path) -> None:
    corpus = corpus_path("")
    with Library(tmp_path / "lib.sqlite3") as lib:
        import_paths(lib, [corpus, SAMPLE])
        stored = [(info.key, issue) for info, issue in lib.iter_issues()]
        texts = [f.text for _, issue in stored for item in searchable_items(issue) for f in item_fields(item)]
        rng = random.Random(11)
        for n in range(60):
            terms = []
            for k in range(rng.choice([1, 1, 2])):
                text = rng.choice(texts)
                length = rng.choice([1, 2, 2, 3, 4])
                start = rng.randrange(max(1, len(text) - length + 1))
                term = text[start:start + length].replace('"', "")
                if term.strip():
                    terms.append(("-" if k and rng.random() < 0.3 else "") + f'"{term}"')
            query = " ".join(terms)
            options = SearchOptions(variants=n % 4 == 0, word=n % 10 == 0)
            assert found(lib, query, options) == brute_matches(stored, query, options), (query, options)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("中國发發ＡＢab Ｃc，,。《》\u3000ÀàΣσ𠀀\ue000\ue0ff\t\n"), max_size=40)
       | st.text(max_size=40))
def test_the_fast_folds_are_the_folds(text: str) -> None:
    assert fast_fold(text) == fold(text)
    assert fast_fold(text, variants=True) == fold_variants(text)


def test_relevance_pages_hold_the_same_articles_as_newest_pages(library: Library) -> None:
    search = LibrarySearch(library)
    for query in ("的", "发展 的", "清河 -的", "中國", "台湾"):
        for options in (SearchOptions(), SearchOptions(variants=True)):
            newest = search.search(query, options, limit=1000)
            relevant = search.search(query, options, sort="relevance", limit=1000)
            assert newest.total == relevant.total == len(found(library, query, options))
            assert sorted(h.article.id for h in newest.hits) == sorted(h.article.id for h in relevant.hits)
            assert search.matching_ids(query, options, sort="relevance") == [h.article.id for h in relevant.hits]


def test_word_mode_is_the_same_with_stored_word_boundaries(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite3") as lib:
        import_paths(lib, [ARCHIVE, SAMPLE])
        for issue in _odd_issues():
            lib.add_issue(issue)
        lib.index_pending()
        issues = [(info.key, issue) for info, issue in lib.iter_issues()]
        texts = [f.text for _, issue in issues for item in searchable_items(issue) for f in item_fields(item)]
        rng = random.Random(3)
        queries = []
        for _ in range(40):
            text = rng.choice(texts)
            n = rng.choice([1, 2, 2, 3, 4])
            start = rng.randrange(max(1, len(text) - n + 1))
            term = text[start:start + n].replace('"', "")
            if term.strip():
                queries.append(f'"{term}"' + (" -的" if rng.random() < 0.3 else ""))
        options = SearchOptions(word=True)
        before = {q: found(lib, q, options) for q in queries}
        assert lib.words_missing() == lib.stats()["articles"]
        assert lib.build_word_index() > 0 and lib.words_missing() == 0
        for q in queries:
            assert found(lib, q, options) == before[q] == brute_matches(issues, q, options), q
        page = LibrarySearch(lib).search(queries[0], options)
        assert page.total == len(before[queries[0]])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.frozensets(st.integers(0, 3000), max_size=60), max_size=6))
def test_stored_word_boundaries_read_back_as_written(cuts: list[frozenset[int]]) -> None:
    rows = (WordRow(ALL_ARTICLES, "中国 发展"),)
    digest, back = unpack_cuts(pack_cuts(rows, cuts))
    assert len(back) == len(cuts) and digest == rows_digest(rows)
    for bounds, read in zip(cuts, back):
        assert {n for n in range(3010) if n in read} == set(bounds) == set(read.offsets())
        assert -1 not in read and 10**6 not in read
