"""Writing a file the reader makes (an export, a screenshot) without harming what it keeps or reads.

`write_safely` refuses a target that is, under any name (a link, a hard link, `..`), the library
file, its -wal/-shm/-journal files, or a source file of the issue being written; it writes through a
temporary file in the target's folder and renames it into place, so a failed write (disk full, no
permission) leaves any earlier file as it was and no half-written one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable

from .errors import OutputError, display_path
from .model import Issue

LIBRARY_SIDE_FILES = ("-wal", "-shm", "-journal")


def library_files(library: str | Path | None) -> list[Path]:
    """The library file and its side files (those that exist or may come to exist)."""
    if not library:
        return []
    base = Path(library)
    return [base, *(Path(f"{base}{suffix}") for suffix in LIBRARY_SIDE_FILES)]


def issue_sources(issue: Issue | None) -> list[Path]:
    """Every file or folder an issue was read from (the issue's, its pages', its items')."""
    if issue is None:
        return []
    found: list[str | None] = [issue.source]
    for page in issue.pages:
        found.append(page.source)
        for item in page.items:
            found.append(item.source.file if item.source else None)
    return [Path(s) for s in dict.fromkeys(found) if s]


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return Path(os.path.realpath(a)) == Path(os.path.realpath(b))


def _inside(target: Path, folder: Path) -> bool:
    try:
        return Path(os.path.realpath(folder)) in Path(os.path.realpath(target)).parents
    except OSError:
        return False


def check_target(target: str | Path, library: str | Path | None = None, sources: Iterable[str | Path] = ()) -> Path:
    """The target to write, or OutputError when it is the library (or one of its side files), one of
    the source files, or inside a source folder (an issue's folder of pages); links are followed."""
    path = Path(target)
    if path.is_dir():
        raise OutputError(path, "is a folder: give a file name", "is-folder")
    kept = [(k, "library") for k in library_files(library)] + [(Path(s), "source") for s in sources]
    for where, kind in kept:
        if _same(path, where):
            words = "the library" if kind == "library" else "a file the issue was read from"
            raise OutputError(path, f"would overwrite {words} ({display_path(where)}): not written; "
                                    "choose another file name", "would-overwrite",
                              {"kept": display_path(where), "what": kind})
    for where, kind in kept:
        if kind == "source" and where.is_dir() and _inside(path, where):
            raise OutputError(path, f"is inside the folder the issue was read from ({display_path(where)}): "
                                    "not written; choose another place", "would-overwrite",
                              {"kept": display_path(where), "what": "source-folder"})
    return path


def write_safely(target: str | Path, data: str | bytes, library: str | Path | None = None,
                 sources: Iterable[str | Path] = ()) -> Path:
    """Write data (text as UTF-8) to target through a temporary file and a rename; OutputError
    naming the file when it is refused (see check_target) or cannot be written. Returns the file
    written (a link's target, so the link stays a link)."""
    path = check_target(target, library, sources)
    real = Path(os.path.realpath(path)) if path.is_symlink() else path
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = real.parent if str(real.parent) else Path(".")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        if real.exists():
            os.chmod(tmp, real.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, real)
        tmp = None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise OutputError(path, f"cannot be written ({reason}); nothing was changed", "write-failed",
                          {"reason": reason}) from exc
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return real
