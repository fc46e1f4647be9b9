"""Open an issue from a path: detect its format and run the importer.

Whatever goes wrong inside an importer comes out as an IssueError naming the path: input it cannot
read is said by the importer itself; any other exception (a bug met by odd input, a recursion too
deep, memory running out) becomes an `importer-failed` error rather than a traceback.
"""

from __future__ import annotations

from pathlib import Path

from .errors import IssueError, importer_failed
from .formats import IMPORTERS
from .jumps import link_stories
from .model import Issue


def detect_format(path: str | Path) -> str:
    """The name of the format a path is in; raises IssueError when none fits."""
    p = Path(path)
    if not p.exists():
        raise IssueError(p, "no such file or folder", "missing")
    for name, module in IMPORTERS.items():
        try:
            if module.sniff(p):
                return name
        except OSError as exc:
            raise IssueError(p, f"cannot be read ({exc.strerror or exc})", "unreadable",
                             {"reason": exc.strerror or str(exc)}) from exc
    if p.is_dir():
        raise IssueError(p, "folder holds no newspaper issue (no page files, feed or article files)", "no-issue")
    raise IssueError(p, "not a newspaper issue in any format this reader knows", "unknown-format")


def open_issue(path: str | Path, fmt: str | None = None, page: int | None = None) -> Issue:
    """Read the issue at path (a file or folder) in the given or detected format."""
    p = Path(path)
    if not p.exists():
        raise IssueError(p, "no such file or folder", "missing")
    try:
        name = fmt or detect_format(p)
        if name not in IMPORTERS:
            raise IssueError(p, f"unknown format {name!r} (known: {', '.join(IMPORTERS)})", "unknown-format")
        issue = IMPORTERS[name].load(p, page=page)
        issue.source = issue.source or str(p)
        link_stories(issue)
    except IssueError:
        raise
    except MemoryError as exc:
        raise IssueError(p, "reading it ran out of memory (a damaged or hostile file?)", "too-big") from exc
    except Exception as exc:  # any other failure inside an importer: a message naming the file
        raise importer_failed(p, exc) from exc
    return issue

