"""Read-aloud's commands, in View ▸ Read Aloud (their keys work before the feature is built)."""

from __future__ import annotations

from ..shell.commands import QT_TRANSLATE_NOOP, Command, Submenu

COMMANDS: tuple[Command | Submenu, ...] = (
    Submenu("speech", QT_TRANSLATE_NOOP("Commands", "Read &Aloud"), "view/speech", fill="readaloud.update_menu"),
    Command("speech.read", QT_TRANSLATE_NOOP("Commands", "&Read Aloud from the Cursor"), "readaloud.read_or_pause",
            keys=("Ctrl+R",), menu="speech",
            tip=QT_TRANSLATE_NOOP("Commands", "Read the story aloud sentence by sentence from the cursor (or the "
                                              "selection); again to pause and resume")),
    Command("speech.stop", QT_TRANSLATE_NOOP("Commands", "&Stop Reading"), "readaloud.stop", keys=("Ctrl+Shift+R",),
            menu="speech"),
    Command("speech.faster", QT_TRANSLATE_NOOP("Commands", "&Faster"), "readaloud.change_rate", (1,), menu="speech"),
    Command("speech.slower", QT_TRANSLATE_NOOP("Commands", "S&lower"), "readaloud.change_rate", (-1,), menu="speech"),
    Submenu("speech.voice", QT_TRANSLATE_NOOP("Commands", "&Voice"), "speech", fill="readaloud.fill_voices"),
)
