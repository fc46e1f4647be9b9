"""The reader's window with a big library: memory (RSS) after opening the 往期 panel and searching, and
how long the panel and a few searches take to come back to the GUI thread.

    .venv/bin/python bench/library_gui_bench.py [--library bench/out/library-3000.sqlite3]

Runs offscreen in this process: the window, the bundled sample issue, install_library on the given
library, the 往期 tab shown (the library is opened in its thread and the tree and calendar filled),
then searches from the search view (newest first and by relevance), each waited for until its page is
on screen, then the first result opened with the query highlighted. The baseline is the same window
before the library is touched (RSS of the reader without a library). Memory from /proc/self/status.
Ends with `result: rss_mb=<after> baseline_rss_mb=<before> ratio=<after / before>`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = ["经济", "乡村振兴", "人", "高质量发展 -会议", "“一带一路”"]


def status_mb(field: str) -> float:
    """A VmRSS/VmHWM figure of this process in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", default=str(ROOT / "bench" / "out" / "library-3000.sqlite3"))
    args = parser.parse_args()
    library_path = Path(args.library)
    if not library_path.exists():
        print(f"library_gui_bench: {library_path}: no such library (make one with bench/archive_bench.py)")
        return 2

    import tempfile

    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    from reader.gui.app import sample_issue_path
    from reader.gui.library.problem import NoProblemDialogs
    from reader.gui.screenshot import wait_for
    from reader.gui.shell.settings import ReaderSettings
    from reader.gui.startup import Reader
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        settings = ReaderSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        reader = Reader(settings, theme="light")
        window = reader.window
        window.resize(1280, 800)
        window.show()
        reader.session.set_issue(reader.session.open_now(sample_issue_path()), sample_issue_path())
        app.processEvents()
        baseline = status_mb("VmRSS")

        library = reader.install_library(str(library_path), words_after_import=False, problems=NoProblemDialogs(),
                                         remember_positions=False)      # the benchmark's library is left as it was
        t0 = time.perf_counter()
        window.show_panel(library.panel_tab)
        assert wait_for(lambda: library.service.is_open and library.service.idle()
                        and library.panel.model.issue_count() > 0, 120000), "the library did not open"
        panel_ms = (time.perf_counter() - t0) * 1000
        issues = library.panel.model.issue_count()

        view = library.search_view
        library.show_search()
        timings: dict[str, list[float]] = {}
        for sort in ("newest", "relevance"):
            view.sort_box.setCurrentIndex(view.sort_box.findData(sort))
            for query in QUERIES:
                view.edit.setText(query)
                t0 = time.perf_counter()
                view.search_now()
                assert wait_for(library.service.idle, 120000), f"search {query!r} did not finish"
                timings.setdefault(sort, []).append((time.perf_counter() - t0) * 1000)
                print(f"  {sort:9} {query:12} {view.total:7,} articles  {timings[sort][-1]:8.1f} ms to the page")
        first = view.model.index(0, 0, view.model.index(0, 0))
        hit = view.model.hit_at(first)
        if hit is not None and view.request is not None:
            library.open_hit(hit, view.request)
            wait_for(lambda: reader.session.location == f"library:{hit.article.issue_key}", 60000)
        app.processEvents()
        rss, peak = status_mb("VmRSS"), status_mb("VmHWM")
        print(f"library {library_path} ({issues:,} issues): panel filled in {panel_ms:.0f} ms")
        for sort, values in timings.items():
            print(f"search ({sort}), search view to page on screen: median {statistics.median(values):.1f} ms, "
                  f"max {max(values):.1f} ms")
        print(f"RSS: {baseline:.0f} MB before the library, {rss:.0f} MB after panel + searches + opening a "
              f"result (peak {peak:.0f} MB)")
        QThreadPool.globalInstance().waitForDone(60000)
        library.shutdown()
        window.close()
    print(f"result: rss_mb={rss:.0f} baseline_rss_mb={baseline:.0f} ratio={rss / baseline:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
