"""Find counts and steps only through hits the reader can see: a story's later part repeats its headline,
which the pane does not print again; a query without hits says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.core.search.issue_search import IssueIndex
from reader.gui.startup import Reader

from .test_find import open_and_type, settle

pytestmark = pytest.mark.gui


def test_every_hit_counted_is_one_the_pane_highlights(qtbot, sample: Reader) -> None:
    issue = sample.session.issue
    assert issue is not None
    everything = IssueIndex(issue).search("民营")
    hidden = [h for h in everything if h.item == "p3-1" and h.field == "title"]
    assert hidden, "the sample's p3-1 repeats the headline of p1-1"
    find = open_and_type(qtbot, sample, "民营")
    total = len(find.hits)
    assert total == len(everything) - len(hidden)
    assert find.bar.count_label.text() == f"1/{total}"
    for n in range(total):                               # Enter through all of them, wrapping once
        assert find.bar.count_label.text() == f"{n + 1}/{total}"
        assert find.current_span() is not None, f"hit {n + 1}/{total} is not on screen"
        qtbot.keyClick(find.bar.edit, Qt.Key.Key_Return)
        settle(find)
    assert find.bar.count_label.text() == f"1/{total}"


def test_a_keyword_click_never_lands_on_an_invisible_hit(qtbot, sample: Reader) -> None:
    find = sample.find                                           # built after the first paint in the app
    sample.reading.pane.keyword_activated.emit("民营")          # a keyword under the headline, clicked
    settle(find)
    assert find.bar.isVisible() and find.bar.text() == "民营" and find.hits
    qtbot.keyClick(find.bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)   # back to the last
    settle(find)
    assert find.current == len(find.hits) - 1
    assert find.current_span() is not None


def test_a_query_without_hits_says_so_and_leaves_the_headlines(qtbot, sample: Reader) -> None:
    find = open_and_type(qtbot, sample, "井冈山")
    assert find.hits == []
    assert find.bar.count_label.text() == "No matches"
    pages = sample.reading.sidebar.shown_pages()
    assert len(pages) == 4 and len(sample.reading.sidebar.shown_items(pages[0])) == 5   # every page and headline
    assert find.dock.isVisible()
    assert find.panel.no_hits.isVisible() and "井冈山" in find.panel.no_hits.text()
    assert not find.panel.view.isVisible()
    qtbot.keyClick(find.bar.edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(find.bar.edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(find.bar.edit, Qt.Key.Key_Backspace)
    open_and_type(qtbot, sample, "江川")
    assert find.hits and not find.panel.no_hits.isVisible() and find.panel.view.isVisible()
