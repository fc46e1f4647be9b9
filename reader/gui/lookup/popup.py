"""The lookup popup: a word with its pinyin, 繁/简 forms and English senses, and what to do with it.

Every label is plain text (a word or a sense from a file or the dictionary is never read as markup).
A Qt popup: a click elsewhere or Esc closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QHideEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.lookup import Definition, Sense

MAX_ENTRIES = 3          # dictionary entries shown (the rest are counted)
MAX_SENSES = 5           # senses shown of an entry
MAX_PARTS = 4            # pieces of an unknown word shown
WIDTH = 380              # pixels
SOURCE = "CC-CEDICT · CC BY-SA 4.0"


def _label(name: str, scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if scale != 1.0 or bold:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    return label


def _mute(label: QLabel) -> None:
    """Grey a label as the window's palette greys placeholder text (asked again each time: themes change)."""
    palette = QGuiApplication.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)


def senses_text(entry: Sense, with_reading: bool) -> str:
    """An entry's senses numbered, one a line (its reading first when the entries differ in reading)."""
    shown = entry.senses[:MAX_SENSES]
    lines = [f"{n}. {sense}" for n, sense in enumerate(shown, 1)]
    if len(entry.senses) > len(shown):
        lines.append("…")
    return "\n".join(([entry.pinyin] if with_reading else []) + lines)


class LookupPopup(QFrame):
    """See the module docstring; `find_requested`, `search_requested`, `copy_requested` carry the word."""

    find_requested = Signal(str)
    search_requested = Signal(str)
    copy_requested = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("lookupPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(WIDTH)
        self.word = ""
        self.word_label = _label("lookupWord", 1.8, bold=True)
        self.pinyin_label = _label("lookupPinyin", 1.2)
        self.forms_label = _label("lookupForms", 1.05)
        self.senses_label = _label("lookupSenses", 1.1)
        self.note_label = _label("lookupNote")
        self.source_label = _label("lookupSource", 0.8)
        self.source_label.setText(SOURCE)
        self.find_button = QPushButton(self.tr("Find in Issue"))
        self.find_button.setObjectName("lookupFind")
        self.search_button = QPushButton(self.tr("Search Library"))
        self.search_button.setObjectName("lookupSearch")
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("lookupCopy")
        for button, signal in ((self.find_button, self.find_requested), (self.search_button, self.search_requested),
                               (self.copy_button, self.copy_requested)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, s=signal: (s.emit(self.word), self.close()))
        head = QHBoxLayout()
        head.addWidget(self.word_label, 0, Qt.AlignmentFlag.AlignBaseline)
        head.addWidget(self.pinyin_label, 1, Qt.AlignmentFlag.AlignBaseline)
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.forms_label)
        layout.addWidget(self.senses_label)
        layout.addWidget(self.note_label)
        layout.addLayout(buttons)
        layout.addWidget(self.source_label)

    def set_definition(self, definition: Definition, can_search_library: bool = True) -> None:
        """Fill the popup with a word looked up."""
        self.word = definition.word
        self.word_label.setText(definition.word)
        self.pinyin_label.setText(definition.pinyin)
        self.forms_label.setText(self.tr("Traditional {traditional} · Simplified {simplified}").format(
            traditional=definition.traditional, simplified=definition.simplified))
        entries = definition.entries[:MAX_ENTRIES]
        several = len({e.pinyin for e in entries}) > 1 or any(e.pinyin != definition.pinyin for e in entries)
        blocks = [senses_text(e, several) for e in entries]
        note = ""
        if len(definition.entries) > len(entries):
            note = self.tr("More entries in the dictionary: {n}").format(n=len(definition.entries) - len(entries))
        if not entries:
            parts = [p for p in definition.parts if p.entries][:MAX_PARTS]
            blocks = [f"{p.text} {p.pinyin}: " + "; ".join(p.entries[0].senses[:3]) for p in parts]
            note = self.tr("Not in the dictionary; its parts:") if parts else self.tr("Not in the dictionary.")
        if definition.problem:
            note = self.tr("The dictionary cannot be read: {problem}").format(problem=definition.problem)
        self.senses_label.setText("\n\n".join(blocks))
        self.senses_label.setVisible(bool(blocks))
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        self.search_button.setEnabled(can_search_library)
        self.adjustSize()

    def show_at(self, word_rect: QRect) -> None:
        """Show just below the word (above it when there is no room below), on the screen."""
        for label in (self.forms_label, self.note_label, self.source_label):
            _mute(label)
        self.adjustSize()
        screen = QGuiApplication.screenAt(word_rect.center()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 4000, 4000)
        x = min(max(area.left(), word_rect.left()), area.right() - self.width())
        y = word_rect.bottom() + 6
        if y + self.height() > area.bottom():
            y = max(area.top(), word_rect.top() - 6 - self.height())
        self.move(QPoint(x, y))
        self.show()
        self.copy_button.setFocus(Qt.FocusReason.PopupFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        super().hideEvent(event)
        self.closed.emit()
