"""What a library search and a trend give back, whichever engine answers them: the filters, the hits
and their pages, the counts of a term per period and paper. The GUI, the CLI and the storage interface
(storage.py) use these; an engine makes them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterable, Literal

from .records import ArticleRef

Sort = Literal["newest", "relevance"]


@dataclass(frozen=True)
class SearchFilters:
    """Which issues to search: one paper, and dates from/to (inclusive; None: open)."""

    paper: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class LibraryHit:
    """A matching article with a snippet around its first hit.

    `spans` are (offset, length) of every hit of an include term inside `snippet`; `field`/`block`
    say where the snippet comes from (as in-issue hits do).
    """

    article: ArticleRef
    snippet: str
    spans: tuple[tuple[int, int], ...]
    field: str | None = None
    block: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The hit as `search --library --json` prints it."""
        a = self.article
        return {"paper": a.paper, "date": a.date.isoformat() if a.date else None, "page": a.page,
                "item": a.item, "title": a.title, "snippet": self.snippet}


@dataclass(frozen=True)
class SearchPage:
    """One page of results: how many articles match in all, and this page's hits."""

    query: str
    total: int
    offset: int
    sort: Sort
    hits: list[LibraryHit] = field(default_factory=list)
    damaged: int = 0  # articles left out because their stored text could not be read (so far, this library)


# -- trends ----------------------------------------------------------------------------------------

Granularity = Literal["month", "year"]


@dataclass(frozen=True)
class TrendSeries:
    """One paper's counts, one per period of the trend (same order), and its undated matches."""

    paper: str | None
    counts: tuple[int, ...]
    undated: int = 0

    @property
    def total(self) -> int:
        """All its matching articles, dated or not."""
        return sum(self.counts) + self.undated


@dataclass(frozen=True)
class Trend:
    """Matching articles per period and paper. `periods` run without gaps from the first period
    with a match to the last ("2026-06" by month, "2026" by year); papers by name, unknown last."""

    query: str
    by: Granularity
    periods: tuple[str, ...]
    series: tuple[TrendSeries, ...]

    @property
    def total(self) -> int:
        """Every matching article."""
        return sum(s.total for s in self.series)

    def to_json(self) -> dict[str, Any]:
        """The trend as `trend --json` prints it."""
        return {"query": self.query, "by": self.by, "total": self.total, "periods": list(self.periods),
                "series": [{"paper": s.paper, "total": s.total, "counts": list(s.counts), "undated": s.undated}
                           for s in self.series]}


def period_of(date: dt.date, by: Granularity) -> str:
    """2026-06 (by month) or 2026 (by year)."""
    return f"{date.year:04d}-{date.month:02d}" if by == "month" else f"{date.year:04d}"


def period_range(period: str, by: Granularity) -> tuple[dt.date, dt.date]:
    """The first and last day of a period (to narrow a search to it)."""
    if by == "year":
        year = int(period)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    year, month = (int(p) for p in period.split("-"))
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, 1), nxt - dt.timedelta(days=1)


def periods_between(first: str, last: str, by: Granularity) -> list[str]:
    """Every period from first to last, both included."""
    out = [first]
    day = period_range(first, by)[1]
    while out[-1] != last:
        day = period_range(period_of(day + dt.timedelta(days=1), by), by)[1]
        out.append(period_of(day, by))
    return out


def trend_of_counts(query: str, by: Granularity,
                    counts: Iterable[tuple[str | None, dt.date | None, int]]) -> Trend:
    """The trend of matching articles counted per issue, as (paper, date or None, count): counts summed
    per period and paper, periods without gaps, undated ones apart (what every engine's trend is)."""
    dated: dict[str | None, dict[str, int]] = {}
    undated: dict[str | None, int] = {}
    for paper, date, count in counts:
        if date is None:
            undated[paper] = undated.get(paper, 0) + count
        else:
            per_period = dated.setdefault(paper, {})
            period = period_of(date, by)
            per_period[period] = per_period.get(period, 0) + count
    used = sorted({p for per_period in dated.values() for p in per_period})
    periods = periods_between(used[0], used[-1], by) if used else []
    papers = sorted(set(dated) | set(undated), key=lambda p: (p is None, p or ""))
    series = tuple(TrendSeries(p, tuple(dated.get(p, {}).get(period, 0) for period in periods), undated.get(p, 0))
                   for p in papers)
    return Trend(query, by, tuple(periods), series)
