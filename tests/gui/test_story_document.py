"""Typesetting a story: escaped text, seams, notes in place, fields where the layout map says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QTextDocument

from reader.core.model import Issue
from reader.gui.reading.fonts import choose_font, installed_families
from reader.gui.reading.story_document import Typography, write_story
from reader.gui.reading.themes import THEMES

pytestmark = pytest.mark.gui


@pytest.fixture
def typo(qapp) -> Typography:
    return Typography(choose_font(installed_families()).family, 15.0, THEMES["light"])


def anchors(doc: QTextDocument) -> list[tuple[str, str]]:
    """(text, href) of every link in the document."""
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().isAnchor():
                found.append((frag.text(), frag.charFormat().anchorHref()))
            it += 1
        block = block.next()
    return found


def test_text_that_looks_like_html_stays_text(issue: Issue, typo: Typography) -> None:
    doc = QTextDocument()
    layout = write_story(doc, issue, issue.story_items("p1-2"), typo)
    text = doc.toPlainText()
    assert "<b>x</b> & <i>标题</i>" in text
    assert "<script>alert(1)</script>" in text
    start = layout.position("p1-2", "title")
    assert start is not None
    block = doc.findBlock(start)
    italic = [f for f in _fragments(block) if f.charFormat().fontItalic()]
    assert italic == []
    assert anchors(doc) == []


def _fragments(block):  # type: ignore[no-untyped-def]
    it = block.begin()
    while not it.atEnd():
        yield it.fragment()
        it += 1


def test_story_in_one_flow_with_seam_links(issue: Issue, typo: Typography) -> None:
    doc = QTextDocument()
    layout = write_story(doc, issue, issue.story_items("p3-2"), typo)   # the continued part
    assert layout.item_ids == ["p1-1", "p3-2"]
    text = doc.toPlainText()
    assert text.index("春耕备耕有序推进") < text.index("Continued on page 3") < text.index("各地还加强了农资供应保障")
    assert ("Continued on page 3", "page:3") in anchors(doc)
    assert ("Continued from page 1", "page:1") in anchors(doc)
    assert layout.part_starts["p3-2"] > layout.part_starts["p1-1"]
    # each block is where the map says it is
    for item in issue.story_items("p1-1"):
        for i, blk in enumerate(item.blocks):
            pos = layout.position(item.id, "block", i)
            assert pos is not None
            cursor_text = text[pos: pos + len(blk.text)]
            assert cursor_text == blk.text
    title_pos = layout.position("p1-1", "title", offset=2)
    assert title_pos is not None and text[title_pos: title_pos + 2] == "备耕"


def test_missing_part_and_cut_off_text_said_in_place(issue: Issue, typo: Typography) -> None:
    doc = QTextDocument()
    write_story(doc, issue, issue.story_items("p1-3"), typo)
    text = doc.toPlainText()
    assert "Continued on page 4" in text and "page 4 is not in this issue" in text
    assert text.index("老旧小区改造") < text.index("page 4 is not in this issue")
    assert not any(href == "page:4" for _, href in anchors(doc))   # nothing to link to
    write_story(doc, issue, issue.story_items("p2-2"), typo)
    text = doc.toPlainText()
    assert text.rstrip().endswith("The text breaks off here in the source.")


def test_copy_resolves_to_original_story(issue: Issue, typo: Typography) -> None:
    doc = QTextDocument()
    layout = write_story(doc, issue, issue.story_items("p3-3"), typo)
    assert layout.item_ids == ["p1-2"]


def test_paper_typesetting(issue: Issue, typo: Typography) -> None:
    doc = QTextDocument()
    layout = write_story(doc, issue, issue.story_items("p1-1"), typo)
    body = doc.findBlock(layout.position("p1-1", "block", 0) or 0)
    heading = doc.findBlock(layout.position("p1-1", "block", 1) or 0)
    em = QFontMetricsF(typo.font()).horizontalAdvance("中")
    assert body.blockFormat().textIndent() == pytest.approx(2 * em)
    assert body.blockFormat().lineHeight() >= 120
    assert heading.blockFormat().textIndent() == 0
    assert heading.charFormat().font().bold() or next(_fragments(heading)).charFormat().font().bold()
    title = doc.findBlock(layout.position("p1-1", "title") or 0)
    kicker = doc.findBlock(layout.position("p1-1", "kicker") or 0)
    title_size = next(_fragments(title)).charFormat().font().pointSizeF()
    kicker_size = next(_fragments(kicker)).charFormat().font().pointSizeF()
    assert title_size > typo.size > kicker_size
    # alignments and colours are set without PySide's Qt enums (see story_document, themes): as Qt reads them
    assert title.blockFormat().alignment() == Qt.AlignmentFlag.AlignHCenter
    assert body.blockFormat().alignment() == Qt.AlignmentFlag.AlignJustify
    assert heading.blockFormat().alignment() == Qt.AlignmentFlag.AlignLeft
    assert next(_fragments(kicker)).charFormat().foreground().color().name() == typo.theme.muted
    assert next(_fragments(body)).charFormat().foreground().style() == Qt.BrushStyle.SolidPattern
    first = next(_fragments(body))
    assert first.text() == "新华社北京3月1日电　" and first.charFormat().font().bold()
    if typo.family:
        assert next(_fragments(body)).charFormat().font().family() == typo.family


def test_serif_preference_order() -> None:
    assert choose_font(["SimSun", "Noto Serif CJK SC", "Songti SC"]).family == "Noto Serif CJK SC"
    assert choose_font(["simsun", "Songti SC"]).family == "Songti SC"
    assert choose_font(["DejaVu Sans", "simsun"]).family == "simsun"
    sans = choose_font(["DejaVu Sans", "Noto Sans CJK SC"])
    assert sans.family == "Noto Sans CJK SC" and not sans.serif
    assert choose_font([]).missing
    assert choose_font(["DejaVu Sans"]).missing


def test_dateline_in_the_text_is_set_bold_in_place(typo: Typography) -> None:
    from reader.core.model import Block, Item
    item = Item("p1-1", title="标题", dateline="新华社北京6月11日电", byline=["李明"],
                blocks=[Block("paragraph", "新华社北京6月11日电  记者李明报道，会议召开。")])
    issue = Issue(format="test", pages=[])
    doc = QTextDocument()
    layout = write_story(doc, issue, [item], typo)
    block = doc.findBlock(layout.position("p1-1", "block", 0) or 0)
    pieces = [(f.text(), f.charFormat().font().bold()) for f in _fragments(block)]
    assert pieces == [("新华社北京6月11日电", True), ("  记者李明报道，会议召开。", False)]
    assert doc.toPlainText().count("李明") == 1     # the byline is not repeated above the text
    assert layout.position("p1-1", "byline") is None


def test_dateline_with_a_space_inside_is_not_repeated(typo: Typography) -> None:
    from reader.core.model import Block, Item
    item = Item("p2-1", title="标题", dateline="本报讯",
                blocks=[Block("paragraph", "本报 讯 记者 史光浩报道 7月9日，会议召开。")])
    doc = QTextDocument()
    layout = write_story(doc, Issue(format="test"), [item], typo)
    block = doc.findBlock(layout.position("p2-1", "block", 0) or 0)
    pieces = [(f.text(), f.charFormat().font().bold()) for f in _fragments(block)]
    assert pieces == [("本报 讯", True), (" 记者 史光浩报道 7月9日，会议召开。", False)]
    item.blocks[0].text = "7月9日，会议召开。"      # a dateline the importer took out of the text is shown
    write_story(doc, Issue(format="test"), [item], typo)
    assert "本报讯　7月9日，会议召开。" in doc.toPlainText()
