"""Word boundaries kept in the library, so word mode (全词匹配) need not run jieba at search time.

Building them is the one slow part of importing (jieba reads a few hundred thousand characters a
second), and only word mode needs them, so Library.build_word_index does it after an import, in the
background, with progress. Until an article has them, word mode segments its text on the spot: the
result is the same, only slower. They are the boundaries of search/words.py for plain search
(without 繁简通搜, which segments other text); they are dropped when jieba or its settings change.
"""

from __future__ import annotations

import zlib
from array import array

from ..search import words
from ..search.fields import FieldText


def signature() -> str:
    """What the stored boundaries depend on: jieba's version and settings."""
    import importlib.metadata

    try:
        version = importlib.metadata.version("jieba")
    except importlib.metadata.PackageNotFoundError:
        version = "?"
    return f"jieba {version}; HMM={words.HMM}; default mode on fold_width text"


def field_cuts(fields: list[FieldText]) -> list[frozenset[int]]:
    """Each field's word boundaries, as words.boundaries gives them (plain search)."""
    return [words.boundaries(f.text, False) for f in fields]


def pack_cuts(cuts: list[frozenset[int]]) -> bytes:
    """Boundaries of each field, compactly: a count, then the gaps (all as unsigned 32-bit), zipped."""
    out = array("I")
    for bounds in cuts:
        ordered = sorted(bounds)
        out.append(len(ordered))
        previous = 0
        for b in ordered:
            out.append(b - previous)
            previous = b
    return zlib.compress(out.tobytes(), 1)


def unpack_cuts(blob: bytes) -> list[frozenset[int]]:
    """The boundaries pack_cuts stored."""
    data = array("I")
    data.frombytes(zlib.decompress(blob))
    cuts: list[frozenset[int]] = []
    i = 0
    while i < len(data):
        n = data[i]
        total = 0
        bounds = []
        for gap in data[i + 1:i + 1 + n]:
            total += gap
            bounds.append(total)
        cuts.append(frozenset(bounds))
        i += 1 + n
    return cuts
