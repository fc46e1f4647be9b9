"""`reader trend --library L QUERY [--by month|year] [--json]`: matching articles per period and paper.

The counts are the library search's own (same query language, --word, --variants, --paper, --from,
--to). Text output is a table, one row a period, one column a paper; JSON is Trend.to_json().
"""

from __future__ import annotations

import argparse
import unicodedata

from ..core.library.errors import WordIndexMissing
from ..core.library.results import Trend
from ..core.search.query import SearchOptions
from . import output
from .library_cmds import add_library_option, open_for_cli
from .library_search import filters_or_none
from .search import query_or_none
from .word_progress import missing_message


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the command."""
    p = sub.add_parser("trend", help="count a query's matching articles per month or year, per paper")
    p.add_argument("query", metavar="QUERY", help='the query, as `search` takes it, e.g. 政绩观 "经济 发展" -农业')
    p.add_argument("--by", choices=["month", "year"], default="month", help="count per month (default) or year")
    p.add_argument("--word", action="store_true", help="全词匹配: hits only on jieba word boundaries")
    p.add_argument("--variants", action="store_true", help="繁简通搜: Traditional matches Simplified")
    p.add_argument("--paper", metavar="NAME", help="only this paper")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="issues from this date")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="issues up to this date")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")
    add_library_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the counts; exit 2 with a one-line message on bad input."""
    query = query_or_none(args.query)
    filters = filters_or_none(args) if query is not None else None
    if query is None or filters is None:
        return 2
    lib = open_for_cli(args, create=False)
    if lib is None:
        return 2
    with lib:
        try:
            result = lib.trend(query, SearchOptions(word=args.word, variants=args.variants), filters, args.by)
        except WordIndexMissing as exc:
            output.problem(missing_message(exc, lib.location).removeprefix("reader: "))
            return 2
    if args.json:
        output.print_json(result.to_json())
    else:
        output.out(table(result))
    return 0


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _right(text: str, width: int) -> str:
    return " " * max(0, width - _width(text)) + text


def table(result: Trend) -> str:
    """Periods down, papers across, totals last; undated matches in a row of their own."""
    unit = "月" if result.by == "month" else "年"
    lines = [f"「{result.query}」: {result.total} 篇，按{unit}"]
    if not result.series:
        return "\n".join(lines) + "\n"
    names = [s.paper or "(报名不详)" for s in result.series]
    first = max([_width(p) for p in result.periods] + [_width("(日期不详)"), _width("合计")])
    widths = [max(_width(n), len(str(s.total))) for n, s in zip(names, result.series)]
    lines.append(" " * first + "".join("  " + _right(n, w) for n, w in zip(names, widths)))
    rows = [(p, [s.counts[i] for s in result.series]) for i, p in enumerate(result.periods)]
    if any(s.undated for s in result.series):
        rows.append(("(日期不详)", [s.undated for s in result.series]))
    rows.append(("合计", [s.total for s in result.series]))
    for label, counts in rows:
        lines.append(label + " " * (first - _width(label))
                     + "".join("  " + _right(str(c), w) for c, w in zip(counts, widths)))
    return "\n".join(lines) + "\n"
