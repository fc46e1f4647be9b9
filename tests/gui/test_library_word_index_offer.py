"""全词匹配 in a library without its word index: the search view says so (not "the search failed"),
offers to build the index, shows the build's progress with a stop button, then the results."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library.sqlite import search as library_search
from reader.core.library.sqlite.library import Library
from reader.gui.library.controller import LibraryController

from .helpers import TIMEOUT
from .test_library_search_view import search

pytestmark = pytest.mark.gui


def words_missing(path: Path) -> int:
    with Library(path, readonly=True) as lib:
        return lib.words_missing()


@pytest.fixture
def no_check_on_the_spot(monkeypatch: pytest.MonkeyPatch) -> None:
    """Word mode checks no article missing from the word index on the spot: it asks for the index."""
    monkeypatch.setattr(library_search, "WORD_CHECK_LIMIT", 0)


def test_whole_words_without_the_index_offers_to_build_it_and_then_finds(
        qtbot, no_check_on_the_spot: None, filled: LibraryController, library_file: Path) -> None:
    view, offer = filled.search_view, filled.search_view.word_offer
    view.word_box.setChecked(True)
    search(qtbot, filled, "公园")
    assert "failed" not in view.summary.text()
    assert view.summary.text() == "Whole words needs the word index."
    assert view.results.currentWidget() is offer and offer.isVisible()
    articles = words_missing(library_file)
    assert f"{articles:,} of {articles:,} articles" in offer.text.text()
    assert offer.build_button.isVisible() and not offer.cancel_button.isVisible()
    shown: list[tuple[int, int]] = []
    building = offer.building
    offer.building = lambda done, total: (shown.append((done, total)), building(done, total))  # type: ignore[method-assign]
    offer.build_button.click()
    assert offer.cancel_button.isVisible() and offer.progress.isVisible()
    qtbot.waitUntil(lambda: view.results.currentWidget() is view.tree, timeout=TIMEOUT)
    assert view.total >= 2 and view.summary.text().startswith("Articles 1–")
    assert shown and shown[-1][0] == shown[-1][1] == articles                 # the progress reached the end
    assert words_missing(library_file) == 0


def test_stopping_the_build_keeps_the_offer(qtbot, no_check_on_the_spot: None, filled: LibraryController,
                                            library_file: Path) -> None:
    view, offer = filled.search_view, filled.search_view.word_offer
    view.word_box.setChecked(True)
    search(qtbot, filled, "公园")
    offer.build_button.click()
    task = filled.maintenance.word_task
    assert task is not None
    offer.cancel_button.click()
    assert task.cancel_flag.is_set()
    qtbot.waitUntil(lambda: not task.running() and not offer.running, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "Searching" not in view.summary.text(), timeout=TIMEOUT)
    missing = words_missing(library_file)
    if missing:  # stopped before the end: asked again, the button back
        assert view.results.currentWidget() is offer and offer.build_button.isVisible()
    else:        # the one batch was done before the stop came
        assert view.results.currentWidget() is view.tree


def test_the_offer_is_worded_in_chinese(qtbot, chinese: None, no_check_on_the_spot: None,
                                        filled: LibraryController) -> None:
    view, offer = filled.search_view, filled.search_view.word_offer
    view.word_box.setChecked(True)
    search(qtbot, filled, "公园")
    qtbot.waitUntil(lambda: view.results.currentWidget() is offer, timeout=TIMEOUT)
    assert "词索引" in view.summary.text() and "词索引" in offer.text.text()
    assert "词索引" in offer.build_button.text()
