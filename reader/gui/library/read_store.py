"""The articles read, kept in the library: for an issue opened from the library, and for one opened from
a file that the library holds too (found by its key). Work waits until the library is open (it is
opened a moment after start-up), then runs in the library's thread."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import shiboken6
from PySide6.QtCore import QObject

from .opener import library_key

if TYPE_CHECKING:
    from ...core.library_access import LibraryAccess
    from ...core.model import Issue
    from .service import LibraryService


class LibraryReadStore(QObject):
    """The session's ReadStore (session/read_marks.py) over the library service."""

    def __init__(self, service: LibraryService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._waiting: list[Callable[[], object]] = []
        self._keys: dict[str, str | None] = {}     # location -> its library key (None: not in the library)
        service.opened.connect(self._on_opened)

    def load(self, issue: Issue, location: str, on_done: Callable[[set[str]], None]) -> None:
        def read(lib: LibraryAccess) -> set[str]:
            key = self._key(lib, issue, location)
            return lib.read_items(key) if key else set()
        self._when_open(lambda: self.service.submit(read, on_done=lambda ids: self._deliver(on_done, ids)))

    def save(self, issue: Issue, location: str, item_ids: list[str]) -> None:
        def write(lib: LibraryAccess) -> None:
            key = self._key(lib, issue, location)
            if key:
                lib.mark_read(key, item_ids)
        self._when_open(lambda: self.service.submit(write))

    def _key(self, lib: LibraryAccess, issue: Issue, location: str) -> str | None:
        """(In the library's thread.) The key under which the library holds the issue at location."""
        if location not in self._keys:
            self._keys[location] = library_key(location) or lib.stored_key(issue)
        return self._keys[location]

    def _deliver(self, on_done: Callable[[set[str]], None], ids: set[str]) -> None:
        if shiboken6.isValid(self):
            on_done(ids)

    def _when_open(self, job: Callable[[], object]) -> None:
        if self.service.is_open:
            job()
        else:
            self._waiting.append(job)

    def _on_opened(self, _location: str) -> None:
        self._keys.clear()        # another library may hold other issues
        waiting, self._waiting = self._waiting, []
        for job in waiting:
            job()
