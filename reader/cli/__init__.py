"""`python -m reader`: the command line, one module a command."""

from __future__ import annotations

import argparse
import os
import sys
from types import ModuleType

from . import cite, define, dump, library_cmds, search, trend, words_cmd

# Each command module defines add_parser(subparsers) and run(args) -> exit status.
COMMANDS: list[ModuleType] = [dump, search, library_cmds, words_cmd, define, cite, trend]


def build_parser() -> argparse.ArgumentParser:
    """The parser with every command."""
    parser = argparse.ArgumentParser(prog="reader",
                                     description="报纸阅读器: read Chinese newspaper issues.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run a command; exit status 0 on success, 2 for bad input."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        status = int(args.run(args))
        sys.stdout.flush()
    except BrokenPipeError:  # `reader dump … | head`: the reader went away, not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return status
