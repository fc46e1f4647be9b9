"""Parsed issues kept on disk (the core's lossless JSON), so reopening an issue skips the importers.

An entry is keyed by the issue's path, the size and modification time of every file it is made of,
and the same for the core's own source files: editing the issue or updating the importers makes a
new key. Anything wrong with an entry (unreadable, corrupt) means a fresh parse, never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Iterator

from ..core.model import Issue

CACHE_DIR_ENV = "READER_CACHE_DIR"   # a folder to use instead of the user cache folder
MAX_FILES = 2000                     # an issue made of more files than this is not cached
MAX_ENTRIES = 64                     # the oldest entries beyond this are removed
FORMAT = 1                           # bump when the stored form changes


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
    core = Path(__file__).resolve().parent.parent / "core"
    return sorted([*core.glob("*.py"), *(core / "formats").rglob("*.py")])


def cache_key(path: str | Path) -> str | None:
    """A key naming this issue as it is now on disk (None: not cacheable)."""
    p = Path(path).resolve()
    if not p.exists():
        return None
    digest = hashlib.sha256(f"{FORMAT}\0{p}".encode())
    count = 0
    for group in (_files(p), iter(_core_sources())):
        for f in group:
            count += 1
            if count > MAX_FILES + 500:
                return None
            try:
                st = f.stat()
            except OSError:
                return None
            digest.update(f"\0{f}\0{st.st_size}\0{st.st_mtime_ns}".encode())
    return digest.hexdigest()


def load(path: str | Path) -> Issue | None:
    """The cached issue for path as it is now, or None."""
    key = cache_key(path)
    if key is None:
        return None
    entry = cache_dir() / f"{key}.json"
    try:
        with open(entry, encoding="utf-8") as f:
            data = json.load(f)
        from ..core.serialize import issue_from_data
        return issue_from_data(data)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def store(path: str | Path, issue: Issue) -> None:
    """Keep a parsed issue for the next time path is opened (failures are ignored)."""
    key = cache_key(path)
    if key is None:
        return
    from ..core.serialize import issue_to_data
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{key}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(issue_to_data(issue), f, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, folder / f"{key}.json")
        _prune(folder)
    except OSError:
        return


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.json"), key=lambda e: e.stat().st_mtime_ns, reverse=True)
    for old in entries[MAX_ENTRIES:]:
        old.unlink(missing_ok=True)


def open_issue_cached(path: str | Path) -> Issue:
    """The issue at path: from the cache when unchanged, else parsed by the core (and cached)."""
    cached = load(path)
    if cached is not None:
        return cached
    from ..core.loading import open_issue
    issue = open_issue(path)
    store(path, issue)
    return issue
