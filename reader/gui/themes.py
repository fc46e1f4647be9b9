"""Reading themes (light, sepia, dark) and the window palette that goes with each."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class Theme:
    """Colours of the reading pane; `dark` says whether the window should be dark too."""

    name: str
    paper: str      # page background
    ink: str        # body text
    muted: str      # kicker, byline, captions
    accent: str     # headline rules, seams, marks
    link: str
    selection: str
    dark: bool


THEMES: dict[str, Theme] = {
    "light": Theme("light", "#ffffff", "#1d1d1f", "#6b6b70", "#a3201c", "#1f5fa8", "#cfe0f7", False),
    "sepia": Theme("sepia", "#f4ecd8", "#3b2f22", "#7a6852", "#8c3b1e", "#6b4a1f", "#e3d2ad", False),
    "dark": Theme("dark", "#1c1c1e", "#dcdcdc", "#9a9aa0", "#e0736b", "#86b4ec", "#3a4a63", True),
}


def system_prefers_dark() -> bool:
    """True when the desktop asks for a dark colour scheme."""
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def resolve_theme(name: str) -> Theme:
    """The theme for a setting: 'system' is dark or light as the desktop prefers."""
    if name == "system":
        return THEMES["dark" if system_prefers_dark() else "light"]
    return THEMES.get(name, THEMES["light"])


def window_palette(theme: Theme, base: QPalette) -> QPalette:
    """A palette for the whole window: base unchanged for light themes, a dark palette for dark ones."""
    if not theme.dark:
        return base
    pal = QPalette(base)
    colours = {
        QPalette.ColorRole.Window: "#2a2a2d", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: theme.paper, QPalette.ColorRole.AlternateBase: "#26262a",
        QPalette.ColorRole.Text: theme.ink, QPalette.ColorRole.Button: "#333337",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d5f8f",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#333337",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.PlaceholderText: "#8a8a90",
        QPalette.ColorRole.Link: theme.link, QPalette.ColorRole.Mid: "#444448",
        QPalette.ColorRole.Dark: "#18181a", QPalette.ColorRole.Light: "#4a4a4e",
    }
    for role, colour in colours.items():
        pal.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#77777c"))
    return pal


def pane_palette(theme: Theme, base: QPalette) -> QPalette:
    """The reading pane's palette: paper, ink, selection and link colours of the theme."""
    pal = QPalette(base)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Base, QColor(theme.paper))
        pal.setColor(group, QPalette.ColorRole.Window, QColor(theme.paper))
        pal.setColor(group, QPalette.ColorRole.Text, QColor(theme.ink))
        pal.setColor(group, QPalette.ColorRole.Highlight, QColor(theme.selection))
        pal.setColor(group, QPalette.ColorRole.HighlightedText, QColor(theme.ink))
        pal.setColor(group, QPalette.ColorRole.Link, QColor(theme.link))
    return pal
