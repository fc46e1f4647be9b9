"""Search hits marked in the reading pane: every hit of the story on screen, the current one distinct.

The find feature hands over its hits (in reading order) and which is current; this keeps them drawn
as the pane changes story, scrolls or changes theme (highlights.py draws, and maps a hit to the text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from PySide6.QtCore import QPoint

from .highlights import HitHighlighter, hit_span
from .pane import HITS_LAYER

if TYPE_CHECKING:
    from ...core.model import Issue
    from ...core.search.issue_search import Hit
    from .pane import ArticleView


class HitMarks:
    """The hits drawn in one pane."""

    def __init__(self, pane: ArticleView) -> None:
        self.pane = pane
        self.highlighter = HitHighlighter(pane.document(), lambda tints: pane.set_tints(HITS_LAYER, tints))
        self.highlighter.set_palette(pane.palette())
        self.issue: Issue | None = None
        self.hits: Sequence[Hit] = ()
        self.current = -1
        self._positions: dict[str, list[int]] = {}
        self._visible_key: tuple[int, int, int, int] | None = None
        self._visible = range(0)
        pane.story_shown.connect(lambda _ids: self._on_story_shown())
        pane.verticalScrollBar().valueChanged.connect(lambda _value: self.draw_in_view())
        pane.resized.connect(self.draw_in_view)

    def show(self, issue: Issue | None, hits: Sequence[Hit], current: int) -> int:
        """Draw these hits of an issue (current: the position of the current one); returns blocks redrawn now."""
        if hits is not self.hits:
            self._positions = {}
            for position, hit in enumerate(hits):
                self._positions.setdefault(hit.item, []).append(position)
        self.issue, self.hits, self.current = issue, hits, current
        return self.redraw()

    def redraw(self) -> int:
        spans: list[tuple[int, int, bool]] = []
        pane = self.pane
        if self.hits and pane.issue is not None and pane.issue is self.issue:
            doc, layout = pane.document(), pane.layout_map
            for item_id in layout.item_ids:
                positions = self._positions.get(item_id)
                item = pane.issue.item(item_id)
                if not positions or item is None:
                    continue
                for position in positions:
                    span = hit_span(doc, layout, item, self.hits[position])
                    if span is not None:
                        spans.append((span[0], span[1], position == self.current))
        return self.highlighter.set_spans(spans, self.visible_blocks())

    def draw_in_view(self) -> int:
        """Draw the hits in the lines in view now (the view moved); returns how many."""
        return self.highlighter.show(self.visible_blocks()) if self.highlighter.spans() else 0

    def _on_story_shown(self) -> None:
        self.highlighter.set_palette(self.pane.palette())
        self.redraw()

    def span(self, hit: Hit) -> tuple[int, int] | None:
        """Where a hit is in the pane's document (None: not shown)."""
        issue = self.pane.issue
        item = issue.item(hit.item) if issue is not None else None
        return hit_span(self.pane.document(), self.pane.layout_map, item, hit) if item else None

    def scroll_to(self, hit: Hit) -> None:
        """Scroll a hit into view (a third of the way down) unless it is in view already."""
        pane = self.pane
        span = self.span(hit)
        if span is None:
            pane.scroll_to_part(hit.item)
            return
        doc = pane.document()
        block = doc.findBlock(span[0])
        top = doc.documentLayout().blockBoundingRect(block).top()
        line = block.layout().lineForTextPosition(span[0] - block.position())
        y = top + (line.y() if line.isValid() else 0.0)
        height = line.height() if line.isValid() else 0.0
        bar = pane.verticalScrollBar()
        view = pane.viewport().height()
        if y < bar.value() or y + height > bar.value() + view:
            bar.setValue(max(0, int(y - view / 3)))

    def visible_blocks(self) -> range:
        """Numbers of the document's blocks in view (and a couple either side); found again only when
        the text, the scroll position or the pane's size changed (a keystroke asks more than once)."""
        pane = self.pane
        size = pane.viewport_size()
        key = (pane.document().revision(), pane.verticalScrollBar().value(), size.width(), size.height())
        if key != self._visible_key:
            top = pane.cursorForPosition(QPoint(0, 0)).blockNumber()
            bottom = pane.cursorForPosition(QPoint(size.width() - 1, size.height() - 1)).blockNumber()
            self._visible_key, self._visible = key, range(max(0, top - 2), bottom + 3)
        return self._visible
