"""The little of the library that start-up needs: reopening a `library:<key>` issue, and the rest later.

At start the window only learns to open `library:<key>` (the last issue read may be one); the
library's panels, dock and menus are built right after the first story is painted (or a moment after
the window shows, if no story is), so they cost start-up nothing; the file itself is opened later
still (library_controller.py). Imports here are light: Qt core (platformdirs only when a library issue is opened).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from ...core.model import Issue
    from ..shell.window import MainWindow

LIBRARY_PREFIX = "library:"
LIBRARY_ENV = "READER_LIBRARY"          # as reader.core.library.store (not imported on start-up)
APP_NAME = "newspaper-reader"
LIBRARY_FILE = "library.sqlite3"
SETTINGS_KEY = "library/path"
BUILD_FALLBACK_MS = 1500                # no story painted by then (nothing opened): build anyway


def library_location(explicit: str | None, remembered: str | None = None) -> str:
    """The library file: --library PATH, else $READER_LIBRARY, else the one chosen in an earlier run
    (Open Another Library), else library.sqlite3 in the user data folder (platformdirs)."""
    if explicit:
        return str(Path(explicit).expanduser())
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return str(Path(env).expanduser())
    if remembered:
        return str(Path(remembered).expanduser())
    from platformdirs import user_data_dir
    return str(Path(user_data_dir(APP_NAME)) / LIBRARY_FILE)


def remembered_location(window: MainWindow) -> str | None:
    value = window.settings.store.value(SETTINGS_KEY, "")
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


def defer_library(window: MainWindow, path: str | None = None) -> None:
    """Let the window reopen library issues now; build the library's UI once the first story is painted."""
    remembered = remembered_location(window)
    located: list[str] = []

    def location() -> str:     # found when first needed: platformdirs stays off the start-up path
        if not located:
            located.append(library_location(path, remembered))
        return located[0]

    window.register_opener(LIBRARY_PREFIX, lambda p: load_library_issue(location(), p))
    built: list[Any] = []

    def build() -> None:
        if built:
            return
        from .controller import install_library
        controller = install_library(window, path)
        built.append(controller)
        QTimer.singleShot(controller.open_delay_ms, controller, controller.start)

    window.article.first_story_painted.connect(lambda: QTimer.singleShot(0, window, build))
    QTimer.singleShot(BUILD_FALLBACK_MS, window, build)
