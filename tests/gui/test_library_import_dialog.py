"""File ▸ Import into Library…: the worker imports off the GUI thread, reports skips, and cancels cleanly."""

from __future__ import annotations

import functools
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from reader.core.library.reading import Bounded
from reader.core.library.sqlite.library import Library
from reader.core.library.sqlite.search import LibrarySearch
from reader.gui.library.controller import LibraryController
from reader.gui.startup import Reader

from .. import import_reads
from .helpers import FIXTURE, SAMPLE, TIMEOUT, import_paths_via_dialog

pytestmark = pytest.mark.gui


def test_file_menu_has_import_and_export(reader: Reader, library: LibraryController) -> None:
    names = [a.objectName() for a in reader.window.menus["file"].actions()]
    assert names.index("file.import") < names.index("file.export_article") < names.index("file.export_issue")
    assert reader.window.menus["file"].actions()[-1] is reader.window.action("file.quit")      # Quit stays last


def test_import_reports_imported_and_skipped_with_reasons(qtbot, library: LibraryController,
                                                           library_file: Path) -> None:
    report = import_paths_via_dialog(qtbot, library, [SAMPLE, FIXTURE, library_file.parent / "missing"])
    dialog = library.maintenance.import_dialog
    assert dialog is not None
    assert sorted(i.key for i in report.imported) == ["北岸晚报:2023-12-30", "北岸晚报:2024-02-05",
                                                      "江川日报:2026-03-02"]
    skipped = dict(dialog.skipped_rows())
    note = next(path for path in skipped if path.endswith("notes.txt"))
    assert "not a page" in skipped[note]                               # the note beside the issue folders
    assert skipped[str(library_file.parent / "missing")] == "no such file or folder"
    assert dialog.skipped_title.text() == "Skipped: 2 paths"
    assert "《北岸晚报》 30 Dec 2023" in dialog.log.toPlainText()
    assert "3" in dialog.state.text() and "2 skipped" in dialog.state.text()
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.close_button.isVisible() and not dialog.cancel_button.isVisible()
    qtbot.waitUntil(lambda: library.panel.model.issue_count() == 3, timeout=TIMEOUT)
    with Library(library_file) as lib:
        assert lib.pending_count() == 0 and lib.check() == []

    again = import_paths_via_dialog(qtbot, library, [FIXTURE])        # the same issues again: left as they are
    assert len(again.unchanged) == 2 and not again.imported and not again.replaced
    assert "Unchanged" in dialog.log.toPlainText() and "2" in dialog.state.text()
    assert library.panel.model.issue_count() == 3


def _held(tmp_path: Path, held: str) -> tuple[Path, Bounded]:
    gate = tmp_path / "gate"
    gate.mkdir()
    return gate, Bounded(read=functools.partial(import_reads.held_read, str(gate), held))


def test_cancel_midway_stops_at_once_and_leaves_a_consistent_library(
        qtbot, library: LibraryController, library_file: Path, tmp_path: Path) -> None:
    gate, bounded = _held(tmp_path, "2024-02-05")      # the second issue is never done reading
    dialog = library.show_import([str(FIXTURE), str(SAMPLE)])
    dialog.bounded = bounded
    dialog.start()
    qtbot.waitUntil(lambda: (gate / "started").exists(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "30 Dec 2023" in dialog.log.toPlainText(), timeout=TIMEOUT)   # first one stored
    qtbot.waitUntil(lambda: "2024-02-05" in dialog.state.text(), timeout=TIMEOUT)         # named while read

    ticks: list[int] = []                  # the GUI thread keeps running while the issue is read
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)
    timer.stop()
    assert dialog.running() and dialog.cancel_button.isVisible()

    started = time.monotonic()
    dialog.cancel_button.click()           # never released: the reading is ended, not waited for
    assert not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=TIMEOUT)
    assert time.monotonic() - started < 10
    assert not (gate / "release").exists()
    assert dialog.report.cancelled
    assert "Cancelled" in dialog.state.text()
    with Library(library_file) as lib:
        assert lib.check() == []
        assert lib.pending_count() == 0
        assert sorted(i.key for i in lib.issues()) == ["北岸晚报:2023-12-30"]   # the sample was never read
        assert LibrarySearch(lib).count("口袋公园") == 1
    qtbot.waitUntil(lambda: library.panel.model.issue_count() == 1, timeout=TIMEOUT)


def test_escape_during_an_import_cancels_instead_of_hiding_it(qtbot, library: LibraryController,
                                                               tmp_path: Path) -> None:
    gate, bounded = _held(tmp_path, "2023-12-30")
    dialog = library.show_import([str(FIXTURE)])
    dialog.bounded = bounded
    dialog.start()
    qtbot.waitUntil(lambda: (gate / "started").exists(), timeout=TIMEOUT)
    dialog.reject()                      # Esc
    assert dialog.isVisible() and dialog.task is not None and dialog.task.cancel_flag.is_set()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=TIMEOUT)
    assert dialog.report.cancelled and not dialog.report.imported
    dialog.reject()
    assert not dialog.isVisible()


def test_word_index_is_built_in_the_background_after_an_import(qtbot, library: LibraryController,
                                                                library_file: Path) -> None:
    library.maintenance.words_after_import = True
    import_paths_via_dialog(qtbot, library, [FIXTURE])
    task = library.maintenance.word_task
    assert task is not None
    qtbot.waitUntil(lambda: not library.maintenance.tasks, timeout=60000)
    assert not library.maintenance.words_label.isVisible()
    with Library(library_file) as lib:
        assert lib.words_missing() == 0
