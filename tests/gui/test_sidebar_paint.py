"""The sidebar's rows drawn from pixmaps look exactly as drawn afresh; the pixmaps keep to their budget;
rows are drawn ahead in idle time; row heights follow the sidebar's width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QCursor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from reader.core.model import Issue
from reader.gui.reading.issue_tree_model import Role
from reader.gui.reading.sidebar import IssueSidebar
from reader.gui.widgets.row_pixmaps import RowPixmaps

from .helpers import wait_exposed

pytestmark = pytest.mark.gui


def _rows(sidebar: IssueSidebar) -> list[QModelIndex]:
    rows = []
    for page in sidebar.shown_pages():
        rows.append(page)
        rows += sidebar.shown_items(page)
    return rows


def _shown(qtbot, issue: Issue, width: int = 300) -> IssueSidebar:
    sidebar = IssueSidebar()
    qtbot.addWidget(sidebar)
    sidebar.resize(width, 600)
    sidebar.move(QCursor.pos() + QPoint(40, 40))    # not under the mouse: a row under it is drawn afresh
    sidebar.show()
    sidebar.set_issue(issue)
    wait_exposed(qtbot, sidebar)
    return sidebar


def _painted(sidebar: IssueSidebar, index: QModelIndex, cached: bool) -> QImage:
    """The row painted by the delegate into an image: from its pixmap, or drawn afresh."""
    option = sidebar.tree.row_option(index)
    size = option.rect.size()
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(option.palette.color(QPalette.ColorRole.Base))
    option.rect.moveTo(QPoint(0, 0))
    painter = QPainter(image)
    if cached:
        sidebar.delegate.paint(painter, option, index)
    else:   # what a row under the mouse gets, on the view's own background (no hover drawn)
        sidebar.delegate.paint_afresh(painter, option, index.data(Role.ROW))
    painter.end()
    return image


def test_rows_from_pixmaps_look_as_drawn_afresh(qtbot, issue: Issue) -> None:
    sidebar = _shown(qtbot, issue)
    sidebar.set_hit_counts({"p1-1": 3, "p3-2": 12})      # marks drawn over the pixmaps too
    for index in _rows(sidebar):
        fresh = _painted(sidebar, index, cached=False)
        assert _painted(sidebar, index, cached=True) == fresh, index.data()
        assert _painted(sidebar, index, cached=True) == fresh     # and again, from the pixmap kept
    assert len(sidebar.delegate.pixmaps) >= len(_rows(sidebar))


def test_rows_are_drawn_ahead_after_the_issue_is_shown(qtbot, issue: Issue) -> None:
    sidebar = _shown(qtbot, issue)
    sidebar.delegate.pixmaps.clear()
    sidebar.prepare_rows()
    assert sidebar.preparing_rows
    qtbot.waitUntil(lambda: not sidebar.preparing_rows, timeout=3000)
    drawn = len(sidebar.delegate.pixmaps)
    for index in _rows(sidebar):            # drawing any row again adds no pixmap (rows alike share one)
        sidebar.delegate.prepare(sidebar.tree.row_option(index), index)
    assert drawn > 0 and len(sidebar.delegate.pixmaps) == drawn


def test_a_new_theme_draws_rows_anew(qtbot, issue: Issue) -> None:
    sidebar = _shown(qtbot, issue)
    index = _rows(sidebar)[1]
    before = _painted(sidebar, index, cached=True)
    palette = sidebar.tree.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#b00000"))
    sidebar.tree.setPalette(palette)
    after = _painted(sidebar, index, cached=True)
    assert after != before and after == _painted(sidebar, index, cached=False)


def test_row_heights_follow_the_width(qtbot, issue: Issue) -> None:
    sidebar = _shown(qtbot, issue, width=600)
    wide = [index.data(Qt.ItemDataRole.SizeHintRole).height() for index in _rows(sidebar)]
    sidebar.resize(160, 600)
    qtbot.waitUntil(lambda: sidebar.tree.viewport().width() < 200)
    narrow = [index.data(Qt.ItemDataRole.SizeHintRole).height() for index in _rows(sidebar)]
    assert all(n >= w for n, w in zip(narrow, wide, strict=True)) and narrow != wide
    for index in _rows(sidebar):    # what the view lays out is what the delegate draws
        assert sidebar.tree.visualRect(index).height() == index.data(Qt.ItemDataRole.SizeHintRole).height()


def test_selected_rows_are_drawn_afresh(qtbot, issue: Issue) -> None:
    sidebar = _shown(qtbot, issue)
    index = _rows(sidebar)[1]
    sidebar.delegate.pixmaps.clear()
    option = sidebar.tree.row_option(index)
    option.state |= QStyle.StateFlag.State_Selected
    image = QImage(option.rect.size() + QSize(0, option.rect.top()), QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    sidebar.delegate.paint(painter, option, index)
    painter.end()
    assert len(sidebar.delegate.pixmaps) == 0


def test_pixmaps_keep_to_their_budget(qapp) -> None:
    pixmaps = RowPixmaps(budget=100 * 100 * 4 * 3)
    for n in range(10):
        pixmaps.render(n, QSize(100, 100), 1.0, QColor("white"), lambda _p: None)
        assert pixmaps.size_bytes <= pixmaps.budget
    assert len(pixmaps) == 3 and 9 in pixmaps and 6 not in pixmaps     # the newest kept
    assert pixmaps.get(7) is not None
    pixmaps.render(10, QSize(100, 100), 1.0, QColor("white"), lambda _p: None)
    assert 7 in pixmaps and 8 not in pixmaps                              # the least recently used went


class PaintLog(QObject):
    """Records the widgets that receive a paint event."""

    def __init__(self, widgets: list[QWidget]) -> None:
        super().__init__()
        self.painted: list[QWidget] = []
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.painted.append(watched)
        return False


def test_scroll_bars_that_change_with_a_keystroke_repaint_alone(qtbot, shown) -> None:
    """Not the window, dock and frames under them: the bar, and the container Qt keeps it in, which
    fills its own background (polishing a bar through the style sheet turns the bar's own filling
    off); the pane's from the turn after its first paint (start-up does not wait for it)."""
    pane = shown.reading.pane
    qtbot.waitUntil(pane.has_painted_story)
    qtbot.waitUntil(lambda: pane.verticalScrollBar().styleSheet() != "")   # flat from the turn after
    shown.find.open("各地")
    window = shown.window
    log = PaintLog([window, *window.findChildren(QWidget)])
    for area in (pane, shown.reading.sidebar.tree, shown.find.panel.view):
        bar = area.verticalScrollBar()
        if not bar.isVisible():
            continue
        for _ in range(50):                 # until nothing else is painting (lazy layout, timers)
            log.painted.clear()
            qtbot.wait(20)
            if not log.painted:
                break
        bar.update()
        QApplication.processEvents()
        assert bar in log.painted and set(log.painted) <= {bar, bar.parentWidget()}, log.painted
    assert shown.find.bar.count_label.autoFillBackground()
