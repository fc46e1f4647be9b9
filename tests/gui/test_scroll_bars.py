"""The flat scroll bars (widgets/scroll_bars.py): a flat handle on a flat groove in the palette's colours,
painted without Qt's thread pool, following a change of theme with the rest of the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QScrollBar, QWidget

from reader.gui.reading.themes import THEMES
from reader.gui.startup import Reader

from .helpers import ROOT

pytestmark = pytest.mark.gui


def colours(widget: QWidget) -> set[int]:
    """The distinct colours of the widget as painted (every other row)."""
    image = widget.grab().toImage()
    return {image.pixel(x, y) for x in range(image.width()) for y in range(0, image.height(), 2)}


def palette_colours(*roles: QPalette.ColorRole) -> set[int]:
    return {QApplication.palette().color(role).rgb() for role in roles}


def bar_on_screen(qtbot, reader: Reader) -> QScrollBar:
    """The pane's scroll bar, on an article long enough to have one, once it is flat."""
    pane = reader.reading.pane
    reader.window.resize(1000, 420)       # short enough for most stories, whatever fonts are installed
    for item in reader.session.issue.items() if reader.session.issue else []:
        reader.session.show(item.id)
        QApplication.processEvents()
        if pane.verticalScrollBar().isVisible():
            qtbot.waitUntil(lambda: pane.verticalScrollBar().styleSheet() != "")   # a frame after the first paint
            return pane.verticalScrollBar()
    pytest.fail("no article of the issue needs a scroll bar")


def test_a_scroll_bar_is_a_flat_handle_on_a_flat_groove(qtbot, sample: Reader) -> None:
    bar = bar_on_screen(qtbot, sample)
    # no gradient, no arrows, no frame: the window colour and the handle's
    assert colours(bar) == palette_colours(QPalette.ColorRole.Window, QPalette.ColorRole.Mid)


def paper(reader: Reader) -> int:
    """The colour of the reading pane's left margin as painted."""
    image = reader.reading.pane.viewport().grab().toImage()
    return image.pixel(3, image.height() // 2)


def test_the_bars_follow_the_theme_with_the_window(qtbot, sample: Reader) -> None:
    bar = bar_on_screen(qtbot, sample)
    light = colours(bar)
    assert paper(sample) == QColor.fromString(THEMES["light"].paper).rgb()
    sample.reading.appearance.set_theme("dark")
    QApplication.processEvents()
    dark = colours(bar)
    assert dark == palette_colours(QPalette.ColorRole.Window, QPalette.ColorRole.Mid)
    assert dark.isdisjoint(light)
    assert paper(sample) == QColor.fromString(THEMES["dark"].paper).rgb()            # the pane follows
    menu_bar = colours(sample.window.menuBar())
    assert QApplication.palette().color(QPalette.ColorRole.Window).rgb() in menu_bar  # and the window
    sample.reading.appearance.set_theme("light")
    QApplication.processEvents()
    assert colours(bar) == light and paper(sample) == QColor.fromString(THEMES["light"].paper).rgb()


WAKE_UPS = r'''
import os, sys
from pathlib import Path
sys.path.insert(0, os.getcwd())
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from reader.gui.widgets.scroll_bars import flat_scroll_bars

def wake_ups():
    """How many times the process's other threads have been scheduled (Linux: /proc)."""
    return sum(int(Path(f"/proc/self/task/{tid}/schedstat").read_text().split()[2])
               for tid in os.listdir("/proc/self/task") if int(tid) != os.getpid())

app = QApplication([])
area = QPlainTextEdit("line\n" * 5000)
area.resize(400, 700)
area.show()
while area.windowHandle() is None or not area.windowHandle().isExposed():
    app.processEvents()
bar = area.verticalScrollBar()

def painting():
    before = wake_ups()
    for value in range(0, bar.maximum(), bar.maximum() // 20):
        bar.setValue(value)
        bar.repaint()
    return wake_ups() - before

fusion = painting()
flat_scroll_bars(area)
app.processEvents()
print(fusion, painting())
'''


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads' wake-ups through /proc")
def test_painting_a_flat_bar_hands_nothing_to_qts_thread_pool(tmp_path: Path) -> None:
    """In a process of its own (its only other threads Qt's pool)."""
    script = tmp_path / "wake_ups.py"
    script.write_text(WAKE_UPS, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-800:]
    fusion, flat = map(int, done.stdout.split())
    if fusion == 0:
        pytest.skip("this Qt paints its own scroll bars without the thread pool here")
    assert flat == 0, (fusion, flat)
