"""The issue model: what every importer produces and every reader of an issue consumes.

Plain classes with slots whose `__init__`, `==` and repr are those a dataclass would have (the fields
in `__match_args__` order are compared and shown; `SourceRef` is immutable and hashable): a dataclass
compiles its generated methods as it is made, and with `import dataclasses` (which imports `inspect`)
that cost about 29 M instructions before the first story is painted (bench/startup_instructions.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator, Literal, Mapping

if TYPE_CHECKING:
    import datetime as dt

ItemKind = Literal["article", "photo", "notice"]
BlockKind = Literal["paragraph", "heading", "caption"]


class _Value:
    """Equality and repr by the fields named in `__match_args__`, in order, as a dataclass has them:
    equal only to an object of the very same class; not hashable (defining __eq__ sets __hash__ to None:
    the values are mutable)."""

    __slots__ = ()
    __match_args__: tuple[str, ...] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__match_args__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            assert isinstance(other, _Value)
            return self._values() == other._values()
        return NotImplemented

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__match_args__)
        return f"{self.__class__.__qualname__}({shown})"


class SourceRef(_Value):
    """Where a piece of text came from: a file and a 1-based line (None when unknown). Immutable."""

    __slots__ = ("file", "line")
    __match_args__ = ("file", "line")
    file: str
    line: int | None

    def __init__(self, file: str, line: int | None = None) -> None:
        object.__setattr__(self, "file", file)
        object.__setattr__(self, "line", line)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __hash__(self) -> int:
        return hash((self.file, self.line))

    def __reduce__(self) -> tuple[type[SourceRef], tuple[str, int | None]]:
        return SourceRef, (self.file, self.line)      # (pickle and copy: no setattr on an immutable value)


class Block(_Value):
    """One paragraph, crosshead or photo caption of an item."""

    __slots__ = __match_args__ = ("kind", "text", "source")

    def __init__(self, kind: BlockKind, text: str, source: SourceRef | None = None) -> None:
        self.kind = kind
        self.text = text
        self.source = source


class Item(_Value):
    """One article, photo or notice as printed on one page."""

    __slots__ = __match_args__ = (
        "id", "kind", "page", "kicker", "title", "subtitle", "column", "byline", "byline_text", "dateline",
        "blocks", "continues_to", "continued_from", "duplicate_of", "complete", "cross_refs", "source",
        "image", "link")

    def __init__(self, id: str, kind: ItemKind = "article", page: int = 1,
                 kicker: str | None = None, title: str | None = None, subtitle: str | None = None,
                 column: str | None = None, byline: list[str] | None = None, byline_text: str | None = None,
                 dateline: str | None = None, blocks: list[Block] | None = None, continues_to: int | None = None,
                 continued_from: int | None = None, duplicate_of: str | None = None, complete: bool = True,
                 cross_refs: list[int] | None = None, source: SourceRef | None = None, image: str | None = None,
                 link: str | None = None) -> None:
        self.id = id
        self.kind = kind
        self.page = page
        self.kicker = kicker
        self.title = title
        self.subtitle = subtitle
        self.column = column
        self.byline: list[str] = [] if byline is None else byline
        self.byline_text = byline_text      # the byline as printed, e.g. "本报记者 李佩阳 周 欢"
        self.dateline = dateline
        self.blocks: list[Block] = [] if blocks is None else blocks
        self.continues_to = continues_to
        self.continued_from = continued_from
        self.duplicate_of = duplicate_of
        self.complete = complete
        self.cross_refs: list[int] = [] if cross_refs is None else cross_refs   # pages named by （相关报道见第二版）
        self.source = source
        self.image = image      # a photo's image as a local file path (never fetched from a network)
        self.link = link        # the original article's address, where the source gives one

    def body_text(self) -> str:
        """All block texts joined by newlines."""
        return "\n".join(b.text for b in self.blocks)

    def display_title(self) -> str:
        """A title for lists: the headline, else the start of the first block."""
        if self.title:
            return self.title
        first = self.blocks[0].text if self.blocks else ""
        return first[:24] + ("…" if len(first) > 24 else "")


class Page(_Value):
    """One printed page (版) of an issue."""

    __slots__ = __match_args__ = ("number", "name", "editors", "items", "source")

    def __init__(self, number: int, name: str | None = None, editors: list[str] | None = None,
                 items: list[Item] | None = None, source: str | None = None) -> None:
        self.number = number
        self.name = name
        self.editors: list[str] = [] if editors is None else editors
        self.items: list[Item] = [] if items is None else items
        self.source = source


class Story(_Value):
    """A story printed in two or more parts: item ids in reading order."""

    __slots__ = __match_args__ = ("id", "parts")

    def __init__(self, id: str, parts: list[str]) -> None:
        self.id = id
        self.parts = parts


class IssueWarning(_Value):
    """Something a reader should know about the issue; `text` keeps any text that was dropped."""

    __slots__ = __match_args__ = ("code", "message", "page", "item", "text", "params")

    def __init__(self, code: str, message: str, page: int | None = None, item: str | None = None,
                 text: str | None = None, params: dict[str, str | int | float | None] | None = None) -> None:
        self.code = code
        self.message = message
        self.page = page
        self.item = item
        self.text = text
        self.params: dict[str, str | int | float | None] = {} if params is None else params


class Issue(_Value):
    """A newspaper issue: pages of items, multi-part stories and warnings."""

    __match_args__ = ("format", "paper", "date", "pages", "stories", "warnings", "source")
    __slots__ = (*__match_args__, "_ids")      # _ids: an index of items by id, neither compared nor shown

    def __init__(self, format: str, paper: str | None = None, date: dt.date | None = None,
                 pages: list[Page] | None = None, stories: list[Story] | None = None,
                 warnings: list[IssueWarning] | None = None, source: str | None = None) -> None:
        self.format = format
        self.paper = paper
        self.date = date
        self.pages: list[Page] = [] if pages is None else pages
        self.stories: list[Story] = [] if stories is None else stories
        self.warnings: list[IssueWarning] = [] if warnings is None else warnings
        self.source = source
        self._ids: dict[str, Item] = {}

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
