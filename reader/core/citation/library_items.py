"""Citation records of articles kept in the library: search results, a selection, all bookmarks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ..library.records import ArticleRef
from ..model import Issue
from .record import CitationRecord, citation_record

if TYPE_CHECKING:
    from ..library.storage import LibraryStorage


def records_of_articles(library: LibraryStorage, refs: Iterable[ArticleRef]) -> list[CitationRecord]:
    """Records of these articles in the order given, each story once (each issue loaded once)."""
    issues: dict[str, Issue] = {}

    def issue_of(ref: ArticleRef) -> Issue:
        if ref.issue_key not in issues:
            issues[ref.issue_key] = library.load_issue(ref.issue_key)
        return issues[ref.issue_key]

    return _unique(citation_record(issue_of(ref), ref.item) for ref in refs)


def records_of_items(library: LibraryStorage, items: Iterable[tuple[str, str]]) -> list[CitationRecord]:
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


def records_of_bookmarks(library: LibraryStorage, paper: str | None = None) -> list[CitationRecord]:
    """Records of the bookmarked articles, newest bookmark first (optionally of one paper)."""
    return records_of_items(library, ((b.issue_key, b.item) for b in library.bookmarks(paper)))


def _unique(records: Iterable[CitationRecord]) -> list[CitationRecord]:
    return list(dict.fromkeys(records))
