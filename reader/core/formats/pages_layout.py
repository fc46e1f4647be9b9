"""One page extraction (Markdown text) → the page's items: headlines, bylines, photos, jumps, repairs.

The rules, in reading order of the page:
- before the first item, masthead/page-header lines give paper, date and page name; other short
  label lines (QR codes: 金昌发布 / 客户端) are noise, dropped with a `noise` warning keeping them;
- `#`/`##` opens an article; `###` before its body is the subtitle, later a crosshead, and right
  above a headline the headline's kicker;
- a byline line (记者 X, 通讯员 X, an author's name alone right under a headline) fills the byline;
  a dateline (本报讯（记者X）, 新华社北京2月23日电) opening the first paragraph is recognised and kept;
- a caption followed by a credit line (记者 X 摄, …供图, 图/…), or ending with one, is a photo,
  which ends the article (text after it that goes on mid-sentence rejoins the article); an image
  (`![](images/…)`) in its caption or before it (a headline may stand between) is the photo's image,
  one before anything else is dropped (an address, not text);
- a paragraph that stops mid-sentence is joined with the next one of the same article (column
  break); one the extraction printed twice is dropped with a `duplicate-fragment` warning;
- （转3版） / （上接1版） set continues_to / continued_from and leave the text; text after a
  jump-out marker without a headline of its own is a new, untitled item;
- an article that still stops mid-sentence at its end is incomplete (`truncated` warning).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..bylines import Byline, parse_byline, parse_credit, split_dateline, split_trailing_credit
from ..jumps import cross_refs, split_jump_from, split_jump_to
from ..addresses import local_image
from ..model import Block, Item, SourceRef
from .pages_header import PageHeader, parse_editor_line, parse_header_line
from .pages_markdown import Line, Unit, split_units

LABEL_MAX_CHARS = 12  # a QR-code label or app name before the first headline is at most this long
DUPLICATE_MIN_CHARS = 10  # a repeated fragment shorter than this is left alone
BOLD_CROSSHEAD_MAX_CHARS = 30
_FULL_STOPS = "。！？!?…；;：:．."
_CLOSERS = "”」』’\"'"
_BRACKETS = {"）": "（", ")": "(", "】": "【", "]": "["}


def ends_sentence(text: str) -> bool:
    """True when a paragraph ends a sentence: 。！？…；： or a quote/bracket closing after one.

    “十四五” or （以下简称《通知》） at the end of a paragraph is mid-sentence (a column break);
    。” and 。（记者 王明） end one. A dash (——) does not.
    """
    t = text.rstrip()
    while t and t[-1] in _CLOSERS:
        t = t[:-1].rstrip()
        if not t or t[-1] in _FULL_STOPS:
            return bool(t)
        if t[-1] not in _CLOSERS and t[-1] not in _BRACKETS:
            return False
    if not t:
        return False
    if t[-1] in _BRACKETS:
        opening = t.rfind(_BRACKETS[t[-1]])
        if opening <= 0:
            return opening == 0
        return ends_sentence(t[:opening])
    return t[-1] in _FULL_STOPS


@dataclass
class PageWarning:
    """A warning about one page; `item` is the item it concerns (ids are given later)."""

    code: str
    message: str
    item: Item | None = None
    text: str | None = None


@dataclass
class PageParse:
    """What one page file holds."""

    items: list[Item] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    header: PageHeader = field(default_factory=PageHeader)
    header_lines: list[str] = field(default_factory=list)  # masthead/header/editor lines consumed
    warnings: list[PageWarning] = field(default_factory=list)


@dataclass
class _Open:
    """The article being read and what the rules need to know about it."""

    item: Item
    has_body: bool = False
    jumped: bool = False  # its jump marker was read: nothing more is joined to it
    keys: list[str] = field(default_factory=list)  # paragraph texts as printed, white space removed
    last_unit: int = -1  # the unit that gave its last paragraph


def _title_without_jump(title: str) -> tuple[str | None, int | None]:
    """A headline without a jump-in marker printed in it (（上接1版）标题 / 标题（上接1版）), and its page."""
    source_page, rest = split_jump_from(title)
    if source_page is not None:
        return rest or None, source_page
    opening = max(title.rfind("（"), title.rfind("("))
    if opening > 0:
        source_page, rest = split_jump_from(title[opening:])
        if source_page is not None and not rest:
            return title[:opening].rstrip() or None, source_page
    return title, None


def join_text(a: str, b: str) -> str:
    """Two pieces of one paragraph joined: no space in Chinese text, one between two Latin words."""
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return f"{a} {b}"
    return a + b


def _key(text: str) -> str:
    """text without white space (str.split() splits where regex \\s matches, faster than re.sub)."""
    return "".join(text.split())


class _PageBuilder:
    """Reads a page's units in order and builds its items (the rules in the module docstring)."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.out = PageParse()
        self.cur: _Open | None = None
        self.after_photo = False
        self.kicker: str | None = None
        self.noise: list[str] = []
        self.unit_index = 0
        self.images: list[str] = []   # image addresses waiting for the photo they stand before

    # --- units -------------------------------------------------------------------------------
    def feed(self, unit: Unit, nxt: Unit | None, index: int) -> None:
        self.unit_index = index
        self.images.extend(unit.images)
        first = unit.lines[0]
        if self.images and unit.kind != "headline" and not self._makes_photo(unit):
            self.images.clear()   # an image before text that is no photo's belongs to nothing known
        if unit.kind == "headline":
            if not self.out.items and self._header(first):
                return
            self._close()
            title, source_page = _title_without_jump(unit.text)
            cur = self._start(title, first)
            cur.item.continued_from = source_page
        elif unit.kind == "sub":
            self._sub(unit.text, first, nxt)
        elif unit.bold and self._bold_crosshead(unit.text):
            self._sub(unit.text, first, nxt)
        else:
            self._paragraph(list(unit.lines), nxt)

    def _makes_photo(self, unit: Unit) -> bool:
        """Whether a paragraph unit is read as a photo (its last line a credit, or ending with one)."""
        if unit.kind != "para":
            return False
        last = unit.lines[-1].text
        return parse_credit(last) is not None or split_trailing_credit(last) is not None

    def _sub(self, text: str, line: Line, nxt: Unit | None) -> None:
        cur = self.cur
        if cur and cur.item.title and not cur.has_body and cur.item.subtitle is None and not self.after_photo:
            cur.item.subtitle = text
        elif nxt is not None and nxt.kind == "headline":
            self.kicker = f"{self.kicker} {text}" if self.kicker else text
        elif cur is None or self.after_photo or cur.jumped:
            self._close()
            self._start(text, line)
        else:
            cur.item.blocks.append(Block("heading", text, self._src(line)))
            cur.keys.append("")
            cur.has_body = True

    def _bold_crosshead(self, text: str) -> bool:
        """A short bold line inside an article, not a byline or credit, reads as a crosshead."""
        return self.cur is not None and len(text) <= BOLD_CROSSHEAD_MAX_CHARS and not ends_sentence(text) \
            and parse_byline(text, bare_names=False) is None and parse_credit(text) is None \
            and split_jump_from(text)[0] is None and split_jump_to(text)[1] is None

    def _paragraph(self, lines: list[Line], nxt: Unit | None) -> None:
        if not self.out.items:
            lines = [ln for ln in lines if not self._header(ln)]
        lines = [ln for ln in lines if not self._editors(ln)]
        if not lines:
            return
        if not self.out.items and self._is_noise(lines):
            self.noise.extend(ln.text for ln in lines)
            return
        credit = parse_credit(lines[-1].text)
        if credit is not None:
            self._photo(lines[:-1], lines[-1], credit, nxt)
            return
        trailing = split_trailing_credit(lines[-1].text)
        if trailing is not None:  # caption and credit on one line: …作业。 记者 柯玉栋 摄
            caption, credit_text, names = trailing
            last = lines[-1].line
            self._photo(lines[:-1] + [Line(caption, last)], Line(credit_text, last), names, nxt)
            return
        while lines:
            by = self._byline(lines[0])
            if by is None:
                break
            self._add_byline(by, lines[0])
            lines = lines[1:]
        for ln in lines:
            self._text(ln)

    # --- page-level lines ----------------------------------------------------------------------
    def _header(self, line: Line) -> bool:
        head = parse_header_line(line.text)
        if head is None:
            return False
        h = self.out.header
        h.paper = h.paper or head.paper
        h.date = h.date or head.date
        h.page = h.page or head.page
        h.page_name = h.page_name or head.page_name
        self.out.header_lines.append(line.text)
        return True

    def _editors(self, line: Line) -> bool:
        names = parse_editor_line(line.text)
        if names is None:
            return False
        self.out.editors.extend(n for n in names if n not in self.out.editors)
        self.out.header_lines.append(line.text)
        return True

    def _is_noise(self, lines: list[Line]) -> bool:
        for ln in lines:
            t = ln.text
            if len(t) > LABEL_MAX_CHARS or ends_sentence(t) or parse_credit(t) is not None:
                return False
            if split_jump_from(t)[0] is not None or split_jump_to(t)[1] is not None:
                return False
            by = parse_byline(t, bare_names=False)
            if by is not None:
                return False
        return True

    # --- bylines and photos --------------------------------------------------------------------
    def _byline(self, line: Line) -> Byline | None:
        cur = self.cur
        under_headline = cur is not None and bool(cur.item.title) and not cur.has_body \
            and not self.after_photo
        by = parse_byline(line.text, bare_names=under_headline)
        if by is None or (not by.has_role and not under_headline):
            return None
        return by

    def _add_byline(self, by: Byline, line: Line) -> None:
        cur = self.cur
        if cur is None or self.after_photo or (cur.has_body and cur.jumped):
            self._close()
            cur = self._start(None, line)
        item = cur.item
        item.byline.extend(n for n in by.names if n not in item.byline)
        item.byline_text = f"{item.byline_text} {by.text}" if item.byline_text else by.text

    def _photo(self, caption_lines: list[Line], credit: Line, names: list[str], nxt: Unit | None) -> None:
        cur = self.cur
        captions: list[Block] = []
        if caption_lines:
            text = ""
            for ln in caption_lines:
                text = join_text(text, ln.text)
            captions.append(Block("caption", text, self._src(caption_lines[0])))
        elif cur is not None and not self.after_photo and cur.item.blocks \
                and cur.item.blocks[-1].kind == "paragraph" and cur.last_unit == self.unit_index - 1:
            last = cur.item.blocks.pop()
            cur.keys.pop()
            captions.append(Block("caption", last.text, last.source))
            cur.has_body = bool(cur.item.blocks)
            if not any(b.kind == "paragraph" for b in cur.item.blocks):
                cur.item.dateline = None
        body_follows = nxt is not None and nxt.kind == "para"
        if cur is not None and not self.after_photo and cur.item.title and not cur.item.blocks \
                and captions and not body_follows and cur.item.continued_from is None:
            item = cur.item  # a headline over a photo and nothing else: the item is that photo
            item.kind = "photo"
            self.cur = None
        else:
            item = Item(id="", kind="photo", source=captions[0].source if captions else self._src(credit))
            self.out.items.append(item)
            self.after_photo = cur is not None and cur.has_body
        item.blocks = captions
        if self.images:
            item.image = local_image(self.images[0], self.file)
            self.images.clear()
        item.byline.extend(n for n in names if n not in item.byline)
        item.byline_text = f"{item.byline_text} {credit.text}" if item.byline_text else credit.text

    # --- body text -----------------------------------------------------------------------------
    def _text(self, line: Line) -> None:
        text = line.text
        source_page, rest = split_jump_from(text)
        if source_page is not None:
            cur = self.cur
            if cur is None or cur.has_body or self.after_photo or cur.item.continued_from is not None:
                self._close()
                cur = self._start(None, line)
            cur.item.continued_from = source_page
            text = rest
            if not text:
                return
        cur = self.cur
        key = _key(text)
        if cur is not None and len(key) >= DUPLICATE_MIN_CHARS and any(key in k for k in cur.keys):
            self.out.warnings.append(PageWarning(
                "duplicate-fragment",
                f"line {line.line}: a fragment the extraction printed twice was dropped", cur.item, text))
            return
        if cur is None or cur.jumped or (self.after_photo and not self._joinable(cur)):
            self._close()  # text after a jump or a photo that does not go on from it: a new item
            cur = self._start(None, line)
        self.after_photo = False
        body, target = split_jump_to(text)
        if target is not None:
            cur.item.continues_to = target
        if body:
            self._add_paragraph(cur, body, key, line)
        if target is not None:
            cur.jumped = True

    def _add_paragraph(self, cur: _Open, text: str, key: str, line: Line) -> None:
        item = cur.item
        if item.dateline is None and not any(b.kind == "paragraph" for b in item.blocks):
            dateline = split_dateline(text)
            if dateline is not None:
                item.dateline = dateline.text
                item.byline.extend(n for n in dateline.names if n not in item.byline)
        item.cross_refs.extend(p for p in cross_refs(text) if p not in item.cross_refs)
        if self._joinable(cur):
            item.blocks[-1].text = join_text(item.blocks[-1].text, text)
            cur.keys[-1] += key
        else:
            item.blocks.append(Block("paragraph", text, self._src(line)))
            cur.keys.append(key)
        cur.has_body = True
        cur.last_unit = self.unit_index

    @staticmethod
    def _joinable(cur: _Open) -> bool:
        blocks = cur.item.blocks
        return bool(blocks) and blocks[-1].kind == "paragraph" and not cur.jumped \
            and not ends_sentence(blocks[-1].text)

    # --- items ---------------------------------------------------------------------------------
    def _src(self, line: Line | int | None) -> SourceRef:
        return SourceRef(self.file, line.line if isinstance(line, Line) else line)

    def _start(self, title: str | None, line: Line) -> _Open:
        item = Item(id="", title=title, source=self._src(line))
        if title:
            item.kicker, self.kicker = self.kicker, None
        self.out.items.append(item)
        self.cur = _Open(item)
        self.after_photo = False
        return self.cur

    def _close(self) -> None:
        cur, self.cur = self.cur, None
        self.after_photo = False
        if cur is None:
            return
        item = cur.item
        last = item.blocks[-1] if item.blocks else None
        if item.kind == "article" and last is not None and last.kind == "paragraph" and not cur.jumped \
                and not ends_sentence(last.text):
            item.complete = False
            self.out.warnings.append(PageWarning(
                "truncated", f"「{item.display_title()}」 stops mid-sentence: the rest is not on the page", item))

    def finish(self) -> PageParse:
        self._close()
        if self.kicker:  # a subheading above nothing: keep it as an item of its own
            self.out.items.append(Item(id="", title=self.kicker))
        if self.noise:
            self.out.warnings.append(PageWarning(
                "noise", f"{len(self.noise)} label line(s) before the first headline (QR codes, app names) "
                "are not part of any article", None, "\n".join(self.noise)))
        return self.out


def parse_page(text: str, file: str = "") -> PageParse:
    """The items, editors and header of one page extraction."""
    builder = _PageBuilder(file)
    units = split_units(text)
    for i, unit in enumerate(units):
        builder.feed(unit, units[i + 1] if i + 1 < len(units) else None, i)
    return builder.finish()
