"""Which library a reader uses when it is not told: $READER_LIBRARY, else library.sqlite3 (a file of the
SQLite engine) in the user data folder. A location is a string (a file path, `sqlite:PATH`, or an
engine's URL); engines.open_library opens it."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "newspaper-reader"
LIBRARY_ENV = "READER_LIBRARY"
LIBRARY_FILE = "library.sqlite3"


def default_library_path() -> Path:
    """The library in the user data folder (platformdirs), e.g. ~/.local/share/newspaper-reader/."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME)) / LIBRARY_FILE


def resolve_location(location: str | None = None) -> str:
    """The library to use: the given location, else $READER_LIBRARY, else the default one."""
    return location or os.environ.get(LIBRARY_ENV) or str(default_library_path())
