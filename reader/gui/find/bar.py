"""The find bar above the reading pane: the query, 当前/总数, previous/next, and the two match toggles."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QStyle, QToolButton, QWidget

from ...core.search.query import SearchOptions
from ..widgets.opaque import fill_background


class FindBar(QWidget):
    """What the reader types and toggles; the controller does the searching.

    Enter: next hit, Shift+Enter: previous hit, Esc: close (F3 and Shift+F3 are window shortcuts).
    """

    query_changed = Signal(str)
    options_changed = Signal()
    next_requested = Signal()
    previous_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAutoFillBackground(True)
        self.edit = QLineEdit()
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(self.tr("Find in this issue"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(160)
        self.edit.installEventFilter(self)
        self.edit.textChanged.connect(self.query_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(64)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        fill_background(self.count_label)     # its text changes at every keystroke: it alone repaints
        style = self.style()
        self.previous_button = self._button(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
                                            self.tr("Previous hit (Shift+Enter, Shift+F3)"), self.previous_requested)
        self.next_button = self._button(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                                        self.tr("Next hit (Enter, F3)"), self.next_requested)
        self.word_box = QCheckBox()
        self.word_box.setObjectName("wordMode")
        self.word_box.toggled.connect(lambda _on: self.options_changed.emit())
        self.variants_box = QCheckBox(self.tr("Traditional = Simplified"))
        self.variants_box.setObjectName("variantsMode")
        self.variants_box.setToolTip(self.tr("Match Traditional and Simplified characters alike (繁简通搜)"))
        self.variants_box.toggled.connect(lambda _on: self.options_changed.emit())
        self.close_button = self._button(style.standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton),
                                         self.tr("Close (Esc)"), self.close_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addSpacing(8)
        layout.addWidget(self.word_box)
        layout.addWidget(self.variants_box)
        layout.addStretch(0)
        layout.addWidget(self.close_button)
        self.set_word_mode_available(False)

    def _button(self, icon: object, tip: str, signal: SignalInstance) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon)  # type: ignore[arg-type]
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _checked=False: signal.emit())
        return button

    # state
    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        """Put a query in the field (searches as typing would)."""
        self.edit.setText(text)

    def options(self) -> SearchOptions:
        """The toggles as search options (word mode only while it is available)."""
        return SearchOptions(word=self.word_box.isChecked() and self.word_box.isEnabled(),
                             variants=self.variants_box.isChecked())

    def set_word_mode_available(self, available: bool) -> None:
        """Enable 全词匹配 once jieba's dictionary is loaded; until then it is greyed out and its tooltip
        says it is loading (the label keeps its width: the bar must fit beside the library's docks)."""
        self.word_box.setEnabled(available)
        self.word_box.setText(self.tr("Whole words"))
        if available:
            self.word_box.setToolTip(self.tr("Match only where jieba's word boundaries allow "
                                             "(金昌 does not hit 黄金昌盛)"))
        else:
            self.word_box.setToolTip(self.tr("Loading the word dictionary; whole-word matching "
                                             "will be available in a moment."))

    def set_count(self, current: int, total: int, note: str = "") -> None:
        """Show 当前/总数 (current is 1-based; 0: none, shown as – while there are hits), or a note instead."""
        if note:
            self.count_label.setText(note)
        elif not self.edit.text().strip():
            self.count_label.setText("")
        elif not total:
            self.count_label.setText(self.tr("No matches"))
        else:
            self.count_label.setText(f"{current if current or not total else '–'}/{total}")
        self.previous_button.setEnabled(total > 0)
        self.next_button.setEnabled(total > 0)

    def focus_field(self) -> None:
        """Put the cursor in the query field with its text selected (typing replaces it)."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    # keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previous_requested.emit()
                else:
                    self.next_requested.emit()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_requested.emit()
                return True
        return super().eventFilter(watched, event)
