"""The text index's upkeep, part of Library (library.py): queue, index in batches, rebuild when the
folding tables change, merge, and give freed pages back to the disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from . import faults
from .packing import unpack_fields
from .textindex import ArticleIndex, article_index, index_signature

INDEX_BATCH_CHARS = 4_000_000  # text indexed per transaction by index_pending
# FTS5 merges index segments this many at a time (its default is 4): at 3,000 issues about a fifth less
# indexing work, for a few more segments to read per query.
INDEX_AUTOMERGE = 16

ProgressFn = Callable[[int, int], None]  # (done, total)


class IndexUpkeep:
    """Library's text index methods (a mixin: the connection and the rest are Library's)."""

    conn: sqlite3.Connection
    path: Path
    readonly: bool
    _prepared: dict[int, tuple[int, ArticleIndex]]

    if TYPE_CHECKING:
        def transaction(self) -> faults.WriteTransaction: ...
        def stats(self) -> dict[str, int]: ...

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

    def pending_count(self) -> int:
        """How many articles wait for the text index."""
        return int(self.conn.execute("SELECT count(*) FROM pending").fetchone()[0])

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
