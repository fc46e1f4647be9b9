"""What the lookup popup and `reader define` show of a word: pinyin, 繁/简 forms, English senses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .cedict import Cedict, CedictEntry, DictionaryUnavailable, shared_dictionary
from .pinyin import marked_reading, marked_senses, text_pinyin, toneless
from .word_at import is_word


@dataclass(frozen=True)
class Sense:
    """One dictionary entry of the word: its forms, reading (tone marks) and English senses."""

    traditional: str
    simplified: str
    pinyin: str
    pinyin_numbered: str
    senses: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """The entry as `define --json` prints it."""
        return {"traditional": self.traditional, "simplified": self.simplified, "pinyin": self.pinyin,
                "pinyin_numbered": self.pinyin_numbered, "senses": list(self.senses)}


@dataclass(frozen=True)
class Part:
    """A piece of a word the dictionary lacks, with its own entries (本报记者 → 本报 + 记者)."""

    text: str
    pinyin: str
    entries: list[Sense] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The part as `define --json` prints it."""
        return {"text": self.text, "pinyin": self.pinyin, "entries": [e.to_json() for e in self.entries]}


@dataclass(frozen=True)
class Definition:
    """A word looked up. `pinyin` is always given (pypinyin); `entries` is empty for a word the
    dictionary lacks, and then `parts` are its longest pieces the dictionary has; `problem` says why
    the dictionary could not be read (None when it was)."""

    word: str
    pinyin: str
    simplified: str
    traditional: str
    entries: list[Sense] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    problem: str | None = None

    @property
    def found(self) -> bool:
        """Whether the dictionary has the word."""
        return bool(self.entries)

    def to_json(self) -> dict[str, Any]:
        """The definition as `define --json` prints it."""
        return {"word": self.word, "pinyin": self.pinyin, "simplified": self.simplified,
                "traditional": self.traditional, "found": self.found,
                "entries": [e.to_json() for e in self.entries], "parts": [p.to_json() for p in self.parts],
                "problem": self.problem}


@lru_cache(maxsize=2)
def _converter(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


def simplified_form(text: str) -> str:
    """text in Simplified characters (OpenCC t2s, phrase-aware)."""
    return str(_converter("t2s").convert(text))


def traditional_form(text: str) -> str:
    """text in Traditional characters (OpenCC s2t, phrase-aware)."""
    return str(_converter("s2t").convert(text))


def _sense(entry: CedictEntry) -> Sense:
    return Sense(entry.traditional, entry.simplified, marked_reading(entry.pinyin_numbered),
                 entry.pinyin_numbered, tuple(marked_senses(s) for s in entry.senses))


def _ordered(found: list[CedictEntry], reading: str) -> list[Sense]:
    """Entries read as pypinyin reads the word first (same tones, then same syllables), then common
    words before proper names (capitalised readings), each group in the dictionary's order."""
    senses = [_sense(e) for e in found]
    plain = toneless(reading)
    order = sorted(range(len(senses)), key=lambda n: (
        senses[n].pinyin.lower() != reading.lower(), toneless(senses[n].pinyin) != plain,
        senses[n].pinyin[:1].isupper(), n))
    return [senses[n] for n in order]


MAX_PARTS_UNITS = 8  # longer unknown words are not split into pieces (each try is a dictionary scan)
_UNIT_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]"
                      r"|[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")


def units(word: str) -> list[str]:
    """The word as pypinyin reads it: each Han character alone, each run of other characters whole."""
    return _UNIT_RE.findall(word)


def _parts(pieces: list[str], syllables: list[str], dictionary: Cedict) -> list[Part]:
    """The units cut greedily into the longest pieces the dictionary has (a unit the dictionary
    lacks stands alone). Readings come from the whole word's when pypinyin gave one a unit, so 行
    in 银行 keeps háng."""
    aligned = len(syllables) == len(pieces)
    parts: list[Part] = []
    at = 0
    while at < len(pieces):
        for end in range(len(pieces) - (1 if at == 0 else 0), at, -1):
            piece = "".join(pieces[at:end])
            found = dictionary.lookup(piece) if is_word(piece) else []
            if found or end == at + 1:
                reading = " ".join(syllables[at:end]) if aligned else " ".join(text_pinyin(piece))
                parts.append(Part(piece, reading, _ordered(found, reading)))
                at = end
                break
    return parts


def warm_up(dictionary: Cedict | None = None) -> None:
    """Load what a lookup needs (pypinyin, OpenCC, the dictionary's data) so the first one does not
    wait; may be called from a worker thread. A dictionary that cannot be read is left for define()
    to report."""
    text_pinyin("中")
    simplified_form("中")
    traditional_form("中")
    try:
        (dictionary or shared_dictionary()).warm_up()
    except DictionaryUnavailable:
        pass


def define(word: str, dictionary: Cedict | None = None) -> Definition:
    """Look a word up: its pinyin, 繁/简 forms and dictionary entries (or, if it has none, those of
    its pieces)."""
    word = word.strip()
    syllables = text_pinyin(word) if word else []
    reading = " ".join(syllables)
    dictionary = dictionary or shared_dictionary()
    entries: list[Sense] = []
    parts: list[Part] = []
    problem = None
    try:
        entries = _ordered(dictionary.lookup(word), reading)
        pieces = units(word)
        if not entries and 1 < len(pieces) <= MAX_PARTS_UNITS:
            parts = _parts(pieces, syllables, dictionary)
    except DictionaryUnavailable as exc:
        problem = exc.problem
    return Definition(word, reading, simplified_form(word), traditional_form(word), entries, parts, problem)
