"""`python -m reader`: the command line, one module a command."""

from __future__ import annotations

import argparse
import os
import sys
from types import ModuleType

from ..core.errors import ReaderError
from ..core.library.errors import LibraryError
from . import cite, define, dump, library_cmds, output, search, trend, words_cmd

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
    """Run a command; exit status 0 on success, 2 for bad input (one line on stderr naming the file).

    No traceback reaches the user: a problem with a file or the library is one line; anything
    unforeseen is one line too (set $READER_DEBUG to see the traceback)."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
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
    except KeyboardInterrupt:
        output.problem("interrupted")
        return 130
    except ReaderError as exc:
        prefix = "library " if isinstance(exc, LibraryError) else ""
        output.problem(f"{prefix}{exc}")
        return 2
    except Exception as exc:  # a bug: still one line, never a traceback (unless asked for)
        if os.environ.get("READER_DEBUG"):
            raise
        output.problem(f"{args.command}: failed ({type(exc).__name__}: {exc}); set READER_DEBUG=1 for details")
        return 2
    return status
