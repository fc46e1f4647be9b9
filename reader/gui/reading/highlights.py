"""Search hits drawn in the reading pane: where each hit sits in the document, and a highlighter for them.

A hit counts characters in its field's text as the search sees it (reader.core.search.fields); the
pane shows most fields unchanged, so the layout map turns (item, field, block, offset) into a document
position. The byline is the exception: search joins the names with "、", while the pane prints the
byline as printed ("本报记者  李佩阳  周  欢") or, when the names already open the text, not at all.
Byline hits are therefore mapped name by name onto the byline the pane shows, or onto the names in
the first paragraph.
"""

from __future__ import annotations

import time
from typing import Iterable, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ...core.model import Item
from ...core.search.fields import BYLINE_SEPARATOR
from ...core.search.folding import fold
from ...core.search.issue_search import Hit
from .story_document import StoryLayout

DocSpan = tuple[int, int]                       # [start, end) in document positions
BlockSpan = tuple[int, int, str, bool]          # start in block, length, text expected there, is current
_REDRAW: tuple[BlockSpan, ...] = ((-1, 0, "", False),)   # "drawn" with spans no one wants: redraw it


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

    Every hit: the selection colour a little deepened towards the link colour; the current hit: the
    link colour with paper-coloured text, so it stands out in every theme.
    """
    group = QPalette.ColorGroup.Active
    paper = palette.color(group, QPalette.ColorRole.Base)
    ink = palette.color(group, QPalette.ColorRole.Text)
    mark = palette.color(group, QPalette.ColorRole.Highlight)
    link = palette.color(group, QPalette.ColorRole.Link)
    every = QTextCharFormat()
    every.setBackground(_mix(mark, link, 0.18))
    every.setForeground(ink)
    current = QTextCharFormat()
    current.setBackground(link)
    current.setForeground(paper)
    return every, current


class HitHighlighter(QSyntaxHighlighter):
    """Colours spans of the reading pane's document: every hit, and the current one distinctly.

    Spans are given in document positions. Re-highlighting a block makes Qt lay it out again (about
    half a millisecond in a long story), so only blocks whose spans changed are redrawn: those in
    view at once, the others in idle-time chunks right after (their colours do not move any text).
    A span is drawn only where the block still holds the text it was given for, so spans left over
    from a story being replaced never colour the new one.
    """

    CHUNK_MS = 6.0   # longest stretch of off-screen redrawing between two turns of the event loop

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._wanted: dict[int, tuple[BlockSpan, ...]] = {}   # block number -> spans to draw there
        self._drawn: dict[int, tuple[BlockSpan, ...]] = {}    # block number -> spans it was drawn with
        self._pending: list[int] = []
        self._every = QTextCharFormat()
        self._current = QTextCharFormat()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._draw_pending)

    def set_palette(self, palette: QPalette) -> bool:
        """Take the colours from a palette; True when they changed (every span is then redrawn)."""
        every, current = hit_formats(palette)
        if every == self._every and current == self._current:
            return False
        self._every, self._current = every, current
        self._drawn = {number: _REDRAW if spans else spans for number, spans in self._drawn.items()}
        return True

    def block_spans(self) -> dict[int, list[BlockSpan]]:
        """The spans wanted now, per block number (a copy)."""
        return {number: list(spans) for number, spans in self._wanted.items()}

    def pending(self) -> int:
        """Blocks still waiting to be redrawn."""
        return len(self._pending)

    def set_spans(self, spans: Iterable[tuple[int, int, bool]], visible: range | None = None) -> int:
        """Draw these (start, end, is_current) spans instead of the last ones; returns blocks redrawn now.

        Blocks in visible (block numbers; None: all) are redrawn at once, the rest soon after.
        """
        doc = self.document()
        fresh: dict[int, list[BlockSpan]] = {}
        texts: dict[int, tuple[int, str]] = {}
        for start, end, current in spans:
            block = doc.findBlock(start)
            if not block.isValid() or end <= start:
                continue
            number = block.blockNumber()
            cached = texts.get(number)
            if cached is None:
                cached = texts[number] = (block.position(), block.text())
            rel = start - cached[0]
            length = min(end - start, len(cached[1]) - rel)
            fresh.setdefault(number, []).append((rel, length, cached[1][rel:rel + length], current))
        # the current hit drawn last, over any other hit it overlaps
        self._wanted = {number: tuple(sorted(found, key=lambda span: span[3])) for number, found in fresh.items()}
        count = doc.blockCount()
        self._drawn = {number: drawn for number, drawn in self._drawn.items() if number < count}
        dirty = sorted(n for n in set(self._wanted) | set(self._drawn)
                       if self._wanted.get(n, ()) != self._drawn.get(n, ()))
        now = dirty if visible is None else [n for n in dirty if n in visible]
        self._pending = dirty if visible is None else [n for n in dirty if n not in visible]
        for number in now:
            self._redraw(number)
        if self._pending:
            self._timer.start()
        return len(now)

    def draw_now(self, blocks: range | None = None) -> int:
        """Redraw at once the waiting blocks among blocks (None: all of them); returns how many."""
        due = [n for n in self._pending if blocks is None or n in blocks]
        if due:
            self._pending = [n for n in self._pending if n not in set(due)]
            for number in due:
                self._redraw(number)
        return len(due)

    def _redraw(self, number: int) -> None:
        if self._wanted.get(number, ()) != self._drawn.get(number, ()):
            block = self.document().findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)

    def _draw_pending(self) -> None:
        deadline = time.perf_counter() + self.CHUNK_MS / 1000
        while self._pending and time.perf_counter() < deadline:
            self._redraw(self._pending.pop(0))
        if self._pending:
            self._timer.start()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        number = self.currentBlock().blockNumber()
        spans = self._wanted.get(number, ())
        self._drawn[number] = spans
        for start, length, expected, current in spans:
            if text[start:start + length] == expected:
                self.setFormat(start, length, self._current if current else self._every)
