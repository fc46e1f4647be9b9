"""What an issue was imported from, as it was then: so an import can pass over a source left as it is
without reading it again.

The state of a source is a checksum of the names, sizes and modification times of the files an
importer reads there (a file; a folder's files and those of its sub-folders: page folders), and of
the reader's own parsing code. It is kept in the `meta` table under 'source:<path>' with the key and
stamp (content fingerprint) of the issue stored from it; the issue counts as unchanged only while
the library still holds that key with that stamp. Any doubt (a file that cannot be looked at, a
change of code, an edit) means the source is read again, and its content fingerprint decides.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from functools import lru_cache
from pathlib import Path

_PREFIX = "source:"
MAX_FILES = 5000  # a source with more files than this is always read again


@lru_cache(maxsize=1)
def code_state() -> str:
    """The parsing code as it is (its modules' sizes and times): a new reader reads every source again."""
    core = Path(__file__).resolve().parents[2]
    parts = []
    for f in sorted([*core.glob("*.py"), *(core / "formats").rglob("*.py"), *core.glob("library/sqlite/packing.py")]):
        st = f.stat()
        parts.append(f"{f.name}\0{st.st_size}\0{st.st_mtime_ns}")
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def state(path: Path) -> str | None:
    """The checksum of a source as it is now, or None when it cannot be told."""
    parts = [code_state()]
    try:
        entries = [path]
        if path.is_dir():
            entries = []
            for child in sorted(os.scandir(path), key=lambda e: e.name):
                entries.append(Path(child.path))
                if child.is_dir():
                    entries += [Path(c.path) for c in sorted(os.scandir(child.path), key=lambda e: e.name)]
        if len(entries) > MAX_FILES:
            return None
        for entry in entries:
            st = entry.stat()
            parts.append(f"{entry.name}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}")
    except OSError:
        return None
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


def remembered(conn: sqlite3.Connection, source: str, now: str) -> tuple[str, int] | None:
    """(key, stamp) of the issue stored from source when the source is as it was then (`now`)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_PREFIX + source,)).fetchone()
    if row is None:
        return None
    try:
        kept = json.loads(row[0])
        if kept["state"] != now:
            return None
        key, stamp = str(kept["key"]), int(kept["stamp"])
    except (ValueError, KeyError, TypeError):
        return None
    found = conn.execute("SELECT 1 FROM issue WHERE key = ? AND stamp = ?", (key, stamp)).fetchone()
    return (key, stamp) if found else None


def remember(conn: sqlite3.Connection, source: str, now: str, key: str, stamp: int) -> None:
    """Note the state of source and the issue stored from it (inside a write transaction)."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                 (_PREFIX + source, json.dumps({"state": now, "key": key, "stamp": stamp})))
