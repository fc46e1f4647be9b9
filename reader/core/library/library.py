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
import secrets
import sqlite3
import zlib
from collections import OrderedDict
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..model import Issue, Item
from ..search.fields import FieldText
from . import marks, store, wordcuts, wordindex
from .packing import PreparedIssue, pack_issue, prepare_issue, unpack_fields, unpack_issue  # noqa: F401
from .records import (ARTICLES_PER_DAY, UNDATED_DAYS, AddResult, ArticleRef, IssueInfo, PaperInfo,  # noqa: F401
                      article_id, day_number)
from .store import LibraryError
from .textindex import ArticleIndex, article_index, index_signature

INDEX_BATCH_CHARS = 4_000_000  # text indexed per transaction by index_pending
# FTS5 merges index segments this many at a time (its default is 4): at 3,000 issues about a fifth less
# indexing work, for a few more segments to read per query.
INDEX_AUTOMERGE = 16
_ISSUE_CACHE = 16

ProgressFn = Callable[[int, int], None]  # (done, total)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


class Library:
    """An open library file (see the module docstring for threads and transactions)."""

    def __init__(self, path: str | Path | None = None, create: bool = True, readonly: bool = False) -> None:
        self.path = store.resolve_library_path(path)
        self.readonly = readonly
        self.conn = store.connect(self.path, create=create, readonly=readonly)
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
            raise damaged(self.path, exc) from exc

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

    def _check_index_signature(self) -> None:
        """Queue every article for re-indexing when the folding tables changed since the index was built."""
        signature = index_signature()
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'index_signature'").fetchone()
        if row and row[0] == signature:
            return
        with self.transaction():
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'index_signature'").fetchone()
            if row and row[0] == signature:
                return  # another process brought it up to date meanwhile
            self._reindex_everything()
            self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('index_signature', ?)",
                              (signature,))

    def _check_index_merging(self) -> None:
        """Set both index tables to merge INDEX_AUTOMERGE segments at a time (libraries made before)."""
        tables = ("text_index", "char_index")
        current = [self.conn.execute(f"SELECT v FROM {t}_config WHERE k = 'automerge'").fetchone() for t in tables]
        if all(row is not None and row[0] == INDEX_AUTOMERGE for row in current):
            return
        with self.transaction() as conn:
            for table in tables:
                conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('automerge', ?)", (INDEX_AUTOMERGE,))

    class _Txn:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def __enter__(self) -> sqlite3.Connection:
            self.conn.execute("BEGIN IMMEDIATE")
            return self.conn

        def __exit__(self, exc_type: object, *rest: object) -> None:
            self.conn.execute("ROLLBACK" if exc_type else "COMMIT")

    def transaction(self) -> Library._Txn:
        """A write transaction (BEGIN IMMEDIATE … COMMIT, ROLLBACK on error): `with lib.transaction() as conn:`."""
        if self.readonly:
            raise LibraryError(self.path, "is open read-only")
        return Library._Txn(self.conn)

    # -- adding and removing issues -------------------------------------------------------------

    def add_issue(self, issue: Issue, source: str | None = None) -> AddResult:
        """Store an issue (replacing the one with the same key) in one transaction; queue its articles."""
        return self.add_prepared(prepare_issue(issue, source))

    def add_prepared(self, prep: PreparedIssue) -> AddResult:
        """Store an issue made ready by prepare_issue (which may run in another process)."""
        if len(prep.items) > ARTICLES_PER_DAY:
            raise LibraryError(self.path, f"{prep.key}: {len(prep.items)} articles, more than one issue may hold")
        stamp = secrets.randbits(62)
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
        for aid, x in zip(ids, prep.indexes):
            if x.rows:
                self._prepared[aid] = (stamp, x)
        info = IssueInfo(iid, prep.key, prep.paper, prep.date, prep.format, prep.source, prep.pages,
                         len(prep.items), prep.chars, imported)
        return AddResult(info, old is not None)

    def _allocate(self, date: dt.date | None, count: int) -> tuple[int, int]:
        """A day and a free run of `count` article offsets in it (inside a write transaction)."""
        if date is not None:
            day = day_number(date)
            found = self._free_run(day, count)
            if found is None:
                raise LibraryError(self.path, f"more than {ARTICLES_PER_DAY} articles on {date.isoformat()}")
            return day, found
        days = [r[0] for r in self.conn.execute(
            "SELECT DISTINCT day FROM issue WHERE day < ? ORDER BY day", (UNDATED_DAYS,))]
        for day in days:
            found = self._free_run(day, count)
            if found is not None:
                return day, found
        day = (days[-1] + 1) if days else 1
        if day >= UNDATED_DAYS:
            raise LibraryError(self.path, "too many issues without a date")
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

    def _reindex_everything(self) -> None:
        self.conn.execute("INSERT INTO text_index (text_index) VALUES ('delete-all')")
        self.conn.execute("INSERT INTO char_index (char_index) VALUES ('delete-all')")
        self.conn.execute("INSERT OR IGNORE INTO pending (article_id) SELECT id FROM article")

    def compact(self) -> None:
        """Return the pages freed by index merges and removals to the file system."""
        if not self.readonly:
            self.conn.execute("PRAGMA incremental_vacuum")

    def remove(self, key: str) -> bool:
        """Remove the issue with this key (bookmarks and positions stay); False when there is none."""
        with self.transaction() as conn:
            row = conn.execute("SELECT id FROM issue WHERE key = ?", (key,)).fetchone()
            if row is None:
                return False
            self._delete_issue(row[0])
        return True

    # -- the text index -------------------------------------------------------------------------

    def pending_count(self) -> int:
        """How many articles wait for the text index."""
        return self.conn.execute("SELECT count(*) FROM pending").fetchone()[0]

    def index_pending(self, progress: ProgressFn | None = None, batch_chars: int = INDEX_BATCH_CHARS,
                      cancelled: Callable[[], bool] | None = None) -> int:
        """Put every queued article into the text index, one transaction a batch (cancelled: asked
        between batches); the number indexed."""
        total = self.pending_count()
        done = 0
        while cancelled is None or not cancelled():
            with self.transaction() as conn:
                chosen, size = [], 0
                for aid, chars, stamp in conn.execute(
                        "SELECT a.id, a.chars, i.stamp FROM pending p JOIN article a ON a.id = p.article_id"
                        " JOIN issue i ON i.id = a.issue_id ORDER BY a.id"):
                    chosen.append((aid, stamp))
                    size += chars
                    if size >= batch_chars:
                        break
                if not chosen:
                    break
                self._write_rows(self._index_rows(chosen))
                conn.executemany("DELETE FROM pending WHERE article_id = ?", [(aid,) for aid, _ in chosen])
            done += len(chosen)
            if progress:
                progress(done, max(total, done))
        self._prepared.clear()
        return done

    def _index_rows(self, chosen: list[tuple[int, int]]) -> list[tuple[int, ArticleIndex]]:
        out: list[tuple[int, ArticleIndex]] = []
        missing: list[int] = []
        for aid, stamp in chosen:
            prepared = self._prepared.pop(aid, None)
            if prepared is not None and prepared[0] == stamp:
                out.append((aid, prepared[1]))
            else:
                missing.append(aid)
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            marks_ = ",".join("?" * len(chunk))
            for aid, blob in self.conn.execute(f"SELECT id, fields FROM article WHERE id IN ({marks_})", chunk):
                out.append((aid, article_index(unpack_fields(blob))))
        return out

    def _write_rows(self, articles: list[tuple[int, ArticleIndex]], delete: bool = False) -> None:
        """Add articles' rows to both index tables (or delete them: contentless tables need the values
        that were added). Rowids go in ascending: FTS5 writes its pending terms out as a new segment
        whenever a rowid is lower than the one before (an article with Traditional characters has
        two negative rowids), which made indexing about twice as slow and the index larger."""
        rows = sorted(((r.space.rowid(aid), r) for aid, index in articles for r in index.rows),
                      key=lambda row: row[0])
        cmd = "'delete', " if delete else ""
        self.conn.executemany(
            f"INSERT INTO text_index ({'text_index, ' if delete else ''}rowid, body, head) VALUES ({cmd}?,?,?)",
            [(rowid, r.body, r.head) for rowid, r in rows])
        self.conn.executemany(
            f"INSERT INTO char_index ({'char_index, ' if delete else ''}rowid, chars) VALUES ({cmd}?,?)",
            [(rowid, r.chars) for rowid, r in rows])

    # -- the word index (word mode, see wordindex.py) ------------------------------------------

    def words_missing(self) -> int:
        """How many articles are not in the word index yet (see build_word_index)."""
        return wordindex.state(self.conn, 0).missing

    def build_word_index(self, progress: ProgressFn | None = None, cancelled: Callable[[], bool] | None = None,
                         workers: int = 0, batch: int = wordindex.BATCH_ARTICLES) -> int:
        """Put every article lacking it into the word index (slow: jieba; run it in the background after
        an import). Returns how many were stored. See wordindex.build."""
        return wordindex.build(self.conn, self.transaction, progress, cancelled, workers, batch)

    def article_cuts(self, ids: Iterable[int]) -> dict[int, list[wordcuts.Bounds]]:
        """Stored word boundaries of these articles (those that have them), for plain search."""
        fields = self.article_fields(ids)
        return wordindex.article_cuts(self.conn, fields, {a: len(f) for a, f in fields.items()}, False)

    # -- reading --------------------------------------------------------------------------------

    _INFO_COLUMNS = "id, key, paper, date, format, source, pages, articles, chars, imported"

    @staticmethod
    def _info(row: tuple) -> IssueInfo:
        return IssueInfo(row[0], row[1], row[2], _date(row[3]), row[4], row[5], row[6], row[7], row[8], row[9])

    def issues(self, paper: str | None = None, date_from: dt.date | None = None,
               date_to: dt.date | None = None, newest_first: bool = True) -> list[IssueInfo]:
        """The stored issues, by date (newest first unless told), optionally of one paper or date range."""
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
        return [self._info(r) for r in self.conn.execute(sql, params)]

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
        except (zlib.error, ValueError, KeyError, TypeError, IndexError) as exc:
            raise LibraryError(self.path, f"issue {iid} is damaged ({exc})") from exc
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
        """The searchable field texts of these articles (without loading their issues)."""
        wanted = list(ids)
        out: dict[int, list[FieldText]] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks_ = ",".join("?" * len(chunk))
            for aid, blob in self.conn.execute(f"SELECT id, fields FROM article WHERE id IN ({marks_})", chunk):
                try:
                    out[aid] = unpack_fields(blob)
                except (zlib.error, ValueError, TypeError) as exc:
                    raise LibraryError(self.path, f"article {aid} is damaged ({exc})") from exc
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

    # -- bookmarks and reading positions (see marks.py) -----------------------------------------

    def add_bookmark(self, key: str, item: str, note: str = "") -> marks.Bookmark:
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

    def bookmarks(self, paper: str | None = None) -> list[marks.Bookmark]:
        """Bookmarks, newest first, optionally of one paper."""
        return marks.bookmarks(self.conn, paper)

    def is_bookmarked(self, key: str, item: str) -> bool:
        """Whether this article is bookmarked."""
        return marks.is_bookmarked(self.conn, key, item)

    def set_position(self, key: str, page: int | None, item: str | None, fraction: float = 0.0) -> None:
        """Remember where reading of an issue stopped."""
        with self.transaction() as conn:
            marks.set_position(conn, key, page, item, fraction)

    def position(self, key: str) -> marks.ReadingPosition | None:
        """Where reading of an issue stopped, or None."""
        return marks.position(self.conn, key)

    def recent_positions(self, limit: int = 20) -> list[marks.ReadingPosition]:
        """The issues read most recently ("continue reading"), newest first."""
        return marks.recent_positions(self.conn, limit)

    def mark_read(self, key: str, items: list[str], read: bool = True) -> None:
        """Remember articles of an issue as read (or, read=False, as unread again)."""
        with self.transaction() as conn:
            (marks.mark_read if read else marks.forget_read)(conn, key, items)

    def read_items(self, key: str) -> set[str]:
        """The ids of an issue's articles that were read."""
        return marks.read_items(self.conn, key)


def damaged(path: Path, exc: BaseException) -> LibraryError:
    """The LibraryError for an SQLite error met while using a library (a damaged file)."""
    return LibraryError(path, f"is damaged ({exc}); it is left as it is: open another library, "
                              "or rebuild this one (its issues are imported again where possible)")

