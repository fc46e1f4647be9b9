"""Writing a file the reader makes (citations, PDFs) without ever damaging one it reads.

A file is written beside its target under a temporary name and renamed over it in one step, so a
failed write leaves the old file as it was and a reader of the folder never sees half a file. Targets
the reader must not write over are refused with a code the GUI words: the library (any SQLite file,
its -wal/-shm/-journal companions included) and the files of the issue on screen.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

SQLITE_MAGIC = b"SQLite format 3\x00"
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


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
