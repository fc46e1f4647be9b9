"""A read-only two-level list model: groups, and under each group its rows (one column).

Index scheme: a group's internalId is GROUP_NODE (0); a child of group g has internalId g + 1.
Subclasses say how many groups and children there are, the header, and what each node shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
GROUP_NODE = 0   # internalId of a group row; a child row's internalId is its group row + 1


class GroupedListModel(QAbstractItemModel):
    """Groups with child rows under them; subclasses supply counts, header text and data."""

    def group_count(self) -> int:
        """Number of groups (top-level rows)."""
        raise NotImplementedError

    def child_count(self, group: int) -> int:
        """Number of rows under the group at this row."""
        raise NotImplementedError

    def header_text(self) -> str:
        """The column's header."""
        raise NotImplementedError

    def group_data(self, row: int, role: int) -> Any:
        """What the group at this row shows for a role (None: nothing)."""
        raise NotImplementedError

    def child_data(self, group: int, row: int, role: int) -> Any:
        """What the row under a group shows for a role (None: nothing)."""
        raise NotImplementedError

    def child_position(self, index: Index) -> tuple[int, int] | None:
        """(group, row) of a child index; None for a group or an invalid index."""
        if not index.isValid() or index.internalId() == GROUP_NODE:
            return None
        return index.internalId() - 1, index.row()

    # QAbstractItemModel
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, GROUP_NODE) if row < self.group_count() else QModelIndex()
        if parent.internalId() != GROUP_NODE or parent.row() >= self.group_count():
            return QModelIndex()
        if row >= self.child_count(parent.row()):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == GROUP_NODE:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, GROUP_NODE)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        if not parent.isValid():
            return self.group_count()
        if parent.column() != 0 or parent.internalId() != GROUP_NODE:
            return 0
        return self.child_count(parent.row())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if index.internalId() == GROUP_NODE else flags | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and section == 0:
            return self.header_text()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == GROUP_NODE:
            return self.group_data(index.row(), role)
        return self.child_data(index.internalId() - 1, index.row(), role)
