"""Search across every issue of a library: the query language and word mode of in-issue search.

An article (a searchable item, see search/fields.py) matches exactly when in-issue search
(search/issue_search.py) would list it: every include term in one of its fields, no exclude term in
any, on folded text; in word mode only occurrences on jieba word boundaries count. The text index
(textindex.py) decides every query exactly by itself; only articles still queued for the index (or
all of them, if the index was built with other folding tables and is opened read-only) and, in word
mode, the articles holding the terms are checked against their stored text with the same rules.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from typing import Any, Callable, Container, Literal, Sequence

from ..search.fields import FieldText
from ..search.issue_search import find_all, make_snippet
from ..search.query import Query, SearchOptions, parse_query
from .library import Library
from .records import MAX_ARTICLE_ID, ArticleRef, day_range
from .textindex import MatchParts, Space, fast_fold, is_fold_free, match_parts, spaces

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
    damaged: int = 0  # articles left out because their stored text could not be read (so far, this library)


def _folder(options: SearchOptions) -> Callable[[str], str]:
    """fold, or fold_variants with 繁简通搜 (the fast equivalents from textindex)."""
    return _fold_variants_fast if options.variants else fast_fold


def _fold_variants_fast(text: str) -> str:
    return fast_fold(text, variants=True)


class _Fields:
    """An article's fields, folded only where a term needs it (a term no folding produces is found in
    the unfolded text at the same offsets: folding keeps lengths and changes no other character),
    with its stored word boundaries when word mode has them."""

    def __init__(self, fields: list[FieldText], options: SearchOptions,
                 cuts: Sequence[Container[int]] | None = None) -> None:
        self.fields = fields
        self.options = options
        self.cuts = cuts if cuts is not None and len(cuts) == len(fields) and not options.variants else None
        self._folded: list[str | None] = [None] * len(fields)

    def text(self, index: int, term: str) -> str:
        if is_fold_free(term, self.options.variants):
            return self.fields[index].text
        folded = self._folded[index]
        if folded is None:
            folded = self._folded[index] = _folder(self.options)(self.fields[index].text)
        return folded

    def occurrences(self, index: int, term: str) -> list[int]:
        text = self.text(index, term)
        if term not in text:
            return []
        found = find_all(text, term)
        if self.options.word and found:
            bounds: Container[int]
            if self.cuts is not None:
                bounds = self.cuts[index]
            else:
                from ..search import words

                bounds = words.boundaries(self.fields[index].text, self.options.variants)
            found = [p for p in found if p in bounds and p + len(term) in bounds]
        return found


def item_matches(fields: list[FieldText], include: list[str], exclude: list[str],
                 options: SearchOptions, cuts: Sequence[Container[int]] | None = None) -> bool:
    """Whether an article with these fields matches, by the rules of in-issue search (terms folded
    as it folds them); `cuts`: its stored word boundaries, if any."""
    view = _Fields(fields, options, cuts)
    indexes = range(len(fields))
    if any(view.occurrences(i, term) for term in exclude for i in indexes):
        return False
    return all(any(view.occurrences(i, term) for i in indexes) for term in include)


@dataclass(frozen=True)
class _Query:
    """SQL selecting `rowid` (and `score`, FTS5's relevance, lower is better) in one rowid space."""

    sql: str
    params: list[object]
    space: Space
    ranked: bool  # False for a compound of both tables: no single relevance


def _select(parts: MatchParts, filters: SearchFilters, space: Space, scored: bool = False) -> _Query:
    """The articles of one space that the parts match, within the filters: one SELECT when one index
    table can answer, else a compound of both (INTERSECT/EXCEPT)."""
    if filters.date_from is not None or filters.date_to is not None:
        low, high = space.rowid_range(*day_range(filters.date_from, filters.date_to))
    else:
        low, high = space.rowid_range(0, MAX_ARTICLE_ID)

    def part(table: str, expr: str, score: bool) -> tuple[str, list[object]]:
        rank = f", {table}.rank AS score" if score else ", 0.0 AS score"
        return (f"SELECT {table}.rowid AS rowid{rank} FROM {table} WHERE {table} MATCH ?"
                f" AND {table}.rowid BETWEEN ? AND ?", [expr, low, high])

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
    paper = "" if filters.paper is None else \
        " AND {id} IN (SELECT a.id FROM article AS a JOIN issue AS i ON i.id = a.issue_id WHERE i.paper = ?)"
    article = "{r}" if space.sign > 0 else f"({space.base} - {{r}})"
    if not extra:
        sql, params = part(*main, scored)
        if paper:
            sql += paper.format(id=article.format(r=f"{main[0]}.rowid"))
            params.append(filters.paper)
        return _Query(sql, params, space, True)
    sql, params = part(*main, False)
    for op, table, expr in extra:
        more, more_params = part(table, expr, False)
        sql += f" {op} {more}"
        params += more_params
    sql = f"SELECT c.rowid AS rowid, 0.0 AS score FROM ({sql}) AS c WHERE 1"
    if paper:
        sql += paper.format(id=article.format(r="c.rowid"))
        params.append(filters.paper)
    return _Query(sql, params, space, False)


@dataclass(frozen=True)
class _Plan:
    """How to answer a query: folded terms, exact index queries, articles whose text must be checked
    (queued for the index, or all of them when the index is stale), and in word mode the index
    queries giving the candidates to check for word boundaries."""

    include: list[str]
    exclude: list[str]
    exact: list[_Query]
    check: set[int]
    candidates: list[_Query]


class LibrarySearch:
    """Searches one open library (use it from the thread that opened the library)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.conn: sqlite3.Connection = library.conn

    def _article_ids(self, table: str, filters: SearchFilters) -> set[int]:
        column = "pending.article_id" if table == "pending" else "article.id"
        sql = f"SELECT {column} FROM {table} WHERE 1"
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
            return _Plan(include, exclude, [], self._article_ids("article", filters), [])
        pending = self._article_ids("pending", filters)
        if options.word:  # the substring matches of the include terms, each checked for word boundaries
            parts = match_parts(include, [], options.variants)
            return _Plan(include, exclude, [], pending, [_select(parts, filters, s) for s in spaces(options.variants)])
        parts = match_parts(include, exclude, options.variants)
        return _Plan(include, exclude, [_select(parts, filters, s) for s in spaces(options.variants)], pending, [])

    def _rows(self, query: _Query, tail: str = "", extra: list[object] | None = None) -> list[tuple[int, float]]:
        rows = self.conn.execute(query.sql + tail, [*query.params, *(extra or [])])
        return [(query.space.article(r[0]), r[1]) for r in rows]

    def _checked(self, plan: _Plan, options: SearchOptions) -> set[int]:
        """The matches found by checking text: queued articles, and word-mode candidates."""
        ids = set(plan.check)
        for query in plan.candidates:
            ids |= {a for a, _s in self._rows(query)}
        if not ids:
            return set()
        fields = self.library.article_fields(ids)
        cuts = self.library.article_cuts(ids) if options.word and not options.variants else {}
        return {aid for aid, f in fields.items()
                if item_matches(f, plan.include, plan.exclude, options, cuts.get(aid))}

    def _scores(self, plan: _Plan, options: SearchOptions, filters: SearchFilters) -> dict[int, float]:
        """FTS5 relevance (bm25, lower is better) of every article the include terms occur in."""
        if self.library.index_stale:
            return {}
        parts = match_parts(plan.include, [], options.variants)
        scores: dict[int, float] = {}
        for space in spaces(options.variants):
            query = _select(parts, filters, space, scored=True)
            if query.ranked:
                scores.update(self._rows(query))
        return scores

    # -- the set of matching articles -----------------------------------------------------------

    def matching_ids(self, query: Query | str, options: SearchOptions = SearchOptions(),
                     filters: SearchFilters = SearchFilters(), sort: Sort = "newest") -> list[int]:
        """Ids of every matching article, newest first (reading order within an issue) or by relevance."""
        q = parse_query(query) if isinstance(query, str) else query
        if q.is_empty():
            return []
        plan = self._plan(q, options, filters)
        result = self._checked(plan, options)
        for exact in plan.exact:
            result |= {a for a, _s in self._rows(exact)}
        if sort == "relevance":
            scores = self._scores(plan, options, filters)
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

        Newest first, the index's matches are counted and paged by SQLite (only the page's ids come
        to Python) and the few articles checked against their text are merged in; by relevance every
        match is collected and scored first.
        """
        q = parse_query(query) if isinstance(query, str) else query
        if q.is_empty():
            return SearchPage(q.raw, 0, offset, sort, [])
        if sort == "relevance":
            ids = self.matching_ids(q, options, filters, sort)
            page = ids[offset:offset + limit] if limit > 0 else []
            return SearchPage(q.raw, len(ids), offset, sort, self.hits(page, q, options),
                              len(self.library.damaged_articles))
        plan = self._plan(q, options, filters)
        checked = self._checked(plan, options)
        total = len(checked)
        found: set[int] = set(checked)
        want = offset + limit if limit > 0 else 0
        for exact in plan.exact:
            total += self.conn.execute(f"SELECT count(*) FROM ({exact.sql})", exact.params).fetchone()[0]
            if want:
                found |= {a for a, _s in self._rows(exact, f" ORDER BY rowid {exact.space.newest_first} LIMIT ?",
                                                     [want])}
        page = sorted(found, reverse=True)[offset:offset + limit] if want else []
        return SearchPage(q.raw, total, offset, sort, self.hits(page, q, options), len(self.library.damaged_articles))

    def hits(self, ids: list[int], query: Query | str, options: SearchOptions = SearchOptions()) -> list[LibraryHit]:
        """Snippets for these articles (in the order given)."""
        q = parse_query(query) if isinstance(query, str) else query
        folder = _folder(options)
        include = [folder(t.text) for t in q.include]
        fields = self.library.article_fields(ids)
        cuts = self.library.article_cuts(ids) if options.word and not options.variants else {}
        return [snippet_hit(ref, fields.get(ref.id, []), include, options, cuts.get(ref.id))
                for ref in self.library.articles(ids)]


def snippet_hit(ref: ArticleRef, fields: list[FieldText], include: list[str], options: SearchOptions,
                cuts: Sequence[Container[int]] | None = None) -> LibraryHit:
    """The article's first hit in reading order, with its context and every hit inside it."""
    view = _Fields(fields, options, cuts)
    for index, f in enumerate(fields):
        found = [(p, len(term)) for term in include for p in view.occurrences(index, term)]
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
