"""Typesetting a story into a QTextDocument with cursor calls: text is inserted as text, never parsed."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
)

from ...core.model import Block, Issue, Item
from ...core.printed_bylines import names_readable_in, opens_with_byline
from ..shell.commands import QT_TRANSLATE_NOOP
from .themes import Theme, solid_brush

LINE_HEIGHT_PERCENT = 125  # of the font's own line spacing (about 1.45 em for CJK fonts)
PAGE_LINK = "page"      # page:3 — show page 3 in the sidebar
KEYWORD_LINK = "kw"     # kw:<word> — search for a keyword
ORIGINAL_LINK = "original"   # original:<item id> — open that item's original article (only on a click)
PHOTO_MEASURE_CHARS = 36     # a photo is at most this many body characters wide
PHOTOS_PROPERTY = "readerPhotos"   # set on a document holding photo images (write_story clears it first)

# Block alignments as the integer values of Qt::AlignmentFlag, set through the BlockAlignment property
# exactly as QTextBlockFormat::setAlignment does: using the `Qt` namespace here would build its ~95
# Python enum types (about 25 ms) before the first story is painted.
ALIGN_LEFT = 0x0001
ALIGN_RIGHT = 0x0002
ALIGN_HCENTER = 0x0004
ALIGN_JUSTIFY = 0x0008

# Words the pane writes into a story (translated when written).
CONTINUED_ON = QT_TRANSLATE_NOOP("StoryDocument", "Continued on page {page}")
CONTINUED_FROM = QT_TRANSLATE_NOOP("StoryDocument", "Continued from page {page}")
PAGE_NOT_IN_ISSUE = QT_TRANSLATE_NOOP("StoryDocument", "page {page} is not in this issue")
PART_NOT_FOUND = QT_TRANSLATE_NOOP("StoryDocument", "its part on page {page} was not found")
CUT_OFF = QT_TRANSLATE_NOOP("StoryDocument", "The text breaks off here in the source.")
RELATED_ON = QT_TRANSLATE_NOOP("StoryDocument", "Related report on page {page}")
PHOTO = QT_TRANSLATE_NOOP("StoryDocument", "Photo")
PHOTO_IN_ORIGINAL = QT_TRANSLATE_NOOP("StoryDocument", "See the photo in the original article")


def _ui(source: str) -> str:
    """A StoryDocument string in the UI language."""
    return QCoreApplication.translate("StoryDocument", source)


class Typography(NamedTuple):
    """How the reading pane sets type: a family (None: Qt's default), a body size in points, a theme."""

    family: str | None
    size: float
    theme: Theme

    def font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        """The body font scaled, optionally bold."""
        font = QFont(self.family) if self.family else QFont()
        font.setPointSizeF(self.size * scale)
        font.setBold(bold)
        return font

    def em(self) -> float:
        """Width of one Chinese character of body text, in pixels."""
        return QFontMetricsF(self.font()).horizontalAdvance("中")


class StoryLayout:
    """Where the parts and fields of a rendered story sit in the document (character positions).
    (A plain class: a dataclass compiles its methods as it is made, before the first paint.)"""

    def __init__(self) -> None:
        self.item_ids: list[str] = []
        self.part_starts: dict[str, int] = {}
        self.images: dict[str, str] = {}   # item id -> the image file shown in its frame
        # (item id, field, block index or None) -> position of the field's first character;
        # field is one of title, kicker, subtitle, byline, block (the names `search --json` uses)
        self.fields: dict[tuple[str, str, int | None], int] = {}

    def position(self, item_id: str, field_name: str, block: int | None = None,
                 offset: int = 0) -> int | None:
        """The document position of an offset in a field; None when that field is not shown."""
        start = self.fields.get((item_id, field_name, block))
        return None if start is None else start + offset


def _dateline_end(text: str, dateline: str) -> int | None:
    """Where a dateline that opens text ends (spaces inside it ignored: 本报 讯), or None."""
    wanted = "".join(dateline.split())
    matched = 0
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        if matched == len(wanted) or ch != wanted[matched]:
            break
        matched += 1
        if matched == len(wanted):
            return i + 1
    return None


def _names_open_the_text(item: Item, within: int = 60) -> bool:
    """True when the first block shown names every author readably near its start (本报讯（记者 林晓舟）…):
    the byline is not repeated over it. A first block that is only the byline is not shown (see _body);
    names run together (张洁卢睿) do not count as read."""
    if not item.blocks or not item.byline or opens_with_byline(item):
        return False
    return names_readable_in(item.blocks[0].text[:within], item.byline)


class StoryWriter:
    """Writes one story (its parts in reading order) into a document."""

    def __init__(self, doc: QTextDocument, issue: Issue, typo: Typography,
                 keywords: dict[str, list[str]] | None = None, column: float | None = None) -> None:
        self.doc = doc
        self.issue = issue
        self.typo = typo
        self.keywords = keywords or {}
        self.cursor = QTextCursor(doc)
        self.layout = StoryLayout()
        self._first_block = True
        self._em = typo.em()
        widest = self._em * PHOTO_MEASURE_CHARS                  # a photo: at most this wide, and inside
        self._photo_px = int(widest if column is None else min(widest, column - self._em * 1.4 - 4))  # its frame
        self._char_formats: dict[tuple[float, bool, str | None], QTextCharFormat] = {}

    # formats
    def _chars(self, scale: float = 1.0, bold: bool = False, colour: str | None = None) -> QTextCharFormat:
        key = (scale, bold, colour)
        fmt = self._char_formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            fmt.setFont(self.typo.font(scale, bold),
                        QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll)
            fmt.setForeground(solid_brush(colour or self.typo.theme.ink))
            self._char_formats[key] = fmt
        return fmt

    def _link(self, href: str, scale: float, colour: str | None = None) -> QTextCharFormat:
        fmt = QTextCharFormat(self._chars(scale, colour=colour or self.typo.theme.link))   # a copy
        fmt.setAnchor(True)
        fmt.setAnchorHref(href)
        return fmt

    def _block(self, align: int = ALIGN_JUSTIFY, indent: float = 0.0,
               top: float = 0.0, bottom: float = 0.0, line_height: int = LINE_HEIGHT_PERCENT) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setProperty(QTextFormat.Property.BlockAlignment, align)
        fmt.setTextIndent(indent)
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        fmt.setLineHeight(float(line_height), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return fmt

    def _new_block(self, fmt: QTextBlockFormat, chars: QTextCharFormat) -> None:
        if self._first_block:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(chars)
            self._first_block = False
        else:
            self.cursor.insertBlock(fmt, chars)

    def _text(self, text: str, fmt: QTextCharFormat) -> int:
        """Insert text as plain characters; return where it starts. Line breaks stay line breaks."""
        start = self.cursor.position()
        self.cursor.insertText(text.replace("\r", " ").replace("\n", "\u2028"), fmt)
        return start

    def _line(self, text: str, chars: QTextCharFormat, block: QTextBlockFormat) -> int:
        self._new_block(block, chars)
        return self._text(text, chars)

    # pieces
    def _field(self, item: Item, name: str, text: str, chars: QTextCharFormat, block: QTextBlockFormat) -> None:
        self.layout.fields[(item.id, name, None)] = self._line(text.replace("\n", " "), chars, block)

    def _links_line(self, pieces: list[tuple[str, str | None]], scale: float, colour: str,
                    top: float, bottom: float) -> None:
        """A centred line of text pieces, each a link when it has an href."""
        block = self._block(ALIGN_HCENTER, top=top, bottom=bottom, line_height=110)
        plain = self._chars(scale, colour=colour)
        self._new_block(block, plain)
        for i, (text, href) in enumerate(pieces):
            if i:
                self._text("  ·  ", plain)
            self._text(text, self._link(href, scale, colour) if href else plain)

    def _page_piece(self, template: str, page: int) -> tuple[str, str | None]:
        href = f"{PAGE_LINK}:{page}" if self.issue.page(page) is not None else None
        return template.format(page=page), href

    def _seam(self, before: Item, after: Item) -> None:
        """The join between two parts: 转第3版 · 上接第1版, each half a link to its page."""
        pieces = [self._page_piece(_ui(CONTINUED_ON), after.page),
                  self._page_piece(_ui(CONTINUED_FROM), before.page)]
        self.layout.part_starts[after.id] = self.cursor.position() + 1
        self._links_line(pieces, 0.8, self.typo.theme.accent, top=self._em * 1.2, bottom=self._em * 0.8)

    def _missing(self, template: str, page: int) -> None:
        """A jump whose other part is not in the issue, said in place."""
        if self.issue.page(page) is None:
            note = _ui(PAGE_NOT_IN_ISSUE).format(page=page)
        else:
            note = _ui(PART_NOT_FOUND).format(page=page)
        self._links_line([self._page_piece(template, page), (note, None)], 0.8,
                         self.typo.theme.muted, top=self._em * 0.8, bottom=self._em * 0.8)

    def _head(self, item: Item) -> None:
        """Kicker, headline, subtitle, byline (and keywords) of the first part."""
        t = self.typo.theme
        centre = ALIGN_HCENTER
        if item.column:
            self._field(item, "column", item.column, self._chars(0.8, colour=t.accent),
                        self._block(centre, line_height=105))
        if item.kicker:
            self._field(item, "kicker", item.kicker, self._chars(0.9, colour=t.muted),
                        self._block(centre, bottom=self._em * 0.2, line_height=105))
        if item.title:
            self._field(item, "title", item.title, self._chars(1.6, bold=True),
                        self._block(centre, top=self._em * 0.2, bottom=self._em * 0.3, line_height=100))
        if item.subtitle:
            self._field(item, "subtitle", item.subtitle, self._chars(1.05, colour=t.muted),
                        self._block(centre, bottom=self._em * 0.2, line_height=105))
        byline = "" if item.kind == "photo" else item.byline_text or "　".join(item.byline)   # a photo's credit
        if byline and _names_open_the_text(item):                                          # is in its frame
            byline = ""   # 本报讯（记者 林晓舟）… or a first line 本报记者 刘钊 already names them
        if byline:
            self._field(item, "byline", byline, self._chars(0.85, colour=t.muted),
                        self._block(centre, top=self._em * 0.4, line_height=105))
        words = self.keywords.get(item.id)
        if words:
            self._links_line([(w, f"{KEYWORD_LINK}:{w}") for w in words], 0.75, t.muted,
                             top=self._em * 0.3, bottom=0)
        if item.kind != "photo" or item.title or item.kicker or item.subtitle or words:
            self._rule()

    def _rule(self) -> None:
        """A short centred rule between the headline group and the text."""
        self._links_line([("———", None)], 0.8, self.typo.theme.accent, top=self._em * 0.2, bottom=self._em * 0.6)

    def _photo_frame(self, item: Item, captions: list[tuple[int, Block]], whole_photo: bool) -> None:
        """A photo in a frame: its image (when on disk), captions and credit; else a link to the original.

        whole_photo: the item is a photo (credit and image are its own); otherwise captions of a photo
        printed inside an article.
        """
        t = self.typo.theme
        fmt = QTextFrameFormat()
        fmt.setBorder(1.0)
        fmt.setBorderBrush(solid_brush(t.muted))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setPadding(self._em * 0.6)
        fmt.setTopMargin(self._em * 0.6)
        fmt.setBottomMargin(self._em * 0.6)
        frame = self.cursor.insertFrame(fmt)
        self._first_block = True
        from .photos import load_photo  # QImage and its readers: only for a story with a photo
        image = load_photo(item.image, self._photo_px) if whole_photo else None
        small = self._chars(0.8, colour=t.muted)
        if image is not None:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QTextImageFormat  # (a Qt type made at import costs its enums)
            name = f"photo-{len(self.layout.images)}:{item.id}"
            self.doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            self.doc.setProperty(PHOTOS_PROPERTY, True)
            picture = QTextImageFormat()
            picture.setName(name)
            picture.setWidth(float(image.width()))
            picture.setHeight(float(image.height()))
            self._new_block(self._block(ALIGN_HCENTER, bottom=self._em * 0.3, line_height=100), small)
            self.cursor.insertImage(picture)
            self.layout.images[item.id] = str(item.image)
        else:
            self._line("［" + _ui(PHOTO) + "］", small, self._block(ALIGN_LEFT, bottom=self._em * 0.2,
                                                                     line_height=105))
        chars = self._chars(0.9)
        for index, blk in captions:
            self._new_block(self._block(ALIGN_JUSTIFY, bottom=self._em * 0.2, line_height=115), chars)
            self.layout.fields[(item.id, "block", index)] = self._text(blk.text, chars)
        credit = (item.byline_text or "　".join(item.byline)) if whole_photo else ""
        if credit:
            self._field(item, "byline", credit, small, self._block(ALIGN_RIGHT, top=self._em * 0.2,
                                                                    line_height=105))
        if whole_photo and image is None and item.link:
            self._new_block(self._block(ALIGN_LEFT, top=self._em * 0.3, line_height=105), small)
            self._text(_ui(PHOTO_IN_ORIGINAL), self._link(f"{ORIGINAL_LINK}:{item.id}", 0.8))
        self.cursor.setPosition(frame.lastPosition() + 1)
        self._first_block = True

    def _body(self, item: Item) -> None:
        """The blocks: a photo's captions in its frame first; captions inside an article framed in place."""
        if item.kind == "photo":
            self._photo_frame(item, [(i, b) for i, b in enumerate(item.blocks) if b.kind == "caption"], True)
        dateline = item.dateline
        run: list[tuple[int, Block]] = []     # captions inside an article, waiting for their frame
        for index, blk in enumerate(item.blocks):
            if index == 0 and opens_with_byline(item):
                continue        # the byline as printed: shown under the headline, from the authors' list
            if blk.kind == "caption":
                if item.kind != "photo":
                    run.append((index, blk))
                continue
            if run:
                self._photo_frame(item, run, False)
                run = []
            if blk.kind == "heading":
                chars = self._chars(1.0, bold=True)
                self._new_block(self._block(ALIGN_LEFT, top=self._em * 0.6, bottom=self._em * 0.2),
                                chars)
            else:
                chars = self._chars()
                self._new_block(self._block(indent=self._em * 2), chars)
                end = _dateline_end(blk.text, dateline) if dateline else None
                if end:   # 新华社北京6月11日电 already opens the text: set it bold in place
                    self.layout.fields[(item.id, "block", index)] = self._text(blk.text[:end], self._chars(bold=True))
                    self._text(blk.text[end:], chars)
                    dateline = None
                    continue
                if dateline:
                    self._text(dateline + "　", self._chars(bold=True))
                dateline = None
            self.layout.fields[(item.id, "block", index)] = self._text(blk.text, chars)
        if run:
            self._photo_frame(item, run, False)

    def _ending(self, item: Item) -> None:
        """Notes at the end of a part: text cut off, related reports on other pages."""
        t = self.typo.theme
        if not item.complete:
            self._links_line([(_ui(CUT_OFF), None)], 0.8, t.muted,
                             top=self._em * 0.6, bottom=0)
        refs = [r for r in dict.fromkeys(item.cross_refs) if r != item.page]
        if refs:
            pieces = [self._page_piece(_ui(RELATED_ON), r) for r in refs]
            self._links_line(pieces, 0.8, t.muted, top=self._em * 0.6, bottom=0)

    def write(self, items: list[Item]) -> StoryLayout:
        """Write the story's parts in order with seams and notes; return where things went."""
        for i, item in enumerate(items):
            self.layout.item_ids.append(item.id)
            if i == 0:
                self.layout.part_starts[item.id] = 0
                if item.continued_from is not None:
                    self._missing(_ui(CONTINUED_FROM), item.continued_from)
                self._head(item)
            self._body(item)
            self._ending(item)
            nxt = items[i + 1] if i + 1 < len(items) else None
            if nxt is not None:
                self._seam(item, nxt)
            elif item.continues_to is not None:
                self._missing(_ui(CONTINUED_ON), item.continues_to)
        return self.layout


def write_message(doc: QTextDocument, typo: Typography, text: str) -> None:
    """Clear doc and put one muted centred message in it (nothing open yet)."""
    doc.clear()
    doc.setDefaultFont(typo.font())
    writer = StoryWriter(doc, Issue(format=""), typo)
    writer._links_line([(text, None)], 1.0, typo.theme.muted, top=typo.em() * 4, bottom=0)


def write_story(doc: QTextDocument, issue: Issue, items: list[Item], typo: Typography,
                keywords: dict[str, list[str]] | None = None, column: float | None = None) -> StoryLayout:
    """Replace what doc holds with the story made of items, in one edit (column: the text's width in
    pixels, for photos).

    One edit is laid out once, when it ends (a cleared document and then every insertion would each
    be laid out, and the pane's scroll bar would go and come back with the empty document, laying the
    story out twice more, at two widths). A document holding photos is cleared first: clearing is what
    drops their images.
    """
    if doc.property(PHOTOS_PROPERTY):
        doc.clear()
        doc.setProperty(PHOTOS_PROPERTY, False)
    writer = StoryWriter(doc, issue, typo, keywords, column)
    cursor = writer.cursor
    held_text = not doc.isEmpty()
    cursor.beginEditBlock()
    try:
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.removeSelectedText()
        left = doc.firstBlock().layout() if held_text else None   # (QTextLayout's type: not at start-up)
        if left is not None and left.formats():
            left.clearFormats()        # the block left over keeps a highlighter's colours otherwise
        font = typo.font()
        if doc.defaultFont() != font:  # lays the document out at once, edit or not: only when it changes
            doc.setDefaultFont(font)
        return writer.write(items)
    finally:
        cursor.endEditBlock()
