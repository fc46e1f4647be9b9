"""A snippet cut to the width it is shown in, around its first hit, so that the hit is never off the edge.

`window_around_hit` is plain arithmetic over character advances (the painter gives them, from
QFontMetricsF): when the text is too wide, the window of characters shown is centred on the first
hit and "…" marks what was cut at either end; the hits' spans are moved into the shown text.
"""

from __future__ import annotations

from typing import Callable, Sequence

ELLIPSIS = "…"
Span = tuple[int, int]      # (offset, length)


def window_around_hit(text: str, spans: Sequence[Span], width: float,
                      advance: Callable[[str], float]) -> tuple[str, tuple[Span, ...]]:
    """(shown text, its spans): text whole when it fits in width, else cut around the first hit."""
    if not text or advance(text) <= width:
        return text, tuple(spans)
    widths = [advance(ch) for ch in text]
    edges = [0.0]
    for w in widths:
        edges.append(edges[-1] + w)
    room = max(0.0, width - 2 * advance(ELLIPSIS))
    start_at, length = (spans[0] if spans else (0, 0))
    start_at = max(0, min(start_at, len(text)))
    end_at = max(start_at, min(start_at + length, len(text)))
    middle = (edges[start_at] + edges[end_at]) / 2
    left = max(0.0, min(middle - room / 2, edges[-1] - room))
    first = next(i for i in range(len(text) + 1) if edges[i] >= left - 1e-6)
    if first > start_at:                     # a hit wider than the room: show it from its start
        first = start_at
    last = first
    while last < len(text) and edges[last + 1] - edges[first] <= room + 1e-6:
        last += 1
    if last == first and first < len(text):  # not even one character fits: show one anyway
        last = first + 1
    shown = (ELLIPSIS if first > 0 else "") + text[first:last] + (ELLIPSIS if last < len(text) else "")
    shift = (len(ELLIPSIS) if first > 0 else 0) - first
    moved = []
    for offset, size in spans:
        lo, hi = max(offset, first), min(offset + size, last)
        if lo < hi:
            moved.append((lo + shift, hi - lo))
    return shown, tuple(moved)
