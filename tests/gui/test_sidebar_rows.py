"""Sidebar rows: look-alike headlines lead with what tells them apart, tooltips are plain text, and
articles read are marked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from reader.core.model import Block, Issue, Item, Page
from reader.gui.reading.issue_tree_model import IssueTreeModel, Role

pytestmark = pytest.mark.gui

SHARED = "习近平在中央政治局第二十次集体学习时强调坚持以人民为中心的发展思想"


def front_page() -> Issue:
    items = [Item("p1-1", title=SHARED + "　推动高质量发展", kicker="新华社北京6月11日电——",
                  blocks=[Block("paragraph", "甲。")]),
             Item("p1-2", title=SHARED + "　扎实推进共同富裕", blocks=[Block("paragraph", "乙。")]),
             Item("p1-3", title="图片报道", blocks=[Block("caption", "桂新高速，是湖南省内连接郴州市的高速公路。")]),
             Item("p1-4", title="图片报道", blocks=[Block("caption", "游客在江西婺源篁岭景区观赏梯田花海。")]),
             Item("p1-5", title="<b>江苏</b>探索科技成果转化 & 新途径", blocks=[Block("paragraph", "丙。")])]
    for it in items:
        it.page = 1
    return Issue(format="test", paper="人民日报", pages=[Page(1, "要闻", items=items)])


def rows(model: IssueTreeModel, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    page = model.index(0, 0)
    return [model.index(r, 0, page).data(role) for r in range(model.rowCount(page))]


def test_look_alike_headlines_lead_with_what_tells_them_apart(qapp) -> None:
    model = IssueTreeModel()
    model.set_issue(front_page())
    shown = rows(model)
    assert shown[0].startswith("…") and "推动高质量发展" in shown[0] and SHARED[:10] not in shown[0]
    assert shown[1].startswith("…") and "扎实推进共同富裕" in shown[1]
    assert shown[2].startswith("桂新高速") and shown[3].startswith("游客在江西")
    assert shown[4] == "<b>江苏</b>探索科技成果转化 & 新途径"      # stands apart: as printed
    assert rows(model, Role.FULL_HEADING)[0] == "新华社北京6月11日电——\n" + SHARED + "　推动高质量发展"


def test_the_tooltip_holds_the_full_heading_as_plain_text(qapp) -> None:
    model = IssueTreeModel()
    model.set_issue(front_page())
    tips = rows(model, Qt.ItemDataRole.ToolTipRole)
    doc = QTextDocument()
    doc.setHtml(tips[0])
    assert SHARED + "　推动高质量发展" in doc.toPlainText().replace("\n", "")
    doc.setHtml(tips[4])
    assert "<b>江苏</b>探索科技成果转化 & 新途径" in doc.toPlainText()     # markup shown, not applied
    page_tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    doc.setHtml(page_tip)
    assert "要闻" in doc.toPlainText()


def test_articles_read_are_marked_and_said_so(qapp) -> None:
    model = IssueTreeModel()
    model.set_issue(front_page())
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    model.set_read({"p1-2"})
    assert rows(model, Role.READ) == [False, True, False, False, False]
    assert changed == [1]
    assert model.tr("Read") in rows(model, Qt.ItemDataRole.AccessibleTextRole)[1]
    model.set_issue(front_page())                  # another issue: nothing read yet
    assert not any(rows(model, Role.READ))
