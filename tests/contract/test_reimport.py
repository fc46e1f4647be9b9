"""Importing again replaces an issue in place: the same keys and counts, the index following the new
text, bookmarks and positions kept; an issue whose content is unchanged is left as it is (issue 9).
Moved from test_library_import.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library.results import SearchFilters
from reader.core.library.storage import LibraryStorage
from reader.core.search.query import SearchOptions

from ..fixtures.library.helpers import SAMPLE, copy_archive
from .conftest import Engine

pytestmark = pytest.mark.core

KEYS = ["清河日报:2024-01-01", "清河日报:2024-01-02", "清河日报:2024-01-03"]


def items(lib: LibraryStorage, query: str) -> set[tuple[str, str]]:
    return {(a.issue_key, a.item) for a in lib.articles(lib.matching_ids(query, SearchOptions(), SearchFilters()))}


def test_importing_the_same_issues_again_changes_nothing(new_library: LibraryStorage, tmp_path: Path) -> None:
    archive = copy_archive(tmp_path)
    first = new_library.import_paths([str(archive), str(SAMPLE)])
    before = ([(i.key, i.articles, i.chars, i.pages) for i in new_library.issues()],
              {q: items(new_library, q) for q in ("的", "口袋公园", "民营 -江川", "臺灣")})
    again = new_library.import_paths([str(archive), str(SAMPLE)])
    assert [i.key for i in again.unchanged] == [i.key for i in first.imported]
    assert not again.imported and not again.replaced
    after = ([(i.key, i.articles, i.chars, i.pages) for i in new_library.issues()],
             {q: items(new_library, q) for q in ("的", "口袋公园", "民营 -江川", "臺灣")})
    assert after == before and new_library.check() == []
    (info, issue) = next(new_library.iter_issues())
    added = new_library.add_issue(issue)
    assert (added.replaced or added.unchanged) and len(new_library.issues()) == len(before[0])


def test_importing_again_replaces_the_issue_and_its_index_entries(engine: Engine, tmp_path: Path) -> None:
    archive = copy_archive(tmp_path)
    location = engine.location(tmp_path)
    with engine.open(location) as lib:
        lib.import_paths([str(archive)])
        lib.add_bookmark(KEYS[0], "p1-2", "供暖")
        lib.set_position(KEYS[0], 2, "p2-1", 0.5)
    page = archive / "2024-01-01" / "01.md"
    page.write_text(page.read_text(encoding="utf-8").replace("口袋公园", "城市森林"), encoding="utf-8")
    with engine.open(location, "open") as lib:
        report = lib.import_paths([str(archive / "2024-01-01")])
        assert [i.key for i in report.replaced] == [KEYS[0]] and not report.imported
        assert [i.key for i in lib.issues()] == KEYS[::-1]
        assert "p1-1" in {item for _, item in items(lib, "城市森林")}
        # page 2 still says 口袋公园; page 1 no longer does
        assert {item for _, item in items(lib, "口袋公园")} == {"p2-1"}
        assert [b.note for b in lib.bookmarks()] == ["供暖"]
        position = lib.position(KEYS[0])
        assert position is not None and (position.item, position.fraction) == ("p2-1", 0.5)
        assert lib.check() == []
