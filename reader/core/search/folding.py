"""Length-preserving text folding for matching: width, Latin case, and optionally 繁→简.

Every function maps a string to one of the same length, character for character, so an offset in the
folded text is the offset in the original: hits found in folded text can be drawn on the original.
"""

from __future__ import annotations

from functools import lru_cache

_SEP = "\n"


def _fold_char(ch: str) -> str:
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:  # full-width ASCII forms
        ch = chr(code - 0xFEE0)
    elif code == 0x3000:  # ideographic space
        return " "
    low = ch.lower()
    return low if len(low) == 1 else ch


@lru_cache(maxsize=1)
def _width_case_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x370, 0x530)) \
            + list(range(0xFF01, 0xFF5F)) + [0x3000]:
        folded = _fold_char(chr(code))
        if folded != chr(code):
            table[code] = folded
    return table


def fold(text: str) -> str:
    """Fold full-width forms to half-width and Latin letters to lower case (same length)."""
    return text.translate(_width_case_table())


@lru_cache(maxsize=1)
def _width_table() -> dict[int, str]:
    table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
    table[0x3000] = " "
    return table


def fold_width(text: str) -> str:
    """Fold only full-width forms to half-width, keeping case (same length; what word splitting sees)."""
    return text.translate(_width_table())


@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    """Traditional → Simplified, one character to one character (from OpenCC's tables)."""
    import opencc  # loaded only when 繁简通搜 is first used

    converter = opencc.OpenCC("t2s")
    chars = [chr(c) for c in range(0x3400, 0x9FFF + 1)] + [chr(c) for c in range(0xF900, 0xFAFF + 1)]
    converted = converter.convert(_SEP.join(chars)).split(_SEP)
    table: dict[int, str] = {}
    if len(converted) == len(chars):
        for src, dst in zip(chars, converted):
            if len(dst) == 1 and dst != src:
                table[ord(src)] = dst
    return table


def fold_variants(text: str) -> str:
    """fold(), then Traditional characters to Simplified ones (same length)."""
    return fold(text).translate(_t2s_table())


def to_simplified(text: str) -> str:
    """Traditional characters to Simplified ones, one for one, nothing else changed (same length)."""
    return text.translate(_t2s_table())
