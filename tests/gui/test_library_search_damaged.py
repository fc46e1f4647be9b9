"""A search that meets stored articles it cannot read (damaged) says how many were left out, in the UI
language, and offers the rebuild that may mend them."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from reader.gui.library.controller import LibraryController

from .conftest import FakeDialogs
from .helpers import TIMEOUT, type_text, wait_idle

pytestmark = pytest.mark.gui


def _damage(library_file: Path, title: str) -> None:
    with sqlite3.connect(library_file) as conn:
        conn.execute("UPDATE article SET fields = ? WHERE title = ?", (b"not zlib", title))


def _search(qtbot, library: LibraryController, text: str) -> None:
    view = library.search_view
    library.show_search()
    view.edit.clear()
    type_text(view.edit, text)                  # as an input method commits it
    view.search_now()
    wait_idle(qtbot, library)
    qtbot.waitUntil(lambda: view.request is not None and view.summary.text() not in ("", "正在搜索…", "Searching…"),
                    timeout=TIMEOUT)


def test_a_search_says_how_many_damaged_articles_it_left_out_and_offers_the_rebuild(
        qtbot, chinese: None, filled: LibraryController, library_file: Path, dialogs: FakeDialogs) -> None:
    view = filled.search_view
    _search(qtbot, filled, "口袋公园")
    assert not view.damaged.isVisible()                           # a sound library: nothing said
    _damage(library_file, "口袋公园里的年味")
    filled.service.reopen(filled.location)     # (a fresh connection: what it met so far is counted anew)
    wait_idle(qtbot, filled)
    _search(qtbot, filled, "公园")
    assert view.damaged.isVisible()
    assert view.damaged_label.text() == "1 篇已存文章无法读取（已损坏）：结果中只列出标题，所在的那一期也打不开。"
    assert view.repair_button.text() == "重建往期库…"

    dialogs.answers.append(True)
    view.repair_button.click()
    assert dialogs.shown[-1][0] == "confirm" and str(library_file) in dialogs.shown[-1][2]
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _t, _x in dialogs.shown), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: filled.service.is_open, timeout=TIMEOUT)
    assert list(library_file.parent.glob("lib.sqlite3.corrupt-*"))           # the old file kept aside
    _search(qtbot, filled, "口袋公园")
    assert not view.damaged.isVisible()
    assert "2" in view.summary.text()          # imported again from its folder: both articles found


def test_no_rebuild_when_the_reader_says_no(qtbot, filled: LibraryController, library_file: Path,
                                            dialogs: FakeDialogs) -> None:
    _damage(library_file, "口袋公园里的年味")
    filled.service.reopen(filled.location)
    wait_idle(qtbot, filled)
    _search(qtbot, filled, "公园")
    view = filled.search_view
    assert view.damaged.isVisible() and view.damaged_label.text().startswith("1 stored article could not be read (damaged): it is listed without its text")
    view.repair_button.click()                                    # answered No
    assert not list(library_file.parent.glob("lib.sqlite3.corrupt-*")) and filled.service.is_open


def test_the_rebuild_waits_for_the_running_search_without_holding_up_the_window(
        qtbot, filled: LibraryController, library_file: Path, dialogs: FakeDialogs) -> None:
    """A job still running in the library's thread (a long search) is let finish before the file is
    moved aside; meanwhile the window keeps going (the old code waited on the GUI thread, then gave
    up after 10 s and rebuilt under the running job)."""
    release = threading.Event()
    finished: list[str] = []

    def long_search(_library: object) -> str:
        release.wait(TIMEOUT / 1000)
        return "done"

    filled.service.submit(long_search, on_done=finished.append)
    dialogs.answers.append(True)
    filled.maintenance.repair()
    filled.maintenance.repair()                       # asked twice while waiting: one rebuild
    assert filled.panel.placeholder.text() == "Rebuilding the library…"     # said at once
    qtbot.wait(300)                                   # the window's event loop runs meanwhile
    assert not finished and not list(library_file.parent.glob("lib.sqlite3.corrupt-*"))
    assert [kind for kind, _t, _x in dialogs.shown].count("confirm") == 1
    release.set()
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _t, _x in dialogs.shown), timeout=TIMEOUT)
    assert finished == ["done"]                       # the search ended on the old file, untouched
    backups = [p for p in library_file.parent.glob("lib.sqlite3.corrupt-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(backups) == 1                          # one rebuild
    qtbot.waitUntil(lambda: filled.service.is_open, timeout=TIMEOUT)
