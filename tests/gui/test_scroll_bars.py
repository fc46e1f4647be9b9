"""The flat scroll bars (widgets/scroll_bars.py): a flat handle on a flat groove in the palette's colours,
painted without Qt's thread pool, following a change of theme, and styled after the first paint.

The style sheet is set once for the application (as the app does; setting another one re-polishes every
widget), so it stays on for the tests that follow a Reader."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QScrollBar, QWidget

from reader.core.model import Issue
from reader.gui.shell.settings import ReaderSettings
from reader.gui.startup import Reader

from .helpers import ROOT

pytestmark = pytest.mark.gui


def colours(widget: QWidget) -> set[int]:
    """The distinct colours of the widget as painted (every other row)."""
    image = widget.grab().toImage()
    return {image.pixel(x, y) for x in range(image.width()) for y in range(0, image.height(), 2)}


def palette_colours(*roles: QPalette.ColorRole) -> set[int]:
    return {QApplication.palette().color(role).rgb() for role in roles}


def bar_on_screen(reader: Reader) -> QScrollBar:
    """The pane's scroll bar, on an article long enough to have one."""
    pane = reader.reading.pane
    for item in reader.session.issue.items() if reader.session.issue else []:
        reader.session.show(item.id)
        QApplication.processEvents()
        if pane.verticalScrollBar().isVisible():
            return pane.verticalScrollBar()
    pytest.fail("no article of the issue needs a scroll bar")


def test_a_scroll_bar_is_a_flat_handle_on_a_flat_groove(sample: Reader) -> None:
    bar = bar_on_screen(sample)
    # no gradient, no arrows, no frame: the window colour and the handle's
    assert colours(bar) == palette_colours(QPalette.ColorRole.Window, QPalette.ColorRole.Mid)


def test_the_bars_follow_the_theme(sample: Reader) -> None:
    bar = bar_on_screen(sample)
    light = colours(bar)
    sample.reading.appearance.set_theme("dark")
    QApplication.processEvents()
    dark = colours(bar)
    assert dark == palette_colours(QPalette.ColorRole.Window, QPalette.ColorRole.Mid)
    assert dark.isdisjoint(light)
    sample.reading.appearance.set_theme("light")
    QApplication.processEvents()
    assert colours(bar) == light


def test_start_up_styles_the_bars_after_the_story_is_painted(qtbot, settings: ReaderSettings,
                                                             issue: Issue, qapp: QApplication) -> None:
    reader = Reader(settings, theme="light", deferred=True)
    qtbot.addWidget(reader.window)
    reader.window.show()
    reader.session.set_issue(issue, "fixture-issue")
    assert not reader.reading.appearance.scroll_bars_styled    # the style sheet engine costs ~5 M instructions
    qtbot.waitUntil(lambda: "scroll_bars" in reader.startup.steps_run, timeout=5000)
    assert reader.reading.appearance.scroll_bars_styled and "QScrollBar" in qapp.styleSheet()


WAKE_UPS = r'''
import os, sys
from pathlib import Path
sys.path.insert(0, os.getcwd())
from PySide6.QtWidgets import QApplication, QScrollBar
from reader.gui.widgets.scroll_bars import apply_flat_scroll_bars

def wake_ups():
    """How many times the process's other threads have been scheduled (Linux: /proc)."""
    return sum(int(Path(f"/proc/self/task/{tid}/schedstat").read_text().split()[2])
               for tid in os.listdir("/proc/self/task") if int(tid) != os.getpid())

app = QApplication([])
bar = QScrollBar()
bar.setRange(0, 10_000)
bar.setPageStep(800)
bar.resize(14, 700)
bar.show()
while bar.windowHandle() is None or not bar.windowHandle().isExposed():
    app.processEvents()

def painting():
    before = wake_ups()
    for value in range(0, 10_000, 500):
        bar.setValue(value)
        bar.repaint()
    return wake_ups() - before

fusion = painting()
apply_flat_scroll_bars(app)
app.processEvents()
print(fusion, painting())
'''


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads' wake-ups through /proc")
def test_painting_a_flat_bar_hands_nothing_to_qts_thread_pool(tmp_path: Path) -> None:
    """In a process of its own: the application's style sheet is set once, and only there is it not yet."""
    script = tmp_path / "wake_ups.py"
    script.write_text(WAKE_UPS, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-800:]
    fusion, flat = map(int, done.stdout.split())
    if fusion == 0:
        pytest.skip("this Qt paints its own scroll bars without the thread pool here")
    assert flat == 0, (fusion, flat)
