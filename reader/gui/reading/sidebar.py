"""The sidebar: pages and their headlines, kicker above and subtitle below, with marks (drawn by
headline_delegate.py); during a search only the items with hits, and their counts.

The rows without hits are hidden in the tree view (QTreeView.setRowHidden), not filtered out by a
QSortFilterProxyModel: in Qt 6.11 the proxy's handling of changing counts (its recursive filter, and
its plain one with pages holding their items' counts) corrupts memory as the reader types, a crash
after some dozen searches with a current row (test_issue_tree_model). The view then shows the
model itself: no mapping between two sets of indexes, and a keystroke hides or shows only the rows
whose count went to or from 0.
"""

from __future__ import annotations

import time
from typing import Iterator, Mapping

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Issue
from ..widgets.scroll_bars import flat_scroll_bars
from .headline_delegate import HeadlineDelegate
from .issue_tree_model import HeadlineRow, IssueTreeModel, Role

Index = QModelIndex | QPersistentModelIndex
PREPARE_DELAY_MS = 250   # rows are drawn ahead this long after the issue, the width or the colours changed
PREPARE_SLICE_S = 0.004  # and in slices of idle time this long at most


class HeadlineTree(QTreeView):
    """A tree view that re-measures its wrapped rows when its width changes."""

    rows_restyled = Signal(bool)   # rows are drawn anew: True when their size may change (width, font), not colours

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()
            self.rows_restyled.emit(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.rows_restyled.emit(event.type() == QEvent.Type.FontChange)

    def row_option(self, index: QModelIndex) -> QStyleOptionViewItem:
        """The style option the view paints index's row with (its rect in the viewport, laid out or not)."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        return option


class IssueSidebar(QWidget):
    """Pages and headlines of the open issue; tells the window which item or page the reader picked."""

    item_selected = Signal(str)   # the reader picked an article (click or keys in the tree)
    page_selected = Signal(int)   # the reader picked a page row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueSidebar")
        self.model = IssueTreeModel(self)
        self.tree = HeadlineTree(self)
        self.tree.setObjectName("headlineTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.delegate = HeadlineDelegate(self.tree)
        self.tree.setItemDelegate(self.delegate)
        self.model.modelReset.connect(self.delegate.clear_cache)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setUniformRowHeights(False)
        self.tree.setAnimated(False)
        flat_scroll_bars(self.tree)
        self.tree.setIndentation(14)
        font = self.tree.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.1)
        self.tree.setFont(font)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self._searching = False
        self._hidden_items: set[str] = set()    # rows hidden during a search (no hits)
        self._hidden_pages: set[int] = set()    # page rows hidden (none of their items has hits)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self._quiet = False
        self._to_prepare: Iterator[QModelIndex] | None = None
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.timeout.connect(self._prepare_rows)
        self.tree.rows_restyled.connect(self._restyle)
        self.model.set_measure(self._measure)

    def _measure(self, row: HeadlineRow) -> QSize:
        return self.delegate.row_size(row)

    def _restyle(self, sizes: bool) -> None:
        """The width, the font or the colours changed: measure the rows again (sizes) and draw them ahead anew."""
        if sizes:
            self.model.remeasure()
        self.prepare_rows()

    def set_issue(self, issue: Issue | None) -> None:
        """Fill the tree with an issue's pages and items, all expanded."""
        self._quiet = True
        try:
            self._searching = False
            self._hidden_items, self._hidden_pages = set(), set()
            self.model.set_issue(issue)        # a reset: the view forgets the hidden rows
            self.tree.expandAll()
        finally:
            self._quiet = False
        self.prepare_rows()

    def prepare_rows(self) -> None:
        """Draw every row shown into the delegate's pixmaps in slices of idle time, starting a moment
        from now (a search then brings rows up by blitting them)."""
        self._to_prepare = None
        self._prepare_timer.start(PREPARE_DELAY_MS)

    @property
    def preparing_rows(self) -> bool:
        """Whether rows are still being drawn ahead (prepare_rows)."""
        return self._prepare_timer.isActive() or self._to_prepare is not None

    def shown_pages(self) -> list[QModelIndex]:
        """The page rows shown now, in order."""
        model, tree = self.model, self.tree
        root = QModelIndex()
        return [model.index(row, 0) for row in range(model.rowCount()) if not tree.isRowHidden(row, root)]

    def shown_items(self, page: QModelIndex) -> list[QModelIndex]:
        """The item rows shown now under a page row, in order."""
        model, tree = self.model, self.tree
        return [model.index(row, 0, page) for row in range(model.rowCount(page)) if not tree.isRowHidden(row, page)]

    def _rows(self) -> Iterator[QModelIndex]:
        for page in self.shown_pages():
            yield page
            yield from self.shown_items(page)

    def _prepare_rows(self) -> None:
        if self._to_prepare is None:
            self._to_prepare = self._rows()
        deadline = time.perf_counter() + PREPARE_SLICE_S
        pixmaps = self.delegate.pixmaps
        for index in self._to_prepare:
            if pixmaps.is_full():
                break
            option = self.tree.row_option(index)
            if option.rect.isValid():
                self.delegate.prepare(option, index)
            if time.perf_counter() > deadline:
                self._prepare_timer.start(0)    # the rest in the event loop's next turn
                return
        self._to_prepare = None

    def set_hit_counts(self, counts: Mapping[str, int] | None) -> None:
        """While a search is active show only items with hits, each with its count; None shows all.

        From one search to the next only the rows whose count changed are touched, and only those
        whose count went to or from 0 are hidden or shown (a keystroke must be painted within a
        frame). When a search starts or ends every row changes: the counts are set quietly and the
        tree is laid out afresh once.
        """
        self._quiet = True
        try:
            searching = counts is not None
            if searching == self._searching:
                self.model.set_hit_counts(counts)  # the rows whose count changed, one by one
            else:
                with QSignalBlocker(self.model):
                    self.model.set_hit_counts(counts)
                self.tree.scheduleDelayedItemsLayout()
                self.tree.viewport().update()
            self._searching = searching
            self._hide_rows_without_hits(counts)
        finally:
            self._quiet = False

    def _hide_rows_without_hits(self, counts: Mapping[str, int] | None) -> None:
        """Hide the items without hits and the pages without such items (None: hide nothing)."""
        hidden_items: set[str] = set()
        hidden_pages: set[int] = set()
        issue = self.model.issue
        if counts is not None and issue is not None:
            for number, page in enumerate(issue.pages):
                without = {item.id for item in page.items if not counts.get(item.id)}
                hidden_items |= without
                if len(without) == len(page.items):
                    hidden_pages.add(number)
        tree, model = self.tree, self.model
        for item_id in hidden_items ^ self._hidden_items:
            index = model.index_of_item(item_id)
            tree.setRowHidden(index.row(), index.parent(), item_id in hidden_items)
        root = QModelIndex()
        for number in hidden_pages ^ self._hidden_pages:
            tree.setRowHidden(number, root, number in hidden_pages)
        self._hidden_items, self._hidden_pages = hidden_items, hidden_pages

    def select_item(self, item_id: str) -> bool:
        """Make item_id the current row without announcing it; False when it is not shown."""
        index = self.model.index_of_item(item_id)
        return index.isValid() and item_id not in self._hidden_items and self._select(index)

    def select_page(self, number: int) -> bool:
        """Make page number the current row without announcing it."""
        index = self.model.index_of_page(number)
        return index.isValid() and index.row() not in self._hidden_pages and self._select(index)

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
