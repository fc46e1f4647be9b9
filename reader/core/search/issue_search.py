"""Hits of a query in one issue, as plain data.

Semantics:
- An item matches when every include term occurs in at least one of its fields (AND across the item,
  not necessarily in the same field) and no exclude term occurs in any of them.
- Every occurrence of every include term in a matching item is a hit. Occurrences of one term are
  found left to right without overlapping (搜 哈哈 in 哈哈哈 hits once, at 0); hits of different terms
  may overlap. A phrase is matched literally, spaces included.
- Matching is on folded text (folding.py): Latin case and full/half width always, 繁→简 with
  options.variants. Folding keeps the length, so offsets are those of the original field text.
- Word mode (options.word): an occurrence counts only where its start and end are jieba word
  boundaries of that field (words.py), for include and exclude terms alike. Word-mode hits are the
  substring hits that line up with words.
- A repeated copy of an article (duplicate_of pointing at an item of the issue) is not searched.
- Hits come in reading order: pages, items, fields (kicker, title, subtitle, byline, blocks), then by
  offset (a longer hit first when two start together, then query order).
"""

from __future__ import annotations

import operator
import re
from itertools import repeat
from typing import Any, Iterable, Iterator, NamedTuple

from ..model import Issue, Item
from .fields import FieldName, FieldText, item_fields, searchable_items
from .folding import fold, fold_variants
from .query import Query, SearchOptions, Term, parse_query

SNIPPET_CONTEXT = 20
_SEPARATOR = "\x00"
_RESULT_CACHE_SIZE = 64


class Hit(NamedTuple):
    """One occurrence of a query term: where it is and its context (an immutable record).

    `offset`/`length` count characters in the field's text (fields.field_text); `snippet` is about
    SNIPPET_CONTEXT characters either side with line breaks turned to spaces, the hit at
    snippet[snippet_offset:snippet_offset + length].
    """

    item: str
    field: FieldName
    block: int | None
    offset: int
    length: int
    snippet: str
    snippet_offset: int

    def to_json(self) -> dict[str, Any]:
        """The hit as the CLI's --json prints it."""
        return {"item": self.item, "field": self.field, "block": self.block,
                "offset": self.offset, "length": self.length, "snippet": self.snippet}


_BREAK_RE = re.compile(r"[\n\r\t\v\f\x1c-\x1e\x85\u2028\u2029]")


def one_line(text: str) -> str:
    """The text with line breaks (and tabs) as spaces, same length."""
    return _BREAK_RE.sub(" ", text) if _BREAK_RE.search(text) else text


def make_snippet(text: str, offset: int, length: int, context: int = SNIPPET_CONTEXT) -> tuple[str, int]:
    """The context of text[offset:offset+length], line breaks as spaces, and the hit's offset in it."""
    start = max(0, offset - context)
    return one_line(text[start:offset + length + context]), offset - start


def find_all(haystack: str, needle: str) -> list[int]:
    """Start offsets of needle in haystack, left to right, not overlapping."""
    found: list[int] = []
    if not needle:
        return found
    step = len(needle)
    pos = haystack.find(needle)
    while pos >= 0:
        found.append(pos)
        pos = haystack.find(needle, pos + step)
    return found


class _Entry:
    """One searchable item and its fields' texts, folded lazily per mode."""

    __slots__ = ("item", "fields", "_folded", "_joined", "_one_line", "_bounds")

    def __init__(self, item: Item) -> None:
        self.item = item
        self.fields: list[FieldText] = item_fields(item)
        self._folded: dict[bool, list[str]] = {}
        self._joined: dict[bool, str] = {}
        self._one_line: list[str] | None = None
        self._bounds: dict[bool, list[frozenset[int] | None]] = {}

    def word_bounds(self, index: int, variants: bool) -> frozenset[int]:
        """The jieba word boundaries of one field (segmented on first need)."""
        bounds = self._bounds.setdefault(variants, [None] * len(self.fields))
        cuts = bounds[index]
        if cuts is None:
            from . import words

            cuts = bounds[index] = words.boundaries(self.fields[index].text, variants)
        return cuts

    def one_line(self) -> list[str]:
        """The field texts with line breaks as spaces (what snippets are cut from)."""
        if self._one_line is None:
            self._one_line = [one_line(f.text) for f in self.fields]
        return self._one_line

    def folded(self, variants: bool) -> list[str]:
        texts = self._folded.get(variants)
        if texts is None:
            folder = fold_variants if variants else fold
            texts = [folder(f.text) for f in self.fields]
            self._folded[variants] = texts
        return texts

    def joined(self, variants: bool) -> str:
        """All folded field texts in one string: a quick, possibly loose, test for a term."""
        text = self._joined.get(variants)
        if text is None:
            text = _SEPARATOR.join(self.folded(variants))
            self._joined[variants] = text
        return text


class IssueIndex:
    """An issue prepared for repeated searching (build once per issue, search per keystroke).

    Field texts are folded once, lazily per mode; a field is segmented into words the first time word
    mode needs it; the last 64 results are remembered, so typing back over a query is free. Search
    from one thread; prepare() may run meanwhile in a worker (what it fills in is filled in the same
    way by either). It holds no Qt.
    """

    def __init__(self, issue: Issue) -> None:
        self.issue = issue
        self._entries = [_Entry(item) for item in searchable_items(issue)]
        self._results: dict[tuple[tuple[Term, ...], SearchOptions], list[Hit]] = {}

    def prepare(self, options: SearchOptions = SearchOptions()) -> None:
        """Fold every text for these options now (and segment every text when options.word)."""
        for entry in self._entries:
            entry.joined(options.variants)
            entry.one_line()
            if options.word:
                for index in range(len(entry.fields)):
                    entry.word_bounds(index, options.variants)

    def forget_results(self) -> None:
        """Drop the remembered results (the folded texts stay)."""
        self._results.clear()

    def search(self, query: Query | str, options: SearchOptions = SearchOptions()) -> list[Hit]:
        """Every hit of the query in reading order (empty when the query has no include term)."""
        q = parse_query(query) if isinstance(query, str) else query
        key = (q.terms, options)
        cached = self._results.get(key)
        if cached is None:
            cached = list(self._search(q, options))
            if len(self._results) >= _RESULT_CACHE_SIZE:
                self._results.pop(next(iter(self._results)))
            self._results[key] = cached
        return list(cached)

    def matching_items(self, query: Query | str, options: SearchOptions = SearchOptions()) -> list[str]:
        """Ids of the items the query matches, in reading order."""
        seen: dict[str, None] = {}
        for hit in self.search(query, options):
            seen.setdefault(hit.item)
        return list(seen)

    def _search(self, q: Query, options: SearchOptions) -> Iterable[Hit]:
        if q.is_empty():
            return
        folder = fold_variants if options.variants else fold
        include = [folder(t.text) for t in q.include]
        exclude = [folder(t.text) for t in q.exclude]
        for entry in self._entries:
            joined = entry.joined(options.variants)
            if not all(term in joined for term in include):
                continue
            hits = self._entry_hits(entry, include, exclude, options)
            if hits is not None:
                yield from hits

    def _entry_hits(self, entry: _Entry, include: list[str], exclude: list[str],
                    options: SearchOptions) -> list[Hit] | None:
        """The entry's hits, or None when it does not match."""
        folded = entry.folded(options.variants)
        joined = entry.joined(options.variants)
        for term in exclude:
            if term in joined and any(term in text and _occurrences(entry, index, text, term, options)
                                      for index, text in enumerate(folded)):
                return None
        hits: list[Hit] = []
        found = [False] * len(include)
        item_id, fields, lines = entry.item.id, entry.fields, entry.one_line()
        for index, text in enumerate(folded):
            per_term: list[tuple[int, list[int]]] = []  # (length, offsets) of each term found here
            for order, term in enumerate(include):
                if term in text:
                    offsets = _occurrences(entry, index, text, term, options)
                    if offsets:
                        found[order] = True
                        per_term.append((len(term), offsets))
            if not per_term:
                continue
            if len(per_term) == 1:
                size, offsets = per_term[0]
                sizes = [size] * len(offsets)
            else:  # by offset, a longer hit first, then query order (the sort is stable)
                spans = sorted(((pos, size) for size, offsets in per_term for pos in offsets),
                               key=lambda span: (span[0], -span[1]))
                offsets, sizes = [p for p, _ in spans], [n for _, n in spans]
            hits.extend(_field_hits(item_id, fields[index], lines[index], offsets, sizes))
        return hits if all(found) else None


def _field_hits(item_id: str, f: FieldText, line: str, offsets: list[int], sizes: list[int]) -> Iterator[Hit]:
    """Hits at these offsets of one field, snippets cut from its one-line text.

    The per-keystroke hot path: built column by column so the per-hit work stays in C
    (Hit(...) would cost a Python-level call per hit).
    """
    ctx = SNIPPET_CONTEXT
    starts = [pos - ctx if pos > ctx else 0 for pos in offsets]
    snippets = [line[a:pos + n + ctx] for a, pos, n in zip(starts, offsets, sizes)]
    records = zip(repeat(item_id), repeat(f.field), repeat(f.block), offsets, sizes, snippets,
                  map(operator.sub, offsets, starts))
    return map(tuple.__new__, repeat(Hit), records)


def _occurrences(entry: _Entry, index: int, folded: str, term: str, options: SearchOptions) -> list[int]:
    """Offsets of term in one folded field text, kept to whole words in word mode."""
    found = find_all(folded, term)
    if options.word and found:
        bounds = entry.word_bounds(index, options.variants)
        end = len(term)
        found = [pos for pos in found if pos in bounds and pos + end in bounds]
    return found


def search_issue(issue: Issue, query: Query | str, options: SearchOptions = SearchOptions()) -> list[Hit]:
    """Every hit of the query in the issue (builds a one-off IssueIndex; keep one for repeated use)."""
    return IssueIndex(issue).search(query, options)


def hit_counts(hits: Iterable[Hit]) -> dict[str, int]:
    """Number of hits per item id, items in the order their first hit comes."""
    counts: dict[str, int] = {}
    for hit in hits:
        counts[hit.item] = counts.get(hit.item, 0) + 1
    return counts


def hits_by_item(hits: Iterable[Hit]) -> dict[str, list[Hit]]:
    """Hits grouped by item id, items in the order their first hit comes."""
    grouped: dict[str, list[Hit]] = {}
    for hit in hits:
        grouped.setdefault(hit.item, []).append(hit)
    return grouped


__all__ = ["Hit", "IssueIndex", "SearchOptions", "find_all", "hit_counts", "hits_by_item", "make_snippet",
           "one_line", "search_issue"]
