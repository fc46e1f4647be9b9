"""The library keeps each issue's own warnings (mostly-no-text) for its list: written with the issue,
read once from the stored data for an issue kept before, dropped with a removed issue."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core.library.sqlite.importing import import_paths
from reader.core.library.sqlite.library import Library

from .epaper_feeds import feed_text, weekly_html, write

pytestmark = pytest.mark.core


def _feeds(tmp_path: Path) -> tuple[Path, Path]:
    titles = tmp_path / "titles"
    titles.mkdir()
    items = [(f"[0{n}版：要闻] 稿子{n}", weekly_html(f"稿子{n}", "<p>无法提取正文内容</p>", page=n)) for n in (1, 2, 3)]
    items.append(("[04版：副刊] 有正文的稿子", weekly_html("有正文的稿子", "<p>正文。</p>", page=4)))
    write(titles, feed_text(*items))
    whole = tmp_path / "whole"
    whole.mkdir()
    write(whole, feed_text(*[(f"[0{n}版：要闻] 文章{n}", weekly_html(f"文章{n}", "<p>正文一段。</p>", page=n,
                                                                paper="另一报")) for n in (1, 2)]))
    return titles / "feed.xml", whole / "feed.xml"


def _notes(lib: Library) -> dict[str | None, tuple[str, ...]]:
    return {i.paper: i.notes for i in lib.issues()}


def test_an_issue_of_titles_only_is_listed_with_its_note(tmp_path: Path) -> None:
    titles, whole = _feeds(tmp_path)
    with Library(tmp_path / "lib.sqlite3") as lib:
        report = import_paths(lib, [titles, whole])
        assert [i.notes for i in report.imported] == [("mostly-no-text",), ()]
        assert _notes(lib) == {"理论周报": ("mostly-no-text",), "另一报": ()}


def test_notes_of_an_issue_kept_before_are_read_from_its_data_once(tmp_path: Path) -> None:
    titles, whole = _feeds(tmp_path)
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        import_paths(lib, [titles, whole])
    with sqlite3.connect(path) as conn:                 # as a library of an earlier reader has it
        conn.execute("DELETE FROM meta WHERE key LIKE 'notes:%'")
    with Library(path, readonly=True) as lib:          # read-only: read, not kept
        assert _notes(lib)["理论周报"] == ("mostly-no-text",)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'notes:%'").fetchone()[0] == 0
    with Library(path) as lib:
        assert _notes(lib)["理论周报"] == ("mostly-no-text",)
        kept = lib.conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'notes:%'").fetchone()[0]
        assert kept == 2
        key = next(i.key for i in lib.issues() if i.paper == "理论周报")
        lib.remove(key)
        assert _notes(lib) == {"另一报": ()}
        assert lib.conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'notes:%'").fetchone()[0] == 1


def test_a_damaged_data_row_lists_without_notes(tmp_path: Path) -> None:
    titles, _whole = _feeds(tmp_path)
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        import_paths(lib, [titles])
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM meta WHERE key LIKE 'notes:%'")
        conn.execute("UPDATE issue SET data = ?", (b"not zlib",))
    with Library(path) as lib:
        assert _notes(lib) == {"理论周报": ()}
