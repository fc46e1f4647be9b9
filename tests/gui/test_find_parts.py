"""The find feature's parts on their own: the results model, the byline mapping, the hit highlighter."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextDocument

from reader.core.reading_order import in_reading_order, reading_keys
from reader.core.search.issue_search import IssueIndex
from reader.gui.find.results_panel import HitResultsModel, ResultRole
from reader.gui.reading.highlights import HitHighlighter, byline_offsets, hit_formats

pytestmark = pytest.mark.gui


def test_results_model_passes_modeltester(qtmodeltester, issue) -> None:
    model = HitResultsModel()
    hits = in_reading_order(IssueIndex(issue).search("各地"), reading_keys(issue))
    model.set_hits(issue, hits)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3 and model.hit_count() == 15
    for position in (0, 7, 14):
        index = model.index_of_hit(position)
        assert index.data(ResultRole.HIT_INDEX) == position and index.parent().isValid()
    assert not model.index_of_hit(15).isValid()
    model.set_hits(issue, IssueIndex(issue).search("农"))   # watched by the tester through the reset
    model.set_hits(issue, [])
    assert model.rowCount() == 0


@pytest.mark.parametrize(("shown", "names", "expected"), [
    ("本报记者 李明 王芳", ["李明", "王芳"], [5, 6, None, 8, 9]),
    ("本报记者  李佩阳  周  欢", ["李佩阳", "周欢"], [6, 7, 8, None, 11, 14]),
    ("本报讯（记者 林晓舟）3月1日", ["林晓舟"], [7, 8, 9]),
    ("记者 ＡＢＣ", ["abc"], [3, 4, 5]),                     # width and case folded
    ("记者 王芳", ["王芳", "李明"], None),                     # a name that is not there
    ("王王芳", ["王芳"], [1, 2]),                             # a false start is passed over
])
def test_byline_offsets_map_names_onto_the_printed_byline(shown: str, names: list[str],
                                                          expected: list[int | None] | None) -> None:
    mapping = byline_offsets(shown, names)
    assert mapping == expected
    if mapping is not None:
        assert len(mapping) == len("、".join(names))
        joined = "、".join(names)
        for i, at in enumerate(mapping):
            if at is not None:
                assert shown[at].lower() == joined[i].lower() or ord(shown[at]) - 0xFEE0 == ord(joined[i].upper())


def _document(paragraphs: list[str]) -> QTextDocument:
    doc = QTextDocument()
    cursor = QTextCursor(doc)
    for i, text in enumerate(paragraphs):
        if i:
            cursor.insertBlock()
        cursor.insertText(text)
    return doc


def _marked(doc: QTextDocument) -> list[tuple[int, int, str]]:
    """(block number, start, text) of every highlighted range."""
    found = []
    block = doc.begin()
    while block.isValid():
        for fmt in block.layout().formats():
            found.append((block.blockNumber(), fmt.start, block.text()[fmt.start:fmt.start + fmt.length]))
        block = block.next()
    return found


def test_highlighter_redraws_only_blocks_whose_spans_changed(qapp) -> None:
    doc = _document(["甲乙丙", "丁戊己", "庚辛壬"])
    highlighter = HitHighlighter(doc)
    highlighter.set_palette(QPalette())
    assert highlighter.set_spans([(0, 1, True), (5, 7, False)]) == 2
    assert _marked(doc) == [(0, 0, "甲"), (1, 1, "戊己")]
    assert highlighter.set_spans([(0, 1, False), (5, 7, False)]) == 1          # only block 0 changed
    assert highlighter.set_spans([(0, 1, False), (5, 7, False)]) == 0
    assert highlighter.set_spans([(9, 10, True)], visible=range(0, 1)) == 1     # block 0 cleared now ...
    assert highlighter.pending() == 2 and (1, 1, "戊己") in _marked(doc)         # ... the others wait
    assert highlighter.draw_now() == 2 and highlighter.pending() == 0
    assert _marked(doc) == [(2, 1, "辛")]
    every, current = hit_formats(QPalette())
    formats = doc.findBlockByNumber(2).layout().formats()
    assert formats[0].format.background() == current.background()
    assert every.background() != current.background()


def test_spans_left_from_another_text_colour_nothing(qapp) -> None:
    doc = _document(["甲乙丙", "丁戊己"])
    highlighter = HitHighlighter(doc)
    highlighter.set_spans([(4, 6, True)])
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText("子丑寅\n卯辰巳")            # another story written while the old spans are held
    assert _marked(doc) == []


def test_palette_change_recolours_what_is_drawn(qapp) -> None:
    doc = _document(["甲乙丙"])
    highlighter = HitHighlighter(doc)
    light = QPalette()
    highlighter.set_palette(light)
    highlighter.set_spans([(0, 1, False)])
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#3a4a63"))
    assert highlighter.set_palette(dark) and not highlighter.set_palette(dark)
    highlighter.set_spans([(0, 1, False)])
    formats = doc.firstBlock().layout().formats()
    colour = formats[0].format.background().color()
    assert colour == hit_formats(dark)[0].background().color() != hit_formats(light)[0].background().color()
