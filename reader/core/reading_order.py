"""The order a reader goes through an issue, and the one rule of what starts something to read.

An article is an item that starts something to read: a repeated copy of another item of the issue
(`Issue.original_of`) and the later parts of a story printed in parts are not articles (the story is
read whole from its first part). J/K, the keywords under headlines, search and export all go by this.
"""

from __future__ import annotations

from typing import Iterable, Protocol, Sequence, TypeVar

from .model import Issue, Item


class _HasItem(Protocol):
    @property
    def item(self) -> str: ...


HitT = TypeVar("HitT", bound=_HasItem)


class _HasField(Protocol):
    @property
    def item(self) -> str: ...
    @property
    def field(self) -> str: ...


FieldHitT = TypeVar("FieldHitT", bound=_HasField)


def is_repeat(issue: Issue, item: Item) -> bool:
    """Whether the item is a repeated copy of another item of the issue."""
    return issue.original_of(item) is not None


def is_later_part(issue: Issue, item: Item) -> bool:
    """Whether the item continues a story begun on an earlier part."""
    story = issue.story_of(item.id)
    return story is not None and story.parts[0] != item.id


def shows_field(issue: Issue, item: Item, field_name: str) -> bool:
    """Whether a reader sees this field of the item: a later part of a story shows only its text
    (its repeated headline, kicker, subtitle and byline are not printed again below the seam)."""
    return field_name == "block" or not is_later_part(issue, item)


def shown_hits(issue: Issue, hits: Iterable[FieldHitT]) -> list[FieldHitT]:
    """The hits a reader can see (shows_field), in the order given; find counts and steps through these."""
    later = {part for story in issue.stories for part in story.parts[1:]}
    return [hit for hit in hits if hit.field == "block" or hit.item not in later]


def opens_article(issue: Issue, item: Item) -> bool:
    """Whether the item starts something to read: neither a repeated copy nor a later part."""
    return not is_repeat(issue, item) and not is_later_part(issue, item)


def without_repeats(issue: Issue) -> Iterable[Item]:
    """The issue's items in printed order, repeated copies left out (each text once)."""
    return (item for item in issue.items() if not is_repeat(issue, item))


def story_heads(issue: Issue, first: str | None = None) -> list[str]:
    """Ids of the items that open an article, in printed order; with first, first's article first."""
    heads: dict[str, None] = {}
    if first is not None:
        story = issue.story_items(first)
        if story:
            heads[story[0].id] = None
    for item in issue.items():
        if opens_article(issue, item):
            heads.setdefault(item.id)
    return list(heads)


def reading_keys(issue: Issue) -> dict[str, tuple[int, int]]:
    """For each item, (printed position of its story's first part, its part number in the story)."""
    printed = {item.id: n for n, item in enumerate(issue.items())}
    keys: dict[str, tuple[int, int]] = {}
    for story in issue.stories:
        parts = [part for part in story.parts if part in printed]
        for number, part in enumerate(parts):
            keys.setdefault(part, (printed[parts[0]], number))
    for item_id, n in printed.items():
        keys.setdefault(item_id, (n, 0))
    return keys


def in_reading_order(hits: Sequence[HitT], keys: dict[str, tuple[int, int]]) -> list[HitT]:
    """Hits sorted story by story, a story's parts together (stable: the order within an item stays)."""
    return sorted(hits, key=lambda hit: keys.get(hit.item, (1 << 30, 0)))


class ReadingOrder:
    """The articles of an issue as J and K step through them.

    Steps are taken from where an item is printed, so from a continued part J goes on down its own page.
    """

    def __init__(self, issue: Issue) -> None:
        self.issue = issue
        items = list(issue.items())
        self._printed = {it.id: i for i, it in enumerate(items)}
        self.articles = [it.id for it in items if opens_article(issue, it)]

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
