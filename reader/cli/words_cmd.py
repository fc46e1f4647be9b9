"""`reader words [--library L] [--workers N]`: build the word index that 全词匹配 searches use.

Building runs jieba over every article not in the index yet (newest first, one transaction a batch):
progress goes to standard error; Ctrl+C stops it, keeping what is stored, and running it again goes on.
"""

from __future__ import annotations

import argparse

from ..core.library.importer import default_workers
from .library_cmds import add_library_option, open_for_cli
from .word_progress import build_with_progress


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the words command."""
    p = sub.add_parser("words", help="build the word index for whole-word search (全词匹配, --word)")
    p.add_argument("--workers", type=int, metavar="N",
                   help="processes running jieba (default: one per CPU, up to 4; 0: none)")
    add_library_option(p)
    p.set_defaults(run=run)


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
    print(f"word index: {stored:,} article(s) stored; library {lib.location}")
    return 0
