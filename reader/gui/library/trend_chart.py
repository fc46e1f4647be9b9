"""A term across the years: matching articles per month (or year), one line per paper, drawn with QPainter.

The numbers are the core trend's own (reader/core/library/trend.py), shown as they come. Hovering a
period shows its counts; a click on a period asks for the results to be narrowed to it (a click on the
period chosen, or Esc, widens them again). Drawn by hand rather than with QtCharts, which PySide6-
Essentials does not ship.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

if TYPE_CHECKING:
    from ...core.library.results import Trend

LIGHT_COLOURS = ("#c0392b", "#2471a3", "#1e8449", "#b9770e", "#7d3c98", "#138d75", "#a04000", "#5d6d7e")
DARK_COLOURS = ("#f1948a", "#85c1e9", "#82e0aa", "#f8c471", "#c39bd3", "#76d7c4", "#edbb99", "#aeb6bf")
PAD = 6
DOTS_UP_TO = 48          # periods drawn with a dot each (more: the line alone)


def nice_ceiling(value: int) -> int:
    """The top of the count axis: 1, 2 or 5 times a power of ten, at least value (and at least 1)."""
    power = 1
    while True:
        for factor in (1, 2, 5):
            if power * factor >= value:
                return power * factor
        power *= 10


class TrendChart(QWidget):
    """See the module docstring; `period_clicked(period)` ("" to widen again)."""

    period_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setMinimumHeight(120)
        self.trend: Trend | None = None
        self.selected: str | None = None

    def set_trend(self, trend: Trend | None) -> None:
        self.trend = trend
        if trend is None or self.selected not in trend.periods:
            self.selected = None
        self.update()

    def set_selected(self, period: str | None) -> None:
        self.selected = period or None
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(320, 150)

    # ---- geometry
    def colours(self) -> tuple[str, ...]:
        """Line colours for the window's palette (lighter ones on a dark window)."""
        pal = self.palette()
        dark = pal.color(QPalette.ColorRole.Window).lightness() < pal.color(QPalette.ColorRole.WindowText).lightness()
        return DARK_COLOURS if dark else LIGHT_COLOURS

    def top_count(self) -> int:
        if self.trend is None:
            return 1
        return nice_ceiling(max((max(s.counts, default=0) for s in self.trend.series), default=0))

    def plot_area(self) -> QRectF:
        """Where the lines are drawn (inside the axes' labels and the legend)."""
        metrics = QFontMetricsF(self.font())
        left = PAD + metrics.horizontalAdvance(str(self.top_count())) + 4
        legend = metrics.height() + 4
        return QRectF(left, PAD + legend, max(10.0, self.width() - left - PAD),
                      max(10.0, self.height() - PAD * 2 - legend - metrics.height() - 2))

    def x_of(self, index: int) -> float:
        """The x of a period's point."""
        area, n = self.plot_area(), len(self.trend.periods) if self.trend else 1
        return area.center().x() if n <= 1 else area.left() + area.width() * index / (n - 1)

    def period_at(self, x: float) -> str | None:
        """The period whose point is nearest x (None without a trend)."""
        if self.trend is None or not self.trend.periods:
            return None
        area, n = self.plot_area(), len(self.trend.periods)
        index = 0 if n == 1 else round((x - area.left()) / area.width() * (n - 1))
        return self.trend.periods[min(n - 1, max(0, index))]

    def period_label(self, period: str) -> str:
        """2024年2月 / Feb 2024 for a month, the year alone for a year."""
        if len(period) == 4:
            return period
        year, month = (int(p) for p in period.split("-"))
        return QLocale().toString(QDate(year, month, 1), self.tr("MMM yyyy"))

    def counts_text(self, period: str) -> str:
        """The period's counts, a paper a line (plain text)."""
        assert self.trend is not None
        index = self.trend.periods.index(period)
        lines = [self.period_label(period)]
        for series in self.trend.series:
            lines.append(f"{series.paper or self.tr('Unknown paper')}: {series.counts[index]}")
        return "\n".join(lines)

    # ---- painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        trend = self.trend
        if trend is None or not trend.periods:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No dated article matches.") if trend is not None else "")
            return
        area = self.plot_area()
        metrics = QFontMetricsF(self.font())
        top = self.top_count()
        if self.selected in trend.periods:
            x = self.x_of(trend.periods.index(self.selected))
            band = max(6.0, area.width() / max(1, len(trend.periods) - 1))
            highlight = QColor(pal.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(130 if self.colours() is DARK_COLOURS else 70)
            painter.fillRect(QRectF(x - band / 2, area.top(), band, area.height()), highlight)
        painter.setPen(QPen(muted, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.bottomLeft(), area.topLeft())
        painter.setPen(text)
        for value, y in ((0, area.bottom()), (top, area.top())):
            painter.drawText(QRectF(PAD, y - metrics.height() / 2, area.left() - PAD - 4, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        self._x_labels(painter, area, metrics)
        colours = self.colours()
        legend_x = area.left()
        for number, series in enumerate(trend.series):
            colour = QColor.fromString(colours[number % len(colours)])
            points = [QPointF(self.x_of(i), area.bottom() - area.height() * count / top)
                      for i, count in enumerate(series.counts)]
            painter.setPen(QPen(colour, 2))
            painter.drawPolyline(points)
            if len(points) <= DOTS_UP_TO:
                painter.setBrush(colour)
                for point in points:
                    painter.drawEllipse(point, 2.5, 2.5)
            name = series.paper or self.tr("Unknown paper")
            painter.fillRect(QRectF(legend_x, PAD + metrics.height() / 2 - 1, 12, 3), colour)
            painter.setPen(text)
            painter.drawText(QPointF(legend_x + 16, PAD + metrics.ascent()), name)
            legend_x += 16 + metrics.horizontalAdvance(name) + 12

    def _x_labels(self, painter: QPainter, area: QRectF, metrics: QFontMetricsF) -> None:
        """Period labels under the axis, as many as fit without touching."""
        assert self.trend is not None
        periods = self.trend.periods
        widest = max(metrics.horizontalAdvance(self.period_label(p)) for p in periods) + 8
        step = 1
        while len(periods) > 1 and area.width() / (len(periods) - 1) * step < widest:
            step += 1
        y = area.bottom() + 2
        last_right = -1.0
        for index in range(0, len(periods), step):
            label = self.period_label(periods[index])
            width = metrics.horizontalAdvance(label)
            left = min(max(0.0, self.x_of(index) - width / 2), self.width() - width)
            if left > last_right:
                painter.drawText(QRectF(left, y, width + 1, metrics.height()), Qt.AlignmentFlag.AlignLeft, label)
                last_right = left + width + 4

    # ---- the pointer
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        period = self.period_at(event.position().x())
        if period is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self.counts_text(period), self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        period = self.period_at(event.position().x())
        if event.button() == Qt.MouseButton.LeftButton and period is not None:
            self.period_clicked.emit("" if period == self.selected else period)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape and self.selected:
            self.period_clicked.emit("")
        else:
            super().keyPressEvent(event)
