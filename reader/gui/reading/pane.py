"""The reading pane: one whole story at a time, typeset as a paper, centred at a comfortable measure."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

from PySide6.QtCore import QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from ...core.model import Issue
from .story_document import KEYWORD_LINK, ORIGINAL_LINK, PAGE_LINK, StoryLayout, Typography, write_message, write_story
from .themes import pane_palette
from .tints import Tint, Tints, viewport_rect

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import (  # (types made at import cost their enums)
        QAction,
        QContextMenuEvent,
        QPaintEvent,
        QResizeEvent,
    )

MEASURE_CHARS = 38     # characters of body text per line in a wide window
MIN_SIDE_MARGIN = 24   # pixels between text and the pane's edges in a narrow window
HITS_LAYER = "hits"    # the layer of tints find's hits are drawn in


class ArticleView(QTextBrowser):
    """Shows a story (all its parts, with seams) from an issue; seams and keywords are links.

    Extension points: `document()` is the one QTextDocument used for the pane's whole life;
    `layout_map` says where each field of each shown item is; `reveal()` scrolls to and selects a
    span of a field; `set_marks()` draws a feature's marks over the text, `set_tints()` colours spans
    beneath it (tints.py: cheaper to draw than marks, which draw the text again).
    """

    page_link_activated = Signal(int)      # a seam or cross-reference naming a page was clicked
    keyword_activated = Signal(str)        # a keyword under the headline was clicked
    original_requested = Signal(str)       # "see the original article" of a photo (this item id) was clicked
    story_shown = Signal(list)             # item ids of the story now on screen, in reading order
    resized = Signal()                     # the pane changed size (the lines in view may be others)
    first_story_painted = Signal()         # the first time a story reached the screen

    def __init__(self, typography: Typography, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.document().setUndoRedoEnabled(False)
        self.anchorClicked.connect(self._on_anchor)
        self.typography = typography
        self.issue: Issue | None = None
        self.layout_map = StoryLayout()
        self.keywords: dict[str, list[str]] = {}
        self.context_actions: Callable[[], list[QAction]] = list   # added to the context menu
        self._story_painted = False
        self._viewport_size: QSize | None = None    # from the viewport's last resize
        self._may_be_scrolled = False   # a story or message was shown (so the view may be scrolled down)
        self._message = ""
        self._typeset_column = 0.0     # the column width the story on screen was set for
        self._mark_layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self.tints = Tints(self.document())
        self._apply_palette()

    # what is shown
    def item_ids(self) -> list[str]:
        """Ids of the story's parts on screen, in reading order."""
        return list(self.layout_map.item_ids)

    def show_message(self, text: str) -> None:
        """Show a muted message instead of a story."""
        self.issue, self.layout_map, self._message = None, StoryLayout(), text
        write_message(self.document(), self.typography, text)
        self._update_margins()
        self._may_be_scrolled = True

    def show_story(self, issue: Issue, item_id: str) -> list[str]:
        """Typeset the whole story item_id belongs to and scroll to its top; return the part ids."""
        self.issue = issue
        items = issue.story_items(item_id)
        self._typeset_column = self._column()
        self.layout_map = write_story(self.document(), issue, items, self.typography, self.keywords,
                                      self._typeset_column)
        self._update_margins()
        if self._may_be_scrolled:     # (the first story is at the top already: start-up leaves the
            self.verticalScrollBar().setValue(0)   # scroll bar's Python type for after the first paint)
        self._may_be_scrolled = True
        self.story_shown.emit(self.item_ids())
        return self.item_ids()

    def set_keywords(self, item_id: str, words: list[str]) -> None:
        """Show words as clickable keywords under the item's headline (re-typesets if it is on screen)."""
        self.keywords[item_id] = list(words)
        if self.issue is not None and item_id in self.layout_map.item_ids:
            self._rerender()

    def set_typography(self, typography: Typography) -> None:
        """Change font, size or theme, keeping the reading position."""
        self.typography = typography
        self._apply_palette()
        self._rerender()

    def set_marks(self, layer: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Draw a layer of marks (extra selections) over the text instead of its last ones; each
        feature has its own layer, so one never clears another's."""
        self._mark_layers[layer] = selections
        self.setExtraSelections([mark for marks in self._mark_layers.values() for mark in marks])

    def set_tints(self, layer: str, tints: Sequence[Tint]) -> None:
        """Colour spans beneath the text (a tint with an ink: its text drawn in it) instead of the layer's
        last ones; tints lie under the marks. Repaints only the tints that came or went."""
        changed = self.tints.set(layer, tints)
        if changed:
            viewport = self.viewport()
            x, y = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
            for rect in changed:
                viewport.update(viewport_rect(rect, x, y))

    # positions
    def scroll_to_part(self, item_id: str) -> None:
        """Scroll so the part item_id (its seam) is at the top."""
        pos = self.layout_map.part_starts.get(item_id)
        if pos is not None:
            self.scroll_to_position(pos)

    def scroll_to_position(self, position: int) -> None:
        """Scroll so the line holding a document position is near the top."""
        block = self.document().findBlock(position)
        if not block.isValid():
            return
        y = self.document().documentLayout().blockBoundingRect(block).top()
        line = block.layout().lineForTextPosition(position - block.position())
        if line.isValid():
            y += line.y()
        self.verticalScrollBar().setValue(max(0, int(y - self.typography.em())))

    def reveal(self, item_id: str, field_name: str, block: int | None = None, offset: int = 0,
               length: int = 0) -> bool:
        """Select a span of a field of a shown item and scroll to it; False when it is not shown."""
        pos = self.layout_map.position(item_id, field_name, block, offset)
        if pos is None:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(pos)
        cursor.setPosition(pos + length, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        rect = self.cursorRect(cursor)
        if rect.top() < 0 or rect.bottom() > self.viewport_size().height():
            self.scroll_to_position(pos)
        return True

    def scroll_value(self) -> int:
        return self.verticalScrollBar().value()

    def set_scroll_value(self, value: int) -> None:
        self.verticalScrollBar().setValue(value)

    def at_end(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum()

    def at_start(self) -> bool:
        return self.verticalScrollBar().value() <= 0

    def page_step(self, direction: int) -> None:
        """Scroll one screen down (1) or up (-1), keeping a line of overlap."""
        bar = self.verticalScrollBar()
        step = max(1, self.viewport_size().height() - int(self.typography.em() * 2))
        bar.setValue(bar.value() + direction * step)

    def viewport_size(self) -> QSize:
        """The size of the area the story is drawn in: what the viewport's last resize said (a scroll
        area's resizeEvent is the viewport's), else the largest it can be. Neither the viewport widget
        nor the scroll bars are asked: PySide's first return of a plain QWidget sets up ~80 widget
        classes (~30 ms), a scroll bar's type ~5 M instructions, too slow before the first paint."""
        return QSize(self._viewport_size) if self._viewport_size is not None else self.maximumViewportSize()

    def has_painted_story(self) -> bool:
        """Whether a story has reached the screen (first_story_painted was emitted)."""
        return self._story_painted

    def plain_text(self) -> str:
        """The story on screen as plain text."""
        return self.document().toPlainText().replace("\u2028", "\n")

    # Qt overrides
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        self._viewport_size = QSize(event.size())      # (the viewport's size: see viewport_size)
        doc = self.document()
        doc.setLayoutEnabled(False)    # the new width and the margins for it: laid out once, not twice
        try:
            super().resizeEvent(event)
            self._update_margins()
        finally:
            doc.setLayoutEnabled(True)
        self.resized.emit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if self.tints.all():
            self._paint_tints(event, under=True)
        super().paintEvent(event)
        if self.tints.all():
            self._paint_tints(event, under=False)
        if not self._story_painted and self.layout_map.item_ids:
            self._story_painted = True
            self.first_story_painted.emit()     # start-up (startup.py) hears it
            # the scroll bars flat and repainting alone from the next turn on (made so before the first paint,
            # it cost ~55 M instructions, 8 % of a start-up: bench/startup_instructions.py)
            QTimer.singleShot(0, self, self._flatten_scroll_bars)

    def _flatten_scroll_bars(self) -> None:
        from ..widgets.scroll_bars import flat_scroll_bars  # (its imports too: after the paint)
        flat_scroll_bars(self)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        menu = self.createStandardContextMenu(event.pos())
        extra = self.context_actions()
        if extra:
            menu.addSeparator()
            menu.addActions(extra)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # internals
    def _paint_tints(self, event: QPaintEvent, under: bool) -> None:
        """Tints beneath the text (under) or the inked ones over it, in document coordinates as
        QTextEdit paints (translated by the scroll offsets)."""
        x, y = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        from PySide6.QtGui import QPainter
        painter = QPainter(self.viewport())
        painter.translate(-x, -y)
        clip = QRectF(event.rect()).translated(x, y)
        painter.setClipRect(clip)
        if under:
            self.tints.paint_under(painter, clip)
        else:
            self.tints.paint_over(painter, clip)
        painter.end()

    def _rerender(self) -> None:
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        if self.issue is not None and self.layout_map.item_ids:
            ids = self.layout_map.item_ids
            self._typeset_column = self._column()
            self.layout_map = write_story(self.document(), self.issue,
                                          [it for it in (self.issue.item(i) for i in ids) if it],
                                          self.typography, self.keywords, self._typeset_column)
            self._update_margins()
            self.story_shown.emit(self.item_ids())
        elif self._message:
            write_message(self.document(), self.typography, self._message)
            self._update_margins()
        bar.setValue(int(fraction * bar.maximum()))

    def _apply_palette(self) -> None:
        self.setPalette(pane_palette(self.typography.theme, self.palette()))   # the viewport fills with Base

    def _column(self) -> float:
        """The width of the text column in pixels (MEASURE_CHARS characters, less in a narrow pane)."""
        return min(self.typography.em() * MEASURE_CHARS, self.viewport_size().width() - 2 * MIN_SIDE_MARGIN)

    def _update_margins(self) -> None:
        """Centre a column of about MEASURE_CHARS characters in the pane (a photo set for another width
        is set again: it is never wider than the column)."""
        width = self.viewport_size().width()
        measure = self.typography.em() * MEASURE_CHARS
        side = max(MIN_SIDE_MARGIN, (width - measure) / 2)
        top = self.typography.em() * 1.5
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) > 0.5 or abs(fmt.topMargin() - top) > 0.5:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(top)
            fmt.setBottomMargin(top * 2)
            frame.setFrameFormat(fmt)
        if self.layout_map.images and abs(self._column() - self._typeset_column) > 2:
            self._rerender()

    def _on_anchor(self, url: QUrl) -> None:
        scheme, target = url.scheme(), url.path()
        if scheme == PAGE_LINK and target.isdigit():
            self.page_link_activated.emit(int(target))
        elif scheme == KEYWORD_LINK and target:
            self.keyword_activated.emit(target)
        elif scheme == ORIGINAL_LINK and target:
            self.original_requested.emit(target)

