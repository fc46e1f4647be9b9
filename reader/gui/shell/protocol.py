"""What a feature may ask of the window (the shell), and nothing more.

Features get a Shell and the ReadingSession; none of them imports the window or touches another
feature's widgets. MainWindow (shell/window.py) is the one implementation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QWidget

    from .commands import CommandTable
    from .dialogs import Dialogs
    from .settings import ReaderSettings
    from .tasks import TaskSignals


class Shell(Protocol):
    """The window as features see it."""

    settings: ReaderSettings
    commands: CommandTable
    dialogs: Dialogs

    def widget(self) -> QWidget:
        """The window, as the parent of a feature's dialogs."""
        ...

    def set_centre(self, widget: QWidget) -> None:
        """The reading pane, in the middle of the reading column (the reading feature's)."""
        ...

    def action(self, command_id: str) -> QAction | None:
        """The action made for a command (None before the actions are made, see shell/menus.py)."""
        ...

    def add_panel(self, widget: QWidget, title: str, on_shown: Callable[[], None] | None = None) -> int:
        """A tab beside the sidebar (tabs appear once there are two); on_shown when it becomes current."""
        ...

    def show_panel(self, index: int) -> None: ...

    def add_bar(self, widget: QWidget, top: bool = True) -> None:
        """A bar above or below the reading pane (e.g. the find bar)."""
        ...

    def add_dock(self, widget: QWidget, title: str, name: str, right: bool = False) -> QDockWidget:
        """A dock with a toggle in the View menu; name keeps its place saved."""
        ...

    def show_dock(self, dock: QDockWidget, width: int | None = None) -> None:
        """Show and raise a dock (width: its width when it first shows, at most)."""
        ...

    def add_status_widget(self, widget: QWidget, permanent: bool = True, stretch: int = 0) -> None: ...

    def show_status(self, text: str, timeout_ms: int = 0) -> None: ...

    def show_error(self, title: str, message: str) -> None:
        """A warning naming the file and the problem."""
        ...

    def run_task(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], Any] | None = None,
                 on_failed: Callable[[Any], Any] | None = None) -> TaskSignals:
        """fn(*args) off the GUI thread (QThreadPool); on_done(result) / on_failed(error) on the GUI thread."""
        ...

    def on_save(self, callback: Callable[[], None]) -> None:
        """Call back when the window saves its layout (and before it closes): keep what is to be kept."""
        ...

    def on_close(self, callback: Callable[[], None]) -> None:
        """Call back as the window closes, after saving: stop background work."""
        ...

    def open_search_surface(self, name: str) -> None:
        """The reader opened a search surface (the find bar, the library search): the others close, so
        one search is on screen at a time."""
        ...

    def on_search_surface_opened(self, callback: Callable[[str], None]) -> None:
        """Call back with the name of each search surface the reader opens (close yours if it is not it)."""
        ...
