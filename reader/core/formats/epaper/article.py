"""One e-paper article's HTML read by its layout: headline lines, header lines, body blocks.

Layouts met so far, each read by what it is rather than by whose paper it is:
- headings (h3 kicker, h1 headline, h2 or h3.subtitle subtitle), header lines such as p.sec or
  p.datesource, the body between <!--enpcontent--> markers or in a body element (div#ozoom,
  <cms-content>, #content …);
- an old table page: kicker, headline and subtitle rows sized by font, a date and source row, and
  the body as <br/>-separated lines after the table.
Header lines are read by pattern (lines.py) wherever they stand: in their own elements, in the header
table, or as the first lines of the body.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from lxml import etree

from .body import BlockText, walk_body
from .dates import parse_date
from .headings import HEADING_TAGS, Headings, read_header_table, read_headings
from .lines import LineFacts, header_line_in_body, is_byline_line, read_line, split_names
from .markup import classes, clean_text, drop, parse_fragment, parse_safe_fragment, text_of, unwrap_headings, xml_safe

_BODY_START_RE = re.compile(r"<!--\s*enpcontent\s*-->")
_BODY_END_RE = re.compile(r"<!--\s*/\s*enpcontent\s*-->")
_PROPERTY_RE = re.compile(r"<!--\s*enpproperty(?P<props>.*?)/\s*enpproperty\s*-->", re.S)
_PROP_RE = re.compile(r"<(?P<tag>date|author|subtitle|introtitle|title)>(?P<value>.*?)</(?P=tag)>", re.S)
_TAG_RE = re.compile(r"<[A-Za-z!/]")
# Elements that hold the body: <cms-content>, div#ozoom, #content, .article-content, .TRS_Editor …
_BODY_NAME_RE = re.compile(r"^(?:ozoom|zoom|fontzoom|content|contents|articlecontent|article[-_]?(?:content|body|text)"
                           r"|news[-_]?(?:content|text|body)|main[-_]?text|text|txt|trs_editor|detail[-_]?content"
                           r"|content[-_]?(?:text|body|main)|body[-_]?text)$")
_BODY_TAGS = {"cms-content"}
_NAMED_XPATH = etree.XPath("descendant-or-self::*[@id or @class or local-name()='cms-content']")
_CLASSED_XPATH = etree.XPath("descendant::*[@class]")


def _elements(found: object) -> list[etree._Element]:
    """The elements an element-selecting XPath returned (lxml types its result as any XPath value)."""
    return [el for el in found if isinstance(el, etree._Element)] if isinstance(found, list) else []
# Elements that hold header lines: p.sec, p.datesource, div.info, span.author …
_LINE_CLASS_RE = re.compile(r"(?:^|\s)(?:sec|datesource|date[-_]?source|source|info|article[-_]?info|meta|byline"
                            r"|author|authors|date|time|pubtime|laiyuan|zuozhe|ly|zz|editor-info)(?:\s|$)")
_SUMMARY_CLASS_RE = re.compile(r"(?:^|\s)(?:summary|abstract|zhaiyao|daoyu|lead|guide)(?:\s|$)")
_LINE_TAGS = {"p", "div", "span", "td", "section"}
_LINE_MAX = 200  # an element holding more text than this is no header line
_LEADING_LINES = 3  # header lines looked for among the first body blocks


@dataclass
class EpaperArticle:
    """What one article's HTML says, as text."""

    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    byline_text: str | None = None   # the byline as printed, e.g. "本报记者 李佩阳 周 欢"
    byline: list[str] = field(default_factory=list)
    paper: str | None = None         # from 《人民日报》（… 第 01 版）
    page: int | None = None
    date: dt.date | None = None
    source: str | None = None        # from 稿件来源：…
    section: str | None = None       # the page name printed after the source (稿件来源：新华每日电讯 要闻)
    blocks: list[BlockText] = field(default_factory=list)
    images: int = 0
    headline_found: bool = False     # the headline came from the article's own HTML
    header_lines: int = 0            # how many header lines (p.sec, p.datesource, stamps …) were read


def parse_article(markup: str) -> EpaperArticle:
    """The headline lines, header lines and body blocks of one e-paper article's HTML."""
    markup = xml_safe(markup)
    if not _TAG_RE.search(markup):  # plain text: one paragraph a line
        markup = "".join(f"<p>{html.escape(line)}</p>" for line in markup.splitlines() if line.strip())
    start = _BODY_START_RE.search(markup)
    if start is not None:
        end = _BODY_END_RE.search(markup, start.end())
        head = parse_safe_fragment(unwrap_headings(markup[:start.start()]))
        body = parse_safe_fragment(markup[start.end(): end.start() if end else len(markup)])
        art = _read(head, body)
    else:
        art = _read(parse_safe_fragment(unwrap_headings(markup)), None)
    if art.title is None or art.date is None or not art.header_lines or "<h2" not in markup or "<h3" not in markup:
        _fill_from_properties(art, markup)  # a page that prints no headline, date, header line or h2/h3
    return art


def read_article_element(root: etree._Element) -> EpaperArticle:
    """An article held by an element of a parsed page (a saved e-paper page's article part)."""
    return _read(root, None)


class _Reader:
    """The parts of one article root: headline lines, header lines, body."""

    def __init__(self, root: etree._Element, body: etree._Element | None) -> None:
        self.root = root
        self.body = body
        self.heads = Headings()
        self.header: list[etree._Element] = []  # elements that are not body text
        self.lines: list[LineFacts] = []
        self.summary: list[str] = []

    def read(self) -> EpaperArticle:
        headings = [el for el in self.root.iter(*HEADING_TAGS)]
        self.heads = read_headings(headings)
        if self.heads.title is None:
            table = next((t for t in (read_header_table(tb) for tb in self.root.iter("table")) if t), None)
            if table is not None:
                self.heads = table
        container = self.body
        if container is None:
            container = self._container(self.heads.title_element)
            if self.heads.table or not headings:
                pass  # a header table: its other rows are read as header lines below
            elif container is not None:
                ahead = [h for h in headings if not _inside(h, container) and self._before(h, container)]
                if len(ahead) < len(headings):
                    self.heads = read_headings(ahead)
            else:
                self.heads = read_headings(self._header_headings(headings))
        self.header.extend(self.heads.elements)
        self._header_lines(container)
        art = EpaperArticle(kicker=self.heads.kicker, title=self.heads.title, subtitle=self.heads.subtitle,
                            headline_found=self.heads.title is not None)
        blocks, images = walk_body(container) if container is not None else ([], 0)
        if not blocks and not images:
            for el in self.header:
                drop(el)
            blocks, images = walk_body(self.root)
        art.blocks = [("paragraph", t) for t in self.summary] + blocks
        art.images = images
        self._body_lines(art)
        self._facts(art)
        return art

    def _before(self, a: etree._Element, b: etree._Element) -> bool:
        """True when a comes before b in document order."""
        for el in self.root.iter():
            if el is a:
                return True
            if el is b:
                return False
        return False

    def _container(self, title: etree._Element | None) -> etree._Element | None:
        """The element holding the body: named as one, not holding the headline, after it."""
        for el in _elements(_NAMED_XPATH(self.root)):
            named = el.tag in _BODY_TAGS or any(_BODY_NAME_RE.match(n) for n in _names(el))
            if not named:
                continue
            if title is not None and (_inside(title, el) or _inside(el, title) or not self._before(title, el)):
                continue
            return el
        return None

    def _header_headings(self, headings: list[etree._Element]) -> list[etree._Element]:
        """Without a body element: the headings printed before the first paragraph of text."""
        first_text = next((el for el in self.root.iter("p", "div", "td", "li")
                           if not any(_inside(el, h) for h in headings) and _own_text(el) >= 40), None)
        if first_text is None:
            return headings
        return [h for h in headings if self._before(h, first_text) and not _inside(first_text, h)]

    def _header_lines(self, container: etree._Element | None) -> None:
        """Header lines: elements so classed, rows of a header table, short lines between headline and body."""
        outside = self.body is not None  # with enpcontent markers the root is the header
        loose = outside or container is not None  # unclassed short lines may be header lines too
        held = set(self.header)  # not lines: what these hold (headings, header rows, lines read)
        holders = [el for el in (self.heads.title_element, container) if el is not None]
        candidates: Iterable[etree._Element]
        if outside:  # the root is only the header
            candidates = self.root.iter(*_LINE_TAGS)
        elif loose:
            candidates = _walk_outside(self.root, {id(container)})
        else:
            candidates = _elements(_CLASSED_XPATH(self.root))
        for el in candidates:
            if el.tag not in _LINE_TAGS or el in held or any(a in held for a in el.iterancestors()):
                continue
            if any(_inside(h, el) for h in holders):
                continue  # a wrapper of the headline or the body is no line
            names = (el.get("class") or "").lower()
            kind = "line" if names and _LINE_CLASS_RE.search(names) else \
                "summary" if names and _SUMMARY_CLASS_RE.search(names) else None
            if kind is None and (not loose or len(el)):
                continue
            text = text_of(el)
            if text and len(text) > _LINE_MAX:
                continue
            if kind is not None:
                self.header.append(el)
                held.add(el)
                if text and kind == "line":
                    self.lines.append(read_line(text))
                elif text:
                    self.summary.append(text)
            elif text and (facts := header_line_in_body(text, date_alone=True)) is not None:
                self.header.append(el)  # outside the body: a date alone is the article's date
                self.lines.append(facts)
        for row in self.heads.rest_rows:
            text = text_of(row)
            if text and (facts := header_line_in_body(text, date_alone=True)) is not None:
                self.header.append(row)
                self.lines.append(facts)
            elif not text:
                self.header.append(row)

    def _body_lines(self, art: EpaperArticle) -> None:
        """Header lines among the first blocks of the body (and a stamp closing it) move to the header."""
        for _ in range(_LEADING_LINES):
            if not art.blocks or art.blocks[0][0] == "caption":
                break
            facts = header_line_in_body(art.blocks[0][1])
            if facts is None:
                break
            self.lines.append(facts)
            art.blocks.pop(0)
        if art.blocks and art.blocks[-1][0] == "paragraph" and len(art.blocks[-1][1]) <= _LINE_MAX:
            facts = read_line(art.blocks[-1][1])
            if facts.stamps and not facts.rest and not facts.dates_only:
                self.lines.append(facts)
                art.blocks.pop()

    def _facts(self, art: EpaperArticle) -> None:
        art.header_lines = len(self.lines)
        for facts in self.lines:
            art.paper = art.paper or facts.paper
            art.page = art.page or facts.page
            art.date = art.date or facts.date
            art.source = art.source or facts.source
            art.section = art.section or facts.section
            if facts.rest and not art.byline:
                names = split_names(facts.rest)
                if names or is_byline_line(facts.rest):
                    art.byline, art.byline_text = names, facts.rest


def _read(root: etree._Element, body: etree._Element | None) -> EpaperArticle:
    return _Reader(root, body).read()


def _walk_outside(root: etree._Element, pruned: set[int]) -> Iterator[etree._Element]:
    """Elements under root in document order, leaving out the subtrees of the `pruned` ones (by id)."""
    for child in root:
        if isinstance(child.tag, str) and id(child) not in pruned:
            yield child
            if len(child):
                yield from _walk_outside(child, pruned)


def _names(el: etree._Element) -> list[str]:
    found = classes(el)
    if el.get("id"):
        found.append(el.get("id", "").lower())
    return found


def _inside(el: etree._Element, ancestor: etree._Element) -> bool:
    """True when el is ancestor or lies under it."""
    node: etree._Element | None = el
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def _own_text(el: etree._Element) -> int:
    """How many characters of text the element holds directly (not in child blocks)."""
    n = len((el.text or "").strip())
    for child in el:
        if isinstance(child.tag, str) and child.tag in ("br", "strong", "b", "span", "font", "a", "em", "i"):
            n += len("".join(str(t) for t in child.itertext()).strip())
        n += len((child.tail or "").strip())
    return n


def _fill_from_properties(art: EpaperArticle, markup: str) -> None:
    """Fill missing fields from the <!--enpproperty …--> comment (title, introtitle, author, date)."""
    at = markup.find("enpproperty")
    m = _PROPERTY_RE.search(markup, max(0, at - 8)) if at >= 0 else None
    if not m:
        return
    props = {pm.group("tag"): pm.group("value") for pm in _PROP_RE.finditer(m.group("props"))
             if pm.group("value").strip()}

    def prop(tag: str) -> str | None:
        value = props.get(tag)
        if not value:
            return None
        return text_of(parse_fragment(value)) if "<" in value or "&" in value else clean_text(value) or None

    if art.title is None and (title := prop("title")):
        art.title, art.headline_found = title, True
    art.kicker = art.kicker or prop("introtitle")
    art.subtitle = art.subtitle or prop("subtitle")
    if not art.byline_text and (author := prop("author")):
        art.byline_text, art.byline = author, split_names(author)
    art.date = art.date or parse_date(props.get("date", ""))
