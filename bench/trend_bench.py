"""Trend counts on a large library: time of trend() against the search's own matching_ids().

Needs a library, e.g. one made from the synthetic archive:
    .venv/bin/python bench/make_archive.py 1000 && \
    .venv/bin/python -m reader import --library bench/out/library-1000.sqlite3 bench/out/archive-1000
For each query, best of --repeat runs: matching_ids (the baseline: the set trend counts) and trend
by month (the same set, grouped by paper and month). Last line:
    result: trend_ms=<median over queries> search_ms=<…> ratio=<trend / search>

Run: .venv/bin/python bench/trend_bench.py [--library PATH] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.library.sqlite.library import Library  # noqa: E402
from reader.core.library.sqlite.search import LibrarySearch  # noqa: E402
from reader.core.library.sqlite.trend import trend  # noqa: E402

QUERIES = ["发展", "人民", "经济 -农业", "政绩观", '"高质量发展"', "乡村振兴", "的"]


def best(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--library", type=Path, default=ROOT / "bench" / "out" / "library-1000.sqlite3")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not args.library.exists():
        raise SystemExit(f"no library at {args.library} (see this script's docstring to make one)")
    with Library(args.library, create=False) as lib:
        stats = lib.stats()
        print(f"library {args.library}: {stats['issues']} issues, {stats['articles']} articles")
        search = LibrarySearch(lib)
        ratios, trends, searches = [], [], []
        for query in QUERIES:
            s = best(lambda: search.matching_ids(query), args.repeat)
            t = best(lambda: trend(lib, query), args.repeat)
            result = trend(lib, query)
            print(f"{query:<12} {result.total:>7} matches, {len(result.periods):>3} months: "
                  f"search {s * 1000:6.1f} ms, trend {t * 1000:6.1f} ms")
            trends.append(t)
            searches.append(s)
            ratios.append(t / s)
    print(f"result: trend_ms={statistics.median(trends) * 1000:.1f} search_ms={statistics.median(searches) * 1000:.1f} "
          f"ratio={statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
