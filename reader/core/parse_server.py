"""A helper process that reads issues for a multi-threaded program (the GUI), bounded and stoppable.

Forking a process that runs several threads is unsafe, so a program with threads does not fork
its bounded reader itself: it starts a server once (`python -m reader.core.parse_worker`), a
single-threaded process that has the importers loaded and forks one bounded child per request
(bounds.run_bounded). This module is the client, and the messages both use: pickles with an 8-byte
length, on the server's standard input and output. Cancelling, or a server that stops answering,
ends the server's whole process group; the next request starts a new one. The server ends when its
input closes.
"""

from __future__ import annotations

import atexit
import os
import pickle
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any, Callable

_GRACE_SECONDS = 5.0  # past the child's own limit, before the server is taken for hung


def read_message(stream: IO[bytes]) -> Any:
    head = stream.read(8)
    if len(head) < 8:
        raise EOFError
    size = int.from_bytes(head, "big")
    body = stream.read(size)
    if len(body) < size:
        raise EOFError
    return pickle.loads(body)  # noqa: S301 — only ever between this program's own processes


def read_reply(fd: int, idle: Callable[[], None]) -> Any:
    """One message (as write_message sends it) read from a raw pipe without ever blocking: `idle()`
    runs every 50 ms that nothing arrives and raises to give up, so a server that stops half-way
    through its answer is let go too (as bounds.run_bounded does with its child)."""
    data = bytearray()
    size: int | None = None
    while size is None or len(data) < 8 + size:
        if not select.select([fd], [], [], 0.05)[0]:
            idle()
            continue
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            raise EOFError
        data += chunk
        if size is None and len(data) >= 8:
            size = int.from_bytes(data[:8], "big")
    return pickle.loads(bytes(data[8:8 + size]))  # noqa: S301 — only ever between this program's own processes


def write_message(stream: IO[bytes], value: Any) -> None:
    body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(body).to_bytes(8, "big") + body)
    stream.flush()


class ParseServer:
    """The client side: one server process, started when first needed, one request at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        if self._proc is None or self._proc.poll() is not None:
            root = str(Path(__file__).resolve().parents[2])
            env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p))
            self._proc = subprocess.Popen([sys.executable, "-m", "reader.core.parse_worker"], stdin=subprocess.PIPE,
                                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                                          start_new_session=True)
            atexit.register(self.stop)  # (it would end anyway when its input closes)
        return self._proc

    def stop(self) -> None:
        """End the server and anything it started (it is started again when next needed)."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (OSError, AttributeError):
            proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                stream.close()

    def request(self, path: str | Path, fn: Callable[..., Any], args: tuple[Any, ...], limits: Any,
                cancelled: Callable[[], bool] | None, fmt: str | None = None,
                setup: Callable[[], None] | None = None) -> Any:
        """fn(*args) run by the server in a bounded child (fn importable by name; fmt: the importer
        to load first, else the one path's format names; setup: run once in the server before its
        children, e.g. tables they share); raises Cancelled or IssueError (see bounds.run_bounded)."""
        from .errors import Cancelled, IssueError

        with self._lock:
            proc = self._start()
            assert proc.stdin is not None and proc.stdout is not None
            try:
                write_message(proc.stdin, (str(path), fmt, fn, args, limits, setup))
            except OSError:
                self.stop()
                raise IssueError(path, "the reading process could not be started", "reader-died") from None
            deadline = time.monotonic() + limits.seconds + _GRACE_SECONDS

            def idle() -> None:  # no answer yet: give up when cancelled, when the server died or hangs
                if cancelled is not None and cancelled():
                    self.stop()
                    raise Cancelled(str(path))
                if proc.poll() is not None:
                    self.stop()
                    raise IssueError(path, "the reading process ended unexpectedly", "reader-died")
                if time.monotonic() > deadline:
                    self.stop()
                    raise IssueError(path, f"reading it took longer than {limits.seconds:g} s: stopped "
                                           "(a damaged or hostile file?)", "too-slow", {"seconds": limits.seconds})

            try:
                kind, value = read_reply(proc.stdout.fileno(), idle)
            except (EOFError, OSError, pickle.UnpicklingError):
                self.stop()
                raise IssueError(path, "the reading process ended unexpectedly", "reader-died") from None
        if kind == "ok":
            return value
        if kind == "error":
            raise value
        raise IssueError(path, f"the reader failed on it ({value})", "importer-failed", {"reason": value})
