"""The word index (for 全词匹配, see wordindex.py), part of Library (library.py): built in the background
after an import, read by word-mode search; exact without it, only slower."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:
    from ...search.fields import FieldText

from . import faults, wordcuts, wordindex

ProgressFn = Callable[[int, int], None]  # (done, total)


class WordBoundaries:
    """Library's word-boundary methods (a mixin: the connection and the rest are Library's)."""

    conn: sqlite3.Connection

    if TYPE_CHECKING:
        def transaction(self) -> faults.WriteTransaction: ...
        def article_fields(self, ids: Iterable[int]) -> dict[int, list[FieldText]]: ...

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
