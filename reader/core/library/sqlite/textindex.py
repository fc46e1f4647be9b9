"""The library's text index: which articles hold a string, for Chinese as for any other script.

Why this index: SQLite FTS5's `unicode61` tokenizer makes a run of Chinese one token (no substrings)
and `trigram` cannot look up one- or two-character words, which are most Chinese words. So the index
is built from the characters themselves, and FTS5 only stores and intersects the postings:

- Each searchable field (search/fields.py) of each searchable item is folded as search folds it
  (folding.py: width and Latin case; with 繁简通搜 also Traditional→Simplified; one character to one).
- Every character becomes a *codeword* that FTS5's `ascii` tokenizer keeps whole: CJK and other
  non-ASCII characters and ASCII letters and digits stand for themselves, ASCII punctuation and
  spaces become private-use characters U+E000+code, and the few characters in U+E000–U+E0FF or
  lone surrogates become an escape codeword (U+E0FE + six hex digits).
- text_index (columns body, head) holds the overlapping bigrams of the codewords, fields separated
  by U+E0FF (which no codeword contains); char_index (detail=none) holds each distinct codeword once.
- A one-character term is a token of char_index; a longer term is the phrase of its bigrams, which
  FTS5 matches only at consecutive positions, so a match is exactly an occurrence of the term inside
  one field. The index answers the set of matching articles exactly, without reading any text.
- An article whose text 繁→简 folding leaves alone is indexed once, under its own id (both searches
  see the same text). One that holds Traditional characters is indexed twice, plainly folded under
  rowid -id and folded to Simplified under rowid -(2^40 + id); each search reads its own rows.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from array import array
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from ...search.fields import FieldText
from ..fastfold import FoldTable, fold_table
from ..records import MAX_ARTICLE_ID

ASCII_BASE = 0xE000   # ASCII punctuation/space/control c → chr(0xE000 + c)
ESCAPE = "\ue0fe"     # escape codeword prefix, followed by six hex digits
FIELD_END = "\ue0ff"  # between fields: no codeword contains it, so no phrase spans two fields
INDEX_VERSION = "2"   # bump when the codeword scheme changes (the index is then rebuilt)
VARIANT_BASE = MAX_ARTICLE_ID + 1  # rowid -(VARIANT_BASE + id): an article's text folded to Simplified

_HEAD_FIELDS = ("kicker", "title", "subtitle", "byline")
_CODEWORD_RE = re.compile(ESCAPE + "[0-9a-f]{6}|.", re.DOTALL)


# -- rowid spaces --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Space:
    """Where a search reads in the index: rowids `sign * id + base` of articles with ids low…high."""

    sign: int
    base: int

    def rowid(self, article: int) -> int:
        """The rowid of an article in this space."""
        return self.sign * article + self.base

    def article(self, rowid: int) -> int:
        """The article a rowid of this space stands for."""
        return (rowid - self.base) * self.sign

    def rowid_range(self, low: int, high: int) -> tuple[int, int]:
        """The rowids of articles low…high, lowest first."""
        a, b = self.rowid(low), self.rowid(high)
        return min(a, b), max(a, b)

    @property
    def newest_first(self) -> str:
        """The ORDER BY direction of rowids that lists the newest article first."""
        return "DESC" if self.sign > 0 else "ASC"


ALL_ARTICLES = Space(1, 0)                  # articles folding to Simplified leaves alone: both searches
PLAIN_ROWS = Space(-1, 0)                   # the others, folded plainly
VARIANT_ROWS = Space(-1, -VARIANT_BASE)     # the others, folded to Simplified


def spaces(variants: bool) -> tuple[Space, Space]:
    """The two spaces a search reads: everyone's shared rows and the variant articles' own rows."""
    return (ALL_ARTICLES, VARIANT_ROWS if variants else PLAIN_ROWS)


# -- codewords -----------------------------------------------------------------------------------

def _plain_codeword(ch: str) -> str:
    code = ord(ch)
    if code < 128:
        return ch if ch.isalnum() else chr(ASCII_BASE + code)
    if 0xE000 <= code <= 0xE0FF or 0xD800 <= code <= 0xDFFF:
        return f"{ESCAPE}{code:06x}"
    return ch


@lru_cache(maxsize=2)
def _encoding(variants: bool) -> FoldTable:
    """Folding then codewords, as one table (plus the escaped ranges, computed when met)."""
    table = {src: _plain_codeword(dst) for src, dst in fold_table(variants).table.items()}
    for code in range(128):
        ch = chr(code)
        if ch not in table and not ch.isalnum():
            table[ch] = _plain_codeword(ch)
    table = {k: v for k, v in table.items() if k != v}
    listed = "".join(re.escape(c) for c in table if not 0xE000 <= ord(c) <= 0xE0FF)
    return FoldTable(table, re.compile(f"[{listed}\ue000-\ue0ff\ud800-\udfff]"))


@lru_cache(maxsize=1)
def _variant_pattern() -> re.Pattern[str]:
    plain, simplified = fold_table(False).table, fold_table(True).table
    changed = [c for c, s in simplified.items() if plain.get(c, c) != s]
    return re.compile("[" + "".join(re.escape(c) for c in changed) + "]")


@lru_cache(maxsize=1)
def index_signature() -> str:
    """A fingerprint of the folding and codeword tables the index is built with."""
    digest = hashlib.sha256(INDEX_VERSION.encode())
    for variants in (False, True):
        table = _encoding(variants).table
        for src in sorted(table):
            digest.update(f"{ord(src)}={table[src]};".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


def build_tables() -> None:
    """Build the folding and codeword tables now (before forking reading processes: they share them)."""
    for variants in (False, True):
        _encoding(variants)
    _variant_pattern()


def encode(text: str, variants: bool) -> str:
    """The codeword string of text folded as plain search (or, with variants, 繁简通搜) folds it."""
    enc = _encoding(variants)
    get = enc.table.get
    return enc.pattern.sub(lambda m: get(m.group()) or _plain_codeword(m.group()), text)


def has_variants(text: str) -> bool:
    """Whether fold_variants(text) differs from fold(text) (it holds Traditional characters)."""
    return _variant_pattern().search(text) is not None


def codewords(encoded: str) -> list[str]:
    """An encoded string split into its codewords."""
    if ESCAPE not in encoded:
        return list(encoded)
    return _CODEWORD_RE.findall(encoded)


def _bigram_tokens(encoded: str) -> str:
    """Overlapping bigrams of an encoded string, space-separated."""
    if ESCAPE in encoded:
        words = codewords(encoded)
        return " ".join(a + b for a, b in zip(words, words[1:]))
    n = len(encoded)
    if n < 2:
        return ""
    units = array("I")
    units.frombytes(encoded.encode("utf-32-le", "surrogatepass"))
    out = array("I", bytes(12 * (n - 1)))
    out[0::3] = units[:-1]
    out[1::3] = units[1:]
    out[2::3] = array("I", [32]) * (n - 1)
    return out.tobytes().decode("utf-32-le", "surrogatepass")


# -- what an article puts in the index -----------------------------------------------------------

@dataclass(frozen=True)
class IndexRow:
    """One row of an article in both index tables (its rowid is space.rowid(article id))."""

    space: Space
    body: str
    head: str
    chars: str


@dataclass(frozen=True)
class ArticleIndex:
    """An article's index rows (one, or two for an article with Traditional characters), its size in
    characters, whether it holds Traditional characters, and a checksum of its rows (the library
    keeps it, to delete exactly those rows again)."""

    rows: tuple[IndexRow, ...]
    length: int
    variant: bool
    digest: int


def rows_digest(rows: Iterable[IndexRow]) -> int:
    """A checksum (CRC-32) of index rows: their space, body, head and chars."""
    crc = 0
    for row in rows:
        for text in (f"{row.space.sign},{row.space.base}", row.body, row.head, row.chars):
            crc = zlib.crc32(text.encode("utf-8", "surrogatepass"), crc)
    return crc


def _row(space: Space, fields: Sequence[FieldText], variants: bool) -> IndexRow | None:
    head: list[str] = []
    body: list[str] = []
    for f in fields:
        (head if f.field in _HEAD_FIELDS else body).append(encode(f.text, variants))
    head_text, body_text = FIELD_END.join(head), FIELD_END.join(body)
    everything = head_text + body_text
    if not everything:
        return None
    if ESCAPE in everything:
        distinct = dict.fromkeys(w for part in head + body for w in codewords(part))
        distinct.pop(FIELD_END, None)
        chars = " ".join(distinct)
    else:  # each character once, in order of first appearance (as code points: faster than as strings)
        codes = dict.fromkeys(memoryview(everything.encode("utf-32-le")).cast("I"))
        codes.pop(ord(FIELD_END), None)
        chars = " ".join(map(chr, codes))
    return IndexRow(space, _bigram_tokens(body_text), _bigram_tokens(head_text), chars)


def article_index(fields: Sequence[FieldText]) -> ArticleIndex:
    """What an article with these fields (fields.item_fields) puts in the index."""
    length = sum(len(f.text) for f in fields)
    variant = any(has_variants(f.text) for f in fields)
    candidates: tuple[IndexRow | None, ...]
    if variant:
        candidates = (_row(PLAIN_ROWS, fields, False), _row(VARIANT_ROWS, fields, True))
    else:
        candidates = (_row(ALL_ARTICLES, fields, False),)
    rows = tuple(r for r in candidates if r is not None)
    return ArticleIndex(rows, length, variant, rows_digest(rows))


# -- queries -------------------------------------------------------------------------------------

def term_phrase(term: str, variants: bool) -> tuple[bool, str]:
    """Whether the term is one character (looked up in char_index) and its FTS5 phrase, matching
    exactly the articles whose folded fields hold it (term: folded text, as query terms are)."""
    words = codewords(encode(term, variants))
    if len(words) == 1:
        return True, f'"{words[0]}"'
    return False, '"' + " ".join(a + b for a, b in zip(words, words[1:])) + '"'  # no '"' in codewords


@dataclass(frozen=True)
class MatchParts:
    """A query's terms as FTS5 expressions on the two index tables (None where it has no terms)."""

    text_include: str | None   # text_index: every multi-character include term
    char_include: str | None   # char_index: every one-character include term
    text_exclude: str | None   # text_index: any multi-character exclude term
    char_exclude: str | None   # char_index: any one-character exclude term


def match_parts(include: Iterable[str], exclude: Iterable[str], variants: bool) -> MatchParts:
    """The FTS5 expressions for: every include term and none of the exclude terms."""
    inc: dict[bool, list[str]] = {True: [], False: []}
    exc: dict[bool, list[str]] = {True: [], False: []}
    for target, terms in ((inc, include), (exc, exclude)):
        for term in terms:
            if term:
                single, phrase = term_phrase(term, variants)
                if phrase not in target[single]:
                    target[single].append(phrase)
    if not inc[True] and not inc[False]:
        raise ValueError("a match needs at least one include term")

    def joined(phrases: list[str], op: str) -> str | None:
        return f" {op} ".join(phrases) if phrases else None

    return MatchParts(joined(inc[False], "AND"), joined(inc[True], "AND"),
                      joined(exc[False], "OR"), joined(exc[True], "OR"))
