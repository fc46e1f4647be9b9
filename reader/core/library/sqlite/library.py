"""A library of imported issues: add, replace, remove, list and load them; keep the index current.

Each issue is written in one transaction (its data, its articles, and their place in the queue of
articles waiting for the text index). The text index is then brought up to date in batches of many
issues (index_pending), which is several times faster than one index flush per issue; searches stay
exact meanwhile because articles still in the queue are checked against their text.

A Library holds one SQLite connection: use it from one thread at a time. Every thread (a GUI worker,
a search thread) opens its own Library on the same path; readers and one writer at a time work
concurrently (WAL), and a writer waits for another (busy timeout) rather than failing.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import zlib
from collections import OrderedDict
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable, Iterator

from ...model import Issue, Item
from ...search.fields import FieldText
from ..records import (  # noqa: F401
    ARTICLES_PER_DAY,
    UNDATED_DAYS,
    AddResult,
    ArticleRef,
    IssueInfo,
    PaperInfo,
    article_id,
    day_number,
)
from . import faults, issue_notes, marks, sources, store, wordindex  # noqa: F401  (marks: bookmarks, see marking.py)
from .index_upkeep import INDEX_AUTOMERGE as INDEX_AUTOMERGE
from .index_upkeep import INDEX_BATCH_CHARS as INDEX_BATCH_CHARS
from .index_upkeep import IndexUpkeep
from .index_upkeep import ProgressFn as ProgressFn
from .marking import Marking
from .packing import PreparedIssue, prepare_issue, unpack_fields, unpack_issue
from .store import LibraryError
from .textindex import ArticleIndex, article_index, index_signature
from .word_store import WordBoundaries

_ISSUE_CACHE = 16


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except (TypeError, ValueError):  # a damaged row: the date is unknown
        return None


class Library(IndexUpkeep, WordBoundaries, Marking):
    """An open library file (see the module docstring for threads and transactions); its text index,
    word boundaries and bookmarks are kept by the methods of index_upkeep, word_store and marking."""

    def __init__(self, path: str | Path | None = None, create: bool = True, readonly: bool = False) -> None:
        self.path = store.resolve_library_path(path)
        self.conn, self.readonly_reason = store.connect(self.path, create=create, readonly=readonly)
        self.readonly = readonly or self.readonly_reason is not None  # asked for, or no write access
        self.damaged_articles: set[int] = set()  # articles whose stored text could not be read
        self._prepared: dict[int, tuple[int, ArticleIndex]] = {}  # article id → (issue stamp, rows)
        self._issues: OrderedDict[int, tuple[int, Issue]] = OrderedDict()  # id → (stamp, issue)
        self.index_stale = False  # read-only and built with other folding tables: search checks text
        try:
            if readonly:
                row = self.conn.execute("SELECT value FROM meta WHERE key = 'index_signature'").fetchone()
                self.index_stale = not row or row[0] != index_signature()
            else:
                self._check_index_signature()
                self._check_index_merging()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise faults.sqlite_problem(self.path, exc, "cannot be opened") from exc
        except LibraryError:
            self.conn.close()
            raise

    # -- life cycle -----------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (the library stays as it is on disk)."""
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check(self) -> list[str]:
        """A full integrity check of the file and the index: the problems found ([] when sound)."""
        return store.check(self.conn, self.path)

    def transaction(self) -> faults.WriteTransaction:
        """A write transaction (BEGIN IMMEDIATE … COMMIT, ROLLBACK on error): `with lib.transaction() as conn:`.

        SQLite's errors inside it (disk full, read-only, I/O) come out as one LibraryError with a code;
        the library is then as it was before the transaction.
        """
        if self.readonly:
            raise self.read_only_error()
        return faults.WriteTransaction(self.conn, self.path)

    def read_only_error(self) -> LibraryError:
        """The LibraryError for a change asked of a library open read-only."""
        what = self.readonly_reason or "opened"
        why = {"file": "the file is read-only", "folder": "its folder is read-only"}.get(what, "it is open read-only")
        return LibraryError(self.path, f"is read-only ({why}): it can be read and searched; importing, removing "
                                       "and bookmarks need write access", "read-only", {"why": what})

    # -- adding and removing issues -------------------------------------------------------------

    def add_issue(self, issue: Issue, source: str | None = None, force: bool = False) -> AddResult:
        """Store an issue (replacing the one with the same key) in one transaction; queue its articles."""
        return self.add_prepared(prepare_issue(issue, source), force)

    def add_prepared(self, prep: PreparedIssue, force: bool = False) -> AddResult:
        """Store an issue made ready by prepare_issue (which may run in another process).

        An issue the library holds already with the same content (its fingerprint) is not written
        again (`unchanged`; only a new source path is noted), unless `force` is set.
        """
        if len(prep.items) > ARTICLES_PER_DAY:
            raise LibraryError(self.path, f"{prep.key}: {len(prep.items)} articles, more than one issue may hold",
                               "full-day", {"key": prep.key, "articles": len(prep.items)})
        if not force:
            same = self._unchanged(prep)
            if same is not None:
                return AddResult(same, False, unchanged=True)
        stamp = prep.fingerprint
        imported = _now()
        with self.transaction() as conn:
            old = conn.execute("SELECT id FROM issue WHERE key = ?", (prep.key,)).fetchone()
            if old is not None:
                self._delete_issue(old[0])
            day, first = self._allocate(prep.date, len(prep.items))
            last = first + len(prep.items) - 1
            ids = [article_id(day, last - n) for n in range(len(prep.items))]  # reading order, newest first
            cursor = conn.execute(
                "INSERT INTO issue (key, paper, date, day, first, format, source, pages, articles, chars,"
                " imported, stamp, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (prep.key, prep.paper, prep.date.isoformat() if prep.date else None, day, first, prep.format,
                 prep.source, prep.pages, len(prep.items), prep.chars, imported, stamp, prep.data))
            iid = cursor.lastrowid
            conn.executemany(
                "INSERT INTO article (id, issue_id, item, page, title, chars, variant, digest, fields)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                [(aid, iid, item_id, page, title, x.length, int(x.variant), x.digest, blob)
                 for aid, (item_id, page, title), x, blob in zip(ids, prep.items, prep.indexes, prep.blobs)])
            conn.executemany("INSERT INTO pending (article_id) VALUES (?)",
                             [(aid,) for aid, x in zip(ids, prep.indexes) if x.rows])
            if prep.source and prep.source_state:
                sources.remember(conn, prep.source, prep.source_state, prep.key, stamp)
            issue_notes.remember(conn, prep.key, stamp, prep.notes)
        for aid, x in zip(ids, prep.indexes):
            if x.rows:
                self._prepared[aid] = (stamp, x)
        assert iid is not None  # (an INSERT's rowid)
        info = IssueInfo(iid, prep.key, prep.paper, prep.date, prep.format, prep.source, prep.pages,
                         len(prep.items), prep.chars, imported, prep.notes)
        return AddResult(info, old is not None)

    def _unchanged(self, prep: PreparedIssue) -> IssueInfo | None:
        """The stored issue when it has this key and this content, else None (noting a new source)."""
        row = self.conn.execute(f"SELECT {self._INFO_COLUMNS}, stamp FROM issue WHERE key = ?", (prep.key,)).fetchone()
        if row is None or row[-1] != prep.fingerprint:
            return None
        info = self._info(row[:-1])
        moved = bool(prep.source) and prep.source != info.source
        noted = not prep.source or not prep.source_state or \
            sources.remembered(self.conn, prep.source, prep.source_state) is not None
        if (moved or not noted) and not self.readonly:
            with self.transaction() as conn:
                if moved:
                    conn.execute("UPDATE issue SET source = ? WHERE id = ?", (prep.source, info.id))
                if not noted:
                    sources.remember(conn, prep.source or "", prep.source_state or "", prep.key, prep.fingerprint)
            if moved:
                info = self._info((*row[:5], prep.source, *row[6:-1]))
        return info

    def unchanged_source(self, source: str, state: str | None) -> IssueInfo | None:
        """The issue stored from source when the source is as it was then (`state`: sources.state)."""
        found = sources.remembered(self.conn, source, state) if state else None
        return self.info(found[0]) if found else None

    def _allocate(self, date: dt.date | None, count: int) -> tuple[int, int]:
        """A day and a free run of `count` article offsets in it (inside a write transaction)."""
        if date is not None:
            day = day_number(date)
            found = self._free_run(day, count)
            if found is None:
                raise LibraryError(self.path, f"more than {ARTICLES_PER_DAY} articles on {date.isoformat()}",
                                   "full-day", {"date": date.isoformat()})
            return day, found
        days = [r[0] for r in self.conn.execute(
            "SELECT DISTINCT day FROM issue WHERE day < ? ORDER BY day", (UNDATED_DAYS,))]
        for day in days:
            found = self._free_run(day, count)
            if found is not None:
                return day, found
        day = (days[-1] + 1) if days else 1
        if day >= UNDATED_DAYS:
            raise LibraryError(self.path, "too many issues without a date", "full-day", {"date": None})
        return day, 0

    def _free_run(self, day: int, count: int) -> int | None:
        taken = sorted(self.conn.execute("SELECT first, articles FROM issue WHERE day = ?", (day,)))
        start = 0
        for first, articles in taken:
            if first - start >= count:
                return start
            start = max(start, first + articles)
        return start if ARTICLES_PER_DAY - start >= count else None

    def _delete_issue(self, iid: int) -> None:
        """Delete an issue, its articles and their index entries (inside a write transaction)."""
        conn = self.conn
        rows = conn.execute(
            "SELECT a.id, a.digest, a.fields FROM article a LEFT JOIN pending p ON p.article_id = a.id"
            " WHERE a.issue_id = ? AND p.article_id IS NULL", (iid,)).fetchall()
        deletes: list[tuple[int, ArticleIndex]] = []
        for aid, digest, blob in rows:
            index = article_index(unpack_fields(blob))
            if index.digest != digest:
                self._reindex_everything()  # the stored text no longer gives what was indexed
                deletes = []
                break
            deletes.append((aid, index))
        self._write_rows(deletes, delete=True)
        wordindex.forget_issue(conn, iid)
        conn.execute("DELETE FROM pending WHERE article_id IN (SELECT id FROM article WHERE issue_id = ?)",
                     (iid,))
        conn.execute("DELETE FROM article WHERE issue_id = ?", (iid,))
        conn.execute("DELETE FROM issue WHERE id = ?", (iid,))
        self._issues.pop(iid, None)

    def remove(self, key: str) -> bool:
        """Remove the issue with this key (bookmarks and positions stay); False when there is none."""
        with self.transaction() as conn:
            row = conn.execute("SELECT id FROM issue WHERE key = ?", (key,)).fetchone()
            if row is None:
                return False
            self._delete_issue(row[0])
        return True

    # -- reading --------------------------------------------------------------------------------

    _INFO_COLUMNS = "id, key, paper, date, format, source, pages, articles, chars, imported"

    @staticmethod
    def _info(row: tuple[Any, ...]) -> IssueInfo:
        return IssueInfo(row[0], row[1], row[2], _date(row[3]), row[4], row[5], row[6], row[7], row[8], row[9])

    def issues(self, paper: str | None = None, date_from: dt.date | None = None,
               date_to: dt.date | None = None, newest_first: bool = True) -> list[IssueInfo]:
        """The stored issues, by date (newest first unless told), optionally of one paper or date range;
        each with its notes (issue_notes.py)."""
        sql = f"SELECT {self._INFO_COLUMNS} FROM issue WHERE 1"
        params: list[object] = []
        if paper is not None:
            sql += " AND paper = ?"
            params.append(paper)
        if date_from is not None:
            sql += " AND date >= ?"
            params.append(date_from.isoformat())
        if date_to is not None:
            sql += " AND date <= ?"
            params.append(date_to.isoformat())
        sql += " ORDER BY day DESC, first DESC" if newest_first else " ORDER BY day, first"
        infos = [self._info(r) for r in self.conn.execute(sql, params)]
        writable = not self.readonly and not self.conn.in_transaction
        notes = issue_notes.all_notes(self.conn, self.transaction if writable else None)
        return [replace(i, notes=notes[i.key]) if i.key in notes else i for i in infos]

    def papers(self) -> list[PaperInfo]:
        """The papers in the library (None for issues whose paper is unknown), by name."""
        rows = self.conn.execute("SELECT paper, count(*), min(date), max(date) FROM issue GROUP BY paper"
                                 " ORDER BY paper IS NULL, paper")
        return [PaperInfo(r[0], r[1], _date(r[2]), _date(r[3])) for r in rows]

    def issue_dates(self, paper: str | None) -> list[dt.date]:
        """The dates of a paper's issues, oldest first (for the calendar and the year/month tree)."""
        rows = self.conn.execute("SELECT date FROM issue WHERE paper IS ? AND date IS NOT NULL ORDER BY date",
                                 (paper,))
        return [dt.date.fromisoformat(r[0]) for r in rows]

    def info(self, key: str) -> IssueInfo | None:
        """The issue with this key, or None."""
        row = self.conn.execute(f"SELECT {self._INFO_COLUMNS} FROM issue WHERE key = ?", (key,)).fetchone()
        return self._info(row) if row else None

    def find(self, paper: str | None = None, date: dt.date | None = None) -> list[IssueInfo]:
        """The issues of a date (and paper, when given)."""
        return [i for i in self.issues(paper=paper, date_from=date, date_to=date)]

    def load_issue(self, key: str) -> Issue:
        """The stored issue with this key (raises KeyError when absent)."""
        row = self.conn.execute("SELECT id FROM issue WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        return self.load_issue_by_id(row[0])

    def load_issue_by_id(self, iid: int) -> Issue:
        """The stored issue with this id (cached; treat it as read-only)."""
        row = self.conn.execute("SELECT stamp, data FROM issue WHERE id = ?", (iid,)).fetchone()
        if row is None:
            raise KeyError(iid)
        cached = self._issues.get(iid)
        if cached is not None and cached[0] == row[0]:
            self._issues.move_to_end(iid)
            return cached[1]
        articles = self.conn.execute("SELECT item, fields FROM article WHERE issue_id = ?", (iid,)).fetchall()
        try:
            issue = unpack_issue(row[1], articles)
        except (zlib.error, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError) as exc:
            raise LibraryError(self.path, f"issue {iid} is damaged ({type(exc).__name__}: {exc})", "damaged",
                               {"what": "issue", "issue": iid}) from exc
        self._issues[iid] = (row[0], issue)
        if len(self._issues) > _ISSUE_CACHE:
            self._issues.popitem(last=False)
        return issue

    def articles(self, ids: Iterable[int]) -> list[ArticleRef]:
        """The articles with these ids, in the order given (unknown ids left out)."""
        wanted = list(ids)
        found: dict[int, ArticleRef] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks_ = ",".join("?" * len(chunk))
            for r in self.conn.execute(
                    f"SELECT a.id, a.issue_id, i.key, i.paper, i.date, a.page, a.item, a.title FROM article a"
                    f" JOIN issue i ON i.id = a.issue_id WHERE a.id IN ({marks_})", chunk):
                found[r[0]] = ArticleRef(r[0], r[1], r[2], r[3], _date(r[4]), r[5], r[6], r[7])
        return [found[i] for i in wanted if i in found]

    def article_fields(self, ids: Iterable[int]) -> dict[int, list[FieldText]]:
        """The searchable field texts of these articles (without loading their issues); an article
        whose stored text cannot be read is left out and added to `damaged_articles`."""
        wanted = list(ids)
        out: dict[int, list[FieldText]] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks_ = ",".join("?" * len(chunk))
            for aid, blob in self.conn.execute(f"SELECT id, fields FROM article WHERE id IN ({marks_})", chunk):
                try:
                    fields = unpack_fields(blob)
                    if not all(isinstance(f.text, str) and isinstance(f.field, str) for f in fields):
                        raise TypeError("a field text is not text")
                except (zlib.error, ValueError, TypeError, KeyError, IndexError, AttributeError):
                    self.damaged_articles.add(aid)
                    continue
                out[aid] = fields
        return out

    def article_item(self, ref: ArticleRef) -> tuple[Issue, Item]:
        """The issue and item an article reference points at."""
        issue = self.load_issue_by_id(ref.issue_id)
        item = issue.item(ref.item)
        if item is None:
            raise KeyError(ref.item)
        return issue, item

    def iter_issues(self) -> Iterator[tuple[IssueInfo, Issue]]:
        """Every stored issue, oldest first, loaded one at a time."""
        for info in self.issues(newest_first=False):
            yield info, self.load_issue_by_id(info.id)

    def stats(self) -> dict[str, int]:
        """Counts and sizes: issues, articles, characters, pending articles, file bytes."""
        issues, articles, chars = self.conn.execute(
            "SELECT count(*), coalesce(sum(articles), 0), coalesce(sum(chars), 0) FROM issue").fetchone()
        size = sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())
        return {"issues": issues, "articles": articles, "chars": chars, "pending": self.pending_count(),
                "bytes": size}
