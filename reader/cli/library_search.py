"""`reader search --library L QUERY [--from D] [--to D] [--paper P] [--word] [--variants] [--json]`.

Called by the search command (cli/search.py) when a library is named. Prints every matching
article, newest first: as JSON {"query", "hits": [{paper, date, page, item, title, snippet}]}, or as
a list grouped by issue with the hits marked 【…】.
"""

from __future__ import annotations

import argparse
import json
import sys

from ..core.library.engines import open_library
from ..core.library.records import parse_day
from ..core.library.search import LibraryHit, SearchFilters
from ..core.library.store import LibraryError
from ..core.library.wordindex import WordIndexMissing
from ..core.search.query import SearchOptions
from .search import query_or_none
from .word_progress import missing_message

_CHUNK = 500


def run(args: argparse.Namespace) -> int:
    """Search the library; exit 2 with a one-line message on bad input."""
    if getattr(args, "path", None):
        print(f"reader: search: give either an issue PATH ({args.path}) or a library (--library), "
              "not both", file=sys.stderr)
        return 2
    query = query_or_none(args.query)
    if query is None:
        return 2
    try:
        filters = SearchFilters(args.paper, parse_day(args.date_from), parse_day(args.date_to, end=True))
    except ValueError as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return 2
    try:
        lib = open_library(args.library, "open")
    except LibraryError as exc:
        print(f"reader: library {exc}", file=sys.stderr)
        return 2
    options = SearchOptions(word=args.word, variants=args.variants)
    with lib:
        try:
            ids = lib.matching_ids(query, options, filters)
        except WordIndexMissing as exc:
            print(missing_message(exc, lib.location), file=sys.stderr)
            return 2
        hits: list[LibraryHit] = []
        for start in range(0, len(ids), _CHUNK):
            hits += lib.hits(ids[start:start + _CHUNK], query, options)
    if args.json:
        json.dump({"query": args.query, "hits": [h.to_json() for h in hits]}, sys.stdout,
                  ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(hit_list(args.query, hits))
    return 0


def marked(hit: LibraryHit) -> str:
    """The snippet with every hit in it marked 【…】."""
    out, at = [], 0
    for start, length in hit.spans:
        if start < at:
            continue
        out.append(hit.snippet[at:start] + "【" + hit.snippet[start:start + length] + "】")
        at = start + length
    return "".join(out) + hit.snippet[at:]


def hit_list(raw_query: str, hits: list[LibraryHit]) -> str:
    """Matching articles grouped by issue, newest first: date 《paper》, then 第N版 · title and snippet."""
    issues = {h.article.issue_id for h in hits}
    lines = [f"「{raw_query}」: {len(hits)} 篇，{len(issues)} 期"]
    current = None
    for hit in hits:
        a = hit.article
        group = a.issue_id
        if group != current:
            current = group
            date = a.date.isoformat() if a.date else "(日期不详)"
            lines.append(f"\n{date} 《{a.paper or '报名不详'}》")
        lines.append(f"  第{a.page:02d}版 · {a.title}  ({a.item})")
        if hit.snippet:
            lines.append(f"      {marked(hit)}")
    return "\n".join(lines) + "\n"
