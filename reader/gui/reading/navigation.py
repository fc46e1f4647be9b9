"""Getting around the issue like a paper: the 版面 picker (Ctrl+G), the strip of page buttons, and the
articles read (marked a moment after their story is on screen, or when it is read to its end).

The strip is built with the sidebar, just after the first story is painted (start-up) or at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from ...core.model import Issue
    from ..session.session import ReadingSession
    from ..shell.protocol import Shell
    from .page_picker import PagePicker, PageStrip

READ_AFTER_MS = 4000            # a story on screen this long counts as read
STRIP_KEY = "reading/pageStrip"   # whether the page buttons are shown (default: yes)


class Navigation(QObject):
    """See the module docstring; the `navigation` feature of the command table."""

    def __init__(self, shell: Shell, session: ReadingSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.session = session
        self.strip: PageStrip | None = None
        self.picker: PagePicker | None = None
        self.read_after_ms = READ_AFTER_MS
        self._reading = QTimer(self)
        self._reading.setSingleShot(True)
        self._reading.timeout.connect(self.mark_story_read)
        shell.commands.provide("navigation", lambda: self)
        shell.commands.set_checked("view.page_strip", self.strip_wanted())
        session.issue_loaded.connect(self._on_issue)
        session.current_item_changed.connect(self._on_item)

    # ---- the picker
    def pick_page(self) -> None:
        """Ask for a page (all pages with their names; a number jumps) and go to its first article."""
        issue = self.session.issue
        if issue is None:
            return
        from .page_picker import PagePicker
        if self.picker is not None:
            self.picker.deleteLater()
        self.picker = picker = PagePicker(issue, self._current_page(), self.shell.widget())
        picker.accepted.connect(lambda: self._picked(picker))
        picker.open()                    # window-modal; the reader goes on once a page is picked

    def _picked(self, picker: PagePicker) -> None:
        chosen = picker.chosen()
        if chosen is not None and picker.issue is self.session.issue:
            self.session.show_page(chosen)

    def _current_page(self) -> int | None:
        issue, item_id = self.session.issue, self.session.current_item_id
        item = issue.item(item_id) if issue is not None and item_id else None
        return item.page if item is not None else None

    # ---- the strip
    def strip_wanted(self) -> bool:
        return str(self.shell.settings.store.value(STRIP_KEY, "true")).lower() != "false"

    def build_strip(self) -> None:
        """Make the page buttons (once), filled with the issue on screen."""
        if self.strip is not None:
            return
        from .page_picker import PageStrip
        self.strip = PageStrip()
        self.strip.page_requested.connect(self.session.show_page)
        self.shell.add_bar(self.strip, top=False)
        self.strip.set_issue(self.session.issue)
        self.strip.set_current(self._current_page())
        self.strip.setVisible(self.strip_wanted())

    def set_strip_shown(self, shown: bool | None = None) -> None:
        """Show or hide the page buttons (None: the other way round), remembered for the next run."""
        shown = not self.strip_wanted() if shown is None else shown
        self.shell.settings.store.setValue(STRIP_KEY, "true" if shown else "false")
        self.shell.commands.set_checked("view.page_strip", shown)
        if self.strip is None:
            self.build_strip()
        if self.strip is not None:
            self.strip.setVisible(shown)

    # ---- articles read
    def mark_story_read(self) -> None:
        """The story on screen counts as read (all its parts)."""
        self._reading.stop()
        ids = self.session.story_ids()
        if ids:
            self.session.read_marks.mark(ids)

    def story_read_to_end(self) -> None:
        """The reader scrolled to the end of the story: it is read."""
        if self._reading.isActive():
            self.mark_story_read()

    # ---- the session's signals
    def _on_issue(self, issue: Issue) -> None:
        if self.strip is not None:
            self.strip.set_issue(issue)

    def _on_item(self, _item_id: str) -> None:
        if self.strip is not None:
            self.strip.set_current(self._current_page())
        self._reading.start(self.read_after_ms)
