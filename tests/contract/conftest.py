"""The engine under test: every contract test runs once per engine in ENGINES.

An engine plugs in by giving a fresh location (a new, empty library) and nothing else: the tests
open it with open_library and use only the LibraryStorage interface.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

from reader.core.library.engines import open_library
from reader.core.library.storage import LibraryStorage, Mode
from reader.core.model import Issue

from ..fixtures.library.helpers import fill_library

ENGINES = ["sqlite"]


@dataclass(frozen=True)
class Engine:
    """One engine: how to name a new library for it, and how to open one."""

    name: str

    def location(self, folder: Path, name: str = "lib") -> str:
        """The location of a new, empty library in folder."""
        if self.name == "sqlite":
            return f"sqlite:{folder / (name + '.sqlite3')}"
        raise AssertionError(f"no location for engine {self.name}")

    def open(self, location: str, mode: Mode = "create") -> LibraryStorage:
        """The library at location."""
        return open_library(location, mode)


@pytest.fixture(scope="module", params=ENGINES)
def engine(request: pytest.FixtureRequest) -> Engine:
    """The engine under test."""
    return Engine(request.param)


@pytest.fixture
def new_library(engine: Engine, tmp_path: Path) -> Iterator[LibraryStorage]:
    """A new, empty library of the engine under test."""
    with engine.open(engine.location(tmp_path)) as lib:
        yield lib


@pytest.fixture(scope="module")
def filled(engine: Engine, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LibraryStorage]:
    """One library per module holding the fixture archive, the sample issue and the odd issues."""
    with engine.open(engine.location(tmp_path_factory.mktemp("filled"))) as lib:
        fill_library(lib)
        yield lib


@pytest.fixture(scope="module")
def stored(filled: LibraryStorage) -> list[tuple[str, Issue]]:
    """(key, issue) of everything in `filled`."""
    return [(info.key, issue) for info, issue in filled.iter_issues()]
