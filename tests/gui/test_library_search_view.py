"""Searching the library from the reader: grouped results, order, paging, plain-text snippets, opening a hit."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from reader.core.library.records import ArticleRef
from reader.core.library.results import LibraryHit
from reader.core.library_snippets import term_spans
from reader.gui.library.controller import LibraryController
from reader.gui.library.search_view import HitDelegate, LibraryResultsModel, ResultRole
from reader.gui.startup import Reader

from .helpers import SAMPLE, TIMEOUT, type_text

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
    qtbot.waitUntil(lambda: bool(reader.reading.marks.highlighter.spans()), timeout=TIMEOUT)
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


# ---- the date range, the empty states, the hint, snippets that show their hit, one search at a time

def test_a_date_range_narrows_the_search_as_the_cli_does(qtbot, filled: LibraryController) -> None:
    view = filled.search_view
    search(qtbot, filled, "口袋公园")
    assert view.total == 2
    type_text(view.from_edit, "2024")
    view.search_now()
    qtbot.waitUntil(lambda: view.request is not None and view.summary.text() == "Articles 1–1 of 1", timeout=TIMEOUT)
    assert view.request.date_from == dt.date(2024, 1, 1) and view.request.date_to is None
    assert [h.article.date for h in hits_of(view.model)] == [dt.date(2024, 2, 5)]
    view.from_edit.clear()
    type_text(view.to_edit, "2023年12月")                           # Chinese dates too: the month's last day
    view.search_now()
    qtbot.waitUntil(lambda: view.summary.text() == "Articles 1–1 of 1", timeout=TIMEOUT)
    assert view.request.date_to == dt.date(2023, 12, 31)
    assert [h.article.date for h in hits_of(view.model)] == [dt.date(2023, 12, 30)]


def test_a_date_that_is_not_one_is_said_and_nothing_is_searched(qtbot, filled: LibraryController) -> None:
    view = filled.search_view
    search(qtbot, filled, "口袋公园")
    type_text(view.from_edit, "去年")
    view.search_now()
    assert view.request is None and view.model.rowCount() == 0
    assert "2026-06" in view.summary.text()


def test_before_a_query_the_view_says_how_to_search(qtbot, filled: LibraryController) -> None:
    view = filled.search_view
    filled.show_search()
    assert view.results.currentWidget() is view.empty
    assert "every issue in the library is searched" in view.empty.text()
    assert '"民营经济"' in view.empty.text() and "-民营" in view.empty.text()
    assert view.hint.isVisible() and "-word" in view.hint.text() and view.edit.toolTip() == view.hint.text()


def test_a_query_without_results_says_so_and_how_to_widen_it(qtbot, filled: LibraryController) -> None:
    view = filled.search_view
    view.paper_box.setCurrentIndex(view.paper_box.findData("北岸晚报"))
    search(qtbot, filled, "没有这样的词语")
    assert view.results.currentWidget() is view.empty
    text = view.empty.text()
    assert "“没有这样的词语”" in text and "paper and dates" in text and "Traditional = Simplified" in text
    search(qtbot, filled, "口袋公园")
    assert view.results.currentWidget() is view.tree


def test_an_empty_library_says_so_where_results_would_be(qtbot, library: LibraryController) -> None:
    library.show_search()
    qtbot.waitUntil(lambda: library.search_view.library_issues == 0, timeout=TIMEOUT)
    assert "The library is empty" in library.search_view.empty.text()


def test_a_snippet_too_wide_for_its_row_is_cut_around_its_hit() -> None:
    ref = ArticleRef(1, 1, "报:2024-01-01", "报", dt.date(2024, 1, 1), 2, "p2-1", "长标题" * 10)
    text = "前文" * 40 + "口袋公园" + "后文" * 40
    at = text.index("口袋公园")
    model = LibraryResultsModel()
    model.set_hits([LibraryHit(ref, text, ((at, 4),), "block", 0)], ["口袋公园"])
    row = model.index(0, 0, model.index(0, 0))
    font = QFont()
    width = 20 * QFontMetricsF(font).horizontalAdvance("中")       # room for about 20 characters
    title, snippet = HitDelegate.layouts(row, font, width)
    shown = snippet.text()
    assert shown.startswith("…") and shown.endswith("…") and "口袋公园" in shown
    middle = shown.index("口袋公园") + 2
    assert abs(middle - len(shown) / 2) <= 3                           # the hit in the middle
    bold = [shown[r.start:r.start + r.length] for r in snippet.formats()]
    assert bold == ["口袋公园"]
    assert QFontMetricsF(font).horizontalAdvance(shown) <= width + 1
    assert title.text().startswith("Page 2 · 长标题") and title.text().endswith("…")
    assert HitDelegate.layouts(row, font)[1].text() == text             # unmeasured: whole


def test_one_search_surface_at_a_time(qtbot, reader: Reader, filled: LibraryController) -> None:
    reader.session.set_issue(reader.session.open_now(str(SAMPLE)), str(SAMPLE))
    search(qtbot, filled, "口袋公园")
    assert filled.search_dock.isVisible()
    find = reader.find
    find.open("城市")                                                   # Ctrl+F: the library search closes
    assert find.bar.isVisible() and find.dock.isVisible() and not filled.search_dock.isVisible()
    filled.show_search()                                                # Ctrl+Shift+F: find closes, clears
    assert filled.search_dock.isVisible() and not find.bar.isVisible() and not find.dock.isVisible()
    assert find.bar.text() == ""
    row = filled.search_view.model.index(0, 0, filled.search_view.model.index(0, 0))
    with qtbot.waitSignal(reader.session.issue_loaded, timeout=TIMEOUT):
        filled.search_view.hit_activated.emit(row.data(ResultRole.HIT), filled.search_view.request)
    qtbot.waitUntil(lambda: find.bar.isVisible(), timeout=TIMEOUT)      # a result: its query shown in the issue,
    assert filled.search_dock.isVisible() and not find.dock.isVisible()   # the library's results stay
    type_text(find.bar.edit, "年")                                      # typing in the find bar: find's turn
    qtbot.waitUntil(lambda: not filled.search_dock.isVisible(), timeout=TIMEOUT)
