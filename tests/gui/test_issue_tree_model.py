"""The sidebar's tree model over an issue, checked with qtmodeltester."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PySide6.QtCore import QModelIndex, Qt

from reader.core.model import Block, Issue, Item, Page
from reader.gui.reading.issue_tree_model import IssueTreeModel, Role
from reader.gui.reading.sidebar import IssueSidebar

pytestmark = pytest.mark.gui


def test_model_passes_modeltester(qtmodeltester, issue: Issue) -> None:
    model = IssueTreeModel()
    model.set_issue(issue)
    qtmodeltester.check(model, force_py=True)   # keeps watching the changes below
    model.set_hit_counts({"p1-1": 3})
    model.set_issue(None)
    assert model.rowCount() == 0
    model.set_issue(issue)
    assert model.rowCount() == 3


def test_a_search_hides_the_rows_without_hits_and_their_pages(qtbot, issue: Issue) -> None:
    sidebar = IssueSidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_issue(issue)
    sidebar.set_hit_counts({"p3-1": 2, "p1-2": 1})
    assert [page.data(Role.PAGE_NUMBER) for page in sidebar.shown_pages()] == [1, 3]
    shown = [row for page in sidebar.shown_pages() for row in sidebar.shown_items(page)]
    assert [row.data(Role.ITEM_ID) for row in shown] == ["p1-2", "p3-1"]
    assert shown[1].data(Role.HIT_COUNT) == 2
    assert not sidebar.select_item("p2-1") and sidebar.select_item("p3-1")   # a hidden row is not selected
    sidebar.set_hit_counts(None)
    assert [page.data(Role.PAGE_NUMBER) for page in sidebar.shown_pages()] == [1, 2, 3]
    assert sum(len(sidebar.shown_items(page)) for page in sidebar.shown_pages()) == 8


def test_rows_follow_pages_and_printed_order(issue: Issue) -> None:
    model = IssueTreeModel()
    model.set_issue(issue)
    assert model.rowCount() == len(issue.pages)
    for p, page in enumerate(issue.pages):
        parent = model.index(p, 0)
        assert parent.data(Role.NODE_KIND) == "page"
        assert model.rowCount(parent) == len(page.items)
        ids = [model.index(r, 0, parent).data(Role.ITEM_ID) for r in range(len(page.items))]
        assert ids == [it.id for it in page.items]
    first = model.index(0, 0, model.index(0, 0))
    assert first.data(Role.KICKER) == "坚持稳中求进"
    assert first.data(Role.SUBTITLE) == "——各地抓好农业生产"
    assert first.data() == "春耕备耕有序推进"
    assert model.index_of_item("p3-2").parent().row() == 2
    assert model.index_of_item("nope") == QModelIndex()
    assert model.index_of_page(4) == QModelIndex()


def test_page_label_and_marks(issue: Issue) -> None:
    model = IssueTreeModel()
    model.set_issue(issue)
    assert model.index(0, 0).data() == "Page 01 · 要闻"
    assert "张编" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)

    def marks(item_id: str) -> list[str]:
        return [label for label, _ in model.index_of_item(item_id).data(Role.MARKS)]

    assert marks("p1-1") == ["→p3"]
    assert marks("p3-2") == ["←p1"]
    assert marks("p3-3") == ["see p1"]
    assert marks("p2-1") == ["Photo"]
    assert marks("p1-2") == ["Photo"]      # a caption block means a photo
    assert marks("p2-2") == ["cut off"]
    assert marks("p3-1") == []
    assert model.index_of_item("p1-1").data(Role.HIT_COUNT) is None
    model.set_hit_counts({"p1-1": 4})
    assert model.index_of_item("p1-1").data(Role.HIT_COUNT) == 4
    assert model.index_of_item("p3-1").data(Role.HIT_COUNT) == 0


def _listed(sidebar: IssueSidebar) -> list[tuple[int, list[tuple[str, int | None]]]]:
    """The sidebar's rows as shown: each page with its items and their hit counts."""
    rows = []
    for page in sidebar.shown_pages():
        assert sidebar.tree.isExpanded(page)            # every page shown open
        rows.append((page.data(Role.PAGE_NUMBER), [(row.data(Role.ITEM_ID), row.data(Role.HIT_COUNT))
                                                   for row in sidebar.shown_items(page)]))
    return rows


def _expected(issue: Issue, counts: dict[str, int] | None) -> list[tuple[int, list[tuple[str, int | None]]]]:
    rows = []
    for page in issue.pages:
        items = [(it.id, None if counts is None else counts.get(it.id, 0)) for it in page.items
                 if counts is None or counts.get(it.id)]
        if items or counts is None:
            rows.append((page.number, items))
    return rows


def test_sidebar_follows_changing_counts_row_by_row(qtbot, issue: Issue) -> None:
    """Search after search, the rows shown are the items with hits (every row when no search), pages
    open; from one search to the next only the rows whose count changed are announced."""
    sidebar = IssueSidebar()
    qtbot.addWidget(sidebar)
    sidebar.resize(300, 500)
    sidebar.show()
    sidebar.set_issue(issue)
    ids = [it.id for it in issue.items()]
    announced: list[str] = []

    def on_changed(first: QModelIndex, last: QModelIndex, _roles: list[int]) -> None:
        announced.extend(first.sibling(row, 0).data(Role.ITEM_ID) for row in range(first.row(), last.row() + 1))

    sidebar.model.dataChanged.connect(on_changed)
    rng = random.Random(13)
    previous: dict[str, int] | None = None
    for _ in range(60):
        counts = None if rng.random() < 0.15 else {i: rng.randint(1, 12) for i in ids if rng.random() < 0.4}
        announced.clear()
        sidebar.set_hit_counts(counts)
        assert _listed(sidebar) == _expected(issue, counts)
        for item_id in ids:                  # what is drawn of a row follows its count
            row = sidebar.model.index_of_item(item_id)
            assert row.data(Role.ROW).hits == (row.data(Role.HIT_COUNT) or 0)
            assert row.data(Role.HIT_COUNT) == (None if counts is None else counts.get(item_id, 0))
        if previous is not None and counts is not None:
            changed = {i for i in ids if previous.get(i, 0) != counts.get(i, 0)}
            assert sorted(announced) == sorted(changed)
        previous = counts


def _many_pages(pages: int = 12, items: int = 7) -> Issue:
    """An issue of many short pages (as an e-paper feed is): most pages without hits in a search."""
    issue = Issue(format="test", paper="测试日报", date=dt.date(2026, 3, 1), source="many pages", pages=[
        Page(n, f"第{n}版", [], [Item(f"p{n}-{i}", title=f"第{n}版第{i}篇", blocks=[Block("paragraph", "正文。")])
                                 for i in range(1, items + 1)]) for n in range(1, pages + 1)])
    for page in issue.pages:
        for item in page.items:
            item.page = page.number
    return issue


def test_the_sidebar_follows_hundreds_of_searches_with_a_current_row(qtbot) -> None:
    """Typing search after search while a row is current: the rows shown are always the items with
    hits, and nothing breaks. (With Qt 6.11's QSortFilterProxyModel filtering the rows, this crashed
    with a corrupted heap within a few dozen searches: the sidebar hides rows in the view instead.)"""
    issue = _many_pages()
    sidebar = IssueSidebar()
    qtbot.addWidget(sidebar)
    sidebar.resize(300, 500)
    sidebar.show()
    sidebar.set_issue(issue)
    ids = [it.id for it in issue.items()]
    rng = random.Random(1)
    for step in range(400):
        share = rng.choice([0.02, 0.05, 0.1])
        counts = None if rng.random() < 0.05 else {i: rng.randint(1, 12) for i in ids if rng.random() < share}
        sidebar.set_hit_counts(counts)
        if step % 3 == 0:
            qtbot.wait(0)
        chosen = rng.choice(ids)
        if rng.random() < 0.3:
            assert sidebar.select_item(chosen) == (counts is None or bool(counts.get(chosen)))
        sidebar.repaint()
        assert _listed(sidebar) == _expected(issue, counts), step
