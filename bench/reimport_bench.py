"""Re-importing the same archive: the library's size and the time, against the first import in the same run.

Imports an archive (default: a synthetic one of 114 issues, built by make_archive.py when missing)
into a fresh library with `python -m reader import`, then three times again unchanged (each issue
is recognised and left as it is), three times with --force (every issue replaced), then runs
`reader compact`. Prints the file size (library and its -wal, after the command ended) and the
time of each step.

    .venv/bin/python bench/reimport_bench.py [--n 114] [--archive DIR]

Ends with `result: reimport_size_ratio=<after 3 unchanged re-imports / after the first>
forced_size_ratio=<after 3 forced re-imports and compact / after the first>`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def size(library: Path) -> int:
    return sum(p.stat().st_size for p in (library, Path(f"{library}-wal")) if p.exists())


def reader(*args: str) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "reader", *args], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"reader {' '.join(args)} failed: {proc.stderr[-2000:]}")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=114, help="issues in the synthetic archive (default 114)")
    parser.add_argument("--archive", type=Path, help="default bench/out/archive-N (built when missing)")
    args = parser.parse_args()
    archive = args.archive or ROOT / "bench" / "out" / f"archive-{args.n}"
    if not archive.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_archive.py"), str(args.n), "--out", str(archive)],
                       check=True)
    with tempfile.TemporaryDirectory() as tmp:
        library = Path(tmp) / "library.sqlite3"
        base = ["--library", str(library), "--quiet"]
        seconds = reader("import", str(archive), *base)
        first = size(library)
        print(f"first import:        {first / 1048576:7.1f} MB  {seconds:6.1f} s")
        for n in range(1, 4):
            seconds = reader("import", str(archive), *base)
            print(f"re-import {n} (same):  {size(library) / 1048576:7.1f} MB  {seconds:6.1f} s")
        unchanged = size(library)
        for n in range(1, 4):
            seconds = reader("import", str(archive), *base, "--force")
            print(f"re-import {n} (force): {size(library) / 1048576:7.1f} MB  {seconds:6.1f} s")
        seconds = reader("compact", "--library", str(library))
        forced = size(library)
        print(f"compact:             {forced / 1048576:7.1f} MB  {seconds:6.1f} s")
    print(f"result: reimport_size_ratio={unchanged / first:.3f} forced_size_ratio={forced / first:.3f}")
    return 0


if __name__ == "__main__":
    os.environ.pop("READER_LIBRARY", None)
    sys.exit(main())
