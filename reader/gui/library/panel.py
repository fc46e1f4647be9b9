"""The 往期 panel: the library's issues as papers → years → months → dates, and a calendar to pick a date.

Dates that have an issue are marked in the calendar (of the paper chosen in the tree, else of every
paper). A click on a date selects its issue in the tree; a double-click (or Enter) on an issue row or
a marked date opens it. The panel only shows and asks: the controller fetches and opens.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..widgets.labels import date_text, labels
from ..widgets.plain_text import menu_text, plain_label
from ..widgets.scroll_bars import flat_scroll_bars
from .tree_model import LibraryRole, LibraryTreeModel

if TYPE_CHECKING:
    from ...core.library.records import IssueInfo


def qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


def pydate(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class LibraryPanel(QWidget):
    """Tree and calendar over the library (see the module docstring)."""

    issue_activated = Signal(str)       # key of an issue to open
    import_requested = Signal()
    search_requested = Signal()
    continue_requested = Signal()       # open the issue read last, where reading stopped
    remove_requested = Signal(str)      # key of an issue to remove (the controller asks first)
    export_requested = Signal(str)      # key of an issue to export
    retry_requested = Signal()          # the library could not be opened: show the choices again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.model = LibraryTreeModel(self)
        self._calendar_paper: str | None = None
        self._calendar_any = True
        self._marked: set[dt.date] = set()

        self.status = plain_label(QLabel())
        self.status.setObjectName("libraryStatus")
        self.status.setWordWrap(True)
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continueReading")
        self.continue_button.setFlat(True)
        self.continue_button.setStyleSheet("text-align: left; padding: 2px 0;")
        self.continue_button.clicked.connect(lambda _checked=False: self.continue_requested.emit())
        self.continue_button.hide()
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("libraryImport")
        self.import_button.clicked.connect(lambda _checked=False: self.import_requested.emit())
        self.search_button = QPushButton(self.tr("Search Library…"))
        self.search_button.setObjectName("librarySearch")
        self.search_button.clicked.connect(lambda _checked=False: self.search_requested.emit())
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.search_button)
        buttons.addStretch(1)

        self.tree = QTreeView()
        flat_scroll_bars(self.tree)
        self.tree.setObjectName("libraryTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAnimated(False)
        self.tree.setIndentation(14)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.activated.connect(self._on_activated)
        self.tree.doubleClicked.connect(self._on_activated)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)

        self.placeholder = plain_label(QLabel())
        self.placeholder.setObjectName("libraryPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setContentsMargins(12, 12, 12, 12)
        self.retry_button = QPushButton(self.tr("Choose What to Do…"))
        self.retry_button.clicked.connect(lambda _checked=False: self.retry_requested.emit())
        self.retry_button.hide()
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.placeholder)
        empty_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(self.tree)

        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("libraryCalendar")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.calendar.clicked.connect(self._on_date_clicked)
        self.calendar.activated.connect(self._on_date_activated)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.calendar)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.continue_button)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)
        self.show_message(self.tr("Opening the library…"))

    # ---- filling
    def show_message(self, text: str, retry: bool = False) -> None:
        """Show a message instead of the tree (opening, empty, unavailable)."""
        self.placeholder.setText(text)
        self.retry_button.setVisible(retry)
        self.stack.setCurrentIndex(0)

    def set_issues(self, infos: list[IssueInfo]) -> None:
        """Show the library's issues, keeping open rows open and the current row current."""
        current = self.tree.currentIndex().data(LibraryRole.PATH)
        expanded = self._expanded_paths()
        first_fill = self.model.issue_count() == 0
        self.model.set_issues(infos)
        papers = {i.paper for i in infos}
        self.status.setText(self.tr("{issues} from {papers}").format(
            issues=labels().issues(len(infos)), papers=labels().papers(len(papers))) if infos else "")
        if not infos:
            self.show_message(self.tr("The library is empty.\nImport issues with File ▸ Import into "
                                      "Library…; they stay readable after their files are gone."))
            self._mark_dates()
            return
        self.stack.setCurrentIndex(1)
        for path in expanded:
            index = self.model.index_of_path(path)
            if index.isValid():
                self.tree.setExpanded(index, True)
        if first_fill or not expanded:
            self._open_newest()
        if current is not None:
            index = self.model.index_of_path(current)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        self._mark_dates()
        if first_fill:
            newest = max((i.date for i in infos if i.date), default=None)
            if newest is not None:
                self.calendar.setCurrentPage(newest.year, newest.month)

    def _expanded_paths(self) -> list[tuple[Any, ...]]:
        paths: list[tuple[Any, ...]] = []
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if self.tree.isExpanded(index):
                    paths.append(index.data(LibraryRole.PATH))
                    stack.append(index)
        return paths

    def _open_newest(self) -> None:
        """Open every paper, and its newest year and month."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            while index.isValid() and self.model.rowCount(index):
                self.tree.setExpanded(index, True)
                index = self.model.index(0, 0, index)

    def set_continue(self, label: str | None) -> None:
        """Offer 'continue reading' the issue read last (None: nothing to continue)."""
        self.continue_button.setVisible(bool(label))
        if label:
            self.continue_button.setText(menu_text(self.tr("Continue reading: {issue} ›").format(issue=label)))

    # ---- the calendar
    def _mark_dates(self) -> None:
        """Mark the dates with issues (of the tree's current paper, else of every paper)."""
        dates = self.model.dates(self._calendar_paper, self._calendar_any)
        if dates == self._marked:
            return
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())   # clears every mark
        marked = self.marked_format()
        for date in dates:
            self.calendar.setDateTextFormat(qdate(date), marked)
        self._marked = dates

    def marked_format(self) -> QTextCharFormat:
        """How a date with an issue looks: bold, on a tint of the highlight colour."""
        palette = self.calendar.palette()
        tint = QColor(palette.color(QPalette.ColorRole.Highlight))
        tint.setAlpha(60)
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setBackground(QBrush(tint))
        return fmt

    def marked_dates(self) -> set[dt.date]:
        """The dates marked in the calendar now."""
        return set(self._marked)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        paper_any = not current.isValid()
        paper = current.data(LibraryRole.PAPER) if current.isValid() else None
        if (paper, paper_any) != (self._calendar_paper, self._calendar_any):
            self._calendar_paper, self._calendar_any = paper, paper_any
            self._mark_dates()
        date = current.data(LibraryRole.DATE) if current.isValid() else None
        if isinstance(date, dt.date):
            self.calendar.blockSignals(True)
            self.calendar.setSelectedDate(qdate(date))
            self.calendar.blockSignals(False)

    def issue_for_date(self, date: dt.date) -> IssueInfo | None:
        """The issue a date picks: of the current paper if it has one then, else the first of any paper."""
        found = self.model.issues_on(date, self._calendar_paper, any_paper=False) if not self._calendar_any else []
        candidates = found or self.model.issues_on(date)
        return candidates[0] if candidates else None

    def _on_date_clicked(self, date: QDate) -> None:
        info = self.issue_for_date(pydate(date))
        if info is None:
            self.status.setText(self.tr("No issue on {date}.").format(date=short_date(date)))
            return
        self.select_issue(info.key)

    def _on_date_activated(self, date: QDate) -> None:
        info = self.issue_for_date(pydate(date))
        if info is not None:
            self.select_issue(info.key)
            self.issue_activated.emit(info.key)

    # ---- the tree
    def select_issue(self, key: str) -> bool:
        """Make an issue's row current (opening its year and month); False when it is not shown."""
        index = self.model.index_of_key(key)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.tree.setExpanded(parent, True)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _on_activated(self, index: QModelIndex) -> None:
        key = index.data(LibraryRole.ISSUE_KEY)
        if key:
            self.issue_activated.emit(key)

    def _context_menu(self, point: QPoint) -> None:
        index = self.tree.indexAt(point)
        key = index.data(LibraryRole.ISSUE_KEY) if index.isValid() else None
        if not key:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.issue_activated.emit(key))
        menu.addAction(self.tr("Export Issue…"), lambda: self.export_requested.emit(key))
        menu.addSeparator()
        menu.addAction(self.tr("Remove from Library…"), lambda: self.remove_requested.emit(key))
        menu.popup(self.tree.viewport().mapToGlobal(point))


def short_date(date: QDate) -> str:
    """A date as the UI's locale writes it (labels.date_text)."""
    return date_text(pydate(date))
