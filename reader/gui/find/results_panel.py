"""The results panel: every hit of the active search with its context, grouped by article.

Snippets are painted as plain text with the hit in bold (a QTextLayout format range): text from the
issue is never interpreted as HTML.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Sequence

from PySide6.QtCore import QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from ...core.model import Issue, Item
from ...core.search.fields import field_text
from ...core.search.issue_search import Hit
from ..widgets.grouped_model import GroupedListModel, Index
from ..widgets.labels import labels
from ..widgets.opaque import opaque_scroll_bars
from ..widgets.snippets import PAD, SnippetDelegate, SnippetLine
from ..widgets.tooltips import plain_tooltip

ELLIPSIS = "…"
FIRST_ROWS = 100   # rows of results listed at once at most (two docks' worth are); the rest a turn later


class ResultRole(IntEnum):
    """Data roles of the results model."""

    HIT_INDEX = Qt.ItemDataRole.UserRole + 1   # position of the hit in the controller's list (hit rows)
    ITEM_ID = Qt.ItemDataRole.UserRole + 2
    BOLD_START = Qt.ItemDataRole.UserRole + 3  # where the hit is in the row's display text
    BOLD_LENGTH = Qt.ItemDataRole.UserRole + 4
    TAG_LENGTH = Qt.ItemDataRole.UserRole + 5  # characters of the field label that opens the text
    IS_GROUP = Qt.ItemDataRole.UserRole + 6


class HitResultsModel(GroupedListModel):
    """Two levels: articles in reading order, and under each its hits (read-only)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.issue: Issue | None = None
        self._items: dict[str, Item] = {}
        self._hits: list[Hit] = []
        self._shown: dict[int, tuple[str, int, int]] = {}    # hit position -> its row's text
        self._groups: list[tuple[str, int, int]] = []   # (item id, first hit, number of hits) listed now
        self._all_groups: list[tuple[str, int, int]] = []
        self._field_tags = {"kicker": self.tr("Kicker"), "title": self.tr("Headline"),
                            "subtitle": self.tr("Subtitle"), "byline": self.tr("Byline")}

    def set_hits(self, issue: Issue | None, hits: Sequence[Hit], rows_now: int | None = None) -> None:
        """Show these hits (in the order given, consecutive hits of one item forming its group).

        rows_now: list only the first groups, about that many rows (at least one group), and the
        rest when list_rest() is called; None: every group at once.
        """
        self.beginResetModel()
        if issue is not self.issue:
            self._items = {item.id: item for item in issue.items()} if issue else {}
        self.issue = issue
        self._hits = list(hits)
        self._shown = {}
        groups: list[tuple[str, int, int]] = []
        for position, hit in enumerate(self._hits):
            if groups and groups[-1][0] == hit.item:
                item_id, first, count = groups[-1]
                groups[-1] = (item_id, first, count + 1)
            else:
                groups.append((hit.item, position, 1))
        self._all_groups = groups
        self._groups = groups if rows_now is None else groups[:_groups_for(groups, rows_now)]
        self.endResetModel()

    def has_rest(self) -> bool:
        """Whether groups are still to be listed (see set_hits)."""
        return len(self._groups) < len(self._all_groups)

    def list_rest(self) -> range:
        """List the groups held back by set_hits; returns their rows (empty when there were none)."""
        first, last = len(self._groups), len(self._all_groups)
        if first < last:
            self.beginInsertRows(QModelIndex(), first, last - 1)
            self._groups = self._all_groups
            self.endInsertRows()
        return range(first, last)

    def is_listed(self, position: int) -> bool:
        """Whether the hit at position is in a group listed now."""
        return bool(self._groups) and position < self._groups[-1][1] + self._groups[-1][2]

    def hit_count(self) -> int:
        return len(self._hits)

    def index_of_hit(self, position: int) -> QModelIndex:
        """The row of the hit at position in the list (invalid when out of range)."""
        if not 0 <= position < len(self._hits):
            return QModelIndex()
        for row, (_item, first, count) in enumerate(self._groups):
            if first <= position < first + count:
                return self.index(position - first, 0, self.index(row, 0))
        return QModelIndex()

    # GroupedListModel
    def group_count(self) -> int:
        return len(self._groups)

    def child_count(self, group: int) -> int:
        return self._groups[group][2]

    def header_text(self) -> str:
        return self.tr("Hits")

    def child_data(self, group: int, row: int, role: int) -> Any:
        return self._hit_data(self._groups[group][1] + row, role)

    def group_data(self, row: int, role: int) -> Any:
        item_id, first, count = self._groups[row]
        if role == ResultRole.IS_GROUP:
            return True
        if role == ResultRole.ITEM_ID:
            return item_id
        if role == ResultRole.HIT_INDEX:
            return first
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            item = self._items.get(item_id)
            title = item.display_title() if item else item_id
            page = item.page if item else "?"
            text = self.tr("{title} (page {page}, {hits})").format(title=title, page=page, hits=labels().hits(count))
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, position: int) -> tuple[str, int, int]:
        """The row's text (field label, …context…) and where the hit and the label are in it (made
        once per row: a view asks for it role by role)."""
        shown = self._shown.get(position)
        if shown is None:
            shown = self._shown[position] = self._make_display(self._hits[position])
        return shown

    def _make_display(self, hit: Hit) -> tuple[str, int, int]:
        tag = self._field_tags.get(hit.field, "")
        prefix = f"{tag}：" if tag else ""
        item = self._items.get(hit.item)
        full = len(field_text(item, hit.field, hit.block)) if item else 0
        starts_field = hit.offset - hit.snippet_offset <= 0
        ends_field = hit.offset - hit.snippet_offset + len(hit.snippet) >= full
        before = "" if starts_field else ELLIPSIS
        text = prefix + before + hit.snippet + ("" if ends_field else ELLIPSIS)
        return text, len(prefix) + len(before) + hit.snippet_offset, len(prefix)

    def _hit_data(self, position: int, role: int) -> Any:
        hit = self._hits[position]
        if role == ResultRole.HIT_INDEX:
            return position
        if role == ResultRole.ITEM_ID:
            return hit.item
        if role == ResultRole.IS_GROUP:
            return False
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._display(position)[0]
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == ResultRole.BOLD_START:
            return self._display(position)[1]
        if role == ResultRole.BOLD_LENGTH:
            return hit.length
        if role == ResultRole.TAG_LENGTH:
            return self._display(position)[2]
        return None


def _groups_for(groups: list[tuple[str, int, int]], rows: int) -> int:
    """How many of the first groups make up about rows rows (a group row and its hits), at least one."""
    total = 0
    for listed, (_item, _first, count) in enumerate(groups, 1):
        total += 1 + count
        if total >= rows:
            return listed
    return len(groups)


class HitRowDelegate(SnippetDelegate):
    """A hit row: one line of plain text with the hit in bold and the field label muted."""

    def is_group(self, index: Index) -> bool:
        return bool(index.data(ResultRole.IS_GROUP))

    def lines(self, index: Index) -> list[SnippetLine]:
        bold = ((index.data(ResultRole.BOLD_START), index.data(ResultRole.BOLD_LENGTH)),)
        return [SnippetLine(index.data(Qt.ItemDataRole.DisplayRole) or "", bold,
                            index.data(ResultRole.TAG_LENGTH) or 0)]


class ResultsPanel(QWidget):
    """The results dock's content: a tree of articles and their hits; a click asks to show a hit."""

    hit_activated = Signal(int)    # position of the hit in the list given to set_hits

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findResults")
        self.model = HitResultsModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("findResultsTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAnimated(False)
        opaque_scroll_bars(self.tree)
        self.tree.setIndentation(16)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setItemDelegate(HitRowDelegate(self.tree))
        self.tree.clicked.connect(self._on_activated)
        self.tree.activated.connect(self._on_activated)
        self._rest_timer = QTimer(self)
        self._rest_timer.setSingleShot(True)
        self._rest_timer.setInterval(0)
        self._rest_timer.timeout.connect(self.list_rest)
        self.no_hits = QLabel()
        self.no_hits.setObjectName("findNoHits")
        self.no_hits.setTextFormat(Qt.TextFormat.PlainText)
        self.no_hits.setWordWrap(True)
        self.no_hits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_hits.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.no_hits)
        layout.addWidget(self.tree)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """About six rows tall: the reading pane keeps most of the height."""
        return QSize(480, QFontMetrics(self.font()).height() * 8 + 2 * PAD)

    def set_no_hits(self, query: str | None) -> None:
        """Say that query has no hits in the issue instead of the list (None: the list)."""
        if query is None:
            self.no_hits.hide()
            self.tree.show()
            return
        self.no_hits.setText(self.tr("No matches for “{query}” in this issue.").format(query=query.strip()))
        self.tree.hide()
        self.no_hits.show()

    def first_rows(self) -> int:
        """Rows listed with a keystroke: twice what the dock shows (FIRST_ROWS at most)."""
        height = max(1, self.tree.sizeHintForRow(0) if self.model.rowCount() else QFontMetrics(self.font()).height())
        return max(8, min(FIRST_ROWS, 2 * (self.tree.viewport().height() // height + 1)))

    def set_hits(self, issue: Issue | None, hits: Sequence[Hit]) -> None:
        """List these hits (grouped by article, all groups open): the first screens now (first_rows),
        the rest in the event loop's next turn (a keystroke lists hundreds of hits within a frame;
        rows beyond the first screens are not in view)."""
        self._rest_timer.stop()
        self.model.set_hits(issue, hits, self.first_rows())
        self._open(range(self.model.rowCount()))
        if self.model.has_rest():
            self._rest_timer.start()

    def list_rest(self) -> None:
        """List at once the hits set_hits left for the next turn."""
        self._rest_timer.stop()
        self._open(self.model.list_rest())

    def _open(self, rows: range) -> None:
        for row in rows:      # the tree lays out once, when it next paints (not row by row as expandAll does)
            self.tree.expand(self.model.index(row, 0))

    def set_current(self, position: int) -> None:
        """Mark the hit at position as the current one (and scroll to it) without asking to show it."""
        if not self.model.is_listed(position):
            self.list_rest()
        index = self.model.index_of_hit(position)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, self.tree.selectionModel().SelectionFlag.ClearAndSelect)
            self.tree.scrollTo(index)
        else:
            self.tree.clearSelection()

    def _on_activated(self, index: QModelIndex) -> None:
        position = index.data(ResultRole.HIT_INDEX)
        if position is not None:
            self.hit_activated.emit(position)
