"""How the sidebar draws its rows: a page as a band, an item as kicker / headline / subtitle plus marks.

A search re-lays and repaints many rows at every keystroke, so what does not change is kept: the
fonts, each row's size and wrapped lines (by item, width and marks), the width of every mark, the
glyphs of every line (laid out once; text is drawn as plain text, never markup) and each plain row's
text and each mark as pixmaps (drawn once, blitted after: see row_pixmaps.py; rows selected or under the
mouse are drawn afresh). A row's content comes in one piece (Role.ROW), not role by role.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QGlyphRun,
    QPainter,
    QPalette,
    QPixmap,
    QTextLayout,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from ..widgets.row_pixmaps import RowPixmaps
from .issue_tree_model import HeadlineRow, Role

Index = QModelIndex | QPersistentModelIndex
PAD = 7            # padding around a row's text, pixels
HEADLINE_LINES = 2  # a headline wraps to at most this many lines
READ_ALPHA = 0.5    # how strongly the headline of an article read is drawn
MUTED_ALPHA = 0.62  # how strongly a kicker, a subtitle and the marks are drawn
SMALL, HEADLINE, PAGE = range(3)   # the three fonts
# the states the style draws something for (a plain row's background is the view's: the style is not
# asked to draw it, which is a good part of painting a row)
_MARKED = QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_MouseOver


def wrap_lines(text: str, font: QFont, width: int, max_lines: int) -> tuple[str, ...]:
    """text broken into lines no wider than width; the last allowed line is elided."""
    if width <= 0 or not text:
        return (text,) if text else ()
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    starts: list[int] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
        lines.append(text[line.textStart(): line.textStart() + line.textLength()])
    layout.endLayout()
    if len(lines) > max_lines:
        rest = text[starts[max_lines - 1]:]
        lines = lines[: max_lines - 1] + [QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)]
    return tuple(ln.rstrip() for ln in lines)


def _inks(pal: QPalette, selected: bool) -> tuple[QColor, QColor]:
    """A row's text colour and its muted form (kicker, subtitle, marks), as selected or not."""
    ink = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
    muted = QColor(ink)
    muted.setAlphaF(MUTED_ALPHA)
    return ink, muted


class _Type(NamedTuple):
    """The sidebar's three fonts (SMALL, HEADLINE, PAGE) for one base font, and their line heights."""

    fonts: tuple[QFont, QFont, QFont]
    heights: tuple[int, int, int]
    small_metrics: QFontMetrics


class _Lines(NamedTuple):
    """An item row measured: its kicker, headline and subtitle lines, and its height."""

    kicker: tuple[str, ...]
    head: tuple[str, ...]
    sub: tuple[str, ...]
    height: int


class HeadlineDelegate(QStyledItemDelegate):
    """Paints the sidebar's rows (see the module docstring)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        self._base: QFont | None = None
        self._type: _Type | None = None
        self._lines: dict[tuple[str, int, int], _Lines] = {}
        self._glyphs: dict[tuple[str, int], tuple[float, list[QGlyphRun]]] = {}
        self._elided: dict[tuple[str, int], str] = {}
        self._advances: dict[str, int] = {}
        self._wraps: dict[tuple[str, int, int], tuple[str, ...]] = {}
        self._natural: dict[tuple[str, int], float] = {}
        self.pixmaps = RowPixmaps()

    def clear_cache(self) -> None:
        """Forget measured rows (another issue, another font)."""
        self.pixmaps.clear()
        self._wraps.clear()
        self._natural.clear()
        self._lines.clear()
        self._glyphs.clear()
        self._elided.clear()
        self._advances.clear()

    def _fonts(self) -> _Type:
        base = self.view.font()
        if self._type is None or base != self._base:
            small = QFont(base)
            small.setPointSizeF(base.pointSizeF() * 0.9)
            headline = QFont(base)
            headline.setPointSizeF(base.pointSizeF() * 1.05)
            page = QFont(base)
            page.setBold(True)
            fonts = (small, headline, page)
            self._base = base
            self._type = _Type(fonts, tuple(QFontMetrics(f).height() for f in fonts),  # type: ignore[arg-type]
                               QFontMetrics(small))
            self.clear_cache()
        return self._type

    def _advance(self, mark: str, type_: _Type) -> int:
        width = self._advances.get(mark)
        if width is None:
            width = self._advances[mark] = type_.small_metrics.horizontalAdvance(mark)
        return width

    def _measure(self, row: HeadlineRow, type_: _Type, width: int) -> _Lines:
        """Kicker, headline and subtitle lines (the headline wrapped beside the marks)."""
        assert row.item_id is not None
        marks_width = sum(self._advance(m, type_) + 11 for m in row.marks) + (6 if row.marks else 0)
        key = (row.item_id, width, marks_width)     # a count of 3 or 5 hits wraps the headline alike
        lines = self._lines.get(key)
        if lines is None:
            kicker = self._wrapped(row.kicker, SMALL, width, 1)
            head = self._wrapped(row.label, HEADLINE, width - marks_width, HEADLINE_LINES)
            sub = self._wrapped(row.subtitle, SMALL, width, 1)
            height = 2 * PAD + len(head) * type_.heights[HEADLINE] + (len(kicker) + len(sub)) * type_.heights[SMALL]
            lines = self._lines[key] = _Lines(kicker, head, sub, height)
        return lines

    def _wrapped(self, text: str, font: int, width: int, max_lines: int) -> tuple[str, ...]:
        """wrap_lines, kept by text, font and width; a text that fits on its line is not laid out."""
        key = (text, font, width)
        lines = self._wraps.get(key)
        if lines is None:
            natural = self._natural.get((text, font))
            if natural is None:
                natural = self._natural[text, font] = (
                    QFontMetricsF(self._fonts().fonts[font]).horizontalAdvance(text) if "\n" not in text else 1e9)
            if width > 0 and natural <= width:
                lines = (text.rstrip(),) if text else ()
            else:
                lines = wrap_lines(text, self._fonts().fonts[font], width, max_lines)
            self._wraps[key] = lines
        return lines

    def _draw_line(self, painter: QPainter, x: float, top: int, height: int, text: str, font: int) -> None:
        """One line of text as drawText(QRect(x, top, …, height), AlignLeft | AlignVCenter) draws it,
        from glyphs laid out once per text and font (plain text, never markup)."""
        glyphs = self._glyphs.get((text, font))
        if glyphs is None:
            layout = QTextLayout(text, self._fonts().fonts[font])
            layout.beginLayout()
            line = layout.createLine()
            if line.isValid():
                line.setLineWidth(1e6)
            layout.endLayout()
            glyphs = self._glyphs[text, font] = ((line.ascent() + line.descent()) if line.isValid() else 0.0,
                                                 layout.glyphRuns())
        ink_height, runs = glyphs
        origin = QPointF(x, top + (height - ink_height) / 2)
        for run in runs:
            painter.drawGlyphRun(origin, run)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802 (Qt override)
        super().initStyleOption(option, index)
        option.text = ""   # the text is painted below, in three sizes

    def row_size(self, row: HeadlineRow) -> QSize:
        """How big a row is drawn at the view's width now (the model holds it as the row's size hint:
        the view lays rows out without asking Python)."""
        type_ = self._fonts()
        if row.item_id is None:
            return QSize(100, type_.heights[PAGE] + 2 * PAD + 2)
        width = self.view.viewport().width() - self.view.indentation() * 2 - 2 * PAD   # an item is a page's child
        return QSize(100, self._measure(row, type_, width).height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: HeadlineRow = index.data(Role.ROW)
        if option.state & _MARKED:    # background, selection and focus, as the style draws them; then the text
            super().paint(painter, option, index)
            self.paint_afresh(painter, option, row)
            return
        painter.save()
        headline_top = self._blit_text(painter, option, row)
        if row.item_id is not None:
            self._paint_row_marks(painter, option, row, headline_top, from_pixmaps=True)
        painter.restore()

    def paint_afresh(self, painter: QPainter, option: QStyleOptionViewItem, row: HeadlineRow) -> None:
        """Draw a row's text and marks straight onto the painter (no pixmap), over its background."""
        painter.save()
        headline_top = self._paint_text(painter, option.rect, row, option.palette,
                                        bool(option.state & QStyle.StateFlag.State_Selected))
        if row.item_id is not None:
            self._paint_row_marks(painter, option, row, headline_top)
        painter.restore()

    def prepare(self, option: QStyleOptionViewItem, index: Index) -> None:
        """Draw a plain row's text into its pixmap ahead of its first paint (idle time)."""
        self._row_pixmap(option, index.data(Role.ROW))

    def _row_pixmap(self, option: QStyleOptionViewItem, row: HeadlineRow) -> tuple[QPixmap, int]:
        """The pixmap of a plain row's text (made when missing), and the top of its headline in the row."""
        type_ = self._fonts()
        pal = option.palette
        size = option.rect.size()
        ink = pal.color(QPalette.ColorRole.Text)
        base = pal.color(QPalette.ColorRole.Base)
        width = size.width() - 2 * PAD
        if row.item_id is None:
            content: tuple[object, ...] = (row.label,)
            headline_top = PAD
        else:
            lines = self._measure(row, type_, width)
            content = (lines.kicker, lines.head, lines.sub, row.read)
            headline_top = PAD + len(lines.kicker) * type_.heights[SMALL]
        ratio = self.view.devicePixelRatioF()
        key = (content, size.width(), size.height(), ink.rgba(), base.rgba(), ratio)
        pixmap = self.pixmaps.render(key, size, ratio, base,
                                     lambda p: self._paint_text(p, QRect(QPoint(0, 0), size), row, pal, False))
        return pixmap, headline_top

    def _blit_text(self, painter: QPainter, option: QStyleOptionViewItem, row: HeadlineRow) -> int:
        pixmap, headline_top = self._row_pixmap(option, row)
        painter.drawPixmap(option.rect.topLeft(), pixmap)
        return option.rect.top() + headline_top

    def _paint_text(self, painter: QPainter, row_rect: QRect, row: HeadlineRow, pal: QPalette, selected: bool) -> int:
        """Draw a row's text (a page's label; an item's kicker, headline and subtitle) in row_rect;
        returns the top of the headline."""
        ink, muted = _inks(pal, selected)
        type_ = self._fonts()
        rect = row_rect.adjusted(PAD, PAD, -PAD, -PAD)
        if row.item_id is None:
            painter.setPen(ink)
            text = self._elided.get((row.label, rect.width()))
            if text is None:
                text = self._elided[row.label, rect.width()] = QFontMetrics(type_.fonts[PAGE]).elidedText(
                    row.label, Qt.TextElideMode.ElideRight, rect.width())
            self._draw_line(painter, rect.left(), rect.top(), rect.height(), text, PAGE)
            return rect.top()
        lines = self._measure(row, type_, rect.width())
        y = rect.top()
        headline_top = y
        headline_ink = ink
        if row.read and not selected:    # an article read: its headline is greyed
            headline_ink = QColor(ink)
            headline_ink.setAlphaF(READ_ALPHA)
        for font, colour, texts in ((SMALL, muted, lines.kicker), (HEADLINE, headline_ink, lines.head),
                                    (SMALL, muted, lines.sub)):
            painter.setPen(colour)
            if font == HEADLINE:
                headline_top = y
            for text in texts:
                self._draw_line(painter, rect.left(), y, type_.heights[font], text, font)
                y += type_.heights[font]
        return headline_top

    def _paint_row_marks(self, painter: QPainter, option: QStyleOptionViewItem, row: HeadlineRow,
                         headline_top: int, from_pixmaps: bool = False) -> None:
        if not row.marks:
            return
        type_ = self._fonts()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        ink, muted = _inks(pal, selected)
        self._paint_marks(painter, row.marks, type_, option.rect.right() - PAD,
                          headline_top + type_.heights[HEADLINE] // 2,
                          muted, pal.color(QPalette.ColorRole.Highlight) if not selected else ink, row.hits > 0,
                          pal.color(QPalette.ColorRole.Base) if from_pixmaps else None)

    def _paint_marks(self, painter: QPainter, marks: tuple[str, ...], type_: _Type, right: int, middle: int,
                     colour: QColor, hit_colour: QColor, first_is_hits: bool, background: QColor | None) -> None:
        """Small framed labels, right-aligned, centred on the headline's first line; on a plain row
        (background: its colour) each from a pixmap drawn once."""
        x = right
        height = type_.heights[SMALL]
        for i, mark in reversed(list(enumerate(marks))):
            advance = self._advance(mark, type_)
            w = advance + 8
            badge = QRect(x - w, middle - height // 2, w, height)
            pen = hit_colour if (first_is_hits and i == 0) else colour
            if background is None:
                self._draw_badge(painter, badge, mark, advance, pen)
            else:
                painter.drawPixmap(badge.topLeft(), self._badge_pixmap(badge.size(), mark, advance, pen, background))
            x -= w + 3

    def _badge_pixmap(self, size: QSize, mark: str, advance: int, pen: QColor, background: QColor) -> QPixmap:
        ratio = self.view.devicePixelRatioF()
        key = ("badge", mark, pen.rgba(), size.width(), size.height(), background.rgba(), ratio)

        def draw(painter: QPainter) -> None:
            self._draw_badge(painter, QRect(QPoint(0, 0), size), mark, advance, pen)

        # its frame reaches one pixel right of the rectangle
        return self.pixmaps.render(key, QSize(size.width() + 1, size.height()), ratio, background, draw)

    def _draw_badge(self, painter: QPainter, badge: QRect, mark: str, advance: int, pen: QColor) -> None:
        painter.setPen(pen)
        painter.drawRoundedRect(badge.adjusted(0, 1, 0, -1), 3, 3)
        self._draw_line(painter, badge.left() + (badge.width() - advance) / 2, badge.top(), badge.height(), mark, SMALL)
