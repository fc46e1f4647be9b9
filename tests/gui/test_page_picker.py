"""Going straight to a page: the 版面 picker (type a number or a name) and the strip of page buttons."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent

from reader.core.model import Block, Issue, Item, Page
from reader.gui.reading.page_picker import PagePicker, PageStrip

pytestmark = pytest.mark.gui

NAMES = ["要闻", "要闻", "评论", "经济", "国际", "文化", "体育", "副刊"]


def twenty_pages() -> Issue:
    pages = []
    for n in range(1, 21):
        items = [Item(f"p{n}-1", page=n, title=f"第{n}版的头条", blocks=[Block("paragraph", "正文。")])]
        pages.append(Page(n, NAMES[n % len(NAMES)], items=items))
    return Issue(format="test", paper="人民日报", date=dt.date(2026, 8, 22), pages=pages)


def type_chinese(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    event = QInputMethodEvent()
    event.setCommitString(text)
    from PySide6.QtWidgets import QApplication
    QApplication.sendEvent(widget, event)


def test_the_picker_lists_every_page_with_its_name_and_a_number_selects_one(qtbot) -> None:
    picker = PagePicker(twenty_pages(), current=3)
    qtbot.addWidget(picker)
    assert picker.list.count() == 20
    assert "15" in picker.list.item(14).text() and NAMES[15 % len(NAMES)] in picker.list.item(14).text()
    assert picker.chosen() == 3                      # opens on the page being read
    qtbot.keyClicks(picker.field, "15")
    assert picker.chosen() == 15
    assert len(picker.shown_pages()) == 20           # a number filters nothing out
    with qtbot.waitSignal(picker.accepted):
        qtbot.keyClick(picker.field, Qt.Key.Key_Return)
    assert picker.chosen() == 15


def test_a_name_typed_in_chinese_keeps_the_pages_that_have_it(qtbot) -> None:
    picker = PagePicker(twenty_pages(), current=1)
    qtbot.addWidget(picker)
    picker.show()
    picker.field.setFocus()
    type_chinese(picker.field, "体育")
    assert picker.field.text() == "体育"
    shown = picker.shown_pages()
    assert shown and all(NAMES[n % len(NAMES)] == "体育" for n in shown)
    assert picker.chosen() == shown[0]
    qtbot.keyClick(picker.field, Qt.Key.Key_Down)
    assert picker.chosen() == shown[1]


def test_full_width_digits_and_page_words_work_too(qtbot) -> None:
    picker = PagePicker(twenty_pages(), current=1)
    qtbot.addWidget(picker)
    picker.show()
    picker.field.setFocus()
    type_chinese(picker.field, "第１２版")
    assert picker.chosen() == 12


def test_the_strip_has_a_button_a_page_and_checks_the_current_one(qtbot) -> None:
    strip = PageStrip()
    qtbot.addWidget(strip)
    strip.set_issue(twenty_pages())
    strip.show()
    assert sorted(strip.buttons) == list(range(1, 21))
    strip.set_current(15)
    assert strip.buttons[15].isChecked() and not strip.buttons[1].isChecked()
    with qtbot.waitSignal(strip.page_requested) as signal:
        qtbot.mouseClick(strip.buttons[7], Qt.MouseButton.LeftButton)
    assert signal.args == [7]
    strip.set_current(None)
    assert not any(b.isChecked() for b in strip.buttons.values())
