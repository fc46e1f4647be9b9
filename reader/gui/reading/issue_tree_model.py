"""The issue as a tree for the sidebar: pages, and under each page its items in printed order."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Callable, Mapping

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ...core.headings import telling_leads
from ...core.model import Issue, Item, Page
from ..widgets.tooltips import plain_tooltip

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Data roles the sidebar's delegate and the window read."""

    NODE_KIND = Qt.ItemDataRole.UserRole + 1   # "page" or "item"
    ITEM_ID = Qt.ItemDataRole.UserRole + 2     # item id (items only)
    PAGE_NUMBER = Qt.ItemDataRole.UserRole + 3
    KICKER = Qt.ItemDataRole.UserRole + 4      # str | None
    SUBTITLE = Qt.ItemDataRole.UserRole + 5    # str | None
    MARKS = Qt.ItemDataRole.UserRole + 6       # list of (label, explanation)
    HIT_COUNT = Qt.ItemDataRole.UserRole + 7   # int | None: hits of the active search (None: no search)
    READ = Qt.ItemDataRole.UserRole + 8        # bool: the reader has read the article
    FULL_HEADING = Qt.ItemDataRole.UserRole + 9   # kicker, headline and subtitle, one a line
    ROW = Qt.ItemDataRole.UserRole + 10        # HeadlineRow: what the sidebar draws, in one piece


@dataclass(frozen=True, slots=True)
class HeadlineRow:
    """What the sidebar draws for a row, asked for once per layout or paint of the row (not role by role)."""

    item_id: str | None         # None: a page row
    label: str                  # the page's label, or the item's headline (its telling lead when it has one)
    kicker: str = ""
    subtitle: str = ""
    marks: tuple[str, ...] = ()  # the labels right of the headline: the hit count first during a search
    hits: int = 0
    read: bool = False


class IssueTreeModel(QStandardItemModel):
    """A read-only tree over an Issue (two levels: pages, items), held by Qt itself.

    Every role of every row is set once (and again when the row's hit count or read mark changes), so
    the views and the sidebar's filter never call into Python to walk or read the tree: a keystroke's
    filter and layout run in C++. The rows' heights are the delegate's (Qt.SizeHintRole, from the
    measure callback the sidebar sets; remeasure() when the width or the fonts change).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.issue: Issue | None = None
        self._pages: list[Page] = []
        self._marks: dict[str, list[tuple[str, str]]] = {}
        self._rows: dict[str, tuple[int, int]] = {}
        self._items: dict[str, Item] = {}
        self._hits: dict[str, int] | None = None
        self._leads: dict[str, str] = {}
        self._read: set[str] = set()
        self._measure: Callable[[HeadlineRow], QSize] | None = None
        self.setHorizontalHeaderLabels([self.tr("Pages and articles")])

    def set_measure(self, measure: Callable[[HeadlineRow], QSize] | None) -> None:
        """How tall a row is drawn (the delegate's measure); None: rows of the style's height."""
        self._measure = measure
        self.remeasure()

    def remeasure(self) -> None:
        """Measure every row again (the width or the fonts changed); one change announced per page."""
        if self._measure is None or not self._pages:
            return
        measure = self._measure
        with QSignalBlocker(self):
            for p in range(self.rowCount()):
                page = self.item(p)
                page.setData(measure(page.data(Role.ROW)), Qt.ItemDataRole.SizeHintRole)
                for r in range(page.rowCount()):
                    child = page.child(r)
                    child.setData(measure(child.data(Role.ROW)), Qt.ItemDataRole.SizeHintRole)
        roles = [Qt.ItemDataRole.SizeHintRole]
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0), roles)
        for p in range(self.rowCount()):
            parent = self.index(p, 0)
            if self.rowCount(parent):
                self.dataChanged.emit(self.index(0, 0, parent), self.index(self.rowCount(parent) - 1, 0, parent), roles)

    def set_issue(self, issue: Issue | None) -> None:
        """Show another issue (None: empty)."""
        self.beginResetModel()
        with QSignalBlocker(self):
            self.removeRows(0, self.rowCount())
            self.issue = issue
            self._pages = list(issue.pages) if issue else []
            self._rows = {it.id: (p, r) for p, page in enumerate(self._pages) for r, it in enumerate(page.items)}
            self._items = {it.id: it for page in self._pages for it in page.items}
            self._marks = {it.id: self._item_marks(it) for page in self._pages for it in page.items}
            self._leads = {}
            for page in self._pages:
                rows = [[it.display_title(), it.kicker, it.subtitle, _opening(it)] for it in page.items]
                for it, lead in zip(page.items, telling_leads(rows), strict=True):
                    if lead:
                        self._leads[it.id] = lead
            self._hits = None
            self._read = set()
            root = self.invisibleRootItem()
            for page in self._pages:
                page_row = _row_item()
                for role, value in self._page_roles(page).items():
                    page_row.setData(value, role)
                children = []
                for it in page.items:
                    child = _row_item()
                    for role, value in self._item_roles(it).items():
                        child.setData(value, role)
                    children.append(child)
                if children:
                    page_row.appendRows(children)
                root.appendRow(page_row)
        self.endResetModel()

    def set_read(self, item_ids: set[str]) -> None:
        """The articles the reader has read (their rows are marked)."""
        changed = item_ids ^ self._read
        self._read = set(item_ids)
        for item_id in changed:
            self._update(item_id, (Role.READ, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole))

    def is_read(self, item_id: str) -> bool:
        return item_id in self._read

    def set_hit_counts(self, counts: Mapping[str, int] | None) -> None:
        """Hits per item id of the active search (None: no search); items not in counts have 0.

        Only the rows whose count changed are announced (one each), so a filter over the counts
        re-checks those rows alone.
        """
        old, new = self._hits, (dict(counts) if counts is not None else None)
        self._hits = new
        for page in self._pages:
            for item in page.items:
                before, after = _count(old, item.id), _count(new, item.id)
                if before == after:
                    continue
                if not before and not after:      # no search <-> no hits: the row is drawn alike
                    self._update_count_only(item.id, after)
                else:
                    self._update(item.id, (Role.HIT_COUNT,))

    def _update_count_only(self, item_id: str, count: int | None) -> None:
        """Set a row's hit count alone (what is drawn of it, and its size, stay)."""
        index = self.index_of_item(item_id)
        if index.isValid():
            self.setData(index, count, Role.HIT_COUNT)

    def _update(self, item_id: str, roles: tuple[int, ...]) -> None:
        """Set these roles of an item's row afresh (and what is drawn of it), in one change."""
        index = self.index_of_item(item_id)
        if not index.isValid():
            return
        item = self._items[item_id]
        if roles == (Role.HIT_COUNT,):      # a keystroke's change: the count and what is drawn, nothing more
            row = self.headline_row(item)
            changed: dict[int, Any] = {Role.HIT_COUNT: _count(self._hits, item_id), Role.ROW: row}
            if self._measure is not None:
                changed[Qt.ItemDataRole.SizeHintRole] = self._measure(row)
        else:
            values = self._item_roles(item)
            wanted = (*roles, Role.ROW, Qt.ItemDataRole.SizeHintRole)
            changed = {role: values[role] for role in wanted if role in values}
        self.setItemData(index, changed)

    # lookups
    def item_at(self, index: Index) -> Item | None:
        """The item a row shows, or None for a page row."""
        if not index.isValid():
            return None
        item_id = index.data(Role.ITEM_ID)
        return self._items.get(item_id) if item_id is not None else None

    def page_at(self, index: Index) -> Page | None:
        """The page a row shows or belongs to."""
        if not index.isValid():
            return None
        row = index.parent().row() if index.parent().isValid() else index.row()
        return self._pages[row] if 0 <= row < len(self._pages) else None

    def index_of_item(self, item_id: str) -> QModelIndex:
        """The row of an item (invalid when absent)."""
        pos = self._rows.get(item_id)
        if pos is None:
            return QModelIndex()
        return self.index(pos[1], 0, self.index(pos[0], 0))

    def index_of_page(self, number: int) -> QModelIndex:
        """The row of a page (invalid when absent)."""
        for row, page in enumerate(self._pages):
            if page.number == number:
                return self.index(row, 0)
        return QModelIndex()

    def headline_row(self, item: Item) -> HeadlineRow:
        """What the sidebar draws for an item now (its hit count first among the marks during a search)."""
        marks = tuple(label for label, _ in self._marks.get(item.id, []))
        hits = self._hits.get(item.id, 0) if self._hits is not None else 0
        return HeadlineRow(item.id, self._leads.get(item.id) or item.display_title(), item.kicker or "",
                           item.subtitle or "", (str(hits), *marks) if hits else marks, hits,
                           item.id in self._read)

    # rows
    def page_label(self, page: Page) -> str:
        """第01版 · 要闻"""
        label = self.tr("Page {number:02d}").format(number=page.number)
        return f"{label} · {page.name}" if page.name else label

    def _page_roles(self, page: Page) -> dict[int, Any]:
        label = self.page_label(page)
        tip = label
        if page.editors:
            tip += "\n" + self.tr("Page editors: {names}").format(names="、".join(page.editors))
        roles: dict[int, Any] = {
            Qt.ItemDataRole.DisplayRole: label, Qt.ItemDataRole.AccessibleTextRole: label,
            Qt.ItemDataRole.ToolTipRole: plain_tooltip(tip), Role.NODE_KIND: "page",
            Role.PAGE_NUMBER: page.number, Role.ROW: HeadlineRow(None, label)}
        if self._measure is not None:
            roles[Qt.ItemDataRole.SizeHintRole] = self._measure(roles[Role.ROW])
        return roles

    def _item_roles(self, item: Item) -> dict[int, Any]:
        lines = [t for t in (item.kicker, item.display_title(), item.subtitle) if t]
        heading = "\n".join(lines)
        lines += [why for _, why in self._marks.get(item.id, [])]
        if item.id in self._read:
            lines.append(self.tr("Read"))
        text = "\n".join(lines)
        row = self.headline_row(item)
        roles: dict[int, Any] = {
            Qt.ItemDataRole.DisplayRole: self._leads.get(item.id) or item.display_title(),
            Role.NODE_KIND: "item", Role.ITEM_ID: item.id, Role.PAGE_NUMBER: item.page,
            Role.KICKER: item.kicker, Role.SUBTITLE: item.subtitle, Role.MARKS: self._marks.get(item.id, []),
            Role.HIT_COUNT: _count(self._hits, item.id),
            Role.READ: item.id in self._read, Role.FULL_HEADING: heading,
            Qt.ItemDataRole.ToolTipRole: plain_tooltip(text), Qt.ItemDataRole.AccessibleTextRole: text,
            Role.ROW: row}
        if self._measure is not None:
            roles[Qt.ItemDataRole.SizeHintRole] = self._measure(row)
        return roles

    def _item_marks(self, item: Item) -> list[tuple[str, str]]:
        """Short labels (and what they mean) for photo, jumps, repeated copy and cut-off text."""
        marks: list[tuple[str, str]] = []
        if item.kind == "photo" or any(b.kind == "caption" for b in item.blocks):
            marks.append((self.tr("Photo"), self.tr("With a photo")))
        if item.continued_from is not None:
            marks.append((self.tr("←p{page}").format(page=item.continued_from),
                          self.tr("Continued from page {page}").format(page=item.continued_from)))
        if item.continues_to is not None:
            marks.append((self.tr("→p{page}").format(page=item.continues_to),
                          self.tr("Continues on page {page}").format(page=item.continues_to)))
        if item.duplicate_of is not None and self.issue is not None:
            original = self.issue.item(item.duplicate_of)
            page = original.page if original else None
            if page is not None:
                marks.append((self.tr("see p{page}").format(page=page),
                              self.tr("A copy of the article on page {page}").format(page=page)))
        if not item.complete:
            marks.append((self.tr("cut off"), self.tr("The text breaks off in the source")))
        return marks


def _count(hits: dict[str, int] | None, item_id: str) -> int | None:
    return None if hits is None else hits.get(item_id, 0)


def _row_item() -> QStandardItem:
    """A row that can be selected, nothing more (not edited, not dragged)."""
    row = QStandardItem()
    row.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    return row


def _opening(item: Item) -> str | None:
    """The start of an item's first paragraph or caption (what may tell two same headlines apart)."""
    first = next((b.text for b in item.blocks if b.kind in ("paragraph", "caption")), "")
    return first[:60] or None
