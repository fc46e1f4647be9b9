"""Writing a file the reader makes (an export, citations, a PDF, a screenshot) without harming what it
keeps or reads.

`write_safely` refuses a target that is, under any name (a link, a hard link, `..`), the library
file, its -wal/-shm/-journal files, any other SQLite database, or a source file of the issue being
written (or a file in its folder); it writes through a temporary file in the target's folder and
renames it into place, so a failed write (disk full, no permission) leaves any earlier file as it
was and no half-written one. `refusal` and `replace_atomically` are the same two rules for callers
that word the refusal themselves or write with a library of their own (Qt's PDF writer).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable, Iterable

from .errors import OutputError, display_path
from .model import Issue

LIBRARY_SIDE_FILES = ("-wal", "-shm", "-journal")
SQLITE_COMPANIONS = LIBRARY_SIDE_FILES
SQLITE_MAGIC = b"SQLite format 3\x00"


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
    if is_sqlite_file(path):  # a library (this one or another), or one's -wal/-shm/-journal
        raise OutputError(path, "would overwrite a library (an SQLite database): not written; choose another "
                                "file name", "would-overwrite", {"kept": display_path(path), "what": "library"})
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


def is_sqlite_file(path: Path) -> bool:
    """Whether path is an SQLite database (or one's companion file)."""
    for suffix in SQLITE_COMPANIONS:
        if path.name.endswith(suffix):
            path = path.with_name(path.name[: -len(suffix)])
            break
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def refusal(target: str | Path, sources: list[str | Path]) -> str | None:
    """Why target must not be written ("library": a database; "source": a file of an issue being read,
    or a source folder's file), or None when it may be."""
    path = Path(target).expanduser()
    if is_sqlite_file(path):
        return "library"
    resolved = path.resolve()
    for source in sources:
        src = Path(source).expanduser()
        if not src.exists():
            continue
        src = src.resolve()
        if resolved == src or (src.is_dir() and resolved.is_relative_to(src)):
            return "source"
    return None


def replace_atomically(target: str | Path, write: Callable[[Path], None]) -> None:
    """Call write(temporary path) and rename the result over target; on any failure the temporary file
    goes and target stays as it was (OSError and write's own exceptions pass on)."""
    path = Path(target)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomically(target: str | Path, text: str) -> None:
    """Write text as UTF-8 exactly as given (RIS keeps its CRLF) through replace_atomically."""
    def write(tmp: Path) -> None:
        tmp.write_bytes(text.encode("utf-8"))
    replace_atomically(target, write)
