"""Search across an SQLite library: the command line, the real corpus, the fast folds, stored word
boundaries, relevance ids. What every engine must do is in tests/contract/test_search_exact.py."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli import main
from reader.core.library import SearchFilters
from reader.core.library.fastfold import fast_fold
from reader.core.library.sqlite.importing import import_paths
from reader.core.library.sqlite.library import Library
from reader.core.library.sqlite.search import LibrarySearch
from reader.core.library.sqlite.textindex import ALL_ARTICLES
from reader.core.library.sqlite.wordcuts import WordRow, pack_cuts, rows_digest, unpack_cuts
from reader.core.model import Issue
from reader.core.search.fields import item_fields, searchable_items
from reader.core.search.folding import fold, fold_variants
from reader.core.search.query import SearchOptions

from .conftest import corpus_path
from .fixtures.library.helpers import SAMPLE, brute_matches, fill_library

pytestmark = pytest.mark.core


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    from reader.core.library.sqlite.engine import SQLiteLibrary
    lib = SQLiteLibrary(tmp_path_factory.mktemp("library") / "lib.sqlite3")
    fill_library(lib)
    yield lib
    lib.close()


@pytest.fixture(scope="module")
def stored(library: Library) -> list[tuple[str, Issue]]:
    return [(info.key, issue) for info, issue in library.iter_issues()]


def found(library: Library, query: str, options: SearchOptions = SearchOptions(),
          filters: SearchFilters = SearchFilters()) -> set[tuple[str, str]]:
    ids = LibrarySearch(library).matching_ids(query, options, filters)
    assert len(ids) == len(set(ids))
    return {(a.issue_key, a.item) for a in library.articles(ids)}


def test_relevance_ids_are_the_newest_ids_reordered(library: Library) -> None:
    search = LibrarySearch(library)
    for query in ("发展 -哈哈", "的", "台湾"):
        newest = search.matching_ids(query)
        relevant = search.matching_ids(query, sort="relevance")
        assert sorted(newest) == sorted(relevant) and newest
        page = search.search(query, sort="relevance", limit=1000)
        assert relevant == [h.article.id for h in page.hits]


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


@settings(max_examples=100, deadline=None)
@given(st.lists(st.frozensets(st.integers(0, 3000), max_size=60), max_size=6))
def test_stored_word_boundaries_read_back_as_written(cuts: list[frozenset[int]]) -> None:
    rows = (WordRow(ALL_ARTICLES, "中国 发展"),)
    digest, back = unpack_cuts(pack_cuts(rows, cuts))
    assert len(back) == len(cuts) and digest == rows_digest(rows)
    for bounds, read in zip(cuts, back):
        assert {n for n in range(3010) if n in read} == set(bounds) == set(read.offsets())
        assert -1 not in read and 10**6 not in read
