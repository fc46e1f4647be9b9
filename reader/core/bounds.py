"""Reading an issue under a time and a memory bound, in a child process that can be stopped.

Hostile or broken input (a YAML alias bomb, a pathological layout) must not take the reader with it:
`open_issue_bounded` parses in a child process limited to `Limits.megabytes` of memory more than it
started with, stops it after `Limits.seconds` (or when `cancelled()` says so), and turns every way
the child can fail into an IssueError naming the file. Import workers bound themselves the same way
(limit_worker_memory once, limit_cpu before each issue).

The child is forked when this process has one thread (the command line: about 12 ms on the sample
issue); a multi-threaded process (the GUI) asks a parse server it starts once (parse_server.py),
which forks the child for it.
"""

from __future__ import annotations

import math
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from .errors import Cancelled, IssueError  # noqa: F401  (Cancelled: raised here, callers import it from here)
from .model import Issue

SECONDS_ENV = "READER_PARSE_SECONDS"
MEGABYTES_ENV = "READER_PARSE_MB"


@dataclass(frozen=True)
class Limits:
    """How long (seconds) and how much more memory (MB) reading one issue may take."""

    seconds: float = 120.0
    megabytes: int = 2048

    @classmethod
    def from_env(cls) -> Limits:
        """The defaults, or $READER_PARSE_SECONDS / $READER_PARSE_MB when set."""
        default = cls()
        try:
            seconds = float(os.environ.get(SECONDS_ENV) or default.seconds)
            megabytes = int(os.environ.get(MEGABYTES_ENV) or default.megabytes)
        except ValueError:
            return default
        return cls(max(0.1, seconds), max(16, megabytes))


def _virtual_bytes() -> int:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def limit_worker_memory(megabytes: int) -> None:
    """Let this process grow by at most `megabytes` (address space); past it, allocations fail
    (MemoryError). Memory a forked child inherits mapped but free (its parent's freed heap) comes on
    top. Does nothing where the platform has no such limit."""
    try:
        import resource
    except ImportError:
        return
    current = _virtual_bytes()
    if not current:
        return
    limit = current + megabytes * 1024 * 1024
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))
    except (ValueError, OSError):
        return


def limit_cpu(seconds: float) -> None:
    """End this process (SIGXCPU) once it has used `seconds` more processor time than now."""
    try:
        import resource
    except ImportError:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = math.ceil(usage.ru_utime + usage.ru_stime + seconds)
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    except (ValueError, OSError):
        return


def _one_thread() -> bool:
    """Whether this process runs one thread only (then fork is safe), as far as can be told."""
    if threading.active_count() != 1:
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def _context() -> Any:
    """fork where this process is single-threaded, else spawn (slow: open_issue_bounded uses a
    parse server there instead)."""
    import multiprocessing  # here and below, not at import: the parse ahead (issue_cache) needs
                            # only the limits of this module, and multiprocessing, pickle and select cost it ~12 ms
    if "fork" in multiprocessing.get_all_start_methods() and _one_thread():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _child(send: Any, fn: Callable[..., Any], args: tuple[Any, ...], megabytes: int) -> None:
    """Runs in the child: the result, pickled whole before a byte is written (so running out of
    memory while pickling is still told), then the process ends at once (no clean-up to hang in)."""
    import pickle
    code = 0
    try:
        # what the child has to say goes in its answer; Python's last words when memory runs out
        # ("Fatal Python error: …", a traceback) would only garble the parent's one-line message
        _quiet_stderr()
        limit_worker_memory(megabytes)
        try:
            result: tuple[str, Any] = ("ok", fn(*args))
        except IssueError as exc:
            result = ("error", exc)
        except MemoryError:
            result = ("memory", None)
        except BaseException as exc:  # anything else: reported as a message, never a traceback
            result = ("failed", f"{type(exc).__name__}: {exc}")
        try:
            body = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            del result
            body = pickle.dumps(("memory", None))
        _send_answer(send.fileno(), body)
    except MemoryError:
        code = 3  # told by the exit status: the parent sees a cut-short answer and a dead child
    except BaseException:
        code = 4
    finally:
        os._exit(code)


def _send_answer(write_fd: int, body: bytes) -> None:
    """The answer's bytes, raw to the end: no framing that a child dying half-way could leave open."""
    view = memoryview(body)
    while view:
        view = view[os.write(write_fd, view):]


def _quiet_stderr() -> None:
    import faulthandler

    faulthandler.disable()  # (it may write to a copy of stderr made earlier)
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 2)
        os.close(null)
    except OSError:
        pass


def _read_answer(read_fd: int, path: str | Path, limits: Limits,
                 cancelled: Callable[[], bool] | None) -> bytes:
    """Everything the child writes, up to its end; never waits past the deadline, whatever the
    child does (a child that stops half-way through its answer is stopped, too)."""
    import select
    deadline = time.monotonic() + limits.seconds
    chunks: list[bytes] = []
    while True:
        ready = select.select([read_fd], [], [], 0.05)[0]
        if ready:
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            continue
        if cancelled is not None and cancelled():
            raise Cancelled(str(path))
        if time.monotonic() > deadline:
            raise IssueError(path, f"reading it took longer than {limits.seconds:g} s: stopped "
                                   "(a damaged or hostile file?)", "too-slow", {"seconds": limits.seconds})


def run_bounded(path: str | Path, fn: Callable[..., Any], *args: Any, limits: Limits | None = None,
                cancelled: Callable[[], bool] | None = None) -> Any:
    """fn(*args) run in a child process under the limits; its IssueError is raised here, and so is
    an IssueError naming `path` when the child runs too long, runs out of memory or dies. Raises
    Cancelled when `cancelled()` becomes true (checked every 50 ms)."""
    import pickle
    limits = limits or Limits.from_env()
    ctx = _context()
    receive, send = ctx.Pipe(duplex=False)  # (a Connection reaches a spawned child, too; a bare fd would not)
    try:
        child = ctx.Process(target=_child, args=(send, fn, args, limits.megabytes), daemon=True)
        child.start()
    finally:
        send.close()  # the child's copy is the only one left: its end is the answer's end
    try:
        body = _read_answer(receive.fileno(), path, limits, cancelled)
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join()
    try:
        kind, value = pickle.loads(body)  # noqa: S301 — only ever from this program's own child
    except Exception:
        raise _died(path, child.exitcode) from None
    if kind == "ok":
        return value
    if kind == "memory" or (kind == "error" and value.code == "out-of-memory"):
        raise _too_big(path, limits)  # one message, with the bound, wherever the child ran out
    if kind == "error":
        raise value
    raise IssueError(path, f"the reader failed on it ({value})", "importer-failed", {"reason": value})


def _too_big(path: str | Path, limits: Limits) -> IssueError:
    return IssueError(path, f"reading it needs more than {limits.megabytes} MB of memory: stopped "
                            "(a damaged or hostile file?)", "out-of-memory", {"megabytes": limits.megabytes})


def _died(path: str | Path, exitcode: int | None) -> IssueError:
    how = f"signal {-exitcode}" if exitcode is not None and exitcode < 0 else f"status {exitcode}"
    return IssueError(path, f"the process reading it ended ({how}; out of memory?)", "reader-died",
                      {"exit": exitcode})


_SERVER: list[Any] = []  # the parse server of a multi-threaded process, made on first use
_SERVER_LOCK = threading.Lock()


_SET_UP: set[Any] = set()  # set-ups (call_bounded's `setup`) run in this process already


def set_up_once(setup: Callable[[], None] | None) -> None:
    """Run setup in this process unless it ran here before (tables every forked child then shares)."""
    if setup is not None and setup not in _SET_UP:
        setup()
        _SET_UP.add(setup)


def call_bounded(path: str | Path, fn: Callable[..., Any], *args: Any, limits: Limits | None = None,
                 cancelled: Callable[[], bool] | None = None, fmt: str | None = None,
                 server: Any = None, setup: Callable[[], None] | None = None) -> Any:
    """fn(*args) under the limits, as run_bounded: forked here when this process has one thread, else
    through a parse server (`server`, or the process's shared one; `fmt`: the importer it loads
    first), in this process where nothing can be forked. fn (and `setup`, run once in the forking
    process before its first child) must be importable by name (a module's function, or a
    functools.partial of one). Raises Cancelled when `cancelled()` becomes true."""
    import multiprocessing
    limits = limits or Limits.from_env()
    if "fork" not in multiprocessing.get_all_start_methods():
        return fn(*args)  # no cheap child process here: run in this one
    if _one_thread():
        set_up_once(setup)
        return run_bounded(path, fn, *args, limits=limits, cancelled=cancelled)
    if server is None:
        from .parse_server import ParseServer

        with _SERVER_LOCK:
            if not _SERVER:
                _SERVER.append(ParseServer())
        server = _SERVER[0]
    return server.request(path, fn, args, limits, cancelled, fmt, setup)


def open_issue_bounded(path: str | Path, fmt: str | None = None, page: int | None = None,
                       limits: Limits | None = None, cancelled: Callable[[], bool] | None = None) -> Issue:
    """loading.open_issue in a child process under time and memory limits (see call_bounded). Raises
    Cancelled when `cancelled()` becomes true."""
    from .loading import open_issue

    if not Path(path).exists():  # said at once, without a process
        raise IssueError(path, "no such file or folder", "missing")
    issue: Issue = call_bounded(path, open_issue, path, fmt, page, limits=limits, cancelled=cancelled, fmt=fmt)
    return issue
