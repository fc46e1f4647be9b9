"""The library as a tree for the 往期 panel: papers → years → months → dates (one row per issue).

Years, months and dates run newest first; issues without a date sit under their paper in a
"No date" row. An issue whose import said that most of it has no text is marked (· 仅有标题), the
tooltip saying why. Built from the plain IssueInfo records the library lists (no Qt in the core).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING, Any, Iterable

from PySide6.QtCore import QAbstractItemModel, QDate, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from ..widgets.labels import date_text, issue_label, labels
from ..widgets.tooltips import plain_tooltip

if TYPE_CHECKING:
    from ...core.library.records import IssueInfo

Index = QModelIndex | QPersistentModelIndex
ROOT = 0   # internalId of the invisible root; a row's internalId is its node number (1-based)


class LibraryRole(IntEnum):
    """Data roles of the library tree."""

    KIND = Qt.ItemDataRole.UserRole + 1       # "paper", "year", "month", "undated" or "issue"
    ISSUE_KEY = Qt.ItemDataRole.UserRole + 2  # issue rows: the library key (paper:YYYY-MM-DD, content:…)
    DATE = Qt.ItemDataRole.UserRole + 3       # issue rows: datetime.date or None
    PAPER = Qt.ItemDataRole.UserRole + 4      # every row: the paper's name (None: unknown)
    COUNT = Qt.ItemDataRole.UserRole + 5      # issues under the row (1 for an issue)
    PATH = Qt.ItemDataRole.UserRole + 6       # a tuple naming the row across rebuilds (to keep it open)


@dataclass
class _Node:
    kind: str
    parent: int                  # node number of the parent (ROOT for papers)
    row: int
    paper: str | None
    year: int | None = None
    month: int | None = None
    info: IssueInfo | None = None
    children: list[int] = field(default_factory=list)
    count: int = 0


class LibraryTreeModel(QAbstractItemModel):
    """A read-only tree over the library's issues (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nodes: list[_Node] = []        # node number n is self._nodes[n - 1]
        self._top: list[int] = []
        self._by_key: dict[str, int] = {}
        self._by_path: dict[tuple[Any, ...], int] = {}

    # ---- filling
    def set_issues(self, infos: Iterable[IssueInfo]) -> None:
        """Show these issues (any order)."""
        self.beginResetModel()
        self._nodes, self._top, self._by_key, self._by_path = [], [], {}, {}
        papers: dict[str | None, list[IssueInfo]] = {}
        for info in infos:
            papers.setdefault(info.paper, []).append(info)
        for paper in sorted(papers, key=lambda p: (p is None, p or "")):
            issues = sorted(papers[paper], key=lambda i: (i.date is not None, i.date or dt.date.min, i.key),
                            reverse=True)
            pnode = self._add(_Node("paper", ROOT, len(self._top), paper, count=len(issues)), self._top)
            groups: dict[tuple[str, int | None, int | None], int] = {}
            for info in issues:
                if info.date is None:
                    parent = self._group(groups, pnode, "undated", None, None)
                else:
                    ynode = self._group(groups, pnode, "year", info.date.year, None)
                    parent = self._group(groups, ynode, "month", info.date.year, info.date.month)
                node = self._add(_Node("issue", parent, len(self._node(parent).children), paper, info=info, count=1),
                                 self._node(parent).children)
                self._by_key[info.key] = node
                for ancestor in self._ancestors(parent):
                    ancestor.count += 1
        for number, each in enumerate(self._nodes, 1):
            self._by_path[self._path(each)] = number
        self.endResetModel()

    def _node(self, number: int) -> _Node:
        return self._nodes[number - 1]

    def _add(self, node: _Node, siblings: list[int]) -> int:
        self._nodes.append(node)
        siblings.append(len(self._nodes))
        return len(self._nodes)

    def _group(self, groups: dict[tuple[str, int | None, int | None], int], parent: int, kind: str,
               year: int | None, month: int | None) -> int:
        key = (kind, year, month) if kind != "undated" else (kind, parent, None)
        if key not in groups or self._node(groups[key]).parent != parent:
            pnode = self._node(parent)
            groups[key] = self._add(_Node(kind, parent, len(pnode.children), pnode.paper, year, month),
                                    pnode.children)
        return groups[key]

    def _ancestors(self, number: int) -> Iterable[_Node]:
        while number != ROOT:
            node = self._node(number)
            if node.kind != "paper":
                yield node
            number = node.parent

    def _path(self, node: _Node) -> tuple[Any, ...]:
        if node.kind == "issue":
            assert node.info is not None
            return ("issue", node.info.key)
        return (node.kind, node.paper, node.year, node.month)

    # ---- lookups
    def issue_count(self) -> int:
        return len(self._by_key)

    def paper_names(self) -> list[str | None]:
        """The papers shown, in order."""
        return [self._node(n).paper for n in self._top]

    def info_at(self, index: Index) -> IssueInfo | None:
        """The issue a row shows (None for a group row)."""
        return self._node(index.internalId()).info if index.isValid() else None

    def index_of_key(self, key: str) -> QModelIndex:
        """The row of the issue with this key (invalid when absent)."""
        number = self._by_key.get(key)
        return self._index(number) if number else QModelIndex()

    def index_of_path(self, path: tuple[Any, ...]) -> QModelIndex:
        """The row a PATH role value named (invalid when gone)."""
        number = self._by_path.get(path)
        return self._index(number) if number else QModelIndex()

    def issues_on(self, date: dt.date, paper: str | None = None, any_paper: bool = True) -> list[IssueInfo]:
        """The issues of a date: of the paper given, or (any_paper) of every paper."""
        found = [self._node(n).info for n in self._by_key.values()]
        return [i for i in found if i is not None and i.date == date and (any_paper or i.paper == paper)]

    def dates(self, paper: str | None = None, any_paper: bool = True) -> set[dt.date]:
        """Dates that have issues (of one paper, or of all)."""
        infos = (self._node(n).info for n in self._by_key.values())
        return {i.date for i in infos if i is not None and i.date and (any_paper or i.paper == paper)}

    def _index(self, number: int) -> QModelIndex:
        return self.createIndex(self._node(number).row, 0, number)

    # ---- QAbstractItemModel
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        children = self._children(parent)
        if children is None or row >= len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def _children(self, parent: Index) -> list[int] | None:
        if not parent.isValid():
            return self._top
        if parent.column() != 0:
            return None
        return self._node(parent.internalId()).children

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self._node(index.internalId()).parent
        return QModelIndex() if up == ROOT else self._index(up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        children = self._children(parent)
        return len(children) if children is not None else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._node(index.internalId()).children:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and section == 0:
            return self.tr("Issues in the library")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index.internalId())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.label(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.tooltip(node))
        if role == LibraryRole.KIND:
            return node.kind
        if role == LibraryRole.ISSUE_KEY:
            return node.info.key if node.info else None
        if role == LibraryRole.DATE:
            return node.info.date if node.info else None
        if role == LibraryRole.PAPER:
            return node.paper
        if role == LibraryRole.COUNT:
            return node.count
        if role == LibraryRole.PATH:
            return self._path(node)
        return None

    # ---- labels
    def paper_label(self, paper: str | None) -> str:
        return paper or self.tr("Unknown paper")

    def label(self, node: _Node) -> str:
        """What a row says: 清河日报 (3), 2024年 (2), 1月 (2), 1月5日 周五."""
        locale = QLocale()
        if node.kind == "issue":
            info = node.info
            assert info is not None
            if info.date is None:
                text = self.tr("Issue imported {when}").format(when=_imported_on(info.imported))
            else:
                text = locale.toString(QDate(info.date.year, info.date.month, info.date.day), self.tr("d MMM, ddd"))
            return text + "".join(self.tr(" · {mark}").format(mark=mark) for mark, _why in self.marks(info))
        if node.kind == "paper":
            name = self.paper_label(node.paper)
        elif node.kind == "year":
            name = self.tr("{year}").format(year=node.year)
        elif node.kind == "month":
            assert node.year is not None and node.month is not None
            name = locale.toString(QDate(node.year, node.month, 1), self.tr("MMMM"))
        else:
            name = self.tr("No date")
        return self.tr("{name} ({count})").format(name=name, count=node.count)

    def tooltip(self, node: _Node) -> str:
        if node.info is None:
            return labels().issues(node.count)
        info = node.info
        words = labels()
        lines = [issue_label(info.paper, info.date), self.tr("{pages}, {articles}, {chars}").format(
            pages=words.pages(info.pages), articles=words.articles(info.articles),
            chars=words.characters(info.chars))]
        if info.source:
            lines.append(self.tr("Imported from {source}").format(source=info.source))
        lines += [why for _mark, why in self.marks(info)]
        return "\n".join(lines)

    def marks(self, info: IssueInfo) -> list[tuple[str, str]]:
        """What an issue row is marked with, from the notes the library keeps: (mark, why) pairs."""
        known = {"mostly-no-text": (self.tr("titles only"), self.tr(
            "Most of its articles have no text: the source holds only their titles."))}
        return [known[code] for code in info.notes if code in known]


def _imported_on(stamp: str) -> str:
    """The day of an import time stamp (ISO 8601) as the locale writes it; the stamp itself if unreadable."""
    try:
        return date_text(dt.date.fromisoformat(stamp[:10]))
    except ValueError:
        return stamp[:10]
