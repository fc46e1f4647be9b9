"""The trend above the library search's results: the chart of the query's matching articles per month or
year and paper, and the narrowing of the results to the period clicked.

The trend is asked of the library's thread whenever the query, its toggles or the paper filter change
(over all dates: the chart is the whole span, the period chosen is shaded in it); a click on a period
narrows the search view's results to its first and last day (core trend.period_range), a second click,
Esc or "Show all" widens them again.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.search.query import parse_query
from .trend_chart import TrendChart

if TYPE_CHECKING:
    from ...core.library.results import Granularity, Trend
    from ...core.library_snippets import SearchRequest
    from ...core.search.query import SearchOptions
    from .search_view import LibrarySearchView
    from .service import LibraryService


class TrendPanel(QWidget):
    """The chart with its title, month/year choice and the narrowing in force."""

    by_changed = Signal(str)           # "month" or "year"
    period_chosen = Signal(str)        # a period, or "" for every date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendPanel")
        self.title = QLabel()
        self.title.setObjectName("trendTitle")
        self.by_box = QComboBox()
        self.by_box.setObjectName("trendBy")
        self.by_box.addItem(self.tr("By month"), "month")
        self.by_box.addItem(self.tr("By year"), "year")
        self.by_box.currentIndexChanged.connect(lambda _i: self.by_changed.emit(self.by()))
        self.chart = TrendChart()
        self.chart.period_clicked.connect(self.period_chosen)
        self.narrowed = QLabel()
        self.narrowed.setObjectName("trendNarrowed")
        self.show_all = QPushButton(self.tr("Show all"))
        self.show_all.setObjectName("trendShowAll")
        self.show_all.clicked.connect(lambda _checked=False: self.period_chosen.emit(""))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.by_box)
        foot = QHBoxLayout()
        foot.addWidget(self.narrowed, 1)
        foot.addWidget(self.show_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.chart)
        layout.addLayout(foot)
        self.set_selected(None)
        self.setVisible(False)

    def by(self) -> str:
        return str(self.by_box.currentData())

    def set_trend(self, trend: Trend | None) -> None:
        """Show a trend (None: hide the panel, there is no query)."""
        self.chart.set_trend(trend)
        self.setVisible(trend is not None)
        if trend is None:
            return
        undated = sum(s.undated for s in trend.series)
        title = self.tr("Matching articles per month") if trend.by == "month" else \
            self.tr("Matching articles per year")
        if undated:
            title += " " + self.tr("(undated: {n})").format(n=undated)
        self.title.setText(title)

    def set_selected(self, period: str | None) -> None:
        self.chart.set_selected(period)
        self.narrowed.setText(self.tr("Only {period}").format(period=self.chart.period_label(period))
                              if period else "")
        self.show_all.setVisible(bool(period))


class TrendKeeper(QObject):
    """Keeps the panel's trend current with the search view's query (see the module docstring)."""

    def __init__(self, service: LibraryService, view: LibrarySearchView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.view = view
        self.panel = TrendPanel()
        self.period: str | None = None
        self._key: tuple[str, SearchOptions, str | None] | None = None     # query, toggles, paper
        self._serial = 0
        view.add_panel(self.panel)
        view.search_requested.connect(self._on_search)
        view.edit.textChanged.connect(self._on_text)
        self.panel.by_changed.connect(lambda _by: self._compute())
        self.panel.period_chosen.connect(self.narrow_to)

    def _on_search(self, request: SearchRequest) -> None:
        if self.period is not None and (request.date_from, request.date_to) != self._period_range(self.period):
            self.period = None                   # the dates were changed by hand: no period is chosen
            self.panel.set_selected(None)
        key = (request.query, request.options, request.paper)
        if key != self._key:
            self._key = key
            self._compute()

    def _on_text(self, text: str) -> None:
        if parse_query(text).is_empty() and self._key is not None:
            self._key = None
            self._compute()

    def _compute(self) -> None:
        self._serial += 1
        serial = self._serial
        if self._key is None or parse_query(self._key[0]).is_empty():
            self.panel.set_trend(None)
            return
        query, options, paper = self._key
        by: Granularity = "year" if self.panel.by() == "year" else "month"
        if self.period is not None and len(self.period) != (7 if by == "month" else 4):
            self.narrow_to("")           # a month chosen, years shown (or the other way): widen again
        self.service.submit(lambda lib: lib.trend(query, options, paper, by),
                            on_done=lambda trend: self._show(serial, trend))

    def _show(self, serial: int, trend: Trend) -> None:
        if serial == self._serial and shiboken6.isValid(self):
            self.panel.set_trend(trend)
            self.panel.set_selected(self.period)

    @staticmethod
    def _period_range(period: str) -> tuple[dt.date, dt.date]:
        from ...core.library.results import period_range
        return period_range(period, "month" if len(period) == 7 else "year")

    def narrow_to(self, period: str) -> None:
        """Narrow the results to a period of the chart ("": every date), through the view's date fields."""
        self.period = period or None
        self.panel.set_selected(self.period)
        self.view.narrow_dates(*(self._period_range(period) if period else (None, None)))
