"""Opening an issue that takes long offers 取消 (Cancel) in the status bar after a moment; Esc cancels
too (before the find bar's Esc); the issue on screen stays and the reading process is ended."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool

from reader.core.search import words
from reader.gui.shell.open_progress import OFFER_DELAY_MS
from reader.gui.startup import Reader

from ..fixtures.hostile import page_text
from .helpers import SAMPLE, TIMEOUT

pytestmark = pytest.mark.gui


@pytest.fixture
def slow_page(tmp_path: Path) -> Path:
    page = tmp_path / "slow" / "01.md"
    page.parent.mkdir()
    page.write_text(page_text(20, 1) * 3000, encoding="utf-8")     # seconds of layout work
    return page


def _open_sample(qtbot, reader: Reader) -> None:
    reader.session.open(str(SAMPLE))
    qtbot.waitUntil(lambda: reader.session.issue is not None and reader.session.opening_location is None,
                    timeout=TIMEOUT)


def test_a_quick_open_offers_no_cancel(qtbot, reader: Reader) -> None:
    progress = reader.opening.progress
    _open_sample(qtbot, reader)
    qtbot.wait(OFFER_DELAY_MS + 200)
    assert not progress.offered()


def test_cancel_in_the_status_bar_stops_a_long_open_and_keeps_the_issue(qtbot, reader: Reader,
                                                                      slow_page: Path) -> None:
    _open_sample(qtbot, reader)
    shown = reader.session.issue
    progress = reader.opening.progress
    reader.session.open(str(slow_page))
    assert not progress.offered()                                   # not at once: a quick open shows nothing
    qtbot.waitUntil(progress.offered, timeout=5000)
    assert progress.cancel_button.isVisible() and progress.cancel_button.isEnabled()
    asked = time.monotonic()
    progress.cancel_button.click()
    assert not progress.offered() and reader.session.opening_location is None
    assert reader.session.issue is shown                            # the issue on screen stays
    assert "cancelled" in reader.window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not reader.session.loader.busy(), timeout=5000)   # its reading ended
    assert time.monotonic() - asked < 5
    qtbot.wait(200)
    assert reader.session.issue is shown                            # and nothing arrives later


def test_escape_cancels_a_long_open_before_it_closes_the_find_bar(qtbot, reader: Reader, slow_page: Path) -> None:
    words.warm_up()            # (the find bar loads jieba in a worker otherwise: its first import leaves
    words.import_jieba_module("jieba.analyse")  # files open under a warnings filter that is not thread-safe)
    _open_sample(qtbot, reader)
    reader.find.open()
    bar = reader.find.bar
    qtbot.waitUntil(bar.isVisible, timeout=TIMEOUT)
    progress = reader.opening.progress
    reader.session.open(str(slow_page))
    qtbot.waitUntil(progress.offered, timeout=5000)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)                   # focus in the find field
    qtbot.waitUntil(lambda: reader.session.opening_location is None, timeout=2000)
    assert not progress.offered() and bar.isVisible()              # the first Esc was the opening's
    qtbot.waitUntil(lambda: not reader.session.loader.busy(), timeout=5000)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)     # the next one closes the bar
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=30000)


def test_the_first_long_open_makes_its_cancel_and_offers_it_left_of_the_notes(qtbot, reader: Reader,
                                                                             slow_page: Path) -> None:
    assert reader.opening._progress is None                         # not made at start-up
    reader.session.open(str(slow_page))
    progress = reader.opening._progress
    assert progress is not None and not progress.offered()          # made by this opening, shown later
    qtbot.waitUntil(progress.offered, timeout=5000)
    assert reader.reading.position_label.geometry().right() < progress.geometry().x() \
        < reader.reading.notes.label.geometry().x()                 # where it stood when made at start-up
    progress.cancel_button.click()
    assert reader.session.opening_location is None and reader.opening.progress is progress
    qtbot.waitUntil(lambda: not reader.session.loader.busy(), timeout=5000)
