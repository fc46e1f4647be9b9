"""The trend chart in the library search: the core trend's numbers for the query, one line per paper; a
click on a period narrows the results to it, and the results then number what the chart said."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from reader.core.library.results import period_range
from reader.core.library_access import LibraryAccess
from reader.core.search.query import SearchOptions
from reader.gui.library.controller import LibraryController
from reader.gui.library.trend_chart import TrendChart, nice_ceiling

from .helpers import wait_idle

pytestmark = pytest.mark.gui


def search(qtbot, library: LibraryController, query: str) -> None:
    library.show_search()
    library.search_view.set_query(query)
    wait_idle(qtbot, library)


def point_of_period(chart: TrendChart, period: str) -> QPoint:
    assert chart.trend is not None
    area = chart.plot_area()
    return QPoint(round(chart.x_of(chart.trend.periods.index(period))), round(area.center().y()))


def test_the_chart_shows_the_cores_trend_one_line_a_paper(qtbot, filled: LibraryController,
                                                           library_file: Path) -> None:
    search(qtbot, filled, "本报")
    panel = filled.trend.panel
    assert panel.isVisible()
    with LibraryAccess(str(library_file)) as lib:
        expected = lib.trend("本报", SearchOptions(), None, "month")
    assert panel.chart.trend == expected
    assert len(expected.series) >= 2 and expected.total == filled.search_view.total
    panel.by_box.setCurrentIndex(panel.by_box.findData("year"))
    wait_idle(qtbot, filled)
    with LibraryAccess(str(library_file)) as lib:
        assert panel.chart.trend == lib.trend("本报", SearchOptions(), None, "year")


def test_a_click_on_a_month_narrows_the_results_to_it(qtbot, filled: LibraryController) -> None:
    search(qtbot, filled, "本报")
    chart = filled.trend.panel.chart
    trend = chart.trend
    assert trend is not None
    index, period = next((i, p) for i, p in enumerate(trend.periods) if any(s.counts[i] for s in trend.series))
    filled.trend.panel.resize(400, 180)
    chart.resize(400, 140)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point_of_period(chart, period))
    wait_idle(qtbot, filled)
    view = filled.search_view
    assert (view.request.date_from, view.request.date_to) == period_range(period, "month")
    assert view.total == sum(s.counts[index] for s in trend.series)       # the chart's number, found again
    assert chart.selected == period and filled.trend.panel.show_all.isVisibleTo(filled.trend.panel)
    assert chart.trend == trend                                            # the chart keeps every period
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point_of_period(chart, period))  # again: all dates
    wait_idle(qtbot, filled)
    assert (view.request.date_from, view.request.date_to) == (None, None)
    assert view.total == trend.total and chart.selected is None


def test_show_all_and_a_new_query(qtbot, filled: LibraryController) -> None:
    search(qtbot, filled, "本报")
    keeper = filled.trend
    keeper.narrow_to(keeper.panel.chart.trend.periods[0])
    wait_idle(qtbot, filled)
    keeper.panel.show_all.click()
    wait_idle(qtbot, filled)
    assert filled.search_view.request.date_from is None
    filled.search_view.set_query("")
    assert not keeper.panel.isVisible()
    search(qtbot, filled, "没有这个词组合")
    assert keeper.panel.chart.trend is not None and keeper.panel.chart.trend.total == 0


def test_hover_text_names_each_papers_count(qtbot, filled: LibraryController) -> None:
    search(qtbot, filled, "本报")
    chart = filled.trend.panel.chart
    period = chart.trend.periods[0]
    text = chart.counts_text(period)
    for series in chart.trend.series:
        assert f"{series.paper}: {series.counts[0]}" in text
    image = chart.grab()
    assert not image.isNull()


def test_nice_ceiling() -> None:
    assert [nice_ceiling(v) for v in (0, 1, 2, 3, 6, 11, 99, 101)] == [1, 1, 2, 5, 10, 20, 100, 200]
