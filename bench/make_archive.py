"""Build a synthetic archive of N issues of a daily by recombining the corpus texts.

Each issue is a page-extraction folder named by its date (bench/out/archive-N/2016-01-04/) holding
01.md … 08.md in the style of the bundled sample: a masthead and date on page 1, a page label on every
page, `##` headlines and paragraphs. Articles take a real headline and 3–12 real paragraphs drawn at
random from the corpus issues (../shared/corpus; the bundled sample issue when that is absent, said
on stderr). Six issues a week (no Sunday paper), from 2016-01-04: 3,000 issues is about ten years.

Run: .venv/bin/python bench/make_archive.py [N] [--out DIR] [--seed S]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.errors import IssueError  # noqa: E402
from reader.core.loading import open_issue  # noqa: E402
from reader.core.search.fields import searchable_items  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
CORPUS_ISSUES = ["epaper-rss/rmrb_2026-06-12.xml", "articles-md/cmn/20260713", "pages-md/000_8c687166d13b4f80.txt"]
SAMPLE = ROOT / "resources" / "sample"
PAPER = "清河日报"
PAGE_NAMES = ["要闻", "要闻", "经济", "城市", "民生", "文化", "国际", "副刊"]
WEEKDAYS = "一二三四五六日"
PAGES = 8
ARTICLES_PER_PAGE = (3, 5)
PARAGRAPHS_PER_ARTICLE = (3, 12)


def source_texts() -> tuple[list[str], list[str], str]:
    """Headlines and paragraphs of the corpus issues (or the sample), and what they came from."""
    paths = [CORPUS / p for p in CORPUS_ISSUES if (CORPUS / p).exists()]
    what = f"corpus ({', '.join(p.name for p in paths)})"
    if not paths:
        print(f"make_archive: corpus not found at {CORPUS}; recombining the bundled sample issue instead",
              file=sys.stderr)
        paths, what = [SAMPLE], "the bundled sample issue"
    titles: list[str] = []
    paragraphs: list[str] = []
    for path in paths:
        try:
            issue = open_issue(path)
        except IssueError as exc:
            print(f"make_archive: skipping {exc}", file=sys.stderr)
            continue
        for item in searchable_items(issue):
            if item.kind != "article":
                continue
            if item.title and "\n" not in item.title:
                titles.append(item.title.strip())
            paragraphs += [b.text.strip() for b in item.blocks
                           if b.kind == "paragraph" and len(b.text.strip()) >= 12 and _plain(b.text)]
    if not titles or not paragraphs:
        raise SystemExit("make_archive: no texts to recombine")
    return titles, paragraphs, what


def _plain(text: str) -> bool:
    """A paragraph that reads as body text on a page (no heading marks, jump markers or editor lines)."""
    t = text.strip()
    return not t.startswith(("#", "-", "*", ">", "|", "（", "(", "本版", "责任编辑")) and "转" not in t[-8:] \
        and "上接" not in t[:8]


def issue_dates(n: int, start: dt.date = dt.date(2016, 1, 4)) -> list[dt.date]:
    """n publishing days from start, Monday to Saturday."""
    days: list[dt.date] = []
    day = start
    while len(days) < n:
        if day.weekday() != 6:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def page_text(rng: random.Random, date: dt.date, number: int, titles: list[str], paragraphs: list[str]) -> str:
    """One page file: header lines, then headlines and paragraphs."""
    lines: list[str] = []
    if number == 1:
        lines += [PAPER, ""]
    lines += [f"{date.year}年{date.month}月{date.day}日　星期{WEEKDAYS[date.weekday()]}", "",
              f"第{number}版　{PAGE_NAMES[(number - 1) % len(PAGE_NAMES)]}", ""]
    for _ in range(rng.randint(*ARTICLES_PER_PAGE)):
        lines += [f"## {rng.choice(titles)}", ""]
        for _ in range(rng.randint(*PARAGRAPHS_PER_ARTICLE)):
            lines += [rng.choice(paragraphs), ""]
    return "\n".join(lines)


def make_archive(n: int, out: Path, seed: int = 1) -> tuple[int, int, str]:
    """Write n issue folders under out (replacing it); returns (files, characters, source)."""
    titles, paragraphs, what = source_texts()
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    files = chars = 0
    for date in issue_dates(n):
        folder = out / date.isoformat()
        folder.mkdir()
        for number in range(1, PAGES + 1):
            text = page_text(rng, date, number, titles, paragraphs)
            (folder / f"{number:02d}.md").write_text(text, encoding="utf-8")
            files += 1
            chars += len(text)
    return files, chars, what


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=3000, help="number of issues (default 3000)")
    parser.add_argument("--out", type=Path, help="where to write (default bench/out/archive-N)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    out = args.out or ROOT / "bench" / "out" / f"archive-{args.n}"
    start = time.perf_counter()
    files, chars, what = make_archive(args.n, out, args.seed)
    print(f"wrote {args.n} issues ({files} page files, {chars:,} characters) from {what} to {out} "
          f"in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
