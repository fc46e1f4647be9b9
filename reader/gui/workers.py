"""Work off the GUI thread: a QRunnable runs a function in QThreadPool and reports back by signal."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.errors import IssueError, display_path


class TaskSignals(QObject):
    """How a task reports: done(result) or failed(exception); delivered on the receiver's thread."""

    done = Signal(object)
    failed = Signal(object)


class FunctionTask(QRunnable):
    """Runs fn(*args) on a pool thread and emits its result or exception."""

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self.fn, self.args = fn, args
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.fn(*self.args)
        except Exception as exc:  # reported to the GUI, which shows it
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def run_in_pool(fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], Any] | None = None,
                on_failed: Callable[[Any], Any] | None = None, pool: QThreadPool | None = None) -> TaskSignals:
    """Start fn(*args) off the GUI thread; on_done(result) / on_failed(exception) run on the GUI thread.

    The callbacks are connected before the task starts, so a fast task cannot finish unheard.
    Keep a reference to the returned signals until the task has reported.
    """
    task = FunctionTask(fn, *args)
    signals = task.signals
    if on_done is not None:
        signals.done.connect(on_done)
    if on_failed is not None:
        signals.failed.connect(on_failed)
    (pool or QThreadPool.globalInstance()).start(task)
    return signals


def load_issue(path: str, cancelled: Callable[[], bool] | None = None) -> Any:
    """Open the issue at path: from the parse cache when unchanged, else with the core's importers
    (bounded, in a helper process that `cancelled()` stops)."""
    from .issue_cache import open_issue_cached
    return open_issue_cached(path, cancelled)


def describe_error(path: str, exc: BaseException) -> str:
    """A one-paragraph explanation of why path could not be opened."""
    if isinstance(exc, IssueError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"{display_path(path)}: {exc.strerror or exc}"
    return f"{display_path(path)}: {type(exc).__name__}: {exc}"


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
        self._running[serial] = run_in_pool(
            self.open_now, path, lambda s=serial: s != self._serial,
            on_done=lambda issue, s=serial: self._finish(s, path, issue, None),
            on_failed=lambda exc, s=serial: self._finish(s, path, None, exc))
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
