"""Reading the story aloud: from the cursor (or the selection), sentence by sentence, the sentence being
read marked and kept in view; pause and resume, stop, faster and slower, the voice (View ▸ Read Aloud).

The sentences are the core's (readaloud.story_sentences) over the paragraphs the pane shows of the
story's fields; the engine (engine.py) says one at a time and reports when it is done. Where no engine
or no Chinese voice is installed, the menu entry says what to install and choosing it says how.
Showing another story stops the reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup

from ...core.readaloud import SentenceSpan, clip_to, sentence_index_at, story_sentences

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from ..session.session import ReadingSession
    from ..shell.protocol import Shell
    from .engine import EngineStatus, SpeechEngine
    from .ports import SpokenPane

LAYER = "readaloud"
RATE_STEP = 0.25
VOICE_KEY = "speech/voice"
RATE_KEY = "speech/rate"


def document_spans(blocks: list[tuple[int, str]], spans: list[SentenceSpan]) -> list[tuple[int, int]]:
    """Sentence spans as [start, end) document positions."""
    return [(blocks[s.block][0] + s.offset, blocks[s.block][0] + s.offset + s.length) for s in spans]


def block_position(blocks: list[tuple[int, str]], position: int) -> tuple[int, int]:
    """(block index, offset) of a document position; a position between blocks is the next block's start."""
    for index, (start, text) in enumerate(blocks):
        if position < start:
            return (index, 0)
        if position <= start + len(text):
            return (index, position - start)
    return (len(blocks), 0)


class ReadAloudFeature(QObject):
    """See the module docstring. `state` is "idle", "reading" or "paused"."""

    def __init__(self, shell: Shell, session: ReadingSession, pane: SpokenPane, engine: SpeechEngine,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.pane = pane
        self.engine = engine
        self.state = "idle"
        self.sentences: list[tuple[int, int]] = []     # [start, end) in the pane
        self.texts: list[str] = []
        self.index = 0
        self._status: EngineStatus | None = None
        self._story: list[str] = []
        store = shell.settings.store
        self.voice: str | None = str(store.value(VOICE_KEY, "")) or None
        try:
            self.rate = max(-1.0, min(1.0, float(store.value(RATE_KEY, 0.0))))   # type: ignore[arg-type]
        except (TypeError, ValueError):
            self.rate = 0.0
        engine.finished.connect(self._sentence_done)
        engine.failed.connect(self._engine_failed)
        session.current_item_changed.connect(lambda _item: self._story_changed())
        shell.on_close(self.stop)
        self._update_commands()

    # ---- the engine
    def status(self) -> EngineStatus:
        """Whether the engine can read Chinese (asked once)."""
        if self._status is None:
            self._status = self.engine.probe()
        return self._status

    def _need_to_install(self) -> str | None:
        status = self.status()
        if status.code == "no-engine":
            return self.tr("No text-to-speech engine is installed. Install espeak-ng ({command}) and try again.")\
                .format(command=status.install_hint)
        if status.code == "no-chinese-voice":
            return self.tr("The text-to-speech engine has no Chinese voice. Install espeak-ng's voices "
                           "({command}) and try again.").format(command=status.install_hint)
        return None

    # ---- commands
    def read_or_pause(self) -> None:
        """Read from the cursor (or the selection); while reading, pause; when paused, go on."""
        if self.state == "reading":
            self.pause()
        elif self.state == "paused":
            self.resume()
        else:
            self.start()

    def start(self) -> bool:
        """Read the story from the selection, the cursor (when on screen) or the top of the pane."""
        problem = self._need_to_install()
        if problem is not None:
            self.shell.dialogs.inform(self.shell.widget(), self.tr("Read Aloud"), problem)
            return False
        blocks = self.pane.spoken_blocks()
        spans = story_sentences([text for _start, text in blocks])
        selection = self.pane.selection()
        if selection is not None:
            spans = clip_to(spans, block_position(blocks, selection[0]), block_position(blocks, selection[1]))
            first = 0
        else:
            cursor = self.pane.cursor_position()
            here = cursor if cursor is not None and self.pane.is_visible(cursor) else self.pane.first_visible_position()
            found = sentence_index_at(spans, block_position(blocks, here))
            first = len(spans) if found is None else found      # past the last sentence: nothing to read
        self.sentences = document_spans(blocks, spans)
        self.texts = [blocks[s.block][1][s.offset:s.offset + s.length].replace("\u2028", " ") for s in spans]
        if first >= len(self.sentences):
            self.shell.show_status(self.tr("Nothing to read aloud here."), 3000)
            return False
        self._story = self.pane.item_ids()
        self.index = first
        self.state = "reading"
        self._say()
        return True

    def pause(self) -> None:
        if self.state == "reading":
            self.engine.stop()
            self.state = "paused"
            self.shell.show_status(self.tr("Reading paused."), 3000)
            self._update_commands()

    def resume(self) -> None:
        """Go on from the sentence paused in (said again from its start)."""
        if self.state == "paused":
            self.state = "reading"
            self._say()

    def stop(self) -> None:
        if self.state != "idle":
            self.engine.stop()
        self.state = "idle"
        self.pane.clear_mark(LAYER)
        self._update_commands()

    def change_rate(self, step: int) -> None:
        """Faster (1) or slower (-1), from the next sentence on; remembered."""
        self.rate = max(-1.0, min(1.0, self.rate + step * RATE_STEP))
        self.shell.settings.store.setValue(RATE_KEY, self.rate)
        self.shell.show_status(self.tr("Reading speed: {percent}%").format(percent=round(100 * 2 ** self.rate)), 3000)
        self._update_commands()

    def set_voice(self, voice: str | None) -> None:
        """The voice to read with (None: the engine's first Chinese voice); remembered."""
        self.voice = voice
        self.shell.settings.store.setValue(VOICE_KEY, voice or "")

    # ---- saying
    def _say(self) -> None:
        start, end = self.sentences[self.index]
        self.pane.set_mark(LAYER, [(start, end)], "sentence")
        self.pane.ensure_visible(start, end)
        self.shell.show_status(self.tr("Reading aloud: sentence {i} of {n}").format(
            i=self.index + 1, n=len(self.sentences)))
        self._update_commands()
        self.engine.speak(self.texts[self.index], self.voice, self.rate)

    def _sentence_done(self) -> None:
        if self.state != "reading":
            return
        self.index += 1
        if self.index < len(self.sentences):
            self._say()
        else:
            self.stop()
            self.shell.show_status(self.tr("Finished reading aloud."), 3000)

    def _engine_failed(self, message: str) -> None:
        self.stop()
        self.shell.show_error(self.tr("Read Aloud"), self.tr("The story could not be read aloud: {message}")
                              .format(message=message))

    def _story_changed(self) -> None:
        if self.state != "idle" and self.pane.item_ids() != self._story:
            self.stop()

    # ---- menus
    def _update_commands(self) -> None:
        commands = self.shell.commands
        for command in ("speech.stop",):
            commands.set_enabled(command, self.state != "idle")
        commands.set_enabled("speech.faster", self.rate < 1.0)
        commands.set_enabled("speech.slower", self.rate > -1.0)
        action = self.shell.action("speech.read")
        if action is not None:
            action.setText({"reading": self.tr("&Pause Reading"), "paused": self.tr("&Resume Reading")}.get(
                self.state, self._read_text()))

    def _read_text(self) -> str:
        status = self._status
        if status is not None and status.code == "no-engine":
            return self.tr("Read Aloud (install espeak-ng)")
        if status is not None and status.code == "no-chinese-voice":
            return self.tr("Read Aloud (install a Chinese voice)")
        return self.tr("&Read Aloud from the Cursor")

    def update_menu(self, _menu: QMenu) -> None:
        """Before View ▸ Read Aloud shows: ask the engine (once) so the entry can say what is missing."""
        self.status()
        self._update_commands()

    def fill_voices(self, menu: QMenu) -> None:
        """View ▸ Read Aloud ▸ Voice: the engine's Chinese voices, the one chosen checked."""
        menu.clear()
        voices = self.status().voices
        group = QActionGroup(menu)
        default = menu.addAction(self.tr("Default"))
        choices: list[tuple[QAction, str | None]] = [(default, None)]
        for voice in voices:
            choices.append((menu.addAction(f"{voice.name} ({voice.language})"), voice.id))
        for action, voice_id in choices:
            action.setCheckable(True)
            action.setChecked(voice_id == self.voice or (voice_id is None and not any(
                v.id == self.voice for v in voices)))
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, v=voice_id: self.set_voice(v))
        if not voices:
            missing = menu.addAction(self.tr("No Chinese voice installed"))
            missing.setEnabled(False)
