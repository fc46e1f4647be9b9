"""本期提示: the issue's warnings listed, each leading to its article or page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.core.model import Issue
from reader.gui.reading.notes_panel import NotesPanel

pytestmark = pytest.mark.gui


def test_every_warning_is_listed_with_where_it_is_and_leads_there(qtbot, issue: Issue) -> None:
    issue.warn("truncated", "「外贸开局良好」 stops mid-sentence", page=2, item="p2-2")
    issue.warn("bad-page", "04.md: file is empty", page=4)
    issue.warn("noise", "2 label line(s)", page=3, text="金昌发布\n客户端")
    issue.warn("other", "<b>not markup</b>")
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.set_issue(issue)
    assert panel.list.count() == len(issue.warnings)
    first = panel.list.item(len(issue.warnings) - 4)
    assert "外贸开局良好" in first.text() and "02" in first.text()
    assert panel.targets()[-4:] == [("item", "p2-2"), None, ("page", 3), None]   # page 4 is not in the issue
    assert "金昌发布" in panel.list.item(len(issue.warnings) - 2).toolTip()
    panel.show()
    with qtbot.waitSignal(panel.item_requested) as signal:
        rect = panel.list.visualItemRect(first)
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["p2-2"]
    with qtbot.waitSignal(panel.page_requested) as signal:
        panel.list.setCurrentRow(len(issue.warnings) - 2)
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert signal.args == [3]


def test_an_issue_without_warnings_says_so(qtbot, issue: Issue) -> None:
    issue.warnings.clear()
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.set_issue(issue)
    assert panel.list.count() == 0 and panel.summary.text()


def test_the_status_bar_count_opens_the_panel_and_a_note_leads_to_its_article(qtbot, reader, issue: Issue) -> None:
    issue.warn("truncated", "「外贸开局良好」 stops mid-sentence", page=2, item="p2-2")
    reader.session.set_issue(issue, "fixture-issue")
    notes = reader.reading.notes
    label = notes.label
    assert label.isVisible() and f"{len(issue.warnings)} notes on this issue" in label.text()
    assert notes.panel is None                         # built on first use
    label.linkActivated.emit("notes")                  # the link clicked
    assert notes.dock is not None and notes.dock.isVisible()
    panel = notes.panel
    assert panel is not None and panel.list.count() == len(issue.warnings)
    row = panel.list.item(panel.list.count() - 1)
    rect = panel.list.visualItemRect(row)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert reader.session.current_item_id == "p2-2"
    reader.window.commands.run("view.notes")           # View ▸ Issue Notes does the same
    assert notes.dock.isVisible()


def test_an_issue_without_notes_shows_no_count(reader, issue: Issue) -> None:
    issue.warnings.clear()
    reader.session.set_issue(issue, "fixture-issue")
    assert reader.reading.notes.label.text() == ""


def test_a_deferred_start_shows_the_notes_count_after_the_first_paint(qtbot, settings, issue: Issue) -> None:
    from reader.gui.startup import Reader
    issue.warn("truncated", "「外贸开局良好」 stops mid-sentence", page=2, item="p2-2")
    reader = Reader(settings, theme="light", deferred=True)
    qtbot.addWidget(reader.window)
    reader.window.show()
    reader.session.set_issue(issue, "fixture-issue")
    label = reader.reading.notes.label
    assert label.text() == ""                          # not before the story is on screen
    qtbot.waitUntil(lambda: reader.startup.done, timeout=5000)
    assert f"{len(issue.warnings)} notes on this issue" in label.text()
