"""The results panel: every hit of the active search with its context, grouped by article.

One flat list: each article's heading row, then its hits (indented). A keystroke lists hundreds of
hits, so the list is a QListView of rows of one height over a list model whose rows Qt counts itself:
laying the list out walks every row through the model's index() (QListView asks whether each row is
hidden), which with a row count answered in Python cost a call into Python per row at every keystroke.
The model is a QStringListModel of empty strings, one a row, so index() and rowCount() stay in C++;
only data() and flags() are Python, for the rows in view (a tree view would walk every row through
data as well). Snippets are painted as plain text with the hit in bold (a QTextLayout format range):
text from the issue is never interpreted as HTML.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from ...core.model import Issue, Item
from ...core.search.fields import field_text
from ...core.search.issue_search import Hit
from ..widgets.labels import labels
from ..widgets.scroll_bars import flat_scroll_bars
from ..widgets.snippets import PAD, SnippetDelegate, SnippetLine
from ..widgets.tooltips import plain_tooltip

ELLIPSIS = "…"
Index = QModelIndex | QPersistentModelIndex
HIT_INDENT = 16   # pixels a hit row is set in from its article's heading


class ResultRole(IntEnum):
    """Data roles of the results model."""

    HIT_INDEX = Qt.ItemDataRole.UserRole + 1   # position of the hit in the controller's list (hit rows)
    ITEM_ID = Qt.ItemDataRole.UserRole + 2
    BOLD_START = Qt.ItemDataRole.UserRole + 3  # where the hit is in the row's display text
    BOLD_LENGTH = Qt.ItemDataRole.UserRole + 4
    TAG_LENGTH = Qt.ItemDataRole.UserRole + 5  # characters of the field label that opens the text
    IS_GROUP = Qt.ItemDataRole.UserRole + 6
    LINE = Qt.ItemDataRole.UserRole + 7        # a hit row's SnippetLine, as painted (one call per row painted)


class HitResultsModel(QStringListModel):
    """Articles in reading order, each a heading row followed by a row per hit (read-only, flat).

    The string list holds an empty string a row, only so that Qt counts the rows; what a row shows
    comes from data()."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.issue: Issue | None = None
        self._items: dict[str, Item] = {}
        self._hits: list[Hit] = []
        self._shown: dict[int, tuple[str, int, int]] = {}    # hit position -> its row's text
        self._lines: dict[int, SnippetLine] = {}             # hit position -> its row's line
        self._groups: list[tuple[str, int, int]] = []   # (item id, first hit, number of hits)
        self._rows: list[int] = []                      # per row: a hit's position, or -1 - its group
        self._hit_rows: list[int] = []                  # per hit position: its row
        self._field_tags = {"kicker": self.tr("Kicker"), "title": self.tr("Headline"),
                            "subtitle": self.tr("Subtitle"), "byline": self.tr("Byline")}

    def set_hits(self, issue: Issue | None, hits: Sequence[Hit]) -> None:
        """Show these hits (in the order given, consecutive hits of one item forming its group)."""
        if issue is not self.issue:
            self._items = {item.id: item for item in issue.items()} if issue else {}
        self.issue = issue
        self._hits = list(hits)
        self._shown = {}
        self._lines = {}
        groups: list[tuple[str, int, int]] = []
        rows: list[int] = []
        hit_rows: list[int] = []
        for position, hit in enumerate(self._hits):
            if groups and groups[-1][0] == hit.item:
                item_id, first, count = groups[-1]
                groups[-1] = (item_id, first, count + 1)
            else:
                rows.append(-1 - len(groups))
                groups.append((hit.item, position, 1))
            hit_rows.append(len(rows))
            rows.append(position)
        self._groups, self._rows, self._hit_rows = groups, rows, hit_rows
        self.setStringList([""] * len(rows))       # the reset the views hear

    def hit_count(self) -> int:
        return len(self._hits)

    def group_count(self) -> int:
        """Articles listed (heading rows)."""
        return len(self._groups)

    def index_of_hit(self, position: int) -> QModelIndex:
        """The row of the hit at position (invalid when out of range)."""
        if not 0 <= position < len(self._hits):
            return QModelIndex()
        return self.index(self._hit_rows[position], 0)

    def index_of_group(self, group: int) -> QModelIndex:
        """The heading row of the group-th article listed (invalid when out of range)."""
        if not 0 <= group < len(self._groups):
            return QModelIndex()
        return self.index(self._hit_rows[self._groups[group][1]] - 1, 0)

    # the model (rowCount and index are QStringListModel's)
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren

    def itemData(self, index: Index) -> dict[int, Any]:  # noqa: N802 (Qt override)
        """The row's roles as data() gives them (not the placeholder strings)."""
        roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, *ResultRole)
        return {int(role): value for role in roles if (value := self.data(index, role)) is not None}

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        return False             # read-only

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and section == 0:
            return self.tr("Hits")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        entry = self._rows[row]
        return self._hit_data(entry, role) if entry >= 0 else self.group_data(-1 - entry, role)

    def group_data(self, row: int, role: int) -> Any:
        item_id, first, count = self._groups[row]
        if role == ResultRole.IS_GROUP:
            return True
        if role == ResultRole.ITEM_ID:
            return item_id
        if role == ResultRole.HIT_INDEX:      # a heading activated shows its article's first hit
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

    def _line(self, position: int) -> SnippetLine:
        line = self._lines.get(position)
        if line is None:
            text, bold_start, tag = self._display(position)
            line = self._lines[position] = SnippetLine(text, ((bold_start, self._hits[position].length),), tag)
        return line

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
        if role == ResultRole.LINE:
            return self._line(position)
        if role == ResultRole.BOLD_START:
            return self._display(position)[1]
        if role == ResultRole.BOLD_LENGTH:
            return hit.length
        if role == ResultRole.TAG_LENGTH:
            return self._display(position)[2]
        return None


class HitRowDelegate(SnippetDelegate):
    """A hit row: one line of plain text with the hit in bold and the field label muted, set in under
    its article's heading."""

    indent = HIT_INDENT

    def is_group(self, index: Index) -> bool:
        return bool(index.data(ResultRole.IS_GROUP))

    def lines(self, index: Index) -> list[SnippetLine]:
        line = index.data(ResultRole.LINE)
        return [line] if isinstance(line, SnippetLine) else []


class ResultsPanel(QWidget):
    """The results dock's content: articles and their hits; a click asks to show a hit."""

    hit_activated = Signal(int)    # position of the hit in the list given to set_hits

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findResults")
        self.model = HitResultsModel(self)
        self.view = QListView(self)
        self.view.setObjectName("findResultsList")
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)      # laid out from the row count alone
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setItemDelegate(HitRowDelegate(self.view))
        flat_scroll_bars(self.view)
        self.view.clicked.connect(self._on_activated)
        self.view.activated.connect(self._on_activated)
        self.no_hits = QLabel()
        self.no_hits.setObjectName("findNoHits")
        self.no_hits.setTextFormat(Qt.TextFormat.PlainText)
        self.no_hits.setWordWrap(True)
        self.no_hits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_hits.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.no_hits)
        layout.addWidget(self.view)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """About six rows tall: the reading pane keeps most of the height."""
        return QSize(480, QFontMetrics(self.font()).height() * 8 + 2 * PAD)

    def set_no_hits(self, query: str | None) -> None:
        """Say that query has no hits in the issue instead of the list (None: the list)."""
        if query is None:
            self.no_hits.hide()
            self.view.show()
            return
        self.no_hits.setText(self.tr("No matches for “{query}” in this issue.").format(query=query.strip()))
        self.view.hide()
        self.no_hits.show()

    def set_hits(self, issue: Issue | None, hits: Sequence[Hit]) -> None:
        """List these hits, grouped by article (consecutive hits of one article form its group)."""
        self.model.set_hits(issue, hits)

    def set_current(self, position: int) -> None:
        """Mark the hit at position as the current one (and scroll to it) without asking to show it."""
        index = self.model.index_of_hit(position)
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, self.view.selectionModel().SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)
        else:
            self.view.clearSelection()

    def _on_activated(self, index: QModelIndex) -> None:
        position = index.data(ResultRole.HIT_INDEX)
        if position is not None:
            self.hit_activated.emit(position)
