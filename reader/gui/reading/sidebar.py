"""The sidebar: pages and their headlines, kicker above and subtitle below, with marks."""

from __future__ import annotations

from typing import Mapping, NamedTuple

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSignalBlocker,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGlyphRun, QPainter, QPalette, QResizeEvent, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Issue
from .issue_tree_model import IssueTreeModel, Role

Index = QModelIndex | QPersistentModelIndex
PAD = 7            # padding around a row's text, pixels
HEADLINE_LINES = 2  # a headline wraps to at most this many lines


def wrap_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """text broken into lines no wider than width; the last allowed line is elided."""
    if width <= 0 or not text:
        return [text] if text else []
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
    return [ln.rstrip() for ln in lines]


class _Type(NamedTuple):
    """The sidebar's three fonts for one base font, and their line heights."""

    small: QFont
    headline: QFont
    page: QFont
    small_metrics: QFontMetrics
    small_height: int
    headline_height: int
    page_height: int


class HeadlineDelegate(QStyledItemDelegate):
    """Paints a page row as a band, an item row as kicker / headline / subtitle plus marks.

    A search re-lays and repaints many rows at every keystroke, so what does not change is kept:
    the fonts, each row's wrapped lines (by item, width and the width of its marks) and the glyphs
    of every line (laid out once, drawn many times).
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        self._lines: dict[tuple[str, int, int], tuple[list[str], list[str], list[str]]] = {}
        self._glyphs: dict[tuple[str, str], tuple[float, list[QGlyphRun]]] = {}
        self._elided: dict[tuple[str, int], str] = {}
        self._type: tuple[str, _Type] | None = None

    def clear_cache(self) -> None:
        """Forget measured rows (another issue, another font)."""
        self._lines.clear()
        self._glyphs.clear()
        self._elided.clear()

    def _fonts(self, base: QFont) -> _Type:
        key = base.key()
        if self._type is None or self._type[0] != key:
            small = QFont(base)
            small.setPointSizeF(base.pointSizeF() * 0.9)
            headline = QFont(base)
            headline.setPointSizeF(base.pointSizeF() * 1.05)
            page = QFont(base)
            page.setBold(True)
            metrics = QFontMetrics(small)
            self._type = key, _Type(small, headline, page, metrics, metrics.height(),
                                    QFontMetrics(headline).height(), QFontMetrics(page).height())
            self.clear_cache()
        return self._type[1]

    def _text_width(self, index: Index) -> int:
        depth = 1 if index.parent().isValid() else 0
        return self.view.viewport().width() - self.view.indentation() * (depth + 1) - 2 * PAD

    def _marks(self, index: Index) -> list[str]:
        """The labels right of the headline: the hit count first (during a search), then the marks."""
        marks = [label for label, _ in (index.data(Role.MARKS) or [])]
        hits = index.data(Role.HIT_COUNT)
        if hits:
            marks.insert(0, str(hits))
        return marks

    def _layout(self, index: Index, fonts: _Type, width: int,
                marks: list[str]) -> tuple[list[str], list[str], list[str]]:
        """Kicker, headline and subtitle lines (the headline wrapped beside the marks)."""
        marks_width = self._marks_width(marks, fonts.small_metrics)
        key = (index.data(Role.ITEM_ID), width, marks_width)
        cached = self._lines.get(key)
        if cached is None:
            kicker = index.data(Role.KICKER) or ""
            subtitle = index.data(Role.SUBTITLE) or ""
            title = index.data(Qt.ItemDataRole.DisplayRole) or ""
            cached = self._lines[key] = (wrap_lines(kicker, fonts.small, width, 1),
                                         wrap_lines(title, fonts.headline, width - marks_width, HEADLINE_LINES),
                                         wrap_lines(subtitle, fonts.small, width, 1))
        return cached

    def _marks_width(self, marks: list[str], metrics: QFontMetrics) -> int:
        return sum(metrics.horizontalAdvance(m) + 11 for m in marks) + (6 if marks else 0)

    def _draw_line(self, painter: QPainter, x: int, top: int, height: int, text: str, font: QFont) -> None:
        """One line of text as drawText(QRect(x, top, …, height), AlignLeft | AlignVCenter) draws it,
        from glyphs laid out once per text and font (plain text, never markup)."""
        key = (text, font.key())
        glyphs = self._glyphs.get(key)
        if glyphs is None:
            layout = QTextLayout(text, font)
            layout.beginLayout()
            line = layout.createLine()
            if line.isValid():
                line.setLineWidth(1e6)
            layout.endLayout()
            glyphs = self._glyphs[key] = ((line.ascent() + line.descent()) if line.isValid() else 0.0,
                                          layout.glyphRuns())
        ink_height, runs = glyphs
        origin = QPointF(x, top + (height - ink_height) / 2)
        for run in runs:
            painter.drawGlyphRun(origin, run)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802 (Qt override)
        super().initStyleOption(option, index)
        option.text = ""   # the text is painted below, in three sizes

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 (Qt override)
        fonts = self._fonts(self.view.font())
        if index.data(Role.NODE_KIND) == "page":
            return QSize(100, fonts.page_height + 2 * PAD + 2)
        kicker, head, sub = self._layout(index, fonts, self._text_width(index), self._marks(index))
        height = 2 * PAD + len(head) * fonts.headline_height + (len(kicker) + len(sub)) * fonts.small_height
        return QSize(100, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)    # background, selection and focus, as the style draws them
        painter.save()
        selected = self.view.selectionModel().isSelected(index)
        pal = option.palette
        ink = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(ink)
        muted.setAlphaF(0.62)
        fonts = self._fonts(self.view.font())
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        if index.data(Role.NODE_KIND) == "page":
            painter.setFont(fonts.page)
            painter.setPen(ink)
            label = index.data() or ""
            text = self._elided.get((label, rect.width()))
            if text is None:
                text = self._elided[label, rect.width()] = QFontMetrics(fonts.page).elidedText(
                    label, Qt.TextElideMode.ElideRight, rect.width())
            self._draw_line(painter, rect.left(), rect.top(), rect.height(), text, fonts.page)
            painter.restore()
            return
        marks = self._marks(index)
        kicker, head, sub = self._layout(index, fonts, rect.width(), marks)
        y = rect.top()
        headline_top = y
        for font, height, colour, lines in ((fonts.small, fonts.small_height, muted, kicker),
                                            (fonts.headline, fonts.headline_height, ink, head),
                                            (fonts.small, fonts.small_height, muted, sub)):
            painter.setFont(font)
            painter.setPen(colour)
            if lines is head:
                headline_top = y
            for line in lines:
                self._draw_line(painter, rect.left(), y, height, line, font)
                y += height
        self._paint_marks(painter, marks, fonts.small, rect.right(), headline_top + fonts.headline_height // 2,
                          muted, pal.color(QPalette.ColorRole.Highlight) if not selected else ink,
                          bool(index.data(Role.HIT_COUNT)))
        painter.restore()

    def _paint_marks(self, painter: QPainter, marks: list[str], font: QFont, right: int, middle: int,
                     colour: QColor, hit_colour: QColor, first_is_hits: bool) -> None:
        """Small framed labels, right-aligned, centred on the headline's first line."""
        fm = QFontMetrics(font)
        painter.setFont(font)
        x = right
        height = fm.height()
        for i, mark in reversed(list(enumerate(marks))):
            w = fm.horizontalAdvance(mark) + 8
            badge = QRect(x - w, middle - height // 2, w, height)
            painter.setPen(hit_colour if (first_is_hits and i == 0) else colour)
            painter.drawRoundedRect(badge.adjusted(0, 1, 0, -1), 3, 3)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, mark)
            x -= w + 3


class HeadlineTree(QTreeView):
    """A tree view that re-measures its wrapped rows when its width changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class SearchFilterProxy(QSortFilterProxyModel):
    """Shows every row, or while a search is active only items with hits (and their pages).

    The hit count is the filter role: when the model announces changed counts, the proxy re-checks
    those rows only (rows come and go one by one, nothing is filtered afresh).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(Role.HIT_COUNT)
        self.active = False

    def set_active(self, active: bool) -> None:
        """Filter by hit counts (True) or show every row; a change re-filters every row."""
        if active == self.active:
            return
        if hasattr(self, "beginFilterChange"):   # Qt 6.9 and later
            self.beginFilterChange()
            self.active = active
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.active = active
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802 (Qt override)
        if not self.active:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return bool(index.data(Role.HIT_COUNT))


class IssueSidebar(QWidget):
    """Pages and headlines of the open issue; tells the window which item or page the reader picked."""

    item_selected = Signal(str)   # the reader picked an article (click or keys in the tree)
    page_selected = Signal(int)   # the reader picked a page row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueSidebar")
        self.model = IssueTreeModel(self)
        self.proxy = SearchFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = HeadlineTree(self)
        self.tree.setObjectName("headlineTree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.delegate = HeadlineDelegate(self.tree)
        self.tree.setItemDelegate(self.delegate)
        self.model.modelReset.connect(self.delegate.clear_cache)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setUniformRowHeights(False)
        self.tree.setAnimated(False)
        self.tree.setIndentation(14)
        font = self.tree.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.1)
        self.tree.setFont(font)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.proxy.rowsInserted.connect(self._open_new_pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self._quiet = False

    def set_issue(self, issue: Issue | None) -> None:
        """Fill the tree with an issue's pages and items, all expanded."""
        self._quiet = True
        try:
            self.proxy.set_active(False)
            self.model.set_issue(issue)
            self.tree.expandAll()
        finally:
            self._quiet = False

    def set_hit_counts(self, counts: Mapping[str, int] | None) -> None:
        """While a search is active show only items with hits, each with its count; None shows all.

        From one search to the next only the rows whose count changed are touched (a keystroke must
        be painted within a frame); pages that come back are opened as they come.
        """
        self._quiet = True
        try:
            if counts is None:
                self.proxy.set_active(False)       # every row back first, then the counts go
                self.model.set_hit_counts(None)
            elif self.proxy.active:
                self.model.set_hit_counts(counts)  # the rows whose count changed, one by one
            else:
                with QSignalBlocker(self.model):   # every row is filtered and laid out afresh below
                    self.model.set_hit_counts(counts)
                self.proxy.set_active(True)
                self.tree.expandAll()
        finally:
            self._quiet = False

    def _open_new_pages(self, parent: QModelIndex, first: int, last: int) -> None:
        """Pages the filter brings back (or a new issue) are shown open, as every page is."""
        if not parent.isValid():
            for row in range(first, last + 1):
                self.tree.expand(self.proxy.index(row, 0))

    def select_item(self, item_id: str) -> bool:
        """Make item_id the current row without announcing it; False when it is not shown."""
        return self._select(self.proxy.mapFromSource(self.model.index_of_item(item_id)))

    def select_page(self, number: int) -> bool:
        """Make page number the current row without announcing it."""
        return self._select(self.proxy.mapFromSource(self.model.index_of_page(number)))

    def current_item_id(self) -> str | None:
        """The id of the current item row, or None (a page row or nothing)."""
        index = self.tree.currentIndex()
        return index.data(Role.ITEM_ID) if index.isValid() else None

    def current_page(self) -> int | None:
        """The page number of the current row."""
        index = self.tree.currentIndex()
        return index.data(Role.PAGE_NUMBER) if index.isValid() else None

    def _select(self, index: QModelIndex) -> bool:
        if not index.isValid():
            return False
        self._quiet = True
        try:
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        finally:
            self._quiet = False
        return True

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        if current.data(Role.NODE_KIND) == "page":
            self.page_selected.emit(current.data(Role.PAGE_NUMBER))
        else:
            self.item_selected.emit(current.data(Role.ITEM_ID))
