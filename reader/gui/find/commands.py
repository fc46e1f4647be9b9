"""Find's commands (their keys work before the find bar is built: the table builds it on first use)."""

from __future__ import annotations

from ..shell.commands import QT_TRANSLATE_NOOP, Command

COMMANDS = (
    Command("edit.find", QT_TRANSLATE_NOOP("Commands", "&Find in Issue…"), "find.open",
            keys=("std:Find", "/"), menu="edit/find"),
    Command("edit.find_next", QT_TRANSLATE_NOOP("Commands", "Find &Next"), "find.next_hit",
            keys=("F3",), menu="edit/find"),
    Command("edit.find_previous", QT_TRANSLATE_NOOP("Commands", "Find Pre&vious"), "find.previous_hit",
            keys=("Shift+F3",),
            menu="edit/find"),
    Command("edit.find_close", QT_TRANSLATE_NOOP("Commands", "Close Find &Bar"), "find.close",
            keys=("Esc",), menu="edit/find"),
    Command("find.show_query", QT_TRANSLATE_NOOP("Commands", "Find a Query"), "find.show_query"),   # for other features
)
