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
from ..search.folding import fold, fold_variants
from ..search.issue_search import find_all, make_snippet
from ..search.query import Query, SearchOptions, parse_query
from .library import Library
from .records import ArticleRef, day_range
from .store import LibraryError
from .textindex import match_expression, term_has_variants

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
    return fold_variants if options.variants else fold


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
class _Plan:
    """How to answer a query: the folded terms, and the FTS expression that is exact when `exact`."""

    include: list[str]
    exclude: list[str]
    expression: str | None   # None: nothing can match
    exact: bool              # the expression alone gives the answer (no article needs its text checked)


class LibrarySearch:
    """Searches one open library (use it from the thread that opened the library)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.conn: sqlite3.Connection = library.conn

    # -- SQL pieces -----------------------------------------------------------------------------

    def _filter(self, column: str, filters: SearchFilters, join_article: str | None) -> tuple[str, str, list[object]]:
        """(JOIN clause, WHERE conditions, parameters) restricting article ids in `column` to the filters."""
        join, where, params = "", "", []  # type: tuple[str, str, list[object]]
        if filters.date_from is not None or filters.date_to is not None:
            low, high = day_range(filters.date_from, filters.date_to)
            where += f" AND {column} BETWEEN ? AND ?"
            params += [low, high]
        if filters.paper is not None:
            alias = "article"
            if join_article is not None:
                join = f" JOIN article AS fa ON fa.id = {column}"
                alias = "fa"
            where += f" AND {alias}.issue_id IN (SELECT id FROM issue WHERE paper = ?)"
            params.append(filters.paper)
        return join, where, params

    def _article_ids(self, table: str, condition: str, filters: SearchFilters) -> set[int]:
        column = "pending.article_id" if table == "pending" else "article.id"
        join, where, params = self._filter(column, filters, "join" if table == "pending" else None)
        sql = f"SELECT {column} FROM {table}{join} WHERE {condition}{where}"
        return {r[0] for r in self.conn.execute(sql, params)}

    def _fts_ids(self, expression: str, filters: SearchFilters,
                 scores: dict[int, float] | None = None) -> set[int]:
        join, where, params = self._filter("text_index.rowid", filters, "join")
        rank = ", text_index.rank" if scores is not None else ""
        rows = self.conn.execute(f"SELECT text_index.rowid{rank} FROM text_index{join}"
                                 f" WHERE text_index MATCH ?{where}", [expression, *params])
        if scores is None:
            return {r[0] for r in rows}
        found: set[int] = set()
        for rowid, score in rows:
            found.add(rowid)
            scores[rowid] = score
        return found

    # -- planning -------------------------------------------------------------------------------

    def _plan(self, q: Query, options: SearchOptions, filters: SearchFilters) -> tuple[_Plan, set[int], set[int]]:
        """The plan, the articles to check against their text, and the indexed ones that must be."""
        folder = _folder(options)
        include = [folder(t.text) for t in q.include]
        exclude = [folder(t.text) for t in q.exclude]
        if self.library.index_stale:
            return _Plan(include, exclude, None, False), self._article_ids("article", "1", filters), set()
        pending = self._article_ids("pending", "1", filters)
        if options.word:
            return _Plan(include, exclude, match_expression(include), False), pending, set()
        if options.variants:
            return _Plan(include, exclude, match_expression(include, exclude), not pending), pending, set()
        variant = self._article_ids("article", "variant = 1", filters)
        if any(term_has_variants(t) for t in include):
            expression = None  # only articles holding Traditional characters can match
        else:
            expression = match_expression(include, [t for t in exclude if not term_has_variants(t)])
        return _Plan(include, exclude, expression, not pending and not variant), pending, variant

    # -- the set of matching articles -----------------------------------------------------------

    def matching_ids(self, query: Query | str, options: SearchOptions = SearchOptions(),
                     filters: SearchFilters = SearchFilters(), sort: Sort = "newest") -> list[int]:
        """Ids of every matching article, newest first (reading order within an issue) or by relevance."""
        q = parse_query(query) if isinstance(query, str) else query
        if q.is_empty():
            return []
        plan, unchecked, variant = self._plan(q, options, filters)
        scores: dict[int, float] | None = {} if sort == "relevance" else None
        result: set[int] = set()
        if options.word and not self.library.index_stale:
            candidates = self._fts_ids(match_expression(plan.include), filters, scores) | unchecked
            result = self._verify(candidates, plan, options)
        else:
            if plan.expression is not None:
                result = self._fts_ids(plan.expression, filters, scores) - variant
            candidates = set(unchecked)
            if variant:
                candidates |= self._fts_ids(match_expression(plan.include), filters, scores) & variant
            result |= self._verify(candidates, plan, options)
        if scores is not None:
            if not scores and result and not self.library.index_stale:
                self._fts_ids(match_expression(plan.include), filters, scores)
            return sorted(result, key=lambda a: (scores.get(a, 0.0), -a))  # type: ignore[union-attr]
        return sorted(result, reverse=True)

    def count(self, query: Query | str, options: SearchOptions = SearchOptions(),
              filters: SearchFilters = SearchFilters()) -> int:
        """How many articles match."""
        return self.search(query, options, filters, limit=0).total

    def _verify(self, ids: set[int], plan: _Plan, options: SearchOptions) -> set[int]:
        """The articles among ids that match, checked against their text."""
        if not ids:
            return set()
        fields = self.library.article_fields(ids)
        return {aid for aid, f in fields.items() if item_matches(f, plan.include, plan.exclude, options)}

    # -- pages of hits --------------------------------------------------------------------------

    def search(self, query: Query | str, options: SearchOptions = SearchOptions(),
               filters: SearchFilters = SearchFilters(), sort: Sort = "newest",
               offset: int = 0, limit: int = PAGE_SIZE) -> SearchPage:
        """One page of matching articles with snippets, and the total number that match.

        When the index alone decides the query (the usual case), the count and the page come straight
        from SQLite; otherwise every match is collected first (matching_ids).
        """
        q = parse_query(query) if isinstance(query, str) else query
        if q.is_empty():
            return SearchPage(q.raw, 0, offset, sort, [])
        plan, _unchecked, _variant = self._plan(q, options, filters)
        if plan.exact and not options.word:
            total, page = self._exact_page(plan, filters, sort, offset, limit)
        else:
            ids = self.matching_ids(q, options, filters, sort)
            total, page = len(ids), ids[offset:offset + limit] if limit > 0 else []
        return SearchPage(q.raw, total, offset, sort, self.hits(page, q, options))

    def _exact_page(self, plan: _Plan, filters: SearchFilters, sort: Sort, offset: int,
                    limit: int) -> tuple[int, list[int]]:
        if plan.expression is None:
            return 0, []
        join, where, params = self._filter("text_index.rowid", filters, "join")
        base = f" FROM text_index{join} WHERE text_index MATCH ?{where}"
        args = [plan.expression, *params]
        total = self.conn.execute("SELECT count(*)" + base, args).fetchone()[0]
        if limit <= 0 or offset >= total:
            return total, []
        order = "text_index.rank, text_index.rowid DESC" if sort == "relevance" else "text_index.rowid DESC"
        rows = self.conn.execute(f"SELECT text_index.rowid{base} ORDER BY {order} LIMIT ? OFFSET ?",
                                 [*args, limit, offset])
        return total, [r[0] for r in rows]

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
