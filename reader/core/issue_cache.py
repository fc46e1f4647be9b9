"""Parsed issues kept on disk (the core's lossless data), so reopening an issue skips the importers.

An entry is named by a checksum of the issue's fingerprint: its path, the size and modification time
of every file it is made of, and the same for the core's own source files; the entry keeps the whole
fingerprint and is used only when it matches, so editing the issue or updating the importers means a
fresh parse. Entries are marshal data (the format of Python's own bytecode cache: loading it costs no
imports at start-up, unlike json and hashlib); anything wrong with one (unreadable, corrupt, from
another Python) means a fresh parse, never an error.
"""

from __future__ import annotations

import marshal
import os
import sys
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


def cache_dir() -> Path:
    """Where entries are kept: READER_CACHE_DIR, else the user cache folder."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_path
    return user_cache_path("newspaper-reader", appauthor=False) / "issues"


def _files(root: Path) -> Iterator[Path]:
    if root.is_file():
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def _core_sources() -> list[Path]:
    """The core modules a parse depends on: the top level and the importers (not search, library)."""
    core = Path(__file__).resolve().parent
    return sorted([*core.glob("*.py"), *(core / "formats").rglob("*.py")])


def fingerprint(path: str | Path) -> str | None:
    """The issue at path as it is now on disk, and the core that parses it (None: not cacheable)."""
    p = Path(path).resolve()
    if not p.exists():
        return None
    parts = [f"{FORMAT}\0{p}"]
    for group in (_files(p), iter(_core_sources())):
        for f in group:
            if len(parts) > MAX_FILES + 500:
                return None
            try:
                st = f.stat()
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
    """The cached issue for path as it is now, or None."""
    text = fingerprint(path)
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
    its time and memory bounds, in a helper process that `cancelled()` stops."""
    cached = load(path)
    if cached is not None:
        return cached
    from .bounds import open_issue_bounded
    issue = open_issue_bounded(path, cancelled=cancelled)
    store(path, issue)
    return issue
