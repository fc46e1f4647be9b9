"""The issue as a tree for the sidebar: pages, and under each page its items in printed order."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Mapping

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...core.headings import telling_leads
from ...core.model import Issue, Item, Page
from ..widgets.tooltips import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
PAGE_NODE = 0  # internalId of a page row; an item row's internalId is its page row + 1


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


class IssueTreeModel(QAbstractItemModel):
    """A read-only tree over an Issue (two levels: pages, items)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.issue: Issue | None = None
        self._pages: list[Page] = []
        self._sizes: list[int] = []
        self._marks: dict[str, list[tuple[str, str]]] = {}
        self._rows: dict[str, tuple[int, int]] = {}
        self._hits: dict[str, int] | None = None
        self._leads: dict[str, str] = {}
        self._read: set[str] = set()
        self._headlines: dict[str | int, HeadlineRow] = {}     # item id or page row -> its row, as drawn now

    def set_issue(self, issue: Issue | None) -> None:
        """Show another issue (None: empty)."""
        self.beginResetModel()
        self.issue = issue
        self._pages = list(issue.pages) if issue else []
        self._sizes = [len(page.items) for page in self._pages]     # items per page
        self._rows = {it.id: (p, r) for p, page in enumerate(self._pages) for r, it in enumerate(page.items)}
        self._marks = {it.id: self._item_marks(it) for page in self._pages for it in page.items}
        self._leads = {}
        for page in self._pages:
            rows = [[it.display_title(), it.kicker, it.subtitle, _opening(it)] for it in page.items]
            for it, lead in zip(page.items, telling_leads(rows), strict=True):
                if lead:
                    self._leads[it.id] = lead
        self._hits = None
        self._read = set()
        self._headlines = {}
        self.endResetModel()

    def set_read(self, item_ids: set[str]) -> None:
        """The articles the reader has read (their rows are marked)."""
        changed = item_ids ^ self._read
        self._read = set(item_ids)
        for item_id in changed:
            self._headlines.pop(item_id, None)
            index = self.index_of_item(item_id)
            if index.isValid():
                self.dataChanged.emit(index, index, [Role.READ, Qt.ItemDataRole.AccessibleTextRole])

    def is_read(self, item_id: str) -> bool:
        return item_id in self._read

    def set_hit_counts(self, counts: Mapping[str, int] | None) -> None:
        """Hits per item id of the active search (None: no search); items not in counts have 0.

        Only the rows whose count changed are announced (a run of neighbours at a time), so a filter
        over the counts re-checks those rows alone.
        """
        old, new = self._hits, (dict(counts) if counts is not None else None)
        self._hits = new
        for p, page in enumerate(self._pages):
            changed = [r for r, item in enumerate(page.items) if _count(old, item.id) != _count(new, item.id)]
            for r in changed:
                self._headlines.pop(page.items[r].id, None)
            for first, last in _runs(changed):
                parent = self.index(p, 0)
                self.dataChanged.emit(self.index(first, 0, parent), self.index(last, 0, parent), [Role.HIT_COUNT])

    def row_has_hits(self, row: int, parent: Index) -> bool:
        """Whether the row (a page: one of its items) has hits of the active search (the sidebar's filter)."""
        hits = self._hits
        if not hits:
            return False
        if not parent.isValid():
            return row < len(self._pages) and any(hits.get(item.id) for item in self._pages[row].items)
        page = parent.row()
        if parent.internalId() != PAGE_NODE or page >= len(self._pages):
            return False
        items = self._pages[page].items
        return row < len(items) and bool(hits.get(items[row].id))

    # lookups
    def item_at(self, index: Index) -> Item | None:
        """The item a row shows, or None for a page row."""
        if not index.isValid() or index.internalId() == PAGE_NODE:
            return None
        return self._pages[index.internalId() - 1].items[index.row()]

    def page_at(self, index: Index) -> Page | None:
        """The page a row shows or belongs to."""
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == PAGE_NODE else index.internalId() - 1
        return self._pages[row]

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

    # QAbstractItemModel
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        # asked hundreds of times a keystroke (the filter, the tree's layout): as few calls as can be
        if column or row < 0:
            return QModelIndex()
        sizes = self._sizes
        if not parent.isValid():
            return self.createIndex(row, 0, PAGE_NODE) if row < len(sizes) else QModelIndex()
        page = parent.row()
        if parent.internalId() != PAGE_NODE or page >= len(sizes) or row >= sizes[page]:
            return QModelIndex()
        return self.createIndex(row, 0, page + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        internal = index.internalId()
        return QModelIndex() if internal == PAGE_NODE else self.createIndex(internal - 1, 0, PAGE_NODE)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        if not parent.isValid():
            return len(self._sizes)
        if parent.column() != 0 or parent.internalId() != PAGE_NODE:
            return 0
        return self._sizes[parent.row()]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 1

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and section == 0:
            return self.tr("Pages and articles")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item_at(index)
        if role == Role.ROW:
            return self.headline_row(index.row(), None) if item is None else self.headline_row(item.id, item)
        if item is None:
            return self._page_data(self._pages[index.row()], role)
        return self._item_data(item, role)

    def headline_row(self, key: str | int, item: Item | None) -> HeadlineRow:
        """The row of an item (by id) or of a page (by its row), kept until the hit counts change."""
        row = self._headlines.get(key)
        if row is None:
            if item is None:
                row = HeadlineRow(None, self.page_label(self._pages[int(key)]))
            else:
                marks = tuple(label for label, _ in self._marks.get(item.id, []))
                hits = self._hits.get(item.id, 0) if self._hits is not None else 0
                row = HeadlineRow(item.id, self._leads.get(item.id) or item.display_title(), item.kicker or "",
                                  item.subtitle or "", (str(hits), *marks) if hits else marks, hits,
                                  item.id in self._read)
            self._headlines[key] = row
        return row

    # rows
    def page_label(self, page: Page) -> str:
        """第01版 · 要闻"""
        label = self.tr("Page {number:02d}").format(number=page.number)
        return f"{label} · {page.name}" if page.name else label

    def _page_data(self, page: Page, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.page_label(page)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.page_label(page)
            if page.editors:
                tip += "\n" + self.tr("Page editors: {names}").format(names="、".join(page.editors))
            return plain_tooltip(tip)
        if role == Role.NODE_KIND:
            return "page"
        if role == Role.PAGE_NUMBER:
            return page.number
        return None

    def _item_data(self, item: Item, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._leads.get(item.id) or item.display_title()
        if role == Role.NODE_KIND:
            return "item"
        if role == Role.ITEM_ID:
            return item.id
        if role == Role.PAGE_NUMBER:
            return item.page
        if role == Role.KICKER:
            return item.kicker
        if role == Role.SUBTITLE:
            return item.subtitle
        if role == Role.MARKS:
            return self._marks.get(item.id, [])
        if role == Role.HIT_COUNT:
            return None if self._hits is None else self._hits.get(item.id, 0)
        if role == Role.READ:
            return item.id in self._read
        if role == Role.FULL_HEADING:
            return "\n".join(t for t in (item.kicker, item.display_title(), item.subtitle) if t)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            lines = [t for t in (item.kicker, item.display_title(), item.subtitle) if t]
            lines += [why for _, why in self._marks.get(item.id, [])]
            if item.id in self._read:
                lines.append(self.tr("Read"))
            text = "\n".join(lines)
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        return None

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


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of neighbours."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def _opening(item: Item) -> str | None:
    """The start of an item's first paragraph or caption (what may tell two same headlines apart)."""
    first = next((b.text for b in item.blocks if b.kind in ("paragraph", "caption")), "")
    return first[:60] or None
