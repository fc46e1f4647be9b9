"""Parsed issues kept on disk (the core's lossless data), so reopening an issue skips the importers.

An entry is named by a checksum of the issue's fingerprint: its path, the size and modification time
of every file it is made of, and the same for the core's own source files; the entry keeps the whole
fingerprint and is used only when it matches, so editing the issue or updating the importers means a
fresh parse. Entries are marshal data (the format of Python's own bytecode cache: loading it costs no
imports at start-up, unlike json and hashlib); anything wrong with one (unreadable, corrupt, from
another Python) means a fresh parse, never an error.

parse_ahead() starts the parse of an issue not cached yet in a child process (POSIX) before the
window is built, so that it is parsed on a second core meanwhile; load() and open_issue_cached()
then take the child's entry.
"""

from __future__ import annotations

import marshal
import os
import sys
import time
import zlib
from pathlib import Path
from typing import Callable, Iterator

from .model import Issue

CACHE_DIR_ENV = "READER_CACHE_DIR"   # a folder to use instead of the user cache folder
MAX_FILES = 2000                     # an issue made of more files than this is not cached
MAX_ENTRIES = 64                     # the oldest entries beyond this are removed
FORMAT = 2                           # bump when the stored form changes
ENTRY_SUFFIX = ".issue"
MAGIC = f"newspaper-reader issue cache {FORMAT} {sys.implementation.cache_tag}"
AHEAD_GRACE_S = 5.0                  # past the parse's own time bound, a parse ahead is taken for hung

_ahead: dict[str, int] = {}          # resolved path -> pid of the child parsing it (parse_ahead)
_checked: dict[str, str] = {}        # resolved path -> its fingerprint, cached when parse_ahead looked:
                                     # the next load() takes it instead of taking it again (once)


def cache_dir() -> Path:
    """Where entries are kept: READER_CACHE_DIR, else the user cache folder."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_path
    return user_cache_path("newspaper-reader", appauthor=False) / "issues"


def _files(root: str) -> Iterator[str]:
    if os.path.isfile(root):
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield os.path.join(dirpath, name)


def _core_sources() -> list[str]:
    """The core modules a parse depends on: the top level and the importers (not search, library).
    (Plain strings, os.listdir and os.walk: Path objects and Path.glob cost the start-up ~1 M
    instructions for the ~60 files.)"""
    core = os.path.dirname(os.path.realpath(__file__))
    found = [os.path.join(core, name) for name in os.listdir(core) if name.endswith(".py")]
    for dirpath, _dirnames, filenames in os.walk(os.path.join(core, "formats")):
        found.extend(os.path.join(dirpath, name) for name in filenames if name.endswith(".py"))
    return sorted(found)


def fingerprint(path: str | Path) -> str | None:
    """The issue at path as it is now on disk, and the core that parses it (None: not cacheable)."""
    p = os.path.realpath(path)
    if not os.path.exists(p):
        return None
    parts = [f"{FORMAT}\0{p}"]
    for group in (_files(p), iter(_core_sources())):
        for f in group:
            if len(parts) > MAX_FILES + 500:
                return None
            try:
                st = os.stat(f)
            except OSError:
                return None
            parts.append(f"{f}\0{st.st_size}\0{st.st_mtime_ns}")
    return "\0".join(parts)


def cache_key(path: str | Path) -> str | None:
    """The name of the entry for the issue as it is now (None: not cacheable); a checksum, so two
    fingerprints may share one: the entry itself says which it holds."""
    text = fingerprint(path)
    return None if text is None else _checksum(text)


def _checksum(text: str) -> str:
    data = text.encode("utf-8", "surrogateescape")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def load(path: str | Path) -> Issue | None:
    """The cached issue for path as it is now, or None (also while a parse ahead of it still runs).
    Just after parse_ahead found it cached, "now" is the moment parse_ahead looked (start-up)."""
    _join_ahead(path, wait=False)
    text = _checked.pop(os.path.realpath(path), None) or fingerprint(path)
    if text is None:
        return None
    entry = cache_dir() / f"{_checksum(text)}{ENTRY_SUFFIX}"
    try:
        magic, stored_fingerprint, issue_data = marshal.loads(entry.read_bytes())
        if magic != MAGIC or stored_fingerprint != text:
            return None
        from .serialize import issue_from_data
        return issue_from_data(issue_data)
    except (OSError, ValueError, EOFError, KeyError, TypeError, IndexError, AttributeError):
        return None


def store(path: str | Path, issue: Issue) -> None:
    """Keep a parsed issue for the next time path is opened (failures are ignored)."""
    text = fingerprint(path)
    if text is None:
        return
    key = _checksum(text)
    from .serialize import issue_to_data
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{key}.{os.getpid()}.tmp"
        tmp.write_bytes(marshal.dumps((MAGIC, text, issue_to_data(issue))))
        os.replace(tmp, folder / f"{key}{ENTRY_SUFFIX}")
        _prune(folder)
    except OSError:
        return


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob(f"*{ENTRY_SUFFIX}"), key=lambda e: e.stat().st_mtime_ns, reverse=True)
    for old in entries[MAX_ENTRIES:]:
        old.unlink(missing_ok=True)


def open_issue_cached(path: str | Path, cancelled: Callable[[], bool] | None = None) -> Issue:
    """The issue at path: from the cache when unchanged, else parsed by the core (and cached) under
    its time and memory bounds, in a helper process that `cancelled()` stops. A parse ahead of it
    (parse_ahead) is waited for first (off the GUI thread: the window calls this in a worker)."""
    _join_ahead(path, wait=True, cancelled=cancelled)
    cached = load(path)
    if cached is not None:
        return cached
    from .bounds import open_issue_bounded
    issue = open_issue_bounded(path, cancelled=cancelled)
    store(path, issue)
    return issue


def parse_ahead(path: str | Path) -> int | None:
    """Parse the issue at path into the cache in a child process, when it is not cached yet.

    For the window's start: called before Qt is imported and before any thread exists (os.fork is safe
    then), the child imports the importers and parses while this process builds the window. Returns
    the child's pid; None when the issue is cached (or cannot be), or the system has no fork. A child
    that fails leaves no entry: the window parses the issue itself and reports what is wrong.
    """
    if not hasattr(os, "fork"):
        return None
    text = fingerprint(path)
    if text is None:
        return None
    if (cache_dir() / f"{_checksum(text)}{ENTRY_SUFFIX}").exists():
        _checked[os.path.realpath(path)] = text     # for the load() that follows at start-up
        return None
    try:
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:                      # the child: parse, store, leave without running the parent's exit
        code = 1
        try:     # under the bounds of every parse (bounds.py): past them it ends, and the window's own
            from .bounds import Limits, limit_cpu, limit_worker_memory  # bounded parse reports the file
            limits = Limits.from_env()
            limit_worker_memory(limits.megabytes)
            limit_cpu(limits.seconds)
            from .loading import open_issue
            store(path, open_issue(path))
            code = 0
        finally:
            os._exit(code)
    _ahead[os.path.realpath(path)] = pid
    return pid


def _join_ahead(path: str | Path, wait: bool, cancelled: Callable[[], bool] | None = None) -> None:
    """Reap the child parsing path ahead, if any: when it has ended, or (wait) once it ends; a wait
    that `cancelled()` stops leaves the child to a later call."""
    key = os.path.realpath(path)
    pid = _ahead.get(key)
    if pid is None:
        return
    if wait:
        from .bounds import Limits
        deadline = time.monotonic() + Limits.from_env().seconds + AHEAD_GRACE_S
    while True:
        try:
            done, _status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            done = pid
        if done:
            break
        if not wait or (cancelled is not None and cancelled()):
            return
        if time.monotonic() > deadline:
            import signal
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            break
        time.sleep(0.002)
    _ahead.pop(key, None)
