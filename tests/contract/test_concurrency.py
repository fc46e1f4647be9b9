"""Readers and writers at once: searching while another process imports is never refused and sees
the library grow; two writers at once leave one sound library."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library.results import SearchFilters
from reader.core.library_snippets import SearchRequest
from reader.core.search.query import SearchOptions

from ..fixtures.library.helpers import brute_matches
from .conftest import Engine
from .generated import QUERIES, Lines, child, generated_issue

pytestmark = pytest.mark.core


def test_searching_while_another_process_imports_is_never_refused(engine: Engine, tmp_path: Path) -> None:
    location = engine.location(tmp_path)
    with engine.open(location) as lib:
        proc = child(location, "add", "0", "60")
        lines = Lines(proc)
        lines.wait_for("ready")
        seen: dict[str, list[int]] = {q: [] for q in QUERIES}
        issues: list[int] = []

        def look() -> None:
            issues.append(len(lib.issues()))
            for query in QUERIES:
                page = lib.search(SearchRequest(query, limit=5))
                assert len(page.hits) == min(5, page.total)
                seen[query].append(page.total)

        while proc.poll() is None:
            look()
        assert proc.wait(timeout=120) == 0, lines.lines[-5:]
        lines.finish()
        look()                                              # after the last commit
        assert len(issues) > 2                              # looked while it wrote
        assert issues == sorted(issues) and issues[-1] == 60
        stored = [(info.key, issue) for info, issue in lib.iter_issues()]
        for query, totals in seen.items():
            assert totals == sorted(totals), query          # only added: counts never fall
            final = len(brute_matches(stored, query, SearchOptions()))
            assert totals[-1] == final == len(lib.matching_ids(query, SearchOptions(), SearchFilters()))
        assert lib.check() == []


def test_two_writers_at_once_leave_one_sound_library(engine: Engine, tmp_path: Path) -> None:
    location = engine.location(tmp_path)
    engine.open(location).close()
    first = child(location, "add", "0", "25")
    second = child(location, "add", "15", "25")           # issues 15 … 24 written by both
    for proc, lines in [(p, Lines(p)) for p in (first, second)]:
        assert proc.wait(timeout=180) == 0, lines.lines[-5:]
        lines.finish()
    expected = {f"{i.paper}:{i.date}": i for i in map(generated_issue, range(40))}
    with engine.open(location, "open") as lib:
        assert sorted(info.key for info in lib.issues()) == sorted(expected)
        assert lib.check() == [] and lib.pending_count() == 0
        stored = [(info.key, issue) for info, issue in lib.iter_issues()]
        for query in QUERIES:
            got = {(a.issue_key, a.item) for a in lib.articles(lib.matching_ids(query, SearchOptions(), SearchFilters()))}
            assert got == brute_matches(stored, query, SearchOptions()), query
