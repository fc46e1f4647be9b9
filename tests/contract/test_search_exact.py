"""Search finds exactly what a brute-force scan of the stored issues finds, for every query; pages,
order and snippets as the interface promises. Moved from test_library_search.py."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.library.results import SearchFilters
from reader.core.library.storage import LibraryStorage
from reader.core.library_snippets import SearchRequest
from reader.core.model import Issue
from reader.core.search.fields import item_fields, searchable_items
from reader.core.search.query import SearchOptions

from ..fixtures.library.helpers import brute_matches, queries
from .conftest import Engine

pytestmark = pytest.mark.core


@pytest.fixture(scope="module")
def field_texts(stored: list[tuple[str, Issue]]) -> list[str]:
    return [f.text for _, issue in stored for item in searchable_items(issue) for f in item_fields(item)]


def found(library: LibraryStorage, query: str, options: SearchOptions = SearchOptions(),
          filters: SearchFilters = SearchFilters()) -> set[tuple[str, str]]:
    ids = library.matching_ids(query, options, filters)
    assert len(ids) == len(set(ids))
    return {(a.issue_key, a.item) for a in library.articles(ids)}


def test_random_queries_find_exactly_what_a_brute_force_scan_finds(
        filled: LibraryStorage, stored: list[tuple[str, Issue]], field_texts: list[str]) -> None:
    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(query=queries(field_texts), word=st.booleans(), variants=st.booleans())
    def check(query: str, word: bool, variants: bool) -> None:
        options = SearchOptions(word=word and len(query) % 3 == 0, variants=variants)
        assert found(filled, query, options) == brute_matches(stored, query, options), (query, options)
    check()


def test_every_one_and_two_character_string_of_the_texts_is_found_exactly(
        filled: LibraryStorage, stored: list[tuple[str, Issue]], field_texts: list[str]) -> None:
    grams = sorted({t[i:i + n] for t in field_texts for n in (1, 2) for i in range(len(t) - n + 1)})
    rng = random.Random(7)
    for gram in rng.sample(grams, 250):
        if gram.strip() and '"' not in gram:
            query = f'"{gram}"'
            assert found(filled, query) == brute_matches(stored, query, SearchOptions()), repr(gram)


def test_a_term_does_not_span_two_fields_but_terms_may_sit_in_different_fields(filled: LibraryStorage) -> None:
    # the title is 原稿标题 and the first block 重复的正文出现两次
    assert found(filled, "标题重复") == set()
    assert found(filled, "原稿 两次") == {("重复报:2023-06-01", "p1-1")}


def test_a_repeated_copy_counts_once(filled: LibraryStorage) -> None:
    assert found(filled, "重复的正文") == {("重复报:2023-06-01", "p1-1")}


def test_traditional_and_simplified_meet_only_with_variants(filled: LibraryStorage) -> None:
    plain = {item for _, item in found(filled, "台湾")}
    both = found(filled, "台湾", SearchOptions(variants=True))
    assert len(both) > len(plain) >= 1
    assert found(filled, "臺灣") != found(filled, "台湾")


def test_filters_by_date_range_and_paper(filled: LibraryStorage) -> None:
    everything = found(filled, "的")
    jan = found(filled, "的", filters=SearchFilters(date_from=dt.date(2024, 1, 2), date_to=dt.date(2024, 1, 3)))
    assert jan and jan == {k for k in everything if k[0] in ("清河日报:2024-01-02", "清河日报:2024-01-03")}
    paper = found(filled, "的", filters=SearchFilters(paper="江川日报"))
    assert paper and paper == {k for k in everything if k[0].startswith("江川日报:")}
    assert found(filled, "的", filters=SearchFilters(paper="没有这份报")) == set()
    page = filled.search(SearchRequest("的", paper="江川日报", limit=1000))
    assert {(h.article.issue_key, h.article.item) for h in page.hits} == paper
    dated = filled.search(SearchRequest("的", date_from=dt.date(2024, 1, 2), date_to=dt.date(2024, 1, 3), limit=1000))
    assert dated.total == len(jan)


def test_pages_are_newest_first_and_relevance_is_a_permutation(filled: LibraryStorage) -> None:
    first = filled.search(SearchRequest("的", limit=5))
    second = filled.search(SearchRequest("的", offset=5, limit=5))
    assert first.total == second.total == len(found(filled, "的"))
    dates = [h.article.date or dt.date.min for h in first.hits + second.hits]
    assert dates == sorted(dates, reverse=True)


def test_snippets_show_the_hit_with_its_positions(filled: LibraryStorage) -> None:
    page = filled.search(SearchRequest("ＧＤＰ"))
    assert page.total >= 2
    for hit in page.hits:
        assert hit.spans
        for start, length in hit.spans:
            assert hit.snippet[start:start + length].casefold() in ("gdp", "ｇｄｐ")


def test_relevance_pages_hold_the_same_articles_as_newest_pages(filled: LibraryStorage) -> None:
    for query in ("的", "发展 的", "清河 -的", "中國", "台湾"):
        for options in (SearchOptions(), SearchOptions(variants=True)):
            newest = filled.search(SearchRequest(query, options, limit=1000))
            relevant = filled.search(SearchRequest(query, options, sort="relevance", limit=1000))
            assert newest.total == relevant.total == len(found(filled, query, options))
            assert sorted(h.article.id for h in newest.hits) == sorted(h.article.id for h in relevant.hits)


def test_word_mode_is_the_same_with_stored_word_boundaries(engine: Engine, tmp_path_factory: pytest.TempPathFactory,
                                                           stored: list[tuple[str, Issue]],
                                                           field_texts: list[str]) -> None:
    from ..fixtures.library.helpers import fill_library
    with engine.open(engine.location(tmp_path_factory.mktemp("words"))) as lib:
        fill_library(lib)
        issues = [(info.key, issue) for info, issue in lib.iter_issues()]
        rng = random.Random(3)
        queries = []
        for _ in range(40):
            text = rng.choice(field_texts)
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
        assert lib.search(SearchRequest(queries[0], options)).total == len(before[queries[0]])
