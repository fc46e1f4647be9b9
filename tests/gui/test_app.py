"""Starting the reader: the first issue, --screenshot, and nothing slow on the start-up path."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from reader.gui import app as gui_app
from reader.gui.shell.settings import SETTINGS_FILE_ENV, ReaderSettings
from reader.gui.startup import Reader

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def test_first_start_opens_the_bundled_sample(qtbot, reader: Reader, settings: ReaderSettings) -> None:
    sample = gui_app.sample_issue_path()
    assert (Path(sample) / "01.md").is_file()
    with qtbot.waitSignal(reader.session.issue_loaded, timeout=20000):
        gui_app.open_first_issue(reader.session, settings, None, None)
    assert reader.session.location == sample
    assert reader.session.issue is not None and reader.session.issue.paper == "江川日报"
    assert reader.session.current_item_id == "p1-1"
    assert reader.reading.sidebar.model.rowCount() == len(reader.session.issue.pages)


def test_later_starts_return_to_the_last_issue_and_article(qtbot, reader: Reader,
                                                          settings: ReaderSettings) -> None:
    sample = gui_app.sample_issue_path()
    settings.set_last_position(sample, "p2-2", 0)
    with qtbot.waitSignal(reader.session.issue_loaded, timeout=20000):
        gui_app.open_first_issue(reader.session, settings, None, None)
    assert reader.session.current_item_id == "p2-2"
    assert reader.reading.pane.item_ids() == ["p2-2"]


def test_a_vanished_last_issue_falls_back_to_the_sample(qtbot, reader: Reader, settings: ReaderSettings,
                                                       tmp_path: Path) -> None:
    settings.set_last_position(str(tmp_path / "gone"), "p1-1", 0)
    with qtbot.waitSignal(reader.session.issue_loaded, timeout=20000):
        gui_app.open_first_issue(reader.session, settings, None, None)
    assert reader.session.location == gui_app.sample_issue_path()


def test_screenshot_in_process(qapp, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    status = gui_app.main([gui_app.sample_issue_path(), "--screenshot", str(out), "--article", "p3-1",
                          "--size", "900x640", "--theme", "dark", "--lang", "en"])
    assert status == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 640)
    pane = [image.pixelColor(x, y).lightness() for x in range(300, 880, 7) for y in range(100, 500, 7)]
    assert sum(1 for light in pane if light < 100) > 0.6 * len(pane)      # dark reading pane


def test_screenshot_unknown_article_fails_cleanly(qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = gui_app.main(["--screenshot", str(tmp_path / "x.png"), "--article", "p99-9", "--lang", "en"])
    assert status == 2
    assert "p99-9" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def _run(code_or_args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", SETTINGS_FILE_ENV: str(tmp_path / "s.ini"), **env}
    return subprocess.run([sys.executable, *code_or_args], cwd=ROOT, env=full_env, capture_output=True,
                          text=True, timeout=120)


def test_main_py_screenshot_writes_png_of_the_size(tmp_path: Path) -> None:
    out = tmp_path / "main.png"
    done = _run(["main.py", "--screenshot", str(out), "--size", "1024x700", "--lang", "zh"], tmp_path)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)


def test_jieba_stays_off_the_start_up_path(tmp_path: Path) -> None:
    code = """
import sys
from PySide6.QtWidgets import QApplication
from reader.gui.app import sample_issue_path
from reader.gui.startup import Reader
from reader.gui.shell.settings import ReaderSettings
app = QApplication([])
w = Reader(ReaderSettings())
w.window.show()
w.session.set_issue(w.session.open_now(sample_issue_path()), sample_issue_path())
w.session.next_article()
app.processEvents()
print("issue", w.session.issue.paper, "jieba" in sys.modules)
"""
    done = _run(["-c", code], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["issue", "江川日报", "False"]


def test_startup_probe_reports_first_paint(tmp_path: Path) -> None:
    done = _run(["main.py", gui_app.sample_issue_path()], tmp_path, READER_STARTUP_PROBE="exit")
    assert done.returncode == 0, done.stderr
    assert "startup-probe: first_article_paint_ms=" in done.stdout


def test_screenshot_of_an_unreadable_issue_exits_with_its_message(qapp, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "empty.md"
    bad.write_text("", encoding="utf-8")
    status = gui_app.main([str(bad), "--screenshot", str(tmp_path / "x.png"), "--lang", "en"])
    assert status == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "empty" in err


def test_an_issue_parsed_before_is_on_screen_at_once(qtbot, reader: Reader, settings: ReaderSettings) -> None:
    with qtbot.waitSignal(reader.session.issue_loaded, timeout=20000):
        gui_app.open_first_issue(reader.session, settings, None, None)    # parsed off the GUI thread, then cached
    reader.session.show("p2-1")
    reader.window.close()
    again = Reader(settings, theme="light")
    qtbot.addWidget(again.window)
    gui_app.open_first_issue(again.session, settings, None, None)
    assert again.session.issue is not None and again.session.issue.paper == "江川日报"     # no waiting: from the cache
    assert again.session.current_item_id == "p2-1"
