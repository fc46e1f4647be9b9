"""Reading themes (light, sepia, dark) and the window palette that goes with each."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette


class Theme(NamedTuple):
    """Colours of the reading pane; `dark` says whether the window should be dark too (value types
    made before the first paint are NamedTuples: a frozen dataclass compiles its methods as it is made)."""

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
    """True when the desktop asks for a dark colour scheme (QStyleHints.colorScheme)."""
    from PySide6.QtCore import Qt  # the first use of `Qt` builds all its enum types (~40 ms): not at start-up
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def palette_is_dark(palette: QPalette) -> bool:
    """True when a palette has light text on dark windows."""
    return (palette.color(QPalette.ColorRole.Window).lightness()
            < palette.color(QPalette.ColorRole.WindowText).lightness())


def system_palette_is_dark() -> bool:
    """Start-up's guess at the desktop's scheme: the application palette before the reader changes it
    (Qt's platform themes derive it from the colour scheme). Confirm later with system_prefers_dark()."""
    return palette_is_dark(QGuiApplication.palette())


def resolve_theme(name: str, quick: bool = False) -> Theme:
    """The theme for a setting: 'system' is dark or light as the desktop prefers (quick: as the
    palette suggests, see system_palette_is_dark)."""
    if name == "system":
        dark = system_palette_is_dark() if quick else system_prefers_dark()
        return THEMES["dark" if dark else "light"]
    return THEMES.get(name, THEMES["light"])


def window_palette(theme: Theme, base: QPalette) -> QPalette:
    """A palette for the whole window: base unchanged for light themes, a dark palette for dark ones."""
    if not theme.dark:
        return base
    pal = base.__copy__()
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
        pal.setColor(QPalette.ColorGroup.All, role, QColor.fromString(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor.fromString("#77777c"))
    return pal


def pane_palette(theme: Theme, base: QPalette) -> QPalette:
    """The reading pane's palette: paper, ink, selection and link colours of the theme."""
    pal = base.__copy__()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Base, QColor.fromString(theme.paper))
        pal.setColor(group, QPalette.ColorRole.Window, QColor.fromString(theme.paper))
        pal.setColor(group, QPalette.ColorRole.Text, QColor.fromString(theme.ink))
        pal.setColor(group, QPalette.ColorRole.Highlight, QColor.fromString(theme.selection))
        pal.setColor(group, QPalette.ColorRole.HighlightedText, QColor.fromString(theme.ink))
        pal.setColor(group, QPalette.ColorRole.Link, QColor.fromString(theme.link))
    return pal


# Before the first paint the reader avoids PySide's `Qt` namespace: its first use builds ~95 Python
# enum types (25-40 ms). Overloads taking a Qt enum build it too while the call is resolved:
# QColor(str), QColor(QColor), QPalette(QPalette), QBrush(QColor) and QBrush.setColor all do, so
# colours come from QColor.fromString, copies from __copy__ (what copy.copy calls, without importing
# `copy` before the first paint), and brushes from a palette.
def solid_brush(colour: str) -> QBrush:
    """A solid brush of a colour given as text ('#a3201c')."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor.fromString(colour))
    return palette.brush(QPalette.ColorRole.Text)
