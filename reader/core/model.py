"""The issue model: what every importer produces and every reader of an issue consumes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterator, Literal, Mapping

ItemKind = Literal["article", "photo", "notice"]
BlockKind = Literal["paragraph", "heading", "caption"]


@dataclass(frozen=True)
class SourceRef:
    """Where a piece of text came from: a file and a 1-based line (None when unknown)."""

    file: str
    line: int | None = None


@dataclass
class Block:
    """One paragraph, crosshead or photo caption of an item."""

    kind: BlockKind
    text: str
    source: SourceRef | None = None


@dataclass
class Item:
    """One article, photo or notice as printed on one page."""

    id: str
    kind: ItemKind = "article"
    page: int = 1
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    column: str | None = None
    byline: list[str] = field(default_factory=list)
    byline_text: str | None = None  # the byline as printed, e.g. "本报记者 李佩阳 周 欢"
    dateline: str | None = None
    blocks: list[Block] = field(default_factory=list)
    continues_to: int | None = None
    continued_from: int | None = None
    duplicate_of: str | None = None
    complete: bool = True
    cross_refs: list[int] = field(default_factory=list)  # pages named by （相关报道见第二版）
    source: SourceRef | None = None
    image: str | None = None  # a photo's image as a local file path (never fetched from a network)
    link: str | None = None   # the original article's address, where the source gives one

    def body_text(self) -> str:
        """All block texts joined by newlines."""
        return "\n".join(b.text for b in self.blocks)

    def display_title(self) -> str:
        """A title for lists: the headline, else the start of the first block."""
        if self.title:
            return self.title
        first = self.blocks[0].text if self.blocks else ""
        return first[:24] + ("…" if len(first) > 24 else "")


@dataclass
class Page:
    """One printed page (版) of an issue."""

    number: int
    name: str | None = None
    editors: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    source: str | None = None


@dataclass
class Story:
    """A story printed in two or more parts: item ids in reading order."""

    id: str
    parts: list[str]


@dataclass
class IssueWarning:
    """Something a reader should know about the issue; `text` keeps any text that was dropped."""

    code: str
    message: str
    page: int | None = None
    item: str | None = None
    text: str | None = None
    params: dict[str, str | int | float | None] = field(default_factory=dict)


@dataclass
class Issue:
    """A newspaper issue: pages of items, multi-part stories and warnings."""

    format: str
    paper: str | None = None
    date: dt.date | None = None
    pages: list[Page] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    warnings: list[IssueWarning] = field(default_factory=list)
    source: str | None = None
    _ids: dict[str, Item] = field(default_factory=dict, init=False, repr=False, compare=False)

    def items(self) -> Iterator[Item]:
        """Every item in printed order, page by page."""
        for page in self.pages:
            yield from page.items

    def item(self, item_id: str) -> Item | None:
        """The item with this id, or None."""
        found = self._ids.get(item_id)
        if found is None or found.id != item_id:  # unknown or renumbered since: look again
            self._ids = {it.id: it for it in self.items()}
            found = self._ids.get(item_id)
        return found

    def page(self, number: int) -> Page | None:
        """The page with this number, or None."""
        for page in self.pages:
            if page.number == number:
                return page
        return None

    def story_of(self, item_id: str) -> Story | None:
        """The multi-part story this item belongs to, or None."""
        for story in self.stories:
            if item_id in story.parts:
                return story
        return None

    def original_of(self, item: Item) -> Item | None:
        """The item a repeated copy repeats, when that is in the issue; None for an item that is no copy.

        The one definition of a repeated copy (reader.core.reading_order builds on it)."""
        if not item.duplicate_of or item.duplicate_of == item.id:
            return None
        return self.item(item.duplicate_of)

    def story_items(self, item_id: str) -> list[Item]:
        """The whole story an item belongs to, in reading order (a copy resolves to its original)."""
        item = self.item(item_id)
        if item is None:
            return []
        original = self.original_of(item)
        if original is not None:
            return self.story_items(original.id)
        story = self.story_of(item.id)
        if story is None:
            return [item]
        return [it for it in (self.item(i) for i in story.parts) if it is not None]

    def warn(self, code: str, message: str, page: int | None = None, item: str | None = None,
             text: str | None = None, params: Mapping[str, str | int | float | None] | None = None) -> None:
        """Record a warning."""
        self.warnings.append(IssueWarning(code, message, page, item, text, dict(params or {})))



def item_id(page: int, index: int) -> str:
    """The id of the index-th item (1-based) of a page: p3-2."""
    return f"p{page}-{index}"


def number_items(page: Page) -> None:
    """Give a page's items their ids and page number in printed order."""
    for i, item in enumerate(page.items, 1):
        item.id = item_id(page.number, i)
        item.page = page.number
