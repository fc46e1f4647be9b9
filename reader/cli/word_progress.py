"""Building the word index from the command line, and saying that --word needs it."""

from __future__ import annotations

import shlex
import sys
import time

from ..core.library.errors import WordIndexMissing
from ..core.library.storage import LibraryStorage

PROGRESS_SECONDS = 2.0


def missing_message(exc: WordIndexMissing, location: str) -> str:
    """The line saying that --word needs the word index, and how to build it."""
    return (f"reader: --word needs the library's word index, which {exc.missing:,} of {exc.articles:,} articles "
            f"are not in yet: build it with `python -m reader words --library {shlex.quote(location)}` "
            "(or import with --words), then search again")


def build_with_progress(lib: LibraryStorage, workers: int) -> int:
    """Build the word index, saying how far it got on standard error; the number of articles stored."""
    missing = lib.words_missing()
    if not missing:
        print("word index: complete", file=sys.stderr, flush=True)
        return 0
    print(f"word index: {missing:,} article(s) to segment …", file=sys.stderr, flush=True)
    start = shown = time.monotonic()

    def progress(done: int, total: int) -> None:
        nonlocal shown
        now = time.monotonic()
        if now - shown >= PROGRESS_SECONDS or done == total:
            shown = now
            print(f"word index: {done:,}/{total:,} articles ({done * 100 // max(1, total)}%), "
                  f"{now - start:.0f} s", file=sys.stderr, flush=True)

    try:
        return lib.build_word_index(progress, workers=workers)
    except KeyboardInterrupt:
        print(f"word index: stopped; {lib.words_missing():,} article(s) still to do (run `words` again)",
              file=sys.stderr, flush=True)
        raise
