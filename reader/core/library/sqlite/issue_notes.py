"""What the library's list marks an issue with: the codes of the issue's own warnings (those about the
whole issue, not a page or an article), e.g. `mostly-no-text` (a feed that holds titles only).

They are kept in the `meta` table under 'notes:<key>' with the stamp (content fingerprint) of the
issue they were read from, written with the issue; an issue stored before they were kept (or whose
row is stale) has them read once from its stored data, and written back when the library may be
written. A removed issue's row is dropped the same way.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from contextlib import AbstractContextManager
from typing import Callable

from .packing import note_codes, unpack_data

_PREFIX = "notes:"


def remember(conn: sqlite3.Connection, key: str, stamp: int, codes: tuple[str, ...]) -> None:
    """Keep an issue's notes (inside the transaction that stores it)."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                 (_PREFIX + key, json.dumps([stamp, list(codes)])))


def _kept(value: str | None, stamp: int) -> tuple[str, ...] | None:
    try:
        kept_stamp, codes = json.loads(value) if value else (None, None)
    except (ValueError, TypeError):
        return None
    if kept_stamp != stamp or not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
        return None
    return tuple(codes)


Write = Callable[[], AbstractContextManager[sqlite3.Connection]]


def all_notes(conn: sqlite3.Connection, write: Write | None) -> dict[str, tuple[str, ...]]:
    """Every stored issue's notes by key (only issues that have some); rows missing or stale are read
    from the issue's data (and kept with `write`, a write transaction, when given), rows of removed
    issues dropped. A failed write changes nothing (they are read again next time)."""
    out: dict[str, tuple[str, ...]] = {}
    missing: list[tuple[str, int, tuple[str, ...]]] = []
    for key, stamp, value in conn.execute(
            "SELECT i.key, i.stamp, m.value FROM issue i LEFT JOIN meta m ON m.key = ? || i.key", (_PREFIX,)):
        codes = _kept(value, stamp)
        if codes is None:
            row = conn.execute("SELECT data FROM issue WHERE key = ?", (key,)).fetchone()
            try:
                codes = note_codes(unpack_data(row[0]).get("warnings") or [])
            except (zlib.error, ValueError, TypeError, AttributeError, KeyError):  # damaged data: nothing to mark
                codes = ()
            missing.append((key, stamp, codes))
        if codes:
            out[key] = codes
    if write is not None:
        stale = [r[0] for r in conn.execute(
            "SELECT key FROM meta WHERE key LIKE 'notes:%' AND substr(key, 7) NOT IN (SELECT key FROM issue)")]
        if missing or stale:
            from .faults import LibraryError
            try:
                with write() as tx:
                    for key, stamp, codes in missing:
                        remember(tx, key, stamp, codes)
                    tx.executemany("DELETE FROM meta WHERE key = ?", [(k,) for k in stale])
            except LibraryError:
                pass
    return out
