"""Pinyin with tone marks: of any text (pypinyin, phrase-aware), and of CC-CEDICT's numbered readings.

pypinyin is imported on first use (~0.2 s with its phrase dictionary), never at start-up.
"""

from __future__ import annotations

import re
from functools import lru_cache

_SYLLABLE_RE = re.compile(r"[A-Za-z:üÜ]+[1-5]")
_BRACKETED_RE = re.compile(r"\[([A-Za-z:üÜ]+[1-5](?: [A-Za-z:üÜ]+[1-5])*)\]")


def text_pinyin(text: str) -> list[str]:
    """The syllables of text with tone marks, chosen by pypinyin's phrase dictionary (银行 yín háng,
    行长 háng zhǎng); runs of other characters (Latin, digits, punctuation) kept as they are."""
    from pypinyin import Style, pinyin

    return [choice[0] for choice in pinyin(text, style=Style.TONE, heteronym=False) if choice and choice[0]]


def marked_syllable(syllable: str) -> str:
    """zhong1 → zhōng, lu:4 → lǜ, Bei3 → Běi, ma5 → ma; anything else unchanged."""
    if not _SYLLABLE_RE.fullmatch(syllable):
        return syllable
    return _marked(syllable)


@lru_cache(maxsize=4096)
def _marked(syllable: str) -> str:
    from pypinyin.contrib.tone_convert import to_tone

    plain = syllable.lower().replace("u:", "v").replace("ü", "v")
    marked = to_tone(plain)
    if marked == plain:  # not a syllable pypinyin knows (r5, xx5): drop only the tone digit
        marked = plain.rstrip("12345").replace("v", "ü")
    return marked[:1].upper() + marked[1:] if syllable[:1].isupper() else marked


def marked_reading(numbered: str) -> str:
    """A CC-CEDICT reading with tone marks: "Bei3 jing1" → "Běi jīng" (separators kept)."""
    return " ".join(marked_syllable(s) for s in numbered.split(" "))


def marked_senses(sense: str) -> str:
    """Readings in a sense's cross-references with tone marks: 只[zhi1] → 只[zhī]."""
    return _BRACKETED_RE.sub(lambda m: f"[{marked_reading(m.group(1))}]", sense)


def toneless(reading: str) -> str:
    """A reading without tones or case, for comparing two readings: "Běi jīng" → "bei jing"."""
    import unicodedata

    decomposed = unicodedata.normalize("NFD", reading.lower()).replace("u\u0308", "v").replace("u:", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c) and not c.isdigit())
