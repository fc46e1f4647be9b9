"""A page of library search results as the reader shows them: snippets from the text, hits in bold.

Each result row shows the article's headline already, so a hit found in the headline gets its snippet
from the article's text instead: the first hit there, else the article's opening words. `term_spans`
says where the query's terms are in a headline (for bold).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal, Sequence

from .search.fields import FieldText
from .search.folding import fold, fold_variants
from .search.query import SearchOptions, parse_query

if TYPE_CHECKING:
    from .library.results import LibraryHit, SearchPage

PAGE_SIZE = 50
HEADLINE_FIELDS = ("kicker", "title", "subtitle")
LEAD_CHARS = 60


@dataclass(frozen=True)
class SearchRequest:
    """One library search: query, toggles, paper (None: all), dates (inclusive; None: open), order and page."""

    query: str
    options: SearchOptions = SearchOptions()
    paper: str | None = None
    sort: Literal["newest", "relevance"] = "newest"
    offset: int = 0
    limit: int = PAGE_SIZE
    date_from: dt.date | None = None   # issues from/to these dates (inclusive; None: open)
    date_to: dt.date | None = None


def folded_terms(query: str, options: SearchOptions) -> list[str]:
    """The include terms of a query, folded as search folds them."""
    folder = fold_variants if options.variants else fold
    return [folder(t.text) for t in parse_query(query).include]


def body_snippet(hit: LibraryHit, fields: Sequence[FieldText], terms: list[str],
                 options: SearchOptions) -> LibraryHit:
    """The hit with its snippet taken from the article's text (its first hit there, else its lead)."""
    from .library.textcheck import snippet_hit
    body = [f for f in fields if f.field == "block"]
    found = snippet_hit(hit.article, body, terms, options)
    if found.spans:
        return found
    lead = " ".join(f.text for f in body)[:LEAD_CHARS].replace("\n", " ")
    return replace(hit, snippet=lead + ("…" if len(lead) == LEAD_CHARS else ""), spans=())


def with_body_snippets(page: SearchPage, fields: dict[int, list[FieldText]], request: SearchRequest) -> SearchPage:
    """The page with every hit found in a headline given its snippet from the text (fields: by article id)."""
    terms = folded_terms(request.query, request.options)
    return replace(page, hits=[body_snippet(h, fields.get(h.article.id, []), terms, request.options)
                               if h.field in HEADLINE_FIELDS else h for h in page.hits])


def headline_hits(page: SearchPage) -> list[int]:
    """Ids of the articles on the page whose hit is in the headline (they need their text's fields)."""
    return [h.article.id for h in page.hits if h.field in HEADLINE_FIELDS]


def term_spans(text: str, terms: list[str], variants: bool = False) -> tuple[tuple[int, int], ...]:
    """(offset, length) of every occurrence of the folded terms in text (for bold in a headline)."""
    folded = (fold_variants if variants else fold)(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        at = folded.find(term) if term else -1
        while at >= 0:
            spans.append((at, len(term)))
            at = folded.find(term, at + len(term))
    return tuple(sorted(spans))
