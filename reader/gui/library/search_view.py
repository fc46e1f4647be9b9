"""Search across the library: a query field, the match toggles, newest first or by relevance, paged results.

The query language and the toggles (全词匹配, 繁简通搜) are those of the find bar. Results come one
page at a time, grouped by issue (an issue's date and paper heading its articles); each article row
shows its page and headline over a snippet with the hits in bold. Snippets are painted as plain text
(a QTextLayout with format ranges): text from the library is never read as HTML.
The view asks (`search_requested`); the controller runs the search off the GUI thread and hands the
page back (`show_page`).
"""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.library_snippets import PAGE_SIZE, SearchRequest, folded_terms, term_spans
from ...core.search.query import SearchOptions, parse_query
from ..widgets.grouped_model import GroupedListModel, Index
from ..widgets.plain_text import as_written, plain_label
from ..widgets.snippets import SnippetDelegate, SnippetLine, snippet_layout

if TYPE_CHECKING:
    from ...core.library.search import LibraryHit, SearchPage

TYPING_DELAY_MS = 300
PAD = 4


class ResultRole(IntEnum):
    """Data roles of the library results model."""

    IS_GROUP = Qt.ItemDataRole.UserRole + 1
    SNIPPET = Qt.ItemDataRole.UserRole + 2     # article rows: the snippet text
    SPANS = Qt.ItemDataRole.UserRole + 3       # article rows: ((offset, length), …) of the hits in it
    HIT = Qt.ItemDataRole.UserRole + 4         # article rows: the LibraryHit
    ISSUE_KEY = Qt.ItemDataRole.UserRole + 5
    TITLE_SPANS = Qt.ItemDataRole.UserRole + 6  # article rows: the hits in the display text (page · headline)


class LibraryResultsModel(GroupedListModel):
    """Two levels: issues (in the order of their first hit on the page), and their matching articles."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[list[LibraryHit]] = []
        self._terms: list[str] = []
        self._variants = False

    def set_hits(self, hits: list[LibraryHit], terms: list[str] | None = None, variants: bool = False) -> None:
        """Show one page of hits, grouped by issue; terms (folded) are set bold in the headlines."""
        self.beginResetModel()
        self._terms = list(terms or [])
        self._variants = variants
        groups: dict[int, list[LibraryHit]] = {}
        for hit in hits:
            groups.setdefault(hit.article.issue_id, []).append(hit)
        self._groups = list(groups.values())
        self.endResetModel()

    def hit_count(self) -> int:
        return sum(len(g) for g in self._groups)

    def hit_at(self, index: Index) -> LibraryHit | None:
        position = self.child_position(index)
        return None if position is None else self._groups[position[0]][position[1]]

    # GroupedListModel
    def group_count(self) -> int:
        return len(self._groups)

    def child_count(self, group: int) -> int:
        return len(self._groups[group])

    def header_text(self) -> str:
        return self.tr("Matching articles")

    def group_data(self, row: int, role: int) -> Any:
        group = self._groups[row]
        first = group[0].article
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.issue_label(first.paper, first.date, len(group))
        if role == ResultRole.IS_GROUP:
            return True
        if role == ResultRole.ISSUE_KEY:
            return first.issue_key
        return None

    def child_data(self, group: int, row: int, role: int) -> Any:
        hit = self._groups[group][row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._headline(hit)
        if role == ResultRole.TITLE_SPANS:
            text = self._headline(hit)
            shift = text.rfind(hit.article.title) if hit.article.title else -1
            if shift < 0:
                return ()
            return tuple((shift + o, n) for o, n in term_spans(hit.article.title, self._terms, self._variants))
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_written(hit.article.title)
        if role == ResultRole.SNIPPET:
            return hit.snippet
        if role == ResultRole.SPANS:
            return hit.spans
        if role == ResultRole.HIT:
            return hit
        if role == ResultRole.ISSUE_KEY:
            return hit.article.issue_key
        if role == ResultRole.IS_GROUP:
            return False
        return None

    def _headline(self, hit: LibraryHit) -> str:
        return self.tr("Page {page} · {title}").format(page=hit.article.page, title=hit.article.title)

    def issue_label(self, paper: str | None, date: Any, count: int) -> str:
        """2024年1月5日 周五 · 清河日报 (3)"""
        when = QLocale().toString(QDate(date.year, date.month, date.day), self.tr("MMMM d, yyyy, ddd")) \
            if date else self.tr("No date")
        return self.tr("{date} · {paper} ({count})").format(date=when, paper=paper or self.tr("Unknown paper"),
                                                             count=count)


class HitDelegate(SnippetDelegate):
    """Article rows in two lines: 'page · headline', then the snippet with its hits in bold (plain text)."""

    def is_group(self, index: Index) -> bool:
        return bool(index.data(ResultRole.IS_GROUP))

    def lines(self, index: Index) -> list[SnippetLine]:
        return [SnippetLine(index.data(Qt.ItemDataRole.DisplayRole) or "", index.data(ResultRole.TITLE_SPANS) or ()),
                SnippetLine(index.data(ResultRole.SNIPPET) or "", index.data(ResultRole.SPANS) or (), muted=True)]

    @classmethod
    def layouts(cls, index: Index, font: QFont) -> tuple[QTextLayout, QTextLayout]:
        """The two lines of an article row as text layouts (the hits bold)."""
        title, snippet = cls(None).lines(index)
        return snippet_layout(title, font), snippet_layout(snippet, font)


class LibrarySearchView(QWidget):
    """The search view's widgets; `search_requested(SearchRequest)` out, `show_page(page)` in."""

    search_requested = Signal(object)      # SearchRequest
    hit_activated = Signal(object, object)  # LibraryHit, the SearchRequest it came from

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("librarySearchView")
        self.request: SearchRequest | None = None   # the search on screen (or running)
        self.total = 0
        self.page_size = PAGE_SIZE
        self.edit = QLineEdit()
        self.edit.setObjectName("librarySearchEdit")
        self.edit.setPlaceholderText(self.tr("Search every issue in the library"))
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(lambda: self.search_now())
        self.edit.textChanged.connect(lambda _text: self._typing.start())
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_DELAY_MS)
        self._typing.timeout.connect(lambda: self.search_now())
        self.word_box = QCheckBox(self.tr("Whole words"))
        self.word_box.setObjectName("libraryWordMode")
        self.word_box.setToolTip(self.tr("Match only where jieba's word boundaries allow "
                                         "(金昌 does not hit 黄金昌盛)"))
        self.variants_box = QCheckBox(self.tr("Traditional = Simplified"))
        self.variants_box.setObjectName("libraryVariantsMode")
        self.variants_box.setToolTip(self.tr("Match Traditional and Simplified characters alike (繁简通搜)"))
        self.sort_box = QComboBox()
        self.sort_box.setObjectName("librarySort")
        self.sort_box.addItem(self.tr("Newest first"), "newest")
        self.sort_box.addItem(self.tr("Most relevant first"), "relevance")
        self.paper_box = QComboBox()
        self.paper_box.setObjectName("libraryPaper")
        self.paper_box.addItem(self.tr("All papers"), None)
        for box in (self.word_box, self.variants_box):
            box.toggled.connect(lambda _on: self.search_now())
        for combo in (self.sort_box, self.paper_box):
            combo.currentIndexChanged.connect(lambda _i: self.search_now())

        self.model = LibraryResultsModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("libraryResults")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setAnimated(False)
        self.tree.setIndentation(12)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setItemDelegate(HitDelegate(self.tree))
        self.tree.activated.connect(self._on_activated)
        self.tree.clicked.connect(self._on_activated)

        self.summary = plain_label(QLabel())  # errors name files
        self.summary.setObjectName("librarySearchSummary")
        self.summary.setWordWrap(True)
        self.previous_button = QPushButton(self.tr("‹ Previous"))
        self.previous_button.clicked.connect(lambda _checked=False: self.turn_page(-1))
        self.next_button = QPushButton(self.tr("Next ›"))
        self.next_button.clicked.connect(lambda _checked=False: self.turn_page(1))

        field_row = QHBoxLayout()
        field_row.addWidget(self.edit, 1)
        toggles = QHBoxLayout()
        toggles.addWidget(self.word_box)
        toggles.addWidget(self.variants_box)
        toggles.addStretch(1)
        order = QHBoxLayout()
        order.addWidget(self.sort_box, 1)
        order.addWidget(self.paper_box, 1)
        pages = QHBoxLayout()
        pages.addWidget(self.previous_button)
        pages.addStretch(1)
        pages.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(field_row)
        layout.addLayout(toggles)
        layout.addLayout(order)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(pages)
        self._update_paging()

    # ---- asking
    def current_request(self, offset: int = 0) -> SearchRequest:
        """The search the fields and toggles describe (at a page offset)."""
        return SearchRequest(self.edit.text(), SearchOptions(word=self.word_box.isChecked(),
                                                             variants=self.variants_box.isChecked()),
                             self.paper_box.currentData(), self.sort_box.currentData() or "newest", offset,
                             self.page_size)

    def search_now(self, offset: int = 0) -> None:
        """Ask for the first page (or the one at offset) of the search described now."""
        self._typing.stop()
        request = self.current_request(offset)
        if parse_query(request.query).is_empty():
            self.request = None
            self.total = 0
            self.model.set_hits([])
            self.summary.setText("")
            self._update_paging()
            return
        if request == self.request:
            return
        self.request = request
        self.summary.setText(self.tr("Searching…"))
        self.search_requested.emit(request)

    def turn_page(self, direction: int) -> None:
        if self.request is None:
            return
        offset = self.request.offset + direction * self.request.limit
        if 0 <= offset < self.total:
            self.request = replace(self.request, offset=offset)
            self.summary.setText(self.tr("Searching…"))
            self.search_requested.emit(self.request)

    def refresh(self) -> None:
        """Search again (the library changed): the same query, from the first page."""
        self.request = None
        self.search_now()

    def set_query(self, text: str) -> None:
        """Put a query in the field and search for it now."""
        self.edit.setText(text)
        self.search_now()

    def set_papers(self, papers: list[str | None]) -> None:
        """The papers the paper filter offers (keeps the choice when it is still there)."""
        chosen = self.paper_box.currentData()
        self.paper_box.blockSignals(True)
        self.paper_box.clear()
        self.paper_box.addItem(self.tr("All papers"), None)
        for paper in papers:
            if paper:
                self.paper_box.addItem(paper, paper)
        found = self.paper_box.findData(chosen) if chosen else 0
        self.paper_box.setCurrentIndex(max(0, found))
        self.paper_box.blockSignals(False)

    # ---- answers
    def show_page(self, request: SearchRequest, page: SearchPage) -> bool:
        """Show a page of results if it answers the search on screen; False for a stale one."""
        if request != self.request:
            return False
        self.total = page.total
        self.model.set_hits(page.hits, folded_terms(request.query, request.options), request.options.variants)
        self.tree.expandAll()
        if page.total == 0:
            self.summary.setText(self.tr("No article matches."))
        else:
            first = page.offset + 1
            last = page.offset + len(page.hits)
            self.summary.setText(self.tr("Articles {first}–{last} of {total}").format(
                first=first, last=last, total=f"{page.total:,}"))
        self._update_paging()
        return True

    def show_error(self, request: SearchRequest, error: BaseException) -> None:
        if request == self.request:
            self.summary.setText(self.tr("The search failed: {error}").format(error=error))

    def _update_paging(self) -> None:
        offset = self.request.offset if self.request else 0
        limit = self.request.limit if self.request else PAGE_SIZE
        self.previous_button.setEnabled(self.request is not None and offset > 0)
        self.next_button.setEnabled(self.request is not None and offset + limit < self.total)

    def _on_activated(self, index: QModelIndex) -> None:
        hit = self.model.hit_at(index)
        if hit is not None and self.request is not None:
            self.hit_activated.emit(hit, self.request)

    def focus_field(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
