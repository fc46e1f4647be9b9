"""Flat scroll bars that repaint alone, in the colours of the application's palette.

Fusion paints a scroll bar with gradients, and Qt's raster engine splits every blended fill taller
than about 96 lines into pieces for its GUI thread pool and waits for them: one repaint of a tall bar
woke the pool about 40 times, and at each keystroke of find the bars of the pane, the sidebar and the
results repaint (their ranges change). On a shared 2-CPU machine those waits were a third of the
keystroke's wall time. The style sheet (resources/styles/scroll_bars.qss) draws the groove and the
handle as opaque flat rectangles, in C++, with nothing handed to another thread, at Fusion's width.

The sheet is set on each scroll bar, not on the application: an application style sheet takes over
every widget's palette (a theme change no longer reached the window or the reading pane). Its colours
are palette roles, read as a bar is polished, so a new palette re-polishes the scroll bars.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from ..translations import resource_path
from .opaque import fill_background

STYLE_SHEET = ("styles", "scroll_bars.qss")
_styled = False     # whether any bar has been made flat (none before the first paint)


@cache
def scroll_bar_style() -> str:
    """The style sheet of the flat scroll bars (read once)."""
    return resource_path(*STYLE_SHEET).read_text(encoding="utf-8")


def flat_scroll_bars(*areas: QAbstractScrollArea) -> None:
    """Each area's scroll bars flat; they and the containers Qt keeps them in paint their own background,
    so that a bar whose range changes repaints alone, not the window, dock and frames beneath it."""
    global _styled
    _styled = True
    for area in areas:
        for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
            bar.setStyleSheet(scroll_bar_style())
            container = bar.parentWidget()
            if container is not None and container is not area:
                fill_background(container)


def repolish_scroll_bars(app: QApplication) -> None:
    """Have every flat scroll bar take the colours of the application's palette as it is now."""
    if not _styled:       # (and no widget asked for before the first paint: each would get a Python type)
        return
    from PySide6.QtWidgets import QScrollBar  # (a type named at import is made before the first paint)
    sheet = scroll_bar_style()
    for widget in app.allWidgets():
        if isinstance(widget, QScrollBar) and widget.styleSheet() == sheet:
            style = widget.style()
            style.unpolish(widget)
            style.polish(widget)
            widget.update()
