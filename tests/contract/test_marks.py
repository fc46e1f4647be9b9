"""Bookmarks (收藏) and reading positions round-trip, and outlive a re-import and a removal. Moved from
test_library_export.py."""

from __future__ import annotations

import datetime as dt

import pytest

from reader.core.library.storage import LibraryStorage

from ..fixtures.library.helpers import ARCHIVE

pytestmark = pytest.mark.core

DAY1 = "清河日报:2024-01-01"
DAY2 = "清河日报:2024-01-02"


@pytest.fixture
def library(new_library: LibraryStorage) -> LibraryStorage:
    new_library.import_paths([str(ARCHIVE)])
    return new_library


def test_bookmarks_keep_notes_and_survive_reimport(library: LibraryStorage) -> None:
    first = library.add_bookmark(DAY1, "p1-2", "供暖数据")
    assert (first.paper, first.date, first.page, first.title) == ("清河日报", dt.date(2024, 1, 1), 1, "冬季供暖保障有力")
    library.add_bookmark(DAY2, "p1-2")
    library.add_bookmark(DAY1, "p1-2", "改过的笔记")
    assert [(b.issue_key, b.item, b.note) for b in library.bookmarks()] == [
        (DAY2, "p1-2", ""), (DAY1, "p1-2", "改过的笔记")]
    library.import_paths([str(ARCHIVE / "2024-01-01")])
    assert library.is_bookmarked(DAY1, "p1-2")
    assert library.remove_bookmark(DAY2, "p1-2") and not library.remove_bookmark(DAY2, "p1-2")
    assert [b.item for b in library.bookmarks(paper="清河日报")] == ["p1-2"]
    with pytest.raises(KeyError):
        library.add_bookmark(DAY1, "p9-9")
    with pytest.raises(KeyError):
        library.add_bookmark("清河日报:1999-01-01", "p1-1")


def test_reading_positions_are_remembered_per_issue(library: LibraryStorage) -> None:
    assert library.position(DAY1) is None
    library.set_position(DAY1, 2, "p2-1", 0.4)
    library.set_position(DAY2, 1, "p1-2", 1.7)
    pos = library.position(DAY2)
    assert pos is not None and (pos.page, pos.item, pos.fraction) == (1, "p1-2", 1.0)
    assert {p.issue_key for p in library.recent_positions()} == {DAY1, DAY2}
    library.set_position(DAY1, 1, "p1-1", 0.0)
    again = library.position(DAY1)
    assert again is not None and (again.page, again.item, again.fraction) == (1, "p1-1", 0.0)


def test_marks_outlive_the_removal_of_their_issue(library: LibraryStorage) -> None:
    library.add_bookmark(DAY1, "p1-2", "留着")
    library.set_position(DAY1, 2, "p2-1", 0.5)
    assert library.remove_issue(DAY1) and not library.remove_issue(DAY1)
    assert [(b.issue_key, b.note) for b in library.bookmarks()] == [(DAY1, "留着")]
    position = library.position(DAY1)
    assert position is not None and position.item == "p2-1"
    assert library.info(DAY1) is None
