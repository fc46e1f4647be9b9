"""Choosing a library engine from a location string.

`open_library(location)`: a file path or `sqlite:PATH` opens the SQLite engine (sqlite/); None or ""
the default library ($READER_LIBRARY, else the user data folder: location.py). A URL of another
engine (`postgresql://…`) raises EngineUnavailable (code "engine-unavailable") until that engine
exists. A new engine is a package beside sqlite/ whose class implements LibraryStorage (storage.py)
and passes tests/contract/; it gets its scheme here, in open_library (and rebuild, library_file
when it keeps a library in a file).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import LibraryError
from .storage import LibraryStorage, Mode

if TYPE_CHECKING:
    from .records import RebuildReport

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
    from .sqlite.engine import SQLiteLibrary
    return SQLiteLibrary(location, mode)


def rebuild(location: str | None = None) -> RebuildReport:
    """Move an unusable library aside and build a new one from what reads (engines that can_rebuild)."""
    scheme = engine_scheme(location)
    if scheme != "sqlite":
        raise EngineUnavailable(location or "", scheme)
    from .sqlite.engine import sqlite_path
    from .sqlite.repair import rebuild as rebuild_file
    return rebuild_file(sqlite_path(location))


def library_file(location: str | None) -> Path | None:
    """The file holding the library at location (resolved as open_library resolves it), or None for
    an engine that keeps no file of its own (a server): what writing an export must never overwrite."""
    if engine_scheme(location) != "sqlite":
        return None
    from .sqlite.engine import sqlite_path
    from .sqlite.store import resolve_library_path
    return resolve_library_path(sqlite_path(location))
