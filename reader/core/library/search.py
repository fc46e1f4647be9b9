"""Search across every issue of a library: the query language and word mode of in-issue search.

An article (a searchable item, see search/fields.py) matches exactly when in-issue search
(search/issue_search.py) would list it: every include term in one of its fields, no exclude term in
any, on folded text; in word mode only occurrences on jieba word boundaries count. The text index
(textindex.py) answers most queries by itself; articles it cannot decide alone (still queued for the
index, or holding Traditional characters when 繁简通搜 is off, or any candidate in word mode) are
checked against their stored text with the same rules.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from typing import Any, Callable, Literal

from ..search.fields import FieldText
from ..search.issue_search import find_all, make_snippet
from ..search.query import Query, SearchOptions, parse_query
from .library import Library
from .records import ArticleRef, day_range
from .textindex import MatchParts, fast_fold, match_parts, term_has_variants

Sort = Literal["newest", "relevance"]
PAGE_SIZE = 50


@dataclass(frozen=True)
class SearchFilters:
    """Which issues to search: one paper, and dates from/to (inclusive; None: open)."""

    paper: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class LibraryHit:
    """A matching article with a snippet around its first hit.

    `spans` are (offset, length) of every hit of an include term inside `snippet`; `field`/`block`
    say where the snippet comes from (as in-issue hits do).
    """

    article: ArticleRef
    snippet: str
    spans: tuple[tuple[int, int], ...]
    field: str | None = None
    block: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The hit as `search --library --json` prints it."""
        a = self.article
        return {"paper": a.paper, "date": a.date.isoformat() if a.date else None, "page": a.page,
                "item": a.item, "title": a.title, "snippet": self.snippet}


@dataclass(frozen=True)
class SearchPage:
    """One page of results: how many articles match in all, and this page's hits."""

    query: str
    total: int
    offset: int
    sort: Sort
    hits: list[LibraryHit] = field(default_factory=list)


def _folder(options: SearchOptions) -> Callable[[str], str]:
    """fold, or fold_variants with 繁简通搜 (the fast equivalents from textindex)."""
    return _fold_variants_fast if options.variants else fast_fold


def _fold_variants_fast(text: str) -> str:
    return fast_fold(text, variants=True)


def item_matches(fields: list[FieldText], include: list[str], exclude: list[str],
                 options: SearchOptions) -> bool:
    """Whether an article with these fields matches, by the rules of in-issue search (terms folded
    as it folds them)."""
    folder = _folder(options)
    folded = [folder(f.text) for f in fields]
    for term in exclude:
        for f, text in zip(fields, folded):
            if term in text and _occurrences(f.text, text, term, options):
                return False
    for term in include:
        if not any(term in text and _occurrences(f.text, text, term, options)
                   for f, text in zip(fields, folded)):
            return False
    return True


def _occurrences(original: str, folded: str, term: str, options: SearchOptions) -> list[int]:
    found = find_all(folded, term)
    if options.word and found:
        from ..search import words

        bounds = words.boundaries(original, options.variants)
        found = [p for p in found if p in bounds and p + len(term) in bounds]
    return found


@dataclass(frozen=True)
class _Query:
    """SQL selecting the ids (as `rowid`) of the articles a MatchParts matches, within the filters."""

    sql: str
    params: list[object]
    rank: str | None   # the column giving FTS5's relevance, when one table answers alone


def _select(parts: MatchParts, filters: SearchFilters, not_variant: bool) -> _Query:
    """One SELECT when one index table can answer; else a compound of them (INTERSECT/EXCEPT)."""
    low, high = day_range(filters.date_from, filters.date_to) if (filters.date_from or filters.date_to) \
        else (None, None)

    def part(table: str, expr: str) -> tuple[str, list[object]]:
        sql = f"SELECT {table}.rowid AS rowid FROM {table} WHERE {table} MATCH ?"
        params: list[object] = [expr]
        if low is not None:
            sql += f" AND {table}.rowid BETWEEN ? AND ?"
            params += [low, high]
        return sql, params

    def both(inc: str, exc: str | None) -> str:
        return f"({inc}) NOT ({exc})" if exc else inc

    if parts.text_include:
        main = ("text_index", both(parts.text_include, parts.text_exclude))
        extra = [("INTERSECT", "char_index", both(parts.char_include, parts.char_exclude))] \
            if parts.char_include else ([("EXCEPT", "char_index", parts.char_exclude)] if parts.char_exclude else [])
    else:
        assert parts.char_include is not None
        main = ("char_index", both(parts.char_include, parts.char_exclude))
        extra = [("EXCEPT", "text_index", parts.text_exclude)] if parts.text_exclude else []
    outer: list[str] = []
    outer_params: list[object] = []
    if not_variant:
        outer.append("{id} NOT IN (SELECT id FROM article WHERE variant = 1)")
    if filters.paper is not None:
        outer.append("{id} IN (SELECT a.id FROM article AS a JOIN issue AS i ON i.id = a.issue_id WHERE i.paper = ?)")
        outer_params.append(filters.paper)
    sql, params = part(*main)
    if not extra:
        table = main[0]
        for cond in outer:
            sql += " AND " + cond.format(id=f"{table}.rowid")
        return _Query(sql, params + outer_params, f"{table}.rank")
    for op, table, expr in extra:
        more, more_params = part(table, expr)
        sql += f" {op} {more}"
        params += more_params
    sql = f"SELECT c.rowid AS rowid FROM ({sql}) AS c"
    if outer:
        sql += " WHERE " + " AND ".join(cond.format(id="c.rowid") for cond in outer)
    return _Query(sql, params + outer_params, None)


@dataclass(frozen=True)
class _Plan:
    """How to answer a query: folded terms, the index query (None: nothing matches from the index),
    the articles whose text must be checked, and whether the index query excludes variant articles."""

    include: list[str]
    exclude: list[str]
    query: _Query | None
    check: set[int]
    candidates: _Query | None  # index query giving articles worth checking: variant ones, or (word mode) all
    variant: set[int] | None = None  # plain mode: the articles holding Traditional characters


class LibrarySearch:
    """Searches one open library (use it from the thread that opened the library)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.conn: sqlite3.Connection = library.conn

    def _ids(self, query: _Query) -> set[int]:
        return {r[0] for r in self.conn.execute(query.sql, query.params)}

    def _article_ids(self, table: str, condition: str, filters: SearchFilters) -> set[int]:
        column = "pending.article_id" if table == "pending" else "article.id"
        sql = f"SELECT {column} FROM {table} WHERE {condition}"
        params: list[object] = []
        if filters.date_from is not None or filters.date_to is not None:
            sql += f" AND {column} BETWEEN ? AND ?"
            params += list(day_range(filters.date_from, filters.date_to))
        if filters.paper is not None:
            sql += (f" AND {column} IN (SELECT a.id FROM article AS a JOIN issue AS i ON i.id = a.issue_id"
                    " WHERE i.paper = ?)")
            params.append(filters.paper)
        return {r[0] for r in self.conn.execute(sql, params)}

    def _plan(self, q: Query, options: SearchOptions, filters: SearchFilters) -> _Plan:
        folder = _folder(options)
        include = [folder(t.text) for t in q.include]
        exclude = [folder(t.text) for t in q.exclude]
        if self.library.index_stale:  # built with other folding tables: check every article's text
            return _Plan(include, exclude, None, self._article_ids("article", "1", filters), None)
        pending = self._article_ids("pending", "1", filters)
        if options.word:  # the substring matches of the include terms, each checked for word boundaries
            return _Plan(include, exclude, None, pending, _select(match_parts(include), filters, False))
        if options.variants:
            return _Plan(include, exclude, _select(match_parts(include, exclude), filters, False), pending, None)
        variant = self._article_ids("article", "variant = 1", filters)
        query = None
        if not any(term_has_variants(t) for t in include):  # else only variant articles can match
            plain_exclude = [t for t in exclude if not term_has_variants(t)]
            query = _select(match_parts(include, plain_exclude), filters, bool(variant))
        candidates = _select(match_parts(include), filters, False) if variant else None
        return _Plan(include, exclude, query, pending, candidates, variant)

    def _checked(self, plan: _Plan, options: SearchOptions) -> set[int]:
        """The matches found by checking text: queued articles, and index candidates that need it."""
        ids = set(plan.check)
        if plan.candidates is not None:
            found = self._ids(plan.candidates)
            if plan.variant is not None:
                found &= plan.variant
            ids |= found
        if not ids:
            return set()
        fields = self.library.article_fields(ids)
        return {aid for aid, f in fields.items() if item_matches(f, plan.include, plan.exclude, options)}

    def _scores(self, plan: _Plan, ids: set[int]) -> dict[int, float]:
        """FTS5 relevance (bm25, lower is better) of these articles for the include terms."""
        if not ids or self.library.index_stale:
            return {}
        query = _select(match_parts(plan.include), SearchFilters(), False)
        if query.rank is None:
            return {}
        sql = query.sql.replace(" AS rowid FROM", f" AS rowid, {query.rank} AS score FROM", 1)
        params = list(query.params)
        if len(ids) <= 500:
            sql += f" AND rowid IN ({','.join('?' * len(ids))})"
            params += sorted(ids)
        return {r[0]: r[1] for r in self.conn.execute(sql, params) if r[0] in ids}

    # -- the set of matching articles -----------------------------------------------------------

    def matching_ids(self, query: Query | str, options: SearchOptions = SearchOptions(),
                     filters: SearchFilters = SearchFilters(), sort: Sort = "newest") -> list[int]:
        """Ids of every matching article, newest first (reading order within an issue) or by relevance."""
        q = parse_query(query) if isinstance(query, str) else query
        if q.is_empty():
            return []
        plan = self._plan(q, options, filters)
        result = self._checked(plan, options)
        if plan.query is not None:
            result |= self._ids(plan.query)
        if sort == "relevance":
            scores = self._scores(plan, result)
            return sorted(result, key=lambda a: (scores.get(a, float("inf")), -a))
        return sorted(result, reverse=True)

    def count(self, query: Query | str, options: SearchOptions = SearchOptions(),
              filters: SearchFilters = SearchFilters()) -> int:
        """How many articles match."""
        return self.search(query, options, filters, limit=0).total

    # -- pages of hits --------------------------------------------------------------------------

    def search(self, query: Query | str, options: SearchOptions = SearchOptions(),
               filters: SearchFilters = SearchFilters(), sort: Sort = "newest",
               offset: int = 0, limit: int = PAGE_SIZE) -> SearchPage:
        """One page of matching articles with snippets, and the total number that match.

        Newest first, the index's share is counted and paged by SQLite (only the page's ids come to
        Python) and the few articles checked against their text are merged in; by relevance every
        match is collected and scored first.
        """
        q = parse_query(query) if isinstance(query, str) else query
        if q.is_empty():
            return SearchPage(q.raw, 0, offset, sort, [])
        if sort == "relevance":  # every match is scored: collect them all, then cut the page
            ids = self.matching_ids(q, options, filters, sort)
            page = ids[offset:offset + limit] if limit > 0 else []
            return SearchPage(q.raw, len(ids), offset, sort, self.hits(page, q, options))
        plan = self._plan(q, options, filters)
        checked = self._checked(plan, options)
        total = len(checked)
        page = []
        want = offset + limit if limit > 0 else 0
        if plan.query is not None:
            total += self.conn.execute(f"SELECT count(*) FROM ({plan.query.sql})", plan.query.params).fetchone()[0]
            if want:
                rows = self.conn.execute(f"{plan.query.sql} ORDER BY rowid DESC LIMIT ?", [*plan.query.params, want])
                page = [r[0] for r in rows]
        page = sorted(set(page) | checked, reverse=True)[offset:offset + limit] if want else []
        return SearchPage(q.raw, total, offset, sort, self.hits(page, q, options))

    def hits(self, ids: list[int], query: Query | str, options: SearchOptions = SearchOptions()) -> list[LibraryHit]:
        """Snippets for these articles (in the order given)."""
        q = parse_query(query) if isinstance(query, str) else query
        folder = _folder(options)
        include = [folder(t.text) for t in q.include]
        fields = self.library.article_fields(ids)
        return [snippet_hit(ref, fields.get(ref.id, []), include, options) for ref in self.library.articles(ids)]


def snippet_hit(ref: ArticleRef, fields: list[FieldText], include: list[str], options: SearchOptions) -> LibraryHit:
    """The article's first hit in reading order, with its context and every hit inside it."""
    folder = _folder(options)
    for f in fields:
        folded = folder(f.text)
        found: list[tuple[int, int]] = []
        for term in include:
            if term in folded:
                found.extend((p, len(term)) for p in _occurrences(f.text, folded, term, options))
        if found:
            found.sort(key=lambda s: (s[0], -s[1]))
            first, length = found[0]
            snippet, at = make_snippet(f.text, first, length)
            start = first - at
            spans = tuple((p - start, n) for p, n in found if p >= start and p + n <= start + len(snippet))
            return LibraryHit(ref, snippet, spans, f.field, f.block)
    return LibraryHit(ref, "", ())


def group_by_issue(hits: list[LibraryHit]) -> list[tuple[int, list[LibraryHit]]]:
    """Hits grouped by issue, groups in the order of their first hit."""
    groups: dict[int, list[LibraryHit]] = {}
    for hit in hits:
        groups.setdefault(hit.article.issue_id, []).append(hit)
    return list(groups.items())
