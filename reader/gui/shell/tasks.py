"""Work off the GUI thread: a QRunnable runs a function in QThreadPool and reports back by signal."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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
