"""Reading order (J/K, article i of n) and back/forward history, without a window."""

from __future__ import annotations

import pytest

from reader.core.model import Issue
from reader.gui.navigation import History, Position, ReadingOrder

pytestmark = pytest.mark.gui


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
