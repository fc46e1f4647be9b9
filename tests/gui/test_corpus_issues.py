"""The real issues in ../shared/corpus open, read and navigate in the reader (skipped where absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.core.loading import open_issue
from reader.core.printed_bylines import opens_with_byline
from reader.gui.reading.issue_tree_model import Role
from reader.gui.startup import Reader
from tests.conftest import corpus_path
from tests.gui.test_main_window import click_headline, link_point

pytestmark = pytest.mark.gui

ISSUES = ["pages-md/000_8c687166d13b4f80.txt", "epaper-rss/rmrb_2026-06-12.xml", "articles-md/cmn/20260713"]


def open_in_window(qtbot, reader: Reader, path: Path) -> None:
    with qtbot.waitSignal(reader.session.issue_loaded, timeout=30000):
        reader.session.open(path)


@pytest.mark.parametrize("rel", ISSUES)
def test_corpus_issue_fills_sidebar_with_the_cores_items(qtbot, reader: Reader, rel: str) -> None:
    path = corpus_path(rel)
    expected = open_issue(path)
    open_in_window(qtbot, reader, path)
    model = reader.reading.sidebar.model
    shown = [(model.index(p, 0).data(Role.PAGE_NUMBER),
              [model.index(r, 0, model.index(p, 0)).data(Role.ITEM_ID)
               for r in range(model.rowCount(model.index(p, 0)))]) for p in range(model.rowCount())]
    assert shown == [(page.number, [it.id for it in page.items]) for page in expected.pages]
    assert sum(len(ids) for _, ids in shown) > 0
    # every headline row opens its whole story
    for page in expected.pages:
        for item in page.items[:: max(1, len(page.items) // 3)]:
            click_headline(qtbot, reader, item.id)
            assert reader.session.current_item_id == item.id
            assert reader.reading.pane.item_ids() == [it.id for it in expected.story_items(item.id)]
            first = expected.story_items(item.id)[0]
            text = first.blocks[1:] if opens_with_byline(first) else first.blocks   # the byline line: above
            if text:
                assert text[0].text[:10].replace("\xa0", " ") in reader.reading.pane.plain_text()


@pytest.mark.parametrize("rel", ISSUES)
def test_corpus_issue_reads_from_first_to_last_article_with_keys(qtbot, reader: Reader, rel: str) -> None:
    open_in_window(qtbot, reader, corpus_path(rel))
    seen = [reader.session.current_item_id]
    for _ in range(500):
        qtbot.keyClick(reader.reading.pane, Qt.Key.Key_J)
        if reader.session.current_item_id == seen[-1]:
            break
        seen.append(reader.session.current_item_id)
    i, n = reader.session.article_position()
    assert len(seen) == n and i == n
    assert len(set(seen)) == len(seen)
    for _ in range(3):
        qtbot.keyClick(reader.reading.pane, Qt.Key.Key_K)
    assert reader.session.current_item_id == seen[-4]


@pytest.mark.parametrize("rel", ISSUES)
def test_corpus_jumps_lead_to_the_other_page_and_back(qtbot, reader: Reader, rel: str) -> None:
    """Linked parts join with a seam that leads to the other page; a missing part is said in place;
    a repeated copy (how the feed prints jumps) opens the original."""
    path = corpus_path(rel)
    issue = open_issue(path)
    open_in_window(qtbot, reader, path)
    stories = [s for s in issue.stories if len(s.parts) > 1]
    jumps_out = [it for it in issue.items() if it.continues_to is not None and issue.story_of(it.id) is None]
    copies = [it for it in issue.items() if it.duplicate_of and issue.item(it.duplicate_of)]
    assert stories or jumps_out or copies, f"{rel}: no jumps or copies to follow"
    for story in stories:
        head, part = story.parts[0], story.parts[1]
        reader.session.show(head)
        page = issue.item(part).page   # type: ignore[union-attr]
        qtbot.mouseClick(reader.reading.pane.viewport(), Qt.MouseButton.LeftButton,
                         pos=link_point(reader, f"page:{page}"))
        assert reader.session.current_item_id == part and reader.reading.sidebar.current_page() == page
        reader.session.go_back()
        assert reader.session.current_item_id == head
    for item in jumps_out:
        reader.session.show(item.id)
        assert f"Continued on page {item.continues_to}" in reader.reading.pane.plain_text()
    for copy in copies:
        click_headline(qtbot, reader, copy.id)
        assert reader.reading.pane.item_ids() == [it.id for it in issue.story_items(copy.duplicate_of or "")]
        assert reader.reading.sidebar.current_item_id() == copy.id
