"""What the reader remembers between runs, kept in QSettings."""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "newspaper-reader"
APPLICATION = "reader"
SETTINGS_FILE_ENV = "READER_SETTINGS_FILE"  # an INI file to use instead of the user's settings
DEFAULT_FONT_SIZE = 15
MIN_FONT_SIZE, MAX_FONT_SIZE = 9, 40
MAX_RECENT = 10
_SEP = "\x1f"                 # between location, paper and date of a recent issue's title
THEMES = ("system", "light", "sepia", "dark")


def open_settings() -> QSettings:
    """The user's settings, or the INI file named by READER_SETTINGS_FILE."""
    path = os.environ.get(SETTINGS_FILE_ENV)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


class ReaderSettings:
    """Typed access to the reader's settings (window, reading, recent issues, position)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else open_settings()

    # window
    def geometry(self) -> QByteArray | None:
        """The saved window geometry, or None."""
        return self._bytes("window/geometry")

    def set_geometry(self, data: QByteArray) -> None:
        self.store.setValue("window/geometry", data)

    def window_state(self) -> QByteArray | None:
        """The saved dock and toolbar layout, or None."""
        return self._bytes("window/state")

    def set_window_state(self, data: QByteArray) -> None:
        self.store.setValue("window/state", data)

    def splitter_state(self) -> QByteArray | None:
        """The saved sidebar/reading-pane split, or None."""
        return self._bytes("window/splitter")

    def set_splitter_state(self, data: QByteArray) -> None:
        self.store.setValue("window/splitter", data)

    # reading
    def font_size(self) -> int:
        """Body text size in points."""
        size = self._int("reader/font_size", DEFAULT_FONT_SIZE)
        return min(MAX_FONT_SIZE, max(MIN_FONT_SIZE, size))

    def set_font_size(self, size: int) -> None:
        self.store.setValue("reader/font_size", int(size))

    def font_choice(self) -> tuple[str | None, bool] | None:
        """The reading font chosen last run (family or None when there was no Chinese font, serif), or
        None when none is remembered. Start-up paints with it and checks it after the first paint."""
        value = self.store.value("reader/font_choice")
        if not isinstance(value, str) or "\t" not in value:
            return None
        family, _, serif = value.rpartition("\t")
        return (family or None, serif == "1")

    def set_font_choice(self, family: str | None, serif: bool) -> None:
        self.store.setValue("reader/font_choice", f"{family or ''}\t{int(serif)}")

    def theme(self) -> str:
        """One of THEMES; 'system' follows the desktop's light or dark scheme."""
        value = str(self.store.value("reader/theme", "system"))
        return value if value in THEMES else "system"

    def set_theme(self, name: str) -> None:
        if name not in THEMES:
            raise ValueError(f"unknown theme {name!r}")
        self.store.setValue("reader/theme", name)

    # issues
    def recent_issues(self) -> list[str]:
        """Recently opened issue paths, newest first."""
        value = self.store.value("issues/recent", [])
        values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [str(v) for v in values if v][:MAX_RECENT]

    def add_recent_issue(self, path: str, paper: str | None = None, date: str | None = None) -> None:
        """Put path first in the recent list, with the issue's paper and ISO date when known."""
        paths = [path] + [p for p in self.recent_issues() if p != path]
        self.store.setValue("issues/recent", paths[:MAX_RECENT])
        titles = {k: v for k, v in self._recent_titles().items() if k in paths[:MAX_RECENT] and k != path}
        if paper or date:
            titles[path] = (paper or "", date or "")
        self.store.setValue("issues/recent_titles",
                            [f"{k}{_SEP}{p}{_SEP}{d}" for k, (p, d) in titles.items()])

    def recent_title(self, path: str) -> tuple[str | None, str | None]:
        """The paper and ISO date of a recent issue, as far as they were known when it was opened."""
        paper, date = self._recent_titles().get(path, ("", ""))
        return paper or None, date or None

    def _recent_titles(self) -> dict[str, tuple[str, str]]:
        value = self.store.value("issues/recent_titles", [])
        entries = [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
        found: dict[str, tuple[str, str]] = {}
        for entry in entries:
            parts = str(entry).split(_SEP)
            if len(parts) == 3:
                found[parts[0]] = (parts[1], parts[2])
        return found

    def clear_recent_issues(self) -> None:
        self.store.setValue("issues/recent", [])
        self.store.setValue("issues/recent_titles", [])

    def last_issue(self) -> str | None:
        """The issue open when the reader was last closed."""
        value = self.store.value("issues/last", "")
        return str(value) if value else None

    def last_position(self) -> tuple[str | None, int]:
        """The article id and scroll offset last shown in the last issue."""
        item = self.store.value("issues/last_item", "")
        return (str(item) if item else None), self._int("issues/last_scroll", 0)

    def set_last_position(self, path: str, item_id: str | None, scroll: int) -> None:
        """Remember the issue, article and scroll offset on screen."""
        self.store.setValue("issues/last", path)
        self.store.setValue("issues/last_item", item_id or "")
        self.store.setValue("issues/last_scroll", int(scroll))

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.store.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _int(self, key: str, default: int) -> int:
        try:
            return int(str(self.store.value(key, default)))
        except (TypeError, ValueError):
            return default
