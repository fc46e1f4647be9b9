"""Search hits drawn in the reading pane: where each hit sits in the document, and a highlighter for them.

A hit counts characters in its field's text as the search sees it (reader.core.search.fields); the
pane shows most fields unchanged, so the layout map turns (item, field, block, offset) into a document
position. The byline is the exception: search joins the names with "、", while the pane prints the
byline as printed ("本报记者  李佩阳  周  欢") or, when the names already open the text, not at all.
Byline hits are therefore mapped name by name onto the byline the pane shows, or onto the names in
the first paragraph.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Callable, Iterable, Sequence

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextDocument

from ...core.model import Item
from ...core.search.fields import BYLINE_SEPARATOR
from ...core.search.folding import fold
from ...core.search.issue_search import Hit
from .story_document import StoryLayout
from .tints import Tint

DocSpan = tuple[int, int]                       # [start, end) in document positions


def _spaced_match(text: str, chars: str, start: int) -> list[int] | None:
    """Positions of chars in text at or after start, consecutive except for white space between them."""
    first = chars[0]
    at = text.find(first, start)
    while at >= 0:
        positions = [at]
        pos = at + 1
        for ch in chars[1:]:
            while pos < len(text) and text[pos].isspace():
                pos += 1
            if pos >= len(text) or text[pos] != ch:
                break
            positions.append(pos)
            pos += 1
        else:
            return positions
        at = text.find(first, at + 1)
    return None


def byline_offsets(shown: str, names: Sequence[str]) -> list[int | None] | None:
    """For each character of the names joined by "、", its offset in shown (None: separator or space).

    Names are looked for in order, white space inside a printed name ignored ("周  欢" is 周欢), Latin
    case and width folded; None when a name is not in shown.
    """
    folded = fold(shown)
    mapping: list[int | None] = []
    start = 0
    for i, name in enumerate(names):
        if i:
            mapping.extend([None] * len(BYLINE_SEPARATOR))   # the "、" between two names
        wanted = "".join(ch for ch in fold(name) if not ch.isspace())
        if not wanted:
            mapping.extend([None] * len(name))
            continue
        found = _spaced_match(folded, wanted, start)
        if found is None:
            return None
        chars = iter(found)
        mapping.extend(None if ch.isspace() else next(chars) for ch in name)
        start = found[-1] + 1
    return mapping


def _field_text_at(doc: QTextDocument, position: int) -> str:
    """The document's text from position to the end of its block."""
    block = doc.findBlock(position)
    return block.text()[position - block.position():] if block.isValid() else ""


def hit_span(doc: QTextDocument, layout: StoryLayout, item: Item, hit: Hit) -> DocSpan | None:
    """Where a hit is drawn in the document, or None when the pane does not show it."""
    if hit.field != "byline":
        start = layout.position(hit.item, hit.field, hit.block, hit.offset)
        return None if start is None else (start, start + hit.length)
    for field, block in (("byline", None), ("block", 0)):   # the byline as printed, else the opening names
        origin = layout.position(hit.item, field, block)
        if origin is None:
            continue
        mapping = byline_offsets(_field_text_at(doc, origin), item.byline)
        if mapping is None:
            continue
        shown = [m for m in mapping[hit.offset:hit.offset + hit.length] if m is not None]
        if shown:
            return origin + min(shown), origin + max(shown) + 1
    return None


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """a moved amount of the way towards b."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * amount,
                           a.greenF() + (b.greenF() - a.greenF()) * amount,
                           a.blueF() + (b.blueF() - a.blueF()) * amount)


def hit_formats(palette: QPalette) -> tuple[QTextCharFormat, QTextCharFormat]:
    """Formats for every hit and for the current one, from the pane's palette.

    Every hit: the selection colour a little deepened towards the link colour, under the text in its
    own ink; the current hit: the link colour with paper-coloured text, so it stands out in every theme.
    """
    group = QPalette.ColorGroup.Active
    paper = palette.color(group, QPalette.ColorRole.Base)
    ink = palette.color(group, QPalette.ColorRole.Text)
    mark = palette.color(group, QPalette.ColorRole.Highlight)
    link = palette.color(group, QPalette.ColorRole.Link)
    every = QTextCharFormat()
    every.setBackground(_mix(mark, link, 0.18))
    every.setForeground(ink)     # (a tint leaves the text its own colour; kept for a format's user)
    current = QTextCharFormat()
    current.setBackground(link)
    current.setForeground(paper)
    return every, current


class HitHighlighter:
    """Colours spans of the reading pane's document: every hit, and the current one distinctly.

    Spans are given in document positions and handed to the pane as tints (tints.py: every hit a
    background beneath the text, the current one also its text in paper colour), only those in the
    blocks in view (and a couple either side): a tint is painted on the text as laid out, so a
    keystroke neither lays a block out again nor repaints more of the pane than the spans that
    came or went, and the pane never measures hundreds from off screen. When the view moves
    (scrolled, resized), show() hands over the spans come into view, before the pane paints them.
    A span is drawn only where the document still holds the text it was given for, so spans left
    over from a story being replaced never colour the new one.
    """

    def __init__(self, document: QTextDocument, apply: Callable[[list[Tint]], None]) -> None:
        self._doc = document
        self._apply = apply                       # hands the tints to the pane
        self._spans: list[_Span] = []             # every span wanted, by start
        self._starts: list[int] = []
        self._visible: range | None = None
        self._drawn: tuple[_Span, ...] = ()       # the spans the pane draws now
        self._every = QTextCharFormat()
        self._current = QTextCharFormat()
        self._colours = _tint_colours(self._every, self._current)

    def set_palette(self, palette: QPalette) -> bool:
        """Take the colours from a palette; True when they changed (what is drawn is drawn again)."""
        every, current = hit_formats(palette)
        if every == self._every and current == self._current:
            return False
        self._every, self._current = every, current
        self._colours = _tint_colours(every, current)
        if self._drawn:
            self._drawn = ()
            self.show(self._visible)
        return True

    def spans(self) -> list[tuple[int, int, bool]]:
        """The (start, end, is_current) spans wanted now, by start."""
        return [(start, end, current) for start, end, _text, current in self._spans]

    def drawn(self) -> list[tuple[int, int, bool]]:
        """The (start, end, is_current) spans the pane draws now (those in view)."""
        return [(start, end, current) for start, end, _text, current in self._drawn]

    def set_spans(self, spans: Iterable[tuple[int, int, bool]], visible: range | None = None) -> int:
        """Draw these (start, end, is_current) spans instead of the last ones, those in the blocks
        visible (block numbers; None: every block); returns how many are drawn now."""
        text = _DocumentText(self._doc)
        wanted = [(start, end, text.at(start, end), current) for start, end, current in spans if end > start]
        wanted.sort()
        self._spans = wanted
        self._starts = [span[0] for span in wanted]
        return self.show(visible)

    def show(self, visible: range | None) -> int:
        """Draw the spans in the blocks visible (None: every block); returns how many are drawn."""
        self._visible = visible
        spans = self._spans
        if visible is not None and spans:
            doc = self._doc
            first = doc.findBlockByNumber(max(0, visible.start))
            last = doc.findBlockByNumber(min(doc.blockCount() - 1, visible.stop - 1))
            lo = first.position() if first.isValid() else 0
            hi = last.position() + last.length() if last.isValid() else lo
            spans = spans[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]
        text = _DocumentText(self._doc)
        shown = tuple(span for span in spans if text.at(span[0], span[1]) == span[2])
        if shown != self._drawn:
            self._drawn = shown
            self._apply([self._tint(span) for span in shown])
        return len(shown)

    def _tint(self, span: _Span) -> Tint:
        every, current, ink = self._colours
        return Tint(span[0], span[1], current, ink) if span[3] else Tint(span[0], span[1], every)


def _tint_colours(every: QTextCharFormat, current: QTextCharFormat) -> tuple[QColor, QColor, QColor]:
    """Every hit's background, the current hit's and its ink, as tints take them (read once a palette)."""
    return every.background().color(), current.background().color(), current.foreground().color()


_Span = tuple[int, int, str, bool]      # start, end, the text there when it was given, is current


class _DocumentText:
    """The document's text at a span, block by block (each block's text read once)."""

    def __init__(self, document: QTextDocument) -> None:
        self._doc = document
        self._blocks: dict[int, tuple[int, str]] = {}

    def at(self, start: int, end: int) -> str:
        block = self._doc.findBlock(start)
        if not block.isValid():
            return ""
        number = block.blockNumber()
        cached = self._blocks.get(number)
        if cached is None:
            cached = self._blocks[number] = (block.position(), block.text())
        rel = start - cached[0]
        return cached[1][rel:rel + end - start]
