"""The word index: jieba words as FTS5 tokens, so word mode (全词匹配) is answered by SQLite.

Why: a word-mode hit is a substring hit whose start and end are jieba word boundaries, so exactly
where the jieba words of the text tile the term. With each word a token (wordcuts.py), a term
matches where one of its *compositions* (the ways to cut it into words the index holds) is a phrase
of consecutive tokens; the index answers every word-mode query exactly, counted and paged by SQLite
like plain search (wordquery.py makes the expressions). Measured against the other designs in the
README ("Word mode").

Tables (made by the first build, in the file's own transaction, so a library without them works):
- word_index: FTS5, contentless, one row per article and rowid space (as text_index);
- word_vocab: every token ever indexed (a superset: rows are not removed with their articles), for
  finding a term's compositions without reading postings;
- word_cuts (in the schema): an article's boundaries; an article has word rows exactly when it has
  a word_cuts row. Its rows are deleted with the issue (made again from the boundaries).
Building runs jieba over every article (a few hundred thousand characters a second per process), so
it is its own step: `build` with progress and cancel, after an import or when word mode asks for it.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import zlib
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Callable, ContextManager, Iterable

from ..errors import WordIndexMissing as WordIndexMissing  # noqa: PLC0414  (engine-neutral: errors.py)
from ..reading import watch_parent
from .packing import unpack_fields
from .wordcuts import ArticleWords, Bounds, article_words, mode_cuts, signature, stored_rows

ProgressFn = Callable[[int, int], None]  # (done, total)
BATCH_ARTICLES = 200
READ_AHEAD = 4  # batches segmented ahead per worker

_TABLES = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS word_index USING fts5 (words, content='', tokenize='ascii', columnsize=0)",
    "CREATE TABLE IF NOT EXISTS word_vocab (token TEXT PRIMARY KEY) WITHOUT ROWID",
)
_SETTINGS = (("pgsz", 4000), ("hashsize", 67108864), ("automerge", 16))


@dataclass(frozen=True)
class WordState:
    """How far the word index is built: articles in the library, how many it lacks, and (when they
    are few, see `missing_ids`) which ones."""

    articles: int
    missing: int
    missing_ids: frozenset[int] | None
    current: bool = True  # False: no word index, or one built with another jieba or other codewords

    @property
    def complete(self) -> bool:
        return self.missing == 0


def has_tables(conn: sqlite3.Connection) -> bool:
    """Whether the word index tables exist."""
    found: int = conn.execute("SELECT count(*) FROM sqlite_master WHERE name IN ('word_index', 'word_vocab')"
                              ).fetchone()[0]
    return found == 2


def is_current(conn: sqlite3.Connection) -> bool:
    """Whether the word index exists and was built with this jieba and these codeword tables."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'word_signature'").fetchone()
    return bool(row) and row[0] == signature() and has_tables(conn)


def state(conn: sqlite3.Connection, id_limit: int) -> WordState:
    """The word index's state now (ids of the missing articles when at most id_limit are missing)."""
    articles = conn.execute("SELECT count(*) FROM article").fetchone()[0]
    current = is_current(conn)
    missing = articles - conn.execute("SELECT count(*) FROM word_cuts").fetchone()[0] if current else articles
    ids = None
    if missing <= id_limit:
        ids = frozenset(r[0] for r in conn.execute(
            "SELECT a.id FROM article a WHERE NOT EXISTS (SELECT 1 FROM word_cuts w WHERE w.article_id = a.id)"
            if current else "SELECT id FROM article"))
    return WordState(articles, missing, ids, current)


def _reset(conn: sqlite3.Connection) -> None:
    """Drop the word index and make it anew, empty, for this signature (inside a write transaction)."""
    conn.execute("DROP TABLE IF EXISTS word_index")
    conn.execute("DROP TABLE IF EXISTS word_vocab")
    conn.execute("DELETE FROM word_cuts")
    for statement in _TABLES:
        conn.execute(statement)
    for key, value in _SETTINGS:
        conn.execute("INSERT INTO word_index (word_index, rank) VALUES (?, ?)", (key, value))
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('word_signature', ?)", (signature(),))


def _segment(rows: list[tuple[int, bytes]]) -> list[tuple[int, ArticleWords | None]]:
    """Word rows of articles (id, fields blob): the jieba work, in any process."""
    from ...search import words

    words.warm_up()
    return [(aid, article_words(unpack_fields(blob))) for aid, blob in rows]


def _write(conn: sqlite3.Connection, batch: list[tuple[int, int, ArticleWords | None]]) -> int:
    """Store segmented articles still as they were read (same digest, no rows yet); how many."""
    wanted = {aid: digest for aid, digest, _w in batch}
    marks = ",".join("?" * len(wanted))
    current = {aid: digest for aid, digest in conn.execute(
        f"SELECT a.id, a.digest FROM article a WHERE a.id IN ({marks})"
        " AND NOT EXISTS (SELECT 1 FROM word_cuts w WHERE w.article_id = a.id)", list(wanted))}
    fresh = [(aid, w) for aid, digest, w in batch if current.get(aid) == digest]
    rows = sorted(((r.space.rowid(aid), r.tokens) for aid, w in fresh if w for r in w.rows), key=lambda r: r[0])
    conn.executemany("INSERT INTO word_index (rowid, words) VALUES (?, ?)", rows)
    vocabulary = set().union(*(w.vocabulary for _aid, w in fresh if w))
    conn.executemany("INSERT OR IGNORE INTO word_vocab (token) VALUES (?)", [(t,) for t in vocabulary])
    conn.executemany("INSERT INTO word_cuts (article_id, cuts) VALUES (?, ?)",
                     [(aid, w.cuts if w else b"") for aid, w in fresh])
    return len(fresh)


def build(conn: sqlite3.Connection, transaction: Callable[[], ContextManager[sqlite3.Connection]],
          progress: ProgressFn | None = None, cancelled: Callable[[], bool] | None = None,
          workers: int = 0, batch: int = BATCH_ARTICLES) -> int:
    """Put every article lacking them into the word index, newest first, one transaction a batch (a
    killed or cancelled build keeps what it stored). `workers` > 0 runs jieba in that many forked
    processes (only from a single-threaded program, as import); `transaction` opens a write transaction
    on conn. Returns how many were stored."""
    from ...search import words

    words.warm_up()
    if not is_current(conn):
        with transaction():
            if not is_current(conn):
                _reset(conn)
    total = state(conn, 0).missing
    done = 0
    last = None  # article ids below this one are still to do (newest first)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=watch_parent, initargs=(os.getpid(),)) if workers > 0 else None
    window: deque[tuple[list[tuple[int, int]], Future[list[tuple[int, ArticleWords | None]]] | None,
                        list[tuple[int, bytes]]]] = deque()

    def read_batch() -> bool:
        nonlocal last
        rows = conn.execute(
            "SELECT a.id, a.digest, a.fields FROM article a WHERE a.id < ? AND NOT EXISTS"
            " (SELECT 1 FROM word_cuts w WHERE w.article_id = a.id) ORDER BY a.id DESC LIMIT ?",
            (last if last is not None else 1 << 62, batch)).fetchall()
        if not rows:
            return False
        last = rows[-1][0]
        blobs = [(aid, blob) for aid, _digest, blob in rows]
        window.append(([(aid, digest) for aid, digest, _blob in rows],
                       pool.submit(_segment, blobs) if pool else None, blobs))
        return True

    try:
        while cancelled is None or not cancelled():
            while len(window) < max(1, workers * READ_AHEAD) and read_batch():
                pass
            if not window:
                break
            ids, future, blobs = window.popleft()
            segmented = dict(future.result() if future else _segment(blobs))
            with transaction() as c:
                stored = _write(c, [(aid, digest, segmented[aid]) for aid, digest in ids])
            done += stored
            if progress:
                progress(done, max(total, done))
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return done


def forget_issue(conn: sqlite3.Connection, issue_id: int) -> None:
    """Delete the word rows of an issue's articles (inside the write transaction deleting it). Rows that
    cannot be made again exactly (other codeword tables) mean the index is unsure: it is emptied and
    its articles count as missing, to be built again."""
    if not has_tables(conn):
        return
    found = conn.execute("SELECT a.id, a.fields, w.cuts FROM article a JOIN word_cuts w ON w.article_id = a.id"
                         " WHERE a.issue_id = ?", (issue_id,)).fetchall()
    deletes: list[tuple[int, str]] = []
    for aid, blob, cuts in found:
        if not cuts:
            continue
        rows = stored_rows(unpack_fields(blob), cuts)
        if rows is None:
            _reset(conn)
            return
        deletes += [(r.space.rowid(aid), r.tokens) for r in rows]
    deletes.sort()
    conn.executemany("INSERT INTO word_index (word_index, rowid, words) VALUES ('delete', ?, ?)", deletes)
    conn.execute("DELETE FROM word_cuts WHERE article_id IN (SELECT id FROM article WHERE issue_id = ?)",
                 (issue_id,))


def article_cuts(conn: sqlite3.Connection, ids: Iterable[int], fields: dict[int, int],
                 variants: bool) -> dict[int, list[Bounds]]:
    """Stored word boundaries of these articles (those that have them) for plain search or 繁简通搜;
    `fields`: how many fields each article has."""
    wanted = list(ids)
    if not wanted or not is_current(conn):
        return {}
    out: dict[int, list[Bounds]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for aid, blob in conn.execute(f"SELECT article_id, cuts FROM word_cuts WHERE article_id IN ({marks})",
                                      chunk):
            try:
                cuts = mode_cuts(blob, fields.get(aid, -1), variants) if blob else None
            except (zlib.error, ValueError):
                cuts = None  # damaged: the boundaries around each hit are segmented instead
            if cuts is not None:
                out[aid] = cuts
    return out
