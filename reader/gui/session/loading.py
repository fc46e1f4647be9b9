"""Opening issues off the GUI thread: only the latest request is reported, by signal."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, Signal

from ...core.errors import display_path

if TYPE_CHECKING:
    from ..shell.tasks import TaskSignals  # (QRunnable and QThreadPool: made when a first task runs)


def load_issue(path: str, cancelled: Callable[[], bool] | None = None) -> Any:
    """Open the issue at path: from the parse cache when unchanged, else with the core's importers
    (bounded, in a helper process that `cancelled()` stops)."""
    from ...core.issue_cache import open_issue_cached
    return open_issue_cached(path, cancelled)


def describe_error(path: str, exc: BaseException) -> str:
    """A one-paragraph explanation of why path could not be opened, in the UI language."""
    from ..widgets.messages import messages
    return messages().error(exc, display_path(path))


class IssueLoader(QObject):
    """Opens issues on the thread pool; only the latest request is reported."""

    loaded = Signal(str, object)    # path, Issue
    failed = Signal(str, str)       # path, message naming the file and the problem

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._serial = 0
        self._running: dict[int, TaskSignals] = {}
        self.openers: dict[str, Callable[[str], Any]] = {}   # path prefix -> opener (e.g. library:)

    def open_now(self, path: str, cancelled: Callable[[], bool] | None = None) -> Any:
        """Open path on the calling thread (raises what the opener raises)."""
        for prefix, opener in self.openers.items():
            if path.startswith(prefix):
                return opener(path)
        return load_issue(path, cancelled)

    def load(self, path: str) -> int:
        """Start opening path on the thread pool; returns the request number. A later request (or
        cancel()) stops the reading of this one."""
        self._serial += 1
        serial = self._serial
        def done(issue: Any) -> None:
            self._finish(serial, path, issue, None)

        def failed(exc: BaseException) -> None:
            self._finish(serial, path, None, exc)

        def superseded() -> bool:  # a later request (or cancel()) stops the reading of this one
            return serial != self._serial
        from ..shell.tasks import run_in_pool
        self._running[serial] = run_in_pool(self.open_now, path, superseded, on_done=done, on_failed=failed)
        return serial

    def cancel(self) -> None:
        """Stop the request running (its reading process is ended; nothing is reported for it)."""
        self._serial += 1

    def busy(self) -> bool:
        """True while a request is running."""
        return bool(self._running)

    def _finish(self, serial: int, path: str, issue: Any, exc: BaseException | None) -> None:
        self._running.pop(serial, None)
        if serial != self._serial:
            return
        if exc is not None:
            self.failed.emit(path, describe_error(path, exc))
        else:
            self.loaded.emit(path, issue)
