"""Word-mode terms as FTS5 expressions on the word index (wordindex.py).

A term occurs as whole words exactly where the text's jieba words tile it, so it matches an article
exactly when one of its compositions (cuttings into pieces, each a word the index holds: word_vocab)
is a phrase of consecutive tokens of one field. A term has at most 2^(n-1) compositions; a long one
of short words has many (全面建设社会主义现代化国家: 2^5 = 32), nearly all of which never occur. So the
cuttings are walked as a graph of pieces, and (for a term with more than ASK_ABOVE compositions)
two pieces may follow each other only when the index holds them side by side somewhere (a two-token
phrase, one FTS5 lookup each, at most PAIR_LIMIT a term): what is left is every composition that
can match, usually one or two. A term left with more than COMPOSITION_LIMIT (or longer than the
longest token) is left to the text check (search.py), which is exact too.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Callable, Iterable

from .textindex import codewords, encode
from .wordcuts import MAX_WORD_CHARS

COMPOSITION_LIMIT = 24
# A term with at most this many compositions asks for all of them without lookups. Measured at 3,000
# issues (CPU time): 4 left 中华人民共和国 with 3 phrases, two never occurring, 27 ms against 10 ms
# with lookups, for a median 0.2 ms better; so every term with a choice asks.
ASK_ABOVE = 1
PAIR_LIMIT = 64  # two-token lookups a term may cost (most well under a millisecond at 3,000 issues)

Piece = tuple[int, int]  # codewords [start, end) of the term, a word the index holds
Pairs = Callable[[str, str], bool]  # whether a token is followed by another somewhere


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


def _pieces(pieces: list[str], known: set[str]) -> list[Piece]:
    """The known words of the term that lie on some cutting of all of it into known words."""
    n = len(pieces)
    known_at = [(i, j) for i in range(n) for j in range(i + 1, min(n, i + MAX_WORD_CHARS) + 1)
                if "".join(pieces[i:j]) in known]
    to_end = [False] * n + [True]
    for i, j in sorted(known_at, reverse=True):
        to_end[i] = to_end[i] or to_end[j]
    from_start = [True] + [False] * n
    for i, j in sorted(known_at):
        from_start[j] = from_start[j] or from_start[i]
    return [(i, j) for i, j in known_at if from_start[i] and to_end[j]]


def _count(useful: list[Piece], n: int) -> int:
    """How many cuttings these pieces make of the whole term (n codewords)."""
    ways = [0] * n + [1]
    for i, j in sorted(useful, reverse=True):
        ways[i] += ways[j]
    return ways[0]


def compositions(pieces: list[str], known: set[str], limit: int,
                 occurs: Pairs | None = None) -> list[list[str]] | None:
    """Every way to cut the codewords `pieces` into consecutive runs that are in `known` (and, with
    `occurs`, whose neighbours it says occur side by side), at most `limit` of them (None past that).

    Neighbours are asked about lazily, from the end of the term back, each pair once and only while
    both of its words can still be on a cutting: a lookup of two frequent words that never meet
    costs a scan of both (tens of milliseconds), and most are decided by a cheaper one next to them."""
    n = len(pieces)
    useful = _pieces(pieces, known)
    text = {p: "".join(pieces[p[0]:p[1]]) for p in useful}
    starting: dict[int, list[Piece]] = {}
    for p in sorted(useful, key=lambda p: -p[1]):  # longest first: the likeliest word, found soonest
        starting.setdefault(p[0], []).append(p)
    asking = occurs is not None and _count(useful, n) > ASK_ABOVE
    answers: dict[tuple[str, str], bool] = {}

    def follows(a: Piece, b: Piece) -> bool:
        pair = (text[a], text[b])
        if not asking or occurs is None or (pair not in answers and len(answers) >= PAIR_LIMIT):
            return True  # not asked: it may occur
        if pair not in answers:
            answers[pair] = occurs(*pair)
        return answers[pair]

    finishes: dict[Piece, bool] = {}  # a piece followed by the rest of some cutting
    for p in sorted(useful, key=lambda p: -p[0]):
        finishes[p] = p[1] == n or any(finishes[q] and follows(p, q) for q in starting.get(p[1], []))
    out: list[list[str]] = []
    path: list[str] = []

    def walk(p: Piece) -> bool:
        path.append(text[p])
        if p[1] == n:
            out.append(list(path))
        elif not all(walk(q) for q in starting[p[1]] if finishes[q] and follows(p, q)):
            return False
        path.pop()
        return len(out) <= limit

    if not all(walk(p) for p in starting.get(0, []) if finishes[p]):
        return None
    return out


def occurring_pairs(conn: sqlite3.Connection) -> Pairs:
    """Whether the word index holds two tokens side by side in some row."""
    def occurs(a: str, b: str) -> bool:
        return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM word_index WHERE word_index MATCH ?)",
                                 (f'"{a} {b}"',)).fetchone()[0])
    return occurs


def term_words(conn: sqlite3.Connection, terms: Iterable[str], variants: bool,
               limit: int | None = None) -> list[TermWords]:
    """Each folded term's compositions that can occur, from the word index's vocabulary and its pairs
    of neighbouring tokens (at most limit, default COMPOSITION_LIMIT, a term)."""
    limit = COMPOSITION_LIMIT if limit is None else limit
    split = [(term, codewords(encode(term, variants))) for term in terms]
    wanted = sorted({"".join(cw[i:j]) for _t, cw in split if len(cw) <= MAX_WORD_CHARS
                     for i in range(len(cw)) for j in range(i + 1, len(cw) + 1)})
    known: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        known.update(r[0] for r in conn.execute(f"SELECT token FROM word_vocab WHERE token IN ({marks})", chunk))
    pairs = occurring_pairs(conn)
    out: list[TermWords] = []
    for term, cw in split:
        found = compositions(cw, known, limit, pairs) if len(cw) <= MAX_WORD_CHARS else None
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
