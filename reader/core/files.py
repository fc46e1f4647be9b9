"""The file system as it is: folders listed with what cannot be used in them, links resolved, each real
file or folder taken once.

A folder's entries are sorted into files, folders and problems: a link to nothing, something that
is not a regular file (a pipe, a device), an entry that cannot be looked at. `Seen` remembers real
files and folders by device and inode, so a second link to one (or a link back up: a loop) is
recognised and named rather than read again.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Param, display_path


@dataclass(frozen=True)
class Problem:
    """An entry that is left out, with a code and an English line saying why."""

    path: Path
    code: str  # broken-link, not-a-file, unreadable, same-file, link-loop
    problem: str
    reason: str = ""  # unreadable: why the system said no

    @property
    def params(self) -> dict[str, Param]:
        """The values of the line: the entry's name, and why it cannot be read."""
        return {"name": display_path(self.path.name), "reason": self.reason or self.problem}


@dataclass
class Listing:
    """A folder's visible entries (hidden .names left out), in name order."""

    files: list[Path] = field(default_factory=list)
    folders: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of what path names, links followed; None when it cannot be looked at."""
    try:
        st = path.stat()
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def list_folder(folder: Path) -> Listing:
    """The entries of a folder; raises OSError when the folder itself cannot be listed."""
    out = Listing()
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue
        try:
            st = entry.stat()
        except FileNotFoundError:
            target = _link_target(entry)
            out.problems.append(Problem(entry, "broken-link", f"a link to nothing ({target})"))
            continue
        except (OSError, ValueError) as exc:
            why = "a link that goes round in a loop" if getattr(exc, "errno", None) == 40 else \
                getattr(exc, "strerror", None) or str(exc)
            out.problems.append(Problem(entry, "unreadable", f"cannot be looked at ({why})", why))
            continue
        if stat.S_ISDIR(st.st_mode):
            out.folders.append(entry)
        elif stat.S_ISREG(st.st_mode):
            out.files.append(entry)
        else:
            out.problems.append(Problem(entry, "not-a-file", "not a regular file (a pipe, socket or device)"))
    return out


def _link_target(path: Path) -> str:
    try:
        return display_path(os.readlink(path))
    except OSError:
        return "?"


class Seen:
    """Real files and folders met so far (by device and inode), each with the path it was met by."""

    def __init__(self) -> None:
        self._first: dict[tuple[int, int], Path] = {}

    def first(self, path: Path) -> Path | None:
        """The path by which this real file or folder was met before, or None (and it is noted now)."""
        key = identity(path)
        if key is None:
            return None
        earlier = self._first.get(key)
        if earlier is None:
            self._first[key] = path
        return earlier

    def problem(self, path: Path, earlier: Path) -> Problem:
        """Why path is left out: a link to what was met as `earlier` (a loop when it is above path)."""
        try:
            real, here = Path(os.path.realpath(path)), Path(os.path.realpath(path.parent))
            is_loop = real == here or real in here.parents
        except (OSError, ValueError):
            is_loop = False
        if is_loop:
            return Problem(path, "link-loop", f"a link back to the folder {display_path(earlier)} above it "
                                              "(a loop): not walked again")
        return Problem(path, "same-file", f"the same {'folder' if path.is_dir() else 'file'} as "
                                          f"{display_path(earlier)} (a link): read once")
