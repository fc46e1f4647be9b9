"""A story (its parts in reading order) as text: for the clipboard, and for export as text or Markdown.

One renderer, three styles. The clipboard's is compact: headline group, byline, a blank line, then
one line a block. Export's text and Markdown styles put a blank line after every block, mark the seam
where a later part begins (（上接第1版）), fall back to the start of the text for a missing headline,
and mark captions (（图）…, or *…* in Markdown). In Markdown every character Markdown would read as
markup is escaped, so text from an issue shows as written and never becomes HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .model import Item
from .printed_bylines import opens_with_byline

_MD_ANYWHERE = re.compile(r"([\\`*_\[\]<>&|~!])")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-=>]|\d+[.)])", re.MULTILINE)


def escape_markdown(text: str) -> str:
    """text with Markdown's markup characters backslash-escaped (it renders as written)."""
    text = _MD_ANYWHERE.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2) if not m.group(2)[0].isdigit()
                              else m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)


@dataclass(frozen=True)
class StoryStyle:
    """How a story is written out (see the module docstring)."""

    markdown: bool = False
    spaced: bool = True          # a blank line after every block, seams and a caption mark
    title_fallback: bool = True  # an item without a headline is headed by the start of its text


CLIPBOARD = StoryStyle(spaced=False, title_fallback=False)
TEXT = StoryStyle()
MARKDOWN = StoryStyle(markdown=True)


def _plain(text: str) -> str:
    return text


def story_lines(items: list[Item], style: StoryStyle = TEXT, level: int = 1) -> list[str]:
    """The story's lines: headline group, byline, then the text of every part (level: Markdown heading)."""
    if not items:
        return []
    md = style.markdown
    esc: Callable[[str], str] = escape_markdown if md else _plain
    head = items[0]
    out: list[str] = []
    if head.kicker:
        out.append(f"*{esc(head.kicker)}*" if md else head.kicker)
    title = head.title or (head.display_title() if style.title_fallback else "")
    if title or style.title_fallback:
        out.append(f"{'#' * level} {esc(title)}" if md else title)
    if head.subtitle:
        out.append(f"**{esc(head.subtitle)}**" if md else head.subtitle)
    byline = head.byline_text or "　".join(head.byline)
    if byline:
        out.append(esc(byline))
    if out or style.spaced:
        out.append("")
    for n, item in enumerate(items):
        if style.spaced and n and item.continued_from:
            out += [esc(f"（上接第{item.continued_from}版）"), ""]
        dateline = item.dateline
        for index, block in enumerate(item.blocks):
            if index == 0 and opens_with_byline(item):
                continue        # the byline as printed, given above from the authors' list
            text = block.text
            if block.kind == "heading":
                out.append(f"{'#' * (level + 1)} {esc(text)}" if md else text)
            elif block.kind == "caption":
                out.append(f"*{esc(text)}*" if md else (f"（图）{text}" if style.spaced else text))
            else:
                if dateline and not text.startswith(dateline):
                    text = f"{dateline}　{text}"
                dateline = None
                out.append(esc(text))
            if style.spaced:
                out.append("")
    return out


def story_text(items: list[Item]) -> str:
    """The story as the clipboard takes it: headline group and text, parts joined, one block a line."""
    return "\n".join(story_lines(items, CLIPBOARD))
