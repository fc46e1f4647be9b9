"""Opening issues on the thread pool: results and errors come back by signal, on the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reader.gui.app import sample_issue_path
from reader.gui.session.loading import IssueLoader
from reader.gui.shell.tasks import run_in_pool

pytestmark = pytest.mark.gui


def test_loader_reports_an_issue(qtbot) -> None:
    loader = IssueLoader()
    with qtbot.waitSignal(loader.loaded, timeout=20000) as blocker:
        loader.load(sample_issue_path())
    path, issue = blocker.args
    assert path == sample_issue_path() and issue.paper == "江川日报"
    assert not loader.busy()


def test_fast_failures_are_not_lost(qtbot, tmp_path: Path) -> None:
    loader = IssueLoader()
    for i in range(20):   # a missing path fails at once, before load() returns
        with qtbot.waitSignal(loader.failed, timeout=5000) as blocker:
            loader.load(str(tmp_path / f"missing-{i}"))
        assert blocker.args[0].endswith(f"missing-{i}")
        assert "no such file or folder" in blocker.args[1]


def test_only_the_latest_request_is_reported(qtbot, tmp_path: Path) -> None:
    loader = IssueLoader()
    reports: list[str] = []
    loader.failed.connect(lambda path, _m: reports.append(path))
    loader.loaded.connect(lambda path, _i: reports.append(path))
    loader.load(str(tmp_path / "first-missing"))
    with qtbot.waitSignal(loader.loaded, timeout=20000):
        loader.load(sample_issue_path())
    qtbot.wait(50)
    assert reports == [sample_issue_path()]


def test_results_arrive_on_the_gui_thread(qtbot) -> None:
    seen: list[tuple[str, bool]] = []

    def record(worker_name: str) -> None:
        seen.append((worker_name, threading.current_thread() is threading.main_thread()))

    signals = run_in_pool(lambda: threading.current_thread().name, on_done=record)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert signals is not None
    worker_name, on_gui_thread = seen[0]
    assert worker_name != threading.main_thread().name and on_gui_thread
