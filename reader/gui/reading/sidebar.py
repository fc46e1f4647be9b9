"""The sidebar: pages and their headlines, kicker above and subtitle below, with marks."""

from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QResizeEvent, QTextLayout
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
READ_ALPHA = 0.5    # how strongly the headline of an article read is drawn


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


class HeadlineDelegate(QStyledItemDelegate):
    """Paints a page row as a band, an item row as kicker / headline / subtitle plus marks."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        self._lines: dict[tuple[str, int, object], tuple[list[str], list[str], list[str], list[str]]] = {}

    def clear_cache(self) -> None:
        """Forget measured rows (another issue, another font)."""
        self._lines.clear()

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFont]:
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.9)
        headline = QFont(base)
        headline.setPointSizeF(base.pointSizeF() * 1.05)
        page = QFont(base)
        page.setBold(True)
        return small, headline, page

    def _text_width(self, index: Index) -> int:
        depth = 1 if index.parent().isValid() else 0
        return self.view.viewport().width() - self.view.indentation() * (depth + 1) - 2 * PAD

    def _layout(self, index: Index, base: QFont, width: int) -> tuple[list[str], list[str], list[str], list[str]]:
        """Kicker, headline and subtitle lines, and the marks drawn right of the headline."""
        key = (index.data(Role.ITEM_ID), width, index.data(Role.HIT_COUNT))
        cached = self._lines.get(key)
        if cached is None:
            cached = self._lines[key] = self._measure(index, base, width)
        return cached

    def _measure(self, index: Index, base: QFont, width: int) -> tuple[list[str], list[str], list[str], list[str]]:
        small, headline, _ = self._fonts(base)
        kicker = index.data(Role.KICKER) or ""
        subtitle = index.data(Role.SUBTITLE) or ""
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        marks = [label for label, _ in (index.data(Role.MARKS) or [])]
        hits = index.data(Role.HIT_COUNT)
        if hits:
            marks.insert(0, str(hits))
        k = wrap_lines(kicker, small, width, 1)
        h = wrap_lines(title, headline, width - self._marks_width(marks, small), HEADLINE_LINES)
        s = wrap_lines(subtitle, small, width, 1)
        return k, h, s, marks

    def _marks_width(self, marks: list[str], font: QFont) -> int:
        fm = QFontMetrics(font)
        return sum(fm.horizontalAdvance(m) + 11 for m in marks) + (6 if marks else 0)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802 (Qt override)
        super().initStyleOption(option, index)
        option.text = ""   # the text is painted below, in three sizes

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 (Qt override)
        base = self.view.font()
        small, headline, page = self._fonts(base)
        if index.data(Role.NODE_KIND) == "page":
            return QSize(100, QFontMetrics(page).height() + 2 * PAD + 2)
        kicker, head, sub, _marks = self._layout(index, base, self._text_width(index))
        height = 2 * PAD + len(head) * QFontMetrics(headline).height()
        height += (len(kicker) + len(sub)) * QFontMetrics(small).height()
        return QSize(100, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)    # background, selection and focus, as the style draws them
        painter.save()
        selected = self.view.selectionModel().isSelected(index)
        pal = option.palette
        ink = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(ink)
        muted.setAlphaF(0.62)
        base = self.view.font()
        small, headline, page_font = self._fonts(base)
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        if index.data(Role.NODE_KIND) == "page":
            painter.setFont(page_font)
            painter.setPen(ink)
            text = QFontMetrics(page_font).elidedText(index.data() or "", Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            painter.restore()
            return
        kicker, head, sub, marks = self._layout(index, base, rect.width())
        y = rect.top()
        headline_top = y
        headline_ink = ink
        if index.data(Role.READ) and not selected:    # an article read: its headline is greyed
            headline_ink = QColor(ink)
            headline_ink.setAlphaF(READ_ALPHA)
        for font, colour, lines in ((small, muted, kicker), (headline, headline_ink, head), (small, muted, sub)):
            fm = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(colour)
            if lines is head:
                headline_top = y
            for line in lines:
                painter.drawText(QRect(rect.left(), y, rect.width(), fm.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
                y += fm.height()
        self._paint_marks(painter, marks, small, rect.right(), headline_top + QFontMetrics(headline).height() // 2,
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
    """Shows every row, or while a search is active only items with hits (and their pages)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.active = False

    def set_active(self, active: bool) -> None:
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
        """While a search is active show only items with hits, each with its count; None shows all."""
        self._quiet = True
        try:
            self.model.set_hit_counts(counts)
            self.proxy.set_active(counts is not None)
            self.tree.expandAll()
        finally:
            self._quiet = False

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
