"""Plain records the library hands out, and how an issue is identified and numbered in it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Issue
from ..serialize import issue_contract

ARTICLE_BITS = 14        # article id = day << 14 | offset: newest first under descending ids
ARTICLES_PER_DAY = 1 << ARTICLE_BITS  # one day's issues (all papers) share these ids
UNDATED_DAYS = 100_000   # issues without a date get pseudo-days 1 … 99,999 (before year 274)
MAX_ARTICLE_ID = (1 << 40) - 1  # ids stay below 2**40 (days up to year ~180,000)


@dataclass(frozen=True)
class IssueInfo:
    """One issue in the library, without its text."""

    id: int
    key: str
    paper: str | None
    date: dt.date | None
    format: str
    source: str | None
    pages: int
    articles: int
    chars: int
    imported: str
    notes: tuple[str, ...] = ()  # codes of the issue's own warnings, e.g. mostly-no-text (as listed)

    def label(self) -> str:
        """《人民日报》2026-06-12, or what is known of it."""
        paper = f"《{self.paper}》" if self.paper else "(报名不详)"
        return f"{paper}{self.date.isoformat() if self.date else '(日期不详)'}"

    def to_json(self) -> dict[str, Any]:
        """The issue as `list --json` prints it."""
        return {"key": self.key, "paper": self.paper, "date": self.date.isoformat() if self.date else None,
                "format": self.format, "pages": self.pages, "articles": self.articles,
                "chars": self.chars, "source": self.source, "imported": self.imported}


@dataclass(frozen=True)
class ArticleRef:
    """One searchable article (item) of a stored issue (its id orders articles newest first)."""

    id: int
    issue_id: int
    issue_key: str
    paper: str | None
    date: dt.date | None
    page: int
    item: str
    title: str


def clean_paper(paper: str | None) -> str | None:
    """The paper's name as stored: trimmed, None when empty."""
    paper = (paper or "").strip()
    return paper or None


def issue_key(issue: Issue) -> str:
    """The issue's identity: 'paper:YYYY-MM-DD' when both are known, else 'content:<hash>'.

    The hash covers the issue as `dump --json` prints it (not where it was read from), so importing
    the same undated or unnamed issue again replaces it, and a different one is added beside it.
    """
    paper = clean_paper(issue.paper)
    if paper and issue.date:
        return f"{paper}:{issue.date.isoformat()}"
    text = json.dumps(issue_contract(issue), ensure_ascii=False, sort_keys=True)
    return "content:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def day_number(date: dt.date) -> int:
    """The day part of article ids: the date's ordinal."""
    return date.toordinal()


def article_id(day: int, offset: int) -> int:
    """The id of the article at offset within its day."""
    return day << ARTICLE_BITS | offset


def day_of_article(article: int) -> int:
    """The day (or pseudo-day of an undated issue) an article id belongs to."""
    return article >> ARTICLE_BITS


def day_range(date_from: dt.date | None, date_to: dt.date | None) -> tuple[int, int]:
    """The article ids of issues from date_from to date_to inclusive (either may be open; undated
    issues are outside every range)."""
    low = day_number(date_from) if date_from else UNDATED_DAYS
    high = ((day_number(date_to) + 1) << ARTICLE_BITS) - 1 if date_to else MAX_ARTICLE_ID
    return max(low, UNDATED_DAYS) << ARTICLE_BITS, min(high, MAX_ARTICLE_ID)


def parse_day(text: str | None, end: bool = False) -> dt.date | None:
    """A date from YYYY-MM-DD, YYYY-MM or YYYY, also written 2026年6月12日 or 2026年6月 (the first day,
    or the last when end is set)."""
    if text is None or not text.strip():
        return None
    text = text.strip()
    chinese = text.replace("年", "-").replace("月", "-").rstrip("日号").rstrip("-")
    parts = chinese.replace("/", "-").replace(".", "-").split("-")
    try:
        if len(parts) == 3:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            if not end:
                return dt.date(year, month, 1)
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        if len(parts) == 1 and len(parts[0]) == 4:
            year = int(parts[0])
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    except ValueError:
        pass
    raise ValueError(f"not a date: {text!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")


@dataclass(frozen=True)
class AddResult:
    """What adding an issue did: the issue as stored and whether it replaced an earlier copy."""

    info: IssueInfo
    replaced: bool
    unchanged: bool = False  # nothing written: the library holds this issue already, as it is


@dataclass(frozen=True)
class PaperInfo:
    """A paper in the library: how many issues, the first and last date."""

    name: str | None
    issues: int
    first: dt.date | None
    last: dt.date | None


@dataclass(frozen=True)
class Bookmark:
    """A bookmarked article: where it is, its title, the reader's note and when it was made."""

    issue_key: str
    paper: str | None
    date: dt.date | None
    item: str
    page: int | None
    title: str
    note: str
    created: str


@dataclass(frozen=True)
class ReadingPosition:
    """Where reading of an issue stopped: page, item and how far into it (0…1)."""

    issue_key: str
    page: int | None
    item: str | None
    fraction: float
    updated: str


@dataclass
class RebuildReport:
    """What rebuilding a library (engines.rebuild) did: where the old file went, what was kept, what was
    lost and why."""

    path: Path
    backup: Path
    salvaged: list[str] = field(default_factory=list)      # keys read back from the old file
    reimported: list[str] = field(default_factory=list)    # keys imported again from their source
    lost: list[str] = field(default_factory=list)          # "what: why" for each issue not kept
    problem: str | None = None                             # why the old file could not be read at all
