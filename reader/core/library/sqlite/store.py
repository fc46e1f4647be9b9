"""The library file: where it lives, its SQLite schema, opening, checking and migrating it.

One SQLite database holds the imported issues themselves (not paths to them), their text index,
bookmarks, reading positions and the articles read. It is opened in WAL mode with a busy timeout, so two windows or
processes can use one library at once. A file that is not a library (not SQLite, another program's
database, a newer schema, damaged pages) is reported as a LibraryError naming the file and the
problem; nothing here ever deletes or overwrites such a file.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..location import LIBRARY_ENV, default_library_path
from . import faults
from .faults import LibraryError as LibraryError  # noqa: PLC0414  (where it has always been imported from)

APPLICATION_ID = 0x52445231  # "RDR1" in the SQLite header: marks the file as a reader library
SCHEMA_VERSION = 2
BUSY_TIMEOUT_MS = 30_000
PAGE_SIZE = 8192
_SQLITE_MAGIC = b"SQLite format 3\x00"

READ_MARK_TABLE = """
CREATE TABLE read_mark (               -- articles read, by issue key and item id (like bookmarks)
    issue_key TEXT NOT NULL,
    item TEXT NOT NULL,
    read TEXT NOT NULL,                -- ISO timestamp (UTC) of the first reading
    PRIMARY KEY (issue_key, item)
) WITHOUT ROWID;
"""  # (in the schema, and the migration to version 2)

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE issue (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,          -- identity: 'paper:YYYY-MM-DD', else 'content:<hash>'
    paper TEXT,
    date TEXT,                         -- ISO date or NULL
    day INTEGER NOT NULL,              -- the date's ordinal; undated issues: a pseudo-day < 100000
    first INTEGER NOT NULL,            -- its articles have ids day << 14 | first … first + articles - 1
    format TEXT NOT NULL,
    source TEXT,                       -- where it was imported from (for information and rebuild)
    pages INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    chars INTEGER NOT NULL,
    imported TEXT NOT NULL,            -- ISO timestamp (UTC)
    stamp INTEGER NOT NULL,            -- fingerprint of the stored content (packing.fingerprint): tells
                                       -- one import of a key from another, and an unchanged re-import
    data BLOB NOT NULL                 -- zlib(JSON of serialize.issue_to_data), article texts left out
);
CREATE INDEX issue_by_paper_date ON issue (paper, date);
CREATE INDEX issue_by_day ON issue (day);
CREATE TABLE article (
    id INTEGER PRIMARY KEY,            -- day << 14 | offset: newest first, reading order within an issue
    issue_id INTEGER NOT NULL REFERENCES issue (id) ON DELETE CASCADE,
    item TEXT NOT NULL,                -- the item id within the issue (p3-2)
    page INTEGER NOT NULL,
    title TEXT NOT NULL,
    chars INTEGER NOT NULL,
    variant INTEGER NOT NULL,          -- 1 when 繁→简 folding changes its text
    digest INTEGER NOT NULL,           -- checksum of its index row (to delete exactly that)
    fields BLOB NOT NULL               -- zlib(JSON [[field, block, text], …]): its searchable texts
);
CREATE INDEX article_by_issue ON article (issue_id);
CREATE INDEX article_variant ON article (variant) WHERE variant = 1;
CREATE TABLE pending (article_id INTEGER PRIMARY KEY);  -- stored but not yet in text_index
CREATE TABLE word_cuts (                                -- jieba word boundaries, for word mode (optional)
    article_id INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    cuts BLOB NOT NULL                                  -- wordcuts.pack_cuts of each field's boundaries
);
CREATE VIRTUAL TABLE text_index USING fts5 (body, head, content='', tokenize='ascii');
INSERT INTO text_index (text_index, rank) VALUES ('pgsz', 4000);
INSERT INTO text_index (text_index, rank) VALUES ('hashsize', 67108864);
CREATE VIRTUAL TABLE char_index USING fts5 (chars, content='', tokenize='ascii', detail=none, columnsize=0);
INSERT INTO char_index (char_index, rank) VALUES ('pgsz', 4000);
INSERT INTO char_index (char_index, rank) VALUES ('hashsize', 67108864);
CREATE TABLE bookmark (
    id INTEGER PRIMARY KEY,
    issue_key TEXT NOT NULL,
    paper TEXT,
    date TEXT,
    item TEXT NOT NULL,
    page INTEGER,
    title TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    UNIQUE (issue_key, item)
);
CREATE TABLE position (
    issue_key TEXT PRIMARY KEY,
    page INTEGER,
    item TEXT,
    fraction REAL NOT NULL DEFAULT 0,  -- how far into the item, 0…1
    updated TEXT NOT NULL
);
""" + READ_MARK_TABLE

EXPECTED_TABLES = ("meta", "issue", "article", "pending", "word_cuts", "text_index", "char_index", "bookmark",
                   "position", "read_mark")

# Migrations from schema version N to N+1, run in one transaction each.
MIGRATIONS: dict[int, str] = {
    1: READ_MARK_TABLE,  # 2: the articles read
}


def resolve_library_path(path: str | Path | None = None) -> Path:
    """The library to use: the given path, else $READER_LIBRARY, else the default one."""
    if path:
        return Path(path).expanduser()
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env).expanduser()
    return default_library_path()


def connect(path: Path, create: bool = True, readonly: bool = False) -> tuple[sqlite3.Connection, str | None]:
    """An open, checked connection to the library at path (created when absent and create is set),
    and why it is open read-only when it had to be (None when it is writable, or asked for read-only).

    A library the reader may not write (the file, or the folder its -wal/-shm files go in) is opened
    read-only rather than refused. Raises LibraryError when the file is missing (and not to be
    created), is not an SQLite database, belongs to another program, was made by a newer reader, or
    is damaged where it is read.
    """
    path = Path(path)
    exists = path.exists()
    if exists and path.is_dir():
        raise LibraryError(path, "is a folder, not a library file", "folder")
    if not exists and (readonly or not create):
        raise LibraryError(path, "no such library file", "missing")
    forced = None
    if exists:
        _check_header(path)
        forced = None if readonly else faults.why_not_writable(path)
    elif not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(path, f"cannot create its folder ({exc.strerror or exc})", "cannot-create",
                               {"reason": exc.strerror or str(exc)}) from exc
    elif not os.access(path.parent, os.W_OK):
        raise LibraryError(path, "cannot be created: its folder is read-only", "read-only", {"what": "folder"})
    read_only = readonly or forced is not None
    conn = _open(path, read_only)
    try:
        _check_or_create_schema(conn, path, read_only)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise faults.sqlite_problem(path, exc, "is damaged or not a library") from exc
    except LibraryError:
        conn.close()
        raise
    return conn, forced


def _open(path: Path, read_only: bool) -> sqlite3.Connection:
    """The SQLite connection; read-only in a folder where the -shm file cannot be made: immutable."""
    base = path.resolve().as_uri()
    uris = [f"{base}?mode=ro", f"{base}?mode=ro&immutable=1"] if read_only else [f"{base}?mode=rwc"]
    for n, uri in enumerate(uris):
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                   isolation_level=None, check_same_thread=True)
            if read_only:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # WAL needs its -shm file
            return conn
        except sqlite3.Error as exc:
            if n + 1 < len(uris) and faults.error_name(exc).startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY")):
                continue
            raise faults.sqlite_problem(path, exc, "cannot be opened") from exc
    raise AssertionError("unreachable")


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite, or is cut short; damage is decided by SQLite's own check.

    The header's page count can run ahead of the file while a write-ahead log (-wal) holds the rest,
    or a checkpoint is half done: only a file shorter than its header says, with no -wal file beside
    it, is suspect, and only SQLite's quick_check failing on it makes it damaged.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise LibraryError(path, f"cannot be read ({exc.strerror or exc})", "cannot-open",
                           {"reason": exc.strerror or str(exc)}) from exc
    if size == 0:
        return  # an empty file is an empty database: it becomes a new library
    if not head.startswith(_SQLITE_MAGIC):
        shown = head[:16].decode("latin-1").encode("unicode_escape").decode("ascii")
        raise LibraryError(path, f"not a library: the file is not an SQLite database (it starts with {shown!r})",
                           "not-sqlite", {"start": shown})
    if len(head) < 100:
        raise LibraryError(path, "is damaged: the SQLite header is cut short", "damaged", {"what": "header"})
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(head[28:32], "big")
    valid_for = int.from_bytes(head[92:96], "big")
    change_counter = int.from_bytes(head[24:28], "big")
    if not (page_count and valid_for == change_counter and size < page_count * page_size):
        return
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return  # SQLite recovers from the log
    problems = faults.quick_check(path)
    if problems:
        raise LibraryError(path, f"is damaged: the file is cut short ({size} bytes, its header says "
                                 f"{page_count * page_size}; {problems[0]})", "damaged",
                           {"what": "cut-short", "size": size, "expected": page_count * page_size})


def _configure(conn: sqlite3.Connection, readonly: bool) -> None:
    """WAL and normal sync for a file known to be a library (never applied to a foreign file)."""
    if readonly:
        return
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def _check_or_create_schema(conn: sqlite3.Connection, path: Path, readonly: bool) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = _tables(conn)
    if app_id == 0 and not tables:
        if readonly:
            raise LibraryError(path, "is an empty database, not a library", "not-library")
        if conn.execute("PRAGMA page_count").fetchone()[0] == 0:
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # only before the first table and WAL
            conn.execute("PRAGMA auto_vacuum = INCREMENTAL")  # pages freed by index merges can be returned
        _configure(conn, readonly)
        _create_schema(conn)
        return
    if app_id != APPLICATION_ID:
        sample = ", ".join(sorted(tables)[:5]) or "no tables"
        raise LibraryError(path, f"not a library: an SQLite database of another program ({sample})", "foreign",
                           {"tables": sample})
    if version > SCHEMA_VERSION:
        raise LibraryError(path, f"made by a newer version of the reader (schema {version}; this "
                                 f"version reads up to {SCHEMA_VERSION}): update the reader", "newer",
                           {"schema": version, "supported": SCHEMA_VERSION})
    _configure(conn, readonly)
    if version < SCHEMA_VERSION:
        if readonly:
            raise LibraryError(path, f"has an older schema ({version}) and is opened read-only: open it once "
                                     "with write access to bring it up to date", "older-read-only",
                               {"schema": version})
        migrate(conn, path, version)
        tables = _tables(conn)
    missing = [t for t in EXPECTED_TABLES if t not in tables]
    if missing:
        raise LibraryError(path, f"is damaged: tables missing ({', '.join(missing)})", "damaged",
                           {"what": "tables", "tables": ", ".join(missing)})
    conn.execute("SELECT count(*) FROM issue").fetchone()


def _create_schema(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        if _tables(conn):  # another process created it meanwhile
            conn.execute("ROLLBACK")
            return
        for statement in _statements(SCHEMA):
            conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Bring a library from schema `version` up to SCHEMA_VERSION, one transaction a step."""
    while version < SCHEMA_VERSION:
        script = MIGRATIONS.get(version)
        if script is None:
            raise LibraryError(path, f"has schema {version}, which this reader cannot migrate", "older",
                               {"schema": version})
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version += 1


def _statements(script: str) -> list[str]:
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def check(conn: sqlite3.Connection, path: Path) -> list[str]:
    """A full check (SQLite integrity check and the text index's own check): the problems found."""
    problems: list[str] = []
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        if rows != ["ok"]:
            problems.extend(rows)
        conn.execute("INSERT INTO text_index (text_index, rank) VALUES ('integrity-check', 0)")
        conn.execute("INSERT INTO char_index (char_index, rank) VALUES ('integrity-check', 0)")
    except sqlite3.DatabaseError as exc:
        problems.append(str(exc))
    return problems

