"""Search across every issue of a library: the query language and word mode of in-issue search.

An article (a searchable item, see search/fields.py) matches exactly when in-issue search
(search/issue_search.py) would list it: every include term in one of its fields, no exclude term in
any, on folded text; in word mode only occurrences on jieba word boundaries count. The text index
(textindex.py) decides every query exactly by itself, and in word mode the word index (wordindex.py);
only articles still queued for the index (or all of them, if the index was built with other folding
tables and is opened read-only), in word mode articles not yet in the word index (a few: more raise
WordIndexMissing) and the matches of a term with too many compositions (wordquery.py) are checked
against their stored text with the same rules.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ...search.fields import FieldText
from ...search.query import Query, SearchOptions, parse_query
from ..records import MAX_ARTICLE_ID, day_range
from ..results import LibraryHit, SearchFilters, SearchPage, Sort
from ..textcheck import _folder, item_matches, snippet_hit
from . import wordindex
from .library import Library
from .textindex import MatchParts, Space, match_parts, spaces
from .wordcuts import Bounds
from .wordindex import WordIndexMissing, WordState
from .wordquery import match_expression, term_words

PAGE_SIZE = 50
# Word mode checks articles not yet in the word index against their text, up to this many (a search
# then takes a few tens of milliseconds more); with more missing it raises WordIndexMissing.
WORD_CHECK_LIMIT = 2000
# When the include terms occur (as substrings) in at most this many articles, word mode checks those
# against their stored boundaries: cheaper than phrases of frequent one-character words (有与 → "有 与").
WORD_CHECK_CANDIDATES = 64


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
    low, high = _rowids(filters, space)

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
    if not extra:
        sql, params = part(*main, scored)
        return _Query(*_of_paper(sql, params, f"{main[0]}.rowid", filters, space), space, True)
    sql, params = part(*main, False)
    for op, table, expr in extra:
        more, more_params = part(table, expr, False)
        sql += f" {op} {more}"
        params += more_params
    sql = f"SELECT c.rowid AS rowid, 0.0 AS score FROM ({sql}) AS c WHERE 1"
    return _Query(*_of_paper(sql, params, "c.rowid", filters, space), space, False)


def _select_words(expr: str, filters: SearchFilters, space: Space) -> _Query:
    """The articles of one space whose words match the expression (wordquery.py), within the filters."""
    sql = ("SELECT word_index.rowid AS rowid, 0.0 AS score FROM word_index WHERE word_index MATCH ?"
           " AND word_index.rowid BETWEEN ? AND ?")
    return _Query(*_of_paper(sql, [expr, *_rowids(filters, space)], "word_index.rowid", filters, space), space, False)


def _rowids(filters: SearchFilters, space: Space) -> tuple[int, int]:
    """The lowest and highest rowid of the space within the filters' dates."""
    if filters.date_from is not None or filters.date_to is not None:
        return space.rowid_range(*day_range(filters.date_from, filters.date_to))
    return space.rowid_range(0, MAX_ARTICLE_ID)


def _of_paper(sql: str, params: list[object], rowid: str, filters: SearchFilters,
              space: Space) -> tuple[str, list[object]]:
    """The query kept to the filters' paper (rowid: the SQL naming the rowid of the space)."""
    if filters.paper is None:
        return sql, params
    article = rowid if space.sign > 0 else f"({space.base} - {rowid})"
    return (sql + f" AND {article} IN (SELECT a.id FROM article AS a JOIN issue AS i ON i.id = a.issue_id"
            " WHERE i.paper = ?)", [*params, filters.paper])


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

    def __init__(self, library: Library, word_check_limit: int | None = None) -> None:
        self.library = library
        self.conn: sqlite3.Connection = library.conn
        self.word_check_limit = WORD_CHECK_LIMIT if word_check_limit is None else word_check_limit
        self._word_state: tuple[tuple[int, int], WordState] | None = None

    def word_state(self) -> WordState:
        """How far the library's word index is built (looked up again after any change to the file)."""
        key = (self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes)
        if self._word_state is None or self._word_state[0] != key:
            self._word_state = (key, wordindex.state(self.conn, self.word_check_limit))
        return self._word_state[1]

    def _missing_words(self, filters: SearchFilters) -> set[int]:
        """The articles within the filters that are not in the word index (raises WordIndexMissing when
        there are more than word_check_limit in the library)."""
        state = self.word_state()
        if state.missing_ids is None or state.missing > self.word_check_limit:
            raise WordIndexMissing(state.missing, state.articles)
        ids = set(state.missing_ids)
        if ids and (filters.date_from is not None or filters.date_to is not None):
            low, high = day_range(filters.date_from, filters.date_to)
            ids = {a for a in ids if low <= a <= high}
        if ids and filters.paper is not None:
            marks = ",".join("?" * len(ids))
            ids = {r[0] for r in self.conn.execute(
                f"SELECT a.id FROM article AS a JOIN issue AS i ON i.id = a.issue_id WHERE i.paper = ?"
                f" AND a.id IN ({marks})", [filters.paper, *ids])}
        return ids

    def _word_plan(self, include: list[str], exclude: list[str], options: SearchOptions,
                   filters: SearchFilters) -> _Plan:
        """Word mode: the word index answers, and the articles not in it yet are checked; when the include
        terms occur in few articles, or a term has too many compositions, their substring matches are
        checked instead."""
        missing = self._missing_words(filters)
        if not self.word_state().current:
            return _Plan(include, exclude, [], missing, [])
        parts = match_parts(include, [], options.variants)
        substring = [_select(parts, filters, s) for s in spaces(options.variants)]
        few = sum(self.conn.execute(f"SELECT count(*) FROM ({q.sql} LIMIT {WORD_CHECK_CANDIDATES + 1})",
                                    q.params).fetchone()[0] for q in substring) <= WORD_CHECK_CANDIDATES
        terms = [] if few else term_words(self.conn, include + exclude, options.variants)
        if not few and all(t.phrases is not None for t in terms):
            expr = match_expression(terms[:len(include)], terms[len(include):])
            exact = [] if expr is None else [_select_words(expr, filters, s) for s in spaces(options.variants)]
            return _Plan(include, exclude, exact, missing, [])
        return _Plan(include, exclude, [], self._article_ids("pending", filters), substring)

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
        if options.word and not self.library.index_stale:
            return self._word_plan(include, exclude, options, filters)
        if self.library.index_stale:  # built with other folding tables: check every article's text
            return _Plan(include, exclude, [], self._article_ids("article", filters), [])
        parts = match_parts(include, exclude, options.variants)
        return _Plan(include, exclude, [_select(parts, filters, s) for s in spaces(options.variants)],
                     self._article_ids("pending", filters), [])

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
        cuts = self._cuts(fields, options)
        return {aid for aid, f in fields.items()
                if item_matches(f, plan.include, plan.exclude, options, cuts.get(aid))}

    def _cuts(self, fields: dict[int, list[FieldText]], options: SearchOptions) -> dict[int, list[Bounds]]:
        """The stored word boundaries of these articles, in word mode."""
        if not options.word:
            return {}
        return wordindex.article_cuts(self.conn, fields, {a: len(f) for a, f in fields.items()}, options.variants)

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
        cuts = self._cuts(fields, options)
        return [snippet_hit(ref, fields.get(ref.id, []), include, options, cuts.get(ref.id))
                for ref in self.library.articles(ids)]
