"""The library for the GUI: one thread owns the library's connection and runs jobs on it in order.

A core Library may be used only from the thread that opened it, and nothing it does may run on the
GUI thread (a big library takes a moment to open; a search a few milliseconds to seconds). So the
LibraryService keeps one Python thread that opens the library (lazily, on the first job) and runs
jobs — `fn(library) -> result` — one after the other; each job's callback runs on the GUI thread.
Long work that must not hold up the queue (an import, building the word index) runs in a
BackgroundLibraryTask: its own thread with its own connection to the same file (WAL lets readers and
one writer work at once). The core is imported in these threads only, never on the start-up path.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

import shiboken6
from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from ...core.library_access import LibraryAccess

Job = Callable[["LibraryAccess"], Any]
Callback = Callable[[Any], Any]


@dataclass
class _Request:
    serial: int
    fn: Job | None          # None: (re)open the library at `path`
    location: str | None = None


class LibraryService(QObject):
    """Runs jobs on the library in a thread of its own; reports on the GUI thread.

    `opened(path)` when the library is open, `open_failed(error)` with the LibraryError (or other
    exception) when it cannot be opened; jobs queued meanwhile fail with that error.
    """

    opened = Signal(str)             # location of the open library
    open_failed = Signal(object)     # the exception (LibraryError: names the file and the problem)
    changed = Signal()               # issues, bookmarks or positions changed (another view may refresh)
    _finished = Signal(int, bool, object)   # serial, ok, result or exception (from the thread)
    _open_done = Signal(str, object)        # location, exception or None (from the thread)
    _stopped = Signal(object)               # what to call now that the thread has ended (stop_then)

    def __init__(self, location: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self.error: BaseException | None = None
        self.is_open = False
        self._requests: queue.Queue[_Request | None] = queue.Queue()
        self._callbacks: dict[int, tuple[Callback | None, Callback | None]] = {}
        self._serial = 0
        self._thread: threading.Thread | None = None
        self._open_requested = False
        self._opening = False
        self._finished.connect(self._deliver)
        self._open_done.connect(self._on_open_done)
        self._stopped.connect(lambda on_stopped: on_stopped())

    # ---- the GUI side
    def start(self) -> None:
        """Open the library in the service thread (once; later calls do nothing)."""
        if not self._open_requested:
            self.reopen(self.location)

    def started(self) -> bool:
        """Whether opening was asked for (lazily: the first job or start())."""
        return self._open_requested

    def reopen(self, location: str) -> None:
        """Close the library (if open) and open the one at location; jobs after this use it."""
        self._open_requested = True
        self.location = str(location)
        self.is_open = False
        self._opening = True
        self._ensure_thread()
        self._serial += 1
        self._requests.put(_Request(self._serial, None, self.location))

    def submit(self, fn: Job, on_done: Callback | None = None, on_failed: Callback | None = None) -> int:
        """Run fn(library) in the service thread; on_done(result) or on_failed(exception) on the GUI thread."""
        self.start()
        self._serial += 1
        self._callbacks[self._serial] = (on_done, on_failed)
        self._requests.put(_Request(self._serial, fn))
        return self._serial

    def idle(self) -> bool:
        """True when no job is waiting or running (and opening, if asked for, is over)."""
        return not self._callbacks and not self._opening

    def stop(self, timeout: float = 10.0) -> None:
        """Let the queued jobs finish, close the library and end the thread (waiting for it: at exit)."""
        thread, self._thread = self._thread, None
        if thread is not None:
            self._requests.put(None)
            thread.join(timeout)

    def stop_then(self, on_stopped: Callable[[], None]) -> None:
        """Let the queued jobs finish, close the library and end the thread; on_stopped() on the GUI
        thread once it has (however long the job running now takes: the window is not held up)."""
        thread, self._thread = self._thread, None
        if thread is None:
            on_stopped()
            return
        self._requests.put(None)

        def wait() -> None:
            thread.join()
            self._emit(self._stopped, on_stopped)

        threading.Thread(target=wait, name="library-service-stop", daemon=True).start()

    def _ensure_thread(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="library-service", daemon=True)
            self._thread.start()

    def _deliver(self, serial: int, ok: bool, value: Any) -> None:
        on_done, on_failed = self._callbacks.pop(serial, (None, None))
        callback = on_done if ok else on_failed
        if callback is not None:
            callback(value)

    def _on_open_done(self, location: str, error: BaseException | None) -> None:
        if location != self.location:
            return   # another library was asked for meanwhile
        self._opening = False
        self.error = error
        self.is_open = error is None
        if error is None:
            self.opened.emit(location)
        else:
            self.open_failed.emit(error)

    # ---- the service thread
    def _run(self) -> None:
        library: LibraryAccess | None = None
        error: BaseException | None = None
        while True:
            request = self._requests.get()
            try:
                if request is None:
                    break
                if request.fn is None:
                    if library is not None:
                        library.close()
                    library, error = None, None
                    try:
                        from ...core.library_access import LibraryAccess
                        library = LibraryAccess(request.location or "")
                    except Exception as exc:  # reported to the GUI, which offers a choice
                        error = exc
                    self._emit(self._open_done, request.location, error)
                    continue
                if library is None:
                    self._emit(self._finished, request.serial, False,
                               error or RuntimeError("the library is not open"))
                    continue
                try:
                    result = request.fn(library)
                except Exception as exc:  # reported to the job's on_failed
                    self._emit(self._finished, request.serial, False, exc)
                else:
                    self._emit(self._finished, request.serial, True, result)
            finally:
                self._requests.task_done()
        if library is not None:
            library.close()

    def _emit(self, signal: Any, *args: Any) -> None:
        if shiboken6.isValid(self):
            signal.emit(*args)


class BackgroundLibraryTask(QObject):
    """Long work on the library in a thread with its own connection: an import, indexing, word cuts.

    `work(library, report, cancelled)` gets a `report(value)` function (its values arrive as
    `progress(value)` on the GUI thread) and a `cancelled()` test; its result arrives as `done`,
    an exception as `failed`.
    """

    progress = Signal(object)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, location: str,
                 work: Callable[[LibraryAccess, Callable[[Any], None], Callable[[], bool]], Any],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self.work = work
        self.cancel_flag = threading.Event()
        self.finished_flag = threading.Event()
        self._thread = threading.Thread(target=self._run, name="library-task", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check (what is done stays done)."""
        self.cancel_flag.set()

    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until the thread ends (at shutdown); True when it did."""
        if self._thread.ident is not None:
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            from ...core.library_access import LibraryAccess
            with LibraryAccess(self.location) as library:
                result = self.work(library, self._report, self.cancel_flag.is_set)
        except Exception as exc:  # reported to the GUI
            self.finished_flag.set()
            self._emit(self.failed, exc)
        else:
            self.finished_flag.set()
            self._emit(self.done, result)

    def _report(self, value: Any) -> None:
        self._emit(self.progress, value)

    def _emit(self, signal: Any, value: Any) -> None:
        if shiboken6.isValid(self):
            signal.emit(value)
