"""A term across the years: periods, word mode, the command line (the brute-force comparison every
engine must pass is tests/contract/test_trend_exact.py)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli import main
from reader.core.library import SearchFilters
from reader.core.library.results import Trend, period_of, period_range, trend_of_counts
from reader.core.library.sqlite.library import Library
from reader.core.library.sqlite.trend import trend
from reader.core.model import Issue
from reader.core.search.query import SearchOptions

from .fixtures.library.helpers import brute_matches, make_issue

pytestmark = pytest.mark.core

PAPERS = ["江川日报", "清河日报", " 清河日报", None]
WORDS = ["发展", "经济", "台湾", "臺灣", "乡村", "振兴", "的", "ＧＤＰ", "gdp", "人民币", "人民"]


def brute_trend(stored: list[tuple[str, Issue]], query: str, options: SearchOptions, by: str,
                filters: SearchFilters = SearchFilters()) -> dict[tuple[str | None, str | None], int]:
    """{(paper, period or None for undated): count} from scanning every stored issue's fields."""
    issues = {key: issue for key, issue in stored}
    counts: dict[tuple[str | None, str | None], int] = {}
    for key, _item in brute_matches(stored, query, options):
        issue = issues[key]
        paper = (issue.paper or "").strip() or None
        if filters.paper is not None and paper != filters.paper:
            continue
        if (filters.date_from or filters.date_to) and (
                issue.date is None or not (filters.date_from or dt.date.min) <= issue.date <= (filters.date_to or dt.date.max)):
            continue
        period = period_of(issue.date, by) if issue.date else None  # type: ignore[arg-type]
        counts[(paper, period)] = counts.get((paper, period), 0) + 1
    return counts


def as_counts(result: Trend) -> dict[tuple[str | None, str | None], int]:
    counts: dict[tuple[str | None, str | None], int] = {}
    for series in result.series:
        for period, count in zip(result.periods, series.counts):
            if count:
                counts[(series.paper, period)] = count
        if series.undated:
            counts[(series.paper, None)] = series.undated
    return counts


def test_word_mode_counts_equal_in_issue_search(tmp_path: Path) -> None:
    made = [make_issue("江川日报", dt.date(2024, m, 1), {1: [("标题", ["人民币汇率", "人民的生活"])]}) for m in (1, 3)]
    with Library(tmp_path / "lib.sqlite3") as lib:
        for issue in made:
            lib.add_issue(issue)
        lib.index_pending()
        stored = [(info.key, issue) for info, issue in lib.iter_issues()]
        for query in ("人民", "人民币", "人民 -汇率"):
            options = SearchOptions(word=True)
            assert as_counts(trend(lib, query, options)) == brute_trend(stored, query, options, "month")


def test_periods_run_without_gaps_and_a_period_names_its_days() -> None:
    assert period_of(dt.date(2026, 6, 12), "month") == "2026-06" and period_of(dt.date(2026, 6, 12), "year") == "2026"
    assert period_range("2024-02", "month") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert period_range("2025-12", "month") == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert period_range("2025", "year") == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_a_trend_spans_every_month_between_its_first_and_last(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite3") as lib:
        lib.add_issue(make_issue("甲报", dt.date(2024, 11, 3), {1: [("发展", ["正文"])]}))
        lib.add_issue(make_issue("乙报", dt.date(2025, 2, 9), {1: [("发展", ["正文"]), ("再谈发展", ["正文"])]}))
        lib.add_issue(make_issue("乙报", None, {1: [("发展", ["无日期"])]}))
        result = trend(lib, "发展")
    assert result.periods == ("2024-11", "2024-12", "2025-01", "2025-02")
    assert [(s.paper, s.counts, s.undated) for s in result.series] == [
        ("乙报", (0, 0, 0, 2), 1), ("甲报", (1, 0, 0, 0), 0)]
    assert result.total == 4
    doc = result.to_json()
    assert list(doc) == ["query", "by", "total", "periods", "series"] and doc["series"][0]["total"] == 3


def test_cli_trend_json_table_and_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        lib.add_issue(make_issue("甲报", dt.date(2024, 11, 3), {1: [("发展", ["正文"])]}))
        lib.add_issue(make_issue("乙报", dt.date(2025, 2, 9), {1: [("發展", ["正文"])]}))
    assert main(["trend", "--library", str(path), "发展", "--by", "year", "--variants", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["periods"] == ["2024", "2025"] and doc["total"] == 2
    assert {s["paper"]: s["counts"] for s in doc["series"]} == {"甲报": [1, 0], "乙报": [0, 1]}
    assert main(["trend", "--library", str(path), "发展", "--paper", "甲报"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "「发展」: 1 篇，按月" and lines[1].split() == ["甲报"]
    assert lines[2].split() == ["2024-11", "1"] and lines[-1].split() == ["合计", "1"]
    assert main(["trend", "--library", str(path), "--", "-发展"]) == 2
    assert "nothing to search for" in capsys.readouterr().err
    assert main(["trend", "--library", str(tmp_path / "none.sqlite3"), "发展"]) == 2
    assert main(["trend", "--library", str(path), "发展", "--from", "soon"]) == 2


@given(st.lists(st.tuples(st.sampled_from([None, "人民日报", "学习时报"]),
                          st.one_of(st.none(), st.dates(dt.date(2019, 1, 1), dt.date(2026, 12, 31))),
                          st.integers(1, 50)), max_size=30),
       st.sampled_from(["month", "year"]))
@settings(max_examples=150, deadline=None)
def test_a_trend_of_counts_keeps_every_count_in_its_period_and_paper(counts, by) -> None:
    """Any engine's per-issue counts: each lands in its paper's series at its period (undated apart),
    the periods run without gaps, nothing is lost or counted twice."""
    made = trend_of_counts("q", by, counts)
    assert made.total == sum(c for _p, _d, c in counts)
    if made.periods:
        assert list(made.periods) == sorted(made.periods)
        assert all(period_range(a, by)[1] + dt.timedelta(days=1) == period_range(b, by)[0]
                   for a, b in zip(made.periods, made.periods[1:]))
    for series in made.series:
        mine = [(d, c) for p, d, c in counts if p == series.paper]
        assert series.undated == sum(c for d, c in mine if d is None)
        for period, count in zip(made.periods, series.counts):
            assert count == sum(c for d, c in mine if d is not None and period_of(d, by) == period)
    assert [s.paper for s in made.series] == sorted({p for p, _d, _c in counts}, key=lambda p: (p is None, p or ""))
