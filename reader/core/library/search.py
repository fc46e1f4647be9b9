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
from typing import Any, Literal

from ..model import Item
from ..search.fields import item_fields
from ..search.folding import fold, fold_variants
from ..search.issue_search import find_all, make_snippet
from ..search.query import Query, SearchOptions, parse_query
from .library import Library
from .records import ArticleRef, day_range, issue_of_article
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


def _folder(options: SearchOptions):  # type: ignore[no-untyped-def]
    return fold_variants if options.variants else fold


def item_matches(item: Item, include: list[str], exclude: list[str], options: SearchOptions) -> bool:
    """Whether an item matches, by the rules of in-issue search (terms folded as it folds them)."""
    fields = item_fields(item)
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


class LibrarySearch:
    """Searches one open library (use it from the thread that opened the library)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.conn: sqlite3.Connection = library.conn

    # -- the set of matching articles -----------------------------------------------------------

    def matching_ids(self, query: Query | str, options: SearchOptions = SearchOptions(),
                     filters: SearchFilters = SearchFilters(), sort: Sort = "newest") -> list[int]:
        """Ids of every matching article, newest first (reading order within an issue) or by relevance."""
        q = parse_query(query) if isinstance(query, str) else query
        if q.is_empty():
            return []
        folder = _folder(options)
        include = [folder(t.text) for t in q.include]
        exclude = [folder(t.text) for t in q.exclude]
        where, params = self._filter_sql(filters)
        table = "article" if self.library.index_stale else "pending"
        pending = self._ids(f"SELECT rowid FROM {table} WHERE 1{where}", params)
        scores: dict[int, float] = {}
        if self.library.index_stale:
            result = self._verify(pending, include, exclude, options)
        elif options.word:
            found = self._fts(match_expression(include), where, params, scores)
            checked = self._verify(found | pending, include, exclude, options)
            result = checked
        elif options.variants:
            result = self._fts(match_expression(include, exclude), where, params, scores)
            result |= self._verify(pending, include, exclude, options)
        else:
            variant = self._ids(f"SELECT id AS rowid FROM article WHERE variant = 1{where}", params)
            result = set()
            if not any(term_has_variants(t) for t in include):
                plain_exclude = [t for t in exclude if not term_has_variants(t)]
                result = self._fts(match_expression(include, plain_exclude), where, params, scores) - variant
            candidates = pending
            if variant:
                candidates = candidates | (self._fts(match_expression(include), where, params, scores) & variant)
            result |= self._verify(candidates, include, exclude, options)
        if sort == "relevance":
            if not scores and result:
                self._fts(match_expression(include), where, params, scores)
            return sorted(result, key=lambda a: (scores.get(a, 0.0), -a))
        return sorted(result, reverse=True)

    def count(self, query: Query | str, options: SearchOptions = SearchOptions(),
              filters: SearchFilters = SearchFilters()) -> int:
        """How many articles match."""
        return len(self.matching_ids(query, options, filters))

    def _filter_sql(self, filters: SearchFilters) -> tuple[str, list[object]]:
        where = ""
        params: list[object] = []
        if filters.date_from is not None or filters.date_to is not None:
            low, high = day_range(filters.date_from, filters.date_to)
            where += " AND rowid BETWEEN ? AND ?"
            params += [low, high]
        if filters.paper is not None:
            where += " AND (rowid >> 16) IN (SELECT id FROM issue WHERE paper = ?)"
            params.append(filters.paper)
        return where, params

    def _ids(self, sql: str, params: list[object]) -> set[int]:
        return {r[0] for r in self.conn.execute(sql, params)}

    def _fts(self, expression: str, where: str, params: list[object], scores: dict[int, float]) -> set[int]:
        rows = self.conn.execute(
            f"SELECT rowid, rank FROM text_index WHERE text_index MATCH ?{where}", [expression, *params])
        found: set[int] = set()
        for rowid, rank in rows:
            found.add(rowid)
            scores[rowid] = rank
        return found

    def _verify(self, ids: set[int], include: list[str], exclude: list[str],
                options: SearchOptions) -> set[int]:
        """The articles among ids that match, checked against their text."""
        if not ids:
            return set()
        matched: set[int] = set()
        refs = self.library.articles(sorted(ids, reverse=True))
        for ref in refs:
            _issue, item = self.library.article_item(ref)
            if item_matches(item, include, exclude, options):
                matched.add(ref.id)
        return matched

    # -- pages of hits --------------------------------------------------------------------------

    def search(self, query: Query | str, options: SearchOptions = SearchOptions(),
               filters: SearchFilters = SearchFilters(), sort: Sort = "newest",
               offset: int = 0, limit: int = PAGE_SIZE) -> SearchPage:
        """One page of matching articles with snippets, and the total number that match."""
        q = parse_query(query) if isinstance(query, str) else query
        ids = self.matching_ids(q, options, filters, sort)
        page = ids[offset:offset + limit] if limit > 0 else []
        return SearchPage(q.raw, len(ids), offset, sort, self.hits(page, q, options))

    def hits(self, ids: list[int], query: Query | str, options: SearchOptions = SearchOptions()) -> list[LibraryHit]:
        """Snippets for these articles (in the order given)."""
        q = parse_query(query) if isinstance(query, str) else query
        folder = _folder(options)
        include = [folder(t.text) for t in q.include]
        hits: list[LibraryHit] = []
        for ref in self.library.articles(ids):
            try:
                _issue, item = self.library.article_item(ref)
            except KeyError as exc:
                raise LibraryError(self.library.path, f"article {ref.item} of {ref.issue_key} is missing") from exc
            hits.append(snippet_hit(ref, item, include, options))
        return hits


def snippet_hit(ref: ArticleRef, item: Item, include: list[str], options: SearchOptions) -> LibraryHit:
    """The article's first hit in reading order, with its context and every hit inside it."""
    folder = _folder(options)
    for f in item_fields(item):
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
        groups.setdefault(issue_of_article(hit.article.id), []).append(hit)
    return list(groups.items())
