"""The 往期 panel: papers → years → months → dates, the calendar's marks, opening an issue."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QFont

from reader.core.library.records import IssueInfo
from reader.gui.library.controller import LibraryController
from reader.gui.library.panel import qdate
from reader.gui.library.tree_model import LibraryRole, LibraryTreeModel
from reader.gui.startup import Reader

from .conftest import FakeDialogs
from .helpers import TIMEOUT

pytestmark = pytest.mark.gui


def info(n: int, paper: str | None, date: dt.date | None) -> IssueInfo:
    key = f"{paper}:{date.isoformat()}" if paper and date else f"content:{n}"
    return IssueInfo(n, key, paper, date, "pages-md", None, 1, 2, 100, "2026-01-01T00:00:00+00:00")


def rows(model: LibraryTreeModel, parent: QModelIndex = QModelIndex()) -> list[str]:
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_tree_model_passes_modeltester_and_groups_by_paper_year_month(qtmodeltester) -> None:
    model = LibraryTreeModel()
    infos = [info(1, "乙报", dt.date(2023, 12, 30)), info(2, "乙报", dt.date(2024, 2, 5)),
             info(3, "乙报", dt.date(2024, 2, 1)), info(4, "甲报", dt.date(2024, 1, 1)),
             info(5, None, dt.date(2020, 5, 5)), info(6, "乙报", None)]
    model.set_issues(infos)
    qtmodeltester.check(model, force_py=True)
    papers = [model.index(r, 0).data(LibraryRole.PAPER) for r in range(model.rowCount())]
    assert papers == ["乙报", "甲报", None]                      # by name, unknown paper last
    paper = model.index(0, 0)
    assert paper.data(LibraryRole.COUNT) == 4
    kinds = [model.index(r, 0, paper).data(LibraryRole.KIND) for r in range(model.rowCount(paper))]
    assert kinds == ["year", "year", "undated"]                  # 2024, 2023, then the undated issue
    year_2024 = model.index(0, 0, paper)
    assert year_2024.data(LibraryRole.COUNT) == 2
    february = model.index(0, 0, year_2024)
    dates = [model.index(r, 0, february).data(LibraryRole.DATE) for r in range(model.rowCount(february))]
    assert dates == [dt.date(2024, 2, 5), dt.date(2024, 2, 1)]   # newest first
    issue = model.index_of_key("乙报:2024-02-01")
    assert issue.parent() == february and model.info_at(issue).id == 3
    assert model.index_of_key("content:6").parent().data(LibraryRole.KIND) == "undated"
    model.set_issues(infos[:2])                                   # watched by the tester as it changes
    assert model.issue_count() == 2 and not model.index_of_key("甲报:2024-01-01").isValid()
    assert model.dates("乙报", any_paper=False) == {dt.date(2023, 12, 30), dt.date(2024, 2, 5)}


def test_panel_shows_papers_years_months_dates_and_marks_the_calendar(qtbot, filled: LibraryController) -> None:
    panel = filled.panel
    model = panel.model
    assert [model.index(r, 0).data(LibraryRole.PAPER) for r in range(model.rowCount())] == ["北岸晚报", "江川日报"]
    beian = model.index(0, 0)
    years = [model.index(r, 0, beian).data(LibraryRole.PATH)[2] for r in range(model.rowCount(beian))]
    assert years == [2024, 2023]
    december = model.index(0, 0, model.index(1, 0, beian))
    assert december.data(LibraryRole.KIND) == "month"
    day = model.index(0, 0, december)
    assert day.data(LibraryRole.DATE) == dt.date(2023, 12, 30)
    assert day.data(LibraryRole.ISSUE_KEY) == "北岸晚报:2023-12-30"
    assert "30 Dec 2023" in day.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.tree.isExpanded(model.index(0, 0, model.index(0, 0, beian)))   # the newest month is open
    assert "3" in panel.status.text()

    marked = {dt.date(2023, 12, 30), dt.date(2024, 2, 5), dt.date(2026, 3, 2)}
    assert panel.marked_dates() == marked
    fmt = panel.calendar.dateTextFormat()
    assert {k.toPython() for k in fmt} == marked
    assert fmt[QDate(2024, 2, 5)].fontWeight() == QFont.Weight.Bold
    assert (panel.calendar.yearShown(), panel.calendar.monthShown()) == (2026, 3)   # the newest issue's month

    panel.tree.setCurrentIndex(day)            # a paper chosen: only its dates are marked
    assert panel.marked_dates() == {dt.date(2023, 12, 30), dt.date(2024, 2, 5)}
    assert panel.calendar.selectedDate() == QDate(2023, 12, 30)


def test_clicking_a_marked_date_selects_its_issue_and_double_click_opens_it(qtbot, reader: Reader, filled: LibraryController) -> None:
    panel, reader = filled.panel, reader
    reader.window.left_panels.set_current_index(filled.panel_tab)
    panel.calendar.setSelectedDate(qdate(dt.date(2024, 2, 5)))
    panel.calendar.clicked.emit(QDate(2024, 2, 5))
    assert panel.tree.currentIndex().data(LibraryRole.ISSUE_KEY) == "北岸晚报:2024-02-05"
    panel.calendar.clicked.emit(QDate(2024, 2, 6))                  # no issue that day
    assert panel.tree.currentIndex().data(LibraryRole.ISSUE_KEY) == "北岸晚报:2024-02-05"

    assert panel.select_issue("北岸晚报:2023-12-30")               # opens its year and month
    index = filled.panel.model.index_of_key("北岸晚报:2023-12-30")
    rect = panel.tree.visualRect(index)
    with qtbot.waitSignal(reader.session.issue_loaded, timeout=TIMEOUT):
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # the press a
        qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # double-click needs
    assert reader.session.location == "library:北岸晚报:2023-12-30"
    assert reader.session.issue is not None and reader.session.issue.paper == "北岸晚报"
    assert reader.session.current_item_id == "p1-1"
    assert "跨年灯光秀" in reader.reading.pane.plain_text()

    with qtbot.waitSignal(reader.session.issue_loaded, timeout=TIMEOUT):
        panel.calendar.activated.emit(QDate(2026, 3, 2))           # double-click on a marked date
    assert reader.session.location == "library:江川日报:2026-03-02"
    assert panel.tree.currentIndex().data(LibraryRole.ISSUE_KEY) == "江川日报:2026-03-02"


def test_an_issue_opens_from_the_library_after_its_files_are_gone(qtbot, reader: Reader, filled: LibraryController,
                                                                  tmp_path: Path) -> None:
    with qtbot.waitSignal(reader.session.issue_loaded, timeout=TIMEOUT):
        reader.session.open("library:北岸晚报:2024-02-05")             # stored, not read from the fixture
    assert reader.session.issue.date == dt.date(2024, 2, 5)
    with qtbot.waitSignal(reader.session.open_failed, timeout=TIMEOUT) as failed:
        reader.session.open("library:北岸晚报:1999-01-01")
    assert "not in the library" in failed.args[1]


def test_empty_library_says_how_to_import(qtbot, reader: Reader, library: LibraryController) -> None:
    reader.window.left_panels.set_current_index(library.panel_tab)        # showing the tab opens the library
    qtbot.waitUntil(lambda: library.service.is_open, timeout=TIMEOUT)
    qtbot.waitUntil(library.service.idle, timeout=TIMEOUT)
    assert library.panel.stack.currentIndex() == 0
    assert "Import" in library.panel.placeholder.text()
    assert library.panel.marked_dates() == set()


def test_removing_an_issue_from_the_panel_asks_first(qtbot, filled: LibraryController, dialogs: FakeDialogs) -> None:
    dialogs.answers = [False, True]
    filled.panel.remove_requested.emit("北岸晚报:2024-02-05")
    qtbot.waitUntil(filled.service.idle, timeout=TIMEOUT)
    assert filled.panel.model.issue_count() == 3                  # said no
    assert dialogs.shown[-1][:2] == ("confirm", "Remove from Library")
    filled.panel.remove_requested.emit("北岸晚报:2024-02-05")
    qtbot.waitUntil(lambda: filled.panel.model.issue_count() == 2, timeout=TIMEOUT)
    assert dt.date(2024, 2, 5) not in filled.panel.marked_dates()
