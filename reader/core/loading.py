"""Open an issue from a path: detect its format and run the importer."""

from __future__ import annotations

from pathlib import Path

from .errors import IssueError
from .formats import IMPORTERS
from .jumps import link_stories
from .model import Issue


def detect_format(path: str | Path) -> str:
    """The name of the format a path is in; raises IssueError when none fits."""
    p = Path(path)
    if not p.exists():
        raise IssueError(p, "no such file or folder")
    for name, module in IMPORTERS.items():
        if module.sniff(p):
            return name
    if p.is_dir():
        raise IssueError(p, "folder holds no newspaper issue (no page files, feed or article files)")
    raise IssueError(p, "not a newspaper issue in any format this reader knows")


def open_issue(path: str | Path, fmt: str | None = None, page: int | None = None) -> Issue:
    """Read the issue at path (a file or folder) in the given or detected format."""
    p = Path(path)
    if not p.exists():
        raise IssueError(p, "no such file or folder")
    name = fmt or detect_format(p)
    if name not in IMPORTERS:
        raise IssueError(p, f"unknown format {name!r} (known: {', '.join(IMPORTERS)})")
    issue: Issue = IMPORTERS[name].load(p, page=page)
    issue.source = issue.source or str(p)
    link_stories(issue)
    return issue
