"""Importing into an SQLite library: what counts as an issue, removing, cancelling, worker processes,
and a process killed at a chosen point inside a transaction. What every engine must do (re-import,
kill at any moment, writers at once) is in tests/contract/."""

from __future__ import annotations

import shutil
import signal
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.library import find_issues
from reader.core.library.importer import Found, Skipped
from reader.core.library.sqlite.importing import import_paths
from reader.core.library.sqlite.library import Library
from reader.core.library.sqlite.search import LibrarySearch
from reader.core.search.query import SearchOptions
from reader.core.serialize import issue_contract

from .fixtures.library.helpers import (
    SAMPLE,
    brute_matches,
    copy_archive,
    kill_hard,
    paused_import,
    reader_process,
    wait_for_line,
)

pytestmark = pytest.mark.core

KEYS = ["清河日报:2024-01-01", "清河日报:2024-01-02", "清河日报:2024-01-03"]


def test_walking_a_folder_finds_issue_folders_and_says_why_it_skips_the_rest(tmp_path: Path) -> None:
    archive = copy_archive(tmp_path)
    (archive / "2024-01-02" / "scan.pdf").write_bytes(b"%PDF-1.4 not text")
    found = list(find_issues([archive, tmp_path / "missing"]))
    issues = [f.path.name for f in found if isinstance(f, Found)]
    skipped = {f.path.name: f.reason for f in found if isinstance(f, Skipped)}
    assert issues == ["2024-01-01", "2024-01-02", "2024-01-03", "notes"]
    assert set(skipped) == {"README.md", "cover.png", "scan.pdf", "missing"}
    assert "note" in skipped["README.md"] and "not an issue" in skipped["cover.png"]
    assert skipped["missing"] == "no such file or folder"


def test_import_reports_issues_and_skips_and_the_notes_folder_is_no_issue(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite3") as lib:
        report = import_paths(lib, [copy_archive(tmp_path)])
        assert [i.key for i in report.imported] == KEYS and not report.replaced
        reasons = {s.path.name: s.reason for s in report.skipped}
        assert "no masthead" in reasons["notes"]
        assert [i.key for i in lib.issues()] == KEYS[::-1]
        assert lib.pending_count() == 0 and lib.check() == []


def test_an_imported_issue_opens_after_its_files_are_deleted(tmp_path: Path) -> None:
    source = tmp_path / "sample"
    shutil.copytree(SAMPLE, source)
    from reader.core.loading import open_issue

    original = issue_contract(open_issue(source))
    with Library(tmp_path / "lib.sqlite3") as lib:
        import_paths(lib, [source])
    shutil.rmtree(source)
    with Library(tmp_path / "lib.sqlite3") as lib:
        (info,) = lib.issues()
        assert issue_contract(lib.load_issue(info.key)) == original
        hits = LibrarySearch(lib).search("民营经济")
        assert hits.total >= 1 and hits.hits[0].article.paper == "江川日报"


def test_remove_and_list_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "lib.sqlite3")
    assert main(["import", "--library", path, str(copy_archive(tmp_path))]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert sum(line.startswith("imported ") for line in lines) == 3 and "3 issue(s) imported" in out
    assert any(line.startswith("skipped  ") and "README.md" in line for line in lines)
    assert main(["remove", "--library", path, "2024-01-02", "清河日报:2024-01-03"]) == 0
    assert capsys.readouterr().out.count("removed ") == 2
    assert main(["remove", "--library", path, "2024-01-02"]) == 2
    assert "no issue of 2024-01-02" in capsys.readouterr().err
    assert main(["list", "--library", path]) == 0
    out = capsys.readouterr().out
    assert "2024-01-01  清河日报" in out and "2024-01-02" not in out
    with Library(path) as lib:
        assert LibrarySearch(lib).count("高质量发展") == 0 and lib.check() == []


def test_import_of_nothing_but_non_issues_fails_and_a_missing_path_is_bad_input(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "a.png").write_bytes(b"\x89PNG....")
    path = str(tmp_path / "lib.sqlite3")
    assert main(["import", "--library", path, str(junk)]) == 1
    assert main(["import", "--library", path, str(tmp_path / "nowhere")]) == 2
    assert "no such file or folder" in capsys.readouterr().out


def _search_is_exact(lib: Library, queries: list[str]) -> None:
    issues = [(info.key, issue) for info, issue in lib.iter_issues()]
    search = LibrarySearch(lib)
    for q in queries:
        got = {(a.issue_key, a.item) for a in lib.articles(search.matching_ids(q))}
        assert got == brute_matches(issues, q, SearchOptions()), q


def test_a_process_killed_inside_an_issue_leaves_earlier_issues_and_not_that_one(tmp_path: Path) -> None:
    archive = copy_archive(tmp_path)
    path = tmp_path / "lib.sqlite3"
    proc = paused_import(path, "2", archive)
    wait_for_line(proc, "paused inside 2")
    assert kill_hard(proc) == -signal.SIGKILL
    with Library(path) as lib:
        assert [i.key for i in lib.issues()] == [KEYS[0]]
        assert lib.check() == []
        assert lib.pending_count() > 0  # stored, not yet indexed: search reads its text meanwhile
        _search_is_exact(lib, ["口袋公园", "供暖", "高质量发展", "的", "清河"])
        assert lib.index_pending() > 0 and lib.pending_count() == 0
        _search_is_exact(lib, ["口袋公园", "供暖", "高质量发展", "的", "清河"])
        report = import_paths(lib, [archive])
        assert [i.key for i in report.imported] == KEYS[1:] and lib.check() == []


def test_a_process_killed_while_indexing_leaves_the_queue_and_a_sound_index(tmp_path: Path) -> None:
    archive = copy_archive(tmp_path)
    path = tmp_path / "lib.sqlite3"
    proc = paused_import(path, "index", archive)
    wait_for_line(proc, "paused inside index")
    assert kill_hard(proc) == -signal.SIGKILL
    with Library(path) as lib:
        assert [i.key for i in lib.issues()] == KEYS[::-1]
        assert lib.check() == []
        assert lib.pending_count() == sum(i.articles for i in lib.issues())
        _search_is_exact(lib, ["口袋公园", "臺灣", "台湾", "高质量 -GDP", "的"])
        lib.index_pending()
        assert lib.pending_count() == 0 and lib.check() == []
        _search_is_exact(lib, ["口袋公园", "臺灣", "台湾", "高质量 -GDP", "的"])


def test_cancel_stops_between_issues_and_keeps_what_is_done(tmp_path: Path) -> None:
    stored: list[str] = []         # cancelled once the first issue is stored, however often it is asked

    with Library(tmp_path / "lib.sqlite3") as lib:
        report = import_paths(lib, [copy_archive(tmp_path)], lambda e: stored.append(e.kind) if e.kind == "imported"
                              else None, cancelled=lambda: bool(stored))
        assert report.cancelled
        assert [i.key for i in lib.issues(newest_first=False)] == KEYS[:1]
        assert lib.pending_count() == 0


def test_every_library_command_takes_the_library_option() -> None:
    for command in ("import", "list", "remove", "export"):
        proc = reader_process(command, "--help")
        out, _ = proc.communicate(timeout=60)
        assert proc.returncode == 0 and "--library" in out, command


def test_reading_in_worker_processes_stores_the_same_library(tmp_path: Path) -> None:
    archive = copy_archive(tmp_path)
    results = []
    for workers in (0, 2):
        with Library(tmp_path / f"lib{workers}.sqlite3") as lib:
            report = import_paths(lib, [archive, SAMPLE], workers=workers)
            search = LibrarySearch(lib)
            results.append(([i.key for i in report.imported], sorted(s.path.name for s in report.skipped),
                             [(i.key, i.articles, i.chars) for i in lib.issues()],
                             {q: [(a.issue_key, a.item) for a in lib.articles(search.matching_ids(q))]
                              for q in ("的", "口袋公园", "民营 -江川", "臺灣")}))
            assert lib.check() == []
    assert results[0] == results[1]
