"""The reading session: the issue on screen, the article shown, history, next/previous — no widgets.

Features depend on the session, not on each other: they ask it to open, show or reveal, and hear what
happened from its signals. What is on screen is drawn by one ReadingView (the reading pane, attached
by the reading feature); the session tells the view first, then emits, so every listener finds the
pane already showing what the signal announces.
"""

from __future__ import annotations

from typing import Callable, NamedTuple, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.history import History, Position
from ...core.model import Issue
from ...core.reading_order import ReadingOrder, is_later_part
from .loading import IssueLoader
from .read_marks import ReadMarks


class ReadingView(Protocol):
    """What the session needs from the pane that shows its story."""

    def present_issue(self, issue: Issue) -> None: ...
    def present(self, issue: Issue, item_id: str, at_part: bool) -> None: ...
    def reveal(self, item_id: str, field_name: str, block: int | None, offset: int, length: int) -> bool: ...
    def show_empty(self, reason: str) -> None: ...          # "no-articles" or "nothing-open"
    def show_page(self, page: int) -> None: ...
    def scroll_value(self) -> int: ...
    def set_scroll_value(self, value: int) -> None: ...


class PendingOpen(NamedTuple):
    """What to show once an issue being opened arrives (a NamedTuple: a dataclass compiles its methods
    as it is made, before the first paint)."""

    item_id: str | None = None
    scroll: int = 0
    fallback: str | None = None    # a location to open instead if this one fails (no error shown)


class ReadingSession(QObject):
    """See the module docstring. Locations are paths, or `prefix:…` for a registered opener."""

    issue_loaded = Signal(object)          # the Issue now on screen
    current_item_changed = Signal(str)     # id of the article shown
    opening = Signal(str)                  # a location started opening off the GUI thread
    opening_done = Signal()                # … and arrived, failed or was cancelled
    open_cancelled = Signal(str)           # the location whose opening the reader cancelled
    open_failed = Signal(str, str)         # location, message naming the file and the problem
    history_changed = Signal()
    edge_reached = Signal(str)             # nothing further: last-article, first-article, last-page,
                                           # first-page, or all-read (no unread article left)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.issue: Issue | None = None
        self.location: str | None = None
        self.current_item_id: str | None = None
        self.history = History()
        self.order: ReadingOrder | None = None
        self.view: ReadingView | None = None
        self.read_marks = ReadMarks(self)
        self._pending = PendingOpen()
        self.opening_location: str | None = None   # what is being opened off the GUI thread, if anything
        self.loader = IssueLoader(self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_load_failed)

    def attach(self, view: ReadingView) -> None:
        """The pane that shows the session's story."""
        self.view = view

    def register_opener(self, prefix: str, opener: Callable[[str], Issue]) -> None:
        """Open locations starting with prefix (e.g. 'library:') with opener, on the thread pool."""
        self.loader.openers[prefix] = opener

    # ---- opening
    def open(self, location: str, item_id: str | None = None, scroll: int = 0,
             fallback: str | None = None) -> None:
        """Start opening an issue off the GUI thread; the issue on screen stays until it arrives."""
        self._pending = PendingOpen(item_id, scroll, fallback)
        self.opening_location = str(location)
        self.opening.emit(str(location))
        self.loader.load(str(location))

    def cancel_open(self) -> bool:
        """Stop the opening under way (its reading process is ended); the issue on screen stays.
        False when nothing is being opened."""
        location, self.opening_location = self.opening_location, None
        if location is None:
            return False
        self.loader.cancel()
        self._pending = PendingOpen()
        self.opening_done.emit()
        if self.issue is None and self.view is not None:
            self.view.show_empty("nothing-open")
        self.open_cancelled.emit(location)
        return True

    def open_now(self, location: str) -> Issue:
        """Open an issue on this thread (raises what its opener raises); for tools, not the window."""
        return self.loader.open_now(location)

    def set_issue(self, issue: Issue, location: str, item_id: str | None = None, scroll: int = 0) -> None:
        """Put an issue on screen at an article (default: the first)."""
        self.issue, self.location = issue, location
        self.history.clear()
        self.history_changed.emit()
        self.order = ReadingOrder(issue)
        self.read_marks.reset(issue, location)
        if self.view is not None:
            self.view.present_issue(issue)
        self.issue_loaded.emit(issue)
        items = list(issue.items())
        target = item_id if item_id and issue.item(item_id) else (self.order.first() or
                                                                  (items[0].id if items else None))
        if target is None:
            self.current_item_id = None
            if self.view is not None:
                self.view.show_empty("no-articles")
            return
        self.show(target)
        if scroll:
            QTimer.singleShot(0, self, lambda: self._scroll(scroll))

    def _on_loaded(self, location: str, issue: Issue) -> None:
        pending, self._pending = self._pending, PendingOpen()
        self.opening_location = None
        self.opening_done.emit()
        self.set_issue(issue, location, pending.item_id, pending.scroll)

    def _on_load_failed(self, location: str, message: str) -> None:
        pending, self._pending = self._pending, PendingOpen()
        self.opening_location = None
        self.opening_done.emit()
        if pending.fallback:
            self.open(pending.fallback)
            return
        if self.issue is None and self.view is not None:
            self.view.show_empty("nothing-open")
        self.open_failed.emit(location, message)

    # ---- showing
    def story_ids(self) -> list[str]:
        """Ids of the parts of the story on screen, in reading order."""
        if self.issue is None or not self.current_item_id:
            return []
        return [it.id for it in self.issue.story_items(self.current_item_id)]

    def show(self, item_id: str, at_part: bool = False) -> bool:
        """Show the whole story of an item (at_part: scrolled to that part, as a story's later part always
        is: its story is shown from the first part, the later one at its seam); False if unknown."""
        item = self.issue.item(item_id) if self.issue is not None else None
        if self.issue is None or item is None:
            return False
        at_part = at_part or is_later_part(self.issue, item)
        if self.view is not None:
            self.view.present(self.issue, item_id, at_part)
        self.current_item_id = item_id
        self.current_item_changed.emit(item_id)
        return True

    def reveal(self, item_id: str, field_name: str, block: int | None = None, offset: int = 0,
               length: int = 0) -> bool:
        """Show an item's story and select a span of one of its fields (e.g. a search hit).

        A field the pane does not show (a later part's repeated headline) scrolls to the part instead;
        returns whether the span itself was selected.
        """
        if not self.show(item_id):
            return False
        if self.view is not None and self.view.reveal(item_id, field_name, block, offset, length):
            return True
        if self.view is not None and self.issue is not None:
            self.view.present(self.issue, item_id, True)
        return False

    def follow_page(self, page: int) -> None:
        """Go to a page named by a seam: the story's part there, else the page's first article."""
        if self.issue is None or self.issue.page(page) is None:
            return
        self._push_history()
        parts = [i for i in self.story_ids() if (it := self.issue.item(i)) and it.page == page]
        if parts:
            self.show(parts[0], at_part=True)
            return
        page_obj = self.issue.page(page)
        if page_obj is not None and page_obj.items:
            self.show(page_obj.items[0].id)
        elif self.view is not None:
            self.view.show_page(page)

    def show_page(self, number: int) -> None:
        """A page picked in the sidebar: its first article."""
        page = self.issue.page(number) if self.issue else None
        if page is not None and page.items:
            self.show(page.items[0].id)

    # ---- moving
    def next_article(self) -> None:
        """The next article in printed order (repeated copies and later parts skipped)."""
        target = self.order.next_after(self.current_item_id) if self.order else None
        if target:
            self.show(target)
        elif self.order is not None:
            self.edge_reached.emit("last-article")

    def previous_article(self) -> None:
        target = self.order.previous_before(self.current_item_id) if self.order else None
        if target:
            self.show(target)
        elif self.order is not None:
            self.edge_reached.emit("first-article")

    def next_unread(self) -> None:
        """The next article not yet read, in printed order from the one on screen (then from the start)."""
        if self.order is None or self.issue is None:
            return
        read = self.read_marks.read
        after = self.order.next_after(self.current_item_id)
        candidates = self.order.articles
        if after is not None:
            start = candidates.index(after)
            candidates = candidates[start:] + candidates[:start]
        target = next((a for a in candidates if a not in read and a != self.current_item_id), None)
        if target is None:
            self.edge_reached.emit("all-read")
        else:
            self.show(target)

    def step_page(self, direction: int) -> None:
        """The first article of the previous (-1) or next (1) page that has any."""
        if self.issue is None:
            return
        pages = [p for p in self.issue.pages if p.items]
        current = self.issue.item(self.current_item_id) if self.current_item_id else None
        numbers = [p.number for p in pages]
        if current is None or current.page not in numbers:
            index = 0 if direction > 0 else len(pages) - 1
        else:
            index = numbers.index(current.page) + direction
        if 0 <= index < len(pages):
            self.show(pages[index].items[0].id)
        elif pages:
            self.edge_reached.emit("last-page" if direction > 0 else "first-page")

    def article_position(self) -> tuple[int, int]:
        """(i, n): the article on screen is the i-th of n articles of the issue (1-based; 0 when none)."""
        return self.order.position(self.current_item_id) if self.order else (0, 0)

    # ---- history
    def go_back(self) -> None:
        """Return to where the reader was before following a link."""
        if self.current_item_id:
            self._go_to(self.history.go_back(self._here()))

    def go_forward(self) -> None:
        if self.current_item_id:
            self._go_to(self.history.go_forward(self._here()))

    def _here(self) -> Position:
        return Position(self.current_item_id or "", self.view.scroll_value() if self.view else 0)

    def _push_history(self) -> None:
        if self.current_item_id:
            self.history.push(self._here())
            self.history_changed.emit()

    def _go_to(self, position: Position | None) -> None:
        if position is not None:
            self.show(position.item_id)
            self._scroll(position.scroll)
        self.history_changed.emit()

    def _scroll(self, value: int) -> None:
        if self.view is not None:
            self.view.set_scroll_value(value)
