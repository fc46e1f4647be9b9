"""The library in the reader's window: panels, dock, commands, opening library issues, the library's life.

The library feature adds the 往期 and 收藏 tabs, the library search dock, File ▸ Import into
Library…, Edit ▸ Bookmark Article (Ctrl+D) and Search Library… (Ctrl+Shift+F), Go ▸ Continue Reading.
Nothing of the library is opened on the start-up path: start-up builds this just after the first
story is painted and calls start() a moment later (or a library feature is used first); a file that
cannot be used brings up the choice of problem.py. All library work goes through a LibraryAccess
(core/library_access.py) in the library's own thread (service.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QTimer

from ..widgets.messages import messages
from ..widgets.plain_text import menu_text
from .bookmarks import BookmarkKeeper, BookmarksPanel, ReadingPositions, issue_label
from .commands import COMMANDS
from .maintenance import Maintenance
from .opener import (
    SETTINGS_KEY,
    library_key,
    library_location,
    library_path_of,
    load_library_issue,
    remembered_location,
)
from .panel import LibraryPanel
from .problem import Choice, ProblemDialogs, QtProblemDialogs
from .read_store import LibraryReadStore
from .search_view import LibrarySearchView, SearchRequest
from .service import LibraryService
from .trend_panel import TrendKeeper

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from ...core.library.results import LibraryHit, SearchPage
    from ...core.library_access import LibraryAccess
    from ...core.model import Issue
    from ..session.session import ReadingSession
    from ..shell.protocol import Shell
    from .ports import ScrollPosition

OPEN_DELAY_MS = 800                     # after the first story is painted, the library is opened
CITE_LIMIT = 1000                       # search results cited at most (the first, in the search's order)
DOCK_WIDTH = 340                        # the search dock's width when it first shows (pixels, at most)
SEARCH_SURFACE = "library"              # its name among the shell's search surfaces (one open at a time)


class LibraryController(QObject):
    """Owns the library's service thread, panels, dock and commands for one window."""

    def __init__(self, shell: Shell, session: ReadingSession, pane: ScrollPosition, location: str | None = None,
                 words_after_import: bool = True, problems: ProblemDialogs | None = None,
                 remember_positions: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.session = session
        self.location = library_location(location, remembered_location(shell.settings))
        self.problems: ProblemDialogs = problems or QtProblemDialogs()
        self.available = True
        self.service = LibraryService(self.location, self)
        self.service.opened.connect(self._on_opened)
        self.service.open_failed.connect(self._on_open_failed)
        session.register_opener("library:", self.load_issue)
        self._highlight: tuple[str, LibraryHit, SearchRequest] | None = None
        self._asking = False

        self.panel = LibraryPanel()
        self.panel_tab = shell.add_panel(self.panel, self.tr("Library"), on_shown=self.start)
        self.bookmarks_panel = BookmarksPanel()
        self.bookmarks_tab = shell.add_panel(self.bookmarks_panel, self.tr("Bookmarks"), on_shown=self.start)
        self.search_view = LibrarySearchView()
        self.search_dock = shell.add_dock(self.search_view, self.tr("Library Search"), "librarySearchDock",
                                          right=True)
        self.trend = TrendKeeper(self.service, self.search_view, self)
        self.maintenance = Maintenance(self, words_after_import, self)
        self.bookmarks = BookmarkKeeper(shell, session, self.service, self.bookmarks_panel, self)
        self.positions = ReadingPositions(session, pane, self.service, remember_positions, self)
        session.read_marks.set_store(LibraryReadStore(self.service, self))
        shell.commands.add(COMMANDS)
        shell.commands.provide("library", lambda: self)
        self._connect()

    def _connect(self) -> None:
        p = self.panel
        p.issue_activated.connect(lambda key: self.open_issue(key))
        p.import_requested.connect(self.show_import)
        p.search_requested.connect(self.show_search)
        p.continue_requested.connect(self.continue_reading)
        p.remove_requested.connect(self.remove_issue)
        p.export_requested.connect(self.export_issue)
        p.retry_requested.connect(lambda: self._on_open_failed(self.service.error or RuntimeError("?")))
        self.bookmarks_panel.bookmark_activated.connect(lambda key, item: self.open_issue(key, item))
        self.bookmarks.changed.connect(self.refresh)
        self.positions.recent_changed.connect(self._on_recent)
        self.search_view.search_requested.connect(self.run_search)
        self.search_view.hit_activated.connect(self.open_hit)
        self.search_view.repair_requested.connect(lambda: self.maintenance.repair())
        self.session.issue_loaded.connect(self._on_issue_loaded)
        self.search_dock.visibilityChanged.connect(lambda visible: self.start() if visible else None)
        self.shell.on_close(self.shutdown)
        self.shell.on_search_surface_opened(
            lambda name: self.search_dock.hide() if name != SEARCH_SURFACE else None)

    # ---- opening the library
    def start(self) -> None:
        """Open the library (in its thread) unless that was done or refused."""
        if self.available and not self.service.started():
            self.service.start()

    def start_later(self, delay_ms: int = OPEN_DELAY_MS) -> None:
        QTimer.singleShot(delay_ms, self, self.start)

    def _on_opened(self, _location: str) -> None:
        self.available = True
        self.panel.show_message(self.tr("Reading the library…"))
        self.refresh()
        self.bookmarks.refresh()
        self.bookmarks.update_state()
        self.positions.refresh()
        self.maintenance.index_pending_if_needed()

    def _on_open_failed(self, error: BaseException) -> None:
        """Say why the library cannot be used and do what the reader chooses."""
        if self._asking or not shiboken6.isValid(self):
            return
        problem = messages().library_problem(error)
        self.available = False
        if getattr(error, "code", None) == "engine-unavailable":   # a server the reader has no engine for
            self.panel.show_message(self.tr("The library {location} needs a {engine} engine, which this reader "
                                            "does not have; only library files can be opened.").format(
                location=self.location, engine=getattr(error, "scheme", "")), retry=False)
            return
        self.panel.show_message(self.tr("The library is not available:\n{problem}").format(problem=problem),
                                retry=True)
        self._asking = True
        try:
            choice = self.problems.ask(self.shell.widget(), self.location, problem)
        finally:
            self._asking = False
        if choice is Choice.OTHER:
            other = self.problems.choose_file(self.shell.widget(), str(Path(self.location).parent))
            if other is not None:
                self.use_library(other, remember=True)
        elif choice is Choice.REBUILD:
            self.maintenance.rebuild()

    def use_library(self, location: str, remember: bool = False) -> None:
        """Switch to the library at location (remembered for later runs when asked)."""
        self.location = str(location)
        if remember:
            self.shell.settings.store.setValue(SETTINGS_KEY, self.location)
        self.available = True
        self.panel.show_message(self.tr("Opening the library…"))
        self.service.reopen(self.location)

    # ---- refreshing
    def refresh(self) -> None:
        """Bring the panel and the search view's paper list up to date with the library."""
        self.service.submit(lambda lib: lib.issues(), on_done=self._show_issues,
                            on_failed=lambda exc: self.panel.show_message(messages().library_error(exc),
                                                                          retry=False))

    def _show_issues(self, infos: list[Any]) -> None:
        if not shiboken6.isValid(self):
            return
        self.panel.set_issues(infos)
        self.search_view.set_papers(self.panel.model.paper_names())
        self.search_view.set_library_size(len(infos))
        key = library_key(self.session.location)
        if key:
            self.panel.select_issue(key)

    def _on_recent(self, _recent: list[tuple[Any, Any]] | None = None) -> None:
        first = self._continue_target()
        self.panel.set_continue(self._position_label(*first) if first else None)

    def _continue_target(self) -> tuple[Any, Any] | None:
        """The position to continue from: the one saved last, of an issue still there and not on screen."""
        here = library_key(self.session.location)
        return next(((pos, info) for pos, info in self.positions.recent
                     if info is not None and pos.issue_key != here), None)

    def _position_label(self, position: Any, info: Any) -> str:
        label = issue_label(info.paper, info.date) if info else position.issue_key
        if position.page:
            label += " · " + self.tr("Page {page}").format(page=position.page)
        return label

    def fill_continue_menu(self, menu: QMenu) -> None:
        """Go ▸ Continue Reading: the issues read last, where reading stopped."""
        menu.clear()
        shown = [(pos, info) for pos, info in self.positions.recent if info is not None]
        for pos, info in shown:
            action = menu.addAction(menu_text(self._position_label(pos, info)))
            action.triggered.connect(lambda _checked=False, k=pos.issue_key: self.open_issue(k))
        if not shown:
            empty = menu.addAction(self.tr("Nothing read in the library yet"))
            empty.setEnabled(False)

    # ---- opening issues of the library
    def load_issue(self, path: str) -> Issue:
        """The library issue named library:<key> (runs on the thread pool, with its own connection)."""
        return load_library_issue(self.location, path)

    def open_issue(self, key: str, item_id: str | None = None) -> None:
        """Open a library issue: at item_id, else where reading stopped, else at its first article."""
        if item_id is not None:
            self._show(key, item_id, 0.0)
            return
        self.service.submit(lambda lib: lib.position(key),
                            on_done=lambda pos: self._show(key, pos.item if pos else None,
                                                           pos.fraction if pos else 0.0),
                            on_failed=lambda _exc: self._show(key, None, 0.0))

    def continue_reading(self) -> None:
        """Open the library issue read last (other than the one on screen), where reading stopped."""
        target = self._continue_target()
        if target is not None:
            self.open_issue(target[0].issue_key)

    def _show(self, key: str, item_id: str | None, fraction: float) -> None:
        path = library_path_of(key)
        self.positions.restore_fraction(key, fraction)
        if self.session.location == path and self.session.issue is not None:
            target = item_id or self.session.current_item_id
            if target:
                self.session.show(target)
                self.positions.apply_fraction()
            return
        self.session.open(path, item_id)

    def _on_issue_loaded(self, _issue: Issue) -> None:
        key = library_key(self.session.location)
        if key:
            self.panel.select_issue(key)
        self._on_recent()
        if self._highlight is not None and self._highlight[0] == self.session.location:
            QTimer.singleShot(0, self, self._apply_highlight)

    def step_issue(self, step: int) -> None:
        """Open the same paper's issue before (-1) or after (1) the one on screen, from the library."""
        issue, location = self.session.issue, self.session.location
        if issue is None:
            return
        key = library_key(location)

        def find(lib: LibraryAccess) -> tuple[str, str | None]:
            here = key or lib.stored_key(issue)
            if here is None:
                return "not-stored", None
            info = lib.adjacent_issue(here, step)
            return ("found", info.key) if info is not None else ("none", None)

        self.service.submit(find, on_done=lambda found: self._stepped(step, issue, *found),
                            on_failed=lambda exc: self.shell.show_status(str(exc), 6000))

    def _stepped(self, step: int, issue: Issue, outcome: str, key: str | None) -> None:
        if not shiboken6.isValid(self):
            return
        if outcome == "found" and key is not None:
            self.open_issue(key)
        elif outcome == "not-stored":
            self.shell.show_status(self.tr("This issue is not in the library: import it to step through "
                                           "its paper's other issues."), 6000)
        else:
            paper = f"《{issue.paper}》" if issue.paper else self.tr("this paper")
            self.shell.show_status((self.tr("No earlier issue of {paper} in the library.") if step < 0 else
                                    self.tr("No later issue of {paper} in the library.")).format(paper=paper),
                                   6000)

    def remove_issue(self, key: str) -> None:
        """Remove an issue from the library after asking (bookmarks and positions stay)."""
        if not self.shell.dialogs.confirm(self.shell.widget(), self.tr("Remove from Library"), self.tr(
                "Remove {issue} from the library? Its files, if any, are not touched.").format(issue=key)):
            return
        self.service.submit(lambda lib: lib.remove_issue(key), on_done=lambda _r: self.refresh())

    def export_issue(self, key: str) -> None:
        """Export a library issue (from the panel) as Markdown or text (the export feature asks where)."""
        self.service.submit(lambda lib: lib.load_issue(key),
                            on_done=lambda issue: self.shell.commands.run("export.issue", issue),
                            on_failed=lambda exc: self.shell.show_error(self.tr("Cannot export"),
                                                                        messages().library_error(exc)))

    # ---- commands
    def toggle_bookmark(self) -> None:
        self.bookmarks.toggle()

    def show_import(self, paths: list[str] | None = None) -> Any:
        return self.maintenance.show_import(paths)

    def compact(self) -> None:
        self.maintenance.compact()

    # ---- search
    def show_search(self) -> None:
        """Show the library search and put the cursor in its field (the find bar closes: one search at a time)."""
        self.shell.open_search_surface(SEARCH_SURFACE)
        self.start()
        self.shell.show_dock(self.search_dock, DOCK_WIDTH)
        self.search_view.focus_field()

    def search_for(self, query: str) -> None:
        """Show the library search with a query searched for (e.g. a word looked up)."""
        self.show_search()
        self.search_view.set_query(query)

    def run_search(self, request: SearchRequest) -> None:
        self.service.submit(lambda lib: lib.search(request),
                            on_done=lambda page: self._show_page(request, page),
                            on_failed=lambda exc: self.search_view.show_error(request, exc))

    def _show_page(self, request: SearchRequest, page: SearchPage) -> None:
        if shiboken6.isValid(self):
            self.search_view.show_page(request, page)

    def open_hit(self, hit: LibraryHit, request: SearchRequest) -> None:
        """Open a result's issue at its article, with the query highlighted there."""
        path = library_path_of(hit.article.issue_key)
        self._highlight = (path, hit, request)
        if self.session.location == path and self.session.issue is not None:
            self._apply_highlight()
        else:
            self.positions.restore_fraction(hit.article.issue_key, 0.0)
            self.session.open(path, hit.article.item)

    def highlight_pending(self) -> bool:
        """Whether a result opened is still waiting for its issue to have its query highlighted."""
        return self._highlight is not None

    def _apply_highlight(self) -> None:
        if self._highlight is None or self._highlight[0] != self.session.location:
            return
        _path, hit, request = self._highlight
        self._highlight = None
        self.session.show(hit.article.item)
        self.shell.commands.run("find.show_query", request.query, request.options)

    # ---- citing
    def cite_results(self) -> None:
        """Edit ▸ Cite Search Results…: the articles the library search on screen finds (up to CITE_LIMIT)."""
        request = self.search_view.request
        if request is None:
            self.shell.show_status(self.tr("Search the library first: its results are what is cited."), 5000)
            self.show_search()
            return
        query = request.query

        def show(answer: tuple[list[Any], int]) -> None:
            records, total = answer
            what = self.tr("Articles found for “{query}”: {n}").format(query=query, n=len(records))
            if total > len(records):
                what += " " + self.tr("(the first {n} of {total})").format(n=len(records), total=total)
            self.shell.commands.run("cite.show", records, what)
        self.service.submit(lambda lib: lib.cite_search(request, CITE_LIMIT), on_done=show,
                            on_failed=lambda exc: self.shell.show_error(self.tr("Cannot cite"), str(exc)))

    def cite_bookmarks(self) -> None:
        """Edit ▸ Cite All Bookmarks…: every bookmarked article, newest bookmark first."""
        self.service.submit(lambda lib: lib.cite_bookmarks(),
                            on_done=lambda records: self.shell.commands.run(
                                "cite.show", records, self.tr("Bookmarked articles: {n}").format(n=len(records))),
                            on_failed=lambda exc: self.shell.show_error(self.tr("Cannot cite"), str(exc)))

    # ---- closing
    def shutdown(self) -> None:
        """Save the reading position, stop the background work (what is done stays), close the library."""
        if self.service.is_open:
            self.positions.save_now()
        self.maintenance.stop()
        self.service.stop()
