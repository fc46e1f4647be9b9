"""What stands where the results would when 全词匹配 needs the library's word index (the core raised
WordIndexMissing, code "word-index-missing"): it says so with the counts, offers to build the index,
and while it is built shows the progress with a button to stop (what is built stays)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

WORD_INDEX_MISSING = "word-index-missing"


def is_word_index_missing(error: BaseException) -> bool:
    """Whether a search failed for want of the word index (the core's code, no import of it)."""
    return getattr(error, "code", None) == WORD_INDEX_MISSING


class WordIndexOffer(QWidget):
    """The word index is missing: why, 建立词索引, then progress and 停止. `build_requested` and
    `cancel_requested` out; `offer`, `building`, `stopped` in."""

    build_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryWordIndexOffer")
        self.text = QLabel()
        self.text.setObjectName("libraryWordIndexText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.build_button = QPushButton(self.tr("Build the Word Index"))
        self.build_button.setObjectName("libraryWordIndexBuild")
        self.build_button.clicked.connect(lambda _checked=False: self._build())
        self.progress = QProgressBar()
        self.progress.setObjectName("libraryWordIndexProgress")
        self.progress.setFormat(self.tr("%p% of the articles"))
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setObjectName("libraryWordIndexCancel")
        self.cancel_button.setToolTip(self.tr("Stop building: what is built so far is kept"))
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel_requested.emit())
        row = QHBoxLayout()
        row.addWidget(self.build_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addStretch(1)
        self._set_building(False)

    def offer(self, missing: int, articles: int) -> None:
        """Say that `missing` of `articles` articles are not in the word index, and offer to build it."""
        self.text.setText(self.tr(
            "Whole-word search needs the library's word index, and {missing} of {articles} articles are not in it "
            "yet. Building it runs jieba over every article once (a few minutes for a large library); meanwhile "
            "search without Whole words.").format(missing=f"{missing:,}", articles=f"{articles:,}"))
        self._set_building(self.running)

    def building(self, done: int, total: int) -> None:
        """The build has stored `done` of `total` articles."""
        self._set_building(True)
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(min(done, total))

    def stopped(self, problem: str | None = None) -> None:
        """The build ended (finished, stopped, or failed with a problem, worded)."""
        self._set_building(False)
        if problem:
            self.text.setText(self.tr("The word index could not be built: {problem}").format(problem=problem))

    def _build(self) -> None:
        self.building(0, 0)
        self.progress.setRange(0, 0)  # busy until the first batch is stored
        self.build_requested.emit()

    def _set_building(self, on: bool) -> None:
        self.running = on
        self.build_button.setVisible(not on)
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
