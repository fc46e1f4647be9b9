"""An e-paper article's body HTML as blocks: paragraphs, crossheads and photo captions.

Paragraphs are <p> elements or the `<br/>`-separated lines of a block; a line wholly in <strong>/<b>
is a crosshead (`<p><strong>…</strong></p>`, a centred bold line); photo captions are the
data-original-title or alt of an <img>, text in <figcaption> or a caption class (p.imgdesc), and a
short centred line right under a photo.
"""

from __future__ import annotations

import re

from lxml import etree

from .markup import SKIP_TAGS, clean_text, has_cjk, parse_fragment

BlockText = tuple[str, str]  # (kind, text): kind is paragraph, heading or caption

_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt",
               "blockquote", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "section", "article",
               "center", "figure", "figcaption", "pre", "hr", "header", "footer", "aside", "caption",
               "main", "address", "form", "fieldset", "cms-content"}
_BOLD_TAGS = {"strong", "b"}
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}  # inside the body: crossheads
_GENERIC_ALT = {"", "图", "图片", "照片", "image", "img", "photo", "picture"}
# class names of caption paragraphs: imgdesc, img-desc, pic_title, photo-note, caption, tuzhu …
_CAPTION_CLASS_RE = re.compile(r"(?:img|pic|photo|image|tu)[-_]?(?:desc|title|txt|text|note|info|zhu|shuo)"
                               r"|caption|figcaption")
_CENTRED_RE = re.compile(r"text-align\s*:\s*center", re.I)
_IMAGE_FILE_RE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)$", re.I)
_CAPTION_MAX = 160  # a centred line under a photo longer than this is text, not its caption


def is_caption_element(el: etree._Element) -> bool:
    """True for an element whose class names a photo caption (p.imgdesc, div.pic-title …)."""
    names = el.get("class")
    return bool(names) and any(_CAPTION_CLASS_RE.search(n) for n in str(names).lower().split())


def is_centred(el: etree._Element) -> bool:
    """True for an element set centred (align="center", text-align: center, <center>)."""
    if el.tag == "center" or (el.get("align") or "").lower() == "center":
        return True
    style = el.get("style")
    return bool(style) and "enter" in str(style) and bool(_CENTRED_RE.search(str(style)))


class BodyWalker:
    """Walks body HTML in document order and collects paragraph, heading and caption blocks."""

    def __init__(self) -> None:
        self.blocks: list[BlockText] = []
        self.images = 0
        self._segments: list[tuple[str, bool]] = []  # (text, inside <strong>/<b>)
        self._bold = 0
        self._caption = 0
        self._centred = 0
        self._after_image = False  # the last thing seen was a photo: a centred line under it is its caption

    def walk(self, root: etree._Element) -> None:
        """Collect the blocks under root."""
        self._node(root)
        self._flush()

    def _node(self, el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None or tag in SKIP_TAGS:
            return
        if tag == "img":
            self._flush()
            self._image(el)
            return
        if tag == "br":
            self._segments.append(("\n", False))
            return
        attrs = el.attrib
        captioning = centred = False
        if attrs:
            captioning, centred = is_caption_element(el), is_centred(el)
        if tag == "p" and not len(el) and not self._segments and not captioning and not centred:
            text = clean_text(el.text or "")  # the common case: a plain paragraph
            if text:
                self._append(self._kind_of_line(bool(self._bold)), text)
            return
        captioning = captioning or tag in ("figure", "figcaption") or (tag == "table" and _is_photo_table(el))
        centred = centred or tag == "center"
        block = tag in _BLOCK_TAGS
        bold = tag in _BOLD_TAGS or tag in _HEADING_TAGS
        if block:
            self._flush()
        self._caption += captioning
        self._bold += bold
        self._centred += centred
        self._add(el.text)
        for child in el:
            self._node(child)
            self._add(child.tail)
        self._bold -= bold
        if block:
            self._flush()
        self._caption -= captioning
        self._centred -= centred

    def _add(self, text: str | None) -> None:
        if text:
            self._segments.append((text, self._bold > 0))

    def _kind_of_line(self, all_bold: bool) -> str:
        if self._caption:
            return "caption"
        if all_bold:
            return "heading"
        return "paragraph"

    def _append(self, kind: str, text: str) -> None:
        if kind == "paragraph" and self._after_image and self._centred and len(text) <= _CAPTION_MAX:
            kind = "caption"
        self.blocks.append((kind, text))
        self._after_image = False

    def _flush(self) -> None:
        """The collected text as blocks: one a line (lines end at <br>); a line wholly bold is a heading."""
        segments, self._segments = self._segments, []
        parts: list[str] = []
        all_bold = True
        for text, bold in segments + [("\n", False)]:
            if text != "\n":
                parts.append(text)
                all_bold = all_bold and (bold or not text.strip())
                continue
            if parts:
                line = clean_text(parts[0] if len(parts) == 1 else "".join(parts))
                if line:
                    self._append(self._kind_of_line(all_bold), line)
                parts = []
            all_bold = True

    def _image(self, img: etree._Element) -> None:
        """A photo: its caption lines (data-original-title HTML, else alt/title) as caption blocks."""
        self.images += 1
        for text in _caption_lines(img):
            self.blocks.append(("caption", text))
        self._after_image = True


def walk_body(root: etree._Element) -> tuple[list[BlockText], int]:
    """The blocks under root and the number of photos."""
    walker = BodyWalker()
    walker.walk(root)
    return walker.blocks, walker.images


def _is_photo_table(table: etree._Element) -> bool:
    """A small table holding a photo: its text is the photo's caption."""
    if next(iter(table.iter("img")), None) is None:
        return False
    return sum(len(t.strip()) for t in table.itertext()) <= 2 * _CAPTION_MAX


def _caption_lines(img: etree._Element) -> list[str]:
    markup = img.get("data-original-title")
    if markup and markup.strip():
        lines = [text for _, text in walk_body(parse_fragment(markup))[0]]
        if lines:
            return lines
    for attr in ("alt", "title"):
        text = clean_text(img.get(attr) or "")
        if text.lower() not in _GENERIC_ALT and has_cjk(text) and not _IMAGE_FILE_RE.search(text):
            return [text]
    return []
