"""Importing files and folders into a library: find the issues in them, read them, store them.

What counts as one issue, walking a folder recursively:
- a folder of article files (the articles-md importer accepts it: YAML front matter files, directly or
  in page folders such as 一版) is one issue; its sub-folders belong to it;
- a folder of page files (.md/.markdown/.txt without front matter) is one issue; its sub-folders are
  walked on, and its other files are looked at one by one; but in a folder that also has
  sub-folders, a text file whose name gives no page number (README.md, FRONTMATTER.md) is a note
  beside the issue folders, not a page, and is skipped;
- any other file an importer accepts (a feed file, a single page or article file) is one issue;
- page text with no masthead, no date and no page number in its file names (a README.txt) is not
  an issue: it is skipped with that reason;
- everything else is skipped with the reason; hidden files and folders (.name) are passed over.
Each issue is read with loading.open_issue and stored in its own transaction (Library.add_issue);
the text index is brought up to date in batches as the import goes and before it returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Literal

from ..errors import IssueError
from ..formats import IMPORTERS
from ..formats.pages_header import name_clues
from ..formats.pages_md import PAGE_SUFFIXES
from ..loading import open_issue
from ..model import Issue
from .library import INDEX_BATCH_CHARS, Library
from .records import IssueInfo

_FOLDER_FORMATS = ("articles-md", "pages-md")


@dataclass(frozen=True)
class Found:
    """A path that holds one issue in a known format."""

    path: Path
    format: str


@dataclass(frozen=True)
class Skipped:
    """A path that is not imported, and why."""

    path: Path
    reason: str


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
            return Skipped(path, f"cannot be read ({exc.strerror or exc})")
    return Skipped(path, "not an issue: not a page file, feed or article file this reader knows")


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
            yield Skipped(path, "no such file or folder")
        elif path.is_dir():
            yield from _walk(path)
        else:
            yield _sniff_file(path)


def _walk(folder: Path) -> Iterator[Found | Skipped]:
    fmt = _folder_format(folder)
    if fmt == "articles-md":
        yield Found(folder, fmt)
        return
    try:
        files, folders = _children(folder)
    except OSError as exc:
        yield Skipped(folder, f"cannot be listed ({exc.strerror or exc})")
        return
    if fmt == "pages-md":
        pages = [f for f in files if f.suffix.lower() in PAGE_SUFFIXES]
        files = [f for f in files if f.suffix.lower() not in PAGE_SUFFIXES]
        if folders:
            notes = [f for f in pages if name_clues(f.name).page is None]
            for note in notes:
                yield Skipped(note, "a note beside issue folders (its name gives no page number), not a page")
            pages = [f for f in pages if f not in notes]
        if pages:
            yield Found(folder, fmt)
    for f in files:
        yield _sniff_file(f)
    for sub in folders:
        yield from _walk(sub)


def _looks_like_issue(issue: Issue) -> bool:
    """False for page text that names no paper or date and whose files carry no page number."""
    if issue.format != "pages-md" or issue.paper or issue.date:
        return True
    return any(p.source and name_clues(Path(p.source).name).page is not None for p in issue.pages)


def import_paths(library: Library, paths: Iterable[str | Path],
                 progress: Callable[[ImportEvent], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Import every issue found in paths; each issue in one transaction, the index kept current.

    `progress` is called after each issue and during indexing; `cancelled` is asked before each issue
    (the issues already stored stay, and are indexed before returning).
    """
    found = list(find_issues(paths))
    total = len(found)
    report = ImportReport([], [], [])
    pending_chars = 0

    def tell(event: ImportEvent) -> None:
        if progress is not None:
            progress(event)

    for done, entry in enumerate(found, 1):
        if cancelled is not None and cancelled():
            report.cancelled = True
            tell(ImportEvent("cancelled", done - 1, total))
            break
        if isinstance(entry, Skipped):
            report.skipped.append(entry)
            tell(ImportEvent("skipped", done, total, entry.path, reason=entry.reason))
            continue
        try:
            issue = open_issue(entry.path, fmt=entry.format)
        except IssueError as exc:
            skipped = Skipped(entry.path, exc.problem if Path(exc.path) == entry.path else str(exc))
            report.skipped.append(skipped)
            tell(ImportEvent("skipped", done, total, entry.path, reason=skipped.reason))
            continue
        if not _looks_like_issue(issue):
            skipped = Skipped(entry.path, "not an issue: text with no masthead, no date and no page "
                                          "number in its file names (a note?)")
            report.skipped.append(skipped)
            tell(ImportEvent("skipped", done, total, entry.path, reason=skipped.reason))
            continue
        result = library.add_issue(issue, source=str(entry.path))
        (report.replaced if result.replaced else report.imported).append(result.info)
        report.chars += result.info.chars
        tell(ImportEvent("replaced" if result.replaced else "imported", done, total, entry.path, result.info))
        pending_chars += result.info.chars
        if pending_chars >= INDEX_BATCH_CHARS:
            library.index_pending()
            pending_chars = 0
    library.index_pending(lambda d, t: tell(ImportEvent("indexing", d, t)))
    library.compact()
    return report
