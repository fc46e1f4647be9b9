"""The SQLite engine: a library in one SQLite file (library.py), offered as a LibraryStorage.

SQLiteLibrary is the Library with the storage interface's remaining operations: search by request,
trend, import, maintenance with progress and cancel. It can be rebuilt (engines.rebuild) and compacted.
A search, a trend and loading an issue each read one snapshot (a read transaction): another process
indexing or replacing issues meanwhile cannot make an article count twice or an issue half old. An
SQLite error met while searching (a damaged index or table) is raised as a LibraryError.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from ..storage import Cancelled, Capabilities, Mode, Progress
from . import faults
from .library import Library

if TYPE_CHECKING:
    from ...library_snippets import SearchRequest
    from ...model import Issue
    from ...search.query import Query, SearchOptions
    from ..importer import ImportEvent, ImportReport
    from ..reading import Bounded
    from ..results import Granularity, LibraryHit, SearchFilters, SearchPage, Sort, Trend

SCHEME = "sqlite:"


def sqlite_path(location: str | None) -> str | None:
    """The file a location names for this engine: `sqlite:PATH` or a plain path (None: the default)."""
    if location and location.startswith(SCHEME):
        return location[len(SCHEME):]
    return location or None


class SQLiteLibrary(Library):
    """A library file opened through the storage interface."""

    def __init__(self, location: str | Path | None = None, mode: Mode = "create") -> None:
        path = sqlite_path(str(location)) if location is not None else None
        super().__init__(path, create=mode == "create", readonly=mode == "read")
        self._capabilities = Capabilities(can_rebuild=True, can_compact=not self.readonly,
                                          read_only=self.readonly)

    @property
    def location(self) -> str:
        """The library file's path."""
        return str(self.path)

    @property
    def capabilities(self) -> Capabilities:
        """A file: rebuilt and compacted (unless opened read-only)."""
        return self._capabilities

    def __enter__(self) -> SQLiteLibrary:
        return self

    @contextmanager
    def searching(self) -> Iterator[None]:
        """A snapshot (below) in which an SQLite error is raised as the LibraryError naming this file."""
        try:
            with self.snapshot():
                yield
        except sqlite3.Error as exc:  # the index or a table is damaged where this search read it
            raise faults.sqlite_problem(self.location, exc, "cannot be searched") from exc

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Every read inside sees the library as it was at the first (WAL read transaction)."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            self.conn.execute("COMMIT")

    def load_issue(self, key: str) -> Issue:
        """The stored issue with this key (KeyError when absent), read in one snapshot."""
        with self.snapshot():
            return super().load_issue(key)

    def import_paths(self, paths: Iterable[str], progress: Callable[[ImportEvent], None] | None = None,
                     cancelled: Cancelled | None = None, workers: int = 0, force: bool = False,
                     bounded: Bounded | None = None) -> ImportReport:
        """Import every issue found under paths (importing.import_paths)."""
        from .importing import import_paths
        return import_paths(self, paths, progress=progress, cancelled=cancelled, workers=workers, force=force,
                            bounded=bounded)

    def remove_issue(self, key: str) -> bool:
        """Remove an issue (bookmarks and positions stay); False when there is none."""
        return self.remove(key)

    def search(self, request: SearchRequest) -> SearchPage:
        """One page of matching articles (LibrarySearch.search)."""
        from ..results import SearchFilters
        from .search import LibrarySearch
        filters = SearchFilters(request.paper, request.date_from, request.date_to)
        with self.searching():
            return LibrarySearch(self).search(request.query, request.options, filters, sort=request.sort,
                                              offset=request.offset, limit=request.limit)

    def matching_ids(self, query: Query | str, options: SearchOptions, filters: SearchFilters,
                     sort: Sort = "newest") -> list[int]:
        """Every matching article's id, newest first or most relevant first."""
        from .search import LibrarySearch
        with self.searching():
            return LibrarySearch(self).matching_ids(query, options, filters, sort)

    def hits(self, ids: list[int], query: Query | str, options: SearchOptions) -> list[LibraryHit]:
        """These articles as hits with snippets, in the order given."""
        from .search import LibrarySearch
        with self.searching():
            return LibrarySearch(self).hits(ids, query, options)

    def trend(self, query: Query | str, options: SearchOptions, filters: SearchFilters,
              by: Granularity = "month") -> Trend:
        """Matching articles per period and paper (trend.trend)."""
        from .trend import trend
        with self.searching():
            return trend(self, query, options, filters, by)

    def index_pending(self, progress: Progress | None = None, batch_chars: int | None = None,
                      cancelled: Cancelled | None = None) -> int:
        """Put the waiting articles into the text index, one transaction a batch; how many."""
        if batch_chars is None:
            return super().index_pending(progress, cancelled=cancelled)
        return super().index_pending(progress, batch_chars, cancelled=cancelled)

    def compact(self, progress: Progress | None = None, cancelled: Cancelled | None = None,  # type: ignore[override]
                full: bool = False) -> None:
        """Return freed pages to the file system (one step); with `full`, first merge the text index
        (what replaced and removed articles left in it: slow on a large library)."""
        if cancelled is not None and cancelled():
            return
        super().compact(full)
        if progress is not None:
            progress(1, 1)

