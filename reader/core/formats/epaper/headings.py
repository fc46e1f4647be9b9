"""Where an e-paper article prints its kicker, headline and subtitle.

Two layouts: heading elements (the first heading of the highest rank is the headline, a heading
above it the kicker, one below it the subtitle; classes such as `subtitle` say so outright), and
an old table layout whose rows are sized by font (the largest is the headline, smaller rows above
and below it the kicker and the subtitle).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .markup import classes, text_of

HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SUBTITLE_CLASS_RE = re.compile(r"sub-?title|subhead|fbt|futi|vice")
_KICKER_CLASS_RE = re.compile(r"kicker|intro-?title|pre-?title|yinti|^yt$|shoulder|over-?title")
_FONT_SIZE_RE = re.compile(r"font-size\s*:\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>px|pt|em|rem)?", re.I)
_HEADER_ROW_MAX = 200  # a row holding more text than this is body, not a headline
_HTML_FONT_SIZES = {1: 10.0, 2: 13.0, 3: 16.0, 4: 18.0, 5: 24.0, 6: 32.0, 7: 48.0}


@dataclass
class Headings:
    """The headline and the lines printed around it, and the elements they came from."""

    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    title_element: etree._Element | None = None
    elements: list[etree._Element] = field(default_factory=list)  # not body text
    rest_rows: list[etree._Element] = field(default_factory=list)  # other rows of a header table
    table: bool = False  # read from a header table's rows, not from headings


def role_of_heading(el: etree._Element) -> str | None:
    """'subtitle' or 'kicker' when the heading's class says so, else None."""
    for name in classes(el):
        if _SUBTITLE_CLASS_RE.search(name):
            return "subtitle"
        if _KICKER_CLASS_RE.search(name):
            return "kicker"
    return None


def read_headings(candidates: list[etree._Element]) -> Headings:
    """Kicker, headline and subtitle from the heading elements of the header, in document order."""
    found = Headings(elements=list(candidates))
    texts = [(el, text_of(el), role_of_heading(el)) for el in candidates]
    plain = [(el, t) for el, t, role in texts if t and role is None]
    if not plain:
        titled = [(el, t) for el, t, _ in texts if t]
        if not titled:
            return found
        plain = titled[:1]  # only class-marked headings: the first is the headline
    top = min(int(el.tag[1]) for el, _ in plain)
    title_el, title = next((el, t) for el, t in plain if int(el.tag[1]) == top)
    found.title, found.title_element = title, title_el
    at = candidates.index(title_el)
    kickers: list[str] = []
    subtitles: list[str] = []
    for i, (el, text, role) in enumerate(texts):
        if not text or el is title_el:
            continue
        if role == "kicker" or (role is None and i < at):
            kickers.append(text)
        else:
            subtitles.append(text)
    found.kicker = " ".join(kickers) or None
    found.subtitle = " ".join(subtitles) or None
    return found


def font_size(el: etree._Element) -> float | None:
    """The largest font size set on the element or inside it (px; <font size=N> mapped to px)."""
    sizes: list[float] = []
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        m = _FONT_SIZE_RE.search(node.get("style") or "")
        if m:
            n = float(m.group("n"))
            unit = (m.group("unit") or "px").lower()
            sizes.append(n * 4 / 3 if unit == "pt" else n * 16 if unit in ("em", "rem") else n)
        if node.tag == "font" and (size := (node.get("size") or "").strip()):
            try:
                value = int(size)
            except ValueError:
                continue
            if size[0] in "+-":
                value = 3 + value
            sizes.append(_HTML_FONT_SIZES[min(7, max(1, value))])
    return max(sizes) if sizes else None


def _bold(el: etree._Element) -> bool:
    return next(iter(el.iter("strong", "b")), None) is not None


def read_header_table(table: etree._Element) -> Headings | None:
    """Kicker, headline and subtitle from a header table's rows sized by font; None for another table.

    The headline is the row set largest (the bold one among equals), with the rows of that size
    right after it (a headline printed on two rows); sized rows above it are the kicker, below it
    the subtitle. Rows without a size (a rule, the date and source line) are left for the caller.
    """
    rows = [tr for tr in table.iter("tr") if sum(1 for _ in tr.iter("tr")) == 1]  # innermost rows only
    sized: list[tuple[etree._Element, float | None, str | None]] = []
    for tr in rows:
        text = text_of(tr)
        size = font_size(tr) if text is None or len(text) <= _HEADER_ROW_MAX else None
        sized.append((tr, size, text))
    texts = [(tr, size, text) for tr, size, text in sized if size is not None and text]
    if not texts:
        return None
    best = max(size for _, size, _ in texts)
    top = [i for i, (tr, size, _) in enumerate(texts) if size == best]
    bold = [i for i in top if _bold(texts[i][0])]
    start = (bold or top)[0]
    end = start + 1
    while end < len(texts) and texts[end][1] == best and _bold(texts[end][0]) == _bold(texts[start][0]):
        end += 1
    found = Headings(title=" ".join(t for _, _, t in texts[start:end] if t), title_element=texts[start][0],
                     table=True)
    found.kicker = " ".join(t for _, _, t in texts[:start] if t) or None
    found.subtitle = " ".join(t for _, _, t in texts[end:] if t) or None
    found.elements = [tr for tr, size, _ in sized if size is not None]
    found.rest_rows = [tr for tr, size, _ in sized if size is None]
    return found
