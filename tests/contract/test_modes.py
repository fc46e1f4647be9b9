"""Opening modes and capabilities: "open" needs an existing library, "read" refuses every write and
still answers every read."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library.errors import LibraryError
from reader.core.library_snippets import SearchRequest

from ..fixtures.library.helpers import ARCHIVE, make_issue
from .conftest import Engine

pytestmark = pytest.mark.core


def test_open_needs_an_existing_library_and_read_refuses_writes(engine: Engine, tmp_path: Path) -> None:
    location = engine.location(tmp_path)
    with pytest.raises(LibraryError):
        engine.open(location, "open")
    with engine.open(location) as lib:
        assert not lib.capabilities.read_only
        lib.import_paths([str(ARCHIVE)])
        lib.add_bookmark("清河日报:2024-01-01", "p1-2")
        keys = [i.key for i in lib.issues()]
        total = lib.search(SearchRequest("的")).total
    with engine.open(location, "read") as lib:
        assert lib.capabilities.read_only
        assert [i.key for i in lib.issues()] == keys and lib.search(SearchRequest("的")).total == total
        assert lib.is_bookmarked("清河日报:2024-01-01", "p1-2")
        writes = [lambda: lib.add_issue(make_issue("测试报", None, {1: [("题", ["文"])]})),
                  lambda: lib.remove_issue(keys[0]),
                  lambda: lib.add_bookmark(keys[0], "p1-1"),
                  lambda: lib.set_position(keys[0], 1, "p1-1", 0.5)]
        for write in writes:
            with pytest.raises(LibraryError):
                write()
        lib.compact()                                   # nothing to give back: no error, no change
    with engine.open(location, "open") as lib:
        assert [i.key for i in lib.issues()] == keys and lib.position(keys[0]) is None
