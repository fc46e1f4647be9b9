"""Importing into a library file: each issue found (importer.find_issues) read and packed, in worker
processes too (reading.py), then stored in its own transaction (Library.add_prepared); the text index
brought up to date in batches as the import goes and before it returns. An issue whose source is as it
was when it was stored (sources.py) is not read again.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ...bounds import Limits
from ...errors import Cancelled, IssueError, display_path, importer_failed
from ...loading import open_issue
from ..importer import ImportEvent, ImportReport, find_issues
from ..reading import Bounded, Entry, Found, Reading, Result, Skipped, Unchanged
from . import sources
from .library import INDEX_BATCH_CHARS, Library
from .packing import PreparedIssue, prepare_issue
from .textindex import build_tables


def read_and_prepare(found: Found) -> PreparedIssue | Skipped:
    """Read one issue and make it ready to store, or say why not (runs in worker processes too).

    Never raises for what is in the files: every failure is a Skipped naming the path and the problem.
    """
    try:
        state = sources.state(found.path)  # before reading: a file changed meanwhile is read again next time
        issue = open_issue(found.path, fmt=found.format)
        return replace(prepare_issue(issue, source=display_path(found.path)), source_state=state)
    except IssueError as exc:   # not an issue by loading.is_an_issue, the rule opening follows too
        inside = Path(exc.path) != found.path      # a file inside the issue folder: named in the reason
        return Skipped(found.path, str(exc) if inside else exc.problem, exc.code,
                       {**exc.params, "inside": display_path(exc.path)} if inside else exc.params)
    except MemoryError:
        return Skipped(found.path, "reading it ran out of memory (a damaged or hostile file?)", "out-of-memory")
    except Exception as exc:  # preparing it failed: this issue only
        error = importer_failed(found.path, exc)
        return Skipped(found.path, error.problem, error.code, error.params)


def _until_cancelled(results: Iterator[tuple[Entry, Result[PreparedIssue]]]
                     ) -> Iterator[tuple[Entry, Result[PreparedIssue]]]:
    """The results until a reading is cancelled (the issue being read is left out)."""
    try:
        yield from results
    except Cancelled:
        return


def import_paths(library: Library, paths: Iterable[str | Path],
                 progress: Callable[[ImportEvent], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, workers: int = 0,
                 force: bool = False, limits: Limits | None = None, bounded: Bounded | None = None) -> ImportReport:
    """Import every issue found in paths; each issue in one transaction, the index kept current.

    `progress` is called after each issue and during indexing; `cancelled` is asked before each issue
    (the issues already stored stay, and are indexed before returning). `workers` > 0 reads issues in
    that many forked processes, each under `limits` (bounds.Limits), while this one stores them
    (default_workers() suits the command line; keep 0 in a multi-threaded program such as the GUI,
    and call this from a worker thread). An issue stored already with the same content is left as it
    is (`unchanged`) unless `force` is set. A LibraryError (disk full, read-only, …) stops the import;
    the issues stored before it stay. `bounded` (a multi-threaded program) reads each issue in a
    bounded child process instead (reading.Bounded), telling a `reading` event before each; a cancel
    then ends the reading at once.
    """
    report = ImportReport([], [], [])
    pending_chars = 0
    done = 0

    def tell(event: ImportEvent) -> None:
        if progress is not None:
            progress(event)

    def known(found: Found) -> Unchanged | None:
        info = library.unchanged_source(display_path(found.path), sources.state(found.path))
        return Unchanged(found.path, info) if info is not None else None

    reading = Reading(workers, cancelled, read_and_prepare, find_issues, limits, None if force else known,
                      build_tables, bounded, lambda found: tell(ImportEvent("reading", done, total, found.path)))
    total = 0
    try:
        total = reading.find(paths)
        for entry, result in _until_cancelled(reading.results()):
            done += 1
            if isinstance(result, Skipped):
                report.skipped.append(result)
                tell(ImportEvent("skipped", done, total, result.path, reason=result.reason, code=result.code,
                                 params=result.params))
                continue
            if isinstance(result, Unchanged):
                report.unchanged.append(result.info)
                tell(ImportEvent("unchanged", done, total, result.path, result.info))
                continue
            added = library.add_prepared(result, force)
            if added.unchanged:
                report.unchanged.append(added.info)
                tell(ImportEvent("unchanged", done, total, entry.path, added.info))
                continue
            (report.replaced if added.replaced else report.imported).append(added.info)
            report.chars += added.info.chars
            tell(ImportEvent("replaced" if added.replaced else "imported", done, total, entry.path, added.info))
            pending_chars += added.info.chars
            if pending_chars >= INDEX_BATCH_CHARS:
                library.index_pending()
                pending_chars = 0
    finally:
        reading.close()
    if done < total or reading.stopped:
        report.cancelled = True
        tell(ImportEvent("cancelled", done, total))
    library.index_pending(lambda d, t: tell(ImportEvent("indexing", d, t)))
    library.compact()
    return report
