"""Flat scroll bars for the whole application, in the colours of the reading theme.

Fusion paints a scroll bar with gradients, and Qt's raster engine splits every blended fill taller
than about 96 lines into pieces for its GUI thread pool and waits for them: one repaint of a tall bar
woke the pool about 40 times, and at each keystroke of find the bars of the pane, the sidebar and the
results repaint (their ranges change). On a shared 2-CPU machine those waits were a third of the
keystroke's wall time. The style sheet (resources/styles/scroll_bars.qss) draws the groove and the
handle as opaque flat rectangles, in C++, with nothing handed to another thread; the bars keep
Fusion's width, so nothing is laid out again when it is applied.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ..translations import resource_path

STYLE_SHEET = ("styles", "scroll_bars.qss")


def scroll_bar_style(hover: str) -> str:
    """The style sheet with hover as the colour of a handle under the mouse (or dragged)."""
    return resource_path(*STYLE_SHEET).read_text(encoding="utf-8").replace("@hover", hover)


def apply_flat_scroll_bars(app: QApplication, hover: str) -> None:
    """Give every scroll bar of the application the flat look (again when the theme changes)."""
    sheet = scroll_bar_style(hover)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
