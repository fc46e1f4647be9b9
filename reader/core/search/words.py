"""Word boundaries from jieba, for word mode (全词匹配).

jieba is imported only here and only when first needed: importing reader.core.search does not load it.
Its dictionary takes about a second to load; `warm_up()` loads it (from a cache file kept in the user
cache folder, so later starts are faster) and may be called from a worker thread; `is_ready()` says
whether it is loaded. Anything that needs jieba before then loads it on the spot.

Segmentation: `jieba.tokenize` in default mode with HMM on (jieba's default: unknown names such as
李佩阳 stay one word). It runs on the field text with full-width forms folded to half-width (ＧＤＰ is
then one word like GDP, not three) and, with 繁简通搜, Traditional characters folded to Simplified (the
dictionary is Simplified). Both folds keep the length, so the boundaries are offsets in the original.
"""

from __future__ import annotations

import importlib
import logging
import threading
import warnings
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path
from types import ModuleType

from .folding import fold_width, to_simplified

APP_NAME = "newspaper-reader"
HMM = True

_lock = threading.Lock()
_ready = threading.Event()
_imported: dict[str, ModuleType] = {}  # jieba modules fully imported through import_jieba_module


def cache_dir() -> Path:
    """The user cache folder where jieba keeps its dictionary cache."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME))


def warm_up() -> None:
    """Load jieba's dictionary once (its cache file in cache_dir()); thread-safe, returns when ready."""
    if _ready.is_set():
        return
    with _lock:
        if _ready.is_set():
            return
        jieba = _import_quietly("jieba")
        jieba.setLogLevel(logging.WARNING)
        try:
            folder = cache_dir()
            folder.mkdir(parents=True, exist_ok=True)
            jieba.dt.tmp_dir = str(folder)
        except OSError:
            pass  # jieba keeps its cache in the system temp folder instead
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            jieba.initialize()
        _ready.set()


def import_jieba_module(name: str) -> ModuleType:
    """A jieba module (e.g. "jieba.analyse") once the dictionary is loaded; thread-safe."""
    warm_up()
    module = _imported.get(name)
    if module is None:
        with _lock:
            module = _imported[name] = _import_quietly(name)
    return module


def _import_quietly(name: str) -> ModuleType:
    # jieba leaves data files open at import (ResourceWarning) and has old escape sequences in its
    # sources (DeprecationWarning when compiled): neither is ours to act on. Called under _lock.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", SyntaxWarning)
        return importlib.import_module(name)


def is_ready() -> bool:
    """Whether jieba's dictionary is loaded (word mode and keywords will not wait)."""
    return _ready.is_set()


def segmentation_text(text: str, variants: bool = False) -> str:
    """The same-length text jieba segments: full-width folded, and Traditional→Simplified if variants."""
    text = fold_width(text)
    return to_simplified(text) if variants else text


@lru_cache(maxsize=65536)
def _boundaries(seg_text: str) -> frozenset[int]:
    jieba = import_jieba_module("jieba")
    cuts = {0}
    for _word, _start, end in jieba.tokenize(seg_text, mode="default", HMM=HMM):
        cuts.add(end)
    return frozenset(cuts)


def boundaries(text: str, variants: bool = False) -> frozenset[int]:
    """Offsets where a jieba word of text starts or ends, 0 and len(text) included (cached per text)."""
    return _boundaries(segmentation_text(text, variants))


def words(text: str, variants: bool = False) -> list[tuple[int, int]]:
    """The (start, end) spans of the jieba words of text, in order."""
    cuts = sorted(boundaries(text, variants))
    return list(zip(cuts, cuts[1:]))


def is_whole_words(bounds: frozenset[int], start: int, end: int) -> bool:
    """Whether text[start:end] starts and ends on word boundaries (so it splits no word)."""
    return start in bounds and end in bounds


def boundaries_uncached(text: str, variants: bool = False) -> frozenset[int]:
    """boundaries(text, variants) without keeping the result (for segmenting a whole library)."""
    return _boundaries.__wrapped__(segmentation_text(text, variants))


@lru_cache(maxsize=65536)
def _run_boundaries(run: str) -> frozenset[int]:
    """Word boundaries inside one run of the characters jieba segments together."""
    return _boundaries.__wrapped__(run)


class WordSpans:
    """Whether spans of one text start and end on its word boundaries, segmenting only what is asked.

    jieba splits a text into runs of the characters it segments (re_han_default: CJK, letters,
    digits and a few signs) and cuts each run on its own; between runs every character is a word
    (a '\\r\\n' pair is one). So a boundary inside a run depends on that run alone, and checking a
    hit segments only the runs around it: the answers are those of boundaries(), far faster when
    a long text holds few hits.
    """

    __slots__ = ("seg", "_starts", "_ends")

    def __init__(self, text: str, variants: bool = False) -> None:
        self.seg = segmentation_text(text, variants)
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def _runs(self) -> list[int]:
        if self._starts is None:
            jieba = import_jieba_module("jieba")
            spans = [m.span() for m in jieba.re_han_default.finditer(self.seg)]
            self._starts = [a for a, _b in spans]
            self._ends = [b for _a, b in spans]
        return self._starts

    def is_boundary(self, x: int) -> bool:
        """Whether a jieba word of the text starts or ends at offset x (0 and the end included)."""
        seg = self.seg
        if x <= 0 or x >= len(seg):
            return x == 0 or x == len(seg)
        starts = self._runs()
        i = bisect_right(starts, x) - 1
        if i >= 0 and starts[i] < x < self._ends[i]:
            return x - starts[i] in _run_boundaries(seg[starts[i]:self._ends[i]])
        return not (seg[x - 1] == "\r" and seg[x] == "\n")

    def __contains__(self, x: object) -> bool:
        return isinstance(x, int) and self.is_boundary(x)
