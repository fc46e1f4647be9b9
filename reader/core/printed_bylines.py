"""A byline printed as the first line of an article's text, read with the article's own list of authors.

Article files give the authors in their front matter (`author:`) and often repeat the byline as the
body's first line, names run together as the extraction left them (`本报通讯员张广梅张郁李娇`). The
list is the byline: `printed_byline` reads such a line only as roles and the list's names (never
taking names out of it), and writes it with the names apart (`本报通讯员 张广梅 张郁 李娇`);
`opens_with_byline` says when an item's first block is only that byline (the reader then shows the
byline once, under the headline, rather than again as the first paragraph).
"""

from __future__ import annotations

import re

from .model import Item

_SPACE_RE = re.compile(r"\s+")
_BETWEEN = "、，,；;/／·"


def _squeezed(text: str) -> str:
    return _SPACE_RE.sub("", text)


def printed_byline(line: str, names: list[str]) -> str | None:
    """The line as a byline of these names (roles and names apart), or None when it holds anything else.

    The line must be made only of role words (记者, 本报通讯员 …) and names of the list, at least one
    of them, with spaces or 、 between them or none at all.
    """
    from .roles import ROLE_RE  # compiled on first use: the pane imports this module for the others
    wanted = sorted({_squeezed(n) for n in names if _squeezed(n)}, key=len, reverse=True)
    text = _squeezed(line)
    if not wanted or not text:
        return None
    words: list[str] = []
    found = 0
    at = 0
    while at < len(text):
        if text[at] in _BETWEEN:
            at += 1
            continue
        name = next((n for n in wanted if text.startswith(n, at)), None)
        if name is not None:
            words.append(name)
            found += 1
            at += len(name)
            continue
        role = ROLE_RE.match(text, at)
        if role is None or not role.group(0):
            return None
        words.append(role.group(0))
        at = role.end()
    return " ".join(words) if found else None


def opens_with_byline(item: Item) -> bool:
    """True when the item's first block is only its byline as printed (white space aside)."""
    if not item.byline_text or not item.blocks or item.blocks[0].kind != "paragraph":
        return False
    return _squeezed(item.blocks[0].text) == _squeezed(item.byline_text)


def names_readable_in(text: str, names: list[str]) -> bool:
    """True when every name appears in text and none runs into the next (张洁卢睿 reads as one word)."""
    if not names:
        return False
    spans = []
    for name in names:
        pattern = r"\s*".join(re.escape(ch) for ch in _squeezed(name))
        match = re.search(pattern, text) if pattern else None
        if match is None:
            return False
        spans.append((match.start(), match.end()))
    spans.sort()
    return all(end < start for (_s, end), (start, _e) in zip(spans, spans[1:], strict=False))
