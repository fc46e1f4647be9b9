"""Citing as a researcher: GB/T 7714-2015, RIS, BibLaTeX and CSL-JSON of the article on screen (Edit ▸
Copy Citation As, Edit ▸ Cite Article…, with the passage selected), of a library search's results or of
every bookmark (the library hands their records to `cite.show`).

The records and formats are the core's (reader/core/citation); a file is written beside its target and
renamed over it (core/safe_write.py), never onto the library or a file of the issue being read.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

from ...core.citation.record import CitationRecord, citation_records
from ...core.citation.styles import FILE_SUFFIXES, format_citations
from ...core.safe_write import refusal, write_text_atomically

if TYPE_CHECKING:
    from ..session.session import ReadingSession
    from ..shell.protocol import Shell
    from .cite_dialog import CitationDialog

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


class Passage(Protocol):
    """The text selected in the reading pane."""

    def selected_text(self) -> str: ...


def file_filter(style: str) -> str:
    """The save dialog's filter for a style (ASCII parentheses: Qt reads no other)."""
    names = {"gbt7714": "GB/T 7714 (*.txt)", "ris": "RIS (*.ris)", "bibtex": "BibLaTeX (*.bib)",
             "csl-json": "CSL-JSON (*.json)"}
    return names[style]


def suggested_name(records: list[CitationRecord], style: str) -> str:
    """人民日报-2026-06-12-p1-2.ris for one record, citations.ris for several."""
    if len(records) == 1:
        r = records[0]
        stem = "-".join(p for p in (r.paper or "", r.date.isoformat() if r.date else "", r.item) if p)
    else:
        stem = "citations"
    return _UNSAFE.sub("_", stem) + FILE_SUFFIXES[style]


class CitationFeature(QObject):
    """See the module docstring."""

    def __init__(self, shell: Shell, session: ReadingSession, passage: Passage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.session = session
        self.passage = passage
        self.dialog: CitationDialog | None = None
        self.last_dir = str(Path.home())
        self.style = "gbt7714"

    def article_records(self) -> list[CitationRecord]:
        """The record of the story on screen (none when nothing is shown)."""
        issue, item_id = self.session.issue, self.session.current_item_id
        return citation_records(issue, [item_id]) if issue is not None and item_id else []

    # ---- commands
    def copy_article(self, style: str) -> None:
        """Edit ▸ Copy Citation As ▸ a style: the article on screen's citation on the clipboard."""
        records = self.article_records()
        if records:
            QGuiApplication.clipboard().setText(format_citations(records, style))
            self.shell.show_status(self.tr("Citation copied."), 3000)

    def cite_article(self) -> CitationDialog | None:
        """Edit ▸ Cite Article…: the dialog for the article on screen, with the passage selected."""
        records = self.article_records()
        if not records:
            return None
        title = records[0].full_title() or records[0].item
        return self.show_records(records, self.tr("The article “{title}”").format(title=title),
                                 self.passage.selected_text())

    def show_records(self, records: list[CitationRecord], what: str, passage: str = "") -> CitationDialog:
        """The citation dialog for these records (`what` says what they are)."""
        from .cite_dialog import CitationDialog
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = dialog = CitationDialog(records, what, self.style, passage, self.shell.widget())
        dialog.copy_requested.connect(self.copy_text)
        dialog.save_requested.connect(lambda text, style: self.save(text, style, records))
        dialog.style_box.currentIndexChanged.connect(lambda _i: setattr(self, "style", dialog.chosen_style()))
        dialog.show()
        return dialog

    def copy_text(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.shell.show_status(self.tr("Citations copied."), 3000)

    def save(self, text: str, style: str, records: list[CitationRecord]) -> str | None:
        """Ask where and write the citations there; the path written, or None."""
        path, _chosen = self.shell.dialogs.save_file(
            self.shell.widget(), self.tr("Save Citations"), str(Path(self.last_dir) / suggested_name(records, style)),
            file_filter(style))
        if not path:
            return None
        if not Path(path).suffix:
            path += FILE_SUFFIXES[style]
        if not self.may_write(path):
            return None
        try:
            write_text_atomically(path, text)
        except OSError as exc:
            self.shell.show_error(self.tr("Cannot save"), f"{path}: {exc.strerror or exc}")
            return None
        self.last_dir = str(Path(path).parent)
        self.shell.show_status(self.tr("Saved to {path}").format(path=path), 5000)
        return path

    def may_write(self, path: str) -> bool:
        """False (after saying why) when path is the library or a file of the issue being read."""
        why = refusal(path, [self.session.location] if self.session.location else [])   # (a library: key is no path)
        if why == "library":
            self.shell.show_error(self.tr("Cannot save"), self.tr(
                "{path} is a library database: choose another file.").format(path=path))
        elif why == "source":
            self.shell.show_error(self.tr("Cannot save"), self.tr(
                "{path} belongs to the issue being read: choose another file.").format(path=path))
        return why is None
