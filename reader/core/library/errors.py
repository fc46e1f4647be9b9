"""What a library engine raises, whichever engine it is: a library that cannot be used, and word mode
asked of a library whose word index is not built yet. Both carry a code for the GUI to word."""

from __future__ import annotations

from ..errors import ReaderError


class LibraryError(ReaderError):
    """A library that cannot be used (or not for this): names its location, the problem and its code.

    Codes: missing, folder, not-sqlite, foreign, newer, older-read-only, damaged, cannot-create,
    cannot-open, read-only, disk-full, io-error, busy, full-day, engine-unavailable, error.
    """

    default_code = "error"


class WordIndexMissing(Exception):  # noqa: N818  (a state the GUI words, not a program error)
    """Word mode was asked of a library whose word index lacks too many articles to check them on the
    spot: `missing` of `articles` (code "word-index-missing"; build it with build_word_index)."""

    code = "word-index-missing"

    def __init__(self, missing: int, articles: int) -> None:
        super().__init__(f"whole-word search needs the word index: {missing} of {articles} articles "
                         "are not in it yet (build it first)")
        self.missing = missing
        self.articles = articles
