"""The library's text index: which articles hold a string, for Chinese as for any other script.

Why this index: SQLite FTS5's `unicode61` tokenizer makes a run of Chinese one token (no substrings)
and `trigram` cannot look up one- or two-character words, which are most Chinese words. So the index
is built from the characters themselves, and FTS5 only stores and intersects the postings:

- Each searchable field (search/fields.py) of each searchable item is folded as 繁简通搜 folds it
  (fold_variants: width, Latin case, Traditional→Simplified; one character to one character).
- Every character becomes a *codeword* that FTS5's `ascii` tokenizer keeps whole: CJK and other
  non-ASCII characters and ASCII letters and digits stand for themselves, ASCII punctuation and
  spaces become private-use characters U+E000+code, and the few characters in U+E000–U+E0FF or
  lone surrogates become an escape codeword (U+E0FE + six hex digits).
- Columns `head` (kicker, title, subtitle, byline) and `body` (blocks) hold the overlapping bigrams
  of the codewords, fields separated by U+E0FF (which no codeword contains); column `chars` holds
  each distinct codeword once.
- A one-character term is the token in `chars`; a longer term is the phrase of its bigrams, which
  FTS5 matches only at consecutive positions, so a match is exactly an occurrence of the term inside
  one field. The index answers the set of matching articles exactly, without reading any text.
- Plain (not 繁简通搜) search is exact from the same index for every article whose text folding to
  Simplified leaves unchanged (article.variant = 0); the few others are checked against their text.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from ..model import Item
from ..search.fields import FieldText, item_fields
from ..search.folding import fold, fold_variants, to_simplified

ASCII_BASE = 0xE000   # ASCII punctuation/space/control c → chr(0xE000 + c)
ESCAPE = "\ue0fe"     # escape codeword prefix, followed by six hex digits
FIELD_END = "\ue0ff"  # between fields: no codeword contains it, so no phrase spans two fields
INDEX_VERSION = "1"   # bump when the codeword scheme changes (the index is then rebuilt)

_HEAD_FIELDS = ("kicker", "title", "subtitle", "byline")
_CODEWORD_RE = re.compile(ESCAPE + "[0-9a-f]{6}|.", re.DOTALL)


def _plain_codeword(ch: str) -> str:
    code = ord(ch)
    if code < 128:
        return ch if ch.isalnum() else chr(ASCII_BASE + code)
    if 0xE000 <= code <= 0xE0FF or 0xD800 <= code <= 0xDFFF:
        return f"{ESCAPE}{code:06x}"
    return ch


@dataclass(frozen=True)
class _Tables:
    """What every character turns into, derived from folding.py's public functions."""

    codeword: dict[str, str]   # char → codeword of its fold_variants form (only where it differs)
    pattern: re.Pattern[str]   # the characters in `codeword`, plus the escaped ranges
    variant: re.Pattern[str]   # characters that Traditional→Simplified folding changes (after fold)
    signature: str             # changes when any mapping changes: the index must then be rebuilt


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    bmp = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)
    folded = fold(bmp)
    simplified = to_simplified(folded)
    codeword: dict[str, str] = {}
    variant_chars: list[str] = []
    for src, f, s in zip(bmp, folded, simplified):
        if s != f:
            variant_chars.append(src)
        word = _plain_codeword(s)
        if word != src:
            codeword[src] = word
    escaped = "\ue000-\ue0ff\ud800-\udfff"
    listed = "".join(re.escape(c) for c in codeword if not (0xE000 <= ord(c) <= 0xE0FF))
    pattern = re.compile(f"[{listed}{escaped}]")
    variant = re.compile("[" + "".join(re.escape(c) for c in variant_chars) + "]")
    digest = hashlib.sha256(INDEX_VERSION.encode())
    for src in sorted(codeword):
        digest.update(f"{ord(src)}={codeword[src]};".encode("utf-8", "surrogatepass"))
    digest.update("".join(variant_chars).encode("utf-8", "surrogatepass"))
    return _Tables(codeword, pattern, variant, digest.hexdigest()[:32])


def index_signature() -> str:
    """A fingerprint of the folding and codeword tables the index was built with."""
    return _tables().signature


def encode(text: str) -> str:
    """The codeword string of text folded with fold_variants."""
    tables = _tables()
    get = tables.codeword.get
    return tables.pattern.sub(lambda m: get(m.group()) or _plain_codeword(m.group()), text)


def has_variants(text: str) -> bool:
    """Whether fold_variants(text) differs from fold(text) (it holds Traditional characters)."""
    return _tables().variant.search(text) is not None


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


@dataclass(frozen=True)
class IndexRow:
    """What one article puts in the index: text_index's body and head, char_index's chars, its size
    and its variant flag."""

    head: str
    body: str
    chars: str
    length: int
    variant: bool

    def is_empty(self) -> bool:
        """True when the article has no text to index."""
        return not self.chars


def index_row(fields: Sequence[FieldText]) -> IndexRow:
    """The index columns of an article from its searchable fields (search/fields.py item_fields)."""
    head: list[str] = []
    body: list[str] = []
    length = 0
    variant = False
    for f in fields:
        length += len(f.text)
        variant = variant or has_variants(f.text)
        (head if f.field in _HEAD_FIELDS else body).append(encode(f.text))
    head_text, body_text = FIELD_END.join(head), FIELD_END.join(body)
    everything = head_text + body_text
    if ESCAPE in everything:
        distinct = dict.fromkeys(w for part in head + body for w in codewords(part))
    else:
        distinct = dict.fromkeys(everything)
    distinct.pop(FIELD_END, None)
    return IndexRow(_bigram_tokens(head_text), _bigram_tokens(body_text), " ".join(distinct), length, variant)


def item_index_row(item: Item) -> IndexRow:
    """The index columns of an item."""
    return index_row(item_fields(item))


def term_phrase(term: str) -> tuple[bool, str]:
    """Whether the term is one character (looked up in char_index) and its FTS5 phrase.

    `term` is folded text (query terms are); it is folded to Simplified here, as the index is. The
    phrase matches exactly the articles whose folded fields hold the term.
    """
    words = codewords(encode(term))
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


def match_parts(include: Iterable[str], exclude: Iterable[str] = ()) -> MatchParts:
    """The FTS5 expressions for: every include term and none of the exclude terms."""
    inc: dict[bool, list[str]] = {True: [], False: []}
    exc: dict[bool, list[str]] = {True: [], False: []}
    for target, terms in ((inc, include), (exc, exclude)):
        for term in terms:
            if term:
                single, phrase = term_phrase(term)
                if phrase not in target[single]:
                    target[single].append(phrase)
    if not inc[True] and not inc[False]:
        raise ValueError("a match needs at least one include term")

    def joined(phrases: list[str], op: str) -> str | None:
        return f" {op} ".join(phrases) if phrases else None

    return MatchParts(joined(inc[False], "AND"), joined(inc[True], "AND"),
                      joined(exc[False], "OR"), joined(exc[True], "OR"))


def term_has_variants(term: str) -> bool:
    """Whether folding the term to Simplified changes it."""
    return has_variants(term)


@lru_cache(maxsize=2)
def _fold_table(variants: bool) -> tuple[dict[str, str], re.Pattern[str]]:
    bmp = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)
    folded = fold_variants(bmp) if variants else fold(bmp)
    table = {a: b for a, b in zip(bmp, folded) if a != b}
    return table, re.compile("[" + "".join(re.escape(c) for c in table) + "]")


def fast_fold(text: str, variants: bool = False) -> str:
    """fold(text), or fold_variants(text) when variants is set, the same result several times faster
    on Chinese text (only the characters that change are looked up)."""
    table, pattern = _fold_table(variants)
    return pattern.sub(lambda m: table[m.group()], text)
