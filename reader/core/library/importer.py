"""Importing files and folders into a library: find the issues in them, read them, store them.

What counts as one issue, walking a folder recursively:
- a folder of article files (the articles-md importer accepts it: YAML front matter files, directly or
  in page folders such as 一版) is one issue; its sub-folders belong to it; so is a folder of saved
  e-paper article pages (.htm/.html, the epaper-html importer);
- a folder of page files (.md/.markdown/.txt without front matter) is one issue; its sub-folders are
  walked on, and its other files are looked at one by one; but in a folder that also has
  sub-folders, a text file whose name gives no page number (README.md, FRONTMATTER.md) is a note
  beside the issue folders, not a page, and is skipped;
- any other file an importer accepts (a feed file, a single page or article file) is one issue;
- page text with no sign of a newspaper page (a README.txt: no masthead, date, page number, byline,
  dateline or jump) is not an issue (loading.is_an_issue, the rule opening follows too): it is skipped;
- everything else is skipped with the reason; hidden files and folders (.name) are passed over.
Each issue is read with loading.open_issue and stored in its own transaction (Library.add_issue);
the text index is brought up to date in batches as the import goes and before it returns.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Literal

from ..errors import IssueError, Param
from ..formats import IMPORTERS
from ..formats.pages_header import name_clues
from ..formats.pages_md import PAGE_SUFFIXES
from ..loading import open_issue
from .library import INDEX_BATCH_CHARS, Library
from .packing import PreparedIssue, prepare_issue
from .records import IssueInfo
from .textindex import build_tables

_FOLDER_FORMATS = ("articles-md", "epaper-html", "pages-md")
READ_AHEAD = 96  # issues read ahead per worker: enough to keep reading while an index batch is written


@dataclass(frozen=True)
class Found:
    """A path that holds one issue in a known format."""

    path: Path
    format: str


@dataclass(frozen=True)
class Skipped:
    """A path that is not imported, why (an English line), and a code with its values."""

    path: Path
    reason: str
    code: str = "not-an-issue"
    params: dict[str, Param] = field(default_factory=dict)


EventKind = Literal["imported", "replaced", "skipped", "indexing", "cancelled"]


@dataclass(frozen=True)
class ImportEvent:
    """Progress of an import: one issue done (or skipped), or indexing progress."""

    kind: EventKind
    done: int
    total: int
    path: Path | None = None
    info: IssueInfo | None = None
    reason: str | None = None
    code: str | None = None                  # skipped: the reason's code and values (see Skipped)
    params: dict[str, Param] | None = None


@dataclass
class ImportReport:
    """What an import did."""

    imported: list[IssueInfo]
    replaced: list[IssueInfo]
    skipped: list[Skipped]
    cancelled: bool = False
    chars: int = 0


def _hidden(p: Path) -> bool:
    return p.name.startswith(".")


def _sniff_file(path: Path) -> Found | Skipped:
    for name, module in IMPORTERS.items():
        try:
            if module.sniff(path):
                return Found(path, name)
        except OSError as exc:
            return Skipped(path, f"cannot be read ({exc.strerror or exc})", "unreadable",
                           {"reason": exc.strerror or str(exc)})
    return Skipped(path, "not an issue: not a page file, feed or article file this reader knows", "unknown-format")


def _folder_format(folder: Path) -> str | None:
    for name in _FOLDER_FORMATS:
        module = IMPORTERS.get(name)
        try:
            if module is not None and module.sniff(folder):
                return name
        except OSError:
            return None
    return None


def _children(folder: Path) -> tuple[list[Path], list[Path]]:
    entries = sorted((p for p in folder.iterdir() if not _hidden(p)), key=lambda p: p.name)
    return [p for p in entries if p.is_file()], [p for p in entries if p.is_dir()]


def find_issues(paths: Iterable[str | Path]) -> Iterator[Found | Skipped]:
    """Every issue in the given files and folders (recursively), and every path skipped with its reason."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield Skipped(path, "no such file or folder", "missing")
        elif path.is_dir():
            yield from _walk(path)
        else:
            yield _sniff_file(path)


def _walk(folder: Path) -> Iterator[Found | Skipped]:
    fmt = _folder_format(folder)
    if fmt in ("articles-md", "epaper-html"):
        yield Found(folder, fmt)
        return
    try:
        files, folders = _children(folder)
    except OSError as exc:
        yield Skipped(folder, f"cannot be listed ({exc.strerror or exc})", "unreadable",
                      {"reason": exc.strerror or str(exc)})
        return
    if fmt == "pages-md":
        pages = [f for f in files if f.suffix.lower() in PAGE_SUFFIXES]
        files = [f for f in files if f.suffix.lower() not in PAGE_SUFFIXES]
        if folders:
            notes = [f for f in pages if name_clues(f.name).page is None]
            for note in notes:
                yield Skipped(note, "a note beside issue folders (its name gives no page number), not a page",
                              "note")
            pages = [f for f in pages if f not in notes]
        if pages:
            yield Found(folder, fmt)
    for f in files:
        yield _sniff_file(f)
    for sub in folders:
        yield from _walk(sub)


def read_and_prepare(found: Found) -> PreparedIssue | Skipped:
    """Read one issue and make it ready to store, or say why not (runs in worker processes too)."""
    try:
        issue = open_issue(found.path, fmt=found.format)
    except IssueError as exc:   # not an issue by loading.is_an_issue, the rule opening follows too
        inside = Path(exc.path) != found.path      # a file inside the issue folder: named in the reason
        return Skipped(found.path, str(exc) if inside else exc.problem, exc.code,
                       {**exc.params, "inside": exc.path} if inside else exc.params)
    return prepare_issue(issue, source=str(found.path))


def default_workers() -> int:
    """Worker processes for reading issues while this one stores them: one per CPU (up to 4; this one
    waits on SQLite and its workers part of the time, so on 2 CPUs two readers beat one), 0 where
    processes cannot be forked (the caller then reads them itself)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    return max(1, min(4, os.cpu_count() or 2))


def _watch_parent(parent: int) -> None:
    """In a worker: end this process soon after the importing process is gone (even when killed)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


Entry = Found | Skipped
Result = PreparedIssue | Skipped


class _Reading:
    """Finding the issues in paths and reading them, in order: in this process, or read ahead by
    worker processes that start on the first issues found while the rest are still being looked for."""

    def __init__(self, workers: int, cancelled: Callable[[], bool] | None) -> None:
        self.workers = workers
        self.cancelled = cancelled
        self.found: list[Entry] = []
        self.pool: ProcessPoolExecutor | None = None
        self.window: deque[tuple[Entry, Future[Result] | None]] = deque()
        self.submitted = 0  # entries of self.found put in the window so far

    def find(self, paths: Iterable[str | Path]) -> int:
        """Look for every issue in paths (reading the first ones meanwhile); how many entries there are."""
        issues = 0
        for entry in find_issues(paths):
            self.found.append(entry)
            if isinstance(entry, Found):
                issues += 1
                if self.pool is None and self.workers > 0 and issues >= 4:  # fewer are read here
                    self._start()
            if self.pool is not None:
                self._fill()
        return len(self.found)

    def _start(self) -> None:
        # fork: the command line is single-threaded here; a GUI imports with workers=0 from its own thread
        build_tables()  # once here rather than in every worker
        self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("fork"),
                                        initializer=_watch_parent, initargs=(os.getpid(),))

    def _fill(self) -> None:
        assert self.pool is not None
        while len(self.window) < self.workers * READ_AHEAD and self.submitted < len(self.found):
            entry = self.found[self.submitted]
            self.submitted += 1
            self.window.append((entry, self.pool.submit(read_and_prepare, entry) if isinstance(entry, Found) else None))

    def results(self) -> Iterator[tuple[Entry, Result]]:
        """Each entry with its prepared issue (or why it is skipped), in order; stops when cancelled."""
        if self.pool is None:
            for entry in self.found:
                if self.cancelled is not None and self.cancelled():
                    return
                yield entry, entry if isinstance(entry, Skipped) else read_and_prepare(entry)
            return
        while True:
            self._fill()
            if not self.window or (self.cancelled is not None and self.cancelled()):
                return
            entry, future = self.window.popleft()
            yield entry, entry if future is None else future.result()

    def close(self) -> None:
        """Cancel what is not read yet and end the workers."""
        for _entry, future in self.window:
            if future is not None:
                future.cancel()
        self.window.clear()
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def import_paths(library: Library, paths: Iterable[str | Path],
                 progress: Callable[[ImportEvent], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, workers: int = 0) -> ImportReport:
    """Import every issue found in paths; each issue in one transaction, the index kept current.

    `progress` is called after each issue and during indexing; `cancelled` is asked before each issue
    (the issues already stored stay, and are indexed before returning). `workers` > 0 reads issues in
    that many forked processes while this one stores them (default_workers() suits the command line;
    keep 0 in a multi-threaded program such as the GUI, and call this from a worker thread).
    """
    report = ImportReport([], [], [])
    pending_chars = 0
    done = 0

    def tell(event: ImportEvent) -> None:
        if progress is not None:
            progress(event)

    reading = _Reading(workers, cancelled)
    try:
        total = reading.find(paths)
        for entry, result in reading.results():
            done += 1
            if isinstance(result, Skipped):
                report.skipped.append(result)
                tell(ImportEvent("skipped", done, total, result.path, reason=result.reason, code=result.code,
                                 params=result.params))
                continue
            added = library.add_prepared(result)
            (report.replaced if added.replaced else report.imported).append(added.info)
            report.chars += added.info.chars
            tell(ImportEvent("replaced" if added.replaced else "imported", done, total, entry.path, added.info))
            pending_chars += added.info.chars
            if pending_chars >= INDEX_BATCH_CHARS:
                library.index_pending()
                pending_chars = 0
    finally:
        reading.close()
    if done < total:
        report.cancelled = True
        tell(ImportEvent("cancelled", done, total))
    library.index_pending(lambda d, t: tell(ImportEvent("indexing", d, t)))
    library.compact()
    return report
