"""What a citation of a newspaper article is made of, taken from the issue and never invented.

A record covers a whole story: an item continued on other pages (or a repeated copy) is cited as the
story it belongs to, with the title and byline of its first part and the pages of all its parts.
The kicker (引题) is left out, as citations of Chinese newspapers usually do; the subtitle (副题) is
kept apart so each format can place it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..model import Issue, Item

# A byline that names no person but a commentator of the paper (本报评论员, 人民日报评论员): the
# collective author as printed.
_COMMENTATOR_RE = re.compile(r"(?:本报|[\u4e00-\u9fff]{2,8}?(?:日报|晚报|早报|时报|报))?(?:特约)?评论员")
_LEADING_DASHES_RE = re.compile(r"^[\s—–―\-－~～]+")


@dataclass(frozen=True)
class CitationRecord:
    """One cited article: each field None (or empty) when the issue does not say."""

    authors: tuple[str, ...]
    title: str | None
    subtitle: str | None
    paper: str | None
    date: dt.date | None
    pages: tuple[int, ...]
    section: str | None       # the name of the first part's page (版名, e.g. 要闻)
    item: str                 # the id of the story's first part (p1-2)

    def full_title(self, separator: str = ": ") -> str | None:
        """Title and subtitle joined ("题名: 副题"), the title alone, or None."""
        if self.title and self.subtitle:
            return f"{self.title}{separator}{self.subtitle}"
        return self.title or self.subtitle


def _clean(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    return text or None


def _authors(parts: list[Item]) -> tuple[str, ...]:
    for part in parts:
        names = [n for n in (_clean(n) for n in part.byline) if n]
        if names:
            return tuple(dict.fromkeys(names))
    for part in parts:
        printed = _clean(part.byline_text)
        if printed and _COMMENTATOR_RE.fullmatch(printed):
            return (printed,)
    return ()


def citation_record(issue: Issue, item_id: str) -> CitationRecord:
    """The record of the story an item belongs to (raises KeyError for an unknown item)."""
    parts = issue.story_items(item_id)
    if not parts:
        raise KeyError(item_id)
    head = parts[0]
    page = issue.page(head.page)
    subtitle = _clean(_LEADING_DASHES_RE.sub("", head.subtitle or ""))
    return CitationRecord(
        authors=_authors(parts), title=_clean(head.title), subtitle=subtitle,
        paper=_clean(issue.paper), date=issue.date, pages=tuple(dict.fromkeys(p.page for p in parts)),
        section=_clean(page.name) if page else None, item=head.id)


def citation_records(issue: Issue, item_ids: list[str]) -> list[CitationRecord]:
    """Records of these items in the order given, each story once (unknown items left out)."""
    records: list[CitationRecord] = []
    seen: set[str] = set()
    for item_id in item_ids:
        if issue.item(item_id) is None:
            continue
        record = citation_record(issue, item_id)
        if record.item not in seen:
            seen.add(record.item)
            records.append(record)
    return records
