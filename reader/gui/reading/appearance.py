"""How the pane sets type: the font chosen, its size (Ctrl+= / Ctrl+- / Ctrl+0) and the theme."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from ..shell.settings import DEFAULT_FONT_SIZE, MAX_FONT_SIZE, MIN_FONT_SIZE
from . import themes
from .fonts import FontChoice, choose_font, installed_families
from .story_document import Typography

if TYPE_CHECKING:
    from ..shell.protocol import Shell
    from .pane import ArticleView


class Appearance(QObject):
    """Font, size and theme of the reading pane and the window's palette."""

    def __init__(self, shell: Shell, font_families: list[str] | None = None, theme: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.settings = shell.settings
        self.pane: ArticleView | None = None
        self.sidebar: QWidget | None = None       # the headlines: paper and ink of the theme too
        self._theme_override = theme
        self._window_dark = False   # whether the application palette is the dark one
        remembered = self.settings.font_choice() if font_families is None else None
        self._font_checked = remembered is None     # a remembered font is checked after the first paint
        if remembered is not None:                   # (asking Qt's font database costs ~3 M instructions)
            self.font_choice: FontChoice = FontChoice(*remembered)
        elif font_families is not None:
            self.font_choice = choose_font(font_families)
        else:
            self.font_choice = self._installed_choice()
        self.font_size = self.settings.font_size()
        shell.commands.provide("appearance", lambda: self)
        shell.commands.set_checked(f"view.theme.{self.theme_name()}", True)

    def typography(self, quick: bool = False) -> Typography:
        """quick: at start-up, the desktop's scheme guessed from the palette (see themes.resolve_theme)."""
        theme = themes.resolve_theme(self.theme_name(), quick)
        return Typography(self.font_choice.family, float(self.font_size), theme)

    def check_font(self) -> None:
        """Check the font remembered from the last run against the fonts installed now (once, after the
        first paint); the pane changes to the right one when fonts were installed or removed since."""
        if self._font_checked:
            return
        self._font_checked = True
        choice = self._installed_choice()
        if choice != self.font_choice:
            self.font_choice = choice
            if self.pane is not None:
                self.pane.set_typography(self.typography())

    def _installed_choice(self) -> FontChoice:
        """The font chosen among those installed now, remembered for the next start."""
        choice = choose_font(installed_families())
        self.settings.set_font_choice(*choice)
        return choice

    def theme_name(self) -> str:
        return self._theme_override or self.settings.theme()

    def attach(self, pane: ArticleView) -> None:
        """The pane to set; the window takes the theme's palette now."""
        self.pane = pane
        self.apply_theme(self.theme_name(), quick=True)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self.follow_system)

    def attach_sidebar(self, view: QWidget) -> None:
        """The sidebar's list, coloured like the pane (sepia paper in the sepia theme)."""
        self.sidebar = view
        self._colour_sidebar(themes.resolve_theme(self.theme_name(), quick=True))

    def _colour_sidebar(self, theme: themes.Theme) -> None:
        if self.sidebar is not None:
            self.sidebar.setPalette(themes.pane_palette(theme, self.sidebar.palette()))

    def change_font_size(self, step: int) -> None:
        """Larger (1), smaller (-1) or default (0) body text."""
        size = DEFAULT_FONT_SIZE if step == 0 else self.font_size + step
        self.font_size = min(MAX_FONT_SIZE, max(MIN_FONT_SIZE, size))
        self.settings.set_font_size(self.font_size)
        if self.pane is not None:
            self.pane.set_typography(self.typography())

    def set_theme(self, name: str) -> None:
        """Switch to a theme (system, light, sepia, dark) and remember it."""
        self._theme_override = None
        self.settings.set_theme(name)
        self.apply_theme(name)

    def apply_theme(self, name: str, quick: bool = False) -> None:
        """Colour the window and the reading pane for a theme name (quick: see themes.resolve_theme)."""
        theme = themes.resolve_theme(name, quick)
        app = QApplication.instance()
        palette_changed = False
        if isinstance(app, QApplication) and theme.dark != self._window_dark:
            app.setPalette(themes.window_palette(theme, app.style().standardPalette()))
            self._window_dark = theme.dark
            palette_changed = True
            from ..widgets.scroll_bars import repolish_scroll_bars  # (not before a light first paint)
            repolish_scroll_bars(app)      # the flat bars' colours are the palette's, read as they are polished
        self.shell.commands.set_checked(f"view.theme.{name}", True)
        self._colour_sidebar(theme)
        typography = Typography(self.font_choice.family, float(self.font_size), theme)
        if self.pane is not None and (typography != self.pane.typography or palette_changed):
            self.pane.set_typography(typography)    # the pane was built with it: not twice

    def follow_system(self, *_args: object) -> None:
        """The desktop's scheme (asked once the first story is on screen, and when it changes)."""
        if self.theme_name() == "system":
            self.apply_theme("system")
