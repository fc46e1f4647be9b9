"""Stored jieba word boundaries (for 全词匹配), part of Library (library.py): built in the background
after an import, read by word-mode search; exact without them, only slower."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Callable, Iterable

from . import faults, wordcuts
from .packing import unpack_fields

ProgressFn = Callable[[int, int], None]  # (done, total)


class WordBoundaries:
    """Library's word-boundary methods (a mixin: the connection and the rest are Library's)."""

    conn: sqlite3.Connection

    if TYPE_CHECKING:
        def transaction(self) -> faults.WriteTransaction: ...

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
