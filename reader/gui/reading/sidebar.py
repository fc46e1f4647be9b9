"""The sidebar: pages and their headlines, kicker above and subtitle below, with marks (drawn by
headline_delegate.py); during a search only the items with hits, and their counts."""

from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Issue
from .headline_delegate import HeadlineDelegate
from .issue_tree_model import IssueTreeModel, Role

Index = QModelIndex | QPersistentModelIndex


class HeadlineTree(QTreeView):
    """A tree view that re-measures its wrapped rows when its width changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class SearchFilterProxy(QSortFilterProxyModel):
    """Shows every row, or while a search is active only items with hits (and their pages).

    The hit count is the filter role: when the model announces changed counts, the proxy re-checks
    those rows only (rows come and go one by one, nothing is filtered afresh). A row is checked by
    asking the issue's model directly (no model index made, no data asked for, role by role: a
    filter of every row runs within a frame).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(Role.HIT_COUNT)
        self.active = False
        self._issue_model: IssueTreeModel | None = None

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802 (Qt override)
        super().setSourceModel(model)
        self._issue_model = model if isinstance(model, IssueTreeModel) else None

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
        if self._issue_model is not None:
            return self._issue_model.row_has_hits(row, parent)
        return bool(self.sourceModel().index(row, 0, parent).data(Role.HIT_COUNT))


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
