"""Painted rows kept as pixmaps: a row drawn once is blitted afterwards (a search re-filters and repaints
many rows at every keystroke; drawing a row's lines of Chinese text costs some 25 times a blit).

The pixmaps are opaque, filled with the colour the row stands on, so text keeps the antialiasing it has
when drawn straight onto the view. Kept newest-used last, within a budget of bytes; the oldest go first.
"""

from __future__ import annotations

from typing import Callable, Hashable

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPainter, QPixmap

DEFAULT_BUDGET = 48 * 1024 * 1024   # bytes of pixmaps kept at most (a 500-row issue at 1×)


class RowPixmaps:
    """Pixmaps by key, least recently used dropped first once their bytes exceed the budget."""

    def __init__(self, budget: int = DEFAULT_BUDGET) -> None:
        self.budget = budget
        self._pixmaps: dict[Hashable, QPixmap] = {}
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._pixmaps)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._pixmaps

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def is_full(self) -> bool:
        return self._bytes >= self.budget

    def clear(self) -> None:
        self._pixmaps.clear()
        self._bytes = 0

    def get(self, key: Hashable) -> QPixmap | None:
        """The pixmap kept under key (now the most recently used), or None."""
        pixmap = self._pixmaps.pop(key, None)
        if pixmap is not None:
            self._pixmaps[key] = pixmap
        return pixmap

    def render(self, key: Hashable, size: QSize, ratio: float, background: QColor,
               draw: Callable[[QPainter], object]) -> QPixmap:
        """The pixmap under key; made when missing: size (logical pixels) at this device pixel ratio,
        filled with background, then draw(painter) in logical coordinates."""
        pixmap = self.get(key)
        if pixmap is not None:
            return pixmap
        pixmap = QPixmap(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(background)
        painter = QPainter(pixmap)
        try:
            draw(painter)
        finally:
            painter.end()
        self._put(key, pixmap)
        return pixmap

    def _put(self, key: Hashable, pixmap: QPixmap) -> None:
        self._pixmaps[key] = pixmap
        self._bytes += _bytes(pixmap)
        while self._bytes > self.budget and len(self._pixmaps) > 1:
            oldest = next(iter(self._pixmaps))
            self._bytes -= _bytes(self._pixmaps.pop(oldest))


def _bytes(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * max(1, pixmap.depth() // 8)
