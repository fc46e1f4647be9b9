"""The searchable fields of an item and their texts, in display order.

A field's text is exactly what `dump` prints for it: the kicker, title and subtitle strings, each
block's text (paragraphs, crossheads and captions alike, `block` is its index in `item.blocks`), and
for the byline the names joined by "、" (the `byline` list of the dump, e.g. "李佩阳、周欢").
Offsets of hits are counted in these texts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Literal

from .. import reading_order
from ..model import Issue, Item

FieldName = Literal["kicker", "title", "subtitle", "byline", "block"]

# Display order of the fields within an item; blocks follow in their own order.
FIELD_ORDER: tuple[FieldName, ...] = ("kicker", "title", "subtitle", "byline", "block")

BYLINE_SEPARATOR = "、"


@dataclass(frozen=True)
class FieldText:
    """One searchable field of an item: its name, block index (blocks only) and text."""

    field: FieldName
    block: int | None
    text: str


def byline_text(item: Item) -> str:
    """The byline field's text: the names joined by "、" ("" when there are none)."""
    return BYLINE_SEPARATOR.join(item.byline)


def item_fields(item: Item) -> list[FieldText]:
    """The item's non-empty fields in display order: kicker, title, subtitle, byline, blocks."""
    fields: list[FieldText] = []
    for name, text in (("kicker", item.kicker), ("title", item.title),
                       ("subtitle", item.subtitle), ("byline", byline_text(item))):
        if text:
            fields.append(FieldText(name, None, text))  # type: ignore[arg-type]
    for index, block in enumerate(item.blocks):
        if block.text:
            fields.append(FieldText("block", index, block.text))
    return fields


def field_text(item: Item, field: FieldName, block: int | None = None) -> str:
    """The text of one field of an item, as hits count offsets in it ("" when absent)."""
    if field == "block":
        if block is None or not 0 <= block < len(item.blocks):
            return ""
        return item.blocks[block].text
    if field == "byline":
        return byline_text(item)
    return {"kicker": item.kicker, "title": item.title, "subtitle": item.subtitle}[field] or ""


def searchable_items(issue: Issue) -> Iterator[Item]:
    """The issue's items in reading order, leaving out repeated copies of an article."""
    yield from reading_order.without_repeats(issue)


def item_text(item: Item) -> str:
    """All of an item's field texts joined by newlines (e.g. for its keywords)."""
    return "\n".join(f.text for f in item_fields(item))
