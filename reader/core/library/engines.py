"""Choosing a library engine from a location string.

`open_library(location)`: a file path or `sqlite:PATH` opens the SQLite engine; None or "" the
default library ($READER_LIBRARY, else the user data folder). A URL of another engine
(`postgresql://…`) raises EngineUnavailable (code "engine-unavailable") until that engine exists.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .storage import LibraryStorage, Mode
from .store import LibraryError

if TYPE_CHECKING:
    from .repair import RebuildReport

_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


class EngineUnavailable(LibraryError):  # noqa: N818  (a state the GUI words, as WordIndexMissing)
    """A location naming an engine this reader does not have (code and scheme for the GUI to word)."""

    code = "engine-unavailable"

    def __init__(self, location: str, scheme: str) -> None:
        super().__init__(location, f"no {scheme} engine is available (only SQLite library files for now)")
        self.scheme = scheme


def engine_scheme(location: str | None) -> str:
    """The engine a location names: "sqlite" for a path or `sqlite:PATH`, else its URL scheme."""
    match = _URL.match(location or "")
    if match is None or len(match.group(1)) == 1:   # C:\… is a path
        return "sqlite"
    return match.group(1).lower()


def open_library(location: str | None = None, mode: Mode = "create") -> LibraryStorage:
    """The library at location, opened with the engine the location names (raises LibraryError)."""
    scheme = engine_scheme(location)
    if scheme != "sqlite":
        raise EngineUnavailable(location or "", scheme)
    from .sqlite_engine import SQLiteLibrary
    return SQLiteLibrary(location, mode)


def rebuild(location: str | None = None) -> RebuildReport:
    """Move an unusable library aside and build a new one from what reads (engines that can_rebuild)."""
    scheme = engine_scheme(location)
    if scheme != "sqlite":
        raise EngineUnavailable(location or "", scheme)
    from .repair import rebuild as rebuild_file
    from .sqlite_engine import sqlite_path
    return rebuild_file(sqlite_path(location))
