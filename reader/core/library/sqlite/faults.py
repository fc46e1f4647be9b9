"""What went wrong with a library file, in words and codes: SQLite's errors, write access, damage.

Disk full, a read-only file or folder, an I/O error, a lock held too long: each becomes one
LibraryError naming the file, with a code (disk-full, read-only, io-error, busy, damaged, …). A
write that fails is rolled back by SQLite, so the library stays as it was and opens next time.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..errors import LibraryError as LibraryError  # noqa: PLC0414  (engine-neutral: errors.py)

# SQLite's primary result codes (sqlite3.h), for Pythons whose exceptions do not name them (< 3.11)
_NAMES = {5: "SQLITE_BUSY", 6: "SQLITE_LOCKED", 8: "SQLITE_READONLY", 10: "SQLITE_IOERR", 11: "SQLITE_CORRUPT",
          13: "SQLITE_FULL", 14: "SQLITE_CANTOPEN", 26: "SQLITE_NOTADB"}
_MESSAGES = (("database or disk is full", "SQLITE_FULL"), ("readonly database", "SQLITE_READONLY"),
             ("disk i/o error", "SQLITE_IOERR"), ("database is locked", "SQLITE_BUSY"),
             ("malformed", "SQLITE_CORRUPT"), ("not a database", "SQLITE_NOTADB"),
             ("unable to open", "SQLITE_CANTOPEN"))


def error_name(exc: BaseException) -> str:
    """SQLite's name for the error (SQLITE_FULL, SQLITE_IOERR_WRITE, …), or '' when it is not SQLite's."""
    name = getattr(exc, "sqlite_errorname", None)
    if isinstance(name, str) and name:
        return name
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _NAMES:
        return _NAMES[code & 0xFF]
    text = str(exc).lower()
    return next((n for words, n in _MESSAGES if words in text), "")


def sqlite_problem(path: str | Path, exc: BaseException, context: str = "could not be written") -> LibraryError:
    """The LibraryError for an SQLite error met while using the library at path."""
    name = error_name(exc)
    kept = "the change under way was not stored; everything stored before it is kept"
    detail = str(exc)
    if name.startswith("SQLITE_FULL"):
        return LibraryError(path, f"the disk is full: {kept}", "disk-full", {"detail": detail})
    if name.startswith("SQLITE_READONLY"):
        return LibraryError(path, "is read-only: it can be read and searched; importing, removing and bookmarks "
                                  "need write access", "read-only", {"why": "file", "detail": detail})
    if name.startswith("SQLITE_IOERR"):
        return LibraryError(path, f"a disk I/O error (a full disk, a file size limit or a failing disk): {kept}",
                            "io-error", {"detail": name or detail})
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return LibraryError(path, "is in use by another program for too long: try again", "busy", {"detail": detail})
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return damaged(path, exc)
    if name.startswith("SQLITE_CANTOPEN"):
        return LibraryError(path, f"cannot be opened ({detail})", "cannot-open", {"reason": detail})
    return LibraryError(path, f"{context} ({detail})", "error", {"reason": detail})


class WriteTransaction:
    """BEGIN IMMEDIATE … COMMIT; on any error ROLLBACK, and SQLite's errors become a LibraryError."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn, self.path = conn, path

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise sqlite_problem(self.path, exc) from exc
        return self.conn

    def __exit__(self, exc_type: object, exc: BaseException | None, *rest: object) -> None:
        try:
            if exc_type is None:
                self.conn.execute("COMMIT")
                return
        except sqlite3.Error as failed:
            exc = failed
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite rolled back already (e.g. after a full disk)
        if isinstance(exc, sqlite3.Error):
            raise sqlite_problem(self.path, exc) from exc


def damaged(path: str | Path, exc: BaseException) -> LibraryError:
    """The LibraryError for damage SQLite found while reading the library."""
    return LibraryError(path, f"is damaged ({exc}); it is left as it is: open another library, "
                              "or rebuild this one (its issues are imported again where possible)", "damaged",
                        {"what": "pages", "reason": str(exc)})


def why_not_writable(path: Path) -> str | None:
    """'file' or 'folder' when the library at path cannot be written (its -wal/-shm files need the
    folder, unless they exist and can be written), None when it can."""
    if not os.access(path, os.W_OK):
        return "file"
    if os.access(path.parent, os.W_OK):
        return None
    sides = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    if all(side.exists() and os.access(side, os.W_OK) for side in sides):
        return None
    return "folder"


def quick_check(path: Path) -> list[str]:
    """SQLite's quick_check of the file at path, read-only: the problems found ([] when sound)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        return [] if rows == ["ok"] else rows
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()
