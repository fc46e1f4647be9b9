"""A feed item holding a story's printed parts: split at its jump markers, each part on its page.

An item may hold `…（下转6版）` and then `（上接4版）…`: the text printed on two pages. The markers are
cut and the parts found as article files' are (articles.parts.split_parts); the part printed on
the page the item is listed on keeps the item's place, the others go to the pages the markers name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Block, Item, SourceRef
from ..articles.body import BodyLine
from ..articles.parts import Part, split_parts

# What every jump marker holds: 转 or 接 before a page number and 版 (（下转6版）, 上接第一版)
_MARKER_RE = re.compile(r"[转接]\s*第?\s*[A-Za-zＡ-Ｚａ-ｚ]?\s*[0-9０-９〇零一二两三四五六七八九十百]{1,4}\s*版")


@dataclass
class _BlockLine(BodyLine):
    """A block as a body line, keeping its kind and source."""

    kind: str = "paragraph"
    source: SourceRef | None = None


@dataclass
class PlacedPart:
    """One printed part of an item and the page it was printed on."""

    item: Item
    page: int
    listed: bool  # the part printed on the page the feed lists the item on
    inferred: bool = False  # its page was guessed (a （上接…） with no （下转…） before it)


def may_jump(item: Item) -> bool:
    """Cheap test: whether any block could hold a jump marker."""
    return any(("转" in b.text or "接" in b.text) and _MARKER_RE.search(b.text) for b in item.blocks)


def _lines(item: Item) -> list[BodyLine]:
    return [_BlockLine(b.text, (b.source.line if b.source and b.source.line else 0), b.kind == "heading",
                       kind=b.kind, source=b.source) for b in item.blocks]


def _blocks(part: Part) -> list[Block]:
    return [Block(line.kind if isinstance(line, _BlockLine) else "paragraph", line.text,  # type: ignore[arg-type]
                  line.source if isinstance(line, _BlockLine) else None) for line in part.lines]


def split_item(item: Item, listed_page: int) -> list[PlacedPart]:
    """The item's printed parts with their pages; one part (markers cut off) when it holds no jump inside."""
    parts = split_parts(_lines(item))
    if len(parts) == 1:
        part = parts[0]
        item.blocks = _blocks(part)
        item.continued_from = part.from_page
        item.continues_to = part.to_page if part.jumps else None
        return [PlacedPart(item, listed_page, True)]
    pages = _pages(parts, listed_page)
    placed: list[PlacedPart] = []
    for i, (part, (page, inferred)) in enumerate(zip(parts, pages)):
        if i == 0:
            piece = item
            piece.blocks, piece.continued_from = _blocks(part), part.from_page
        else:
            first = part.lines[0] if part.lines else None
            source = first.source if isinstance(first, _BlockLine) and first.source else item.source
            piece = Item(id="", kind=item.kind, page=page, title=item.title, blocks=_blocks(part),
                         continued_from=pages[i - 1][0], source=source)
        piece.page = page
        piece.continues_to = pages[i + 1][0] if i + 1 < len(parts) else (part.to_page if part.jumps else None)
        placed.append(PlacedPart(piece, page, False, inferred))
    listed = next((p for p in placed if p.page == listed_page), placed[0])
    listed.listed = True
    return placed


def _pages(parts: list[Part], listed_page: int) -> list[tuple[int, bool]]:
    """The page of each part (and whether it was guessed), from the markers around it."""
    n = len(parts)
    pages: list[tuple[int, bool]] = []
    for i in range(n):
        known = parts[i - 1].to_page if i > 0 else None
        if known is None and i + 1 < n:
            known = parts[i + 1].from_page
        if known is not None and known != parts[i].from_page:   # a part never goes on the page it comes from
            pages.append((known, False))
        elif i == 0 or listed_page not in [p for p, _ in pages]:
            pages.append((listed_page, False))
        else:
            pages.append((pages[-1][0] + 1, True))
    if listed_page not in [p for p, _ in pages]:
        pages[0] = (listed_page, False)
    return pages


def strip_markers(item: Item) -> None:
    """A whole copy of a story: its blocks without jump markers anywhere, and no jumps."""
    blocks: list[Block] = []
    for part in split_parts(_lines(item)):
        blocks.extend(_blocks(part))
    item.blocks = [b for b in blocks if b.text]
    item.continued_from = item.continues_to = None

