"""Rebuilding a library file that cannot be used: move it aside, start afresh, keep what can be read.

rebuild(path) never deletes anything: the bad file (with its -wal/-shm files) is renamed to
<name>.corrupt-<timestamp>, a new library is made at the old path, and every issue that can still be
read from the old file is added to it; an issue whose stored data is unreadable is imported again
from the file or folder it was first imported from, when that still exists. Bookmarks and reading
positions and read marks that can be read are copied too.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from ...errors import IssueError
from ...loading import open_issue
from ..records import RebuildReport
from .library import Library
from .packing import unpack_issue
from .store import resolve_library_path


def backup_path(path: Path, now: dt.datetime | None = None) -> Path:
    """Where rebuild moves a bad library: <name>.corrupt-YYYYMMDD-HHMMSS (a free name)."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    return candidate


def rebuild(path: str | Path | None = None) -> RebuildReport:
    """Move the library file aside, make a new one in its place, and put back what can be read."""
    path = resolve_library_path(path)
    backup = backup_path(path)
    if path.exists():
        path.rename(backup)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            side.rename(Path(f"{backup}{suffix}"))
    report = RebuildReport(path, backup)
    with Library(path) as new:
        if backup.exists():
            _salvage(backup, new, report)
        new.index_pending()
    return report


def _salvage(backup: Path, new: Library, report: RebuildReport) -> None:
    try:
        old = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        old.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        report.problem = f"the old file cannot be read as a library ({exc})"
        return
    try:
        last = -1
        while True:
            try:
                row = old.execute("SELECT id FROM issue WHERE id > ? ORDER BY id LIMIT 1", (last,)).fetchone()
            except sqlite3.Error as exc:
                report.problem = f"the list of issues breaks off ({exc})"
                break
            if row is None:
                break
            last = row[0]
            _salvage_issue(old, last, new, report)
        _copy_marks(old, new)
    finally:
        old.close()


def _salvage_issue(old: sqlite3.Connection, iid: int, new: Library, report: RebuildReport) -> None:
    key, source = f"issue {iid}", None
    try:
        key, source = old.execute("SELECT key, source FROM issue WHERE id = ?", (iid,)).fetchone()
        data = old.execute("SELECT data FROM issue WHERE id = ?", (iid,)).fetchone()[0]
        articles = old.execute("SELECT item, fields FROM article WHERE issue_id = ?", (iid,)).fetchall()
        issue = unpack_issue(data, articles)
    except Exception as exc:  # any damage: the stored form cannot be trusted
        problem = f"stored data unreadable ({exc})"
        if source and Path(source).exists():
            try:
                new.add_issue(open_issue(source), source=source)
                report.reimported.append(key)
                return
            except IssueError as err:
                problem += f"; its source cannot be read again ({err.problem})"
        else:
            problem += "; its source is gone" if source else "; no source recorded"
        report.lost.append(f"{key}: {problem}")
        return
    new.add_issue(issue, source=source)
    report.salvaged.append(key)


def _copy_marks(old: sqlite3.Connection, new: Library) -> None:
    for table, columns in (("bookmark", "issue_key, paper, date, item, page, title, note, created"),
                           ("position", "issue_key, page, item, fraction, updated"),
                           ("read_mark", "issue_key, item, read")):
        try:
            rows = old.execute(f"SELECT {columns} FROM {table}").fetchall()
        except sqlite3.Error:
            continue
        marks = ",".join("?" * len(columns.split(",")))
        with new.transaction() as conn:
            conn.executemany(f"INSERT OR IGNORE INTO {table} ({columns}) VALUES ({marks})", rows)
