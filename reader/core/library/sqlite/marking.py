"""Bookmarks and reading positions, part of Library (library.py); stored as marks.py says."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from . import faults, marks

if TYPE_CHECKING:
    from ...model import Issue
    from ..records import Bookmark, IssueInfo, ReadingPosition


class Marking:
    """Library's bookmark and position methods (a mixin: the connection and the rest are Library's)."""

    conn: sqlite3.Connection

    if TYPE_CHECKING:
        def transaction(self) -> faults.WriteTransaction: ...
        def info(self, key: str) -> IssueInfo | None: ...
        def load_issue_by_id(self, iid: int) -> Issue: ...

    def add_bookmark(self, key: str, item: str, note: str = "") -> Bookmark:
        """Bookmark (收藏) an article of a stored issue; a second call updates the note."""
        info = self.info(key)
        if info is None:
            raise KeyError(key)
        issue = self.load_issue_by_id(info.id)
        it = issue.item(item)
        if it is None:
            raise KeyError(item)
        with self.transaction() as conn:
            return marks.add_bookmark(conn, info, it, note)

    def remove_bookmark(self, key: str, item: str) -> bool:
        """Remove a bookmark; False when there was none."""
        with self.transaction() as conn:
            return marks.remove_bookmark(conn, key, item)

    def bookmarks(self, paper: str | None = None) -> list[Bookmark]:
        """Bookmarks, newest first, optionally of one paper."""
        return marks.bookmarks(self.conn, paper)

    def is_bookmarked(self, key: str, item: str) -> bool:
        """Whether this article is bookmarked."""
        return marks.is_bookmarked(self.conn, key, item)

    def set_position(self, key: str, page: int | None, item: str | None, fraction: float = 0.0) -> None:
        """Remember where reading of an issue stopped."""
        with self.transaction() as conn:
            marks.set_position(conn, key, page, item, fraction)

    def position(self, key: str) -> ReadingPosition | None:
        """Where reading of an issue stopped, or None."""
        return marks.position(self.conn, key)

    def mark_read(self, key: str, items: list[str], read: bool = True) -> None:
        """Remember articles of an issue as read (or, read=False, as unread again)."""
        with self.transaction() as conn:
            (marks.mark_read if read else marks.forget_read)(conn, key, items)

    def read_items(self, key: str) -> set[str]:
        """The ids of an issue's articles that were read."""
        return marks.read_items(self.conn, key)

    def recent_positions(self, limit: int = 20) -> list[ReadingPosition]:
        """The issues read most recently ("continue reading"), newest first."""
        return marks.recent_positions(self.conn, limit)
