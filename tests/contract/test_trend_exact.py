"""Trend counts per period and paper equal a brute-force scan of the stored issues. Moved from
test_trend.py (which keeps the periods and the command line)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.library.results import SearchFilters
from reader.core.model import Issue
from reader.core.search.query import SearchOptions

from ..fixtures.library.helpers import brute_matches, make_issue
from ..test_trend import PAPERS, WORDS, as_counts, brute_trend
from .conftest import Engine

pytestmark = pytest.mark.core


@st.composite
def issues(draw: st.DrawFn) -> list[Issue]:
    made = []
    for _ in range(draw(st.integers(1, 6))):
        paper = draw(st.sampled_from(PAPERS))
        date = draw(st.one_of(st.none(), st.dates(dt.date(2023, 11, 1), dt.date(2025, 2, 28))))
        pages = {}
        for page in range(1, draw(st.integers(1, 3)) + 1):
            pages[page] = [(draw(st.sampled_from([None, *WORDS])),
                            ["".join(draw(st.lists(st.sampled_from(WORDS + ["，", "。"]), max_size=6)))])
                           for _ in range(draw(st.integers(1, 3)))]
        made.append(make_issue(paper, date, pages))
    return made


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(made=issues(), terms=st.lists(st.sampled_from(WORDS), min_size=1, max_size=2),
       exclude=st.booleans(), variants=st.booleans(), by=st.sampled_from(["month", "year"]))
def test_trend_counts_equal_a_brute_force_scan(engine: Engine, tmp_path_factory: pytest.TempPathFactory,
                                               made: list[Issue], terms: list[str], exclude: bool,
                                               variants: bool, by: str) -> None:
    query = " ".join(terms[:1] + [("-" if exclude else "") + t for t in terms[1:]])
    options = SearchOptions(variants=variants)
    with engine.open(engine.location(tmp_path_factory.mktemp("trend"))) as lib:
        for issue in made:
            lib.add_issue(issue)
        if len(made) % 2:  # leave some articles queued for the index: they count too
            lib.index_pending()
        stored = [(info.key, issue) for info, issue in lib.iter_issues()]
        result = lib.trend(query, options, SearchFilters(), by=by)  # type: ignore[arg-type]
        assert as_counts(result) == brute_trend(stored, query, options, by), query
        assert result.total == len(brute_matches(stored, query, options))
        if result.periods:
            assert result.periods == tuple(sorted(set(result.periods)))
            assert all(len(s.counts) == len(result.periods) for s in result.series)
        narrowed = SearchFilters("清河日报", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
        assert as_counts(lib.trend(query, options, narrowed, by)) == \
            brute_trend(stored, query, options, by, narrowed)  # type: ignore[arg-type]
