"""The word under the pointer: the jieba word of a text that holds the character at an offset."""

from __future__ import annotations

from dataclasses import dataclass

from ..search import words


@dataclass(frozen=True)
class WordSpan:
    """A word of a text: where it starts, how long it is, and the word itself."""

    start: int
    length: int
    word: str


def is_word(token: str) -> bool:
    """Whether a token is worth looking up: it has a letter, digit or Han character."""
    return any(ch.isalnum() for ch in token)


def word_at(text: str, offset: int) -> WordSpan | None:
    """The jieba word (as 全词匹配 segments: full width folded) holding text[offset], or None when
    the offset is outside the text or on punctuation or space. Loads jieba if it is not loaded yet."""
    if not 0 <= offset < len(text):
        return None
    for start, end in words.words(text):
        if start <= offset < end:
            token = text[start:end]
            return WordSpan(start, end - start, token) if is_word(token) else None
    return None
