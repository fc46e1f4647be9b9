"""Parse speed of each corpus issue, against reading and splitting the same files into lines.

Run: .venv/bin/python bench/parse_bench.py [--repeat N]
For each issue in ../shared/corpus it prints the median open_issue() time over N runs and the
characters parsed per second. The last line is
    result: parse_ms_20page=<ms> ratio=<parse time / read-and-split time>
for the corpus's 20-page issue (the 人民日报 feed); when that is absent or not readable, for a
20-page issue of page files made from the bundled sample issue, and it says so.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.errors import IssueError  # noqa: E402
from reader.core.loading import open_issue  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLE = ROOT / "resources" / "sample"
CASES = [
    ("seed page (pages-md)", "pages-md/000_8c687166d13b4f80.txt"),
    ("rmrb 19 pages (pages-md)", "pages-md/rmrb-2026-06-12"),
    ("rmrb feed (epaper-rss)", "epaper-rss/rmrb_2026-06-12.xml"),
    ("studytimes feed (epaper-rss)", "epaper-rss/studytimes_2026-07-13.xml"),
    ("mrdx feed (epaper-rss, table layout)", "epaper-rss/mrdx_2026-04-29.xml"),
    ("cmn folder (articles-md)", "articles-md/cmn/20260713"),
]
TWENTY_PAGE_CASE = "epaper-rss/rmrb_2026-06-12.xml"


def files_of(path: Path) -> list[Path]:
    """The file, or every file under the folder."""
    if path.is_file():
        return [path]
    return sorted(f for f in path.rglob("*") if f.is_file())


def median_ms(run: Callable[[], object], repeat: int) -> float:
    """Median wall time of run() in milliseconds, after one warm-up run."""
    run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def read_and_split(files: list[Path]) -> int:
    """The baseline: read the files as text and split them into lines."""
    return sum(len(f.read_text(encoding="utf-8", errors="replace").splitlines()) for f in files)


def measure(label: str, path: Path, repeat: int) -> tuple[float, float] | None:
    """Print one issue's figures; return (parse ms, baseline ms), or None when it cannot be read."""
    try:
        issue = open_issue(path)
    except IssueError as exc:
        print(f"{label}: not yet readable: {exc}")
        return None
    files = files_of(path)
    chars = sum(len(f.read_text(encoding="utf-8", errors="replace")) for f in files)
    parse_ms = median_ms(lambda: open_issue(path), repeat)
    base_ms = median_ms(lambda: read_and_split(files), repeat)
    items = sum(1 for _ in issue.items())
    print(f"{label}: {len(issue.pages)} pages, {items} items, {chars} chars: parse {parse_ms:.1f} ms "
          f"(median of {repeat}), {chars / (parse_ms / 1000):,.0f} chars/s; read+split {base_ms:.2f} ms, "
          f"ratio {parse_ms / base_ms:.0f}")
    return parse_ms, base_ms


def sample_twenty_pages(folder: Path) -> Path:
    """A 20-page issue of page files: the sample's four pages five times over."""
    pages = sorted(SAMPLE.glob("*.md"))
    for n in range(20):
        shutil.copy(pages[n % len(pages)], folder / f"{n + 1:02d}.md")
    return folder


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=9, help="runs per measurement (median is printed)")
    args = ap.parse_args()
    twenty: tuple[float, float] | None = None
    if CORPUS.exists():
        for label, rel in CASES:
            path = CORPUS / rel
            if not path.exists():
                print(f"{label}: not in the corpus ({path})")
                continue
            figures = measure(label, path, args.repeat)
            if rel == TWENTY_PAGE_CASE:
                twenty = figures
    else:
        print(f"corpus not found at {CORPUS}: measuring the bundled sample issue instead")
        measure("sample issue (pages-md)", SAMPLE, args.repeat)
    if twenty is None:
        with tempfile.TemporaryDirectory() as tmp:
            print("20-page figure from the sample issue's pages repeated to 20 pages "
                  "(the corpus's 20-page feed is absent or not readable)")
            twenty = measure("sample x5 (pages-md, 20 pages)", sample_twenty_pages(Path(tmp)), args.repeat)
    if twenty is None:
        print("result: parse_ms_20page=nan ratio=nan")
        return 1
    parse_ms, base_ms = twenty
    print(f"result: parse_ms_20page={parse_ms:.1f} ratio={parse_ms / base_ms:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
