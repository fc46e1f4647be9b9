"""A term across the years: how many articles match a query, per month (or year) and paper.

The matching articles are exactly the library search's (LibrarySearch.matching_ids: the same query
language, 全词匹配 and 繁简通搜, the same filters); each is counted in the month of its issue's date
under its issue's paper. Articles of undated issues have no period and are counted apart.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter

from ...search.query import Query, SearchOptions, parse_query
from ..records import ARTICLE_BITS
from ..results import Granularity, SearchFilters, Trend, trend_of_counts
from .library import Library
from .search import LibrarySearch


class _IssueRanges:
    """Which issue an article id belongs to: each issue holds ids day << 14 | first … first+articles-1."""

    def __init__(self, library: Library) -> None:
        rows = library.conn.execute("SELECT day, first, articles, paper, date FROM issue").fetchall()
        self.spans = sorted((day << ARTICLE_BITS | first, articles, paper, date)
                            for day, first, articles, paper, date in rows)
        self.starts = [s[0] for s in self.spans]

    def index_of(self, article: int) -> int | None:
        """The index in `spans` of the issue holding the article, or None."""
        n = bisect.bisect_right(self.starts, article) - 1
        if n < 0:
            return None
        start, count, _paper, _date = self.spans[n]
        return n if article < start + count else None


def trend(library: Library, query: Query | str, options: SearchOptions = SearchOptions(),
          filters: SearchFilters = SearchFilters(), by: Granularity = "month") -> Trend:
    """Matching articles of the query per period and paper (an empty trend for an empty query)."""
    q = parse_query(query) if isinstance(query, str) else query
    ids = LibrarySearch(library).matching_ids(q, options, filters)
    ranges = _IssueRanges(library)
    per_issue = Counter(ranges.index_of(article) for article in ids)
    counts = []
    for index, count in per_issue.items():
        if index is None:  # removed meanwhile (another connection)
            continue
        _start, _articles, paper, date = ranges.spans[index]
        counts.append((paper, dt.date.fromisoformat(date) if date is not None else None, count))
    return trend_of_counts(q.raw, by, counts)
