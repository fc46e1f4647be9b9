"""Looking a word up in the reading pane: double-click a word (or Edit ▸ Look Up Word on the cursor or a
selection), and the jieba word there is marked and shown in a popup with its pinyin, 繁/简 forms and
CC-CEDICT senses; from the popup: find it in this issue, search the library for it, copy it.

Why a double-click: a plain click belongs to the pane's links (seams, keywords) and places the cursor
for read-aloud; a double-click is everywhere the gesture that selects a word, and here it selects the
word as jieba cuts it (Qt's own selects a whole run of Chinese up to the next punctuation) and says what
it means. Segmenting and the dictionary run on the thread pool, the result comes back by signal; the
dictionary, pypinyin and OpenCC are loaded there a moment after start-up (`warm_up_in_background`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QGuiApplication

from ...core.search.query import SearchOptions

if TYPE_CHECKING:
    from ...core.lookup import Definition
    from ..shell.protocol import Shell
    from .popup import LookupPopup
    from .ports import WordPane

LAYER = "lookup"
MAX_SELECTED = 16            # a selection up to this many characters is looked up as it is
WARM_UP_DELAY_MS = 3000      # after start-up's steps (jieba starts at 1.5 s)


@dataclass(frozen=True)
class LookupResult:
    """A word found in a paragraph: where it is there, and what the dictionary says of it."""

    start: int
    length: int
    definition: Definition


def find_word(text: str, offset: int) -> LookupResult | None:
    """The jieba word of text at offset, looked up (None on punctuation or space). Off the GUI thread."""
    from ...core.lookup import define, word_at
    span = word_at(text, offset)
    return None if span is None else LookupResult(span.start, span.length, define(span.word))


def define_text(text: str) -> LookupResult:
    """Selected text looked up as it is. Off the GUI thread."""
    from ...core.lookup import define
    return LookupResult(0, len(text), define(text))


def warm_up() -> None:
    """Load jieba, pypinyin, OpenCC and the dictionary's data (on a pool thread)."""
    from ...core.lookup import warm_up as warm_up_lookup
    from ...core.search import words
    words.warm_up()
    warm_up_lookup()


def as_query(word: str) -> str:
    """The word as a query of the find bar's language (a phrase when it holds a space, quote or leading -)."""
    if any(ch.isspace() or ch in '"“”' for ch in word) or word.startswith("-"):
        return "“" + word.replace("“", "").replace("”", "").replace('"', "") + "”"
    return word


class LookupFeature(QObject):
    """See the module docstring."""

    def __init__(self, shell: Shell, pane: WordPane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.pane = pane
        self.popup: LookupPopup | None = None
        self.shown: LookupResult | None = None      # what the popup shows
        self.span: tuple[int, int] | None = None     # where the word shown is in the pane
        self._serial = 0
        self._context_action: QAction | None = None
        pane.word_requested.connect(self.look_up_at)
        pane.add_context_actions(self._context_actions)

    # ---- asking
    def look_up_here(self) -> None:
        """Edit ▸ Look Up Word: the selection (a short one, as it is), else the word at the cursor."""
        selection = self.pane.selection()
        text = self.pane.selected_text().strip()
        if selection is not None and text and len(text) <= MAX_SELECTED and "\n" not in text:
            start = selection[0] + self.pane.selected_text().index(text[0])
            self._ask(start, define_text, text)
        elif (cursor := self.pane.cursor_position()) is not None:
            self.look_up_at(cursor)
        else:
            self.shell.show_status(self.tr("Double-click a word, or click in the text first."), 3000)

    def look_up_at(self, position: int) -> None:
        """Look up the jieba word holding the character at a document position."""
        block_start, text = self.pane.block_at(position)
        self._ask(block_start, find_word, text, position - block_start)

    def _ask(self, base: int, job: Callable[..., LookupResult | None], *args: object) -> None:
        self._serial += 1
        serial = self._serial
        self.shell.run_task(job, *args, on_done=lambda result: self._answer(serial, base, result),
                            on_failed=lambda exc: self._failed(serial, exc))

    # ---- answers
    def _answer(self, serial: int, base: int, result: LookupResult | None) -> None:
        if serial != self._serial:
            return     # a later lookup was asked for meanwhile
        if result is None:
            self.shell.show_status(self.tr("No word here to look up."), 3000)
            return
        start, end = base + result.start, base + result.start + result.length
        self.shown, self.span = result, (start, end)
        self.pane.select(start, end)
        self.pane.set_mark(LAYER, [(start, end)], "word")
        popup = self._popup()
        popup.set_definition(result.definition, self.shell.commands.resolve("library.search_for") is not None)
        popup.show_at(self.pane.global_rect(start, end))

    def _failed(self, serial: int, error: BaseException) -> None:
        if serial == self._serial:
            self.shell.show_status(self.tr("The word could not be looked up: {error}").format(error=error), 5000)

    def _popup(self) -> LookupPopup:
        if self.popup is None:
            from .popup import LookupPopup
            self.popup = LookupPopup(self.shell.widget())
            self.popup.find_requested.connect(self.find_in_issue)
            self.popup.search_requested.connect(self.search_library)
            self.popup.copy_requested.connect(self.copy)
            self.popup.closed.connect(lambda: self.pane.clear_mark(LAYER))
        return self.popup

    # ---- what the popup offers
    def find_in_issue(self, word: str) -> None:
        self.shell.commands.run("find.show_query", as_query(word), SearchOptions())

    def search_library(self, word: str) -> None:
        self.shell.commands.run("library.search_for", as_query(word))

    def copy(self, word: str) -> None:
        QGuiApplication.clipboard().setText(word)
        self.shell.show_status(self.tr("Copied “{word}”.").format(word=word), 3000)

    def _context_actions(self, position: int | None) -> list[QAction]:
        if self._context_action is not None:
            self._context_action.deleteLater()      # the one made for the menu before
            self._context_action = None
        if position is None:
            return []
        self._context_action = QAction(self.tr("Look Up Word Here"), self)
        self._context_action.triggered.connect(lambda _checked=False: self.look_up_at(position))
        return [self._context_action]

    # ---- start-up
    def warm_up_in_background(self, delay_ms: int = WARM_UP_DELAY_MS) -> None:
        """Load what a lookup needs on the thread pool a moment from now (the first lookup is then quick)."""
        QTimer.singleShot(delay_ms, self, lambda: self.shell.run_task(warm_up))
