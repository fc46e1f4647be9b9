"""The one snippet painter: rows of plain text with ranges in bold (the hits) and a muted range (a label).

Text from an issue or the library is laid out with QTextLayout and format ranges, never read as HTML.
A SnippetDelegate paints each non-group row as its lines() (one or more), group rows as the style does.
A line wider than its row is cut to fit (window_around_hit): at its end, or, for a snippet
(`around_hit`), around its first hit, so that the hit is never off the edge; "…" marks each cut.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
Spans = Sequence[tuple[int, int]]
PAD = 4
ELLIPSIS = "…"
Span = tuple[int, int]      # (offset, length)
_MARKED = QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_MouseOver


@dataclass(frozen=True)
class SnippetLine:
    """One line of a row: its text, the (offset, length) ranges in bold, a muted opening range, whether
    the whole line is muted, and whether a line too wide is cut around its first hit (else at its end)."""

    text: str
    bold: Spans = ()
    muted_prefix: int = 0
    muted: bool = False
    around_hit: bool = False


def fitted(line: SnippetLine, width: float, font: QFont) -> SnippetLine:
    """The line cut to width (see window_around_hit); hits are measured bold, the wider face."""
    heavy_font = QFont(font)
    heavy_font.setBold(True)
    advance = QFontMetricsF(heavy_font).horizontalAdvance
    anchor: tuple[Span, ...] = () if line.around_hit else ((0, 0),)     # (0, 0): keep the start
    text, spans = window_around_hit(line.text, anchor + tuple(line.bold), width, advance)
    if text == line.text:
        return line
    muted = line.muted_prefix if text.startswith(line.text[:line.muted_prefix]) else 0
    return replace(line, text=text, bold=spans, muted_prefix=min(muted, len(text)))


def snippet_layout(line: SnippetLine, font: QFont, muted_colour: object = None) -> QTextLayout:
    """The line laid out on one line (the view clips what does not fit)."""
    layout = QTextLayout(line.text, font)
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


class SnippetDelegate(QStyledItemDelegate):
    """Paints rows as lines of snippets; subclasses say which rows are groups and what the lines are."""

    indent = 0   # pixels the lines of a non-group row are set in by (its selection spans the whole row)

    def is_group(self, index: Index) -> bool:
        raise NotImplementedError

    def lines(self, index: Index) -> list[SnippetLine]:
        raise NotImplementedError

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802 (Qt override)
        super().initStyleOption(option, index)
        if self.is_group(index):
            option.font.setBold(True)
        else:
            option.text = ""      # painted below

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 (Qt override)
        size = super().sizeHint(option, index)
        line = QFontMetrics(option.font).height()
        count = 1 if self.is_group(index) else len(self.lines(index))
        return QSize(size.width(), max(size.height(), count * line + (count + 1) * PAD))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if self.is_group(index):
            super().paint(painter, option, index)
            return
        if option.state & _MARKED:     # selection and focus as the style draws them (a plain row: nothing)
            super().paint(painter, option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        ink = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = ink if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        lines = self.lines(index)
        rect = option.rect
        height = QFontMetrics(option.font).height()
        top = rect.top() + (rect.height() - len(lines) * height - (len(lines) - 1) * PAD) / 2
        painter.save()
        painter.setClipRect(rect)
        width = max(1.0, rect.width() - 2.0 * PAD - self.indent)
        for n, line in enumerate(lines):
            painter.setPen(muted if line.muted else ink)
            snippet_layout(fitted(line, width, option.font), option.font, muted_colour=muted).draw(
                painter, QPointF(rect.left() + PAD + self.indent, top + n * (height + PAD)))
        painter.restore()


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
