"""`reader cite (PATH | ISSUE --library L) --item ID… [--style S]`, or `reader cite --library L --bookmarks`.

Prints the citations of articles (each whole story once) in GB/T 7714-2015 (default), RIS, BibLaTeX or
CSL-JSON. The issue is found as `dump` finds a PATH, or as `export` finds an ISSUE in the library (a
key as `list` prints it, or a date with --paper when needed).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ..core.bounds import open_issue_bounded
from ..core.citation.record import CitationRecord, citation_records
from ..core.citation.styles import STYLES, format_citations
from ..core.errors import IssueError
from ..core.library.engines import library_file
from ..core.library.location import LIBRARY_ENV
from ..core.model import Issue
from . import output
from .library_cmds import add_library_option, find_issue, open_for_cli


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the command."""
    p = sub.add_parser("cite", help="cite articles: GB/T 7714-2015, RIS, BibLaTeX or CSL-JSON")
    p.add_argument("source", nargs="?", metavar="PATH|ISSUE",
                   help="an issue file or folder, or with a library an issue key or date (YYYY-MM-DD)")
    p.add_argument("--item", action="append", default=[], metavar="ID",
                   help="an article as `dump` names it, e.g. p1-2 (repeat for several)")
    p.add_argument("--bookmarks", action="store_true", help="cite every bookmarked article of the library")
    p.add_argument("--style", choices=list(STYLES), default="gbt7714", help="the format (default gbt7714)")
    p.add_argument("--paper", metavar="NAME", help="the paper, when ISSUE is a date (or: only its bookmarks)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    add_library_option(p)
    p.set_defaults(run=run)


def _fail(message: str) -> int:
    output.problem(f"cite: {message}")
    return 2


def run(args: argparse.Namespace) -> int:
    """Print (or write) the citations; exit 2 with a one-line message on bad input."""
    if args.library is None and os.environ.get(LIBRARY_ENV) and (
            args.bookmarks or (args.source and not Path(args.source).exists())):
        args.library = os.environ[LIBRARY_ENV]
    if args.bookmarks and (args.item or args.source):
        return _fail("--bookmarks cites the library's bookmarks: give no issue or --item with it")
    if not args.bookmarks and not args.item:
        return _fail("say which articles: --item ID (ids as `dump` prints them, e.g. p1-2), or --bookmarks")
    if not args.bookmarks and not args.source:
        return _fail("give an issue PATH, or an ISSUE (key or date) with --library")
    records = _library_records(args) if args.library is not None else _path_records(args)
    if isinstance(records, int):
        return records
    text = format_citations(records, args.style)
    library = library_file(args.library) if args.library is not None else None
    return output.deliver(text, args.output, library, [args.source] if args.source else [],
                          f" ({len(records)} citation(s))")


def _records(issue: Issue, where: str, items: list[str]) -> list[CitationRecord] | int:
    missing = [i for i in items if issue.item(i) is None]
    if missing:
        return _fail(f"{where}: no article {', '.join(map(repr, missing))} (ids as `dump` prints them, e.g. p1-2)")
    return citation_records(issue, items)


def _path_records(args: argparse.Namespace) -> list[CitationRecord] | int:
    if args.bookmarks:
        return _fail(f"--bookmarks needs a library (--library or ${LIBRARY_ENV})")
    try:
        issue = open_issue_bounded(args.source)
    except IssueError as exc:
        output.problem(str(exc))
        return 2
    return _records(issue, args.source, args.item)


def _library_records(args: argparse.Namespace) -> list[CitationRecord] | int:
    from ..core.citation.library_items import records_of_bookmarks

    lib = open_for_cli(args, create=False)
    if lib is None:
        return 2
    with lib:
        if args.bookmarks:
            records = records_of_bookmarks(lib, args.paper)
            if not records:
                return _fail("no bookmarks" + (f" of {args.paper}" if args.paper else "") + f" in {lib.location}")
            return records
        found = find_issue(lib, args.source, args.paper)
        if isinstance(found, str):
            return _fail(found)
        return _records(lib.load_issue(found.key), found.key, args.item)
