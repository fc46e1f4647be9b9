"""Citation records of articles kept in the library: search results, a selection, all bookmarks."""

from __future__ import annotations

from typing import Iterable

from ..library.library import Library
from ..library.records import ArticleRef
from .record import CitationRecord, citation_record


def records_of_articles(library: Library, refs: Iterable[ArticleRef]) -> list[CitationRecord]:
    """Records of these articles in the order given, each story once."""
    return _unique(citation_record(library.load_issue_by_id(ref.issue_id), ref.item) for ref in refs)


def records_of_items(library: Library, items: Iterable[tuple[str, str]]) -> list[CitationRecord]:
    """Records of (issue key, item id) pairs in the order given, each story once; pairs whose
    issue or item is no longer in the library are left out."""
    out: list[CitationRecord] = []
    for key, item in items:
        try:
            issue = library.load_issue(key)
        except KeyError:
            continue
        if issue.item(item) is not None:
            out.append(citation_record(issue, item))
    return _unique(out)


def records_of_bookmarks(library: Library, paper: str | None = None) -> list[CitationRecord]:
    """Records of the bookmarked articles, newest bookmark first (optionally of one paper)."""
    return records_of_items(library, ((b.issue_key, b.item) for b in library.bookmarks(paper)))


def _unique(records: Iterable[CitationRecord]) -> list[CitationRecord]:
    return list(dict.fromkeys(records))
