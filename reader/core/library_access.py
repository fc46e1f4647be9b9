"""The library as the reader's GUI uses it: one narrow object over the storage engine.

Everything the GUI does with the library goes through a LibraryAccess, which talks only to the
storage interface (library/storage.py) of the engine its location string names (library/engines.py:
a file path for the SQLite engine). An access object may be used only on the thread that opened it;
the GUI opens one per worker thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .library_snippets import SearchRequest, headline_hits, with_body_snippets

if TYPE_CHECKING:
    from .citation.record import CitationRecord
    from .library import ImportEvent, ImportReport, RebuildReport
    from .library.reading import Bounded
    from .library.records import Bookmark, IssueInfo, ReadingPosition
    from .library.results import Granularity, SearchPage, Trend
    from .library.storage import Capabilities, LibraryStorage
    from .model import Issue
    from .search.query import SearchOptions

Progress = Callable[[int, int], None]        # done, total


class LibraryAccess:
    """The operations of the library the GUI needs (see the module docstring)."""

    def __init__(self, location: str, create: bool = True) -> None:
        from .library.engines import open_library
        self.location = location
        self._library: LibraryStorage = open_library(location, "create" if create else "open")

    @property
    def capabilities(self) -> Capabilities:
        """What the library's engine can do (rebuild, compact, read-only)."""
        return self._library.capabilities

    def close(self) -> None:
        self._library.close()

    def __enter__(self) -> LibraryAccess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- issues
    def issues(self) -> list[IssueInfo]:
        """Every stored issue, newest first."""
        return self._library.issues()

    def info(self, key: str) -> IssueInfo | None:
        """The issue with this key, or None."""
        return self._library.info(key)

    def stored_key(self, issue: Issue) -> str | None:
        """The key under which the library holds this issue (e.g. opened from a file), or None."""
        from .library.records import issue_key
        key = issue_key(issue)
        return key if self._library.info(key) is not None else None

    def adjacent_issue(self, key: str, step: int) -> IssueInfo | None:
        """The issue of the same paper before (step -1) or after (1) this one, by date; None at either end
        or for an issue without paper or date."""
        info = self._library.info(key)
        if info is None or info.paper is None or info.date is None:
            return None
        dates = self._library.issue_dates(info.paper)
        later = [d for d in dates if d > info.date] if step > 0 else [d for d in dates if d < info.date]
        if not later:
            return None
        date = min(later) if step > 0 else max(later)
        found = self._library.find(info.paper, date)
        return found[0] if found else None

    def load_issue(self, key: str) -> Issue:
        """The stored issue with this key (KeyError when absent)."""
        return self._library.load_issue(key)

    def add_issue(self, issue: Issue, source: str | None) -> str:
        """Store an issue and index it at once; returns its key."""
        key = self._library.add_issue(issue, source=source).info.key
        self._library.index_pending()
        return key

    def remove_issue(self, key: str) -> bool:
        """Remove an issue (bookmarks and positions stay) and give its room back."""
        removed = self._library.remove_issue(key)
        self._library.compact()
        return removed

    def import_paths(self, paths: list[str], progress: Callable[[ImportEvent], None],
                     cancelled: Callable[[], bool], bounded: Bounded | None = None) -> ImportReport:
        """Import the issues under paths from this thread, each issue read in a bounded child process
        (no worker processes forked from a GUI; `bounded`: the limits, Limits.from_env() by default)."""
        from .library.reading import Bounded
        return self._library.import_paths(paths, progress=progress, cancelled=cancelled, workers=0,
                                          bounded=bounded or Bounded())

    # ---- search
    def search(self, request: SearchRequest) -> SearchPage:
        """One page of results, a headline's hit given its snippet from the text (library_snippets)."""
        page = self._library.search(request)
        ids = headline_hits(page)
        return with_body_snippets(page, self._library.article_fields(ids), request) if ids else page

    def trend(self, query: str, options: SearchOptions, paper: str | None, by: Granularity) -> Trend:
        """Matching articles of a query per month or year and paper (all dates: the chart's own)."""
        from .library.results import SearchFilters
        return self._library.trend(query, options, SearchFilters(paper=paper), by)

    # ---- citations
    def cite_search(self, request: SearchRequest, limit: int) -> tuple[list[CitationRecord], int]:
        """Citation records of the search's matching articles in its order (at most limit), and how many match."""
        from .citation.library_items import records_of_articles
        from .library.results import SearchFilters
        ids = self._library.matching_ids(request.query, request.options,
                                         SearchFilters(request.paper, request.date_from, request.date_to),
                                         sort=request.sort)
        return records_of_articles(self._library, self._library.articles(ids[:limit])), len(ids)

    def cite_bookmarks(self) -> list[CitationRecord]:
        """Citation records of every bookmarked article, newest bookmark first."""
        from .citation.library_items import records_of_bookmarks
        return records_of_bookmarks(self._library)

    # ---- maintenance
    def pending_count(self) -> int:
        """Articles stored but not yet in the text index."""
        return self._library.pending_count()

    def index_pending(self, progress: Progress) -> int:
        """Put the articles still waiting into the text index."""
        return self._library.index_pending(progress)

    def compact(self) -> tuple[int, int]:
        """Merge the text index and give freed space back to the disk: the file bytes before and after."""
        before = self._library.stats()["bytes"]
        self._library.compact(full=True)
        return before, self._library.stats()["bytes"]

    def build_word_index(self, progress: Progress, cancelled: Callable[[], bool]) -> int:
        """Store jieba's word boundaries for whole-word search."""
        return self._library.build_word_index(progress, cancelled)

    # ---- bookmarks and reading positions
    def bookmarks(self) -> list[Bookmark]:
        return self._library.bookmarks()

    def is_bookmarked(self, key: str, item: str) -> bool:
        return self._library.is_bookmarked(key, item)

    def add_bookmark(self, key: str, item: str) -> None:
        self._library.add_bookmark(key, item)

    def remove_bookmark(self, key: str, item: str) -> bool:
        return self._library.remove_bookmark(key, item)

    def set_position(self, key: str, page: int | None, item: str | None, fraction: float) -> None:
        self._library.set_position(key, page, item, fraction)

    def position(self, key: str) -> ReadingPosition | None:
        return self._library.position(key)

    def mark_read(self, key: str, items: list[str], read: bool = True) -> None:
        self._library.mark_read(key, items, read)

    def read_items(self, key: str) -> set[str]:
        return self._library.read_items(key)

    def recent_positions(self, limit: int) -> list[tuple[ReadingPosition, IssueInfo | None]]:
        """The issues read most recently with their infos (None for one no longer in the library)."""
        return [(pos, self._library.info(pos.issue_key)) for pos in self._library.recent_positions(limit)]


def open_existing(location: str) -> LibraryAccess:
    """The library at location, which must exist already (for reading an issue of it)."""
    return LibraryAccess(location, create=False)


def rebuild(location: str) -> RebuildReport:
    """Move an unusable library file aside and build a new one from what can be read."""
    from .library.engines import rebuild as rebuild_library
    return rebuild_library(location)


def default_location() -> str:
    """Where the library is when nothing says otherwise ($READER_LIBRARY aside): the user data folder."""
    from .library import default_library_path
    return str(default_library_path())

