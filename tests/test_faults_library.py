"""Faults around the library file: writes onto it refused, a healthy file never called damaged, a
full disk, read-only files and folders, damaged rows; re-importing keeps its size. Each keeps the
promise: one line naming the file and the problem (exit 2), and nothing stored is lost."""

from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import zlib
from pathlib import Path
from typing import Iterator

import pytest

from reader.core.errors import OutputError
from reader.core.library import LibraryError
from reader.core.library.sqlite.importing import import_paths
from reader.core.library.sqlite.library import Library
from reader.core.library.sqlite.repair import rebuild
from reader.core.library.sqlite.search import LibrarySearch
from reader.core.safe_write import write_safely

from .fixtures.hostile import (
    as_unprivileged,
    assert_one_line_problem,
    cli,
    in_mount_namespace,
    library_digest,
    run_cli,
    write_archive,
    write_issue,
)

pytestmark = pytest.mark.core

ALL_DAYS = list(range(1, 9))


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A closed library holding eight small issues (imported from tmp_path/archive)."""
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        report = import_paths(lib, [write_archive(tmp_path / "archive", ALL_DAYS)])
        assert len(report.imported) == len(ALL_DAYS)
    return path


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder every user can reach (for a child run as `nobody`), removed afterwards."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="reader-faults-"))
    folder.chmod(0o777)
    yield folder
    for p in folder.rglob("*"):
        if p.is_dir() and not p.is_symlink():
            p.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


def _intact(path: Path, issues: int = len(ALL_DAYS)) -> None:
    """The library opens, passes SQLite's and the index's checks, and every issue loads whole."""
    with Library(path, create=False) as lib:
        assert lib.check() == []
        stored = lib.issues()
        assert len(stored) == issues
        for info in stored:
            assert len(list(lib.load_issue(info.key).items())) >= info.articles > 0


# -- nothing the reader writes overwrites what it keeps ---------------------------------------------

@pytest.mark.parametrize("target", ["lib.sqlite3", "lib.sqlite3-wal", "lib.sqlite3-shm", "lib.sqlite3-journal",
                                    "link-to-lib", "hard-link", "sub/../lib.sqlite3", "archive/2024-01-03/01.md",
                                    "archive/2024-01-03/new.md"])
def test_export_never_writes_over_the_library_or_the_sources(
        tmp_path: Path, library: Path, target: str, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "link-to-lib").symlink_to(library)
    os.link(library, tmp_path / "hard-link")
    before = library_digest(library)
    source = (tmp_path / "archive/2024-01-03/01.md").read_bytes()
    proc = cli(capsys, "export", "2024-01-03", "--library", library, "-o", tmp_path / target)
    assert_one_line_problem(proc, target.split("/")[-1], "not written")
    assert library_digest(library) == before
    assert (tmp_path / "archive/2024-01-03/01.md").read_bytes() == source
    assert not (tmp_path / "archive/2024-01-03/new.md").exists()
    _intact(library)


def test_an_export_goes_through_a_temporary_file_and_a_rename(
        tmp_path: Path, library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.md"
    out.write_text("an older export\n", encoding="utf-8")
    inode = out.stat().st_ino
    proc = cli(capsys, "export", "2024-01-02", "--library", library, "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_ino != inode and "清河日报" in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.md")] == []
    with pytest.raises(OutputError) as caught:
        write_safely(tmp_path / "no-such-folder" / "x.md", "text")
    assert caught.value.code == "write-failed" and "no-such-folder" in str(caught.value)


def test_an_export_to_a_name_that_is_not_utf8_is_written_and_shown_escaped(
        tmp_path: Path, library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = Path(os.fsdecode(os.fsencode(tmp_path) + b"/export\xff.md"))
    proc = cli(capsys, "export", "2024-01-02", "--library", library, "-o", target)
    assert proc.returncode == 0 and "export\\xff.md" in proc.stdout, proc.stderr
    assert "清河日报" in target.read_text(encoding="utf-8")


# -- a healthy library is never called damaged -------------------------------------------------------

def test_a_header_ahead_of_the_file_with_its_log_beside_it_is_not_damage(tmp_path: Path, library: Path) -> None:
    """What a kill during a checkpoint leaves: page 1 says more pages than the file has yet, and the
    write-ahead log holds them. The file is sound (SQLite recovers); it must open."""
    keep = sqlite3.connect(library)
    keep.execute("PRAGMA wal_autocheckpoint = 0")
    keep.execute("INSERT INTO meta (key, value) VALUES ('x', ?)", ("y" * 20000,))
    keep.commit()
    snap = tmp_path / "snap"
    snap.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{library}{suffix}", snap / f"lib.sqlite3{suffix}")
    keep.close()
    copy = snap / "lib.sqlite3"
    head = bytearray(copy.read_bytes()[:100])
    pages = int.from_bytes(head[28:32], "big")
    head[28:32] = (pages + 50).to_bytes(4, "big")  # the header runs ahead of the file
    with copy.open("r+b") as fh:
        fh.write(head)
    assert copy.stat().st_size < (pages + 50) * int.from_bytes(head[16:18], "big")
    _intact(copy)


def test_a_file_cut_short_without_its_log_is_damaged_and_left_as_it_is(
        tmp_path: Path, library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = library.read_bytes()
    library.write_bytes(data[: len(data) // 2])
    before = library.read_bytes()
    with pytest.raises(LibraryError) as caught:
        Library(library)
    assert caught.value.code == "damaged" and library.read_bytes() == before
    proc = cli(capsys, "list", "--library", library)
    assert_one_line_problem(proc, str(library), "damaged", "-wal")


def test_rebuild_moves_the_log_files_aside_with_the_file(tmp_path: Path, library: Path) -> None:
    keep = sqlite3.connect(library)
    keep.execute("PRAGMA wal_autocheckpoint = 0")
    keep.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    keep.commit()
    wal = Path(f"{library}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    wal_bytes = wal.read_bytes()
    report = rebuild(library)
    keep.close()
    assert Path(f"{report.backup}-wal").read_bytes()[:len(wal_bytes)] == wal_bytes
    assert len(report.salvaged) == len(ALL_DAYS)
    _intact(library)


# -- a full disk, a file size limit: one line, the library as it was --------------------------------

def test_a_full_disk_inside_an_import_stops_it_with_one_error_and_keeps_the_rest(tmp_path: Path,
                                                                                  library: Path) -> None:
    more = write_archive(tmp_path / "more", range(10, 30), pages=4)
    with Library(library) as lib:
        pages = lib.conn.execute("PRAGMA page_count").fetchone()[0]
        lib.conn.execute(f"PRAGMA max_page_count = {pages + 3}")
        with pytest.raises(LibraryError) as caught:
            import_paths(lib, [more])
        assert caught.value.code == "disk-full" and str(library) in str(caught.value)
    with Library(library) as lib:
        assert lib.check() == []
        kept = len(lib.issues())
        assert len(ALL_DAYS) <= kept < len(ALL_DAYS) + 20
        report = import_paths(lib, [more])
        assert len(report.imported) + len(report.unchanged) == 20 and lib.check() == []


def _file_size_limit(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_file_size_limit_inside_an_import_is_one_line_and_the_library_opens_next_time(tmp_path: Path,
                                                                                         library: Path) -> None:
    more = write_archive(tmp_path / "more", range(10, 40), pages=4)
    size = library.stat().st_size
    proc = run_cli("import", more, "--library", library, "--workers", "0", "--quiet",
                   preexec=lambda: _file_size_limit(size + 200_000))
    err = assert_one_line_problem(proc, str(library), "import stopped")
    assert "I/O error" in err or "disk is full" in err
    with Library(library) as lib:
        assert lib.check() == [] and len(lib.issues()) >= len(ALL_DAYS)
    proc = run_cli("import", more, "--library", library, "--quiet")
    assert proc.returncode == 0, proc.stderr
    _intact(library, len(ALL_DAYS) + 30)


@pytest.mark.slow
def test_a_really_full_file_system_is_one_line_and_the_library_opens_next_time(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "archive", range(1, 25), pages=4)
    lib = "/mnt/full/lib.sqlite3"
    script = (f"mkdir -p /mnt/full && mount -t tmpfs -o size=1m tmpfs /mnt/full && cd {os.getcwd()} && "
              f"{_cli()} import {archive} --library {lib} --quiet --workers 0 ; echo status=$? ; "
              f"{_cli()} list --library {lib} ; echo status=$?")
    proc = in_mount_namespace(script)
    out = proc.stdout
    statuses = [line for line in out.splitlines() if line.startswith("status=")]
    assert statuses == ["status=2", "status=0"], (out, proc.stderr)
    assert "disk is full" in proc.stderr or "I/O error" in proc.stderr
    assert "Traceback" not in proc.stderr and " issue(s) of " in out  # it opens; what fitted is there


def _cli() -> str:
    import sys

    return f"{sys.executable} -m reader"


# -- read-only libraries: read, search and export; changes refused in one line ---------------------

def test_a_library_opened_read_only_reads_and_refuses_changes(library: Path) -> None:
    before = library_digest(library)
    with Library(library, readonly=True) as lib:
        key = lib.issues()[0].key
        assert lib.load_issue(key) is not None
        assert LibrarySearch(lib).count("口袋公园") == len(ALL_DAYS) * 2
        for change in (lambda: lib.add_bookmark(key, "p1-1"), lambda: lib.set_position(key, 1, "p1-1"),
                       lambda: lib.remove(key)):
            with pytest.raises(LibraryError) as caught:
                change()
            assert caught.value.code == "read-only"
    assert library_digest(library) == before


def _read_only_session(library: Path) -> str:
    """CLI commands against the library as a read-only file system would see it (a shell script)."""
    cli, lib = _cli(), str(library)
    return "; ".join([
        f"{cli} list --library {lib}; echo status=$?",
        f"{cli} search --library {lib} 口袋公园 --json; echo status=$?",
        f"{cli} export 2024-01-02 --library {lib}; echo status=$?",
        f"{cli} import {library.parent / 'archive'} --library {lib}; echo status=$?",
        f"{cli} remove 2024-01-02 --library {lib}; echo status=$?",
    ])


def test_a_library_on_a_read_only_file_system_is_read_and_changes_are_refused(library: Path) -> None:
    before = library_digest(library)
    folder = library.parent
    proc = in_mount_namespace(f"mount --bind -o ro {folder} {folder} && cd {os.getcwd()} && "
                              + _read_only_session(library))
    statuses = [line for line in proc.stdout.splitlines() if line.startswith("status=")]
    assert statuses == ["status=0", "status=0", "status=0", "status=2", "status=2"], (proc.stdout, proc.stderr)
    assert "(read-only)" in proc.stdout and '"hits"' in proc.stdout and "清河日报" in proc.stdout
    assert proc.stderr.count("needs write access") == 2 and "Traceback" not in proc.stderr
    assert library_digest(library) == before
    _intact(library)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_file_or_folder_opens_for_reading(shared_tmp: Path, what: str) -> None:
    prefix = as_unprivileged()  # (root ignores permissions: the commands then run as nobody)
    library = shared_tmp / "lib.sqlite3"
    with Library(library) as lib:
        import_paths(lib, [write_archive(shared_tmp / "archive", ALL_DAYS)])
    before = library_digest(library)
    library.chmod(0o444 if what == "file" else 0o666)
    shared_tmp.chmod(0o777 if what == "file" else 0o555)  # no folder to make the -wal/-shm files in
    try:
        proc = run_cli("list", "--library", library, prefix=prefix)
        assert proc.returncode == 0 and "(read-only)" in proc.stdout, proc.stderr
        proc = run_cli("search", "--library", library, "口袋公园", prefix=prefix)
        assert proc.returncode == 0 and "口袋公园" in proc.stdout, proc.stderr
        proc = run_cli("import", shared_tmp / "archive", "--library", library, prefix=prefix)
        assert_one_line_problem(proc, str(library), "read-only", "needs write access")
    finally:
        shared_tmp.chmod(0o777)
        library.chmod(0o644)
    assert library_digest(library) == before


# -- unreadable files and folders are named ---------------------------------------------------------

def test_unreadable_pages_and_folders_are_warnings_or_skips_naming_them(shared_tmp: Path) -> None:
    prefix = as_unprivileged()
    issue = write_issue(shared_tmp / "papers" / "2024-01-05", 5, pages=3)
    (issue / "02.md").chmod(0o000)
    locked = write_issue(shared_tmp / "papers" / "2024-01-06", 6)
    locked.chmod(0o000)
    articles = shared_tmp / "papers" / "articles"
    for page in ("一版", "二版"):
        (articles / page).mkdir(parents=True)
        (articles / page / "a.md").write_text(f"---\ntitle: {page}的文章\n---\n正文。\n", encoding="utf-8")
    (articles / "二版").chmod(0o000)
    for p in shared_tmp.rglob("*"):
        if p.is_dir() and p not in (locked, articles / "二版"):
            p.chmod(0o777)
    try:
        proc = run_cli("dump", issue, "--json", prefix=prefix)
        doc = json.loads(proc.stdout)
        assert [p["number"] for p in doc["pages"]] == [1, 3]
        assert any(w["code"] == "bad-page" and "02.md" in w["message"] for w in doc["warnings"])
        proc = run_cli("dump", articles, "--json", prefix=prefix)
        doc = json.loads(proc.stdout)
        assert any(w["code"] == "unreadable" and "二版" in w["message"] for w in doc["warnings"]), doc["warnings"]
        proc = run_cli("import", shared_tmp / "papers", "--library", shared_tmp / "lib.sqlite3", prefix=prefix)
        assert "skipped" in proc.stdout and "2024-01-06: cannot be listed" in proc.stdout, proc.stdout
        assert "2 issue(s) imported" in proc.stdout, proc.stdout
    finally:
        locked.chmod(0o755)
        (articles / "二版").chmod(0o755)
        (issue / "02.md").chmod(0o644)


# -- re-importing is cheap and keeps the size ------------------------------------------------------

def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def test_importing_the_same_issues_again_keeps_the_size_and_says_unchanged(
        tmp_path: Path, library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = tmp_path / "archive"
    first = _size(library)
    for _ in range(3):
        proc = cli(capsys, "import", archive, "--library", library)
        assert proc.returncode == 0 and proc.stdout.count("unchanged ") == len(ALL_DAYS), proc.stdout
    assert abs(_size(library) - first) <= first * 0.02
    _intact(library)


def test_replaced_issues_leave_no_index_behind_after_compact(
        tmp_path: Path, library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for n in range(3):  # the same issues, their text changed each time: every one is replaced
        write_archive(tmp_path / "archive", ALL_DAYS, salt=f"（第{n}次更正）")
        proc = cli(capsys, "import", tmp_path / "archive", "--library", library, "--quiet")
        assert proc.returncode == 0 and f"{len(ALL_DAYS)} replaced" in proc.stdout, proc.stdout
    fresh = tmp_path / "fresh.sqlite3"  # the last text imported once
    assert cli(capsys, "import", tmp_path / "archive", "--library", fresh).returncode == 0
    for path in (library, fresh):
        proc = cli(capsys, "compact", "--library", path)
        assert proc.returncode == 0 and "MB →" in proc.stdout, proc.stderr
    assert _size(library) <= _size(fresh) * 1.02, (_size(fresh), _size(library))
    with Library(library) as lib:
        assert LibrarySearch(lib).count("第2次更正") == len(ALL_DAYS) * 2
        assert LibrarySearch(lib).count("第1次更正") == 0 and lib.check() == []


# -- a damaged stored article: skipped and counted; queries of operators only ------------------------

def test_search_skips_and_counts_damaged_articles(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(library) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM article ORDER BY id")]
        conn.execute("UPDATE article SET fields = ? WHERE id = ?", (b"not zlib", ids[0]))
        conn.execute("UPDATE article SET fields = ? WHERE id = ?", (zlib.compress(b'{"a": 1}'), ids[1]))
        conn.execute("UPDATE article SET fields = ? WHERE id = ?", (zlib.compress(b"[[1, 2, 3]]"), ids[2]))
        conn.execute("UPDATE article SET fields = ? WHERE id = ?", ("text, not a blob", ids[3]))
        conn.execute("UPDATE issue SET date = 'not a date' WHERE id = 1")
    conn.close()
    proc = cli(capsys, "search", "--library", library, "清河", "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["damaged"] >= 1 and "could not be read" in proc.stderr and "Traceback" not in proc.stderr
    with Library(library) as lib:
        page = LibrarySearch(lib).search("清河", limit=200)
        assert page.damaged == doc["damaged"] and len(doc["hits"]) == page.total - page.damaged


def test_a_damaged_index_is_one_line(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(library) as conn:
        conn.execute("DELETE FROM text_index_data WHERE id > 10")  # the index's segments are gone
    conn.close()
    proc = cli(capsys, "search", "--library", library, "口袋公园")
    assert_one_line_problem(proc, str(library))


@pytest.mark.parametrize("query", ["--", "-", '""', "“”", "-口袋", '-"口袋 公园"', "- -", '"'])
def test_a_query_of_operators_only_is_one_line(
        library: Path, query: str, capsys: pytest.CaptureFixture[str]) -> None:
    proc = cli(capsys, "search", "--library", library, "--", query)
    assert_one_line_problem(proc, "nothing to search for")
