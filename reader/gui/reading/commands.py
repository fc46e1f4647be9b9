"""The reading feature's commands: copying, moving through the issue, scrolling, history, size, themes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..shell.commands import Command, Submenu

COMMANDS = (
    Command("edit.copy", QT_TRANSLATE_NOOP("Commands", "&Copy"), "reading.copy", keys=("std:Copy",), menu="edit/copy"),
    Command("edit.copy_cited", QT_TRANSLATE_NOOP("Commands", "Copy with &Citation"), "reading.copy_with_citation",
            keys=("Ctrl+Shift+C",), menu="edit/copy"),
    Command("view.larger", QT_TRANSLATE_NOOP("Commands", "&Larger Text"), "appearance.change_font_size", (1,),
            keys=("Ctrl+=", "Ctrl++", "std:ZoomIn"), menu="view/size"),
    Command("view.smaller", QT_TRANSLATE_NOOP("Commands", "&Smaller Text"), "appearance.change_font_size", (-1,),
            keys=("Ctrl+-", "std:ZoomOut"), menu="view/size"),
    Command("view.actual", QT_TRANSLATE_NOOP("Commands", "&Actual Size"), "appearance.change_font_size", (0,),
            keys=("Ctrl+0",), menu="view/size"),
    Submenu("view.theme", QT_TRANSLATE_NOOP("Commands", "&Theme"), "view/size"),
    Command("view.theme.system", QT_TRANSLATE_NOOP("Commands", "Follow &System"), "appearance.set_theme", ("system",),
            menu="view.theme", group="theme"),
    Command("view.theme.light", QT_TRANSLATE_NOOP("Commands", "&Light"), "appearance.set_theme", ("light",),
            menu="view.theme", group="theme"),
    Command("view.theme.sepia", QT_TRANSLATE_NOOP("Commands", "S&epia"), "appearance.set_theme", ("sepia",),
            menu="view.theme", group="theme"),
    Command("view.theme.dark", QT_TRANSLATE_NOOP("Commands", "&Dark"), "appearance.set_theme", ("dark",),
            menu="view.theme", group="theme"),
    Command("go.next", QT_TRANSLATE_NOOP("Commands", "&Next Article"), "session.next_article", keys=("J", "Down"),
            menu="go/articles"),
    Command("go.previous", QT_TRANSLATE_NOOP("Commands", "&Previous Article"), "session.previous_article",
            keys=("K", "Up"),
            menu="go/articles"),
    Command("go.next_page", QT_TRANSLATE_NOOP("Commands", "Next P&age"), "session.step_page", (1,), keys=("]",),
            menu="go/articles"),
    Command("go.previous_page", QT_TRANSLATE_NOOP("Commands", "Previous Pa&ge"), "session.step_page", (-1,),
            keys=("[",),
            menu="go/articles"),
    Command("go.page_down", QT_TRANSLATE_NOOP("Commands", "Scroll &Down"), "reading.scroll_screen", (1,),
            keys=("Space",),
            menu="go/scroll"),
    Command("go.page_up", QT_TRANSLATE_NOOP("Commands", "Scroll &Up"), "reading.scroll_screen", (-1,),
            keys=("Shift+Space",),
            menu="go/scroll"),
    Command("go.start", QT_TRANSLATE_NOOP("Commands", "Start of Article"), "reading.scroll_to_start", keys=("Home",),
            menu="go/scroll"),
    Command("go.end", QT_TRANSLATE_NOOP("Commands", "End of Article"), "reading.scroll_to_end",
            keys=("End",), menu="go/scroll"),
    Command("go.back", QT_TRANSLATE_NOOP("Commands", "&Back"), "session.go_back", keys=("Alt+Left", "std:Back"),
            menu="go/history"),
    Command("go.forward", QT_TRANSLATE_NOOP("Commands", "&Forward"), "session.go_forward",
            keys=("Alt+Right", "std:Forward"),
            menu="go/history"),
)
