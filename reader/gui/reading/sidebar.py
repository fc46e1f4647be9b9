"""The sidebar: pages and their headlines, kicker above and subtitle below, with marks (drawn by
headline_delegate.py); during a search only the items with hits, and their counts."""

from __future__ import annotations

import time
from typing import Iterator, Mapping

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    QSize,
    QSortFilterProxyModel,
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
from ..widgets.opaque import opaque_scroll_bars
from .headline_delegate import HeadlineDelegate
from .issue_tree_model import HeadlineRow, IssueTreeModel, Role

Index = QModelIndex | QPersistentModelIndex
PREPARE_DELAY_MS = 250   # rows are drawn ahead this long after the issue, the width or the colours changed
PREPARE_SLICE_S = 0.004  # and in slices of idle time this long at most
HAS_HITS = "^[1-9]"      # the filter: a hit count (the filter role, as text) of 1 or more


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


class SearchFilterProxy(QSortFilterProxyModel):
    """Shows every row, or while a search is active only items with hits (and their pages).

    Qt's own filter does it (a hit count of 1 or more in the filter role; pages by recursive
    filtering): when the model announces changed counts, the proxy re-checks those rows only, in C++.
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
        self.active = active
        self.setFilterRegularExpression(HAS_HITS if active else "")


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
        opaque_scroll_bars(self.tree)
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
            self.proxy.set_active(False)
            self.model.set_issue(issue)
            self.tree.expandAll()
        finally:
            self._quiet = False
        self.prepare_rows()

    def prepare_rows(self) -> None:
        """Draw every row shown into the delegate's pixmaps in slices of idle time, starting a moment
        from now (a search then brings rows up by blitting them)."""
        self._to_prepare = None
        self._prepare_timer.start(PREPARE_DELAY_MS)

    def _rows(self) -> Iterator[QModelIndex]:
        proxy = self.proxy
        for page in range(proxy.rowCount()):
            parent = proxy.index(page, 0)
            yield parent
            for row in range(proxy.rowCount(parent)):
                yield proxy.index(row, 0, parent)

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
                self.proxy.set_active(True)        # rows go (the pages left stay open), none come
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
