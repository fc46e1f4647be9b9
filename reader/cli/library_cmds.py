"""Library commands: `import PATH…`, `list`, `remove ISSUE…`, `export ISSUE [--item ID]`, `compact`.

The library is --library PATH, else $READER_LIBRARY, else library.sqlite3 in the user data folder.
An ISSUE is named by its key as `list` prints it (人民日报:2026-06-12, content:…), or by its date
(2026-06-12) when one paper has an issue that day or --paper says which.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Literal

from ..core.errors import display_path
from ..core.library.engines import open_library
from ..core.library.errors import LibraryError
from ..core.library.export import export_article, export_issue
from ..core.library.importer import ImportEvent, default_workers
from ..core.library.location import LIBRARY_ENV, resolve_location
from ..core.library.records import IssueInfo, parse_day
from ..core.library.storage import LibraryStorage
from ..core.safe_write import issue_sources
from . import output


def add_library_option(p: argparse.ArgumentParser) -> None:
    """--library LOCATION (default $READER_LIBRARY, else the user data folder)."""
    p.add_argument("--library", metavar="L",
                   help=f"the library: a file (or sqlite:FILE) (default ${LIBRARY_ENV}, else {resolve_default()})")


def resolve_default() -> str:
    """The default library path, for help texts."""
    try:
        return resolve_location(None)
    except Exception:  # platformdirs cannot say: help text only
        return "the user data folder"


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register import, list, remove and export."""
    p = sub.add_parser("import", help="import issues (files and folders, recursively) into the library")
    p.add_argument("paths", nargs="+", metavar="PATH", help="issue files or folders of issues")
    p.add_argument("--quiet", action="store_true", help="print only the summary and skips")
    p.add_argument("--words", action="store_true",
                   help="also build the word index now (needed by 全词匹配 searches; takes a while; see `words`)")
    p.add_argument("--workers", type=int, metavar="N",
                   help="processes reading issues while they are stored (default: one per CPU, up to 4; 0: none, "
                        "and then no time or memory bound)")
    p.add_argument("--force", action="store_true", help="store every issue again, even one already stored unchanged")
    add_library_option(p)
    p.set_defaults(run=run_import)

    p = sub.add_parser("compact", help="give the space left by removed and replaced issues back to the disk")
    add_library_option(p)
    p.set_defaults(run=run_compact)

    p = sub.add_parser("list", help="list the issues in the library")
    p.add_argument("--paper", metavar="NAME", help="only this paper")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="issues from this date")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="issues up to this date")
    p.add_argument("--json", action="store_true", help="print the issues as JSON")
    add_library_option(p)
    p.set_defaults(run=run_list)

    p = sub.add_parser("remove", help="remove issues from the library")
    p.add_argument("issues", nargs="+", metavar="ISSUE", help="a key as `list` prints it, or a date")
    p.add_argument("--paper", metavar="NAME", help="the paper, when ISSUE is a date")
    add_library_option(p)
    p.set_defaults(run=run_remove)

    p = sub.add_parser("export", help="export an article or a whole issue as Markdown or text, with citation")
    p.add_argument("issue", metavar="ISSUE", help="a key as `list` prints it, or a date")
    p.add_argument("--item", metavar="ID", help="only this article (and the rest of its story), e.g. p1-2")
    p.add_argument("--paper", metavar="NAME", help="the paper, when ISSUE is a date")
    p.add_argument("--text", action="store_true", help="plain text instead of Markdown")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    add_library_option(p)
    p.set_defaults(run=run_export)


def open_for_cli(args: argparse.Namespace, create: bool = True) -> LibraryStorage | None:
    """The library the arguments name, or None after printing why it cannot be opened."""
    try:
        return open_library(args.library, "create" if create else "open")
    except LibraryError as exc:
        output.problem(f"library {exc}")
        if exc.code not in ("missing", "read-only", "cannot-create"):
            output.problem("the file is left as it is: use another library with --library, or move it aside "
                           "together with its -wal and -shm files and import the issues again")
        return None


def writable_for_cli(lib: LibraryStorage, doing: str) -> bool:
    """True when the library can be changed; else says why (one line) and closes it."""
    if not lib.capabilities.read_only:
        return True
    output.problem(f"library {display_path(lib.location)}: is read-only (the file, its folder or the file system): "
                   f"it can be read and searched; {doing} needs write access")
    lib.close()
    return False


def run_import(args: argparse.Namespace) -> int:
    """Import; one line per issue and per skipped path, then a summary."""
    lib = open_for_cli(args)
    if lib is None or not writable_for_cli(lib, "importing"):
        return 2

    stored = []

    def show(event: ImportEvent) -> None:
        if event.kind in ("imported", "replaced"):
            stored.append(event)
        if event.kind == "skipped":
            output.say(f"skipped  {display_path(event.path or '')}: {event.reason}")
        elif event.kind in ("imported", "replaced", "unchanged") and not args.quiet and event.info is not None:
            verb = {"imported": "imported", "replaced": "replaced", "unchanged": "unchanged"}[event.kind]
            note = "  (already in the library as it is: not stored again)" if event.kind == "unchanged" else ""
            output.say(f"{verb} {describe(event.info)}  ← {display_path(event.path or '')}{note}")

    with lib:
        workers = default_workers() if args.workers is None else max(0, args.workers)
        try:
            report = lib.import_paths(args.paths, progress=show, workers=workers, force=args.force)
        except LibraryError as exc:
            output.problem(f"library {exc}")
            output.problem(f"import stopped: {len(stored)} issue(s) were stored before it and are kept")
            return 2
        if args.words:
            from .word_progress import build_with_progress

            build_with_progress(lib, workers)
        stats = lib.stats()
    count = len(report.imported) + len(report.replaced)
    output.say(f"{count} issue(s) imported ({len(report.replaced)} replaced an earlier copy), "
               f"{len(report.unchanged)} unchanged, {len(report.skipped)} skipped, {report.chars:,} characters; "
               f"library {display_path(lib.location)}: {stats['issues']} issue(s)")
    if any(s.code == "missing" for s in report.skipped):
        return 2
    return 0 if count or report.unchanged or not report.skipped else 1


def describe(info: IssueInfo) -> str:
    """人民日报 2026-06-12 (20 版, 82 篇)."""
    return f"{info.label()} ({info.pages} 版, {info.articles} 篇) [{info.key}]"


def _dates(args: argparse.Namespace) -> tuple[object, object] | None:
    try:
        return parse_day(getattr(args, "date_from", None)), parse_day(getattr(args, "date_to", None), end=True)
    except ValueError as exc:
        output.problem(str(exc))
        return None


def run_list(args: argparse.Namespace) -> int:
    """Print the issues, newest first."""
    dates = _dates(args)
    if dates is None:
        return 2
    lib = open_for_cli(args, create=False)
    if lib is None:
        return 2
    with lib:
        issues = lib.issues(paper=args.paper, date_from=dates[0], date_to=dates[1])  # type: ignore[arg-type]
        stats = lib.stats()
    if args.json:
        output.print_json({"library": lib.location, "issues": [i.to_json() for i in issues]})
        return 0
    for info in issues:
        date = info.date.isoformat() if info.date else "(日期不详)"
        output.say(f"{date}  {info.paper or '(报名不详)'}  {info.pages} 版  {info.articles} 篇  "
                   f"{info.chars:,} 字  {info.format}  {info.key}")
    papers = len({i.paper for i in issues})
    ro = " (read-only)" if lib.capabilities.read_only else ""
    output.say(f"{len(issues)} issue(s) of {papers} paper(s) shown; library {display_path(lib.location)}{ro}: "
               f"{stats['issues']} issue(s), {stats['bytes'] / 1048576:.1f} MB")
    return 0


def find_issue(lib: LibraryStorage, spec: str, paper: str | None) -> IssueInfo | str:
    """The issue a CLI argument names, or a message saying why none (or several) fit."""
    info = lib.info(spec)
    if info is not None:
        return info
    try:
        day = parse_day(spec)
    except ValueError:
        day = None
    if day is None or len(spec.strip()) != 10:
        return f"no issue {spec!r} in the library (give a key as `list` prints it, or a date YYYY-MM-DD)"
    found = lib.find(paper=paper, date=day)
    if len(found) == 1:
        return found[0]
    if not found:
        return f"no issue of {day.isoformat()}" + (f" of {paper}" if paper else "") + " in the library"
    return f"{len(found)} issues on {day.isoformat()}: say which with --paper or a key (" + \
        ", ".join(i.key for i in found) + ")"


def run_remove(args: argparse.Namespace) -> int:
    """Remove the named issues."""
    lib = open_for_cli(args, create=False)
    if lib is None or not writable_for_cli(lib, "removing"):
        return 2
    status = 0
    with lib:
        for spec in args.issues:
            found = find_issue(lib, spec, args.paper)
            if isinstance(found, str):
                output.problem(found)
                status = 2
                continue
            lib.remove_issue(found.key)
            output.say(f"removed {describe(found)}")
        lib.compact()
    return status


def run_compact(args: argparse.Namespace) -> int:
    """Merge the text index and give freed pages back to the disk; print the size before and after."""
    lib = open_for_cli(args, create=False)
    if lib is None or not writable_for_cli(lib, "compacting"):
        return 2
    with lib:
        before = lib.stats()["bytes"]
        lib.compact(full=True)
        after = lib.stats()["bytes"]
    output.say(f"library {display_path(lib.location)}: {before / 1048576:.1f} MB → {after / 1048576:.1f} MB")
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the article or issue as Markdown (or text) with its citation."""
    lib = open_for_cli(args, create=False)
    if lib is None:
        return 2
    fmt: Literal["markdown", "text"] = "text" if args.text else "markdown"
    with lib:
        found = find_issue(lib, args.issue, args.paper)
        if isinstance(found, str):
            output.problem(found)
            return 2
        issue = lib.load_issue(found.key)
        if args.item:
            if issue.item(args.item) is None:
                output.problem(f"{found.key}: no article {args.item!r} (ids as `dump` prints them, e.g. p1-2)")
                return 2
            text = export_article(issue, args.item, fmt)
        else:
            text = export_issue(issue, fmt)
    sources: list[str | Path] = ([*issue_sources(issue), *([found.source] if found.source else [])]
                                 if args.output else [])
    return output.deliver(text, args.output, lib.location, sources)
