"""What an article puts in the word index (wordindex.py): its jieba words as tokens, and its word
boundaries, kept so its rows can be deleted again and its hits drawn without running jieba.

- Each field is cut as search/words.py cuts it (jieba on the width-folded text, with 繁简通搜 on the
  text folded to Simplified), and each word becomes one token: the codewords (textindex.py) of its
  text folded as search folds it. A field ends with FIELD_END, so no phrase of words spans two.
- Words longer than MAX_WORD_CHARS become LONG_WORD (FTS5 cuts tokens at 32 KB; no query names one).
- An article whose text 繁→简 folding leaves alone has one row, under its own id; one with Traditional
  characters has two, in the rowid spaces of the text index (textindex.Space), each cut and folded
  for its search, so word mode with 繁简通搜 reads the index too.
- Its boundaries are stored as bit sets (one a field and row), zipped, behind a CRC-32 of its rows.
"""

from __future__ import annotations

import importlib.metadata
import zlib
from array import array
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from ...search import words
from ...search.fields import FieldText
from .textindex import (
    ALL_ARTICLES,
    ESCAPE,
    FIELD_END,
    PLAIN_ROWS,
    VARIANT_ROWS,
    Space,
    codewords,
    encode,
    has_variants,
    index_signature,
)

LONG_WORD = "\ue0fd"   # stands for a word longer than MAX_WORD_CHARS (no codeword contains it)
MAX_WORD_CHARS = 64
WORDS_VERSION = "1"    # bump when the rows or the stored boundaries change (the word index is rebuilt)

Cutter = Callable[[str, bool], frozenset[int]]


@lru_cache(maxsize=1)
def signature() -> str:
    """What the word index depends on: jieba's version and settings, the codewords, this scheme."""
    try:
        version = importlib.metadata.version("jieba")
    except importlib.metadata.PackageNotFoundError:
        version = "?"
    return f"jieba {version}; HMM={words.HMM}; words {WORDS_VERSION}; index {index_signature()}"


@dataclass(frozen=True)
class WordRow:
    """One row of an article in the word index: where, and its tokens (space-separated)."""

    space: Space
    tokens: str


@dataclass(frozen=True)
class ArticleWords:
    """An article's word-index rows, the distinct words in them, and its packed boundaries."""

    rows: tuple[WordRow, ...]
    vocabulary: frozenset[str]
    cuts: bytes


def _modes(fields: Sequence[FieldText]) -> tuple[tuple[Space, bool], ...]:
    if any(has_variants(f.text) for f in fields):
        return ((PLAIN_ROWS, False), (VARIANT_ROWS, True))
    return ((ALL_ARTICLES, False),)


def _field_tokens(text: str, cuts: frozenset[int] | list[int], variants: bool) -> list[str]:
    encoded = encode(text, variants)
    units: str | list[str] = encoded if ESCAPE not in encoded else codewords(encoded)
    ordered = sorted(cuts)
    return ["".join(units[a:b]) if b - a <= MAX_WORD_CHARS else LONG_WORD for a, b in zip(ordered, ordered[1:])]


def _rows(fields: Sequence[FieldText], cut_sets: Sequence[Sequence[frozenset[int] | list[int]]]
          ) -> tuple[tuple[WordRow, ...], frozenset[str]]:
    rows: list[WordRow] = []
    vocabulary: set[str] = set()
    for (space, variants), cuts in zip(_modes(fields), cut_sets):
        tokens: list[str] = []
        for f, bounds in zip(fields, cuts):
            tokens += _field_tokens(f.text, bounds, variants)
            tokens.append(FIELD_END)
        vocabulary.update(tokens)
        rows.append(WordRow(space, " ".join(tokens[:-1])))
    vocabulary.discard(FIELD_END)
    vocabulary.discard(LONG_WORD)
    return tuple(rows), frozenset(vocabulary)


def article_words(fields: Sequence[FieldText], cutter: Cutter = words.boundaries_uncached) -> ArticleWords | None:
    """What an article with these fields puts in the word index (runs jieba; None without fields)."""
    if not fields:
        return None
    cut_sets = [[cutter(f.text, variants) for f in fields] for _space, variants in _modes(fields)]
    rows, vocabulary = _rows(fields, cut_sets)
    return ArticleWords(rows, vocabulary, pack_cuts(rows, [c for cuts in cut_sets for c in cuts]))


def rows_digest(rows: Sequence[WordRow]) -> int:
    """A checksum (CRC-32) of word rows: their space and tokens."""
    crc = 0
    for row in rows:
        for text in (f"{row.space.sign},{row.space.base}", row.tokens):
            crc = zlib.crc32(text.encode("utf-8", "surrogatepass"), crc)
    return crc


def stored_rows(fields: Sequence[FieldText], blob: bytes) -> tuple[WordRow, ...] | None:
    """The rows an article was given, made again from its stored boundaries (no jieba); None when
    they do not give back the checksum stored with them (other codeword tables, damage)."""
    try:
        digest, cuts = unpack_cuts(blob)
    except (zlib.error, ValueError, IndexError):
        return None
    modes = _modes(fields)
    if len(cuts) != len(fields) * len(modes):
        return None
    per_mode = [[bounds.offsets() for bounds in cuts[k * len(fields):(k + 1) * len(fields)]]
                for k in range(len(modes))]
    rows, _vocabulary = _rows(fields, per_mode)
    return rows if rows_digest(rows) == digest else None


def mode_cuts(blob: bytes, fields: int, variants: bool) -> list[Bounds] | None:
    """The stored boundaries of each field for plain search or 繁简通搜 (None: not as many fields)."""
    _digest, cuts = unpack_cuts(blob)
    if len(cuts) == fields:
        return cuts
    if len(cuts) == 2 * fields:
        return cuts[fields:] if variants else cuts[:fields]
    return None


class Bounds:
    """One field's word boundaries as a bit set: `offset in bounds`."""

    __slots__ = ("bits",)

    def __init__(self, bits: bytes) -> None:
        self.bits = bits

    def __contains__(self, offset: object) -> bool:
        if not isinstance(offset, int) or offset < 0 or offset >> 3 >= len(self.bits):
            return False
        return bool(self.bits[offset >> 3] >> (offset & 7) & 1)

    def offsets(self) -> list[int]:
        """Every boundary, in order."""
        return [i * 8 + k for i, byte in enumerate(self.bits) if byte for k in range(8) if byte >> k & 1]


def pack_cuts(rows: Sequence[WordRow], cuts: Sequence[frozenset[int]]) -> bytes:
    """The rows' checksum, then each field's boundaries (of every row) as bit sets, zipped."""
    header = array("I", [len(cuts)])
    bodies = []
    for bounds in cuts:
        bits = bytearray((max(bounds, default=0) >> 3) + 1)
        for b in bounds:
            bits[b >> 3] |= 1 << (b & 7)
        header.append(len(bits))
        bodies.append(bytes(bits))
    packed = zlib.compress(header.tobytes() + b"".join(bodies), 1)
    return rows_digest(rows).to_bytes(4, "little") + packed


def unpack_cuts(blob: bytes) -> tuple[int, list[Bounds]]:
    """The checksum and the boundaries pack_cuts stored, one Bounds a field and row."""
    data = zlib.decompress(blob[4:])
    count = int.from_bytes(data[:4], "little")
    sizes = array("I")
    sizes.frombytes(data[4:4 + 4 * count])
    out: list[Bounds] = []
    at = 4 + 4 * count
    for size in sizes:
        out.append(Bounds(data[at:at + size]))
        at += size
    if len(out) != count or at != len(data):
        raise ValueError("boundaries cut short")
    return int.from_bytes(blob[:4], "little"), out
