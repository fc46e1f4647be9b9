"""The reader's window: where the features' panels, bars, docks and status widgets go; menus; its layout
kept between runs; files dropped on it. It implements the Shell protocol (shell/protocol.py) and
knows no feature: the reading pane, the find bar and the library are put in by startup.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from .commands import CommandTable
from .dialogs import Dialogs, QtDialogs
from .layout import WindowLayout
from .menus import MenuBar
from .settings import ReaderSettings
from .side_panels import SidePanels

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData  # (a Qt type made at import costs its enums: annotations only)
    from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QDockWidget

    from .tasks import TaskSignals  # (QRunnable and QThreadPool: made when a first task runs)


class MainWindow(QMainWindow):
    """Panels on the left (tabs), the reading column on the right (bars above and below the pane), docks."""

    path_dropped = Signal(str)      # a local file or folder dropped on the window
    search_surface_opened = Signal(str)   # the reader opened this search ("find", "library"): others close

    def __init__(self, settings: ReaderSettings, dialogs: Dialogs | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.dialogs: Dialogs = dialogs or QtDialogs()
        self.commands = CommandTable()
        self.menu_bar = MenuBar(self.menuBar(), self, self.commands)
        self.menus = self.menu_bar.menus
        self._tasks: set[TaskSignals] = set()
        self._save_callbacks: list[Callable[[], None]] = []
        self._close_callbacks: list[Callable[[], None]] = []
        self._panel_shown: dict[int, Callable[[], None]] = {}
        self._status_widgets_left = 0       # widgets added to the status bar's left (not permanent)

        self.left_panels = SidePanels()
        self.left_panels.current_changed.connect(self._on_panel_changed)
        column = QWidget()
        column.setObjectName("readingColumn")
        self._column_layout = QVBoxLayout(column)
        self._column_layout.setContentsMargins(0, 0, 0, 0)
        self._column_layout.setSpacing(0)
        self._centre: QWidget | None = None
        self.splitter = QSplitter()   # horizontal
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.left_panels)
        self.splitter.addWidget(column)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([340, 940])
        self.setCentralWidget(self.splitter)
        self.setAcceptDrops(True)
        self.setWindowTitle(self.tr("Newspaper Reader"))
        self.restore_layout()
        self.layout_commands = WindowLayout(self, self.left_panels, self.commands, settings)
        self.on_save(self.layout_commands.save)

    # ---- the Shell protocol
    def widget(self) -> QWidget:
        return self

    def set_centre(self, widget: QWidget) -> None:
        """The reading pane: the column's stretching middle, bars go above and below it."""
        self._centre = widget
        self._column_layout.addWidget(widget, 1)

    def action(self, command_id: str) -> QAction | None:
        return self.menu_bar.action(command_id)

    def add_panel(self, widget: QWidget, title: str, on_shown: Callable[[], None] | None = None) -> int:
        index = self.left_panels.add(widget, title)
        if on_shown is not None:
            self._panel_shown[index] = on_shown
        return index

    def show_panel(self, index: int) -> None:
        self.left_panels.set_current_index(index)

    def _on_panel_changed(self, index: int) -> None:
        callback = self._panel_shown.get(index)
        if callback is not None:
            callback()

    def add_bar(self, widget: QWidget, top: bool = True) -> None:
        index = self._column_layout.indexOf(self._centre) if self._centre is not None else -1
        if index < 0:
            self._column_layout.insertWidget(0 if top else self._column_layout.count(), widget)
        else:
            self._column_layout.insertWidget(index if top else index + 1, widget)

    def add_dock(self, widget: QWidget, title: str, name: str, right: bool = False) -> QDockWidget:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDockWidget
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        area = Qt.DockWidgetArea.RightDockWidgetArea if right else Qt.DockWidgetArea.BottomDockWidgetArea
        self.addDockWidget(area, dock)
        self.menu_bar.add_to("view/docks", dock.toggleViewAction())
        if self.settings.window_state() is None or not self.restoreDockWidget(dock):
            dock.hide()
        return dock

    def show_dock(self, dock: QDockWidget, width: int | None = None) -> None:
        if not dock.isVisible():
            dock.show()
            if width is not None:
                from PySide6.QtCore import Qt
                self.resizeDocks([dock], [min(width, self.width() // 4)], Qt.Orientation.Horizontal)
        dock.raise_()

    def add_status_widget(self, widget: QWidget, permanent: bool = True, stretch: int = 0,
                          first: bool = False) -> None:
        """A widget in the status bar; `first`: before the permanent widgets already there."""
        if permanent and first:     # (Qt counts the index over the widgets on the left too)
            self.statusBar().insertPermanentWidget(self._status_widgets_left, widget, stretch)
        elif permanent:
            self.statusBar().addPermanentWidget(widget, stretch)
        else:
            self.statusBar().addWidget(widget, stretch)
            self._status_widgets_left += 1

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        if text:
            self.statusBar().showMessage(text, timeout_ms)
        else:
            self.statusBar().clearMessage()

    def show_error(self, title: str, message: str) -> None:
        self.dialogs.warn(self, title, message)

    def run_task(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], Any] | None = None,
                 on_failed: Callable[[Any], Any] | None = None) -> TaskSignals:
        holder: list[TaskSignals] = []

        def finished(callback: Callable[[Any], Any] | None, value: Any) -> None:
            if holder:
                self._tasks.discard(holder[0])
            if callback is not None:
                callback(value)

        from .tasks import run_in_pool
        signals = run_in_pool(fn, *args, on_done=lambda r: finished(on_done, r),
                              on_failed=lambda e: finished(on_failed, e))
        holder.append(signals)
        self._tasks.add(signals)
        return signals

    def on_save(self, callback: Callable[[], None]) -> None:
        self._save_callbacks.append(callback)

    def on_close(self, callback: Callable[[], None]) -> None:
        self._close_callbacks.append(callback)

    def open_search_surface(self, name: str) -> None:
        self.search_surface_opened.emit(name)

    def on_search_surface_opened(self, callback: Callable[[str], None]) -> None:
        self.search_surface_opened.connect(callback)

    # ---- layout kept between runs
    def restore_layout(self) -> None:
        """Geometry, docks and splitter as they were."""
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state()
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        """Let the features save what they keep, then remember geometry, docks and splitter."""
        for callback in self._save_callbacks:
            callback()
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        from PySide6.QtCore import QByteArray
        self.settings.set_splitter_state(QByteArray(self.splitter.saveState()))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.save_layout()
        for callback in self._close_callbacks:
            callback()
        super().closeEvent(event)

    # ---- dropping files
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if dropped_path(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        path = dropped_path(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.path_dropped.emit(path)


def dropped_path(mime: QMimeData) -> str | None:
    """The first local file or folder in dropped data."""
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile():
            return url.toLocalFile()
    return None
