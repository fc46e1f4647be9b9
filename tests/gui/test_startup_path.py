"""Reopening a cached issue puts its story on screen without importing what can come a frame later;
the sidebar, find bar and library follow just after the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.gui.shell.settings import SETTINGS_FILE_ENV

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

DEFERRED = ["reader.core.loading", "reader.core.formats", "reader.core.library", "reader.core.search.issue_search",
            "reader.gui.find.controller", "reader.gui.find.bar", "reader.gui.find.results_panel",
            "reader.gui.reading.highlights", "reader.gui.reading.marks", "reader.gui.reading.sidebar",
            "reader.gui.find.keywords", "reader.gui.library.controller",
            "reader.gui.library.panel", "lxml", "markdown_it", "yaml", "multiprocessing", "jieba",
            # issue 14: lookup, read-aloud, citations, print and the trend chart come after the first paint
            "reader.gui.lookup.commands", "reader.gui.readaloud.commands", "reader.gui.export.commands",
            "reader.core.lookup", "pypinyin", "opencc", "reader.gui.lookup.controller", "reader.gui.lookup.popup",
            "reader.gui.reading.pane_text", "reader.gui.reading.typeset", "reader.core.readaloud",
            "reader.gui.readaloud.controller", "reader.gui.readaloud.engine", "reader.core.citation.styles",
            "reader.gui.export.citations", "reader.gui.export.cite_dialog", "reader.gui.export.printing",
            "PySide6.QtPrintSupport", "reader.gui.library.trend_chart", "reader.gui.library.trend_panel",
            # issue 13: the byline roles' pattern, photos (QImage), html's entity table come when used
            "reader.core.roles", "reader.gui.reading.photos", "html",
            # a dataclass compiles its methods as it is made (the model is plain classes); a long opening's
            # Cancel is made when an opening starts
            "dataclasses", "reader.gui.shell.open_progress", "copy", "locale"]

# Qt types a module names are made, with their Python enums, when first touched: these are not in the first
# frame (photos, pool tasks, a long opening's busy bar and its Esc, a block's layout)
TYPES_LATER = ["QtGui.QTextImageFormat", "QtCore.QRunnable", "QtCore.QThreadPool", "QtGui.QKeyEvent",
               "QtWidgets.QProgressBar", "QtGui.QTextLayout", "QtWidgets.QScrollBar", "QtCore.QLibraryInfo"]

CHILD = f"""
import gc, sys
gc.disable()            # as main.py does before the window is built
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import reader.gui.startup as startup
from reader.gui.app import main, sample_issue_path

made = []
words = []
build = startup.Reader.__init__

def capture(self, *args, **kwargs):
    build(self, *args, **kwargs)
    made.append(self)

def a_frame_later() -> None:
    r = made[0]
    print("sidebar", r.reading.sidebar.model.issue is r.session.issue,
          r.reading.sidebar.current_item_id() == r.session.current_item_id)
    print("commands", r.window.menu_bar.built, len(r.window.menus["file"].actions()) > 2,
          r.window.action("go.next").shortcuts()[0].toString())
    print("steps", *r.startup.steps_run)
    print("collector", gc.isenabled())
    print("qt-words", words[0], QApplication.translate("QPlatformTheme", "Cancel"))
    QApplication.quit()

def at_first_paint() -> None:
    print("at-first-paint", *[name for name in {DEFERRED!r} if name in sys.modules])
    print("shown", made[0].session.current_item_id is not None)
    import PySide6.QtCore
    print("qt-namespace-built", "Qt" in PySide6.QtCore.__dict__)
    print("qt-types-made", *[n for n in {TYPES_LATER!r}
                             if n.split(".")[1] in sys.modules["PySide6." + n.split(".")[0]].__dict__])
    print("dataclasses", *sorted(f"{{name}}.{{k}}" for name, mod in list(sys.modules.items())
                                 if name.startswith("reader")
                                 for k, v in vars(mod).items()
                                 if isinstance(v, type) and v.__module__ == name and "__dataclass_fields__" in vars(v)))
    print("commands", made[0].window.menu_bar.built, [m.title() for m in made[0].window.menus.values()])
    words.append(QApplication.translate("QPlatformTheme", "Cancel"))
    QTimer.singleShot(0, a_frame_later)

startup.Reader.__init__ = capture
startup.report_startup_probe = at_first_paint
main([sample_issue_path()])
print("later", *[name for name in ("reader.gui.find.controller", "reader.gui.library.controller")
                 if name in sys.modules])
"""


def _run(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", SETTINGS_FILE_ENV: str(tmp_path / "s.ini"),
           "READER_CACHE_DIR": str(tmp_path / "cache"), "READER_LIBRARY": str(tmp_path / "lib.sqlite3")}
    return subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


def test_reopening_a_cached_issue_imports_no_deferred_module_before_the_first_paint(tmp_path: Path) -> None:
    first = _run(tmp_path)        # parses the issue (importers run) and fills the parse cache
    assert first.returncode == 0, first.stderr
    assert "reader.core.loading" in first.stdout.split("\n")[0]
    again = _run(tmp_path)
    assert again.returncode == 0, again.stderr
    lines = again.stdout.splitlines()
    assert lines[0] == "at-first-paint"
    assert lines[1] == "shown True"
    # PySide builds the `Qt` namespace's ~95 enum types on its first use (25-40 ms): not before the story
    assert lines[2] == "qt-namespace-built False"
    assert lines[3] == "qt-types-made"          # nor the Qt types that are not in the first frame
    # a dataclass compiles its methods as it is made: none before the first paint
    assert lines[4] == "dataclasses"
    # the menu titles are there at once, their entries and keys a frame later
    assert lines[5] == "commands False ['文件(&F)', '编辑(&E)', '视图(&V)', '转到(&G)', '帮助(&H)']"
    assert lines[6] == "sidebar True True"      # the headlines arrive a frame later, the story selected
    assert lines[7] == "commands True True J"
    assert lines[8] == "steps sidebar commands qt_catalogues banner theme find library jieba lookup"   # in this order, once
    assert lines[9] == "collector True"        # main.py's pause of the garbage collector ends with the steps
    assert lines[10] == "qt-words Cancel 取消"   # Qt's own catalogue (dialog buttons) comes a frame later
    assert lines[11] == "later reader.gui.find.controller reader.gui.library.controller"  # built a frame later
