"""本期提示 N 条 in the status bar: a link that opens the notes panel (a dock listing the issue's warnings,
each leading to its article or page). The panel is built on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from ...core.model import Issue
    from ..session.session import ReadingSession
    from ..shell.protocol import Shell
    from .notes_panel import NotesPanel

DOCK_WIDTH = 360


class IssueNotes(QObject):
    """The status-bar link and the notes dock; the `notes` feature of the command table."""

    def __init__(self, shell: Shell, session: ReadingSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.session = session
        self.label = QLabel()
        self.label.setObjectName("notesLabel")
        self.label.linkActivated.connect(lambda _href: self.show())
        self.panel: NotesPanel | None = None
        self.dock: QDockWidget | None = None
        shell.add_status_widget(self.label)
        shell.commands.provide("notes", lambda: self)

    def present(self, issue: Issue) -> None:
        """The count of the issue's notes as a link (nothing when it has none); the panel follows."""
        count = len(issue.warnings)
        if count:
            text = self.tr("%n note(s) on this issue", "", count).replace("&", "&amp;").replace("<", "&lt;")
            # (escaped by hand: the html module builds its entity table, ~1 ms before the first paint)
            self.label.setText(f'<a href="notes">{text}</a>')
            self.label.setToolTip(self.tr("Click to list them"))
        else:
            self.label.setText("")
            self.label.setToolTip("")
        if self.panel is not None:
            self.panel.set_issue(issue)

    def show(self) -> None:
        """Open the notes panel beside the text (built the first time)."""
        if self.panel is None:
            from .notes_panel import NotesPanel
            self.panel = NotesPanel()
            self.panel.item_requested.connect(lambda item_id: self.session.show(item_id))
            self.panel.page_requested.connect(self.session.show_page)
            self.dock = self.shell.add_dock(self.panel, self.tr("Issue Notes"), "issueNotesDock", right=True)
            self.panel.set_issue(self.session.issue)
        if self.dock is not None:
            self.shell.show_dock(self.dock, DOCK_WIDTH)
