"""The issue's notes (本期提示): every warning the importer gave, each leading to its article or page.

A row says where (第3版 · 《headline》) and what, in the UI language; activating it (click, Enter)
asks to show that article, or that page when the warning names no article. Text is shown as text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..widgets.tooltips import plain_tooltip
from .page_picker import page_label

if TYPE_CHECKING:
    from ...core.model import Issue, IssueWarning

TARGET_ROLE = Qt.ItemDataRole.UserRole     # ("item", id) or ("page", number) or None


def worded(warning: IssueWarning) -> str:
    """A warning in the UI language (the GUI's wording of its code when there is one, else its message)."""
    try:
        from ..widgets.messages import messages  # the wording of codes, where it exists
    except ImportError:
        return warning.message
    return messages().warning(warning)


class NotesPanel(QWidget):
    """See the module docstring."""

    item_requested = Signal(str)     # show this article
    page_requested = Signal(int)     # show this page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.summary = QLabel()
        self.summary.setObjectName("notesSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("notesList")
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)

    def set_issue(self, issue: Issue | None) -> None:
        """List the warnings of an issue (None: none)."""
        self.list.clear()
        warnings = issue.warnings if issue is not None else []
        self.summary.setText(self.tr("%n note(s) on this issue from reading its files.", "", len(warnings))
                             if warnings else self.tr("No notes on this issue."))
        for warning in warnings:
            where, target = self._where(issue, warning) if issue is not None else ("", None)
            text = worded(warning)
            row = QListWidgetItem(f"{where}\n{text}" if where else text)
            row.setData(TARGET_ROLE, target)
            tip = text if not warning.text else f"{text}\n\n{warning.text}"
            row.setToolTip(plain_tooltip(tip))
            self.list.addItem(row)

    def targets(self) -> list[tuple[str, object] | None]:
        """Where each row leads, in order (for tests and tools)."""
        return [self.list.item(i).data(TARGET_ROLE) for i in range(self.list.count())]

    @staticmethod
    def _where(issue: Issue, warning: IssueWarning) -> tuple[str, tuple[str, object] | None]:
        item = issue.item(warning.item) if warning.item else None
        if item is not None:
            page = issue.page(item.page)
            label = page_label(page) if page is not None else ""
            title = f"《{item.display_title()}》"
            return (f"{label} · {title}" if label else title), ("item", item.id)
        if warning.page is not None:
            page = issue.page(warning.page)
            if page is not None:
                return page_label(page), ("page", page.number)
            return QCoreApplication.translate("NotesPanel", "Page {number}").format(number=warning.page), None
        return "", None

    def _activated(self, row: QListWidgetItem) -> None:
        target = row.data(TARGET_ROLE)
        if not target:
            return
        kind, value = target
        if kind == "item":
            self.item_requested.emit(str(value))
        elif kind == "page":
            self.page_requested.emit(int(value))
