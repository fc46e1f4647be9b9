"""The issue's notes (本期提示): every warning the importer gave, each leading to its article or page.

A row says where (第3版 · 《headline》) and what, in the UI language; activating it (click, Enter)
asks to show that article, or that page when the warning names no article. Text is shown as text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..widgets.messages import messages
from ..widgets.scroll_bars import flat_scroll_bars
from ..widgets.tooltips import plain_tooltip
from .page_picker import page_label

if TYPE_CHECKING:
    from ...core.model import Issue, IssueWarning

TARGET_ROLE = Qt.ItemDataRole.UserRole     # ("item", id) or ("page", number) or None
WHERE_ROLE = Qt.ItemDataRole.UserRole + 1  # 第3版 · 《headline》, or ""
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2   # the note in the UI language
PAD = 6
Index = QModelIndex | QPersistentModelIndex


def worded(warning: IssueWarning) -> str:
    """A warning in the UI language (the GUI's wording of its code; its message for a code it does not know)."""
    return messages().warning(warning)


class NoteDelegate(QStyledItemDelegate):
    """A note: where it is (bold) over what it says, both wrapped to the list's width, never cut."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def _fonts(self) -> tuple[QFont, QFont]:
        plain = QFont(self.view.font())
        bold = QFont(plain)
        bold.setBold(True)
        return bold, plain

    def _pieces(self, index: Index, width: int) -> list[tuple[QFont, str, int]]:
        bold, plain = self._fonts()
        pieces = [(bold, index.data(WHERE_ROLE) or ""), (plain, index.data(TEXT_ROLE) or "")]
        flags = Qt.TextFlag.TextWordWrap.value
        return [(font, text, QFontMetrics(font).boundingRect(QRect(0, 0, width, 1 << 20), flags, text).height())
                for font, text in pieces if text]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 (Qt override)
        width = max(40, self.view.viewport().width() - 2 * PAD)
        return QSize(width, sum(h for _f, _t, h in self._pieces(index, width)) + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        style = self.view.style() or QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, self.view)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        y = rect.top()
        for font, text, height in self._pieces(index, rect.width()):
            painter.setFont(font)
            painter.drawText(QRect(rect.left(), y, rect.width(), height), Qt.TextFlag.TextWordWrap.value, text)
            y += height
        painter.restore()


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
        flat_scroll_bars(self.list)
        self.list.setObjectName("notesList")
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)      # rows wrap again as the dock is resized
        self.list.setItemDelegate(NoteDelegate(self.list))
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
            row.setData(WHERE_ROLE, where)
            row.setData(TEXT_ROLE, text)
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
