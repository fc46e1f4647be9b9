"""E-paper HTML as a tree of text: parsing fragments with lxml and reading text out of elements.

The HTML is parsed with lxml (libxml2's HTML parser) and only its text is taken; nothing is
rendered, fetched or resolved.
"""

from __future__ import annotations

import re
from typing import Iterable

from lxml import etree

_NOT_XML_CHARS_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAK_SPACE_RE = re.compile(r"[ \t]*[\r\n][\s]*")
_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
# <h1><p> 标题 </p></h1>: libxml2's HTML parser closes a heading at <p>, so those <p> tags are dropped first
_HEADING_RE = re.compile(r"(<h([1-6])\b[^>]*>)(.*?)(</h\2\s*>)", re.S | re.I)
_P_TAG_RE = re.compile(r"</?p\b[^>]*>", re.I)
_HEADING_P_RE = re.compile(r"<h[1-6]\b[^>]*>\s*<p\b", re.I)  # what unwrap_headings is for

_HTML_PARSER = etree.HTMLParser(no_network=True, remove_pis=True, default_doctype=False)  # type: ignore[call-arg]
SKIP_TAGS = {"script", "style", "noscript", "template", "head", "title", "button", "select", "input",
             "textarea", "iframe", "object", "svg", "meta", "link"}


def xml_safe(text: str) -> str:
    """Text without the characters lxml refuses (NUL, C0 controls, lone surrogates)."""
    return _NOT_XML_CHARS_RE.sub("", text) if _NOT_XML_CHARS_RE.search(text) else text


def clean_text(text: str) -> str:
    """Collapse source line breaks, drop zero-width marks, strip the ends (incl. the 　　 indent)."""
    text = text.strip()
    if not text.isprintable():  # line breaks, zero-width marks
        text = _LINE_BREAK_SPACE_RE.sub(" ", _ZERO_WIDTH_RE.sub("", text)).strip()
    return text


def unwrap_headings(markup: str) -> str:
    """Markup with the <p> tags inside headings dropped (<h1><p>标题</p></h1> → <h1>标题</h1>)."""
    if not _HEADING_P_RE.search(markup):
        return markup
    return _HEADING_RE.sub(lambda m: m.group(1) + _P_TAG_RE.sub(" ", m.group(3)) + m.group(4), markup)


def parse_fragment(markup: str) -> etree._Element:
    """An HTML fragment parsed into an element holding it (never raises for odd text)."""
    return parse_safe_fragment(xml_safe(markup))


def parse_safe_fragment(markup: str) -> etree._Element:
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


def parse_document(markup: str) -> etree._Element:
    """A whole saved HTML page: its <html> root (an empty <html> for unreadable text)."""
    markup = xml_safe(markup)
    if markup.strip():
        try:
            root = etree.HTML(markup, _HTML_PARSER)
        except (etree.ParserError, ValueError):
            root = None
        if root is not None:
            return root
    return etree.Element("html")


def texts(el: etree._Element, skip: set[etree._Element] | None = None) -> Iterable[str]:
    """Text nodes under el in order (<br> as a line break), leaving out comments, scripts and `skip`."""
    if el.text and isinstance(el.tag, str) and el.tag not in SKIP_TAGS:
        yield el.text
    for child in el:
        if isinstance(child.tag, str) and child.tag not in SKIP_TAGS and not (skip and child in skip):
            if child.tag == "br":
                yield "\n"
            yield from texts(child, skip)
        if child.tail:
            yield child.tail


def text_of(el: etree._Element | None) -> str | None:
    """The cleaned text of an element (comments and scripts left out); None when empty."""
    if el is None:
        return None
    if not len(el):  # a leaf: its own text
        text = clean_text(el.text or "") if isinstance(el.tag, str) and el.tag not in SKIP_TAGS else ""
    else:
        text = clean_text("".join(texts(el)))
    return text or None


def classes(el: etree._Element) -> list[str]:
    """The element's class names, lower case."""
    return (el.get("class") or "").lower().split()


def has_class(el: etree._Element, name: str) -> bool:
    """True when the element carries this class."""
    return name in classes(el)


def first(root: etree._Element, *tags: str) -> etree._Element | None:
    """The first element under root (root included) with one of these tags."""
    return next(iter(root.iter(*tags)), None)


def drop(el: etree._Element) -> None:
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


def has_cjk(text: str) -> bool:
    """True when the text holds a Chinese character."""
    return any("\u3400" <= ch <= "\u9fff" for ch in text)
