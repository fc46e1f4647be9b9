"""What the library needs of the reading pane: how far down the story the reader is."""

from __future__ import annotations

from typing import Any, Protocol


class ScrollPosition(Protocol):
    """The pane's scrolling, as a fraction of the story on screen."""

    scrolled: Any        # Signal(int)
    story_shown: Any     # Signal(list)

    def scroll_fraction(self) -> float: ...
    def set_scroll_fraction(self, fraction: float) -> None: ...
