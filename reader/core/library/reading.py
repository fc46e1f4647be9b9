"""Reading the issues an import found, in order: in this process, or ahead of time in worker processes.

Workers are bounded (bounds.py): each may grow by Limits.megabytes of memory, and is ended by the
kernel once one issue has taken Limits.seconds of processor time. A worker that dies (that limit,
memory, a crash in a library) breaks the pool: the issue waited for is then read again by itself in
a bounded child process, which either reads it or says why not naming it, and a new pool goes on
with the rest. So one hostile file is one skipped path, never a stopped import.

A multi-threaded program (the GUI) cannot fork workers: it reads with `Bounded`, each issue in a
bounded child of a parse server of the import's own (bounds.call_bounded). Several readers (threads,
each with its parse server) read the next issues ahead while this thread stores them, in order;
cancelling ends their children at once, and the issues being read are left out.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Generic, Iterable, Iterator, TypeAlias, TypeVar

from ..bounds import Limits, call_bounded, limit_cpu, limit_worker_memory, run_bounded
from ..errors import Cancelled, IssueError, Param
from .records import IssueInfo

READ_AHEAD = 96  # issues read ahead per worker: enough to keep reading while an index batch is written



@dataclass(frozen=True)
class Found:
    """A path that holds one issue in a known format."""

    path: Path
    format: str


@dataclass(frozen=True)
class Skipped:
    """A path that is not imported, why (an English line), and a code with its values."""

    path: Path
    reason: str
    code: str = "not-an-issue"
    params: dict[str, Param] = field(default_factory=dict)


@dataclass(frozen=True)
class Unchanged:
    """A path whose issue the library holds as it was read from there (so it is not read again)."""

    path: Path
    info: IssueInfo


P = TypeVar("P")  # what reading one issue gives (the SQLite engine: a packed issue, ready to store)
Entry = Found | Skipped | Unchanged
Result: TypeAlias = P | Skipped | Unchanged
ReadFn: TypeAlias = Callable[[Found], Result[P]]


@dataclass(frozen=True)
class Bounded:
    """Read each issue in a bounded child process, one at a time, without forking workers (what a
    multi-threaded program asks for). `limits`: Limits.from_env() when None; `read`: the engine's
    own when None (another must be importable by name: the child process imports it)."""

    limits: Limits | None = None
    read: Callable[[Found], Any] | None = None
    readers: int | None = None     # issues read at once (each by a parse server); None: bounded_readers()


def default_workers() -> int:
    """Worker processes for reading issues while this one stores them: one per CPU (up to 4; this one
    waits on SQLite and its workers part of the time, so on 2 CPUs two readers beat one), 0 where
    processes cannot be forked (the caller then reads them itself)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    return bounded_readers()


def bounded_readers() -> int:
    """Issues a bounded import reads at once: one per CPU, up to 4, at least one."""
    return max(1, min(4, os.cpu_count() or 2))


def watch_parent(parent: int) -> None:
    """In a worker: end this process soon after the importing process is gone (even when killed)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _start_worker(parent: int, megabytes: int) -> None:
    watch_parent(parent)
    limit_worker_memory(megabytes)


def _read_bounded(read: ReadFn[P], found: Found, seconds: float) -> Result[P]:
    """In a worker: read one issue, ended by the kernel past `seconds` of processor time."""
    limit_cpu(seconds)
    return read(found)


class Reading(Generic[P]):
    """Finding the issues in paths and reading them, in order: in this process, or read ahead by
    worker processes that start on the first issues found while the rest are still being looked for."""

    def __init__(self, workers: int, cancelled: Callable[[], bool] | None, read: ReadFn[P],
                 find: Callable[[Iterable[str | Path]], Iterator[Entry]], limits: Limits | None = None,
                 known: Callable[[Found], Entry | None] | None = None,
                 before_fork: Callable[[], None] | None = None, bounded: Bounded | None = None,
                 before_read: Callable[[Found], None] | None = None) -> None:
        self.workers = 0 if bounded is not None else workers
        self.bounded = bounded
        self.before_read = before_read  # told of each issue about to be read alone (bounded)
        self.cancelled = cancelled
        self.read: ReadFn[P] = bounded.read if bounded is not None and bounded.read is not None else read
        self.finder = find
        self.known = known  # what stands for a found issue that needs no reading (or None: read it)
        self.before_fork = before_fork  # run before the workers start (tables they share, built once)
        self.limits = (bounded.limits if bounded is not None else None) or limits or Limits.from_env()
        self.readers = (bounded.readers or bounded_readers()) if bounded is not None else 0
        self._servers: list[Any] = []      # the parse servers of a bounded import, made when needed (close() ends them)
        self._idle_servers: list[Any] = []
        self._servers_lock = threading.Lock()
        self._closing = False              # close() asked: the readers' children end at once
        self._reader_pool: ThreadPoolExecutor | None = None
        self._ahead: deque[tuple[Entry, Future[Result[P]] | None]] = deque()
        self.stopped = False       # cancelled before every issue was found
        self.found: list[Entry] = []
        self.pool: ProcessPoolExecutor | None = None
        self.window: deque[tuple[Entry, Future[Result[P]] | None]] = deque()
        self.submitted = 0  # entries of self.found put in the window so far
        self.restarts = 0   # pools broken by a worker that died

    def find(self, paths: Iterable[str | Path]) -> int:
        """Look for every issue in paths (reading the first ones meanwhile); how many entries there are."""
        issues = 0
        for entry in self.finder(paths):
            if self.cancelled is not None and self.cancelled():
                self.stopped = True
                break
            if self.known is not None and isinstance(entry, Found):
                entry = self.known(entry) or entry
            self.found.append(entry)
            if isinstance(entry, Found):
                issues += 1
                if self.pool is None and self.workers > 0 and issues >= 4:  # fewer are read here
                    self._start()
            if self.pool is not None:
                self._fill()
        return len(self.found)

    def _start(self) -> None:
        # fork: the command line is single-threaded here; a GUI imports with workers=0 from its own thread
        if self.before_fork is not None:
            self.before_fork()  # once here rather than in every worker
        self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("fork"),
                                        initializer=_start_worker, initargs=(os.getpid(), self.limits.megabytes))

    def _submit(self, entry: Entry) -> Future[Result[P]] | None:
        if not isinstance(entry, Found):
            return None
        assert self.pool is not None
        try:
            return self.pool.submit(_read_bounded, self.read, entry, self.limits.seconds)
        except BrokenProcessPool as exc:  # a worker died meanwhile: results() reads it alone
            broken: Future[Result[P]] = Future()
            broken.set_exception(exc)
            return broken

    def _fill(self) -> None:
        while len(self.window) < self.workers * READ_AHEAD and self.submitted < len(self.found):
            entry = self.found[self.submitted]
            self.submitted += 1
            self.window.append((entry, self._submit(entry)))

    def _restart(self) -> None:
        """A new pool after a worker died; every entry still waiting is read by it."""
        assert self.pool is not None
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.restarts += 1
        self._start()
        self.window = deque((entry, self._submit(entry)) for entry, _future in self.window)

    def _alone(self, found: Found) -> Result[P]:
        """Read one issue by itself in a bounded child process (after a worker died on some issue)."""
        try:
            result: Result[P] = run_bounded(found.path, self.read, found, limits=self.limits)
            return result
        except IssueError as exc:
            return Skipped(found.path, exc.problem, exc.code, exc.params)

    def _read_here(self, found: Found) -> Result[P]:
        """One issue read without workers: in this process, or bounded in a child (raises Cancelled)."""
        if self.bounded is None:
            return self.read(found)
        if self.before_read is not None:
            self.before_read(found)
        return self._read_bounded(found)

    def _stop_reading(self) -> bool:
        return self._closing or (self.cancelled is not None and self.cancelled())

    def _read_bounded(self, found: Found) -> Result[P]:
        """One issue read bounded by a parse server no other reader is using (raises Cancelled)."""
        with self._servers_lock:
            if self._closing:
                raise Cancelled(str(found.path))
            if self._idle_servers:
                server = self._idle_servers.pop()
            else:
                from ..parse_server import ParseServer
                server = ParseServer()
                self._servers.append(server)
        try:
            result: Result[P] = call_bounded(found.path, self.read, found, limits=self.limits,
                                             cancelled=self._stop_reading, fmt=found.format, server=server,
                                             setup=self.before_fork)
            return result
        except IssueError as exc:
            return Skipped(found.path, exc.problem, exc.code, exc.params)
        finally:
            with self._servers_lock:
                self._idle_servers.append(server)

    def _bounded_results(self) -> Iterator[tuple[Entry, Result[P]]]:
        """The entries read by self.readers threads ahead of this one, in order; each issue's `reading`
        told (before_read) when its turn comes."""
        self._reader_pool = pool = ThreadPoolExecutor(self.readers, thread_name_prefix="issue-reader")
        pending = iter(self.found)
        ahead = self._ahead

        def fill() -> None:
            while len(ahead) < 2 * self.readers:
                entry = next(pending, None)
                if entry is None:
                    return
                ahead.append((entry, pool.submit(self._read_bounded, entry) if isinstance(entry, Found) else None))

        fill()
        while ahead:
            if self._stop_reading():
                return
            entry, future = ahead.popleft()
            fill()                             # the readers go on while this entry is waited for and stored
            if future is None:
                assert not isinstance(entry, Found)  # (what needs no reading has no future)
                yield entry, entry
                continue
            assert isinstance(entry, Found)
            if self.before_read is not None:
                self.before_read(entry)
            yield entry, future.result()       # raises Cancelled as a read here would

    def results(self) -> Iterator[tuple[Entry, Result[P]]]:
        """Each entry with its prepared issue (or why it is skipped), in order; stops when cancelled."""
        if self.pool is None and self.bounded is not None and self.readers > 1:
            yield from self._bounded_results()
            return
        if self.pool is None:
            for entry in self.found:
                if self.cancelled is not None and self.cancelled():
                    return
                yield entry, self._read_here(entry) if isinstance(entry, Found) else entry
            return
        while True:
            self._fill()
            if not self.window or (self.cancelled is not None and self.cancelled()):
                return
            entry, future = self.window.popleft()
            if future is None:
                assert not isinstance(entry, Found)  # (what needs no reading has no future)
                yield entry, entry
                continue
            try:
                result = future.result()
            except BrokenProcessPool:
                result = self._alone(entry)  # type: ignore[arg-type]
                self._restart()
            yield entry, result

    def close(self) -> None:
        """Cancel what is not read yet and end the workers."""
        for _entry, future in self.window:
            if future is not None:
                future.cancel()
        self.window.clear()
        self._closing = True                  # the readers' children end now
        for _entry, future in self._ahead:
            if future is not None:
                future.cancel()
        self._ahead.clear()
        if self._reader_pool is not None:
            self._reader_pool.shutdown(wait=True, cancel_futures=True)
        for server in self._servers:
            server.stop()
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

