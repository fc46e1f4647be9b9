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
    return f"jieba {version}; HMM={words.HMM}; default mode on fold_width text; bit sets"


def field_cuts(fields: list[FieldText]) -> list[frozenset[int]]:
    """Each field's word boundaries, as words.boundaries gives them (plain search)."""
    return [words.boundaries(f.text, False) for f in fields]


class Bounds:
    """One field's word boundaries as a bit set: `offset in bounds`."""

    __slots__ = ("bits",)

    def __init__(self, bits: bytes) -> None:
        self.bits = bits

    def __contains__(self, offset: object) -> bool:
        if not isinstance(offset, int) or offset < 0 or offset >> 3 >= len(self.bits):
            return False
        return bool(self.bits[offset >> 3] >> (offset & 7) & 1)


def pack_cuts(cuts: list[frozenset[int]]) -> bytes:
    """Boundaries of each field as bit sets (a length header, then the bits), zipped."""
    header = array("I", [len(cuts)])
    bodies = []
    for bounds in cuts:
        bits = bytearray((max(bounds, default=0) >> 3) + 1)
        for b in bounds:
            bits[b >> 3] |= 1 << (b & 7)
        header.append(len(bits))
        bodies.append(bytes(bits))
    return zlib.compress(header.tobytes() + b"".join(bodies), 1)


def unpack_cuts(blob: bytes) -> list[Bounds]:
    """The boundaries pack_cuts stored, one Bounds a field."""
    data = zlib.decompress(blob)
    count = int.from_bytes(data[:4], "little")
    sizes = array("I")
    sizes.frombytes(data[4:4 + 4 * count])
    out: list[Bounds] = []
    at = 4 + 4 * count
    for size in sizes:
        out.append(Bounds(data[at:at + size]))
        at += size
    return out
