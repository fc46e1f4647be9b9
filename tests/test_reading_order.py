"""Reading order (J/K, article i of n, keywords, search hits) and back/forward history: the core, no window."""

from __future__ import annotations

import pytest

from reader.core.history import History, Position
from reader.core.model import Issue
from reader.core.reading_order import (
    ReadingOrder,
    in_reading_order,
    is_later_part,
    is_repeat,
    opens_article,
    reading_keys,
    shown_hits,
    shows_field,
    story_heads,
)
from reader.core.search.issue_search import IssueIndex

pytestmark = pytest.mark.core


def test_articles_skip_copies_and_later_parts(issue: Issue) -> None:
    order = ReadingOrder(issue)
    assert order.articles == ["p1-1", "p1-2", "p1-3", "p2-1", "p2-2", "p3-1"]
    assert order.first() == "p1-1"
    assert order.next_after(None) == "p1-1"
    assert order.next_after("p1-3") == "p2-1"
    assert order.next_after("p3-1") is None
    assert order.previous_before("p1-1") is None
    assert order.previous_before("p2-1") == "p1-3"


def test_steps_from_a_continued_part_follow_its_page(issue: Issue) -> None:
    order = ReadingOrder(issue)
    assert order.previous_before("p3-2") == "p3-1"    # not back to page 1, where its story starts
    assert order.next_after("p3-2") is None            # p3-3 is a copy


def test_position_counts_the_story_and_the_original(issue: Issue) -> None:
    order = ReadingOrder(issue)
    assert order.position("p1-1") == (1, 6)
    assert order.position("p3-2") == (1, 6)    # a continued part is its story's article
    assert order.position("p3-3") == (2, 6)    # a copy is its original's article
    assert order.position(None) == (0, 6)


def test_history_back_and_forward() -> None:
    history = History()
    assert history.go_back(Position("a", 0)) is None
    history.push(Position("a", 10))
    history.push(Position("b", 20))
    assert history.go_back(Position("c", 30)) == Position("b", 20)
    assert history.go_back(Position("b", 20)) == Position("a", 10)
    assert history.go_forward(Position("a", 10)) == Position("b", 20)
    history.push(Position("b", 25))       # following a new link drops what was ahead
    assert history.forward == []
    assert history.go_forward(Position("d", 0)) is None


def test_the_one_rule_skips_repeated_copies_and_later_parts(issue: Issue) -> None:
    item = issue.item
    assert is_repeat(issue, item("p3-3")) and not is_repeat(issue, item("p1-2"))      # type: ignore[arg-type]
    assert is_later_part(issue, item("p3-2")) and not is_later_part(issue, item("p1-1"))  # type: ignore[arg-type]
    opening = [it.id for it in issue.items() if opens_article(issue, it)]
    assert opening == ReadingOrder(issue).articles == story_heads(issue)
    copy = item("p3-3")
    assert copy is not None
    copy.duplicate_of = copy.id                       # a copy of itself is no copy (and no endless loop)
    assert not is_repeat(issue, copy) and issue.story_items(copy.id) == [copy]


def test_reading_order_puts_a_story_s_parts_together(issue: Issue) -> None:
    keys = reading_keys(issue)
    assert keys["p1-1"] == (0, 0) and keys["p3-2"] == (0, 1) and keys["p3-1"][1] == 0
    assert keys["p1-1"] < keys["p3-2"] < keys["p1-2"] < keys["p3-1"]
    assert story_heads(issue) == ["p1-1", "p1-2", "p1-3", "p2-1", "p2-2", "p3-1"]
    assert story_heads(issue, first="p3-2")[0] == "p1-1"
    assert story_heads(issue, first="p3-1")[:2] == ["p3-1", "p1-1"]
    hits = in_reading_order(IssueIndex(issue).search("各地"), keys)
    assert list(dict.fromkeys(h.item for h in hits)) == ["p1-1", "p3-2", "p3-1"]


def test_hits_in_a_later_parts_repeated_headline_are_not_shown(issue: Issue) -> None:
    hits = IssueIndex(issue).search("春耕")
    fields = {(h.item, h.field) for h in hits}
    assert ("p3-2", "title") in fields                          # search finds the repeated headline …
    shown = shown_hits(issue, hits)
    assert ("p3-2", "title") not in {(h.item, h.field) for h in shown}   # … the reader does not see it
    assert [h for h in hits if h.item != "p3-2" or h.field == "block"] == shown
    later, first = issue.item("p3-2"), issue.item("p1-1")
    assert later is not None and first is not None
    assert shows_field(issue, later, "block") and not shows_field(issue, later, "title")
    assert all(shows_field(issue, first, f) for f in ("kicker", "title", "subtitle", "byline", "block"))
