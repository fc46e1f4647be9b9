"""The flat scroll bars (widgets/scroll_bars.py): a flat handle on a flat groove in the theme's colours,
painted without Qt's thread pool, following a change of theme, and styled after the first paint."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QScrollBar, QWidget

from reader.core.model import Issue
from reader.gui.reading.themes import THEMES
from reader.gui.shell.settings import ReaderSettings
from reader.gui.startup import Reader
from reader.gui.widgets.scroll_bars import apply_flat_scroll_bars

pytestmark = pytest.mark.gui


def colours(widget: QWidget) -> set[int]:
    """The distinct colours of the widget as painted (every other row)."""
    image = widget.grab().toImage()
    return {image.pixel(x, y) for x in range(image.width()) for y in range(0, image.height(), 2)}


def bar_on_screen(reader: Reader, qtbot) -> QScrollBar:
    """The pane's scroll bar, on an article long enough to have one."""
    pane = reader.reading.pane
    for item in reader.session.issue.items() if reader.session.issue else []:
        reader.session.show(item.id)
        QApplication.processEvents()
        if pane.verticalScrollBar().isVisible():
            return pane.verticalScrollBar()
    pytest.fail("no article of the issue needs a scroll bar")


def test_a_scroll_bar_is_a_flat_handle_on_a_flat_groove(qtbot, sample: Reader) -> None:
    bar = bar_on_screen(sample, qtbot)
    palette = QApplication.palette()
    groove, handle = (palette.color(role).rgb() for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Mid))
    assert colours(bar) == {groove, handle}      # no gradient, no arrows, no frame


def test_the_bars_follow_the_theme(qtbot, sample: Reader) -> None:
    bar = bar_on_screen(sample, qtbot)
    sample.reading.appearance.set_theme("dark")
    QApplication.processEvents()
    dark = colours(bar)
    assert dark == {QApplication.palette().color(role).rgb() for role in (QPalette.ColorRole.Window,
                                                                           QPalette.ColorRole.Mid)}
    assert THEMES["dark"].muted in QApplication.instance().styleSheet()     # the handle under the mouse
    sample.reading.appearance.set_theme("light")
    QApplication.processEvents()
    assert colours(bar).isdisjoint(dark)


def test_start_up_styles_the_bars_after_the_story_is_painted(qtbot, settings: ReaderSettings,
                                                             issue: Issue, qapp: QApplication) -> None:
    reader = Reader(settings, theme="light", deferred=True)
    qtbot.addWidget(reader.window)
    reader.window.show()
    reader.session.set_issue(issue, "fixture-issue")
    assert qapp.styleSheet() == ""                 # the style sheet engine costs ~5 M instructions
    qtbot.waitUntil(lambda: "scroll_bars" in reader.startup.steps_run, timeout=5000)
    assert "QScrollBar" in qapp.styleSheet() and THEMES["light"].muted in qapp.styleSheet()


def _wake_ups() -> int:
    """How many times the process's other threads have been scheduled (Linux: /proc)."""
    total = 0
    for tid in os.listdir("/proc/self/task"):
        if int(tid) != os.getpid():
            total += int(Path(f"/proc/self/task/{tid}/schedstat").read_text().split()[2])
    return total


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads' wake-ups through /proc")
def test_painting_a_flat_bar_hands_nothing_to_qts_thread_pool(qtbot, qapp: QApplication) -> None:
    bar = QScrollBar()
    qtbot.addWidget(bar)
    bar.setRange(0, 10_000)
    bar.setPageStep(800)
    bar.resize(14, 700)
    bar.show()
    qtbot.waitUntil(lambda: bar.windowHandle() is not None and bar.windowHandle().isExposed())

    def wake_ups_while_painting() -> int:
        before = _wake_ups()
        for value in range(0, 10_000, 500):
            bar.setValue(value)
            bar.repaint()
        return _wake_ups() - before

    if wake_ups_while_painting() == 0:
        pytest.skip("this Qt paints its own scroll bars without the thread pool here")
    apply_flat_scroll_bars(qapp, THEMES["light"].muted)
    assert wake_ups_while_painting() == 0
