"""One e-paper article's HTML (an RSS item's description) as plain parts: headings, p.sec, blocks.

The HTML is parsed with lxml (its libxml2 HTML parser) and only its text is taken; nothing is rendered or fetched.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Iterable

from lxml import etree

from ..textclean import fold_width, page_number

BlockText = tuple[str, str]  # (kind, text): kind is paragraph, heading or caption

_NOT_XML_CHARS_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BODY_START_RE = re.compile(r"<!--\s*enpcontent\s*-->")
_BODY_END_RE = re.compile(r"<!--\s*/\s*enpcontent\s*-->")
_PROPERTY_RE = re.compile(r"<!--\s*enpproperty(?P<props>.*?)/\s*enpproperty\s*-->", re.S)
_PROP_RE = re.compile(r"<(?P<tag>date|author|subtitle|introtitle|title)>(?P<value>.*?)</(?P=tag)>", re.S)
_DATE_RE = re.compile(r"(?P<y>\d{4})\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2})")
_SEC_PAPER_RE = re.compile(r"《(?P<paper>[^《》]{1,24})》\s*[（(]")
_SEC_PAGE_RE = re.compile(r"第\s*(?P<page>[A-Za-z]?\s*\d{1,3}|[〇零一二两三四五六七八九十百]{1,4})\s*版")
_SEC_STAMP_RE = re.compile(r"《[^《》]{1,24}》\s*[（(][^（）()]*[）)]")
# <h1><p> 标题 </p></h1>: libxml2's HTML parser closes a heading at <p>, so those <p> tags are dropped first
_HEADING_RE = re.compile(r"(<h([1-6])\b[^>]*>)(.*?)(</h\2\s*>)", re.S | re.I)
_P_TAG_RE = re.compile(r"</?p\b[^>]*>", re.I)
_LINE_BREAK_SPACE_RE = re.compile(r"[ \t]*[\r\n][\s]*")
_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")

_HTML_PARSER = etree.HTMLParser(no_network=True, remove_pis=True, default_doctype=False)
_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "title", "button", "select", "input"}
_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt",
               "blockquote", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "section", "article",
               "center", "figure", "figcaption", "pre", "hr", "header", "footer", "aside", "caption",
               "main", "address", "form", "fieldset"}
_BOLD_TAGS = {"strong", "b"}
_GENERIC_ALT = {"", "图", "图片", "照片", "image", "img", "photo", "picture"}


@dataclass
class EpaperArticle:
    """What one item's article HTML says, as text."""

    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    byline_text: str | None = None   # p.sec without the paper/date stamp, e.g. "本报记者 李佩阳 周 欢"
    paper: str | None = None         # from 《人民日报》（… 第 01 版）
    page: int | None = None
    date: dt.date | None = None
    blocks: list[BlockText] = field(default_factory=list)
    images: int = 0


def xml_safe(text: str) -> str:
    """Text without the characters lxml refuses (NUL, C0 controls, lone surrogates)."""
    return _NOT_XML_CHARS_RE.sub("", text) if _NOT_XML_CHARS_RE.search(text) else text


def clean_text(text: str) -> str:
    """Collapse source line breaks, drop zero-width marks, strip the ends (incl. the 　　 indent)."""
    text = text.strip()
    if not text.isprintable():  # line breaks, zero-width marks
        text = _LINE_BREAK_SPACE_RE.sub(" ", _ZERO_WIDTH_RE.sub("", text)).strip()
    return text


def parse_fragment(markup: str) -> etree._Element:
    """An HTML fragment parsed into an element holding it (never raises for odd text)."""
    return _parse_safe_fragment(xml_safe(markup))


def _parse_safe_fragment(markup: str) -> etree._Element:
    """parse_fragment for text already free of the characters lxml refuses."""
    if markup.strip():
        try:
            root = etree.HTML(markup, _HTML_PARSER)
        except (etree.ParserError, ValueError):
            root = None
        if root is not None:
            body = root.find("body")
            return body if body is not None else root
    return etree.Element("div")


def text_of(el: etree._Element | None) -> str | None:
    """The cleaned text of an element (comments and scripts left out); None when empty."""
    if el is None:
        return None
    text = clean_text("".join(_texts(el)))
    return text or None


def parse_article(markup: str) -> EpaperArticle:
    """The headings, p.sec line and body blocks of one e-paper article's HTML."""
    markup = xml_safe(markup)
    art = EpaperArticle()
    body_at, body_markup = _body_markup(markup)
    head_markup = markup[:body_at]
    head = _parse_safe_fragment(_HEADING_RE.sub(_unwrap_heading, head_markup))
    headings = {tag: _first(head, tag) for tag in ("h1", "h2", "h3")}
    art.title, art.subtitle, art.kicker = (text_of(headings[t]) for t in ("h1", "h2", "h3"))
    sec = _first_sec(head)
    if sec is not None:
        _read_sec(sec, art)
    if body_markup is not None:
        body = _parse_safe_fragment(body_markup)
    else:
        body = _body_without_header(head)
    walker = _BodyWalker()
    walker.walk(body)
    art.blocks, art.images = walker.blocks, walker.images
    if None in headings.values() or sec is None or art.date is None or art.title is None:
        _fill_from_properties(art, markup)  # a page that prints no h1/h2/h3 or p.sec
    return art


def _unwrap_heading(m: re.Match[str]) -> str:
    return m.group(1) + _P_TAG_RE.sub(" ", m.group(3)) + m.group(4)


def _body_markup(markup: str) -> tuple[int, str | None]:
    """Where the body starts and the body between <!--enpcontent--> and <!--/enpcontent--> (or the end).

    Without the markers: (len(markup), None).
    """
    start = _BODY_START_RE.search(markup)
    if start is None:
        return len(markup), None
    end = _BODY_END_RE.search(markup, start.end())
    return start.start(), markup[start.end(): end.start() if end else len(markup)]


def parse_date(text: str) -> dt.date | None:
    """The first date in a text (2026年06月12日, 2026-06-12), or None."""
    m = _DATE_RE.search(fold_width(text))
    if not m:
        return None
    try:
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def _first(root: etree._Element, tag: str) -> etree._Element | None:
    found = root.iter(tag)
    return next(iter(found), None)


def _has_class(el: etree._Element, name: str) -> bool:
    return name in (el.get("class") or "").split()


def _first_sec(root: etree._Element) -> etree._Element | None:
    for el in root.iter("p", "div"):
        if _has_class(el, "sec"):
            return el
    return None


def _read_sec(sec: etree._Element, art: EpaperArticle) -> None:
    """Byline text, paper, page and date from p.sec (the date stamp sits in span.date)."""
    full = text_of(sec) or ""
    newstime = next((el for el in sec.iter("span") if _has_class(el, "newstime")), None)
    art.date = parse_date(text_of(newstime) or "") or parse_date(full)
    m = _SEC_PAPER_RE.search(full)
    art.paper = m.group("paper").strip() if m else None
    m = _SEC_PAGE_RE.search(fold_width(full))
    art.page = page_number(m.group("page")) if m else None
    stamps = [el for el in sec.iter("span") if _has_class(el, "date")]
    outer = [el for el in stamps if not any(a in stamps for a in el.iterancestors())]
    parts = list(_texts(sec, skip=set(outer)))
    byline = _SEC_STAMP_RE.sub(" ", "".join(parts))
    art.byline_text = clean_text(byline) or None


def _body_without_header(root: etree._Element) -> etree._Element:
    """Without enpcontent markers: the div#ozoom, else everything but headings and p.sec."""
    for el in root.iter("div"):
        if el.get("id") == "ozoom":
            return el
    for el in list(root.iter("h1", "h2", "h3", "p", "div")):
        if el.tag in ("h1", "h2", "h3") or _has_class(el, "sec"):
            _drop(el)
    return root


def _drop(el: etree._Element) -> None:
    """Remove an element and its subtree, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _fill_from_properties(art: EpaperArticle, markup: str) -> None:
    """Fill missing fields from the <!--enpproperty …--> comment (title, introtitle, author, date)."""
    m = _PROPERTY_RE.search(markup)
    if not m:
        return
    props = {pm.group("tag"): pm.group("value") for pm in _PROP_RE.finditer(m.group("props"))
             if pm.group("value").strip()}

    def prop(tag: str) -> str | None:
        value = props.get(tag)
        return text_of(parse_fragment(value)) if value else None

    art.title = art.title or prop("title")
    art.kicker = art.kicker or prop("introtitle")
    art.subtitle = art.subtitle or prop("subtitle")
    art.byline_text = art.byline_text or prop("author")
    art.date = art.date or parse_date(props.get("date", ""))


def _texts(el: etree._Element, skip: set[etree._Element] | None = None) -> Iterable[str]:
    """Text nodes under el in order, leaving out comments, scripts and the `skip` subtrees."""
    if el.text and isinstance(el.tag, str) and el.tag not in _SKIP_TAGS:
        yield el.text
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _SKIP_TAGS and not (skip and child in skip):
            if child.tag == "br":
                yield "\n"
            yield from _texts(child, skip)
        if child.tail:
            yield child.tail


class _BodyWalker:
    """Walks body HTML in document order and collects paragraph, heading and caption blocks."""

    def __init__(self) -> None:
        self.blocks: list[BlockText] = []
        self.images = 0
        self._segments: list[tuple[str, bool]] = []  # (text, inside <strong>/<b>)
        self._bold = 0
        self._caption = 0

    def walk(self, root: etree._Element) -> None:
        self._node(root)
        self._flush()

    def _node(self, el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None or tag in _SKIP_TAGS:
            return
        if tag == "img":
            self._flush()
            self._image(el)
            return
        if tag == "br":
            self._segments.append(("\n", False))
            return
        if tag == "p" and not len(el) and not self._segments:  # the common case: a plain paragraph
            text = clean_text(el.text or "")
            if text:
                kind = "caption" if self._caption else ("heading" if self._bold else "paragraph")
                self.blocks.append((kind, text))
            return
        block = tag in _BLOCK_TAGS
        captioning = tag in ("figure", "figcaption") or (tag == "table" and _first(el, "img") is not None)
        bold = tag in _BOLD_TAGS
        if block:
            self._flush()
        self._caption += captioning
        self._bold += bold
        self._add(el.text)
        for child in el:
            self._node(child)
            self._add(child.tail)
        self._bold -= bold
        if block:
            self._flush()
        self._caption -= captioning

    def _add(self, text: str | None) -> None:
        if text:
            self._segments.append((text, self._bold > 0))

    def _flush(self) -> None:
        if not self._segments:
            return
        lines: list[list[tuple[str, bool]]] = [[]]
        for text, bold in self._segments:
            if text == "\n":
                lines.append([])
            else:
                lines[-1].append((text, bold))
        self._segments = []
        for line in lines:
            text = clean_text("".join(t for t, _ in line))
            if not text:
                continue
            if self._caption:
                kind = "caption"
            elif all(bold or not t.strip() for t, bold in line):
                kind = "heading"
            else:
                kind = "paragraph"
            self.blocks.append((kind, text))

    def _image(self, img: etree._Element) -> None:
        """A photo: its caption lines (data-original-title HTML, else alt/title) as caption blocks."""
        self.images += 1
        for text in _caption_lines(img):
            self.blocks.append(("caption", text))


def _caption_lines(img: etree._Element) -> list[str]:
    markup = img.get("data-original-title")
    if markup and markup.strip():
        frag = parse_fragment(markup)
        walker = _BodyWalker()
        walker.walk(frag)
        lines = [text for _, text in walker.blocks]
        if lines:
            return lines
    for attr in ("alt", "title"):
        text = clean_text(img.get(attr) or "")
        if text.lower() not in _GENERIC_ALT and _has_cjk(text) and not _looks_like_file(text):
            return [text]
    return []


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def _looks_like_file(text: str) -> bool:
    return bool(re.search(r"\.(?:jpe?g|png|gif|webp|bmp)$", text, re.I))

