"""The library's commands: import, bookmark, search the library, the paper's issue before or after, continue
reading."""

from __future__ import annotations

from ..shell.commands import QT_TRANSLATE_NOOP, Command, Submenu

COMMANDS = (
    Command("file.import", QT_TRANSLATE_NOOP("Commands", "&Import into Library…"), "library.show_import",
            keys=("Ctrl+I",),
            menu="file/library"),
    Command("file.compact_library", QT_TRANSLATE_NOOP("Commands", "Co&mpact Library"), "library.compact",
            menu="file/library"),
    Command("edit.bookmark", QT_TRANSLATE_NOOP("Commands", "&Bookmark Article"), "library.toggle_bookmark",
            keys=("Ctrl+D",),
            menu="edit/library", checkable=True,
            tip=QT_TRANSLATE_NOOP("Commands", "Bookmark the article on screen (收藏); again to remove it")),
    Command("edit.search_library", QT_TRANSLATE_NOOP("Commands", "Search &Library…"), "library.show_search",
            keys=("Ctrl+Shift+F",), menu="edit/library"),
    Command("library.cite_results", QT_TRANSLATE_NOOP("Commands", "Cite Search &Results…"), "library.cite_results",
            menu="edit/library"),
    Command("library.cite_bookmarks", QT_TRANSLATE_NOOP("Commands", "Cite All Boo&kmarks…"),
            "library.cite_bookmarks", menu="edit/library"),
    Command("library.search_for", QT_TRANSLATE_NOOP("Commands", "Search the Library for a Query"),
            "library.search_for"),   # (query): for other features (a word looked up)
    Command("go.previous_issue", QT_TRANSLATE_NOOP("Commands", "Previous &Issue of This Paper"),
            "library.step_issue", (-1,), keys=("Ctrl+[",), menu="go/issues"),
    Command("go.next_issue", QT_TRANSLATE_NOOP("Commands", "Next Issue of This &Paper"),
            "library.step_issue", (1,), keys=("Ctrl+]",), menu="go/issues"),
    Submenu("go.continue", QT_TRANSLATE_NOOP("Commands", "&Continue Reading"), "go/library",
            fill="library.fill_continue_menu"),
)
