"""Property tests: search agrees with a brute-force scan, on queries drawn from real issue texts.

Runs on the hand-written fixture issue always, and on the sample issue and the real corpus issues
when they open (skipping with the reason otherwise).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Callable

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reader.core.model import Issue
from reader.core.search.folding import fold
from reader.core.search.issue_search import Hit, IssueIndex
from reader.core.search.query import Query, SearchOptions, Term, parse_query

from .conftest import corpus_path
from .fixtures.search.reference import SAMPLE, brute_force, dump_fields, fixture_issue, jieba_cuts, open_or_skip

pytestmark = pytest.mark.core

SOURCES: dict[str, Callable[[], Issue]] = {
    "fixture": fixture_issue,
    "sample": lambda: open_or_skip(SAMPLE, "sample issue"),
    "rmrb-2026-06-12": lambda: open_or_skip(corpus_path("epaper-rss/rmrb_2026-06-12.xml"), "rmrb feed"),
    "cmn-2026-07-13": lambda: open_or_skip(corpus_path("articles-md/cmn/20260713"), "cmn issue"),
    "pages-md": lambda: open_or_skip(corpus_path("pages-md"), "page extraction"),
}
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@dataclass
class Source:
    issue: Issue
    index: IssueIndex
    texts: list[str]
    fields: dict[tuple[str, str, int | None], str]

    @cached_property
    def latin_runs(self) -> list[str]:
        """Runs of up to 6 Latin letters or digits in the texts (folded to half width)."""
        return sorted({m.group() for t in self.texts for m in re.finditer(r"[A-Za-z0-9]{1,6}", fold(t))})


@cache
def _load(name: str) -> Source:
    issue = SOURCES[name]()
    fields = {(i, f, b): text for i, f, b, text in dump_fields(issue)}
    if not fields:
        pytest.skip(f"{name}: no text to draw queries from")
    return Source(issue, IssueIndex(issue), list(fields.values()), fields)


@pytest.fixture(scope="module", params=list(SOURCES))
def source(request: pytest.FixtureRequest) -> Source:
    return _load(request.param)


def spots(hits: list[Hit]) -> list[tuple[str, str, int | None, int, int]]:
    return [(h.item, h.field, h.block, h.offset, h.length) for h in hits]


def draw_term(data: st.DataObject, texts: list[str], longest: int = 4) -> str:
    """A 1…longest character piece of one of the texts, folded like parse_query folds terms."""
    text = data.draw(st.sampled_from(texts), label="text")
    start = data.draw(st.integers(0, len(text) - 1), label="start")
    piece = text[start:start + data.draw(st.integers(1, longest), label="length")]
    return fold(piece)


def draw_options(data: st.DataObject, word: bool = False) -> SearchOptions:
    return SearchOptions(word=word, variants=data.draw(st.booleans(), label="variants"))


@given(data=st.data())
@FAST
def test_one_term_equals_brute_force_hit_for_hit(source: Source, data: st.DataObject) -> None:
    term = draw_term(data, source.texts)
    assume(term.strip())
    query = Query(raw=term, terms=(Term(term, phrase=True),))
    options = draw_options(data)
    got = spots(source.index.search(query, options))
    assert got == brute_force(source.issue, query, options)
    assert got, "a piece of the issue's own text is found"


@given(data=st.data())
@FAST
def test_and_phrase_exclude_agree_with_brute_force(source: Source, data: st.DataObject) -> None:
    include = [draw_term(data, source.texts) for _ in range(data.draw(st.integers(1, 3)))]
    exclude = [draw_term(data, source.texts, 2) for _ in range(data.draw(st.integers(0, 2)))]
    words = [_quoted(t) for t in include + exclude]
    assume(all(w is not None for w in words))
    parts = [w if n < len(include) else f"-{w}" for n, w in enumerate(words)]
    query = parse_query(" ".join(parts))  # type: ignore[arg-type]
    assume(not query.is_empty())
    options = draw_options(data)
    got = source.index.search(query, options)
    assert spots(got) == brute_force(source.issue, query, options)
    matching = set(source.index.matching_items(query, options))
    for item in matching:
        texts = [fold(t) for (i, _f, _b), t in source.fields.items() if i == item]
        if not options.variants:
            assert all(any(t.text in text for text in texts) for t in query.include)
            assert not any(t.text in text for t in query.exclude for text in texts)


def _quoted(term: str) -> str | None:
    """The term as a query word: bare when it can be, else a "…" phrase; None when neither fits."""
    if '"' in term or "“" in term or "”" in term or not term.strip():
        return None
    if term != term.strip():
        return None  # a phrase's outer spaces are trimmed by the parser: not the same term
    if re.search(r"\s", term) or term.startswith("-"):
        return f'"{term}"'
    return term


@given(data=st.data())
@SLOW
def test_word_hits_are_substring_hits_on_word_boundaries(source: Source, data: st.DataObject) -> None:
    term = draw_term(data, source.texts)
    assume(term.strip())
    query = Query(raw=term, terms=(Term(term, phrase=True),))
    options = draw_options(data, word=True)
    word_hits = source.index.search(query, options)
    substring = set(spots(source.index.search(query, SearchOptions(variants=options.variants))))
    assert set(spots(word_hits)) <= substring
    for hit in word_hits:
        cuts = jieba_cuts(source.fields[hit.item, hit.field, hit.block], options.variants)
        assert hit.offset in cuts and hit.offset + hit.length in cuts, "a jieba word is split"
    assert spots(word_hits) == brute_force(source.issue, query, options)


@given(data=st.data())
@FAST
def test_full_and_half_width_latin_and_digits_match_each_other(source: Source, data: st.DataObject) -> None:
    runs = source.latin_runs
    if not runs:
        pytest.skip("no Latin letters or digits in this issue")
    run = data.draw(st.sampled_from(runs))
    full = "".join(chr(ord(c) + 0xFEE0) for c in run)
    forms = [run, run.upper(), full, full.upper()]
    results = [spots(source.index.search(f)) for f in forms]
    assert results[0] and all(r == results[0] for r in results)
