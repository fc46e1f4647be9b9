"""Importer stub: replaced by the real importer."""

from __future__ import annotations

from pathlib import Path

from ..errors import IssueError
from ..model import Issue

NAME = "pages-md"


def sniff(path: Path) -> bool:
    """Whether path looks like this format."""
    return False


def load(path: Path, page: int | None = None) -> Issue:
    """Parse the issue at path."""
    raise IssueError(path, "format not implemented yet")
