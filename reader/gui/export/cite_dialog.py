"""The citation dialog: the records of what is cited, in a style chosen from four, shown as they will be
copied or saved (plain text), with Copy and Save…; for one article, a passage selected may go before
its GB/T 7714 reference."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.citation.record import CitationRecord
from ...core.citation.styles import format_citations
from ..widgets.scroll_bars import flat_scroll_bars
from .commands import STYLE_NAMES

PASSAGE_STYLE = "gbt7714"      # the style a quoted passage goes with (the others are data for a program)


def cited_passage(passage: str, reference: str) -> str:
    """A passage followed by its reference on a line of its own (——参考文献)."""
    return f"{passage.strip()}\n\n——{reference.strip()}\n"


class CitationDialog(QDialog):
    """See the module docstring; `save_requested(text, style)` and `copy_requested(text)` carry what is shown."""

    copy_requested = Signal(str)
    save_requested = Signal(str, str)

    def __init__(self, records: list[CitationRecord], what: str, style: str = "gbt7714", passage: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citationDialog")
        self.setWindowTitle(self.tr("Cite"))
        self.records = records
        self.passage = passage.strip()
        self.what_label = QLabel(what)
        self.what_label.setObjectName("citationWhat")
        self.what_label.setWordWrap(True)
        self.style_box = QComboBox()
        self.style_box.setObjectName("citationStyle")
        for key, name in STYLE_NAMES.items():
            self.style_box.addItem(QCoreApplication.translate("Commands", str(name)), key)
        self.style_box.setCurrentIndex(max(0, self.style_box.findData(style)))
        self.passage_box = QCheckBox(self.tr("With the passage selected"))
        self.passage_box.setObjectName("citationPassage")
        self.passage_box.setChecked(bool(self.passage))
        self.passage_box.setVisible(bool(self.passage) and len(records) == 1)
        self.preview = QPlainTextEdit()
        flat_scroll_bars(self.preview)
        self.preview.setObjectName("citationPreview")
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("citationCopy")
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setObjectName("citationSave")
        close = QPushButton(self.tr("Close"))
        self.copy_button.clicked.connect(lambda _checked=False: self.copy_requested.emit(self.text()))
        self.save_button.clicked.connect(
            lambda _checked=False: self.save_requested.emit(self.text(), self.chosen_style()))
        close.clicked.connect(lambda _checked=False: self.close())
        self.style_box.currentIndexChanged.connect(lambda _i: self._update())
        self.passage_box.toggled.connect(lambda _on: self._update())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Style:")))
        row.addWidget(self.style_box, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what_label)
        layout.addLayout(row)
        layout.addWidget(self.passage_box)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.resize(640, 360)
        self._update()

    def chosen_style(self) -> str:
        return str(self.style_box.currentData())

    def text(self) -> str:
        """What Copy copies and Save writes, in the style chosen."""
        text = format_citations(self.records, self.chosen_style())
        quoting = self.passage_box.isChecked() and self.chosen_style() == PASSAGE_STYLE
        if self.passage and quoting and len(self.records) == 1:
            return cited_passage(self.passage, text)
        return text

    def _update(self) -> None:
        self.passage_box.setEnabled(self.chosen_style() == PASSAGE_STYLE)
        self.preview.setPlainText(self.text())
        has_records = bool(self.records)
        self.copy_button.setEnabled(has_records)
        self.save_button.setEnabled(has_records)
