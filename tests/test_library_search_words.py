"""Word mode (全词匹配) across the library: the word index answers exactly what in-issue search finds."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path
from typing import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.cli import main
from reader.core.library.errors import WordIndexMissing
from reader.core.library.sqlite import search as library_search
from reader.core.library.sqlite import wordquery
from reader.core.library.sqlite.importing import import_paths
from reader.core.library.sqlite.library import Library
from reader.core.library.sqlite.search import LibrarySearch
from reader.core.model import Issue
from reader.core.search import words
from reader.core.search.fields import item_fields, searchable_items
from reader.core.search.query import SearchOptions

from .fixtures.library.helpers import (
    ARCHIVE,
    SAMPLE,
    brute_matches,
    kill_hard,
    make_issue,
    odd_issues,
    paused_import,
    queries,
    wait_for_line,
)
from .test_library_search import found

pytestmark = pytest.mark.core

WORD = SearchOptions(word=True)


def _fill(lib: Library) -> None:
    import_paths(lib, [ARCHIVE, SAMPLE])
    for issue in odd_issues():
        lib.add_issue(issue)
    lib.index_pending()


@pytest.fixture(scope="module")
def word_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    lib = Library(tmp_path_factory.mktemp("words") / "lib.sqlite3")
    _fill(lib)
    assert lib.build_word_index() == lib.stats()["articles"] and lib.words_missing() == 0
    yield lib
    lib.close()


@pytest.fixture(scope="module")
def stored(word_library: Library) -> list[tuple[str, Issue]]:
    return [(info.key, issue) for info, issue in word_library.iter_issues()]


@pytest.fixture(scope="module")
def field_texts(stored: list[tuple[str, Issue]]) -> list[str]:
    return [f.text for _, issue in stored for item in searchable_items(issue) for f in item_fields(item)]


@st.composite
def word_queries(draw: st.DrawFn, texts: list[str]) -> str:
    """Queries of whole jieba words (one to three in a row), or of random substrings (queries())."""
    if draw(st.booleans()):
        return draw(queries(texts))
    terms = []
    for n in range(draw(st.integers(1, 2))):
        text = draw(st.sampled_from(texts))
        spans = words.words(text)
        start = draw(st.integers(0, len(spans) - 1))
        end = min(len(spans), start + draw(st.integers(1, 3)))
        term = text[spans[start][0]:spans[end - 1][1]].replace('"', "")
        if term.strip():
            terms.append(("-" if n and draw(st.booleans()) else "") + f'"{term}"')
    return " ".join(terms) or "的"


@pytest.mark.parametrize("limit, few", [(wordquery.COMPOSITION_LIMIT, -1), (1, -1),
                                        (wordquery.COMPOSITION_LIMIT, library_search.WORD_CHECK_CANDIDATES)])
def test_word_mode_finds_exactly_what_in_issue_search_finds(
        word_library: Library, stored: list[tuple[str, Issue]], field_texts: list[str],
        limit: int, few: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # few -1: the word index answers (this library is small: otherwise its few matches are checked);
    # limit 1: terms with several compositions go to the text check
    monkeypatch.setattr(wordquery, "COMPOSITION_LIMIT", limit)
    monkeypatch.setattr(library_search, "WORD_CHECK_CANDIDATES", few)

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(query=word_queries(field_texts), variants=st.booleans())
    def check(query: str, variants: bool) -> None:
        options = SearchOptions(word=True, variants=variants)
        assert found(word_library, query, options) == brute_matches(stored, query, options), (query, options)
    check()


def test_pages_count_and_snippets_in_word_mode(word_library: Library, stored: list[tuple[str, Issue]],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(library_search, "WORD_CHECK_CANDIDATES", -1)
    search = LibrarySearch(word_library)
    for query in ("发展", "经济 发展", "清河", "中國", "台湾 -来访"):
        for options in (WORD, SearchOptions(word=True, variants=True)):
            page = search.search(query, options, limit=1000)
            assert page.total == len(brute_matches(stored, query, options)) == len(page.hits)
            for hit in page.hits:
                assert hit.spans, (query, hit)
            relevant = search.search(query, options, sort="relevance", limit=1000)
            assert sorted(h.article.id for h in relevant.hits) == sorted(h.article.id for h in page.hits)


def test_a_library_without_its_word_index_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        _fill(lib)
        articles = lib.stats()["articles"]
        with pytest.raises(WordIndexMissing) as missing:
            LibrarySearch(lib, word_check_limit=articles - 1).search("发展", WORD)
        assert (missing.value.code, missing.value.missing, missing.value.articles) == \
            ("word-index-missing", articles, articles)
        assert LibrarySearch(lib, word_check_limit=articles).search("发展", WORD).total > 0  # checked on the spot
    monkeypatch.setattr(library_search, "WORD_CHECK_LIMIT", 3)
    assert main(["search", "--library", str(path), "发展", "--word"]) == 2
    err = capsys.readouterr().err
    assert f"{articles:,} of {articles:,} articles" in err and "reader words" in err
    assert main(["words", "--library", str(path), "--workers", "0"]) == 0
    captured = capsys.readouterr()
    assert f"{articles:,}/{articles:,} articles (100%)" in captured.err and f"{articles:,} article(s)" in captured.out
    assert main(["search", "--library", str(path), "发展", "--word", "--json"]) == 0


def test_a_partly_built_word_index_is_exact_and_a_build_goes_on(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(library_search, "WORD_CHECK_CANDIDATES", -1)
    with Library(tmp_path / "lib.sqlite3") as lib:
        _fill(lib)
        stored = [(info.key, issue) for info, issue in lib.iter_issues()]
        seen: list[tuple[int, int]] = []
        assert lib.build_word_index(lambda d, t: seen.append((d, t)), cancelled=lambda: bool(seen), batch=5) == 5
        assert seen == [(5, lib.stats()["articles"])] and lib.words_missing() == lib.stats()["articles"] - 5
        for query in ("发展", "经济 -发展", "清河日报", "的"):
            assert found(lib, query, WORD) == brute_matches(stored, query, WORD), query
        assert lib.build_word_index(workers=2) == lib.stats()["articles"] - 5 and lib.words_missing() == 0
        for query in ("发展", "经济 -发展", "清河日报", "的"):
            assert found(lib, query, WORD) == brute_matches(stored, query, WORD), query


def _postings(lib: Library) -> int:
    lib.conn.execute("INSERT INTO word_index (word_index) VALUES ('optimize')")
    lib.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.word_terms USING fts5vocab(main, 'word_index', 'row')")
    return lib.conn.execute("SELECT coalesce(sum(doc), 0) FROM temp.word_terms").fetchone()[0]


def test_replacing_and_removing_issues_takes_their_words_out(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(library_search, "WORD_CHECK_CANDIDATES", -1)
    with Library(tmp_path / "lib.sqlite3") as lib:
        _fill(lib)
        lib.build_word_index()
        again = make_issue("测试报", dt.date(2023, 5, 1), {1: [("新的标题", ["发展经济的新文章"])]})
        assert lib.add_issue(again).replaced
        assert lib.words_missing() == 1
        stored = [(info.key, issue) for info, issue in lib.iter_issues()]
        for query in ("发展", "中國", "新文章", "经济 发展"):
            for options in (WORD, SearchOptions(word=True, variants=True)):
                assert found(lib, query, options) == brute_matches(stored, query, options), query
        lib.build_word_index()
        assert _postings(lib) > 0
        for info in lib.issues():
            lib.remove(info.key)
        assert lib.words_missing() == 0 and _postings(lib) == 0  # every row deleted with the tokens it had


def test_the_boundaries_around_a_hit_are_those_of_the_whole_text() -> None:
    alphabet = st.sampled_from(list("中国发展经济新时代人民日报的了是一带路臺灣來ＧＤＰgdpAB12.5%-_#&+ ，。、\r\n\t"))

    @settings(max_examples=300, deadline=None)
    @given(text=st.text(alphabet, max_size=60) | st.text(max_size=30), variants=st.booleans())
    def check(text: str, variants: bool) -> None:
        spans = words.WordSpans(text, variants)
        assert {x for x in range(-1, len(text) + 2) if x in spans} == set(words.boundaries(text, variants))
    check()


def test_a_killed_word_index_build_keeps_what_it_stored(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        _fill(lib)
        articles = lib.stats()["articles"]
    proc = paused_import(path, "words")
    wait_for_line(proc, "paused inside words")
    kill_hard(proc)
    with Library(path) as lib:
        assert lib.words_missing() == articles  # the batch being written is not there; nothing half-written
        assert lib.check() == []
        stored = [(info.key, issue) for info, issue in lib.iter_issues()]
        assert lib.build_word_index() == articles
        assert found(lib, "发展", WORD) == brute_matches(stored, "发展", WORD)
        sqlite3.connect(path).execute("INSERT INTO word_index (word_index, rank) VALUES ('integrity-check', 0)")


def test_every_word_of_the_texts_is_found_in_word_mode(word_library: Library, stored: list[tuple[str, Issue]],
                                                       field_texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(library_search, "WORD_CHECK_CANDIDATES", -1)
    rng = random.Random(5)
    vocabulary = sorted({text[a:b] for text in field_texts for a, b in words.words(text) if text[a:b].strip()})
    for word in rng.sample(vocabulary, min(150, len(vocabulary))):
        query = '"' + word.replace('"', "") + '"'
        if query != '""':
            assert found(word_library, query, WORD) == brute_matches(stored, query, WORD), word
