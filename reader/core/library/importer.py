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
An engine reads each issue with loading.open_issue and stores it in its own transaction (the SQLite
engine: sqlite/importing.py), reporting ImportEvents as it goes and an ImportReport at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Literal

from ..errors import Param, importer_failed
from ..files import Problem, Seen, list_folder
from ..formats import IMPORTERS
from ..formats.pages import PAGE_SUFFIXES
from ..formats.pages.header import name_clues
from .reading import Found as Found  # (the CLI's and the tests' names for these)
from .reading import Skipped as Skipped
from .reading import Unchanged as Unchanged
from .reading import default_workers as default_workers
from .records import IssueInfo

_FOLDER_FORMATS = ("articles-md", "epaper-html", "pages-md")


EventKind = Literal["reading", "imported", "replaced", "unchanged", "skipped", "indexing", "cancelled"]


@dataclass(frozen=True)
class ImportEvent:
    """Progress of an import: one issue done (or skipped), indexing progress, or (bounded) the issue
    about to be read (`reading`: done counts the issues before it)."""

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
    unchanged: list[IssueInfo] = field(default_factory=list)  # already in the library as they are


def _problem(p: Problem) -> Skipped:
    return Skipped(p.path, p.problem, p.code, p.params)


def _sniff_file(path: Path) -> Found | Skipped:
    for name, module in IMPORTERS.items():
        try:
            if module.sniff(path):
                return Found(path, name)
        except OSError as exc:
            return Skipped(path, f"cannot be read ({exc.strerror or exc})", "unreadable",
                           {"reason": exc.strerror or str(exc)})
        except Exception as exc:  # a sniffer's bug met by odd input: this path only
            return Skipped(path, importer_failed(path, exc).problem, "importer-failed", {"reason": str(exc)})
    return Skipped(path, "not an issue: not a page file, feed or article file this reader knows", "unknown-format")


def _folder_format(folder: Path) -> str | None:
    for name in _FOLDER_FORMATS:
        module = IMPORTERS.get(name)
        try:
            if module is not None and module.sniff(folder):
                return name
        except Exception:  # noqa: BLE001 — an unreadable folder is said when it is listed
            return None
    return None


def find_issues(paths: Iterable[str | Path]) -> Iterator[Found | Skipped]:
    """Every issue in the given files and folders (recursively), and every path skipped with its reason.

    Links are followed; a real file or folder met a second time (by another link, or a link back
    up to a folder above: a loop) is skipped with that reason, so each is read once.
    """
    seen = Seen()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            why = "a link to nothing" if path.is_symlink() else "no such file or folder"
            yield Skipped(path, why, "missing")
            continue
        earlier = seen.first(path)
        if earlier is not None:
            yield _problem(seen.problem(path, earlier))
        elif path.is_dir():
            yield from _walk(path, seen)
        elif not path.is_file():
            yield Skipped(path, "not a regular file (a pipe, socket or device)", "not-a-file")
        else:
            yield _sniff_file(path)


def _walk(top: Path, seen: Seen) -> Iterator[Found | Skipped]:
    """The issues in a folder and its sub-folders, depth first in name order (no recursion: any depth)."""
    stack: list[Iterator[Found | Skipped | Path]] = [iter([top])]
    while stack:
        step = next(stack[-1], None)
        if step is None:
            stack.pop()
        elif isinstance(step, Path):
            stack.append(_folder(step, seen))
        else:
            yield step


def _folder(folder: Path, seen: Seen) -> Iterator[Found | Skipped | Path]:
    """One folder's issues and skips, and its sub-folders to walk next (as Paths)."""
    fmt = _folder_format(folder)
    if fmt in ("articles-md", "epaper-html"):
        yield Found(folder, fmt)
        return
    try:
        listing = list_folder(folder)
    except OSError as exc:
        yield Skipped(folder, f"cannot be listed ({exc.strerror or exc})", "unreadable",
                      {"reason": exc.strerror or str(exc)})
        return
    for problem in listing.problems:
        yield _problem(problem)
    files: list[Path] = []
    folders: list[Path] = []
    for entry in listing.files + listing.folders:
        earlier = seen.first(entry)
        if earlier is not None:
            yield _problem(seen.problem(entry, earlier))
        else:
            (folders if entry in listing.folders else files).append(entry)
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
    yield from folders
