"""Bookmarks (收藏) on articles, the reading position per issue and the articles read.

All are keyed by the issue's key (paper and date, see records.issue_key) and the item id, not by
row ids, so they survive re-importing the issue; removing an issue leaves them in place.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from ...model import Item
from ..records import Bookmark, IssueInfo, ReadingPosition


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _bookmark(row: tuple[Any, ...]) -> Bookmark:
    return Bookmark(row[0], row[1], dt.date.fromisoformat(row[2]) if row[2] else None, row[3], row[4],
                    row[5], row[6], row[7])


_COLUMNS = "issue_key, paper, date, item, page, title, note, created"


def add_bookmark(conn: sqlite3.Connection, info: IssueInfo, item: Item, note: str) -> Bookmark:
    """Add or update the bookmark of an article (inside a write transaction)."""
    conn.execute(
        "INSERT INTO bookmark (issue_key, paper, date, item, page, title, note, created)"
        " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (issue_key, item) DO UPDATE SET note = excluded.note",
        (info.key, info.paper, info.date.isoformat() if info.date else None, item.id, item.page,
         item.display_title(), note, _now()))
    row = conn.execute(f"SELECT {_COLUMNS} FROM bookmark WHERE issue_key = ? AND item = ?",
                       (info.key, item.id)).fetchone()
    return _bookmark(row)


def remove_bookmark(conn: sqlite3.Connection, key: str, item: str) -> bool:
    """Remove a bookmark; False when there was none."""
    return conn.execute("DELETE FROM bookmark WHERE issue_key = ? AND item = ?", (key, item)).rowcount > 0


def bookmarks(conn: sqlite3.Connection, paper: str | None = None) -> list[Bookmark]:
    """Bookmarks, newest first, optionally of one paper."""
    sql = f"SELECT {_COLUMNS} FROM bookmark"
    params: tuple[str, ...] = ()
    if paper is not None:
        sql += " WHERE paper = ?"
        params = (paper,)
    return [_bookmark(r) for r in conn.execute(sql + " ORDER BY created DESC, id DESC", params)]


def is_bookmarked(conn: sqlite3.Connection, key: str, item: str) -> bool:
    """Whether an article is bookmarked."""
    return conn.execute("SELECT 1 FROM bookmark WHERE issue_key = ? AND item = ?", (key, item)).fetchone() \
        is not None


def set_position(conn: sqlite3.Connection, key: str, page: int | None, item: str | None,
                 fraction: float) -> None:
    """Remember the reading position of an issue (inside a write transaction)."""
    fraction = min(1.0, max(0.0, float(fraction)))
    conn.execute("INSERT OR REPLACE INTO position (issue_key, page, item, fraction, updated) VALUES (?,?,?,?,?)",
                 (key, page, item, fraction, _now()))


def position(conn: sqlite3.Connection, key: str) -> ReadingPosition | None:
    """The reading position of an issue, or None."""
    row = conn.execute("SELECT issue_key, page, item, fraction, updated FROM position WHERE issue_key = ?",
                       (key,)).fetchone()
    return ReadingPosition(*row) if row else None


def recent_positions(conn: sqlite3.Connection, limit: int) -> list[ReadingPosition]:
    """Reading positions, most recently updated first."""
    rows = conn.execute("SELECT issue_key, page, item, fraction, updated FROM position"
                        " ORDER BY updated DESC, rowid DESC LIMIT ?", (limit,))
    return [ReadingPosition(*r) for r in rows]


def mark_read(conn: sqlite3.Connection, key: str, items: list[str]) -> None:
    """Remember these articles of an issue as read (inside a write transaction; again is a no-op)."""
    now = _now()
    conn.executemany("INSERT OR IGNORE INTO read_mark (issue_key, item, read) VALUES (?,?,?)",
                     [(key, item, now) for item in items])


def forget_read(conn: sqlite3.Connection, key: str, items: list[str]) -> None:
    """Mark these articles of an issue as unread again (inside a write transaction)."""
    conn.executemany("DELETE FROM read_mark WHERE issue_key = ? AND item = ?", [(key, item) for item in items])


def read_items(conn: sqlite3.Connection, key: str) -> set[str]:
    """The ids of the articles of an issue that were read."""
    return {str(r[0]) for r in conn.execute("SELECT item FROM read_mark WHERE issue_key = ?", (key,))}
