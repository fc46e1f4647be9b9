"""A page extraction's Markdown as a flat list of headings and paragraph lines (markdown-it-py, no HTML)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ...textclean import clean_line

UnitKind = Literal["headline", "sub", "para"]

# CommonMark without the parts that would hide or reinterpret extracted text: indented lines stay
# paragraphs, `[x]: y` lines stay text, `&amp;` stays as printed, HTML is never recognised.
_MD = MarkdownIt("commonmark", {"html": False}).disable(
    ["code", "reference", "entity", "html_block", "html_inline"])
# The same block rules without the inline pass: most paragraphs of an extraction hold no character an
# inline rule of _MD acts on, and their text is then their lines as they stand (see _inline_lines).
_BLOCK_ONLY = ["code", "reference", "entity", "html_block", "html_inline", "inline", "text_join"]
# Block rules that act only where a line holds one of these (as its marker, or as a list marker
# before one): where the text holds none of them the rule is left out, which changes nothing.
_MARKED_RULES = {
    "fence": re.compile("```|~~~"),
    "blockquote": re.compile(">"),
    "hr": re.compile("[*_-]"),
    "list": re.compile(r"[*+-]|[0-9][.)]"),
    "lheading": re.compile("[=-]"),
    "heading": re.compile("#"),
}
# What makes _MD's inline rules do more than split lines: escapes, code spans, emphasis, links,
# images and autolinks (the enabled rules besides text and newline).
_INLINE_MARKUP_RE = re.compile(r"[\\`*_\[<]|!\[")


@cache
def _block_parser(absent: frozenset[str]) -> MarkdownIt:
    """_MD's block rules without the inline pass, and without the rules named."""
    return MarkdownIt("commonmark", {"html": False}).disable(_BLOCK_ONLY + sorted(absent))


def _parse_blocks(text: str) -> list[Token]:
    absent = frozenset(rule for rule, marker in _MARKED_RULES.items() if marker.search(text) is None)
    return _block_parser(absent).parse(text)


@dataclass
class Line:
    """One printed line of a paragraph or heading: cleaned text and its 1-based source line."""

    text: str
    line: int


@dataclass
class Unit:
    """A headline (# / ##), a subheading (### and deeper) or a paragraph of lines."""

    kind: UnitKind
    lines: list[Line] = field(default_factory=list)
    bold: bool = False  # a paragraph of one line set wholly in **bold** (a crosshead in some extractions)
    images: list[str] = field(default_factory=list)  # addresses of `![](…)` in it or in an image-only
                                                     # paragraph right before it (the last unit: after it)

    @property
    def text(self) -> str:
        """The lines joined (headings are one line)."""
        return "".join(ln.text for ln in self.lines)


def _inline_lines(tok: Token, images: list[str]) -> list[str]:
    """The plain text of an inline token, one string per line (soft or hard break); the spaces
    around a break that the inline rules drop may stay in text without markup (clean_line strips them).
    The addresses of its images are added to images."""
    if not _INLINE_MARKUP_RE.search(tok.content):
        lines = tok.content.split("\n")
        # as markdown-it's newline rule: no spaces before a break, no spaces or tabs after one
        for i in range(len(lines) - 1):
            lines[i] = lines[i].rstrip(" ")
            lines[i + 1] = lines[i + 1].lstrip(" \t")
        return lines
    tok.children = _MD.parseInline(tok.content)[0].children
    parts = [""]
    for child in tok.children or []:
        if child.type in ("text", "code_inline", "text_special"):
            parts[-1] += child.content
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("")
        elif child.type == "image":
            parts[-1] += child.content  # the alt text; the address is kept apart, never as text
            src = child.attrs.get("src")
            if isinstance(src, str) and src.strip():
                images.append(src.strip())
    return parts


def _wholly_bold(tok: Token) -> bool:
    children = [c for c in tok.children or [] if not (c.type == "text" and not c.content.strip())]
    if len(children) < 3 or children[0].type != "strong_open" or children[-1].type != "strong_close":
        return False
    level = 0
    for n, child in enumerate(children):
        if child.type in ("softbreak", "hardbreak"):
            return False
        level += {"strong_open": 1, "strong_close": -1}.get(child.type, 0)
        if level == 0 and n < len(children) - 1:
            return False
    return True


def split_units(text: str) -> list[Unit]:
    """Headings and paragraphs in source order; empty lines are left out."""
    units: list[Unit] = []
    prefix = ""
    images: list[str] = []   # images not yet given to a unit
    tokens = _parse_blocks(text)
    for i, tok in enumerate(tokens):
        if tok.type == "list_item_open":
            prefix = f"{tok.info}{tok.markup} " if tok.info else f"{tok.markup} "
        elif tok.type == "inline" and i > 0:
            opener = tokens[i - 1]
            start = (tok.map or opener.map or [0, 0])[0] + 1
            raw = _inline_lines(tok, images)
            if prefix:
                raw[0] = prefix + raw[0]
                prefix = ""
            if opener.type == "heading_open":
                kind: UnitKind = "headline" if opener.tag in ("h1", "h2") else "sub"
                heading = clean_line("".join(raw))
                if heading:
                    units.append(Unit(kind, [Line(heading, start)], images=images))
                    images = []
            else:
                lines = [Line(clean_line(r), start + n) for n, r in enumerate(raw)]
                lines = [ln for ln in lines if ln.text]
                if lines:
                    units.append(Unit("para", lines, bold=_wholly_bold(tok), images=images))
                    images = []
        elif tok.type in ("fence", "code_block"):
            start = (tok.map or [0, 0])[0] + (2 if tok.type == "fence" else 1)
            lines = [Line(clean_line(r), start + n) for n, r in enumerate(tok.content.split("\n"))]
            lines = [ln for ln in lines if ln.text]
            if lines:
                units.append(Unit("para", lines, images=images))
                images = []
    if images and units:
        units[-1].images.extend(images)
    return units
