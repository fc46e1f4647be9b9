"""Errors the core raises for input it cannot read or output it will not write.

Each names the file (`path`), says what is wrong in one English line (`problem`), and carries a
`code` and `params` (the values the line is made of) so that a user interface can word it in its
own language. `str(error)` is "path: problem", with the path shown safely (display_path).
"""

from __future__ import annotations

from pathlib import Path

# control characters (C0, DEL, C1) shown as \xNN in names
_CONTROL_ESCAPES = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))}

Param = str | int | float | None


def display_path(path: str | Path) -> str:
    """A path as text safe to print or show: bytes that are not UTF-8 and control characters as \\xNN."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            raw = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            raw = text.encode("utf-8", "backslashreplace")
        text = raw.decode("utf-8", "backslashreplace")
    return text.translate(_CONTROL_ESCAPES)


class ReaderError(Exception):
    """A problem with one file or folder: its path, a one-line problem, a code and its values."""

    default_code = "error"

    def __init__(self, path: str | Path, problem: str, code: str | None = None,
                 params: dict[str, Param] | None = None) -> None:
        self.path = str(path)
        self.problem = " ".join(problem.splitlines())  # one line, whatever a library's message held
        named = getattr(type(self), "code", None)  # a subclass may name its code as a class attribute
        self.code = code or (named if isinstance(named, str) else self.default_code)
        self.params: dict[str, Param] = dict(params or {})
        super().__init__(f"{display_path(self.path)}: {self.problem}")

    def __reduce__(self) -> tuple[type, tuple[str, str, str, dict[str, Param]]]:
        return self.__class__, (self.path, self.problem, self.code, self.params)


class IssueError(ReaderError):
    """Input that is not a readable issue: names the file and the problem."""

    default_code = "unreadable"


class Cancelled(Exception):  # noqa: N818 (not an error: the caller asked for it)
    """The caller stopped a reading (its cancelled() became true)."""


class OutputError(ReaderError):
    """A file the reader will not or cannot write (it would overwrite what the reader keeps or reads)."""

    default_code = "write-failed"


def importer_failed(path: str | Path, exc: BaseException) -> IssueError:
    """The IssueError for an unexpected exception met while reading path (a one-line reason)."""
    reason = " ".join(f"{type(exc).__name__}: {exc}".split())
    if len(reason) > 200:
        reason = reason[:200] + "…"
    return IssueError(path, f"the reader failed on it ({reason})", "importer-failed", {"reason": reason})
