"""The little of the library that start-up needs: where the library is, and reopening `library:<key>`.

At start the session only learns to open `library:<key>` (the last issue read may be one); the
library's panels, dock and commands are built after the first story is painted, and the file itself
is opened later still (startup.py, controller.py). Imports here are light: Qt core only (platformdirs
and the core's library when a library issue is opened).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...core.model import Issue
    from ..session.session import ReadingSession
    from ..shell.settings import ReaderSettings

LIBRARY_PREFIX = "library:"
LIBRARY_ENV = "READER_LIBRARY"          # as reader.core.library.location (not imported on start-up)
APP_NAME = "newspaper-reader"
LIBRARY_FILE = "library.sqlite3"
SETTINGS_KEY = "library/path"


def library_location(explicit: str | None, remembered: str | None = None) -> str:
    """The library's location: --library LOCATION, else $READER_LIBRARY, else the one chosen in an earlier run
    (Open Another Library), else library.sqlite3 in the user data folder (platformdirs)."""
    for given in (explicit, os.environ.get(LIBRARY_ENV), remembered):
        if given:
            return given if "://" in given else str(Path(given).expanduser())   # a URL names a server
    from platformdirs import user_data_dir
    return str(Path(user_data_dir(APP_NAME)) / LIBRARY_FILE)


def remembered_location(settings: ReaderSettings) -> str | None:
    """The library chosen with Open Another Library in an earlier run, if any."""
    value = settings.store.value(SETTINGS_KEY, "")
    return str(value) if value else None


def library_key(path: str | None) -> str | None:
    """The library key in library:<key>, or None for a file path."""
    return path[len(LIBRARY_PREFIX):] if path and path.startswith(LIBRARY_PREFIX) else None


def library_path_of(key: str) -> str:
    """How an issue of the library is named where a path is expected: library:<key>."""
    return LIBRARY_PREFIX + key


def load_library_issue(location: str, path: str) -> Issue:
    """The issue library:<key> names, read with a connection of its own (any thread)."""
    from ...core.errors import IssueError
    from ...core.library import LibraryError
    from ...core.library_access import open_existing
    key = library_key(path) or ""
    try:
        with open_existing(location) as lib:
            return lib.load_issue(key)
    except KeyError:
        raise IssueError(path, "is not in the library (any more)") from None
    except LibraryError as exc:
        raise IssueError(path, f"cannot be read from the library: {exc}") from exc


def register_library_opener(session: ReadingSession, settings: ReaderSettings, explicit: str | None) -> None:
    """Let the session reopen library issues now (the library is located when one is first opened)."""
    remembered = remembered_location(settings)
    located: list[str] = []

    def location() -> str:     # found when first needed: platformdirs stays off the start-up path
        if not located:
            located.append(library_location(explicit, remembered))
        return located[0]

    session.register_opener(LIBRARY_PREFIX, lambda p: load_library_issue(location(), p))
