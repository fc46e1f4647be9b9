"""The articles read in the issue on screen, and where the marks are kept.

A story counts as read as a whole: marking it marks all its parts. An issue the library holds keeps
its marks there (the library feature gives a ReadStore, its work done off the GUI thread); any other
issue keeps them for as long as the reader runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable, Protocol

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from ...core.model import Issue


class ReadStore(Protocol):
    """Where marks of an issue are kept (the library)."""

    def load(self, issue: Issue, location: str, on_done: Callable[[set[str]], None]) -> None: ...
    def save(self, issue: Issue, location: str, item_ids: list[str]) -> None: ...


class ReadMarks(QObject):
    """See the module docstring; `changed` when the marks of the issue on screen changed."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.read: set[str] = set()
        self.store: ReadStore | None = None
        self.issue: Issue | None = None
        self.location: str | None = None
        self._kept: dict[str, set[str]] = {}     # location -> ids read in this run

    def set_store(self, store: ReadStore | None) -> None:
        """Keep marks in store from now on (and take the marks it has of the issue on screen)."""
        self.store = store
        if store is not None and self.issue is not None and self.location is not None:
            store.load(self.issue, self.location, self._loader(self.location))

    def reset(self, issue: Issue, location: str) -> None:
        """Another issue on screen: its marks (those of this run now, the store's when they arrive)."""
        self.issue, self.location = issue, location
        self.read = set(self._kept.get(location, ()))
        self.changed.emit()
        if self.store is not None:
            self.store.load(issue, location, self._loader(location))

    def _loader(self, location: str) -> Callable[[set[str]], None]:
        def loaded(ids: set[str]) -> None:
            if location == self.location and not ids <= self.read:
                self.read |= ids
                self.changed.emit()
        return loaded

    def mark(self, item_ids: Iterable[str]) -> bool:
        """Mark these items read; False when they all were already."""
        fresh = set(item_ids) - self.read
        if not fresh or self.issue is None or self.location is None:
            return False
        self.read |= fresh
        self._kept.setdefault(self.location, set()).update(fresh)
        if self.store is not None:
            self.store.save(self.issue, self.location, sorted(fresh))
        self.changed.emit()
        return True

    def is_read(self, item_id: str) -> bool:
        return item_id in self.read
