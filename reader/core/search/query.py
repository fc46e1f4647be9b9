"""The query language shared by in-issue and library search.

Terms separated by white space must all occur (AND); "…" (or “…”) is a phrase that may hold spaces;
-term or -"…" excludes. Matching is on folded text (see folding.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .folding import fold

_TOKEN_RE = re.compile(r'(-?)(?:"([^"]*)"?|“([^”]*)”?|(\S+))')


@dataclass(frozen=True)
class Term:
    """One query term: its folded text, whether it was quoted, whether it excludes."""

    text: str
    phrase: bool = False
    exclude: bool = False


@dataclass(frozen=True)
class Query:
    """A parsed query: the raw text and its terms in order."""

    raw: str
    terms: tuple[Term, ...]

    @property
    def include(self) -> tuple[Term, ...]:
        """Terms that must occur."""
        return tuple(t for t in self.terms if not t.exclude)

    @property
    def exclude(self) -> tuple[Term, ...]:
        """Terms that must not occur."""
        return tuple(t for t in self.terms if t.exclude)

    def is_empty(self) -> bool:
        """True when nothing must occur (an exclude-only query matches nothing)."""
        return not self.include


@dataclass(frozen=True)
class SearchOptions:
    """How to match: word mode (全词匹配) and Traditional/Simplified-insensitive (繁简通搜)."""

    word: bool = False
    variants: bool = False


def parse_query(raw: str) -> Query:
    """Parse a query string into terms (folded; empty terms dropped; duplicates kept once)."""
    terms: list[Term] = []
    for m in _TOKEN_RE.finditer(raw.replace("\u3000", " ")):
        neg, quoted, cn_quoted, bare = m.groups()
        phrase = quoted is not None or cn_quoted is not None
        text = quoted if quoted is not None else cn_quoted if cn_quoted is not None else bare
        if not phrase and (text or "").strip("-") == "":
            continue  # a lone dash is not a term
        text = fold(text.strip() if phrase else text)
        if not text:
            continue
        term = Term(text=text, phrase=phrase, exclude=bool(neg))
        if term not in terms:
            terms.append(term)
    return Query(raw=raw, terms=tuple(terms))
