"""Errors an importer raises for input it cannot read."""

from __future__ import annotations

from pathlib import Path


class IssueError(Exception):
    """Input that is not a readable issue: names the file and the problem."""

    def __init__(self, path: str | Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem
