"""Search across the library: a query field, the match toggles, a date range, newest first or by
relevance, paged results.

The query language and the toggles (全词匹配, 繁简通搜) are those of the find bar; a line under the
field says how to write a query. The dates are written as the CLI's --from/--to take them (2026,
2026-06, 2026-06-12, or 2026年6月). Results come one page at a time, grouped by issue (an issue's
date and paper heading its articles; rows painted by search_results.py). Before a query, after one
that matches nothing, and while the library is empty, a message stands where the results would.
The view asks (`search_requested`); the controller runs the search off the GUI thread and hands the
page back (`show_page`). Stored articles whose text could not be read (damaged) are listed without it:
a line under the summary says how many, with the rebuild that may mend them (`repair_requested`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.library_snippets import PAGE_SIZE, SearchRequest, folded_terms
from ...core.search.query import SearchOptions, parse_query
from ..widgets.messages import messages
from ..widgets.plain_text import plain_label
from ..widgets.scroll_bars import flat_scroll_bars
from .search_results import HitDelegate, LibraryResultsModel, ResultRole
from .word_offer import WordIndexOffer, is_word_index_missing

if TYPE_CHECKING:
    from ...core.library.results import SearchPage

TYPING_DELAY_MS = 300
PAD = 4
__all__ = ["HitDelegate", "LibraryResultsModel", "LibrarySearchView", "ResultRole", "SearchRequest"]


class LibrarySearchView(QWidget):
    """The search view's widgets; `search_requested(SearchRequest)` out, `show_page(page)` in."""

    search_requested = Signal(object)      # SearchRequest
    hit_activated = Signal(object, object)  # LibraryHit, the SearchRequest it came from
    repair_requested = Signal()            # the reader asked to rebuild a library with damaged articles

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("librarySearchView")
        self.request: SearchRequest | None = None   # the search on screen (or running)
        self.total = 0
        self.page_size = PAGE_SIZE
        self.library_issues: int | None = None      # issues in the library (None: not known yet)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_DELAY_MS)
        self._typing.timeout.connect(lambda: self.search_now())
        self.edit = QLineEdit()
        self.edit.setObjectName("librarySearchEdit")
        self.edit.setPlaceholderText(self.tr("Search every issue in the library"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setToolTip(self.syntax_hint())
        self.edit.returnPressed.connect(lambda: self.search_now())
        self.edit.textChanged.connect(lambda _text: self._typing.start())
        self.hint = QLabel(self.syntax_hint())
        self.hint.setObjectName("librarySearchHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.word_box = QCheckBox(self.tr("Whole words"))
        self.word_box.setObjectName("libraryWordMode")
        self.word_box.setToolTip(self.tr("Match only where jieba's word boundaries allow "
                                         "(金昌 does not hit 黄金昌盛)"))
        self.variants_box = QCheckBox(self.tr("Traditional = Simplified"))
        self.variants_box.setObjectName("libraryVariantsMode")
        self.variants_box.setToolTip(self.tr("Match Traditional and Simplified characters alike (繁简通搜)"))
        self.from_edit, self.to_edit = self._date_field("libraryDateFrom"), self._date_field("libraryDateTo")
        self.from_edit.setPlaceholderText(self.tr("From (e.g. 2026-06)"))
        self.to_edit.setPlaceholderText(self.tr("To (e.g. 2026-06-30)"))
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
        flat_scroll_bars(self.tree)
        self.tree.setObjectName("libraryResults")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setAnimated(False)
        self.tree.setIndentation(12)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setItemDelegate(HitDelegate(self.tree))
        self.tree.activated.connect(self._on_activated)
        self.tree.clicked.connect(self._on_activated)
        self.empty = QLabel()
        self.empty.setObjectName("librarySearchEmpty")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setMargin(PAD * 2)
        self.word_offer = WordIndexOffer()  # 全词匹配 without the word index: say so, offer to build it
        self.results = QStackedWidget()
        self.results.addWidget(self.empty)
        self.results.addWidget(self.tree)
        self.results.addWidget(self.word_offer)

        self.summary = plain_label(QLabel())  # errors name files
        self.summary.setObjectName("librarySearchSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_button = QPushButton(self.tr("‹ Previous"))
        self.previous_button.clicked.connect(lambda _checked=False: self.turn_page(-1))
        self.next_button = QPushButton(self.tr("Next ›"))
        self.next_button.clicked.connect(lambda _checked=False: self.turn_page(1))
        self.damaged = QWidget()
        self.damaged.setObjectName("librarySearchDamaged")
        self.damaged_label = QLabel()
        self.damaged_label.setWordWrap(True)
        self.damaged_label.setTextFormat(Qt.TextFormat.PlainText)
        self.repair_button = QPushButton(self.tr("Rebuild the Library…"))
        self.repair_button.setObjectName("librarySearchRepair")
        self.repair_button.setToolTip(self.tr("Move the library file aside as a backup and build it again from "
                                              "what can be read (issues whose stored text is damaged are "
                                              "imported again from their files where they still exist). "
                                              "Compacting does not mend damaged articles."))
        self.repair_button.clicked.connect(lambda _checked=False: self.repair_requested.emit())
        row = QHBoxLayout(self.damaged)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.damaged_label, 1)
        row.addWidget(self.repair_button)
        self.damaged.hide()
        self._lay_out()
        self._show_empty_state()
        self._update_paging()

    def _date_field(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setClearButtonEnabled(True)
        edit.setToolTip(self.tr("A year (2026), a month (2026-06 or 2026年6月) or a day (2026-06-12)"))
        edit.textChanged.connect(lambda _text: self._typing.start())
        edit.returnPressed.connect(lambda: self.search_now())
        return edit

    def _lay_out(self) -> None:
        toggles = QHBoxLayout()
        toggles.addWidget(self.word_box)
        toggles.addWidget(self.variants_box)
        toggles.addStretch(1)
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit, 1)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.to_edit, 1)
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
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        layout.addLayout(toggles)
        layout.addLayout(dates)
        layout.addLayout(order)
        layout.addWidget(self.summary)
        layout.addWidget(self.damaged)
        layout.addWidget(self.results, 1)
        layout.addLayout(pages)

    def syntax_hint(self) -> str:
        """How to write a query, in one line."""
        return self.tr('Words separated by spaces must all occur · "…" finds a phrase · -word leaves out')

    # ---- asking
    def dates(self) -> tuple[dt.date | None, dt.date | None]:
        """The date range the fields give (None: open); ValueError names a field that is not a date."""
        from ...core.library.records import parse_day  # the library's package: not on the start-up path
        return parse_day(self.from_edit.text()), parse_day(self.to_edit.text(), end=True)

    def current_request(self, offset: int = 0) -> SearchRequest:
        """The search the fields and toggles describe (at a page offset); ValueError for a bad date."""
        date_from, date_to = self.dates()
        return SearchRequest(self.edit.text(), SearchOptions(word=self.word_box.isChecked(),
                                                             variants=self.variants_box.isChecked()),
                             self.paper_box.currentData(), self.sort_box.currentData() or "newest", offset,
                             self.page_size, date_from, date_to)

    def search_now(self, offset: int = 0) -> None:
        """Ask for the first page (or the one at offset) of the search described now."""
        self._typing.stop()
        try:
            request = self.current_request(offset)
        except ValueError:
            self._clear(self.tr("Write the dates as 2026, 2026-06 or 2026-06-12 (or 2026年6月12日)."))
            return
        if parse_query(request.query).is_empty():
            self._clear("")
            return
        if request == self.request:
            return
        self.request = request
        self.summary.setText(self.tr("Searching…"))
        self.search_requested.emit(request)

    def _clear(self, summary: str) -> None:
        self.request = None
        self.total = 0
        self.model.set_hits([])
        self.summary.setText(summary)
        self._show_empty_state()
        self._update_paging()

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

    def narrow_dates(self, date_from: dt.date | None, date_to: dt.date | None) -> None:
        """Put a date range in the date fields (None: open; e.g. a month of the trend) and search now."""
        for edit, day in ((self.from_edit, date_from), (self.to_edit, date_to)):
            edit.setText(day.isoformat() if day else "")
        self.search_now()

    def add_panel(self, widget: QWidget) -> None:
        """A panel of another part of the library above the results (the trend chart)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.summary), widget)

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

    def set_library_size(self, issues: int) -> None:
        """How many issues the library holds (an empty library says so where results would be)."""
        self.library_issues = issues
        if self.request is None:
            self._show_empty_state()

    # ---- answers
    def show_page(self, request: SearchRequest, page: SearchPage) -> bool:
        """Show a page of results if it answers the search on screen; False for a stale one."""
        if request != self.request:
            return False
        self.total = page.total
        self.show_damaged(page.damaged)
        self.model.set_hits(page.hits, folded_terms(request.query, request.options), request.options.variants)
        self.tree.expandAll()
        if page.total == 0:
            self.summary.setText(self.tr("No article matches."))
            self._show_empty_state(request)
        else:
            first = page.offset + 1
            last = page.offset + len(page.hits)
            self.summary.setText(self.tr("Articles {first}–{last} of {total}").format(
                first=first, last=last, total=f"{page.total:,}"))
            self.results.setCurrentWidget(self.tree)
        self._update_paging()
        return True

    def show_damaged(self, count: int) -> None:
        """Say how many stored articles could not be read (found by the index, listed without their text;
        their issues do not open), with the rebuild that may mend them (none: hidden)."""
        if count:
            self.damaged_label.setText(self.tr("%n stored article(s) could not be read (damaged): they are listed "
                                               "without their text, and their issues cannot be opened.", "", count))
        self.damaged.setVisible(count > 0)

    def _show_empty_state(self, unmatched: SearchRequest | None = None) -> None:
        """The message where results would be: how to search, an empty library, or nothing found."""
        if unmatched is not None:
            lines = [self.tr("No article in the library matches “{query}”.").format(query=unmatched.query.strip())]
            if unmatched.paper or unmatched.date_from or unmatched.date_to:
                lines.append(self.tr("Only the paper and dates chosen were searched: widen them to search more."))
            if not unmatched.options.variants:
                lines.append(self.tr("Traditional characters are matched only with Traditional = Simplified on."))
            if unmatched.options.word:
                lines.append(self.tr("Whole words finds a word only where jieba cuts it as one: try without it."))
        elif self.library_issues == 0:
            lines = [self.tr("The library is empty. Import issues with File ▸ Import into Library… to search "
                             "them here.")]
        else:
            lines = [self.tr("Type what to look for: every issue in the library is searched."), "",
                     self.tr("民营 经济 — articles with both words"), self.tr('"民营经济" — the phrase itself'),
                     self.tr("经济 -民营 — articles with 经济 but not 民营")]
        self.empty.setText("\n".join(lines))
        self.results.setCurrentWidget(self.empty)

    def show_error(self, request: SearchRequest, error: BaseException) -> None:
        """A search that failed: why; for want of the word index, the offer to build it."""
        if request != self.request:
            return
        if is_word_index_missing(error):
            self.total = 0
            self.model.set_hits([])
            self.summary.setText(self.tr("Whole words needs the word index."))
            self.word_offer.offer(getattr(error, "missing", 0), getattr(error, "articles", 0))
            self.results.setCurrentWidget(self.word_offer)
            self._update_paging()
            return
        self.summary.setText(self.tr("The search failed: {error}").format(error=messages().library_error(error)))

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
