"""Errors an importer raises for input it cannot read.

Each names the file (`path`), says what is wrong in one English line (`problem`), and carries a
`code` and `params` (the values the line is made of), so that a user interface can word it in its
own language. `str(error)` is "path: problem".
"""

from __future__ import annotations

from pathlib import Path

Param = str | int | float | None


class IssueError(Exception):
    """Input that is not a readable issue: names the file, the problem, its code and values."""

    default_code = "unreadable"

    def __init__(self, path: str | Path, problem: str, code: str | None = None,
                 params: dict[str, Param] | None = None) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem
        self.code = code or self.default_code
        self.params: dict[str, Param] = dict(params or {})

    def __reduce__(self) -> tuple[type, tuple[str, str, str, dict[str, Param]]]:
        return self.__class__, (self.path, self.problem, self.code, self.params)
