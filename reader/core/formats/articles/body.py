"""The Markdown body of an article file as a list of text lines, read from markdown-it tokens.

Article files put one printed paragraph on each line (most lines indented with spaces or
ideographic spaces, some not, with no blank line between), so each line of a Markdown
paragraph is one paragraph.
Nothing is rendered: links, images, raw HTML and indented code are not recognised, so
their text stays text; `#` headings, setext headings and all-bold lines are headings.
"""

from __future__ import annotations

from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ...textclean import clean_line

_PARSER = MarkdownIt("commonmark", {"html": False}).disable(
    ["code", "fence", "reference", "html_block", "link", "image", "autolink", "html_inline"])


@dataclass
class BodyLine:
    """One line of body text, with the file line it came from."""

    text: str
    line: int
    heading: bool = False  # marked as a heading in the Markdown (#, setext, **whole line**)
    listed: bool = False   # an item of a Markdown list


def body_lines(body: str, first_line: int = 1) -> list[BodyLine]:
    """The non-empty lines of a Markdown body, in order; first_line is the file line of body line 0."""
    tokens = _PARSER.parse(body)
    out: list[BodyLine] = []
    in_heading = False
    list_depth = 0
    item_marker: str | None = None
    for tok in tokens:
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            list_depth = max(0, list_depth - 1)
        elif tok.type == "heading_open":
            in_heading = True
        elif tok.type == "heading_close":
            in_heading = False
        elif tok.type == "list_item_open":
            item_marker = f"{tok.info}{tok.markup}" if tok.info else None  # keep "1." of ordered lists
        elif tok.type == "inline" and tok.map is not None:
            lines = _inline_lines(tok)
            if in_heading and len(lines) > 1:
                in_heading = False  # a setext underline under a whole paragraph: not a headline
            if item_marker and lines:
                lines[0] = (f"{item_marker} {lines[0][0]}", lines[0][1])
                item_marker = None
            start = tok.map[0]
            for offset, (text, bold) in enumerate(lines):
                text = clean_line(text)
                if text:
                    out.append(BodyLine(text, first_line + start + offset, in_heading or bold, list_depth > 0))
    return out


def _inline_lines(tok: Token) -> list[tuple[str, bool]]:
    """The lines of an inline token (split at soft and hard breaks), each with 'wholly bold'."""
    lines: list[tuple[str, bool]] = []
    parts: list[str] = []
    bold_depth = 0
    plain = False  # some text outside bold on this line
    bold_text = False
    for child in tok.children or []:
        if child.type in ("softbreak", "hardbreak"):
            lines.append(("".join(parts), bold_text and not plain))
            parts, plain, bold_text = [], False, False
        elif child.type == "strong_open":
            bold_depth += 1
        elif child.type == "strong_close":
            bold_depth = max(0, bold_depth - 1)
        elif child.content:
            parts.append(child.content)
            if child.content.strip():
                if bold_depth:
                    bold_text = True
                else:
                    plain = True
    lines.append(("".join(parts), bold_text and not plain))
    return lines
