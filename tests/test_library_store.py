"""The library file: where it is, WAL, and files that are not (or no longer) a usable library."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.library import LibraryError
from reader.core.library.sqlite.importing import import_paths
from reader.core.library.sqlite.library import Library
from reader.core.library.sqlite.repair import rebuild
from reader.core.library.sqlite.store import APPLICATION_ID, SCHEMA_VERSION, resolve_library_path

from .fixtures.library.helpers import copy_archive

pytestmark = pytest.mark.core


def make_library(tmp_path: Path) -> Path:
    """A library holding the three fixture issues (imported from a copy that stays in place)."""
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        report = import_paths(lib, [copy_archive(tmp_path)])
    assert len(report.imported) == 3
    return path


def test_location_comes_from_the_option_then_the_environment_then_the_user_folder(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("READER_LIBRARY", str(tmp_path / "env.sqlite3"))
    assert resolve_library_path(tmp_path / "given.sqlite3") == tmp_path / "given.sqlite3"
    assert resolve_library_path(None) == tmp_path / "env.sqlite3"
    monkeypatch.delenv("READER_LIBRARY")
    default = resolve_library_path(None)
    assert default.name == "library.sqlite3" and "newspaper-reader" in str(default)


def test_a_new_library_is_marked_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "lib.sqlite3"
    Library(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def _refused(path: Path, *words: str) -> LibraryError:
    before = path.read_bytes()
    with pytest.raises(LibraryError) as caught:
        Library(path)
    err = caught.value
    assert err.path == str(path) and str(path) in str(err)
    for word in words:
        assert word in err.problem
    assert path.read_bytes() == before, "a bad library file must be left exactly as it was"
    return err


def test_a_file_that_is_not_sqlite_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes("这不是数据库，只是一段文字。".encode() * 50)
    _refused(path, "not an SQLite database")


def test_another_programs_database_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    _refused(path, "another program", "contacts")


def test_a_library_from_a_newer_reader_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    Library(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    _refused(path, "newer version")


def test_a_library_cut_short_is_detected_at_start(tmp_path: Path) -> None:
    path = make_library(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _refused(path, "damaged")


def test_damaged_pages_are_reported_by_the_full_check(tmp_path: Path) -> None:
    path = make_library(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // page_size):  # scribble over every page but the first
        data[page * page_size + 8: page * page_size + 64] = b"\xa5" * 56
    path.write_bytes(bytes(data))
    try:
        lib = Library(path)
    except LibraryError as exc:
        assert str(path) in str(exc)
        return
    with lib:
        assert lib.check(), "the integrity check must find the scribbled pages"


def test_the_cli_names_the_bad_file_and_leaves_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(b"garbage" * 100)
    assert main(["list", "--library", str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "not an SQLite database" in err and "left as it is" in err
    assert path.read_bytes() == b"garbage" * 100


def test_rebuild_keeps_what_reads_and_imports_the_rest_again_from_its_source(tmp_path: Path) -> None:
    path = make_library(tmp_path)
    with Library(path) as lib:
        lib.add_bookmark("清河日报:2024-01-01", "p1-2", "供暖")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE issue SET data = x'00ff00ff' WHERE key = '清河日报:2024-01-02'")  # damaged data
    conn.execute("UPDATE issue SET data = x'00ff00ff', source = ? WHERE key = '清河日报:2024-01-03'",
                 (str(tmp_path / "gone"),))  # damaged, and its source is gone
    conn.commit()
    conn.close()
    before = path.read_bytes()
    report = rebuild(path)
    assert report.backup.name.startswith("lib.sqlite3.corrupt-") and report.backup.read_bytes() == before
    assert report.salvaged == ["清河日报:2024-01-01"] and report.reimported == ["清河日报:2024-01-02"]
    assert len(report.lost) == 1 and report.lost[0].startswith("清河日报:2024-01-03") and "gone" in report.lost[0]
    with Library(path) as lib:
        assert {i.key for i in lib.issues()} == {"清河日报:2024-01-01", "清河日报:2024-01-02"}
        assert [b.note for b in lib.bookmarks()] == ["供暖"]
        assert lib.check() == [] and lib.pending_count() == 0


def test_rebuild_of_a_file_cut_short_keeps_it_and_says_what_went_wrong(tmp_path: Path) -> None:
    path = make_library(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    cut = path.read_bytes()[:20000]
    path.write_bytes(cut)
    report = rebuild(path)
    assert report.backup.read_bytes() == cut
    assert report.problem and "cannot be read" in report.problem
    with Library(path) as lib:
        assert lib.issues() == []


def test_rebuild_of_a_foreign_file_keeps_it_and_starts_empty(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    path.write_bytes(b"not a database at all" * 10)
    report = rebuild(path)
    assert report.backup.read_bytes() == b"not a database at all" * 10
    assert report.problem and not report.salvaged
    with Library(path) as lib:
        assert lib.issues() == []


def test_a_schema_1_library_gains_the_read_marks_and_keeps_its_issues(tmp_path: Path) -> None:
    path = make_library(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE read_mark")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Library(path) as lib:
        assert len(lib.issues()) == 3
        key = lib.issues()[0].key
        lib.mark_read(key, ["p1-1"])
        assert lib.read_items(key) == {"p1-1"}
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    conn.close()
