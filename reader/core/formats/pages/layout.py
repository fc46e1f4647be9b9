"""One page extraction (Markdown text) → the page's items: headlines, bylines, photos, jumps, repairs.

The rules, in reading order of the page:
- editor lines anywhere on the page (本版责编：X, 本版责编  X  Y, 一版责编：…二版责编：…, 版式设计：…) go to
  the page's editors; before the first item, masthead/page-header lines give paper, date and page
  name, and other short label lines (QR codes: 金昌发布 / 客户端) are noise, dropped with a `noise`
  warning keeping them;
- `#`/`##` opens an article; `###` before its body is the subtitle, later a crosshead, and right
  above a headline the headline's kicker;
- a byline line (记者 X, 通讯员 X) fills the byline, the names after the role word whatever they are;
  a short line alone between a headline and its first paragraph is the author (pen names too),
  unless it is a heading word (目录); a dateline (本报讯（记者X）, 新华社北京2月23日电) opening the first
  paragraph is recognised and kept, the names in its brackets going to the byline;
- a caption with a credit line under it (记者 X 摄, X摄, 以上图片均为X摄, …供图, 图/…), or ending with one,
  is a photo, which ends the article (text after it that goes on mid-sentence rejoins the article);
  a headline over a photo and nothing else is that photo; an image (`![](images/…)`) in its caption
  or before it (a headline may stand between) is the photo's image, one before body text is dropped
  (an address, not text);
- a paragraph that stops mid-sentence is joined with the next one of the same article (column
  break); the tail of the paragraph just before printed again is dropped with a
  `duplicate-fragment` warning keeping it (any other repeat is real text and stays);
- （转3版） / （上接1版） set continues_to / continued_from and leave the text; text after a
  jump-out marker without a headline of its own is a new, untitled item;
- an article that still stops mid-sentence at its end is incomplete (`truncated` warning).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...addresses import local_image
from ...bylines import ROLE_RE, Byline, parse_byline, parse_credit, split_dateline, split_trailing_credit
from ...jumps import cross_refs, split_jump_from, split_jump_to
from ...model import Block, Item, SourceRef
from .editors import parse_editor_line
from .header import PageHeader, parse_header_line
from .markdown import Line, Unit, split_units
from .photos import credit_under_caption, lone_line, text_follows
from .text import ends_sentence, join_text, repeats_tail, text_key, title_without_jump

LABEL_MAX_CHARS = 12  # a QR-code label or app name before the first headline is at most this long
BOLD_CROSSHEAD_MAX_CHARS = 30
_CREDIT_WORDS = ("摄", "摄影", "供图")  # a line ending so is a credit or nothing, never a byline


@dataclass
class PageWarning:
    """A warning about one page; `item` is the item it concerns (ids are given later)."""

    code: str
    message: str
    item: Item | None = None
    text: str | None = None
    params: dict[str, str | int | None] = field(default_factory=dict)


@dataclass
class PageParse:
    """What one page file holds."""

    items: list[Item] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    other_editors: dict[int, list[str]] = field(default_factory=dict)  # 二版责编 printed on this page
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


class _PageBuilder:
    """Reads a page's units in order and builds its items (the rules in the module docstring)."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.out = PageParse()
        self.cur: _Open | None = None
        self.after_photo = False
        self.kicker: str | None = None
        self.noise: list[str] = []
        self.before = ""  # the paragraph printed just before, white space removed (its repeats are dropped)
        self.images: list[str] = []   # image addresses waiting for the photo they stand before

    # --- units -------------------------------------------------------------------------------
    def feed(self, units: list[Unit], i: int) -> int:
        """Read units[i] (and what it needs of the next ones); the number of units it took."""
        unit = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        self.images.extend(unit.images)
        first = unit.lines[0]
        if unit.kind == "headline":
            if not self.out.items and self._header(first):
                return 1
            self._close()
            title, source_page = title_without_jump(unit.text)
            cur = self._start(title, first)
            cur.item.continued_from = source_page
        elif unit.kind == "sub" or (unit.bold and self._bold_crosshead(unit.text)):
            self._sub(unit.text, first, nxt)
        else:
            return self._paragraph(units, i)
        return 1

    def _sub(self, text: str, line: Line, nxt: Unit | None) -> None:
        cur = self.cur
        self.before = ""
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

    def _paragraph(self, units: list[Unit], i: int) -> int:
        lines = list(units[i].lines)
        nxt = units[i + 1] if i + 1 < len(units) else None
        if not self.out.items:
            lines = [ln for ln in lines if not self._header(ln)]
        if not lines:
            return 1
        if not self.out.items and self._is_noise(lines):
            self.noise.extend(ln.text for ln in lines)
            return 1
        while lines:
            if len(lines) > 1 and ROLE_RE.fullmatch(lines[0].text):  # 本报记者, its names on the next line
                joined = Line(f"{lines[0].text} {lines[1].text}", lines[0].line)
                by = self._byline(joined, followed=True)
                if by is not None:
                    self._add_byline(by, joined)
                    lines = lines[2:]
                    continue
            by = self._byline(lines[0], followed=len(lines) > 1 or (nxt is not None and nxt.kind == "para"))
            if by is None:
                break
            self._add_byline(by, lines[0])
            lines = lines[1:]
        found = credit_under_caption(lines)
        while found is not None:  # a credit line under caption lines: a photo (what follows goes on)
            k, credited = found
            above, credit, lines = lines[:k], lines[k], lines[k + 1:]
            found = credit_under_caption(lines)
            follows = found is None and (bool(lines) or text_follows(units, i + 1))  # text, not another photo
            self._photo(above, credit, credited, body_follows=follows)
        if not lines:
            return 1
        credit_line = lone_line(nxt)
        names = parse_credit(credit_line.text, under_caption=True) if credit_line is not None else None
        if credit_line is not None and names is not None:  # the caption, its credit in the next paragraph
            self.images.extend(units[i + 1].images)
            self._photo(lines, credit_line, names, body_follows=text_follows(units, i + 2))
            return 2
        last = lines[-1]
        names = parse_credit(last.text) if len(lines) == 1 else None
        if names is not None:  # a credit alone: a photo without a caption
            self._photo([], last, names, body_follows=text_follows(units, i + 1))
            return 1
        trailing = split_trailing_credit(last.text)
        if trailing is not None:  # caption and credit on one line: …作业。 记者 柯玉栋 摄
            caption, credit_text, names = trailing
            self._photo(lines[:-1] + [Line(caption, last.line)], Line(credit_text, last.line), names,
                        body_follows=text_follows(units, i + 1))
            return 1
        for ln in lines:
            self._text(ln)
        return 1

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

    def take_editor_lines(self, units: list[Unit]) -> list[Unit]:
        """The units without their editor lines, which go to the page's editors."""
        kept: list[Unit] = []
        for unit in units:
            if unit.kind == "headline":
                kept.append(unit)
                continue
            lines = [ln for ln in unit.lines if not self._editors(ln)]
            if len(lines) == len(unit.lines):
                kept.append(unit)
            elif lines:
                kept.append(Unit(unit.kind, lines, unit.bold))
        return kept

    def _editors(self, line: Line) -> bool:
        found = parse_editor_line(line.text)
        if found is None:
            return False
        for page, name in found:
            names = self.out.editors if page is None else self.out.other_editors.setdefault(page, [])
            if name not in names:
                names.append(name)
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
    def _byline(self, line: Line, followed: bool) -> Byline | None:
        """The byline a line is where it stands: under a headline any byline, and an author's name alone
        (pen names too) when nothing has named one yet and the text follows; elsewhere a role word's."""
        if line.text.endswith(_CREDIT_WORDS):
            return None
        cur = self.cur
        under_headline = cur is not None and bool(cur.item.title) and not cur.has_body \
            and not self.after_photo
        author_wanted = under_headline and followed and cur is not None and not cur.item.byline_text
        by = parse_byline(line.text, bare_names=under_headline, pen_names=author_wanted)
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

    def _photo(self, caption_lines: list[Line], credit: Line, names: list[str], body_follows: bool) -> None:
        cur = self.cur
        self.before = ""
        captions: list[Block] = []
        if caption_lines:
            text = ""
            for ln in caption_lines:
                text = join_text(text, ln.text)
            captions.append(Block("caption", text, self._src(caption_lines[0])))
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
        self.images.clear()   # an image before body text belongs to no photo known
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
        key = text_key(text)
        body, target = split_jump_to(text)
        if cur is not None and repeats_tail(key, self.before, with_jump=cur.jumped and target is not None):
            self.out.warnings.append(PageWarning(
                "duplicate-fragment", f"line {line.line}: the tail of the paragraph before it, printed "
                "twice by the extraction, was dropped", cur.item, text, {"line": line.line}))
            return
        if cur is None or cur.jumped or (self.after_photo and not self._joinable(cur)):
            self._close()  # text after a jump or a photo that does not go on from it: a new item
            cur = self._start(None, line)
        self.after_photo = False
        if target is not None:
            cur.item.continues_to = target
        if body:
            self._add_paragraph(cur, body, key, line)
        else:
            self.before += key
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
        self.before = cur.keys[-1]

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
        self.before = ""
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
                "truncated", f"「{item.display_title()}」 stops mid-sentence: the rest is not on the page", item,
                params={"title": item.display_title()}))

    def finish(self) -> PageParse:
        self._close()
        if self.kicker:  # a subheading above nothing: keep it as an item of its own
            self.out.items.append(Item(id="", title=self.kicker))
        if self.noise:
            self.out.warnings.append(PageWarning(
                "noise", f"{len(self.noise)} label line(s) before the first headline (QR codes, app names) "
                "are not part of any article", None, "\n".join(self.noise), {"count": len(self.noise)}))
        return self.out


def parse_page(text: str, file: str = "") -> PageParse:
    """The items, editors and header of one page extraction."""
    builder = _PageBuilder(file)
    units = builder.take_editor_lines(split_units(text))
    i = 0
    while i < len(units):
        i += builder.feed(units, i)
    return builder.finish()
