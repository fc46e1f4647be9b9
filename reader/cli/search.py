"""`reader search [PATH] QUERY`: every hit of a query in an issue (or, with a library, in many issues).

Issue search is done here; library search (--library L, or PATH omitted with READER_LIBRARY set, and
its filters --from/--to/--paper) is handed to reader.cli.library_search.run(args).
"""

from __future__ import annotations

import argparse
import importlib
import os

from ..core.bounds import open_issue_bounded
from ..core.errors import IssueError
from ..core.model import Issue
from ..core.search.fields import field_text
from ..core.search.issue_search import Hit, IssueIndex, hits_by_item
from ..core.search.query import Query, SearchOptions, parse_query
from . import output

LIBRARY_ENV = "READER_LIBRARY"
LIBRARY_MODULE = "reader.cli.library_search"

_FIELD_LABELS = {"kicker": "引题", "title": "标题", "subtitle": "副题", "byline": "作者", "block": "正文"}


def query_text(args: argparse.Namespace) -> str:
    """The query as typed (argparse gives [] for `-- --`: the second `--` was taken as its marker)."""
    raw = args.query
    return raw if isinstance(raw, str) else " ".join(raw) or "--"


def query_or_none(raw: str) -> Query | None:
    """The parsed query, or None after saying on stderr (one line) that it asks for nothing."""
    query = parse_query(raw)
    if query.is_empty():
        only = "only excluded terms" if query.terms else "no term, only operators or quotes"
        output.problem(f"query {raw!r}: nothing to search for ({only}): give at least one term that is not "
                       "excluded; a query starting with - needs -- before it")
        return None
    return query


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the command."""
    p = sub.add_parser(
        "search", help="find every hit of a query in an issue (or a library)",
        description='QUERY: space-separated terms must all occur in an article; "…" is a phrase; '
                    "-term excludes. Latin case and full/half width are ignored.")
    p.add_argument("path", nargs="?", metavar="PATH",
                   help="an issue (page file, folder, feed, article folder); omit it to search the "
                        f"library named by --library or ${LIBRARY_ENV}")
    p.add_argument("query", metavar="QUERY", help='the query, e.g. 金昌 "经济 发展" -农业')
    p.add_argument("--word", action="store_true", help="全词匹配: hits only on jieba word boundaries")
    p.add_argument("--variants", action="store_true", help="繁简通搜: Traditional matches Simplified")
    p.add_argument("--json", action="store_true", help="print the hits as JSON")
    p.add_argument("--library", metavar="L", help=f"search a library instead (default ${LIBRARY_ENV})")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="library: issues from this date")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="library: issues up to this date")
    p.add_argument("--paper", metavar="NAME", help="library: only this paper")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the hits; exit 2 with a one-line message on bad input."""
    if args.library is None and args.path is None and os.environ.get(LIBRARY_ENV):
        args.library = os.environ[LIBRARY_ENV]
    if args.library is not None:
        return _run_library(args)
    if args.path is None:
        output.problem(f"search: give an issue PATH before the query, or --library (or set {LIBRARY_ENV})")
        return 2
    library_only = [flag for flag, value in (("--from", args.date_from), ("--to", args.date_to),
                                             ("--paper", args.paper)) if value is not None]
    if library_only:
        output.problem(f"search: {', '.join(library_only)} only apply to a library (--library)")
        return 2
    raw = query_text(args)
    query = query_or_none(raw)
    if query is None:
        return 2
    try:
        issue = open_issue_bounded(args.path)
    except IssueError as exc:
        output.problem(str(exc))
        return 2
    hits = IssueIndex(issue).search(query, SearchOptions(word=args.word, variants=args.variants))
    if args.json:
        output.print_json({"query": raw, "hits": [h.to_json() for h in hits]})
    else:
        output.out(hit_list(issue, raw, hits))
    return 0


def _run_library(args: argparse.Namespace) -> int:
    try:
        module = importlib.import_module(LIBRARY_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name != LIBRARY_MODULE:
            raise
        output.problem(f"search: library search is not available in this version ({LIBRARY_MODULE} is "
                       "missing); give an issue PATH instead")
        return 2
    return int(module.run(args))


def marked_snippet(hit: Hit) -> str:
    """The hit's snippet with the hit marked 【…】."""
    s, at, n = hit.snippet, hit.snippet_offset, hit.length
    return f"{s[:at]}【{s[at:at + n]}】{s[at + n:]}"


def hit_list(issue: Issue, raw_query: str, hits: list[Hit]) -> str:
    """A readable list of hits grouped by article: 第N版 · title, then each snippet."""
    grouped = hits_by_item(hits)
    items = {it.id: (page.number, it) for page in issue.pages for it in page.items}
    lines = [f"「{raw_query}」: {len(hits)} 处，{len(grouped)} 篇"]
    for item_id, item_hits in grouped.items():
        if item_id not in items:
            continue
        page_number, item = items[item_id]
        lines.append(f"\n第{page_number:02d}版 · {item.display_title()}  ({item_id}, {len(item_hits)} 处)")
        for hit in item_hits:
            where = _FIELD_LABELS[hit.field] + (f"¶{hit.block + 1}" if hit.block is not None else "")
            text = field_text(item, hit.field, hit.block)
            before = "…" if hit.offset - hit.snippet_offset > 0 else ""
            after = "…" if hit.offset - hit.snippet_offset + len(hit.snippet) < len(text) else ""
            lines.append(f"  {where:<6} {before}{marked_snippet(hit)}{after}")
    return "\n".join(lines) + "\n"
