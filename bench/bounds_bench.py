"""What the guards against hostile input cost: a bounded parse and a checked library open, each against
the unguarded way in the same run.

- parse: loading.open_issue in this process (the baseline) against bounds.open_issue_bounded, forked
  (this process has one thread: the command line) and through the parse server (a second thread
  runs: the GUI's way), on the bundled sample and the 20-page corpus feed when present;
- open: Library(path) (header check, write access, schema, index signature) against a bare
  sqlite3.connect and one query, on a library of the sample;
- GUI import: importing the sample, the library fixture and the corpus (when present) into a new
  library, each issue read in this process (the baseline) against each read bounded through a parse
  server of the import's own while a second thread runs (reading.Bounded: the GUI's way), with one
  reader and with bounded_readers() reading ahead in parallel.

    .venv/bin/python bench/bounds_bench.py [--runs 15]

Ends with `result: bounded_parse_ms=<sample, forked> ratio=<bounded / in-process>`.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.bounds import open_issue_bounded  # noqa: E402
from reader.core.library.reading import Bounded, bounded_readers  # noqa: E402
from reader.core.library.sqlite.importing import import_paths  # noqa: E402
from reader.core.library.sqlite.library import Library  # noqa: E402
from reader.core.loading import open_issue  # noqa: E402

SAMPLE = ROOT / "resources" / "sample"
FEED = ROOT.parent / "shared" / "corpus" / "epaper-rss" / "rmrb_2026-06-12.xml"


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm: imports, caches, the parse server started
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def gui_import(runs: int) -> None:
    """The GUI's bounded import against reading in this process (see the module docstring)."""
    paths = [p for p in (SAMPLE, ROOT / "tests" / "fixtures" / "library_gui", ROOT.parent / "shared" / "corpus")
             if p.exists()]

    def once(bounded: Bounded | None) -> int:
        with tempfile.TemporaryDirectory() as tmp, Library(Path(tmp) / "library.sqlite3") as lib:
            return len(import_paths(lib, paths, bounded=bounded).imported)

    issues = once(None)
    plain = median_ms(lambda: once(None), runs)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    readers = bounded_readers()
    try:
        alone = median_ms(lambda: once(Bounded(readers=1)), runs)
        served = median_ms(lambda: once(Bounded()), runs)
    finally:
        stop.set()
        other.join()
    print(f"GUI import of {issues} issues: in-process {plain:.0f} ms, bounded one reader {alone:.0f} ms "
          f"(ratio {alone / plain:.2f}), bounded {readers} readers {served:.0f} ms "
          f"(+{(served - plain) / max(1, issues):.0f} ms an issue, ratio {served / plain:.2f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    result = None
    for path in (SAMPLE, FEED):
        if not path.exists():
            print(f"{path}: absent, left out")
            continue
        plain = median_ms(lambda p=path: open_issue(p), args.runs)
        forked = median_ms(lambda p=path: open_issue_bounded(p), args.runs)
        stop = threading.Event()
        other = threading.Thread(target=stop.wait)
        other.start()
        try:
            served = median_ms(lambda p=path: open_issue_bounded(p), args.runs)
        finally:
            stop.set()
            other.join()
        print(f"{path.name}: in-process {plain:.1f} ms, bounded (fork) {forked:.1f} ms (+{forked - plain:.1f}), "
              f"bounded (parse server) {served:.1f} ms (+{served - plain:.1f})")
        if result is None:
            result = (forked, forked / plain)
    with tempfile.TemporaryDirectory() as tmp:
        library = Path(tmp) / "library.sqlite3"
        with Library(library) as lib:
            import_paths(lib, [SAMPLE])

        def bare() -> None:
            conn = sqlite3.connect(f"{library.as_uri()}?mode=rw", uri=True)
            conn.execute("SELECT count(*) FROM issue").fetchone()
            conn.close()

        raw = median_ms(bare, args.runs * 4)
        checked = median_ms(lambda: Library(library).close(), args.runs * 4)
        print(f"library open: bare sqlite3 {raw:.2f} ms, Library() {checked:.2f} ms")
    gui_import(max(1, args.runs // 5))
    assert result is not None
    print(f"result: bounded_parse_ms={result[0]:.1f} ratio={result[1]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
