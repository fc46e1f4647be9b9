"""The one snippet painter: rows of plain text with ranges in bold (the hits) and a muted range (a label).

Text from an issue or the library is laid out with QTextLayout and format ranges, never read as HTML.
A SnippetDelegate paints each non-group row as its lines() (one or more), group rows as the style does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
Spans = Sequence[tuple[int, int]]
PAD = 4


@dataclass(frozen=True)
class SnippetLine:
    """One line of a row: its text, the (offset, length) ranges in bold, a muted opening range, and
    whether the whole line is muted."""

    text: str
    bold: Spans = ()
    muted_prefix: int = 0
    muted: bool = False


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
        super().paint(painter, option, index)
        if self.is_group(index):
            return
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
        for n, line in enumerate(lines):
            painter.setPen(muted if line.muted else ink)
            snippet_layout(line, option.font, muted_colour=muted).draw(
                painter, QPointF(rect.left() + PAD, top + n * (height + PAD)))
        painter.restore()
