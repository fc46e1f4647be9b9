"""收藏 and "continue reading": bookmarks on articles, and where reading of each library issue stopped.

Bookmarks and positions live in the library, keyed by the issue's library key and the item id. An
issue opened from the library is on screen as `library:<key>`. Bookmarking an article of an issue
opened from a file first adds that issue to the library (that is where bookmarks are kept).
The reading position (article and how far down it) of a library issue is saved a moment after the
reader stops moving, and when the window closes; opening the issue from the library returns there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ..widgets.labels import issue_label as labels_issue_label
from ..widgets.messages import messages
from ..widgets.scroll_bars import flat_scroll_bars
from ..widgets.tooltips import plain_tooltip
from .opener import library_key
from .service import LibraryService

if TYPE_CHECKING:
    from ...core.library.records import Bookmark, ReadingPosition
    from ...core.library_access import LibraryAccess
    from ..session.session import ReadingSession
    from ..shell.protocol import Shell
    from .ports import ScrollPosition

SAVE_DELAY_MS = 800
RECENT = 10                      # reading positions offered to continue from


def issue_label(paper: str | None, date: Any) -> str:
    """《清河日报》2024年1月5日, or what is known of it."""
    return labels_issue_label(paper, date)


class BookmarksPanel(QWidget):
    """The 收藏 tab: bookmarked articles, newest first; double-click opens one, Delete removes it."""

    bookmark_activated = Signal(str, str)   # issue key, item id
    remove_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarksPanel")
        self.list = QListWidget()
        flat_scroll_bars(self.list)
        self.list.setObjectName("bookmarksList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemDoubleClicked.connect(self._on_activated)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.empty = QLabel(self.tr("No bookmarks yet. Press Ctrl+D on an article to bookmark it (收藏)."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda _checked=False: self._open_current())
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda _checked=False: self._remove_current())
        remove_key = QAction(self)
        remove_key.setShortcut(QKeySequence.StandardKey.Delete)
        remove_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.triggered.connect(lambda _checked=False: self._remove_current())
        self.list.addAction(remove_key)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.set_bookmarks([])

    def set_bookmarks(self, marks: list[Bookmark]) -> None:
        """List these bookmarks (keeping the current one current)."""
        current = self.current()
        self.list.clear()
        for mark in marks:
            page = self.tr("Page {page}").format(page=mark.page) if mark.page else ""
            where = " · ".join(x for x in (issue_label(mark.paper, mark.date), page) if x)
            row = QListWidgetItem(f"{mark.title}\n{where}")
            row.setData(Qt.ItemDataRole.UserRole, (mark.issue_key, mark.item))
            row.setToolTip(plain_tooltip(mark.note or mark.title))
            self.list.addItem(row)
            if current == (mark.issue_key, mark.item):
                self.list.setCurrentItem(row)
        self.empty.setVisible(not marks)
        self.list.setVisible(bool(marks))
        self._update_buttons()

    def current(self) -> tuple[str, str] | None:
        row = self.list.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row is not None else None

    def marks(self) -> list[tuple[str, str]]:
        """(issue key, item id) of every row, in order."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _on_activated(self, row: QListWidgetItem) -> None:
        key, item = row.data(Qt.ItemDataRole.UserRole)
        self.bookmark_activated.emit(key, item)

    def _open_current(self) -> None:
        if self.list.currentItem() is not None:
            self._on_activated(self.list.currentItem())

    def _remove_current(self) -> None:
        current = self.current()
        if current is not None:
            self.remove_requested.emit(*current)

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)


class BookmarkKeeper(QObject):
    """The Ctrl+D toggle (command edit.bookmark) on the article on screen, and the bookmarks list."""

    changed = Signal()   # bookmarks changed (after a toggle or a removal)
    COMMAND = "edit.bookmark"

    def __init__(self, shell: Shell, session: ReadingSession, service: LibraryService, panel: BookmarksPanel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.session = session
        self.service = service
        self.panel = panel
        self._serial = 0
        session.current_item_changed.connect(lambda _item: self.update_state())
        panel.remove_requested.connect(self.remove)
        self.update_state()

    def target(self) -> tuple[str | None, str] | None:
        """(library key or None for an issue from a file, item id) of the article on screen."""
        item = self.session.current_item_id
        if self.session.issue is None or not item:
            return None
        return library_key(self.session.location), item

    def _set(self, on: bool) -> None:
        self.shell.commands.set_checked(self.COMMAND, on)

    def update_state(self) -> None:
        """Check the command when the article on screen is bookmarked (asked of the library)."""
        target = self.target()
        self._serial += 1
        serial = self._serial
        self.shell.commands.set_enabled(self.COMMAND, target is not None)
        if target is None or (target[0] is None and not self.service.is_open):
            self._set(False)
            return
        key, item = target
        issue = self.session.issue

        def ask(lib: LibraryAccess) -> bool:
            found = key or (lib.stored_key(issue) if issue is not None else None)
            return found is not None and bool(found) and lib.is_bookmarked(found, item)

        self.service.submit(ask, on_done=lambda on: self._set_checked(serial, on))

    def _set_checked(self, serial: int, on: bool) -> None:
        if shiboken6.isValid(self) and serial == self._serial:
            self._set(bool(on))

    def toggle(self) -> None:
        """Bookmark the article on screen, or remove its bookmark."""
        target = self.target()
        issue, source = self.session.issue, self.session.location
        if target is None or issue is None:
            self._set(False)
            return
        key, item = target

        def flip(lib: LibraryAccess) -> tuple[bool, bool]:
            added_issue = False
            found = key or lib.stored_key(issue)
            if found is None:      # an issue from a file: keep it in the library, where bookmarks live
                found = lib.add_issue(issue, source)
                added_issue = True
            if lib.is_bookmarked(found, item):
                lib.remove_bookmark(found, item)
                return False, added_issue
            lib.add_bookmark(found, item)
            return True, added_issue

        self.service.submit(flip, on_done=self._toggled, on_failed=self._failed)

    def _toggled(self, result: tuple[bool, bool]) -> None:
        on, added_issue = result
        self._set(on)
        message = self.tr("Bookmarked.") if on else self.tr("Bookmark removed.")
        if added_issue:
            message = self.tr("This issue was added to the library to keep the bookmark.") + " " + message
        self.shell.show_status(message, 4000)
        self.changed.emit()
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._set(not self.shell.commands.is_checked(self.COMMAND))
        self.shell.show_error(self.tr("Cannot change the bookmark"), messages().library_error(error))

    def remove(self, key: str, item: str) -> None:
        """Remove a bookmark (from the list)."""
        def removed(_gone: object) -> None:
            self.changed.emit()
            self.refresh()
            self.update_state()
        self.service.submit(lambda lib: lib.remove_bookmark(key, item), on_done=removed)

    def refresh(self) -> None:
        """Fill the list from the library."""
        self.service.submit(lambda lib: lib.bookmarks(),
                            on_done=lambda marks: self.panel.set_bookmarks(marks) if shiboken6.isValid(self) else None)


class ReadingPositions(QObject):
    """Saves where reading of a library issue stopped; knows the recent ones ("continue reading")."""

    recent_changed = Signal(list)    # [(ReadingPosition, IssueInfo | None), …], newest first

    def __init__(self, session: ReadingSession, pane: ScrollPosition, service: LibraryService,
                 enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pane = pane
        self.service = service
        self.recent: list[tuple[ReadingPosition, Any]] = []
        self.enabled = enabled       # False: nothing is written (screenshots, benchmarks)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self._restoring: tuple[str, float] | None = None
        session.current_item_changed.connect(lambda _item: self._schedule())
        pane.scrolled.connect(lambda _value: self._schedule())
        pane.story_shown.connect(lambda _ids: self.apply_fraction())
        session.open_failed.connect(lambda _path, _message: self._forget_restore())

    def _schedule(self) -> None:
        if self.enabled and library_key(self.session.location) is not None and self._restoring is None:
            self._timer.start()

    def fraction(self) -> float:
        """How far down the story on screen the reader is (0…1)."""
        return self.pane.scroll_fraction()

    def save_now(self, on_done: Callable[[Any], Any] | None = None) -> bool:
        """Save the position of the library issue on screen now; False when none is on screen."""
        self._timer.stop()
        key = library_key(self.session.location)
        item_id = self.session.current_item_id
        issue = self.session.issue
        if key is None or issue is None or not self.enabled:
            return False
        item = issue.item(item_id) if item_id else None
        page, fraction = (item.page if item else None), self.fraction()

        def save(lib: LibraryAccess) -> list[tuple[ReadingPosition, Any]]:
            lib.set_position(key, page, item_id, fraction)
            return lib.recent_positions(RECENT)

        def saved(recent: list[tuple[ReadingPosition, Any]]) -> None:
            self._set_recent(recent)
            if on_done:
                on_done(recent)
        self.service.submit(save, on_done=saved)
        return True

    def refresh(self) -> None:
        self.service.submit(lambda lib: lib.recent_positions(RECENT), on_done=self._set_recent)

    def _set_recent(self, recent: list[tuple[ReadingPosition, Any]]) -> None:
        if shiboken6.isValid(self):
            self.recent = recent
            self.recent_changed.emit(recent)

    def restore_fraction(self, key: str, fraction: float) -> None:
        """Scroll to fraction of the story once the library issue `key` is on screen."""
        self._restoring = (key, fraction)

    def _forget_restore(self) -> None:
        self._restoring = None

    def apply_fraction(self) -> None:
        """Scroll to the fraction asked for by restore_fraction, if its issue is on screen now."""
        if self._restoring is None:
            return
        key, fraction = self._restoring
        if library_key(self.session.location) != key:
            return
        self._restoring = None
        if fraction > 0:
            QTimer.singleShot(0, self, lambda: self._scroll_to(key, fraction))

    def _scroll_to(self, key: str, fraction: float) -> None:
        if library_key(self.session.location) == key:
            self.pane.set_scroll_fraction(fraction)
