"""Sentences of a story for text-to-speech: (block index, offset, length) spans, no text left out.

A sentence ends at 。！？!?｡．, at an ellipsis (…, ……), or at a Latin full stop followed by space
or the end of the block (so 9.6% and 1.2万 are not cut); a run of these counts as one end, and the
closing quotes and brackets right after it (”’」』）》】"' …) belong to the sentence they close. The
text between two ends is one sentence, without the white space around it; a piece with nothing to
say (only punctuation) joins the sentence before it in its block. Every character of every block
that is not white space is in exactly one span, in reading order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

ENDS = frozenset("。！？!?｡．…")
CLOSERS = frozenset("”’」』）)》〉】〗］]\"'＂＇")

Position = tuple[int, int]  # (block index, offset in the block)


@dataclass(frozen=True)
class SentenceSpan:
    """One sentence: the block it is in, where it starts there, and how long it is."""

    block: int
    offset: int
    length: int

    @property
    def start(self) -> Position:
        """Where it starts, as (block, offset)."""
        return (self.block, self.offset)

    @property
    def end(self) -> Position:
        """Where it ends (exclusive), as (block, offset)."""
        return (self.block, self.offset + self.length)


def _cuts(text: str) -> list[int]:
    """Offsets right after each sentence end (closers included)."""
    cuts: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in ENDS or (ch == "." and (i + 1 == n or text[i + 1].isspace())):
            while i < n and (text[i] in ENDS or text[i] == "."):
                i += 1
            while i < n and text[i] in CLOSERS:
                i += 1
            cuts.append(i)
        else:
            i += 1
    return cuts


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The (offset, length) of each sentence of one text, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*_cuts(text), len(text)]:
        piece = text[start:cut]
        stripped = piece.strip()
        if stripped:
            offset = start + (len(piece) - len(piece.lstrip()))
            if spans and not _has_words(stripped):  # a stray quote or dash: keep it with the sentence before
                prev_offset, _ = spans[-1]
                spans[-1] = (prev_offset, offset + len(stripped) - prev_offset)
            else:
                spans.append((offset, len(stripped)))
        start = cut
    return spans


def story_sentences(blocks: Sequence[str]) -> list[SentenceSpan]:
    """The sentences of a story's blocks (headline, paragraphs … in the order given); `block` is the
    index in that sequence. A sentence never runs across two blocks."""
    return [SentenceSpan(index, offset, length)
            for index, text in enumerate(blocks) for offset, length in split_sentences(text)]


def sentence_index_at(spans: Sequence[SentenceSpan], position: Position) -> int | None:
    """The sentence to start reading at from a cursor position: the one holding it, else the next
    one after it; None when the position is past the last sentence."""
    for index, span in enumerate(spans):
        if position < span.end:
            return index
    return None


def clip_to(spans: Sequence[SentenceSpan], start: Position, end: Position) -> list[SentenceSpan]:
    """The sentences, cut to a selection from start to end (exclusive): what to read of it."""
    out: list[SentenceSpan] = []
    for span in spans:
        if span.end <= start or span.start >= end:
            continue
        begin = max(span.start, start)[1] if span.block == start[0] else span.offset
        stop = min(span.end, end)[1] if span.block == end[0] else span.offset + span.length
        if stop > begin:
            out.append(SentenceSpan(span.block, begin, stop - begin))
    return out
