"""Tints: spans of the reading pane's document coloured beneath the text, drawn by the pane itself.

Find's hits used to be extra selections. For every selection in a block, QTextLayout draws each line
of the block again, clipped to the selection, and then the whole block once more clipped to what the
selections leave: a paragraph with three hits was drawn five times, through clip paths. A tint is a
rectangle filled before the text is drawn (the text then drawn once, as without hits); a tint with
an ink of its own (the current hit: paper-coloured text on the link colour) is filled again after
the text and its glyphs drawn over it in that ink, those glyphs alone. Only what changes is repainted:
the rectangles of the tints that came or went.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Sequence

from PySide6.QtCore import QRectF

if TYPE_CHECKING:      # named where they are used: the pane is made before the first paint
    from PySide6.QtCore import QPointF, QRect
    from PySide6.QtGui import QColor, QPainter, QTextBlock, QTextDocument


class Tint(NamedTuple):
    """A span [start, end) of document positions, its background, and the ink its text is drawn in
    over it (None: the text's own colour)."""

    start: int
    end: int
    background: QColor
    ink: QColor | None = None


def span_rects(doc: QTextDocument, start: int, end: int) -> list[QRectF]:
    """The rectangles, in document coordinates, that the text of [start, end) is set in: one a line
    (as a selection of that span would be drawn); laid out first where it is not yet."""
    rects: list[QRectF] = []
    block = doc.findBlock(start)
    layout_of_doc = doc.documentLayout()
    while block.isValid() and block.position() < end:
        layout = block.layout()
        if layout.lineCount() == 0:
            layout_of_doc.blockBoundingRect(block)        # lays the document out up to this block
        origin = layout.position()
        lo, hi = _in_block(block, start, end)
        if lo < hi:
            line_no = layout.lineForTextPosition(lo).lineNumber()
            while 0 <= line_no < layout.lineCount():
                line = layout.lineAt(line_no)
                text_start = line.textStart()
                if text_start >= hi:
                    break
                a, b = max(lo, text_start), min(hi, text_start + line.textLength())
                if a < b:
                    x1, x2 = _x_of(line.cursorToX(a)), _x_of(line.cursorToX(b))
                    rects.append(QRectF(origin.x() + min(x1, x2), origin.y() + line.y(), abs(x2 - x1), line.height()))
                line_no += 1
        block = block.next()
    return rects


def _in_block(block: QTextBlock, start: int, end: int) -> tuple[int, int]:
    """[start, end) clipped to the block's text (its separator left out), in the block's own positions."""
    first = block.position()
    return max(start, first) - first, min(end, first + block.length() - 1) - first


def _key(tint: Tint) -> tuple[int, int, int, int]:
    """What a tint draws, hashable (QColor is not)."""
    return tint.start, tint.end, tint.background.rgba(), tint.ink.rgba() if tint.ink is not None else -1


def _x_of(answer: object) -> float:
    """The x of QTextLine.cursorToX's answer (PySide gives (x, position))."""
    return float(answer[0]) if isinstance(answer, tuple) else float(answer)  # type: ignore[arg-type]


class Tints:
    """The tints of a document, by layer, with their rectangles kept until the document changes."""

    def __init__(self, document: QTextDocument) -> None:
        self._doc = document
        self._layers: dict[str, tuple[Tint, ...]] = {}
        self._rects: dict[tuple[int, int], list[QRectF]] = {}
        self._rects_for: tuple[int, float] = (-1, -1.0)     # (revision, text width) the rects were measured at

    def set(self, layer: str, tints: Sequence[Tint]) -> list[QRectF]:
        """Tint these spans in this layer instead of its last ones; returns the document rectangles
        to repaint (those of the tints that came or went; everything is repainted anyway after the
        document changed)."""
        new = tuple(tints)
        old = self._layers.get(layer, ())
        if new == old:
            return []
        self._layers[layer] = new
        if not self._fresh():     # the old rectangles may be anywhere now: the tints held repaint
            changed = list(new)
        else:
            before, after = {_key(t): t for t in old}, {_key(t): t for t in new}
            changed = [t for k, t in before.items() if k not in after]
            changed += [t for k, t in after.items() if k not in before]
        return [rect for tint in changed for rect in self._kept_rects(tint)]

    def all(self) -> list[Tint]:
        return [tint for tints in self._layers.values() for tint in tints]

    def at(self, position: int) -> list[Tint]:
        """The tints covering a document position, in the order they are drawn."""
        return [tint for tint in self.all() if tint.start <= position < tint.end]

    def rects(self, tint: Tint) -> list[QRectF]:
        """The tint's rectangles in document coordinates (measured once while the document holds)."""
        self._fresh()
        return self._kept_rects(tint)

    def _kept_rects(self, tint: Tint) -> list[QRectF]:
        key = (tint.start, tint.end)
        rects = self._rects.get(key)
        if rects is None:
            rects = self._rects[key] = span_rects(self._doc, tint.start, tint.end)
        return rects

    def paint_under(self, painter: QPainter, clip: QRectF) -> None:
        """Fill every tint's rectangles within clip (document coordinates), before the text is drawn."""
        self._fresh()
        for tint in self.all():
            for rect in self._kept_rects(tint):
                if rect.intersects(clip):
                    painter.fillRect(rect, tint.background)

    def paint_over(self, painter: QPainter, clip: QRectF) -> None:
        """Draw the text of the tints with an ink of their own again, over their background."""
        self._fresh()
        for tint in self.all():
            if tint.ink is None:
                continue
            rects = [rect for rect in self._kept_rects(tint) if rect.intersects(clip)]
            if not rects:
                continue
            for rect in rects:
                painter.fillRect(rect, tint.background)
            painter.setPen(tint.ink)
            block = self._doc.findBlock(tint.start)
            while block.isValid() and block.position() < tint.end:
                self._draw_glyphs(painter, block, tint)
                block = block.next()

    def _draw_glyphs(self, painter: QPainter, block: QTextBlock, tint: Tint) -> None:
        lo, hi = _in_block(block, tint.start, tint.end)
        if lo >= hi:
            return
        layout = block.layout()
        origin: QPointF = layout.position()
        for run in layout.glyphRuns(lo, hi - lo):
            painter.drawGlyphRun(origin, run)

    def _fresh(self) -> bool:
        """Whether the kept rectangles still hold (else they are dropped)."""
        now = (self._doc.revision(), self._doc.textWidth())
        if now == self._rects_for:
            return True
        self._rects.clear()
        self._rects_for = now
        return False


def viewport_rect(rect: QRectF, x_offset: int, y_offset: int) -> QRect:
    """A document rectangle in the viewport's pixels (scrolled by the offsets), a pixel wider each side
    for antialiased edges."""
    return rect.translated(-x_offset, -y_offset).toAlignedRect().adjusted(-1, -1, 1, 1)
