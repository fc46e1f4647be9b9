"""The library stays off the start-up path; where the library is; --library and the screenshot options."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from reader.core.library import default_library_path
from reader.core.library.sqlite.importing import import_paths
from reader.core.library.sqlite.library import Library
from reader.gui import app as gui_app
from reader.gui.library.opener import library_location
from reader.gui.shell.settings import SETTINGS_FILE_ENV

from .helpers import FIXTURE, SAMPLE

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def test_start_up_builds_the_library_after_the_first_paint_and_opens_it_later(tmp_path: Path) -> None:
    lib = tmp_path / "lib.sqlite3"
    code = f"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from reader.gui.app import sample_issue_path
from reader.gui.startup import Reader
from reader.gui.shell.settings import ReaderSettings
app = QApplication([])
w = Reader(ReaderSettings(), deferred=True, library=True, library_location={str(lib)!r})
print("before", w.window.left_panels.count(), "library:" in w.session.loader.openers)
w.window.show()
w.session.set_issue(w.session.open_now(sample_issue_path()), sample_issue_path())
app.processEvents()
print("painted", "reader.core.library" in sys.modules, "jieba" in sys.modules, Path({str(lib)!r}).exists())
end = time.time() + 20
while not (w.library is not None and w.library.service.is_open) and time.time() < end:
    app.processEvents()
    time.sleep(0.01)
print("later", w.window.left_panels.count(), w.library.service.is_open, Path({str(lib)!r}).exists(), "jieba" in sys.modules)
w.library.shutdown()
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", SETTINGS_FILE_ENV: str(tmp_path / "s.ini")}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["before", "1", "True", "painted", "False", "False", "False",
                                   "later", "3", "True", "True", "False"]


def test_where_the_library_is(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("READER_LIBRARY", raising=False)
    assert library_location(None) == str(default_library_path())            # the core's default, platformdirs
    assert library_location(None, str(tmp_path / "chosen.sqlite3")) == str(tmp_path / "chosen.sqlite3")
    monkeypatch.setenv("READER_LIBRARY", str(tmp_path / "env.sqlite3"))
    assert library_location(None, str(tmp_path / "chosen.sqlite3")) == str(tmp_path / "env.sqlite3")
    assert library_location(str(tmp_path / "arg.sqlite3")) == str(tmp_path / "arg.sqlite3")
    args = gui_app.build_parser().parse_args(["--library", str(tmp_path / "x.sqlite3")])
    assert args.library == str(tmp_path / "x.sqlite3")


def test_screenshot_of_the_library_panel_and_search(qapp, tmp_path: Path) -> None:
    lib = tmp_path / "lib.sqlite3"
    with Library(lib) as library:
        import_paths(library, [SAMPLE, FIXTURE])
    out = tmp_path / "library.png"
    status = gui_app.main(["--screenshot", str(out), "--library", str(lib), "--panel", "library",
                           "--library-search", "公园", "--size", "1280x720", "--lang", "en"])
    assert status == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)
    opened = tmp_path / "opened.png"
    status = gui_app.main(["library:北岸晚报:2024-02-05", "--screenshot", str(opened), "--library", str(lib),
                           "--article", "p1-2", "--lang", "en"])
    assert status == 0 and QImage(str(opened)).width() == 1280


def test_screenshot_of_an_unusable_library_fails_with_its_message(qapp, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 20)
    status = gui_app.main(["--screenshot", str(tmp_path / "x.png"), "--library", str(bad), "--panel", "library",
                           "--lang", "en"])
    assert status == 2
    assert "not an SQLite database" in capsys.readouterr().err
    assert bad.read_bytes() == b"not a database" * 20
