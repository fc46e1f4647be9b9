"""Checking an article against a query by its text, by the rules of in-issue search (issue_search.py):
for articles an engine's index cannot answer (queued, not in the word index yet, or word-mode
candidates); and the snippet of an article's first hit."""

from __future__ import annotations

from typing import Callable, Container, Sequence

from ..search.fields import FieldText
from ..search.issue_search import find_all, make_snippet
from ..search.query import SearchOptions
from ..search.words import WordSpans
from .fastfold import fast_fold, is_fold_free
from .records import ArticleRef
from .results import LibraryHit


def _folder(options: SearchOptions) -> Callable[[str], str]:
    """fold, or fold_variants with 繁简通搜 (the fast equivalents from fastfold)."""
    return _fold_variants_fast if options.variants else fast_fold


def _fold_variants_fast(text: str) -> str:
    return fast_fold(text, variants=True)


class _Fields:
    """An article's fields, folded only where a term needs it (a term no folding produces is found in
    the unfolded text at the same offsets: folding keeps lengths and changes no other character),
    with its stored word boundaries (for options.variants) when word mode has them, else the
    boundaries around each hit segmented on the spot."""

    def __init__(self, fields: list[FieldText], options: SearchOptions,
                 cuts: Sequence[Container[int]] | None = None) -> None:
        self.fields = fields
        self.options = options
        self.cuts = cuts if cuts is not None and len(cuts) == len(fields) else None
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
                bounds = WordSpans(self.fields[index].text, self.options.variants)
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
