"""--screenshot: the window rendered offscreen to a PNG, with an article, a search or the library shown.

Everything happens on this thread in one go, through the features' public methods; what they leave to
workers (jieba's keywords, the library's jobs) is waited for before the picture is taken. The user's
settings are neither read nor changed; the library is only read.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QDeadlineTimer, QSettings, QThread, QThreadPool
from PySide6.QtWidgets import QApplication

from .library.controller import LibraryController
from .library.opener import library_path_of
from .library.problem import NoProblemDialogs
from .session.loading import describe_error
from .shell.settings import ReaderSettings
from .startup import Reader

TIMEOUT_MS = 20000


def wait_for(condition: Callable[[], bool], timeout_ms: int = TIMEOUT_MS) -> bool:
    """Process events until condition() holds (True) or the time is up (False)."""
    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        if deadline.hasExpired():
            return False
        QApplication.processEvents()
        QThread.msleep(5)
    return True


def settle(timeout_ms: int = TIMEOUT_MS) -> None:
    """Let the pool's workers (and the work they start) finish and report."""
    pool = QThreadPool.globalInstance()
    for _round in range(10):
        pool.waitForDone(timeout_ms)
        QApplication.processEvents()
        if pool.activeThreadCount() == 0:
            break


def show_search(reader: Reader, query: str) -> None:
    """The find bar open on query, its hits marked, jieba's keywords under the headline."""
    from ..core.search import words
    words.warm_up()
    find = reader.find
    find.open(query)
    find.bar.edit.deselect()
    settle()
    find.update_lists()
    reader.reading.draw_marks_now()
    if 0 <= find.current < len(find.hits):
        reader.reading.scroll_to_hit(find.hits[find.current])     # the keywords line moved the text down


def show_library(reader: Reader, library: LibraryController, panel: str | None, query: str | None) -> str | None:
    """Open the library now and show a panel and/or a search (and open its first result); an error or None."""
    library.start()
    if not wait_for(lambda: not library.service.started() or library.service.idle()):
        return "the library did not open in time"
    if library.service.error is not None:
        return str(library.service.error)
    if panel == "library":
        reader.window.show_panel(library.panel_tab)
    elif panel == "bookmarks":
        reader.window.show_panel(library.bookmarks_tab)
    if query:
        library.show_search()
        library.search_view.set_query(query)
    if not wait_for(library.service.idle):
        return "the library search did not finish in time"
    view = library.search_view
    first = view.model.index(0, 0, view.model.index(0, 0))
    hit = view.model.hit_at(first)
    if query and hit is not None and view.request is not None:   # open it, highlighted
        view.tree.setCurrentIndex(first)
        library.open_hit(hit, view.request)
        path = library_path_of(hit.article.issue_key)
        if not wait_for(lambda: reader.session.location == path and not library.highlight_pending()):
            return "the result did not open in time"
        reader.find.update_lists()
        reader.reading.draw_marks_now()
        reader.find.hide_results()            # the library's results are the ones to show here
        settle()
    return None


def take_screenshot(args: argparse.Namespace, sample: str) -> int:
    """Render the window with the article offscreen to a PNG; 0 on success, 2 on bad input."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = ReaderSettings(QSettings(str(Path(tmp) / "screenshot.ini"), QSettings.Format.IniFormat))
        reader = Reader(settings, theme=args.theme or "light")
        window = reader.window
        window.resize(args.size)
        window.splitter.setSizes([max(280, args.size.width() // 4), args.size.width()])
        path = args.path or sample
        library = None
        if args.panel or args.library_search or path.startswith("library:"):
            library = reader.install_library(args.library, words_after_import=False, problems=NoProblemDialogs(),
                                             remember_positions=False)
        window.show()
        try:
            issue = reader.session.open_now(path)
        except Exception as exc:  # any importer failure ends the run with its message, no dialog
            print(f"main.py: {describe_error(path, exc)}", file=sys.stderr)
            return 2
        reader.session.set_issue(issue, path, args.article)
        if args.article and reader.session.current_item_id != args.article:
            print(f"main.py: {path}: no article with id {args.article!r}", file=sys.stderr)
            return 2
        if args.find:
            show_search(reader, args.find)
        if library is not None:
            problem = show_library(reader, library, args.panel, args.library_search)
            if problem:
                print(f"main.py: library: {problem}", file=sys.stderr)
                return 2
        window.resize(args.size)       # panels and docks shown above may have widened the window
        QApplication.processEvents()
        image = window.grab()
        window.close()
        from ..core.errors import OutputError
        from ..core.safe_write import check_target, issue_sources
        try:  # never over the library or the issue's own files
            check_target(args.screenshot, library.location if library is not None else args.library,
                         issue_sources(issue))
        except OutputError as exc:
            print(f"main.py: {exc}", file=sys.stderr)
            return 2
        if not image.save(args.screenshot, "PNG"):
            print(f"main.py: {args.screenshot}: cannot write the PNG file", file=sys.stderr)
            return 2
    return 0
