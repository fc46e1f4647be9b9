"""Lookup's command (its key works before the feature is built: the table builds it on first use)."""

from __future__ import annotations

from ..shell.commands import QT_TRANSLATE_NOOP, Command

COMMANDS: tuple[Command, ...] = (
    Command("edit.look_up", QT_TRANSLATE_NOOP("Commands", "&Look Up Word"), "lookup.look_up_here",
            keys=("Ctrl+Shift+D",), menu="edit/copy",
            tip=QT_TRANSLATE_NOOP("Commands", "The word at the cursor, or the text selected, in the dictionary "
                                              "(or double-click a word)")),
)
