"""`reader search --library L QUERY [--from D] [--to D] [--paper P] [--word] [--variants] [--json]`.

Called by the search command (cli/search.py) when a library is named. Prints every matching
article, newest first: as JSON {"query", "hits": [{paper, date, page, item, title, snippet}]}, or as
a list grouped by issue with the hits marked 【…】.
"""

from __future__ import annotations

import argparse

from ..core.library.engines import open_library
from ..core.library.errors import LibraryError, WordIndexMissing
from ..core.library.records import parse_day
from ..core.library.results import LibraryHit, SearchFilters
from ..core.search.query import SearchOptions
from . import output
from .search import query_or_none, query_text
from .word_progress import missing_message

_CHUNK = 500


def filters_or_none(args: argparse.Namespace) -> SearchFilters | None:
    """The --paper/--from/--to filters, or None after saying (one line) which date is not one."""
    try:
        return SearchFilters(args.paper, parse_day(args.date_from), parse_day(args.date_to, end=True))
    except ValueError as exc:
        output.problem(str(exc))
        return None


def run(args: argparse.Namespace) -> int:
    """Search the library; exit 2 with a one-line message on bad input."""
    if getattr(args, "path", None):
        output.problem(f"search: give either an issue PATH ({args.path}) or a library (--library), not both")
        return 2
    raw = query_text(args)
    query = query_or_none(raw)
    filters = filters_or_none(args) if query is not None else None
    if query is None or filters is None:
        return 2
    try:
        lib = open_library(args.library, "open")
    except LibraryError as exc:
        output.problem(f"library {exc}")
        return 2
    options = SearchOptions(word=args.word, variants=args.variants)
    with lib:
        try:
            ids = lib.matching_ids(query, options, filters)
            hits: list[LibraryHit] = []
            for start in range(0, len(ids), _CHUNK):
                hits += lib.hits(ids[start:start + _CHUNK], query, options)
        except WordIndexMissing as exc:   # (a damaged index raises LibraryError: said as any other)
            output.problem(missing_message(exc, lib.location).removeprefix("reader: "))
            return 2
        unreadable: set[int] = getattr(lib, "damaged_articles", set())  # (the SQLite engine's count)
        damaged = len(unreadable)
        hits = [h for h in hits if h.article.id not in unreadable]
    if args.json:
        doc: dict[str, object] = {"query": raw, "hits": [h.to_json() for h in hits]}
        if damaged:  # only then: the contract of a sound library stays as it was
            doc["damaged"] = damaged
        output.print_json(doc)
    else:
        output.out(hit_list(raw, hits))
    if damaged:
        output.problem(f"library {lib.location}: {damaged} article(s) could not be read (damaged) and were left out "
                       "of this search; `reader compact` does not mend them: rebuild the library")
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
