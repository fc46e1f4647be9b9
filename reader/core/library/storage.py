"""What a library engine offers: the one interface the GUI and the CLI use for a library.

An engine keeps issues (added, replaced under the same key, removed), answers the library's queries
with the query semantics of in-issue search, counts a term across the years, keeps bookmarks and
reading positions, and runs its own maintenance. What it takes and gives are the engine-neutral
records.py, results.py and errors.py. The SQLite engine (sqlite/engine.py) is one file on disk;
engines.open_library picks an engine from a location string. Every engine must pass the contract
suite in tests/contract/.

An open engine is used from one thread at a time; each thread opens its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Literal, Protocol

if TYPE_CHECKING:
    from ..library_snippets import SearchRequest
    from ..model import Issue, Item
    from ..search.fields import FieldText
    from ..search.query import Query, SearchOptions
    from .importer import ImportEvent, ImportReport
    from .reading import Bounded
    from .records import AddResult, ArticleRef, Bookmark, IssueInfo, PaperInfo, ReadingPosition
    from .results import Granularity, LibraryHit, SearchFilters, SearchPage, Sort, Trend

Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]         # asked between steps: True stops the work, keeping what is done
Mode = Literal["create", "open", "read"]  # create when absent; must exist; must exist, read only


@dataclass(frozen=True)
class Capabilities:
    """What an engine can do beyond the common interface."""

    can_rebuild: bool   # an unusable store can be moved aside and rebuilt from what reads (a file can; a server cannot)
    can_compact: bool   # compact() gives freed room back
    read_only: bool     # opened for reading: every write raises LibraryError


class LibraryStorage(Protocol):
    """A library engine, open on one location (see the module docstring)."""

    @property
    def location(self) -> str:
        """The location string the engine was opened with (resolved: a file path for SQLite)."""

    @property
    def capabilities(self) -> Capabilities:
        """What this engine can do."""

    def close(self) -> None:
        """Close the engine (what is stored stays)."""

    def __enter__(self) -> LibraryStorage: ...

    def __exit__(self, *exc: object) -> None: ...

    # -- issues ----------------------------------------------------------------------------------

    def add_issue(self, issue: Issue, source: str | None = None) -> AddResult:
        """Store an issue in one step, replacing the one with the same key; committed when it returns."""

    def import_paths(self, paths: Iterable[str], progress: Callable[[ImportEvent], None] | None = None,
                     cancelled: Cancelled | None = None, workers: int = 0, force: bool = False,
                     bounded: Bounded | None = None) -> ImportReport:
        """Import every issue found under paths (workers: reading processes, 0 for none; bounded: each
        issue read alone in a bounded child, for a multi-threaded program); an issue stored already with
        the same content is left as it is (`unchanged`) unless force is set."""

    def remove_issue(self, key: str) -> bool:
        """Remove an issue (its bookmarks and positions stay); False when there is none."""

    def issues(self, paper: str | None = None, date_from: dt.date | None = None,
               date_to: dt.date | None = None, newest_first: bool = True) -> list[IssueInfo]:
        """The stored issues by date, optionally of one paper or a date range (inclusive)."""

    def papers(self) -> list[PaperInfo]:
        """The papers, by name (None, for issues without a paper, last)."""

    def issue_dates(self, paper: str | None) -> list[dt.date]:
        """The dates of a paper's issues, oldest first."""

    def info(self, key: str) -> IssueInfo | None:
        """The issue with this key, or None."""

    def find(self, paper: str | None = None, date: dt.date | None = None) -> list[IssueInfo]:
        """The issues of a date (and paper, when given)."""

    def load_issue(self, key: str) -> Issue:
        """The stored issue with this key (KeyError when absent; treat it as read-only)."""

    def iter_issues(self) -> Iterator[tuple[IssueInfo, Issue]]:
        """Every stored issue, oldest first, loaded one at a time."""

    def articles(self, ids: Iterable[int]) -> list[ArticleRef]:
        """The articles with these ids, in the order given (unknown ids left out)."""

    def article_fields(self, ids: Iterable[int]) -> dict[int, list[FieldText]]:
        """The searchable field texts of these articles."""

    def article_item(self, ref: ArticleRef) -> tuple[Issue, Item]:
        """The issue and item an article reference points at."""

    # -- search ----------------------------------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchPage:
        """One page of the articles matching the request, each with a snippet of its first hit."""

    def matching_ids(self, query: Query | str, options: SearchOptions, filters: SearchFilters,
                     sort: Sort = "newest") -> list[int]:
        """Every matching article's id, newest first or most relevant first."""

    def hits(self, ids: list[int], query: Query | str, options: SearchOptions) -> list[LibraryHit]:
        """These articles as hits with snippets, in the order given."""

    def trend(self, query: Query | str, options: SearchOptions, filters: SearchFilters,
              by: Granularity = "month") -> Trend:
        """Matching articles per period and paper."""

    # -- bookmarks and reading positions -----------------------------------------------------------

    def add_bookmark(self, key: str, item: str, note: str = "") -> Bookmark:
        """Bookmark an article of a stored issue (KeyError when absent); again: update the note."""

    def remove_bookmark(self, key: str, item: str) -> bool:
        """Remove a bookmark; False when there was none."""

    def bookmarks(self, paper: str | None = None) -> list[Bookmark]:
        """Bookmarks, newest first, optionally of one paper."""

    def is_bookmarked(self, key: str, item: str) -> bool:
        """Whether this article is bookmarked."""

    def set_position(self, key: str, page: int | None, item: str | None, fraction: float = 0.0) -> None:
        """Remember where reading of an issue stopped (fraction clamped to 0…1)."""

    def position(self, key: str) -> ReadingPosition | None:
        """Where reading of an issue stopped, or None."""

    def recent_positions(self, limit: int = 20) -> list[ReadingPosition]:
        """The issues read most recently, newest first."""

    def mark_read(self, key: str, items: list[str], read: bool = True) -> None:
        """Remember articles of an issue as read (or, read=False, as unread again)."""

    def read_items(self, key: str) -> set[str]:
        """The ids of an issue's articles that were read."""

    # -- maintenance -----------------------------------------------------------------------------

    def pending_count(self) -> int:
        """Articles stored but not yet in the text index (search is exact meanwhile, only slower)."""

    def index_pending(self, progress: Progress | None = None, *, cancelled: Cancelled | None = None) -> int:
        """Put the waiting articles into the text index; how many were indexed."""

    def words_missing(self) -> int:
        """Articles not in the word index yet (word mode raises WordIndexMissing when too many are not)."""

    def build_word_index(self, progress: Progress | None = None, cancelled: Cancelled | None = None,
                         workers: int = 0) -> int:
        """Put the articles lacking it into the word index that word mode needs; how many were stored
        (workers: segmenting processes, only from a single-threaded program; 0 for none)."""

    def compact(self, progress: Progress | None = None, cancelled: Cancelled | None = None,
                full: bool = False) -> None:
        """Give room freed by removals and index merges back (nothing, without can_compact); with
        `full`, also what replaced and removed articles left in the index (slow on a large library)."""

    def stats(self) -> dict[str, int]:
        """Counts and sizes: issues, articles, chars, pending, bytes."""

    def check(self) -> list[str]:
        """A full consistency check: the problems found ([] when sound)."""
