"""Flat scroll bars for the whole application, in the colours of its palette.

Fusion paints a scroll bar with gradients, and Qt's raster engine splits every blended fill taller
than about 96 lines into pieces for its GUI thread pool and waits for them: one repaint of a tall bar
woke the pool about 40 times, and at each keystroke of find the bars of the pane, the sidebar and the
results repaint (their ranges change). On a shared 2-CPU machine those waits were a third of the
keystroke's wall time. The style sheet (resources/styles/scroll_bars.qss) draws the groove and the
handle as opaque flat rectangles, in C++, with nothing handed to another thread; the bars keep
Fusion's width, so nothing is laid out again when it is applied.

The sheet is set once for the life of the application: setting another one re-polishes every widget
the style sheet engine has seen. Its colours (palette roles) are read when a bar is polished, so a
new palette (the dark theme) re-polishes the scroll bars alone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ..translations import resource_path

STYLE_SHEET = ("styles", "scroll_bars.qss")


def scroll_bar_style() -> str:
    """The style sheet of the flat scroll bars."""
    return resource_path(*STYLE_SHEET).read_text(encoding="utf-8")


def apply_flat_scroll_bars(app: QApplication) -> None:
    """Give every scroll bar of the application the flat look (once: again it does nothing)."""
    sheet = scroll_bar_style()
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


def repolish_scroll_bars(app: QApplication) -> None:
    """Have every scroll bar take the colours of the application's palette as it is now."""
    from PySide6.QtWidgets import QScrollBar  # (a type named at import is made before the first paint)
    for widget in app.allWidgets():
        if isinstance(widget, QScrollBar):
            style = widget.style()
            style.unpolish(widget)
            style.polish(widget)
            widget.update()
