"""Moving through an issue: articles in printed order (J/K), and back/forward after following a link."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.model import Issue, Item


class ReadingOrder:
    """The articles of an issue as J and K step through them.

    An article is an item that starts something to read: repeated copies and the later parts of a
    story printed in parts are skipped (the story is read whole from its first part). Steps are
    taken from where an item is printed, so from a continued part J goes on down its own page.
    """

    def __init__(self, issue: Issue) -> None:
        self.issue = issue
        items = list(issue.items())
        self._printed = {it.id: i for i, it in enumerate(items)}
        self.articles = [it.id for it in items if self._starts_article(it)]

    def _starts_article(self, item: Item) -> bool:
        if item.duplicate_of and self.issue.item(item.duplicate_of) is not None:
            return False
        story = self.issue.story_of(item.id)
        return story is None or story.parts[0] == item.id

    def first(self) -> str | None:
        """The first article, or None for an issue without any."""
        return self.articles[0] if self.articles else None

    def next_after(self, item_id: str | None) -> str | None:
        """The first article printed after item_id (the first article when item_id is None)."""
        if item_id is None:
            return self.first()
        here = self._printed.get(item_id, -1)
        return next((a for a in self.articles if self._printed[a] > here), None)

    def previous_before(self, item_id: str | None) -> str | None:
        """The last article printed before item_id."""
        if item_id is None:
            return None
        here = self._printed.get(item_id, -1)
        return next((a for a in reversed(self.articles) if self._printed[a] < here), None)

    def position(self, item_id: str | None) -> tuple[int, int]:
        """(i, n): item_id's article (its story's first part, a copy's original) is the i-th of n; i=0: none."""
        n = len(self.articles)
        if item_id is None:
            return 0, n
        story = self.issue.story_items(item_id)
        head = story[0].id if story else item_id
        return (self.articles.index(head) + 1 if head in self.articles else 0), n


@dataclass(frozen=True)
class Position:
    """A place to come back to: an article and how far down it was scrolled."""

    item_id: str
    scroll: int


@dataclass
class History:
    """Back and forward stacks, as in a browser."""

    back: list[Position] = field(default_factory=list)
    forward: list[Position] = field(default_factory=list)

    def push(self, here: Position) -> None:
        """Remember here before following a link (forward history is dropped)."""
        self.back.append(here)
        self.forward.clear()

    def go_back(self, here: Position) -> Position | None:
        """Where Back leads from here (None: nowhere); here becomes Forward's target."""
        if not self.back:
            return None
        self.forward.append(here)
        return self.back.pop()

    def go_forward(self, here: Position) -> Position | None:
        """Where Forward leads from here (None: nowhere)."""
        if not self.forward:
            return None
        self.back.append(here)
        return self.forward.pop()

    def clear(self) -> None:
        self.back.clear()
        self.forward.clear()
