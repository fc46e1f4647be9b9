"""Widgets that paint their whole rectangle themselves, so that a change inside them repaints them alone.

A widget that does not fill its background makes Qt paint everything beneath it first: a scroll bar
whose range changes (as the sidebar's and the results' do at every keystroke of find) repaints the
window's background, the dock, the splitter and the scroll area's frame under it, several times what
the bar itself costs. Filled with their palette's window colour, as those beneath them are, they look
the same (scroll bars: widgets/scroll_bars.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fill_background(*widgets: QWidget) -> None:
    """Have each widget fill its rectangle with its palette's background before it paints."""
    for widget in widgets:
        widget.setAutoFillBackground(True)
