"""File ▸ Export Article… / Export Issue…: the story on screen or the whole issue as Markdown or plain
text, with its citation (the core's export module writes it; this asks where, through the shell's dialogs).

The format follows the file name's suffix (.md/.markdown: Markdown, .txt: plain text), else the
filter chosen in the dialog. Works for any issue on screen, from a file or from the library.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject

from ...core.errors import OutputError
from ..shell.commands import QT_TRANSLATE_NOOP, Command
from ..widgets.messages import messages

if TYPE_CHECKING:
    from ...core.model import Issue
    from ..session.session import ReadingSession
    from ..shell.protocol import Shell

COMMANDS = (
    Command("file.export_article", QT_TRANSLATE_NOOP("Commands", "Export &Article…"), "export.export_article",
            menu="file/library"),
    Command("file.export_issue", QT_TRANSLATE_NOOP("Commands", "Export &Issue…"), "export.export_issue",
            menu="file/library"),
    Command("export.issue", QT_TRANSLATE_NOOP("Commands", "Export an Issue"), "export.export_issue"),  # (issue)
)

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def export_format(path: str, chosen_filter: str = "") -> str:
    """'markdown' or 'text' for a file name (its suffix first, then the dialog's filter)."""
    suffix = Path(path).suffix.lower()
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix == ".txt":
        return "text"
    return "text" if "*.txt" in chosen_filter else "markdown"


def suggested_name(issue: Issue, item_id: str | None = None) -> str:
    """清河日报-2024-01-05[-p1-2].md: a file name for an export."""
    parts = [issue.paper or "issue", issue.date.isoformat() if issue.date else ""]
    if item_id:
        parts.append(item_id)
    return _UNSAFE.sub("_", "-".join(p for p in parts if p)) + ".md"


def write_export(issue: Issue, path: str, fmt: str, item_id: str | None = None, library: str | None = None) -> str:
    """Write the article (its whole story) or the issue to path; returns the text written. Raises
    OutputError (naming the file) for the library file, the issue's own files, or a failed write."""
    from ...core.library.export import export_article, export_issue
    from ...core.safe_write import issue_sources, write_safely
    text = export_article(issue, item_id, fmt) if item_id else export_issue(issue, fmt)  # type: ignore[arg-type]
    write_safely(path, text, library=library, sources=issue_sources(issue))
    return text


class ExportFeature(QObject):
    """The two export commands of the File menu, for the issue on screen (or one handed over)."""

    def __init__(self, shell: Shell, session: ReadingSession, parent: QObject | None = None,
                 library: Callable[[], str | None] | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.session = session
        self.library = library or (lambda: None)  # where the library file is: never written over
        self.last_dir = str(Path.home())
        shell.commands.add(COMMANDS)
        shell.commands.provide("export", lambda: self)
        session.issue_loaded.connect(lambda _issue: self._update())
        self._update()

    def _update(self) -> None:
        for command in ("file.export_article", "file.export_issue"):
            self.shell.commands.set_enabled(command, self.session.issue is not None)

    def export_article(self) -> str | None:
        return self.export(article=True)

    def export_issue(self, issue: Issue | None = None) -> str | None:
        return self.export(article=False, issue=issue)

    def export(self, article: bool, issue: Issue | None = None) -> str | None:
        """Ask where, then write the article on screen (article) or the issue; the path written, or None."""
        issue = issue or self.session.issue
        item_id = self.session.current_item_id if article else None
        if issue is None or (article and not item_id):
            return None
        title = self.tr("Export Article") if article else self.tr("Export Issue")
        path, chosen = self.shell.dialogs.save_file(
            self.shell.widget(), title, str(Path(self.last_dir) / suggested_name(issue, item_id)),
            self.tr("Markdown (*.md);;Plain text (*.txt)"))
        if not path:
            return None
        fmt = export_format(path, chosen)
        if not Path(path).suffix:
            path += ".txt" if fmt == "text" else ".md"
        try:
            write_export(issue, path, fmt, item_id, self.library())
        except (OutputError, OSError, KeyError) as exc:
            self.shell.show_error(self.tr("Cannot export"), messages().error(exc, path))
            return None
        self.last_dir = str(Path(path).parent)
        self.shell.show_status(self.tr("Exported to {path}").format(path=path), 5000)
        return path
