"""Arriving at a story's later part shows it at its seam (status bar agreeing), and the ends of the issue
are said, not silently ignored — on the bundled sample (jumps 1→3 and 1→4, each page opening with the
continued part)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.gui.startup import Reader

from .test_main_window import click_headline

pytestmark = pytest.mark.gui


def seam_top(reader: Reader, item_id: str) -> float:
    """Where the seam of a part is, in the pane's document (pixels from its top)."""
    pane = reader.reading.pane
    doc = pane.document()
    start = pane.layout_map.part_starts[item_id]
    return doc.documentLayout().blockBoundingRect(doc.findBlock(start)).top()


def assert_at_seam(reader: Reader, item_id: str, page: int) -> None:
    pane = reader.reading.pane
    assert reader.session.current_item_id == item_id
    assert pane.item_ids()[0] != item_id                          # the story is shown whole, from part one
    top, height = pane.scroll_value(), pane.viewport_size().height()
    assert top <= seam_top(reader, item_id) <= top + height / 2   # … and the part's seam is at the top
    assert f" · Page {page} · " in reader.reading.position_label.text()


def test_a_continued_parts_row_shows_the_story_at_that_parts_seam(qtbot, sample: Reader) -> None:
    sample.window.resize(1000, 500)
    QApplication.processEvents()
    click_headline(qtbot, sample, "p3-1")
    assert_at_seam(sample, "p3-1", 3)
    assert sample.reading.pane.scroll_value() > 0


def test_next_page_onto_a_page_that_opens_with_a_continued_part(qtbot, sample: Reader) -> None:
    sample.window.resize(1000, 500)
    QApplication.processEvents()
    sample.session.show("p3-4")
    pane = sample.reading.pane
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_BracketRight)          # ] onto 第04版: its first item is 1版's story
    assert_at_seam(sample, "p4-1", 4)
    pane.set_scroll_value(0)                               # scrolled back up into the 1版 part …
    assert " · Page 1 · " in sample.reading.position_label.text()      # … the status says so


def test_the_ends_of_the_issue_are_said_in_the_status_bar(qtbot, sample: Reader) -> None:
    pane = sample.reading.pane
    pane.setFocus()
    sample.session.show("p4-5")                             # the last article
    qtbot.keyClick(pane, Qt.Key.Key_J)
    assert sample.session.current_item_id == "p4-5"
    assert sample.window.statusBar().currentMessage() == "This is the last article of the issue."
    qtbot.keyClick(pane, Qt.Key.Key_BracketRight)
    assert sample.window.statusBar().currentMessage() == "This is the last page of the issue."
    sample.session.show("p1-1")
    qtbot.keyClick(pane, Qt.Key.Key_K)
    assert sample.window.statusBar().currentMessage() == "This is the first article of the issue."
    qtbot.keyClick(pane, Qt.Key.Key_BracketLeft)
    assert sample.window.statusBar().currentMessage() == "This is the first page of the issue."
    assert sample.session.current_item_id == "p1-1"
