"""Searching the library from the reader: grouped results, order, paging, plain-text snippets, opening a hit."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont

from reader.core.library.records import ArticleRef
from reader.core.library.search import LibraryHit
from reader.core.library_snippets import term_spans
from reader.gui.library.controller import LibraryController
from reader.gui.library.search_view import HitDelegate, LibraryResultsModel, ResultRole
from reader.gui.startup import Reader

from .helpers import TIMEOUT, type_text

pytestmark = pytest.mark.gui


def search(qtbot, library: LibraryController, text: str) -> None:
    view = library.search_view
    library.show_search()
    assert library.search_dock.isVisible()
    view.edit.clear()
    type_text(view.edit, text)
    view.search_now()
    qtbot.waitUntil(lambda: view.summary.text() not in ("", "Searching…"), timeout=TIMEOUT)


def group_labels(model: LibraryResultsModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def hits_of(model: LibraryResultsModel) -> list[LibraryHit]:
    out = []
    for r in range(model.rowCount()):
        group = model.index(r, 0)
        out += [model.index(k, 0, group).data(ResultRole.HIT) for k in range(model.rowCount(group))]
    return out


def test_results_are_grouped_by_issue_newest_first_with_bold_hits(qtbot, filled: LibraryController) -> None:
    search(qtbot, filled, "口袋公园")
    view = filled.search_view
    assert view.summary.text() == "Articles 1–2 of 2"
    hits = hits_of(view.model)
    assert [(h.article.date, h.article.title) for h in hits] == [
        (dt.date(2024, 2, 5), "口袋公园里的年味"), (dt.date(2023, 12, 30), "老街口袋公园开放")]
    labels = group_labels(view.model)
    assert "北岸晚报" in labels[0] and "2024" in labels[0] and "2023" in labels[1]
    row = view.model.index(0, 0, view.model.index(0, 0))
    assert row.data() == "Page 1 · 口袋公园里的年味"
    assert row.data(ResultRole.TITLE_SPANS) == ((len("Page 1 · "), 4),)
    snippet, spans = row.data(ResultRole.SNIPPET), row.data(ResultRole.SPANS)
    assert "口袋公园" in snippet and snippet != "口袋公园里的年味"      # the text's hit, not the headline again
    assert [snippet[o:o + n] for o, n in spans] == ["口袋公园"]


def test_sort_by_relevance_and_paging(qtbot, filled: LibraryController) -> None:
    view = filled.search_view
    view.page_size = 1
    search(qtbot, filled, "记者")
    total = view.total
    assert total >= 4 and view.summary.text() == f"Articles 1–1 of {total}"
    first = hits_of(view.model)
    assert not view.previous_button.isEnabled() and view.next_button.isEnabled()
    view.next_button.click()
    qtbot.waitUntil(lambda: view.summary.text() == f"Articles 2–2 of {total}", timeout=TIMEOUT)
    second = hits_of(view.model)
    assert second[0].article.id < first[0].article.id                # newest first: ids fall
    assert view.previous_button.isEnabled()
    view.sort_box.setCurrentIndex(view.sort_box.findData("relevance"))
    qtbot.waitUntil(lambda: view.summary.text() == f"Articles 1–1 of {total}", timeout=TIMEOUT)
    assert view.request is not None and view.request.sort == "relevance"
    view.paper_box.setCurrentIndex(view.paper_box.findData("北岸晚报"))
    qtbot.waitUntil(lambda: view.request is not None and view.request.paper == "北岸晚报"
                    and "Searching" not in view.summary.text(), timeout=TIMEOUT)
    assert view.total < total and all(h.article.paper == "北岸晚报" for h in hits_of(view.model))


def test_the_query_language_and_no_match(qtbot, filled: LibraryController) -> None:
    view = filled.search_view
    search(qtbot, filled, "口袋公园 -年味")
    assert [h.article.title for h in hits_of(view.model)] == ["老街口袋公园开放"]
    search(qtbot, filled, "没有这样的词语")
    assert view.summary.text() == "No article matches." and view.model.rowCount() == 0
    view.edit.clear()
    view.search_now()
    assert view.summary.text() == "" and view.request is None


def test_snippets_are_plain_text(qtmodeltester) -> None:
    ref = ArticleRef(1, 1, "报:2024-01-01", "报", dt.date(2024, 1, 1), 2, "p2-1", "<b>粗</b> & <i>标签</i>")
    text = "正文<script>alert(1)</script>标签"
    at = text.index("标签")
    hit = LibraryHit(ref, text, ((at, 2),), "block", 0)
    model = LibraryResultsModel()
    model.set_hits([hit], ["标签"])
    qtmodeltester.check(model, force_py=True)
    row = model.index(0, 0, model.index(0, 0))
    assert row.data() == "Page 2 · <b>粗</b> & <i>标签</i>"          # shown as written
    title, snippet = HitDelegate.layouts(row, QFont())
    assert title.text() == row.data() and snippet.text() == hit.snippet
    bold = [(r.start, r.length) for r in snippet.formats() if r.format.fontWeight() == QFont.Weight.Bold]
    assert bold == [(at, 2)] and snippet.text()[at:at + 2] == "标签"
    title_bold = [title.text()[r.start:r.start + r.length] for r in title.formats()]
    assert title_bold == ["标签"]
    assert term_spans("繁體標籤", ["标签"], variants=True) == ((2, 2),)
    assert model.parent(QModelIndex()) == QModelIndex()


def test_opening_a_result_shows_the_article_with_the_query_highlighted(qtbot, reader: Reader,
                                                                      filled: LibraryController) -> None:
    search(qtbot, filled, "口袋公园")
    view = filled.search_view
    group = view.model.index(1, 0)
    row = view.model.index(0, 0, group)                               # 老街口袋公园开放, 2023-12-30 page 2
    view.tree.scrollTo(row)
    with qtbot.waitSignal(reader.session.issue_loaded, timeout=TIMEOUT):
        qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=view.tree.visualRect(row).center())
    qtbot.waitUntil(lambda: reader.find.bar.isVisible(), timeout=TIMEOUT)
    assert reader.session.location == "library:北岸晚报:2023-12-30"
    item = row.data(ResultRole.HIT).article.item
    assert reader.session.current_item_id == item and reader.session.issue.item(item).title == "老街口袋公园开放"
    find = reader.find
    assert find.bar.text() == "口袋公园"
    assert find.hits and find.hits[find.current].item == item          # the current hit is in this article
    qtbot.waitUntil(lambda: bool(reader.reading.marks.highlighter.block_spans()), timeout=TIMEOUT)
    span = find.current_span()                                        # (start, end) in the pane's document
    assert span is not None
    assert reader.reading.pane.document().toPlainText()[span[0]:span[1]] == "口袋公园"

    first = view.model.index(0, 0, view.model.index(0, 0))            # another issue's result
    with qtbot.waitSignal(reader.session.issue_loaded, timeout=TIMEOUT):
        view.hit_activated.emit(first.data(ResultRole.HIT), view.request)
    qtbot.waitUntil(lambda: reader.session.current_item_id == first.data(ResultRole.HIT).article.item, timeout=TIMEOUT)
    assert reader.session.location == "library:北岸晚报:2024-02-05"


def test_word_mode_is_passed_to_the_library_and_the_find_bar(qtbot, filled: LibraryController) -> None:
    view = filled.search_view
    view.word_box.setChecked(True)
    search(qtbot, filled, "公园")
    assert view.request is not None and view.request.options.word
    assert view.total >= 2
