"""The find feature's parts on their own: the results model, the byline mapping, the hit highlighter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from reader.core.reading_order import in_reading_order, reading_keys
from reader.core.search.issue_search import IssueIndex
from reader.gui.find.results_panel import HitResultsModel, ResultRole, ResultsPanel
from reader.gui.reading.highlights import HitHighlighter, byline_offsets, hit_formats
from reader.gui.reading.tints import Tint, span_rects

from .helpers import wait_exposed

pytestmark = pytest.mark.gui


def test_results_model_passes_modeltester(qtmodeltester, issue) -> None:
    model = HitResultsModel()
    hits = in_reading_order(IssueIndex(issue).search("各地"), reading_keys(issue))
    model.set_hits(issue, hits)
    qtmodeltester.check(model, force_py=True)
    assert model.group_count() == 3 and model.hit_count() == 15 and model.rowCount() == 3 + 15
    for position in (0, 7, 14):
        index = model.index_of_hit(position)
        assert index.data(ResultRole.HIT_INDEX) == position and not index.data(ResultRole.IS_GROUP)
    assert not model.index_of_hit(15).isValid()
    heading = model.index_of_group(1)              # each article's heading row just above its hits
    assert heading.data(ResultRole.IS_GROUP) and heading.row() == model.index_of_hit(7).row() - 1
    assert heading.data(ResultRole.HIT_INDEX) == 7  # a heading leads to its article's first hit
    model.set_hits(issue, IssueIndex(issue).search("农"))   # watched by the tester through the reset
    model.set_hits(issue, [])
    assert model.rowCount() == 0 and not model.index_of_group(0).isValid()


def test_results_list_is_laid_out_without_reading_its_rows(qtbot, issue, monkeypatch) -> None:
    """Thousands of hits are listed at once: laying the list out reads no row (only those in view
    are read, to be drawn), and the current hit, however far down, is brought into view."""
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 200)
    panel.show()
    wait_exposed(qtbot, panel)
    model = panel.model
    hits = in_reading_order(IssueIndex(issue).search("各地"), reading_keys(issue)) * 200   # 600 groups, 3000 hits
    read: list[int] = []
    data = HitResultsModel.data

    def counting(self, index, role=0):  # type: ignore[no-untyped-def]
        read.append(index.row())
        return data(self, index, role)

    monkeypatch.setattr(HitResultsModel, "data", counting)
    panel.set_hits(issue, hits)
    assert model.rowCount() == 3600
    panel.set_current(2999)
    panel.view.viewport().repaint()
    rows = panel.view.viewport().height() // panel.view.sizeHintForRow(0) + 2
    assert len(set(read)) <= 4 * rows        # the rows in view (and a few the view asks about)
    assert panel.view.currentIndex().data(ResultRole.HIT_INDEX) == 2999
    assert panel.view.visualRect(panel.view.currentIndex()).intersects(panel.view.viewport().rect())


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


class Pane:
    """Stands in for the pane: keeps the tints it is asked to draw, and counts the requests."""

    def __init__(self) -> None:
        self.marks: list[Tint] = []
        self.requests = 0

    def set_marks(self, marks: list[Tint]) -> None:
        self.marks, self.requests = marks, self.requests + 1

    def marked(self, doc: QTextDocument) -> list[tuple[int, str]]:
        """(start, text) of every tint drawn that covers some text."""
        text = doc.toPlainText()
        return [(m.start, text[m.start:m.end]) for m in self.marks if m.end > m.start]


def test_highlighter_draws_the_spans_in_view_and_the_rest_as_they_come_into_view(qapp) -> None:
    doc = _document(["甲乙丙", "丁戊己", "庚辛壬"])
    pane = Pane()
    highlighter = HitHighlighter(doc, pane.set_marks)
    highlighter.set_palette(QPalette())
    assert highlighter.set_spans([(0, 1, True), (5, 7, False), (9, 10, False)], visible=range(0, 1)) == 1
    assert pane.marked(doc) == [(0, "甲")]
    assert highlighter.show(range(0, 2)) == 2 and pane.marked(doc) == [(0, "甲"), (5, "戊己")]
    requests = pane.requests
    assert highlighter.show(range(0, 2)) == 2 and pane.requests == requests     # nothing new: nothing asked
    assert highlighter.show(None) == 3 and pane.marked(doc)[-1] == (9, "辛")
    every, current = hit_formats(QPalette())
    assert every.background() != current.background()
    assert [m.background for m in pane.marks] == [current.background().color(), every.background().color(),
                                                  every.background().color()]
    assert [m.ink for m in pane.marks] == [current.foreground().color(), None, None]   # only the current re-inked
    highlighter.set_spans([(9, 10, True)], visible=range(2, 3))
    assert pane.marked(doc) == [(9, "辛")] and pane.marks[0].background == current.background().color()
    assert highlighter.spans() == highlighter.drawn() == [(9, 10, True)]


def test_spans_left_from_another_text_colour_nothing(qapp) -> None:
    doc = _document(["甲乙丙", "丁戊己"])
    pane = Pane()
    highlighter = HitHighlighter(doc, pane.set_marks)
    highlighter.set_spans([(4, 6, True)])
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText("子丑寅\n卯辰巳")            # another story written while the old spans are held
    assert highlighter.show(None) == 0 and pane.marked(doc) == []


def test_palette_change_recolours_what_is_drawn(qapp) -> None:
    doc = _document(["甲乙丙"])
    pane = Pane()
    highlighter = HitHighlighter(doc, pane.set_marks)
    light = QPalette()
    highlighter.set_palette(light)
    highlighter.set_spans([(0, 1, False)])
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#3a4a63"))
    assert highlighter.set_palette(dark) and not highlighter.set_palette(dark)
    colour = pane.marks[0].background
    assert colour == hit_formats(dark)[0].background().color() != hit_formats(light)[0].background().color()


def test_tints_are_painted_beneath_the_text_and_only_what_changed_is_repainted(shown) -> None:
    """A tint fills the rectangles its span is set in; an inked tint has its text drawn again in its
    ink; changing one tint asks to repaint its rectangles alone."""
    pane = shown.reading.pane
    doc = pane.document()
    text = doc.toPlainText()
    start = text.index(next(ch for ch in text[40:] if "\u4e00" <= ch <= "\u9fff"), 40)
    tint = Tint(start, start + 2, QColor("#00ff00"))
    current = Tint(start + 4, start + 5, QColor("#0000ff"), QColor("#ffffff"))
    assert [r for r in pane.tints.set("test", [tint])]          # new: its rectangles are to repaint
    changed = pane.tints.set("test", [tint, current])
    assert changed == pane.tints.rects(current)                  # the one that came, not the one kept
    assert pane.tints.at(start) == [tint] and pane.tints.at(start + 4) == [current] and not pane.tints.at(start + 3)
    pane.set_tints("test", [tint, current])
    pane.scroll_to_position(start)
    image = pane.viewport().grab().toImage()
    x, y = pane.horizontalScrollBar().value(), pane.verticalScrollBar().value()
    (rect,) = pane.tints.rects(tint)
    corner = rect.translated(-x, -y).topLeft().toPoint() + QPoint(1, 1)
    assert image.pixelColor(corner) == QColor("#00ff00")         # the background, beneath the glyphs
    (inked,) = pane.tints.rects(current)
    box = inked.translated(-x, -y).toAlignedRect().adjusted(1, 1, -1, -1)
    colours = {image.pixelColor(px, py).name() for px in range(box.left(), box.right())
               for py in range(box.top(), box.bottom())}
    assert "#0000ff" in colours and any(c != "#0000ff" for c in colours)     # its glyphs drawn over it
    assert not any(QColor(c).lightness() < 60 for c in colours)              # in white, not the text's ink
    pane.set_tints("test", [])
    assert pane.tints.at(start) == []


def test_a_span_over_a_line_break_is_tinted_line_by_line(qapp) -> None:
    view = QTextEdit()
    view.setPlainText("甲乙丙丁戊己庚辛壬癸" * 30)
    view.resize(240, 300)
    view.show()
    doc = view.document()
    doc.documentLayout().blockBoundingRect(doc.lastBlock())
    line = doc.begin().layout().lineAt(0)
    end_of_line = line.textStart() + line.textLength()
    rects = span_rects(doc, end_of_line - 1, end_of_line + 1)
    assert len(rects) == 2 and rects[1].top() >= rects[0].bottom() - 0.5
    assert span_rects(doc, 3, 3) == []
