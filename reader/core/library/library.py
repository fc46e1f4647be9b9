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
import os
import sqlite3
import sys
import time
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..model import Issue, Item
from ..search.fields import FieldText
from . import faults, marks, sources, store, wordcuts
from .packing import PreparedIssue, pack_issue, prepare_issue, unpack_fields, unpack_issue  # noqa: F401
from .records import ARTICLES_PER_DAY, UNDATED_DAYS, ArticleRef, IssueInfo, article_id, day_number
from .store import LibraryError
from .textindex import ArticleIndex, article_index, index_signature

INDEX_BATCH_CHARS = 4_000_000  # text indexed per transaction by index_pending
# FTS5 merges index segments this many at a time (its default is 4): at 3,000 issues about a fifth less
# indexing work, for a few more segments to read per query.
INDEX_AUTOMERGE = 16
TEST_PAUSE_ENV = "READER_LIBRARY_TEST_PAUSE"  # tests: "N:SECONDS" sleeps inside the N-th add_issue,
#                                               "index:SECONDS" inside the first index batch
_ISSUE_CACHE = 16

ProgressFn = Callable[[int, int], None]  # (done, total)


@dataclass(frozen=True)
class AddResult:
    """What add_issue did: the issue as stored, whether it replaced an earlier copy, and whether
    nothing was written because the library holds this issue already, unchanged."""

    info: IssueInfo
    replaced: bool
    unchanged: bool = False


@dataclass(frozen=True)
class PaperInfo:
    """A paper in the library: how many issues, the first and last date."""

    name: str | None
    issues: int
    first: dt.date | None
    last: dt.date | None


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except (TypeError, ValueError):  # a damaged row: the date is unknown
        return None


class Library:
    """An open library file (see the module docstring for threads and transactions)."""

    def __init__(self, path: str | Path | None = None, create: bool = True, readonly: bool = False) -> None:
        self.path = store.resolve_library_path(path)
        self.conn, self.readonly_reason = store.connect(self.path, create=create, readonly=readonly)
        self.readonly = readonly or self.readonly_reason is not None  # asked for, or no write access
        self.damaged_articles: set[int] = set()  # articles whose stored text could not be read
        self._prepared: dict[int, tuple[int, ArticleIndex]] = {}  # article id → (issue stamp, rows)
        self._issues: OrderedDict[int, tuple[int, Issue]] = OrderedDict()  # id → (stamp, issue)
        self._adds = 0
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
                                       "and bookmarks need write access", "read-only", {"what": what})

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
        self._adds += 1
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
            self._test_pause(str(self._adds))
        for aid, x in zip(ids, prep.indexes):
            if x.rows:
                self._prepared[aid] = (stamp, x)
        info = IssueInfo(iid, prep.key, prep.paper, prep.date, prep.format, prep.source, prep.pages,
                         len(prep.items), prep.chars, imported)
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

    def _test_pause(self, where: str) -> None:
        """Sleep mid-transaction when $READER_LIBRARY_TEST_PAUSE says so (kill-safety tests)."""
        spec = os.environ.get(TEST_PAUSE_ENV)
        if not spec:
            return
        when, _, seconds = spec.partition(":")
        if when == where:
            print(f"library: test pause inside {where}", file=sys.stderr, flush=True)
            time.sleep(float(seconds or "60"))

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
        conn.execute("DELETE FROM pending WHERE article_id IN (SELECT id FROM article WHERE issue_id = ?)",
                     (iid,))
        conn.execute("DELETE FROM article WHERE issue_id = ?", (iid,))
        conn.execute("DELETE FROM issue WHERE id = ?", (iid,))
        self._issues.pop(iid, None)

    def _reindex_everything(self) -> None:
        self.conn.execute("INSERT INTO text_index (text_index) VALUES ('delete-all')")
        self.conn.execute("INSERT INTO char_index (char_index) VALUES ('delete-all')")
        self.conn.execute("INSERT OR IGNORE INTO pending (article_id) SELECT id FROM article")

    def compact(self, full: bool = False) -> tuple[int, int]:
        """Return the pages freed by index merges and removals to the file system; with `full`, first
        merge each text index into one segment (dropping what deleted and replaced articles left in
        it: slow on a large library) and empty the write-ahead log. The file bytes before and after."""
        before = self.stats()["bytes"]
        if self.readonly:
            return before, before
        try:
            if full:
                for table in ("text_index", "char_index"):
                    with self.transaction() as conn:
                        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
            # each step of this pragma frees one page, and execute() steps once: executescript runs it out
            self.conn.executescript("PRAGMA incremental_vacuum;")
            if full:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            raise faults.sqlite_problem(self.path, exc) from exc
        return before, self.stats()["bytes"]

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

    def index_pending(self, progress: ProgressFn | None = None,
                      batch_chars: int = INDEX_BATCH_CHARS) -> int:
        """Put every queued article into the text index, one transaction a batch; the number indexed."""
        total = self.pending_count()
        done = 0
        while True:
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
                if done == 0:
                    self._test_pause("index")
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

    # -- word boundaries (word mode) -------------------------------------------------------------

    def _word_signature_ok(self) -> bool:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'word_signature'").fetchone()
        return bool(row) and row[0] == wordcuts.signature()

    def words_missing(self) -> int:
        """How many articles have no stored word boundaries yet (see build_word_index)."""
        if not self._word_signature_ok():
            return self.conn.execute("SELECT count(*) FROM article").fetchone()[0]
        return self.conn.execute("SELECT count(*) FROM article a LEFT JOIN word_cuts w ON w.article_id = a.id"
                                 " WHERE w.article_id IS NULL").fetchone()[0]

    def build_word_index(self, progress: ProgressFn | None = None,
                         cancelled: Callable[[], bool] | None = None, batch: int = 200) -> int:
        """Store jieba word boundaries for every article lacking them (slow: run it in the background
        after an import; word mode is exact without them, only slower). Returns how many were stored."""
        from ..search import words

        words.warm_up()
        if not self._word_signature_ok():
            with self.transaction() as conn:
                conn.execute("DELETE FROM word_cuts")
                conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('word_signature', ?)",
                             (wordcuts.signature(),))
        total, done = self.words_missing(), 0
        while cancelled is None or not cancelled():
            rows = self.conn.execute(
                "SELECT a.id, a.digest, a.fields FROM article a LEFT JOIN word_cuts w ON w.article_id = a.id"
                " WHERE w.article_id IS NULL ORDER BY a.id DESC LIMIT ?", (batch,)).fetchall()
            if not rows:
                break
            packed = [(aid, wordcuts.pack_cuts(wordcuts.field_cuts(unpack_fields(blob))), aid, digest)
                      for aid, digest, blob in rows]
            with self.transaction() as conn:  # only for articles still holding the text segmented
                conn.executemany("INSERT OR REPLACE INTO word_cuts (article_id, cuts) SELECT ?, ?"
                                 " WHERE EXISTS (SELECT 1 FROM article WHERE id = ? AND digest = ?)", packed)
            done += len(rows)
            if progress:
                progress(done, max(total, done))
        return done

    def article_cuts(self, ids: Iterable[int]) -> dict[int, list[wordcuts.Bounds]]:
        """Stored word boundaries of these articles (those that have them)."""
        wanted = list(ids)
        if not wanted or not self._word_signature_ok():
            return {}
        out: dict[int, list[wordcuts.Bounds]] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks_ = ",".join("?" * len(chunk))
            for aid, blob in self.conn.execute(
                    f"SELECT article_id, cuts FROM word_cuts WHERE article_id IN ({marks_})", chunk):
                out[aid] = wordcuts.unpack_cuts(blob)
        return out

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


def open_library(path: str | Path | None = None, create: bool = True, readonly: bool = False) -> Library:
    """Open (or create) the library at path, $READER_LIBRARY or the default place."""
    return Library(path, create=create, readonly=readonly)
