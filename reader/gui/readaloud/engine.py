"""Text-to-speech engines: what read-aloud asks of one, and the platform's espeak-ng run as a process.

Why espeak-ng and not Qt's QTextToSpeech: QtTextToSpeech is not in PySide6-Essentials but in
PySide6-Addons (a second wheel of every add-on module of Qt, several times the size of Essentials),
and on Linux its voices come through speech-dispatcher's plugin, which needs the speech-dispatcher
daemon and a synthesizer such as espeak-ng anyway. espeak-ng alone is one system package, has
Mandarin (cmn) and Cantonese (yue) voices, and speaks a sentence given on its standard input, so
the reader runs it once a sentence with QProcess (the GUI never waits for it). An engine is injected,
so tests drive a fake one and another engine (QTextToSpeech where Addons is installed) can be added.

espeak-ng cannot pause inside an utterance: pausing stops the sentence and resuming says it again.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import QObject, QProcess, Signal

PROGRAM = "espeak-ng"
INSTALL_HINT = "sudo apt-get install espeak-ng"      # Debian, Ubuntu (the Chinese voices are in espeak-ng-data)
CHINESE_TAGS = ("cmn", "yue", "hak", "zh")
BASE_WORDS_PER_MINUTE = 175                           # espeak-ng's default rate; rate 0 is this
_ERROR_LINE = re.compile(r"^\s*error\b", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Voice:
    """A voice the engine has: the id it is chosen by, its name, and its language tag."""

    id: str
    name: str
    language: str


@dataclass(frozen=True)
class EngineStatus:
    """Whether the engine can read Chinese: "ready", "no-engine" or "no-chinese-voice"; its Chinese voices."""

    code: str
    voices: tuple[Voice, ...] = field(default_factory=tuple)
    install_hint: str = INSTALL_HINT

    @property
    def ready(self) -> bool:
        return self.code == "ready"


class SpeechEngine(Protocol):
    """What read-aloud needs of an engine: speak one text at a time, say when it is done."""

    finished: Any      # Signal(): the text given to speak() has been said
    failed: Any        # Signal(str): it could not be said (the engine's own words)

    def probe(self) -> EngineStatus: ...
    def speak(self, text: str, voice: str | None, rate: float) -> None:
        """Say text (rate -1 … 1: half to twice the normal speed) with a voice id (None: the first Chinese one)."""
        ...

    def stop(self) -> None: ...


def words_per_minute(rate: float) -> int:
    """espeak-ng's -s for a rate of -1 … 1 (88 … 350 words a minute)."""
    return round(BASE_WORDS_PER_MINUTE * 2 ** max(-1.0, min(1.0, rate)))


def chinese_voices(listing: str) -> tuple[Voice, ...]:
    """The Chinese voices in `espeak-ng --voices` output (columns: Pty Language Age/Gender VoiceName File …)."""
    voices = []
    for line in listing.splitlines()[1:]:
        parts = line.split()
        if len(parts) < 5:
            continue
        language, name, file = parts[1], parts[3], parts[4]
        others = " ".join(parts[5:])
        if language.split("-")[0] in CHINESE_TAGS or "(zh" in others:
            voices.append(Voice(file, name.replace("_", " "), language))
    return tuple(dict.fromkeys(voices))


class EspeakEngine(QObject):
    """espeak-ng, one process a sentence (see the module docstring)."""

    finished = Signal()
    failed = Signal(str)

    def __init__(self, program: str = PROGRAM, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.program = program
        self._status: EngineStatus | None = None
        self._process = QProcess(self)      # one process object, started once a sentence
        self._process.finished.connect(self._done)
        self._process.errorOccurred.connect(self._error)
        self._speaking = False

    def probe(self) -> EngineStatus:
        """Whether espeak-ng is installed and has a Chinese voice (asked once; a subprocess of ~30 ms)."""
        if self._status is None:
            path = shutil.which(self.program)
            if path is None:
                self._status = EngineStatus("no-engine")
            else:
                try:
                    listing = subprocess.run([path, "--voices"], capture_output=True, text=True, timeout=10,
                                             check=False).stdout
                except (OSError, subprocess.SubprocessError):
                    listing = ""
                voices = chinese_voices(listing)
                self._status = EngineStatus("ready" if voices else "no-chinese-voice", voices)
        return self._status

    def speak(self, text: str, voice: str | None, rate: float) -> None:
        self.stop()
        voices = self.probe().voices
        chosen = voice if voice and any(v.id == voice for v in voices) else (voices[0].id if voices else "cmn")
        process = self._process
        process.setProgram(shutil.which(self.program) or self.program)
        process.setArguments(["-v", chosen, "-s", str(words_per_minute(rate)), "-b", "1", "--stdin"])
        self._speaking = True
        process.start()
        process.write(text.encode("utf-8"))
        process.closeWriteChannel()

    def stop(self) -> None:
        if self._speaking:
            self._speaking = False        # what the killed process reports is not heard
            self._process.kill()
            self._process.waitForFinished(1000)

    def _done(self, exit_code: int, _status: QProcess.ExitStatus) -> None:
        if not self._speaking:
            return
        self._speaking = False
        errors = bytes(self._process.readAllStandardError().data()).decode("utf-8", "replace")
        if exit_code != 0 or _ERROR_LINE.search(errors):
            lines = [ln.strip() for ln in errors.splitlines() if ln.strip()]
            self.failed.emit(lines[-1] if lines else f"{self.program} exited with status {exit_code}")
        else:
            self.finished.emit()

    def _error(self, error: QProcess.ProcessError) -> None:
        if self._speaking and error == QProcess.ProcessError.FailedToStart:
            self._speaking = False
            self.failed.emit(f"{self.program} could not be started")
