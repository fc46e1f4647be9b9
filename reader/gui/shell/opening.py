"""Opening issues from the window: File ▸ Open, Open Folder, Open Recent, drops; what is opening and why
an issue could not be opened; the window title; Quit, the F1 list of keys, About."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...core.calendar_date import date as calendar_date
from ..widgets.labels import issue_title
from ..widgets.plain_text import menu_text
from .commands import QT_TRANSLATE_NOOP, Command, Submenu
from .menus import keys_help

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from ...core.model import Issue
    from ..session.session import ReadingSession
    from .open_progress import OpenProgress
    from .window import MainWindow

LIBRARY_PREFIX = "library:"      # how the library feature names its issues as locations
ISSUE_FILES = QT_TRANSLATE_NOOP("IssueOpening",
                                "Newspaper issues (*.md *.markdown *.txt *.xml *.rss *.htm *.html);;All files (*)")

COMMANDS = (
    Command("file.open", QT_TRANSLATE_NOOP("Commands", "&Open Issue File…"), "opening.choose_file",
            keys=("std:Open",), menu="file/open"),
    Command("file.open_folder", QT_TRANSLATE_NOOP("Commands", "Open Issue &Folder…"), "opening.choose_folder",
            keys=("Ctrl+Shift+O",), menu="file/open"),
    Submenu("file.recent", QT_TRANSLATE_NOOP("Commands", "Open &Recent"), "file/open", fill="opening.fill_recent"),
    Command("file.clear_recent", QT_TRANSLATE_NOOP("Commands", "&Clear Recent"), "opening.clear_recent"),
    Command("file.quit", QT_TRANSLATE_NOOP("Commands", "&Quit"), "opening.quit", keys=("std:Quit",),
            menu="file/quit"),
    Command("help.keys", QT_TRANSLATE_NOOP("Commands", "&Keyboard Shortcuts"), "opening.show_keys",
            keys=("F1",), menu="help/help"),
    Command("help.about", QT_TRANSLATE_NOOP("Commands", "&About"), "opening.show_about", menu="help/help"),
)


class IssueOpening(QObject):
    """The window's own commands (see the module docstring)."""

    def __init__(self, window: MainWindow, session: ReadingSession) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        window.commands.add(COMMANDS)
        window.commands.provide("opening", lambda: self)
        window.path_dropped.connect(lambda path: session.open(path))
        session.opening.connect(self._on_opening)
        session.opening_done.connect(lambda: window.show_status(""))
        session.open_failed.connect(lambda _path, message: window.show_error(
            self.tr("Cannot open this issue"), message))
        session.issue_loaded.connect(self._on_issue_loaded)
        self._progress: OpenProgress | None = None

    @property
    def progress(self) -> OpenProgress:
        """A long opening's 取消 in the status bar, and its Esc (made when first needed: not at start-up)."""
        if self._progress is None:
            from .open_progress import OpenProgress
            self._progress = OpenProgress(self.window, self.session)
        return self._progress

    def _on_opening(self, path: str) -> None:
        self.window.show_status(self.tr("Opening {path}…").format(path=path))
        if self._progress is None:
            self.progress.offer_later()     # (made now, it missed this opening's signal)

    def _on_issue_loaded(self, issue: Issue) -> None:
        if self.session.location:
            self.window.settings.add_recent_issue(self.session.location, issue.paper,
                                                  issue.date.isoformat() if issue.date else None)
        label = issue_title(issue.paper, issue.date)
        self.window.setWindowTitle(self.tr("{issue} — Newspaper Reader").format(issue=label or self.session.location))

    def _start_dir(self) -> str:
        location = self.session.location
        return str(Path(location).parent) if location and not location.startswith("library:") else str(Path.home())

    def choose_file(self) -> None:
        path = self.window.dialogs.open_file(self.window, self.tr("Open Issue File"), self._start_dir(),
                                             self.tr(ISSUE_FILES))
        if path:
            self.session.open(path)

    def choose_folder(self) -> None:
        path = self.window.dialogs.open_folder(self.window, self.tr("Open Issue Folder"), self._start_dir())
        if path:
            self.session.open(path)

    def fill_recent(self, menu: QMenu) -> None:
        """The recent issues, newest first, then Clear Recent."""
        menu.clear()
        recent = self.window.settings.recent_issues()
        menu.setToolTipsVisible(True)
        for path in recent:
            action = menu.addAction(menu_text(self.recent_label(path)))
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.session.open(p))
        if recent:
            menu.addSeparator()
        clear = self.window.menu_bar.action("file.clear_recent")
        if clear is not None:
            menu.addAction(clear)
        self.window.commands.set_enabled("file.clear_recent", bool(recent))

    def recent_label(self, location: str) -> str:
        """A recent issue as the menu shows it: paper and date (人民日报 2026年8月22日), an issue of the
        library marked so; the file or folder name when neither is known."""
        paper, iso = self.window.settings.recent_title(location)
        in_library = location.startswith(LIBRARY_PREFIX)
        if paper is None and iso is None and in_library:     # library:人民日报:2026-08-22
            paper, _, iso = location[len(LIBRARY_PREFIX):].rpartition(":")
        try:
            date = calendar_date.fromisoformat(iso) if iso else None
        except ValueError:
            date = None
        title = issue_title(paper or None, date) or (location[len(LIBRARY_PREFIX):] if in_library
                                                      else Path(location).name or location)
        return self.tr("{issue} (library)").format(issue=title) if in_library else title

    def clear_recent(self) -> None:
        self.window.settings.clear_recent_issues()

    def quit(self) -> None:
        self.window.close()

    def show_keys(self) -> None:
        self.window.dialogs.inform(self.window, self.tr("Keyboard Shortcuts"), keys_help(self.window.commands))

    def show_about(self) -> None:
        self.window.dialogs.inform(self.window, self.tr("About Newspaper Reader"), self.about_text())

    def about_text(self) -> str:
        """What About says: what the reader is, and its version (from the installed package)."""
        from importlib import metadata
        try:
            version = metadata.version("newspaper-reader")
        except metadata.PackageNotFoundError:
            version = "?"
        return self.tr("Newspaper Reader {version}").format(version=version) + "\n\n" + self.tr(
            "Read Chinese newspaper issues as text, page by page, with stories followed across pages.")
