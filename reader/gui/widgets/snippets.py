"""The one snippet painter: rows of plain text with ranges in bold (the hits) and a muted range (a label).

Text from an issue or the library is laid out with QTextLayout and format ranges, never read as HTML.
A SnippetDelegate paints each non-group row as its lines() (one or more), a group row as one bold line.
A line wider than its row is cut to fit (window_around_hit): at its end, or, for a snippet
(`around_hit`), around its first hit, so that the hit is never off the edge; "…" marks each cut.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex
Spans = Sequence[tuple[int, int]]
PAD = 4
ELLIPSIS = "…"
Span = tuple[int, int]      # (offset, length)
LAYOUTS_KEPT = 512          # laid-out lines a delegate keeps for repaints


@dataclass(frozen=True)
class SnippetLine:
    """One line of a row: its text, the (offset, length) ranges in bold, a muted opening range, whether
    the whole line is muted, and whether a line too wide is cut around its first hit (else at its end)."""

    text: str
    bold: Spans = ()
    muted_prefix: int = 0
    muted: bool = False
    around_hit: bool = False


def _heavy_advance(font: QFont) -> Callable[[str], float]:
    """The advance of text in the bold face of font (a hit is drawn bold, the wider face)."""
    heavy_font = QFont(font)
    heavy_font.setBold(True)
    return QFontMetricsF(heavy_font).horizontalAdvance


def fitted(line: SnippetLine, width: float, font: QFont) -> SnippetLine:
    """The line cut to width (see window_around_hit); hits are measured bold, the wider face."""
    anchor: tuple[Span, ...] = () if line.around_hit else ((0, 0),)     # (0, 0): keep the start
    text, spans = window_around_hit(line.text, anchor + tuple(line.bold), width, _heavy_advance(font))
    if text == line.text:
        return line
    muted = line.muted_prefix if text.startswith(line.text[:line.muted_prefix]) else 0
    return replace(line, text=text, bold=spans, muted_prefix=min(muted, len(text)))


def snippet_layout(line: SnippetLine, font: QFont, muted_colour: object = None) -> QTextLayout:
    """The line laid out on one line (the view clips what does not fit), its glyphs kept for drawing."""
    layout = QTextLayout(line.text, font)
    layout.setCacheEnabled(True)         # else endLayout() drops the shaping and draw() shapes again
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    ranges = []
    for offset, length in line.bold:
        rng = QTextLayout.FormatRange()
        rng.start, rng.length, rng.format = offset, length, bold
        ranges.append(rng)
    if line.muted_prefix and muted_colour is not None:
        tag = QTextCharFormat()
        tag.setForeground(muted_colour)  # type: ignore[arg-type]
        rng = QTextLayout.FormatRange()
        rng.start, rng.length, rng.format = 0, line.muted_prefix, tag
        ranges.append(rng)
    layout.setFormats(ranges)
    layout.beginLayout()
    made = layout.createLine()
    if made.isValid():
        made.setLineWidth(1e6)
    layout.endLayout()
    return layout


def fitted_layout(line: SnippetLine, width: float, font: QFont, muted_colour: object = None) -> QTextLayout:
    """The line laid out and cut to width as painted: laid out whole first, its width read off the
    layout (bold hits included), and cut (fitted) only when it does not fit."""
    layout = snippet_layout(line, font, muted_colour)
    if layout.lineCount() and layout.lineAt(0).naturalTextWidth() > width:
        layout = snippet_layout(fitted(line, width, font), font, muted_colour)
    return layout


class SnippetDelegate(QStyledItemDelegate):
    """Paints rows as lines of snippets; subclasses say which rows are groups and what the lines are.

    A plain or selected row is painted here: the selection filled as the style fills it, the lines
    drawn from text layouts kept by what they show (LAYOUTS_KEPT of them), so a row repainted
    unchanged is not laid out again. A group row is one bold line. A row with the keyboard focus
    is left to the style, which draws the focus frame.
    """

    indent = 0   # pixels the lines of a non-group row are set in by (its selection spans the whole row)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._layouts: OrderedDict[tuple[object, ...], QTextLayout] = OrderedDict()

    def is_group(self, index: Index) -> bool:
        raise NotImplementedError

    def lines(self, index: Index) -> list[SnippetLine]:
        raise NotImplementedError

    def group_line(self, index: Index) -> SnippetLine:
        """A group row's line (its display text; drawn bold)."""
        return SnippetLine(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802 (Qt override)
        super().initStyleOption(option, index)
        if self.is_group(index):
            option.font.setBold(True)
        option.text = ""      # painted below

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 (Qt override)
        size = super().sizeHint(option, index)
        line = QFontMetrics(option.font).height()
        count = 1 if self.is_group(index) else len(self.lines(index))
        return QSize(size.width(), max(size.height(), count * line + (count + 1) * PAD))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        group = self.is_group(index)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if state & QStyle.StateFlag.State_HasFocus:     # the style draws the focus frame (and the selection)
            styled = QStyleOptionViewItem(option)
            self.initStyleOption(styled, index)
            view = self.parent()
            widget = view if isinstance(view, QWidget) else None
            (widget.style() if widget else QApplication.style()).drawControl(
                QStyle.ControlElement.CE_ItemViewItem, styled, painter, widget)
        elif selected:
            painter.fillRect(option.rect, palette.brush(_colour_group(option), QPalette.ColorRole.Highlight))
        ink = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = ink if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        font = option.font
        if group:
            font = QFont(font)
            font.setBold(True)
        lines = [self.group_line(index)] if group else self.lines(index)
        indent = 0 if group else self.indent
        rect = option.rect
        height = QFontMetrics(font).height()
        top = rect.top() + (rect.height() - len(lines) * height - (len(lines) - 1) * PAD) / 2
        painter.save()
        painter.setClipRect(rect)
        width = max(1.0, rect.width() - 2.0 * PAD - indent)
        for n, line in enumerate(lines):
            painter.setPen(muted if line.muted else ink)
            self._layout(line, width, font, muted).draw(
                painter, QPointF(rect.left() + PAD + indent, top + n * (height + PAD)))
        painter.restore()

    def _layout(self, line: SnippetLine, width: float, font: QFont, muted: QColor) -> QTextLayout:
        """The line's layout as drawn at width, kept for the next paint of the same line."""
        key = (line.text, tuple(line.bold), line.muted_prefix, line.around_hit, int(width), font.key(),
               muted.rgba() if line.muted_prefix else 0)
        layout = self._layouts.get(key)
        if layout is None:
            layout = self._layouts[key] = fitted_layout(line, width, font, muted)
            if len(self._layouts) > LAYOUTS_KEPT:
                self._layouts.popitem(last=False)
        else:
            self._layouts.move_to_end(key)
        return layout


def _colour_group(option: QStyleOptionViewItem) -> QPalette.ColorGroup:
    """The palette group the style fills a selection from: disabled, inactive (window not active) or active."""
    if not option.state & QStyle.StateFlag.State_Enabled:
        return QPalette.ColorGroup.Disabled
    if not option.state & QStyle.StateFlag.State_Active:
        return QPalette.ColorGroup.Inactive
    return QPalette.ColorGroup.Normal


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
