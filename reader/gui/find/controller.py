"""Find in the issue: the glue between the find bar, the search core, the session and the pane.

Every keystroke searches at once on the GUI thread (substring search over a whole issue takes a few
milliseconds). What is slow happens in workers: folding the issue's texts when the bar first opens,
segmenting them for 全词匹配 and building the 繁→简 table on first use, loading jieba's dictionary
(when the bar first opens or, in the application, a moment after the first story is painted; never
on the start-up path) and the keywords under the headlines. The search index is used from the GUI
thread only; workers only prepare it.

Hits are kept in reading order: story by story (a story's parts one after the other, as the pane
shows them), stories in printed order of their first part. Next/previous walk that order and wrap.
The pane draws them (StoryPane, ports.py); the session shows the article a hit is in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from ...core.model import Issue
from ...core.reading_order import in_reading_order, reading_keys, shown_hits
from ...core.search import words
from ...core.search.issue_search import Hit, IssueIndex, hit_counts
from ...core.search.query import SearchOptions, parse_query
from .bar import FindBar
from .keywords import KeywordFeeder
from .results_panel import ResultsPanel

if TYPE_CHECKING:
    from ..session.session import ReadingSession
    from ..shell.protocol import Shell
    from .ports import StoryPane

WARM_UP_DELAY_MS = 1500   # after the first story is on screen, jieba starts loading in a worker
SEARCH_SURFACE = "find"   # its name among the shell's search surfaces (one open at a time)


class FindController(QObject):
    """Owns the find bar, the results dock and the issue's search index."""

    results_changed = Signal()     # the hits changed (after a keystroke, a toggle, another issue)
    current_changed = Signal(int)  # position of the current hit in `hits` (-1: none)

    def __init__(self, shell: Shell, session: ReadingSession, pane: StoryPane,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.session = session
        self.pane = pane
        self.index: IssueIndex | None = None
        self.hits: list[Hit] = []
        self.current = -1
        self._positions: dict[str, list[int]] = {}        # item id -> positions of its hits in `hits`
        self._keys: dict[str, tuple[int, int]] = {}
        self._prepared: set[SearchOptions] = set()
        self._preparing: set[SearchOptions] = set()
        self._moving = False
        self._warm_up_started = False
        self._counts: dict[str, int] | None = None       # hit counts the sidebar shows
        self._counts_issue: Issue | None = None
        self._panel_stale = False
        self._active = False
        self._lists_timer = QTimer(self)
        self._lists_timer.setSingleShot(True)
        self._lists_timer.setInterval(0)
        self._lists_timer.timeout.connect(self.update_lists)

        self.bar = FindBar()
        self.bar.hide()
        shell.add_bar(self.bar, top=True)
        self.panel = ResultsPanel()
        self.dock = shell.add_dock(self.panel, self.tr("Search Results"), "findResultsDock")
        self.dock.hide()
        self.dock.visibilityChanged.connect(lambda visible: self._fill_panel() if visible else None)
        self.keywords = KeywordFeeder(shell, session, pane, self)
        shell.commands.set_enabled("edit.find_close", False)

        self.bar.query_changed.connect(lambda _text: self.search(move=True))
        self.bar.options_changed.connect(lambda: self.search(move=True))
        self.bar.next_requested.connect(self.next_hit)
        self.bar.previous_requested.connect(self.previous_hit)
        self.bar.close_requested.connect(self.close)
        self.bar.edit.textEdited.connect(lambda _text: shell.open_search_surface(SEARCH_SURFACE))
        shell.on_search_surface_opened(
            lambda name: self.close() if name != SEARCH_SURFACE and self.bar.isVisible() else None)
        self.panel.hit_activated.connect(self.go_to)
        session.issue_loaded.connect(self._on_issue_loaded)
        session.current_item_changed.connect(self._on_item_changed)
        pane.story_shown.connect(self._on_story_shown)
        pane.keyword_activated.connect(self.open)
        self.bar.set_word_mode_available(words.is_ready())
        if session.issue is not None:        # built after the session showed its issue (start-up)
            self._on_issue_loaded(session.issue)

    # ---- opening and closing
    def open(self, text: str | None = None, claim: bool = True) -> None:
        """Show the find bar (and the results) with the cursor in it; with text, search for it.

        claim: the reader opened find, so another search surface (the library search) closes; without
        it (show_query: the library's query shown in the issue) the bar opens without its results dock.
        """
        if claim:
            self.shell.open_search_surface(SEARCH_SURFACE)
        if not self.bar.isVisible():
            self.bar.show()
            if claim:
                self.dock.show()
            self.shell.commands.set_enabled("edit.find_close", True)
        self._start_warm_up()
        self._prepare(SearchOptions())
        if text is not None:
            if text == self.bar.text():
                self.search(move=True)
            else:
                self.bar.set_text(text)
        self.bar.focus_field()

    def show_query(self, query: str, options: SearchOptions) -> None:
        """Search for a query with these toggles (e.g. a library result opened: its query highlighted)."""
        for box, on in ((self.bar.word_box, options.word), (self.bar.variants_box, options.variants)):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self.open(query, claim=False)        # the results on screen (the library's) stay

    def close(self) -> None:
        """Hide the bar and the results, forget the query: no highlights, the whole sidebar again."""
        self.bar.hide()
        self.dock.hide()
        self.shell.commands.set_enabled("edit.find_close", False)
        if self.bar.text():
            self.bar.set_text("")      # searches for nothing, which clears
        else:
            self.search()
        self.pane.focus_pane()

    def hide_results(self) -> None:
        """Hide the results dock (the bar and the highlights stay)."""
        self.dock.hide()

    def is_active(self) -> bool:
        """Whether a query with something to find is in force."""
        return not parse_query(self.bar.text()).is_empty()

    # ---- searching
    def _ensure_index(self) -> IssueIndex | None:
        issue = self.session.issue
        if issue is None:
            return None
        if self.index is None or self.index.issue is not issue:
            self.index = IssueIndex(issue)
            self._keys = reading_keys(issue)
            self._prepared.clear()
            self._preparing.clear()
        return self.index

    def _prepare(self, options: SearchOptions) -> None:
        """Fold (and for 全词匹配 segment) the issue's texts for these options in a worker."""
        index = self._ensure_index()
        if index is None or options in self._prepared or options in self._preparing:
            return
        self._preparing.add(options)
        self.shell.run_task(index.prepare, options,
                            on_done=lambda _none: self._prepared_for(index, options, None),
                            on_failed=lambda exc: self._prepared_for(index, options, exc))

    def _prepared_for(self, index: IssueIndex, options: SearchOptions, error: BaseException | None) -> None:
        if not shiboken6.isValid(self) or index is not self.index:
            return
        self._preparing.discard(options)
        if error is not None:
            self.shell.show_status(self.tr("Search cannot use this option: {error}").format(error=error), 8000)
            return
        self._prepared.add(options)
        if options == self.bar.options() and options != SearchOptions() and self.is_active():
            self.search(move=True)    # the search that was waiting for this

    def search(self, move: bool = False) -> None:
        """Search for the bar's query now; move: make the first hit from here current and show it."""
        index = self._ensure_index()
        query = self.bar.text()
        if index is None or parse_query(query).is_empty():
            self._apply([], move=False, active=False)
            return
        options = self.bar.options()
        if options != SearchOptions() and options not in self._prepared:
            self._prepare(options)           # word segmentation or 繁→简 folding: a worker, then search
            self.bar.set_count(0, 0, self.tr("preparing…"))
            return
        hits = shown_hits(index.issue, index.search(query, options))    # only what the reader can see
        self._apply(in_reading_order(hits, self._keys), move=move, active=True)

    def set_hits(self, hits: list[Hit]) -> None:
        """Take hits (in reading order) as the results, the current one the first on screen; draws nothing."""
        self.hits = hits
        self._positions = {}
        for position, hit in enumerate(hits):
            self._positions.setdefault(hit.item, []).append(position)
        self.current = self._first_on_screen()

    def _apply(self, hits: list[Hit], move: bool, active: bool) -> None:
        self.set_hits(hits)
        self._active = active
        self._panel_stale = True
        if move and hits:
            self.current = self._first_from_here()
            self._show_current()
        else:
            self.refresh_highlights()
        self._update_count()
        self._lists_timer.start()    # the sidebar and the results follow once the pane is painted
        self.results_changed.emit()

    def update_lists(self) -> None:
        """Bring the sidebar's filter and counts and the results panel up to date with the hits now.

        Runs by itself in the event loop's next turn after a search (re-filtering the sidebar costs
        more than a frame in a big issue, the pane's highlights come first); call it to have it now.
        """
        self._lists_timer.stop()
        counts = hit_counts(self.hits) if self._active and self.hits else None   # no hits: every headline stays
        listed = self.pane.headlines_issue()
        if counts != self._counts or listed is not self._counts_issue:
            self._counts, self._counts_issue = counts, listed
            self.pane.show_hit_counts(counts)
        if self.dock.isVisible():
            self._fill_panel()

    def _fill_panel(self) -> None:
        """List the hits in the results panel (skipped while the dock is hidden, done when it shows)."""
        if self._panel_stale:
            self._panel_stale = False
            self.panel.set_hits(self.session.issue, self.hits)
            self.panel.set_no_hits(self.bar.text() if self._active and not self.hits else None)
        self._mark_in_panel()

    def _mark_in_panel(self) -> None:
        if not self._panel_stale:
            self.panel.set_current(self.current)

    def _here(self) -> tuple[int, int]:
        item_id = self.session.current_item_id
        return self._keys.get(item_id, (-1, 0)) if item_id else (-1, 0)

    def _first_from_here(self) -> int:
        """The first hit in or after the article on screen, in reading order (wrapping to the first)."""
        here = self._here()
        return next((n for n, hit in enumerate(self.hits) if self._keys.get(hit.item, here) >= here), 0)

    def _first_on_screen(self) -> int:
        """The first hit in the item on screen, else in its story; -1 when it has none."""
        item_id = self.session.current_item_id
        if item_id in self._positions:
            return self._positions[item_id][0]
        for shown in self.pane.shown_item_ids():
            if shown in self._positions:
                return self._positions[shown][0]
        return -1

    # ---- moving between hits
    def next_hit(self) -> None:
        """The next hit in reading order (wraps around; opens the bar when it is closed)."""
        self._step(1)

    def previous_hit(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.bar.isVisible():
            self.open()
        if not self.hits:
            return
        if self.current < 0:   # the reader moved to an article without hits: continue from there
            here = self._here()
            keys = [self._keys.get(hit.item, here) for hit in self.hits]
            if direction > 0:
                target = next((n for n, key in enumerate(keys) if key >= here), len(self.hits))
            else:
                target = next((n for n in range(len(keys) - 1, -1, -1) if keys[n] < here), -1)
        else:
            target = self.current + direction
        if not 0 <= target < len(self.hits):
            self.shell.show_status(
                self.tr("Passed the end of the issue, continuing from the start") if direction > 0 else
                self.tr("Passed the start of the issue, continuing from the end"), 3000)
        self.go_to(target % len(self.hits))

    def go_to(self, position: int) -> None:
        """Make the hit at position current: show its article and scroll to it."""
        if not 0 <= position < len(self.hits):
            return
        self.current = position
        self._show_current()
        self._update_count()

    def _show_current(self) -> None:
        hit = self.hits[self.current]
        shown = hit.item in self.pane.shown_item_ids()
        if self.session.current_item_id != hit.item or not shown:
            scroll = self.pane.scroll_value()
            self._moving = True
            try:
                self.session.show(hit.item)
            finally:
                self._moving = False
            if shown:
                self.pane.set_scroll_value(scroll)    # another part of the story on screen: stay put
        self.pane.scroll_to_hit(hit)
        self.refresh_highlights()
        self._mark_in_panel()
        self.current_changed.emit(self.current)

    def current_span(self) -> tuple[int, int] | None:
        """Where the current hit is in the pane's document (None: none, or not shown)."""
        if not 0 <= self.current < len(self.hits):
            return None
        return self.pane.hit_span(self.hits[self.current])

    def refresh_highlights(self) -> int:
        """Draw the hits of the story on screen, the current one distinct; returns blocks redrawn at once."""
        return self.pane.mark_hits(self.index.issue if self.index else None, self.hits, self.current)

    def _update_count(self) -> None:
        self.bar.set_count(self.current + 1, len(self.hits))

    # ---- the session's signals
    def _on_issue_loaded(self, issue: Issue) -> None:
        self.index = None
        self._ensure_index()
        self.keywords.reset(issue)
        if self.bar.isVisible():
            self._prepare(SearchOptions())
        self.search(move=False)    # the session shows its first article next; the current hit follows it

    def _on_item_changed(self, _item_id: str) -> None:
        if self._moving or not self.hits:
            return
        self.current = self._first_on_screen()
        self.refresh_highlights()
        self._update_count()
        self._mark_in_panel()
        self.current_changed.emit(self.current)

    def _on_story_shown(self, _ids: list[str]) -> None:
        if self._warm_up_started:
            self.keywords.start()

    # ---- jieba
    def load_words_in_background(self, delay_ms: int = WARM_UP_DELAY_MS) -> None:
        """Load jieba delay_ms from now (start-up asks for this just after the first paint). A find bar
        on its own loads jieba only when it opens, so tests and tools never start it behind their back."""
        QTimer.singleShot(delay_ms, self, self._start_warm_up)

    def _start_warm_up(self) -> None:
        """Load jieba's dictionary in a worker (once); then 全词匹配 and the keywords become available."""
        if self._warm_up_started:
            return
        self._warm_up_started = True
        if words.is_ready():
            self._on_words_ready()
            return
        self.shell.run_task(
            words.warm_up,
            on_done=lambda _none: self._on_words_ready() if shiboken6.isValid(self) else None,
            on_failed=lambda exc: self._on_words_failed(exc) if shiboken6.isValid(self) else None)

    def _on_words_ready(self) -> None:
        self.bar.set_word_mode_available(True)
        self.keywords.start()
        if self.bar.word_box.isChecked() and self.is_active():
            self.search(move=True)

    def _on_words_failed(self, error: BaseException) -> None:
        self.bar.word_box.setToolTip(self.tr("The word dictionary could not be loaded: {error}").format(error=error))
