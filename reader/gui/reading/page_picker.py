"""Going straight to a page (版面): a picker listing every page with its name, and a strip of page buttons.

The picker (Ctrl+G) lists 第01版 · 要闻 and how many articles each page has; typing a number selects
that page, typing a name keeps the pages whose label holds it, Enter goes there. The strip is one
small button a page under the reading pane, the current page checked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..widgets.scroll_bars import flat_scroll_bars
from ..widgets.tooltips import plain_tooltip

if TYPE_CHECKING:
    from ...core.model import Issue, Page


NUMBER_ROLE = Qt.ItemDataRole.UserRole     # a picker row's page number


def page_label(page: Page) -> str:
    """第01版 · 要闻 (the UI language's words)."""
    label = QCoreApplication.translate("IssueTreeModel", "Page {number:02d}").format(number=page.number)
    return f"{label} · {page.name}" if page.name else label


def _wanted(text: str) -> int | None:
    """The page number typed: 15, full-width １５, 第15版, A15; else None (a name to look for)."""
    core = "".join(text.split()).removeprefix("第").removesuffix("版")
    if core[:1].isascii() and core[:1].isalpha():
        core = core[1:]
    if not core or not all(ch.isdigit() for ch in core):
        return None
    try:
        return int(core)
    except ValueError:      # digits of scripts int() does not read
        return None


class PagePicker(QDialog):
    """See the module docstring; `chosen()` is the page picked once the dialog is accepted."""

    def __init__(self, issue: Issue, current: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pagePicker")
        self.setWindowTitle(self.tr("Go to Page"))
        self.issue = issue
        self.field = QLineEdit()
        self.field.setObjectName("pagePickerField")
        self.field.setPlaceholderText(self.tr("Page number or name"))
        self.field.setClearButtonEnabled(True)
        self.list = QListWidget()
        flat_scroll_bars(self.list)
        self.list.setObjectName("pagePickerList")
        for page in issue.pages:
            count = self.tr("%n article(s)", "", len(page.items))
            row = QListWidgetItem(f"{page_label(page)}　（{count}）")
            row.setData(NUMBER_ROLE, page.number)
            row.setToolTip(plain_tooltip(self._titles(page)))
            self.list.addItem(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.field.installEventFilter(self)
        self.field.textChanged.connect(self._filter)
        self.field.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.resize(420, 520)
        self._select(current)
        self.field.setFocus()

    @staticmethod
    def _titles(page: Page) -> str:
        return "\n".join(it.display_title() for it in page.items[:12])

    def rows(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def shown_pages(self) -> list[int]:
        """The numbers of the pages listed now (not filtered out)."""
        return [row.data(NUMBER_ROLE) for row in self.rows() if not row.isHidden()]

    def chosen(self) -> int | None:
        """The page selected (the one Enter goes to)."""
        row = self.list.currentItem()
        return row.data(NUMBER_ROLE) if row is not None and not row.isHidden() else None

    def _select(self, number: int | None) -> None:
        for row in self.rows():
            if row.data(NUMBER_ROLE) == number and not row.isHidden():
                self.list.setCurrentItem(row)
                self.list.scrollToItem(row)
                return
        visible = [row for row in self.rows() if not row.isHidden()]
        if visible and (self.list.currentItem() is None or self.list.currentItem().isHidden()):
            self.list.setCurrentItem(visible[0])

    def _filter(self, text: str) -> None:
        text = text.strip()
        number = _wanted(text)
        if number is not None:        # a number: every page stays listed, that one selected
            for row in self.rows():
                row.setHidden(False)
            self._select(number)
            return
        for row in self.rows():
            row.setHidden(bool(text) and text.casefold() not in row.text().casefold())
        self._select(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Up, down, page up and page down typed in the field move in the list."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()   # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                QCoreApplication.sendEvent(self.list, event)
                return True
        return super().eventFilter(watched, event)


class PageStrip(QWidget):
    """A row of page buttons (1 2 3 …) under the reading pane; the current page's button is checked."""

    page_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageStrip")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int, QToolButton] = {}
        title = QLabel(self.tr("Pages"))
        title.setObjectName("pageStripTitle")
        self._row = QWidget()
        self._row_layout = QHBoxLayout(self._row)
        self._row_layout.setContentsMargins(0, 0, 0, 0)
        self._row_layout.setSpacing(2)
        self.scroller = QScrollArea()
        flat_scroll_bars(self.scroller)
        self.scroller.setWidget(self._row)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(title)
        layout.addWidget(self.scroller, 1)
        self.group.idClicked.connect(self.page_requested)

    def set_issue(self, issue: Issue | None) -> None:
        """One button for each page of the issue that has articles."""
        for button in self.buttons.values():
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons = {}
        while self._row_layout.count():
            self._row_layout.takeAt(0)
        for page in issue.pages if issue else []:
            if not page.items:
                continue
            button = QToolButton()
            button.setObjectName(f"pageButton{page.number}")
            button.setText(str(page.number))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(plain_tooltip(page_label(page)))
            button.setAccessibleName(page_label(page))
            self.group.addButton(button, page.number)
            self._row_layout.addWidget(button)
            self.buttons[page.number] = button
        self._row_layout.addStretch(1)
        height = max((b.sizeHint().height() for b in self.buttons.values()), default=0)
        self.scroller.setFixedHeight(height + 4 if height else 0)

    def set_current(self, page: int | None) -> None:
        """Check the current page's button (and scroll it into view)."""
        button = self.buttons.get(page) if page is not None else None
        if button is None:
            checked = self.group.checkedButton()
            if checked is not None:
                self.group.setExclusive(False)
                checked.setChecked(False)
                self.group.setExclusive(True)
            return
        button.setChecked(True)
        self.scroller.ensureWidgetVisible(button, 8, 0)
