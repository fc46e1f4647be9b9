"""The reading pane's text as other features read and mark it: the word under a double-click, the blocks
to read aloud, marks drawn over the text, the selection, where a span is on screen.

Lookup and read-aloud use this (through the reading controller's `pane_text()`), never the pane's
widgets. It is made after the first paint (it asks for the viewport widget, and uses Qt's namespace).
Positions are the document's character positions. Marks are QTextEdit extra selections in named
layers (one a feature), so one feature's mark never clears another's; a layer's spans are drawn again
when the same story is set anew (a theme or size change) and dropped when another story is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from .pane import ArticleView

# Mark colours a layer style takes in each theme (the word looked up, the sentence being read).
MARK_COLOURS: dict[str, dict[str, str]] = {
    "word": {"light": "#cfe0f7", "sepia": "#e3d2ad", "dark": "#3a4a63"},
    "sentence": {"light": "#fff0b3", "sepia": "#ead9a0", "dark": "#4d4526"},
}
MARKS_LAYER = "text"      # the pane's layer of marks these are drawn in (find's hits have their own)
ContextProvider = Callable[[int | None], "list[QAction]"]


class PaneText(QObject):
    """See the module docstring."""

    word_requested = Signal(int)      # a character double-clicked (not a link): its document position

    def __init__(self, pane: ArticleView) -> None:
        super().__init__(pane)
        self.pane = pane
        self.context_position: int | None = None     # the character under the last context-menu click
        self._layers: dict[str, tuple[str, list[tuple[int, int]]]] = {}    # layer -> (style, spans)
        self._story: list[str] = pane.item_ids()
        self._providers: list[ContextProvider] = []
        self._placed = False       # whether the reader placed the cursor in this story
        pane.viewport().installEventFilter(self)
        pane.story_shown.connect(self._on_story_shown)
        own = pane.context_actions
        pane.context_actions = lambda: [*own(), *(a for p in self._providers for a in p(self.context_position))]

    # ---- reading
    def char_at(self, point: QPoint) -> int | None:
        """The document position of the character under a viewport point, or None off the text."""
        doc_point = QPointF(point.x() + self.pane.horizontalScrollBar().value(),
                            point.y() + self.pane.verticalScrollBar().value())
        if self.pane.document().documentLayout().hitTest(doc_point, Qt.HitTestAccuracy.ExactHit) < 0:
            return None
        position = self.pane.cursorForPosition(point).position()
        cursor = QTextCursor(self.pane.document())
        cursor.setPosition(position)
        if position > 0 and self.pane.cursorRect(cursor).left() > point.x():
            position -= 1     # the pointer is over the character before this boundary
        return position

    def block_at(self, position: int) -> tuple[int, str]:
        """(start position, text) of the paragraph holding a position."""
        block = self.pane.document().findBlock(position)
        return (block.position(), block.text()) if block.isValid() else (0, "")

    def spoken_blocks(self) -> list[tuple[int, str]]:
        """(start position, text) of every paragraph showing a field of the story (headlines, byline,
        text, crossheads, captions), in order; seams, keywords and rules are left out."""
        doc = self.pane.document()
        starts = sorted({doc.findBlock(pos).position() for pos in self.pane.layout_map.fields.values()})
        return [(start, doc.findBlock(start).text()) for start in starts]

    def selection(self) -> tuple[int, int] | None:
        """[start, end) of the selection, or None."""
        cursor = self.pane.textCursor()
        return (cursor.selectionStart(), cursor.selectionEnd()) if cursor.hasSelection() else None

    def selected_text(self) -> str:
        """The selection as plain text (line breaks as "\\n")."""
        return self.pane.textCursor().selectedText().replace("\u2029", "\n").replace("\u2028", "\n")

    def cursor_position(self) -> int | None:
        """Where the reader put the cursor in the story on screen (a click, a selection), or None: the
        pane's own cursor lies wherever typesetting left it until then."""
        return self.pane.textCursor().position() if self._placed else None

    def first_visible_position(self) -> int:
        """The first character at the top of the pane."""
        return self.pane.cursorForPosition(QPoint(0, 0)).position()

    def is_visible(self, position: int) -> bool:
        """Whether the line of a position is on screen."""
        rect = self._cursor_rect(position, position)
        return rect.top() >= 0 and rect.bottom() <= self.pane.viewport().height()

    def item_ids(self) -> list[str]:
        """The parts of the story on screen."""
        return self.pane.item_ids()

    # ---- marking and showing
    def set_mark(self, layer: str, spans: list[tuple[int, int]], style: str) -> None:
        """Draw [start, end) spans in a layer (replacing its spans) in a style of MARK_COLOURS."""
        self._layers[layer] = (style, list(spans))
        self._apply()

    def clear_mark(self, layer: str) -> None:
        if self._layers.pop(layer, None) is not None:
            self._apply()

    def marks(self, layer: str) -> list[tuple[int, int]]:
        """The spans drawn in a layer."""
        return list(self._layers.get(layer, ("", []))[1])

    def select(self, start: int, end: int) -> None:
        """Make [start, end) the pane's selection (copy takes it)."""
        cursor = QTextCursor(self.pane.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.pane.setTextCursor(cursor)
        self._placed = True

    def ensure_visible(self, start: int, end: int) -> None:
        """Scroll so the span is on screen (near the top when it was not)."""
        rect = self._cursor_rect(start, end)
        if rect.top() < 0 or rect.bottom() > self.pane.viewport().height():
            self.pane.scroll_to_position(start)

    def global_rect(self, start: int, end: int) -> QRect:
        """Where a span (on one line) is on the screen."""
        rect = self._cursor_rect(start, end)
        return QRect(self.pane.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def add_context_actions(self, provider: ContextProvider) -> None:
        """Actions for the pane's context menu, made for the character under the click (None: off the text)."""
        self._providers.append(provider)

    # ---- internals
    def _cursor_rect(self, start: int, end: int) -> QRect:
        first = QTextCursor(self.pane.document())
        first.setPosition(start)
        last = QTextCursor(self.pane.document())
        last.setPosition(end)
        a, b = self.pane.cursorRect(first), self.pane.cursorRect(last)
        if b.top() != a.top():     # runs onto another line: the first line's part
            return QRect(a.left(), a.top(), max(1, self.pane.viewport().width() - a.left()), a.height())
        return QRect(a.left(), a.top(), max(1, b.left() - a.left()), a.height())

    def _apply(self) -> None:
        theme = self.pane.typography.theme.name
        selections = []
        length = self.pane.document().characterCount()
        for style, spans in self._layers.values():
            fmt = QTextCharFormat()
            fmt.setBackground(QColor.fromString(MARK_COLOURS.get(style, MARK_COLOURS["word"]).get(theme, "#cfe0f7")))
            for start, end in spans:
                if 0 <= start < end <= length:
                    selection = QTextEdit.ExtraSelection()
                    cursor = QTextCursor(self.pane.document())
                    cursor.setPosition(start)
                    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                    selection.cursor = cursor
                    selection.format = fmt
                    selections.append(selection)
        self.pane.set_marks(MARKS_LAYER, selections)

    def _on_story_shown(self, ids: list[str]) -> None:
        if ids != self._story:
            self._story = list(ids)
            self._layers.clear()
            self._placed = False
        self._apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent) \
                and event.button() == Qt.MouseButton.LeftButton:
            self._placed = True          # a click puts the cursor (Qt does, once this returns)
        elif event.type() == QEvent.Type.MouseButtonDblClick and isinstance(event, QMouseEvent) \
                and event.button() == Qt.MouseButton.LeftButton:
            point = event.position().toPoint()
            if not self.pane.anchorAt(point):
                position = self.char_at(point)
                if position is not None:
                    self.word_requested.emit(position)
                    return True      # not Qt's own word selection: the feature marks the jieba word
        elif event.type() == QEvent.Type.ContextMenu:
            pos = getattr(event, "pos", None)
            self.context_position = self.char_at(pos()) if callable(pos) else None
        return super().eventFilter(watched, event)
