"""The side panels beside the text (版面, then 往期 and 收藏 once the library is there): one panel is
shown as it is; from the second on they are tabs. Start-up has one panel, so the window is painted
without a QTabWidget (its Python type and first tab cost ~1.2 M instructions before the first paint);
the tabs are made when the library adds its panels, a turn after it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget


class SidePanels(QWidget):
    """Panels by index, in the order added; `current_changed` gives the index of the one now shown."""

    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leftPanels")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._only: tuple[QWidget, str] | None = None   # the one panel while there is one
        self.tabs: QTabWidget | None = None             # the tabs once there are two

    def add(self, widget: QWidget, title: str) -> int:
        """Add a panel; its index."""
        if self.tabs is None and self._only is None:
            self._only = (widget, title)
            self._layout.addWidget(widget)
            return 0
        return self._tab_widget().addTab(widget, title)

    def _tab_widget(self) -> QTabWidget:
        if self.tabs is None:
            from PySide6.QtWidgets import QTabWidget
            tabs = QTabWidget()
            tabs.setTabBarAutoHide(True)
            tabs.setDocumentMode(True)
            if self._only is not None:
                widget, title = self._only
                self._layout.removeWidget(widget)
                tabs.addTab(widget, title)
                self._only = None
            self._layout.addWidget(tabs)
            tabs.currentChanged.connect(self.current_changed)
            self.tabs = tabs
        return self.tabs

    def count(self) -> int:
        if self.tabs is not None:
            return self.tabs.count()
        return 0 if self._only is None else 1

    def current_index(self) -> int:
        """The index of the panel shown, -1 when there is none."""
        if self.tabs is not None:
            return self.tabs.currentIndex()
        return 0 if self._only is not None else -1

    def set_current_index(self, index: int) -> None:
        if self.tabs is not None:
            self.tabs.setCurrentIndex(index)

    def current_widget(self) -> QWidget | None:
        if self.tabs is not None:
            return self.tabs.currentWidget()
        return None if self._only is None else self._only[0]
