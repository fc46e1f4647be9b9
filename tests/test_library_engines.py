"""A library is named by a location string; the engine comes from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main
from reader.core.library import EngineUnavailable, LibraryError, open_library
from reader.core.library.engines import engine_scheme, rebuild
from reader.core.library.sqlite.engine import SQLiteLibrary

pytestmark = pytest.mark.core


def test_a_path_or_sqlite_prefix_opens_one_file_and_a_server_url_is_refused_with_a_code(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    with open_library(f"sqlite:{path}") as lib:
        assert isinstance(lib, SQLiteLibrary) and lib.location == str(path)
        assert lib.capabilities.can_rebuild and lib.capabilities.can_compact and not lib.capabilities.read_only
    with open_library(str(path), "read") as lib:
        assert lib.capabilities.read_only and not lib.capabilities.can_compact
    with pytest.raises(LibraryError, match="no such library"):
        open_library(str(tmp_path / "absent.sqlite3"), "open")
    assert not (tmp_path / "absent.sqlite3").exists()
    assert [engine_scheme(x) for x in ("a/b.sqlite3", r"C:\lib.sqlite3", "sqlite:x", "PostgreSQL://h/db")] == [
        "sqlite", "sqlite", "sqlite", "postgresql"]
    with pytest.raises(EngineUnavailable) as raised:
        open_library("postgresql://archive.example/papers")
    assert raised.value.code == "engine-unavailable" and raised.value.scheme == "postgresql"
    with pytest.raises(EngineUnavailable):
        rebuild("postgresql://archive.example/papers")


def test_the_cli_says_which_engine_is_missing(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["list", "--library", "postgresql://archive.example/papers"]) == 2
    assert list(tmp_path.iterdir()) == [], "a server URL was taken for a relative file path"
    err = capsys.readouterr().err
    assert "postgresql://archive.example/papers" in err and "no postgresql engine" in err
    assert "move this one aside" not in err
