"""The window's layout commands: the side panels hidden or shown (F9), full screen (F11), and moving
between the side panels' tabs (版面 / 往期 / 收藏) with Ctrl+Tab and Ctrl+Shift+Tab."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .commands import QT_TRANSLATE_NOOP, Command

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from .commands import CommandTable
    from .settings import ReaderSettings
    from .side_panels import SidePanels

PANELS_HIDDEN_KEY = "window/panelsHidden"

COMMANDS = (
    Command("view.panels", QT_TRANSLATE_NOOP("Commands", "Side &Panel"), "layout.set_panels_shown", keys=("F9",),
            menu="view/layout", checkable=True,
            tip=QT_TRANSLATE_NOOP("Commands", "Show or hide the pages, library and bookmarks beside the text")),
    Command("view.full_screen", QT_TRANSLATE_NOOP("Commands", "&Full Screen"), "layout.set_full_screen",
            keys=("F11", "std:FullScreen"), menu="view/layout", checkable=True),
    Command("view.next_panel", QT_TRANSLATE_NOOP("Commands", "Next Side Panel Tab"), "layout.step_panel", (1,),
            keys=("Ctrl+Tab",), menu="view/layout"),
    Command("view.previous_panel", QT_TRANSLATE_NOOP("Commands", "Previous Side Panel Tab"), "layout.step_panel",
            (-1,), keys=("Ctrl+Shift+Tab", "Ctrl+Backtab"), menu="view/layout"),
)


class WindowLayout(QObject):
    """Carries out the layout commands on the window (see the module docstring)."""

    def __init__(self, window: QMainWindow, panels: SidePanels, commands: CommandTable,
                 settings: ReaderSettings) -> None:
        super().__init__(window)
        self.window = window
        self.panels = panels
        self.commands = commands
        self.settings = settings
        commands.add(COMMANDS)
        commands.provide("layout", lambda: self)
        hidden = str(settings.store.value(PANELS_HIDDEN_KEY, "false")).lower() == "true"
        if hidden:
            panels.hide()
        commands.set_checked("view.panels", not hidden)

    def panels_shown(self) -> bool:
        return not self.panels.isHidden()

    def set_panels_shown(self, shown: bool | None = None) -> None:
        """Show or hide the side panels (None: the other way round); the text gets the room."""
        panels = self.panels
        shown = panels.isHidden() if shown is None else shown
        panels.setVisible(shown)
        self.commands.set_checked("view.panels", shown)
        if shown:
            current = panels.current_widget()
            if current is not None:
                current.setFocus()

    def set_full_screen(self, on: bool | None = None) -> None:
        """Full screen, or back to the window as it was (None: the other way round)."""
        on = not self.window.isFullScreen() if on is None else on
        if on:
            self.window.showFullScreen()
        else:
            self.window.showNormal()
        self.commands.set_checked("view.full_screen", on)

    def step_panel(self, direction: int) -> None:
        """The next (1) or previous (-1) tab of the side panels, which are shown if they were hidden."""
        panels = self.panels
        if panels.isHidden():
            self.set_panels_shown(True)
        elif panels.count() > 1:
            panels.set_current_index((panels.current_index() + direction) % panels.count())
        current = panels.current_widget()
        if current is not None:
            current.setFocus()

    def save(self) -> None:
        """Remember whether the side panels are hidden (the window calls this as it saves its layout)."""
        self.settings.store.setValue(PANELS_HIDDEN_KEY, "false" if self.panels_shown() else "true")
