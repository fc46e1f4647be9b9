"""The library in the reader's window: panels, menus, opening library issues, and the library's life.

install_library(window, path) adds the 往期 and 收藏 tabs, the library search dock, File ▸ Import
into Library… and the export actions, Edit ▸ Bookmark Article (Ctrl+D) and Search Library…
(Ctrl+Shift+F), Go ▸ Continue Reading, and an opener for `library:<key>` (so the last issue read
can be reopened at start). Nothing of the library is opened on the start-up path: the file is opened
in the library's own thread a moment after the first story is painted (or when a library feature is
first used); a file that cannot be used brings up the choice of library_problem.py.

Where the library is: --library PATH, else $READER_LIBRARY, else the file chosen in an earlier run
(after "Open Another Library"), else library.sqlite3 in the user data folder (platformdirs).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QDeadlineTimer, QEvent, QObject, Qt, QThread, QThreadPool, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox

from . import library_problem
from .bookmarks import BookmarkKeeper, BookmarksPanel, ReadingPositions, issue_label
from .import_dialog import ImportDialog
from .library_export import ExportActions
from .library_opener import (SETTINGS_KEY, library_key, library_location, library_path_of, load_library_issue,
                             remembered_location)
from .library_panel import LibraryPanel
from .library_search_view import LibrarySearchView, SearchRequest, run_search
from .library_service import BackgroundLibraryTask, LibraryService
from .plain_text import as_written, menu_text

if TYPE_CHECKING:
    from ..core.library import ImportReport
    from ..core.library.search import LibraryHit, SearchPage
    from ..core.model import Issue
    from .main_window import MainWindow

OPEN_DELAY_MS = 800                     # after the first story is painted, the library is opened
DOCK_WIDTH = 340                        # the search dock's width when it first shows (pixels, at most)


class LibraryController(QObject):
    """Owns the library's service thread, panels, dock and actions for one window."""

    def __init__(self, window: MainWindow, path: str | Path | None = None, words_after_import: bool = True) -> None:
        super().__init__(window)
        self.window = window
        window.ensure_commands()          # its menu entries go after the window's own
        self.path = library_location(path, remembered_location(window))
        self.open_delay_ms = OPEN_DELAY_MS
        self.words_after_import = words_after_import
        self.available = True
        self.ask_on_failure = True              # False for --screenshot: report, never wait for a choice
        self.service = LibraryService(self.path, self)
        self.service.opened.connect(self._on_opened)
        self.service.open_failed.connect(self._on_open_failed)
        window.register_opener("library:", self.load_issue)
        self.import_dialog: ImportDialog | None = None
        self.tasks: set[BackgroundLibraryTask] = set()
        self.word_task: BackgroundLibraryTask | None = None
        self._highlight: tuple[str, LibraryHit, SearchRequest] | None = None
        self._asking = False

        self.panel = LibraryPanel()
        self.panel_tab = window.add_left_panel(self.panel, self.tr("Library"))
        self.bookmarks_panel = BookmarksPanel()
        self.bookmarks_tab = window.add_left_panel(self.bookmarks_panel, self.tr("Bookmarks"))
        self.search_view = LibrarySearchView()
        self.search_dock = window.add_dock(self.search_view, self.tr("Library Search"), "librarySearchDock",
                                           Qt.DockWidgetArea.RightDockWidgetArea)
        if window.settings.window_state() is None or not window.restoreDockWidget(self.search_dock):
            self.search_dock.hide()
        self.words_label = QLabel()
        self.words_label.setObjectName("wordIndexProgress")
        self.words_label.hide()
        window.statusBar().addPermanentWidget(self.words_label)

        self.bookmarks = BookmarkKeeper(window, self.service, self.bookmarks_panel)
        self.positions = ReadingPositions(window, self.service)
        self.exports = ExportActions(window, lambda: self.path)
        self._build_actions()
        self._connect()

    # ---- building
    def _build_actions(self) -> None:
        w = self.window
        self.act_import = QAction(self.tr("&Import into Library…"), w)
        self.act_import.setObjectName("importIntoLibrary")
        self.act_import.setShortcut(QKeySequence("Ctrl+I"))
        self.act_import.triggered.connect(lambda _checked=False: self.show_import())
        self.act_search = QAction(self.tr("Search &Library…"), w)
        self.act_search.setObjectName("searchLibrary")
        self.act_search.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.act_search.triggered.connect(lambda _checked=False: self.show_search())
        self.act_compact = QAction(self.tr("Co&mpact Library"), w)
        self.act_compact.setObjectName("compactLibrary")
        self.act_compact.triggered.connect(lambda _checked=False: self.compact())
        for action in (self.act_import, self.act_search):
            w.addAction(action)
        file_menu = w.menus["file"]
        quit_action = getattr(w, "act_quit", None)
        before = quit_action if quit_action in file_menu.actions() else None
        if before is not None:
            file_menu.insertSeparator(before)
            file_menu.insertActions(before, [self.act_import, self.exports.act_article, self.exports.act_issue,
                                             self.act_compact])
            file_menu.insertSeparator(before)
        else:
            file_menu.addActions([self.act_import, self.exports.act_article, self.exports.act_issue, self.act_compact])
        edit_menu = w.menus["edit"]
        edit_menu.addSeparator()
        edit_menu.addActions([self.bookmarks.action, self.act_search])
        self.continue_menu = QMenu(self.tr("&Continue Reading"), w)
        self.continue_menu.setObjectName("continueReadingMenu")
        self.continue_menu.aboutToShow.connect(self._fill_continue_menu)
        w.menus["go"].addSeparator()
        w.menus["go"].addMenu(self.continue_menu)

    def _connect(self) -> None:
        w = self.window
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
        w.left_panels.currentChanged.connect(self._on_tab_changed)
        w.article.first_story_painted.connect(lambda: QTimer.singleShot(self.open_delay_ms, self, self.start))
        w.issue_loaded.connect(self._on_issue_loaded)
        self.search_dock.visibilityChanged.connect(lambda visible: self.start() if visible else None)
        w.installEventFilter(self)

    # ---- opening the library
    def start(self) -> None:
        """Open the library (in its thread) unless that was done or refused."""
        if self.available and not self.service.started():
            self.service.start()

    def _on_tab_changed(self, index: int) -> None:
        if index in (self.panel_tab, self.bookmarks_tab):
            self.start()

    def _on_opened(self, _path: Path) -> None:
        self.available = True
        self.panel.show_message(self.tr("Reading the library…"))
        self.refresh()
        self.bookmarks.refresh()
        self.bookmarks.update_state()
        self.positions.refresh()
        self.service.submit(lambda lib: lib.pending_count(), on_done=self._index_pending_if_needed)

    def _on_open_failed(self, error: BaseException) -> None:
        """Say why the library cannot be used and do what the reader chooses."""
        if self._asking or not shiboken6.isValid(self):
            return
        problem = getattr(error, "problem", None) or str(error)
        self.available = False
        self.panel.show_message(self.tr("The library is not available:\n{problem}").format(problem=problem),
                                retry=True)
        if not self.ask_on_failure:
            return
        self._asking = True
        try:
            choice = library_problem.ask_about_library(self.window, self.path, problem)
        finally:
            self._asking = False
        if choice is library_problem.Choice.OTHER:
            other = library_problem.choose_library_file(self.window, self.path.parent)
            if other is not None:
                self.use_library(other, remember=True)
        elif choice is library_problem.Choice.REBUILD:
            self.rebuild()

    def use_library(self, path: Path, remember: bool = False) -> None:
        """Switch to the library file at path (remembered for later runs when asked)."""
        self.path = Path(path)
        if remember:
            self.window.settings.store.setValue(SETTINGS_KEY, str(self.path))
        self.available = True
        self.panel.show_message(self.tr("Opening the library…"))
        self.service.reopen(self.path)

    def rebuild(self) -> None:
        """Move the bad file aside and build a new library from what can be read (in a worker)."""
        self.panel.show_message(self.tr("Rebuilding the library…"))
        path = self.path

        def work() -> Any:
            from ..core.library.repair import rebuild
            return rebuild(path)

        self.window.run_in_background(work, on_done=self._rebuilt, on_failed=self._rebuild_failed)

    def _rebuilt(self, report: Any) -> None:
        lines = [self.tr("The old file was kept as {backup}.").format(backup=report.backup),
                 self.tr("{kept} issues kept, {again} imported again from their files, {lost} lost.").format(
                     kept=len(report.salvaged), again=len(report.reimported), lost=len(report.lost))]
        lines += report.lost[:10]
        if report.problem:
            lines.append(report.problem)
        self.window.statusBar().showMessage(lines[1], 8000)
        QMessageBox.information(self.window, self.tr("Library Rebuilt"), as_written("\n".join(lines)))
        self.use_library(self.path)

    def _rebuild_failed(self, error: BaseException) -> None:
        self.panel.show_message(self.tr("The library could not be rebuilt:\n{error}").format(error=error), retry=True)
        self.window.show_error(self.tr("The library could not be rebuilt"), str(error))

    def _index_pending_if_needed(self, pending: int) -> None:
        """Articles left out of the text index (an import was stopped hard): index them in the background."""
        if pending:
            self._run_task(lambda lib, report, cancelled: lib.index_pending(lambda d, t: report((d, t))),
                           self.tr("Indexing the library: {percent}%"))

    # ---- refreshing
    def refresh(self) -> None:
        """Bring the panel and the search view's paper list up to date with the library."""
        self.service.submit(lambda lib: lib.issues(), on_done=self._show_issues,
                            on_failed=lambda exc: self.panel.show_message(str(exc), retry=False))

    def _show_issues(self, infos: list[Any]) -> None:
        if not shiboken6.isValid(self):
            return
        self.panel.set_issues(infos)
        self.search_view.set_papers(self.panel.model.paper_names())
        key = library_key(self.window.issue_path)
        if key:
            self.panel.select_issue(key)

    def _on_recent(self, _recent: list[tuple[Any, Any]] | None = None) -> None:
        first = self._continue_target()
        self.panel.set_continue(self._position_label(*first) if first else None)

    def _continue_target(self) -> tuple[Any, Any] | None:
        """The position to continue from: the one saved last, of an issue still there and not on screen."""
        here = library_key(self.window.issue_path)
        return next(((pos, info) for pos, info in self.positions.recent
                     if info is not None and pos.issue_key != here), None)

    def _position_label(self, position: Any, info: Any) -> str:
        label = issue_label(info.paper, info.date) if info else position.issue_key
        if position.page:
            label += " · " + self.tr("Page {page}").format(page=position.page)
        return label

    def _fill_continue_menu(self) -> None:
        self.continue_menu.clear()
        shown = [(pos, info) for pos, info in self.positions.recent if info is not None]
        for pos, info in shown:
            action = self.continue_menu.addAction(menu_text(self._position_label(pos, info)))
            action.triggered.connect(lambda _checked=False, k=pos.issue_key: self.open_issue(k))
        if not shown:
            empty = self.continue_menu.addAction(self.tr("Nothing read in the library yet"))
            empty.setEnabled(False)

    # ---- opening issues of the library
    def load_issue(self, path: str) -> Issue:
        """The library issue named library:<key> (runs on the thread pool, with its own connection)."""
        return load_library_issue(self.path, path)

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
        if self.window.issue_path == path and self.window.issue is not None:
            target = item_id or self.window.current_item_id
            if target:
                self.window.show_item(target)
                self.positions.apply_fraction()
            return
        self.window.open_path(path, item_id)

    def _on_issue_loaded(self, _issue: Issue) -> None:
        key = library_key(self.window.issue_path)
        if key:
            self.panel.select_issue(key)
        self._on_recent()
        if self._highlight is not None and self._highlight[0] == self.window.issue_path:
            QTimer.singleShot(0, self, self._apply_highlight)

    def compact(self) -> None:
        """File ▸ Compact Library: merge the text index and give freed space back to the disk."""
        self.window.statusBar().showMessage(self.tr("Compacting the library…"))
        self.service.submit(lambda lib: lib.compact(full=True), on_done=self._compacted,
                            on_failed=lambda exc: self.window.show_error(
                                self.tr("The library could not be compacted"), str(exc)))

    def _compacted(self, sizes: tuple[int, int]) -> None:
        before, after = (f"{n / 1048576:.1f}" for n in sizes)
        self.window.statusBar().showMessage(
            self.tr("Library compacted: {before} MB → {after} MB").format(before=before, after=after), 8000)

    def remove_issue(self, key: str) -> None:
        """Remove an issue from the library after asking (bookmarks and positions stay)."""
        answer = QMessageBox.question(self.window, self.tr("Remove from Library"), as_written(self.tr(
            "Remove {issue} from the library? Its files, if any, are not touched.").format(issue=key)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.service.submit(lambda lib: (lib.remove(key), lib.compact()), on_done=lambda _r: self.refresh())

    def export_issue(self, key: str) -> None:
        """Export a library issue (from the panel) as Markdown or text."""
        self.service.submit(lambda lib: lib.load_issue(key),
                            on_done=lambda issue: self.exports.export(article=False, issue=issue),
                            on_failed=lambda exc: self.window.show_error(self.tr("Cannot export"), str(exc)))

    # ---- search
    def show_search(self) -> None:
        """Show the library search and put the cursor in its field."""
        self.start()
        if not self.search_dock.isVisible():
            self.search_dock.show()
            width = min(DOCK_WIDTH, self.window.width() // 4)
            self.window.resizeDocks([self.search_dock], [width], Qt.Orientation.Horizontal)
        self.search_dock.raise_()
        self.search_view.focus_field()

    def run_search(self, request: SearchRequest) -> None:
        self.service.submit(lambda lib: run_search(lib, request),
                            on_done=lambda page: self._show_page(request, page),
                            on_failed=lambda exc: self.search_view.show_error(request, exc))

    def _show_page(self, request: SearchRequest, page: SearchPage) -> None:
        if shiboken6.isValid(self):
            self.search_view.show_page(request, page)

    def open_hit(self, hit: LibraryHit, request: SearchRequest) -> None:
        """Open a result's issue at its article, with the query highlighted there."""
        path = library_path_of(hit.article.issue_key)
        self._highlight = (path, hit, request)
        if self.window.issue_path == path and self.window.issue is not None:
            self._apply_highlight()
        else:
            self.positions.restore_fraction(hit.article.issue_key, 0.0)
            self.window.open_path(path, hit.article.item)

    def _apply_highlight(self) -> None:
        if self._highlight is None or self._highlight[0] != self.window.issue_path:
            return
        _path, hit, request = self._highlight
        self._highlight = None
        self.window.show_item(hit.article.item)
        find = getattr(self.window, "find", None)
        if find is not None and hasattr(find, "bar"):
            for box, on in ((find.bar.word_box, request.options.word), (find.bar.variants_box, request.options.variants)):
                box.blockSignals(True)
                box.setChecked(on)
                box.blockSignals(False)
            find.open(request.query)
            return
        self._reveal_first(hit, request)

    def _reveal_first(self, hit: LibraryHit, request: SearchRequest) -> None:
        """Without a find bar: select the first hit of the query in the field the snippet came from."""
        from ..core.search.fields import item_fields
        from ..core.search.folding import fold
        from ..core.search.query import parse_query
        issue = self.window.issue
        item = issue.item(hit.article.item) if issue else None
        terms = parse_query(request.query).include
        if item is None or not terms:
            return
        for f in item_fields(item):
            at = fold(f.text).find(terms[0].text)
            if at >= 0 and (f.field, f.block) == (hit.field, hit.block):
                self.window.reveal(item.id, f.field, f.block, at, len(terms[0].text))
                return

    # ---- import and the word index
    def show_import(self, paths: list[str] | None = None) -> ImportDialog:
        """Show the import dialog (one at a time), with these paths chosen."""
        if self.import_dialog is None:
            self.import_dialog = ImportDialog(self.path, self.window)
            self.import_dialog.imported.connect(self._on_imported)
        elif self.import_dialog.report is not None:
            self.import_dialog.reset()      # a new import: the last one's list and log are done with
        self.import_dialog.library_path = self.path
        if paths:
            self.import_dialog.add_paths(paths)
        self.import_dialog.show()
        self.import_dialog.raise_()
        return self.import_dialog

    def _on_imported(self, report: ImportReport) -> None:
        self.start()
        self.refresh()
        self.search_view.refresh()
        if self.words_after_import and (report.imported or report.replaced):
            self.build_word_index()

    def build_word_index(self) -> BackgroundLibraryTask | None:
        """Store jieba's word boundaries for 全词匹配 in the background, progress in the status bar."""
        if self.word_task is not None and self.word_task.running():
            return self.word_task
        self.word_task = self._run_task(
            lambda lib, report, cancelled: lib.build_word_index(lambda d, t: report((d, t)), cancelled),
            self.tr("Preparing whole-word search: {percent}%"))
        return self.word_task

    def _run_task(self, work: Any, progress_text: str) -> BackgroundLibraryTask:
        task = BackgroundLibraryTask(self.path, work, self)
        self.tasks.add(task)

        def progress(value: tuple[int, int]) -> None:
            done, total = value
            self.words_label.setText(progress_text.format(percent=done * 100 // max(1, total)))
            self.words_label.show()

        def finished(_value: Any) -> None:
            self.tasks.discard(task)
            self.words_label.hide()

        task.progress.connect(progress)
        task.done.connect(finished)
        task.failed.connect(finished)
        task.start()
        return task

    # ---- closing
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False

    def shutdown(self) -> None:
        """Save the reading position, stop the background work (what is done stays), close the library."""
        if self.service.is_open:
            self.positions.save_now()
        for task in list(self.tasks):
            task.cancel()
        if self.import_dialog is not None and self.import_dialog.task is not None:
            self.import_dialog.task.cancel()
            self.import_dialog.wait()
        for task in list(self.tasks):
            task.wait()
        self.service.stop()

    # ---- screenshots
    def prepare_screenshot(self, panel: str | None, query: str | None, timeout_ms: int = 20000) -> str | None:
        """Open the library now and show a panel and/or a search (for --screenshot); an error or None."""
        self.ask_on_failure = False
        self.positions.enabled = False          # a picture changes nothing in the library
        self.start()
        if not wait_for(lambda: not self.service.started() or self.service.idle(), timeout_ms):
            return "the library did not open in time"
        if self.service.error is not None:
            return str(self.service.error)
        if panel == "library":
            self.window.left_panels.setCurrentIndex(self.panel_tab)
        elif panel == "bookmarks":
            self.window.left_panels.setCurrentIndex(self.bookmarks_tab)
        if query:
            self.show_search()
            self.search_view.set_query(query)
        if not wait_for(self.service.idle, timeout_ms):
            return "the library search did not finish in time"
        first = self.search_view.model.index(0, 0, self.search_view.model.index(0, 0))
        hit = self.search_view.model.hit_at(first)
        if query and hit is not None and self.search_view.request is not None:   # open it, highlighted
            self.search_view.tree.setCurrentIndex(first)
            self.open_hit(hit, self.search_view.request)
            path = library_path_of(hit.article.issue_key)
            if not wait_for(lambda: self.window.issue_path == path and self._highlight is None, timeout_ms):
                return "the result did not open in time"
            find = getattr(self.window, "find", None)
            if find is not None:
                find.update_lists()
                find.highlighter.draw_now()
                find.dock.hide()            # the library's results are the ones to show here
            pool = QThreadPool.globalInstance()       # the find bar's workers (and those they start) report
            for _round in range(10):                  # before the picture is taken and the window goes
                pool.waitForDone(timeout_ms)
                QApplication.processEvents()
                if pool.activeThreadCount() == 0:
                    break
        return None


def wait_for(condition: Any, timeout_ms: int) -> bool:
    """Process events until condition() holds (True) or the time is up (False)."""
    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        if deadline.hasExpired():
            return False
        QApplication.processEvents()
        QThread.msleep(5)
    return True


def install_library(window: MainWindow, path: str | Path | None = None,
                    words_after_import: bool = True) -> LibraryController:
    """Give the window its library (see the module docstring); opens nothing yet."""
    controller = LibraryController(window, path, words_after_import)
    window.library = controller  # type: ignore[attr-defined]
    return controller
