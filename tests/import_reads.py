"""Reads for the import dialog's tests, run in the bounded child of the import's parse server (so they
are module functions, given with functools.partial): one that holds an issue until released, one
that misbehaves as a hostile file would make a reader do (spin, eat memory, die)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from reader.core.library.reading import Found, Result
from reader.core.library.sqlite.importing import read_and_prepare


def held_read(gate: str, held: str, found: Found) -> Result:
    """Read as the importer does, but the issue named `held` first says so (gate/started) and waits
    for gate/release (a minute at most)."""
    if found.path.name == held:
        Path(gate, "started").touch()
        deadline = time.monotonic() + 60
        while not Path(gate, "release").exists() and time.monotonic() < deadline:
            time.sleep(0.02)
    return read_and_prepare(found)


def misbehaving_read(found: Found) -> Result:
    """Read as the importer does, except a path named spin, hog or crash: loops forever, takes
    memory until none is left, or is killed."""
    name = found.path.name
    if name == "spin":
        while True:
            pass
    if name == "hog":
        hoard = []
        while True:
            hoard.append(bytearray(64 << 20))
    if name == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    return read_and_prepare(found)
