"""`reader words [--library L] [--workers N]`: build the word index that 全词匹配 searches use.

Building runs jieba over every article not in the index yet (newest first, one transaction a batch):
progress goes to standard error; Ctrl+C stops it, keeping what is stored, and running it again goes on.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import time
from pathlib import Path

from ..core.library.importer import default_workers
from ..core.library.library import Library
from ..core.library.wordindex import WordIndexMissing
from .library_cmds import add_library_option, open_for_cli

PROGRESS_SECONDS = 2.0


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the words command."""
    p = sub.add_parser("words", help="build the word index for whole-word search (全词匹配, --word)")
    p.add_argument("--workers", type=int, metavar="N",
                   help="processes running jieba (default: one per CPU, up to 4; 0: none)")
    add_library_option(p)
    p.set_defaults(run=run)


def missing_message(exc: WordIndexMissing, path: Path) -> str:
    """The line saying that --word needs the word index, and how to build it."""
    return (f"reader: --word needs the library's word index, which {exc.missing:,} of {exc.articles:,} articles "
            f"are not in yet: build it with `python -m reader words --library {shlex.quote(str(path))}` "
            "(or import with --words), then search again")


def build_with_progress(lib: Library, workers: int) -> int:
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


def run(args: argparse.Namespace) -> int:
    """Build the word index of the library."""
    lib = open_for_cli(args, create=False)
    if lib is None:
        return 2
    workers = default_workers() if args.workers is None else max(0, args.workers)
    with lib:
        try:
            stored = build_with_progress(lib, workers)
        except KeyboardInterrupt:
            return 130
    print(f"word index: {stored:,} article(s) stored; library {lib.path}")
    return 0
