"""Reading aloud with an injected engine: sentence by sentence from the cursor or the selection, the
sentence marked and in view, pause/resume, stop, speed, voice; what to install when there is no engine."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu

from reader.core.readaloud import story_sentences
from reader.gui.readaloud.controller import LAYER, block_position
from reader.gui.readaloud.engine import EngineStatus, EspeakEngine, Voice, chinese_voices, words_per_minute
from reader.gui.startup import Reader

from .helpers import TIMEOUT

pytestmark = pytest.mark.gui

VOICES = (Voice("sit/cmn", "Chinese (Mandarin)", "cmn"), Voice("sit/yue", "Chinese (Cantonese)", "yue"))


class FakeEngine(QObject):
    """Says nothing; records what it was asked to say; the test finishes each sentence."""

    finished = Signal()
    failed = Signal(str)

    def __init__(self, status: EngineStatus = EngineStatus("ready", VOICES)) -> None:
        super().__init__()
        self.status = status
        self.said: list[tuple[str, str | None, float]] = []
        self.stops = 0
        self.speaking = False

    def probe(self) -> EngineStatus:
        return self.status

    def speak(self, text: str, voice: str | None, rate: float) -> None:
        self.said.append((text, voice, rate))
        self.speaking = True

    def stop(self) -> None:
        self.stops += 1
        self.speaking = False

    def finish(self) -> None:
        self.speaking = False
        self.finished.emit()


@pytest.fixture
def engine(shown: Reader) -> FakeEngine:
    fake = FakeEngine()
    shown.speech_engine = fake
    return fake


def spoken_texts(reader: Reader) -> list[str]:
    """The sentences of the story on screen, as the core cuts them (white space as the engine gets it)."""
    blocks = reader.reading.pane_text().spoken_blocks()
    return [blocks[s.block][1][s.offset:s.offset + s.length].replace("\u2028", " ")
            for s in story_sentences([t for _p, t in blocks])]


def test_reads_from_the_top_sentence_by_sentence_marking_each(qtbot, shown: Reader, engine: FakeEngine) -> None:
    read = shown.read_aloud
    expected = spoken_texts(shown)
    assert len(expected) > 5
    assert shown.window.commands.run("speech.read")
    assert read.state == "reading"
    for n in range(4):
        assert engine.said[-1][0] == expected[n]
        start, end = read.sentences[n]
        assert shown.reading.pane_text().marks(LAYER) == [(start, end)]
        assert shown.reading.pane.document().toPlainText()[start:end].replace("\u2028", " ") == expected[n]
        engine.finish()
    assert len(engine.said) == 5


def test_the_sentence_read_is_kept_in_view(qtbot, shown: Reader, engine: FakeEngine) -> None:
    shown.window.resize(900, 400)
    qtbot.wait(50)
    read = shown.read_aloud
    read.start()
    for _ in range(len(read.sentences) - 1):
        engine.finish()
    start, _end = read.sentences[-1]
    assert shown.reading.pane.verticalScrollBar().value() > 0
    assert shown.reading.pane_text().is_visible(start)


def test_reads_from_the_cursor_and_only_the_selection(qtbot, shown: Reader, engine: FakeEngine) -> None:
    text = shown.reading.pane_text()
    pos = shown.reading.pane.layout_map.position("p1-1", "block", 2)      # the second paragraph of text
    assert pos is not None
    text.select(pos + 3, pos + 3)
    read = shown.read_aloud
    read.start()
    first = engine.said[-1][0]
    paragraph = shown.session.issue.item("p1-1").blocks[2].text
    assert paragraph.startswith(first)             # the sentence holding the cursor, from its start
    read.stop()
    assert text.marks(LAYER) == []
    text.select(pos + 2, pos + 12)
    read.start()
    assert engine.said[-1][0] == paragraph[2:12]
    engine.finish()
    assert read.state == "idle"                     # the selection was all


def test_pause_resume_stop_speed_and_voice(qtbot, shown: Reader, engine: FakeEngine, settings) -> None:
    read = shown.read_aloud
    commands = shown.window.commands
    commands.run("speech.read")
    engine.finish()
    second = engine.said[-1][0]
    commands.run("speech.read")                      # pause
    assert read.state == "paused" and not engine.speaking
    assert shown.window.action("speech.read").text() == read.tr("&Resume Reading")
    commands.run("speech.read")                      # resume: the sentence again
    assert read.state == "reading" and engine.said[-1][0] == second
    commands.run("speech.faster")
    engine.finish()
    assert engine.said[-1][2] == pytest.approx(0.25)
    read.set_voice("sit/yue")
    engine.finish()
    assert engine.said[-1][1] == "sit/yue"
    assert settings.store.value("speech/voice") == "sit/yue"
    commands.run("speech.stop")
    assert read.state == "idle" and shown.reading.pane_text().marks(LAYER) == []
    assert not commands.is_enabled("speech.stop")


def test_another_story_stops_the_reading(qtbot, shown: Reader, engine: FakeEngine) -> None:
    read = shown.read_aloud
    read.start()
    shown.session.next_article()
    assert read.state == "idle"
    assert shown.reading.pane_text().marks(LAYER) == []


def test_voice_menu_lists_the_chinese_voices(qtbot, shown: Reader, engine: FakeEngine) -> None:
    menu = QMenu()
    shown.read_aloud.set_voice("sit/cmn")
    shown.read_aloud.fill_voices(menu)
    texts = [a.text() for a in menu.actions()]
    assert len(texts) == 3 and any("Mandarin" in t for t in texts)
    assert [a.isChecked() for a in menu.actions()] == [False, True, False]


def test_no_engine_says_what_to_install(qtbot, shown: Reader, dialogs) -> None:
    shown.speech_engine = EspeakEngine(program="no-such-speech-program-here")
    read = shown.read_aloud
    read.update_menu(QMenu())
    assert "espeak-ng" in shown.window.action("speech.read").text()
    assert not read.start()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "inform" and "apt-get install espeak-ng" in text


def test_no_chinese_voice_says_so(qtbot, shown: Reader, dialogs) -> None:
    shown.speech_engine = FakeEngine(EngineStatus("no-chinese-voice"))
    shown.read_aloud.start()
    assert dialogs.shown[-1][0] == "inform" and "espeak-ng" in dialogs.shown[-1][2]


def test_engine_failure_is_reported_and_stops(qtbot, shown: Reader, engine: FakeEngine, dialogs) -> None:
    shown.read_aloud.start()
    engine.failed.emit("cannot open audio device")
    assert shown.read_aloud.state == "idle"
    assert dialogs.shown[-1][0] == "warn" and "cannot open audio device" in dialogs.shown[-1][2]


# ---- the espeak-ng engine itself, with a stand-in program
def fake_program(tmp_path: Path, exit_code: int = 0, stderr: str = "") -> Path:
    script = tmp_path / "fake-espeak"
    script.write_text("#!/bin/sh\n"
                      f'if [ "$1" = "--voices" ]; then printf "{LISTING}"; exit 0; fi\n'
                      f'echo "$@" > "{tmp_path}/args"; cat > "{tmp_path}/said"\n'
                      + (f'echo "{stderr}" >&2\n' if stderr else "") + f"exit {exit_code}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


LISTING = ("Pty Language       Age/Gender VoiceName          File                 Other Languages\\n"
           " 5  af              --/M      Afrikaans          gmw/af\\n"
           " 5  cmn             --/M      Chinese_(Mandarin) sit/cmn              (zh-cmn 5)(zh 5)\\n"
           " 5  yue             --/M      Chinese_(Cantonese) sit/yue             (zh-yue 5)(zh 8)\\n")


def test_chinese_voices_are_read_from_the_listing() -> None:
    voices = chinese_voices(LISTING.replace("\\n", "\n"))
    assert [v.id for v in voices] == ["sit/cmn", "sit/yue"]
    assert voices[0].name == "Chinese (Mandarin)"
    assert chinese_voices("") == ()
    assert words_per_minute(0) == 175 and words_per_minute(-5) == 88 and words_per_minute(1) == 350


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for espeak-ng")
def test_espeak_engine_gives_the_text_on_stdin_and_reports(qtbot, tmp_path: Path) -> None:
    engine = EspeakEngine(program=str(fake_program(tmp_path)))
    assert engine.probe().ready and engine.probe().voices[1].id == "sit/yue"
    with qtbot.waitSignal(engine.finished, timeout=TIMEOUT):
        engine.speak("-春耕备耕。", "sit/yue", 1.0)
    assert (tmp_path / "said").read_text(encoding="utf-8") == "-春耕备耕。"
    assert (tmp_path / "args").read_text().split() == ["-v", "sit/yue", "-s", "350", "-b", "1", "--stdin"]
    failing = EspeakEngine(program=str(fake_program(tmp_path, 0, "error: No such file or directory")))
    with qtbot.waitSignal(failing.failed, timeout=TIMEOUT) as blocker:
        failing.speak("你好。", None, 0.0)
    assert blocker.args == ["error: No such file or directory"]


@given(st.text())
def test_no_voice_listing_crashes_the_reader_of_it(listing: str) -> None:
    for voice in chinese_voices(listing):
        assert voice.id and voice.language


@given(st.lists(st.text(min_size=1, max_size=8), min_size=1, max_size=6), st.integers(0, 80))
def test_every_position_falls_in_a_block_or_after_the_last(texts: list[str], position: int) -> None:
    blocks, at = [], 0
    for text in texts:
        blocks.append((at, text))
        at += len(text) + 1
    index, offset = block_position(blocks, position)
    if index < len(blocks):
        start, text = blocks[index]
        assert 0 <= offset <= len(text) and (start + offset == position or (offset == 0 and position < start))
    else:
        assert position > blocks[-1][0] + len(blocks[-1][1])


def test_a_cursor_past_the_last_sentence_reads_nothing(qtbot, shown: Reader, engine: FakeEngine) -> None:
    pane = shown.reading.pane
    end = pane.document().characterCount() - 1
    shown.reading.pane_text().select(end, end)
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum())
    if not shown.reading.pane_text().is_visible(end):
        pytest.skip("the end of the story is not on screen in this window")
    assert not shown.read_aloud.start()
    assert engine.said == [] and shown.read_aloud.state == "idle"


def test_a_click_in_the_text_is_where_reading_starts(qtbot, shown: Reader, engine: FakeEngine) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QTextCursor
    pane = shown.reading.pane
    assert shown.reading.pane_text().cursor_position() is None     # typesetting put the cursor, not the reader
    pos = pane.layout_map.position("p1-1", "block", 2)
    assert pos is not None
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pos + 12)
    rect = pane.cursorRect(cursor)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 1, rect.center().y()))
    assert shown.reading.pane_text().cursor_position() is not None
    shown.read_aloud.start()
    start, end = shown.read_aloud.sentences[shown.read_aloud.index]
    assert start <= shown.reading.pane_text().cursor_position() <= end
    assert shown.session.issue.item("p1-1").blocks[2].text.startswith(engine.said[-1][0])
