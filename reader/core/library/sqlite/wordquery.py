"""Word-mode terms as FTS5 expressions on the word index (wordindex.py).

A term occurs as whole words exactly where the text's jieba words tile it, so it matches an article
exactly when one of its compositions (cuttings into pieces, each a word the index holds: word_vocab)
is a phrase of consecutive tokens of one field. A term has at most 2^(n-1) compositions and usually
a handful; a term with more than COMPOSITION_LIMIT (or longer than the longest token) is left to the
text check (search.py), which is exact too.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterable

from .textindex import codewords, encode
from .wordcuts import MAX_WORD_CHARS

COMPOSITION_LIMIT = 24


@dataclass(frozen=True)
class TermWords:
    """A term's compositions: phrases of tokens (none: it cannot occur as whole words), or None when it
    has too many to ask the index for (the text is checked instead)."""

    term: str
    phrases: tuple[str, ...] | None

    @property
    def expression(self) -> str:
        """The FTS5 expression matching an article holding any of the phrases."""
        assert self.phrases
        return " OR ".join(self.phrases)


def compositions(pieces: list[str], known: set[str], limit: int) -> list[list[str]] | None:
    """Every way to cut the codewords `pieces` into consecutive runs that are in `known`, at most
    `limit` of them (None past that)."""
    n = len(pieces)
    joined = {(i, j): "".join(pieces[i:j]) for i in range(n) for j in range(i + 1, min(n, i + MAX_WORD_CHARS) + 1)}
    reaches = [False] * n + [True]  # reaches[i]: the rest from i can be cut into known words
    for i in range(n - 1, -1, -1):
        reaches[i] = any(reaches[j] and joined[i, j] in known for j in range(i + 1, min(n, i + MAX_WORD_CHARS) + 1))
    out: list[list[str]] = []
    path: list[str] = []

    def walk(i: int) -> bool:
        if i == n:
            out.append(list(path))
            return len(out) <= limit
        for j in range(min(n, i + MAX_WORD_CHARS), i, -1):
            if reaches[j] and joined[i, j] in known:
                path.append(joined[i, j])
                if not walk(j):
                    return False
                path.pop()
        return True

    if not reaches[0]:
        return []
    return out if walk(0) else None


def term_words(conn: sqlite3.Connection, terms: Iterable[str], variants: bool,
               limit: int | None = None) -> list[TermWords]:
    """Each folded term's compositions from the word index's vocabulary (at most limit, default
    COMPOSITION_LIMIT, a term)."""
    limit = COMPOSITION_LIMIT if limit is None else limit
    split = [(term, codewords(encode(term, variants))) for term in terms]
    wanted = sorted({"".join(cw[i:j]) for _t, cw in split if len(cw) <= MAX_WORD_CHARS
                     for i in range(len(cw)) for j in range(i + 1, len(cw) + 1)})
    known: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        known.update(r[0] for r in conn.execute(f"SELECT token FROM word_vocab WHERE token IN ({marks})", chunk))
    out: list[TermWords] = []
    for term, cw in split:
        found = compositions(cw, known, limit) if len(cw) <= MAX_WORD_CHARS else None
        phrases = None if found is None else tuple('"' + " ".join(c) + '"' for c in found)  # no '"' in codewords
        out.append(TermWords(term, phrases))
    return out


def match_expression(include: list[TermWords], exclude: list[TermWords]) -> str | None:
    """The FTS5 expression for: every include term and none of the exclude terms, as whole words (None:
    nothing can match). Every term must have its phrases (not None)."""
    if any(not t.phrases for t in include):
        return None
    expr = " AND ".join(f"({t.expression})" for t in include)
    excluded = [f"({t.expression})" for t in exclude if t.phrases]
    return f"({expr}) NOT ({' OR '.join(excluded)})" if excluded else expr
