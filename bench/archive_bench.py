"""The library at archive scale: import throughput, database size, and query latency, for any archive.

Imports an archive folder (any folder of issues `import` reads; by default the synthetic archive of
bench/make_archive.py, built first when missing) into a fresh library and reports:
- import throughput in characters (of searchable article text) per second, wall clock;
- the database size against the size of the archive's files and of the article text as UTF-8;
- plain search latency, median and p95, for one-, two- and four-character strings, two-term queries,
  whole jieba words and a fixed list of common words, all drawn from the stored texts: one query =
  the exact number of matching articles plus the first page of 50 newest with snippets
  (LibrarySearch.search), the median of 3 runs; with the bare set of matches, and ripgrep (`rg -l -F` over the archive's
  files; a two-term query as rg over rg's files) or, without rg, a Python scan of every article text
  held in memory, as the baseline in the same run;
- word mode (全词匹配): what a library without its word index answers (WordIndexMissing, and how
  fast), the word index build (chars/s, database growth), then the same queries in word mode, each
  against plain search of the same query (ratio word/plain);
- the peak memory of a process that opens the library and runs the queries.
--sizes 300,3000,10000 runs it for each synthetic archive and ends with the size/speed curve.
Last line: result: query_p50_ms=… word_p50_ms=… word_max_ms=… word_ratio_max=… import_chars_per_s=…

Run: .venv/bin/python bench/archive_bench.py [--n 3000 | --sizes 300,3000] [--queries 20] [--archive DIR]
     [--library FILE] [--keep-library] [--workers N] [--no-words]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_archive import make_archive  # noqa: E402

from reader.core.library.errors import WordIndexMissing  # noqa: E402
from reader.core.library.reading import default_workers  # noqa: E402
from reader.core.library.sqlite import importing as importer  # noqa: E402
from reader.core.library.sqlite.library import Library  # noqa: E402
from reader.core.library.sqlite.search import LibrarySearch  # noqa: E402
from reader.core.search import words  # noqa: E402
from reader.core.search.fields import item_fields, searchable_items  # noqa: E402
from reader.core.search.folding import fold  # noqa: E402
from reader.core.search.query import SearchOptions, parse_query  # noqa: E402

RG = shutil.which("rg")
COMMON = ["党", "发展", "经济", "中国", "人民", "建设", "习近平", "新时代", "高质量发展", "一带一路", "经济发展",
          "中华人民共和国", "人民 -发展", "发展 经济", "全面建设社会主义现代化国家"]
WORD = SearchOptions(word=True)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.1f}"


def archive_files(archive: Path) -> list[Path]:
    """Every file of the archive (hidden ones left out, as import does)."""
    return [p for p in sorted(archive.rglob("*")) if p.is_file() and not any(
        part.startswith(".") for part in p.relative_to(archive).parts)]


def do_import(archive: Path, library: Path, workers: int) -> dict[str, float]:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{library}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    with Library(library) as lib:
        report = importer.import_paths(lib, [archive], workers=workers)
        wall = time.perf_counter() - start
        stats = lib.stats()
    return {"issues": len(report.imported) + len(report.replaced), "skipped": len(report.skipped),
            "chars": report.chars, "wall": wall, "articles": stats["articles"], "db_bytes": db_size(library)}


def db_size(library: Path) -> int:
    conn = sqlite3.connect(library)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return library.stat().st_size


def stored_texts(library: Path, rng: random.Random, sample: int | None) -> list[str]:
    """Block texts of `sample` random issues (None: of every issue)."""
    with Library(library, readonly=True) as lib:
        infos = lib.issues()
        chosen = infos if sample is None else rng.sample(infos, min(sample, len(infos)))
        return [f.text for info in chosen for item in searchable_items(lib.load_issue_by_id(info.id))
                for f in item_fields(item)]


def draw_queries(library: Path, per_kind: int, seed: int) -> dict[str, list[str]]:
    """Random queries from the stored texts: CJK substrings, two-term queries, whole jieba words, and the
    common words found in the library."""
    rng = random.Random(seed)
    texts = stored_texts(library, rng, 60)

    def piece(n: int) -> str:
        while True:
            text = rng.choice(texts)
            if len(text) >= n:
                start = rng.randrange(len(text) - n + 1)
                s = text[start:start + n]
                if all("\u4e00" <= c <= "\u9fff" for c in s):
                    return s

    def word() -> str:
        while True:
            text = rng.choice(texts)
            spans = [(a, b) for a, b in words.words(text) if all("\u4e00" <= c <= "\u9fff" for c in text[a:b])]
            if spans:
                a, b = rng.choice(spans)
                return text[a:b]

    with Library(library, readonly=True) as lib:
        search = LibrarySearch(lib)
        common = [q for q in COMMON if search.search(q, limit=0).total]
    return {"1 char": [piece(1) for _ in range(per_kind)], "2 chars": [piece(2) for _ in range(per_kind)],
            "4 chars": [piece(4) for _ in range(per_kind)],
            "2 terms": [f"{piece(2)} {piece(2)}" for _ in range(per_kind)],
            "words": [word() for _ in range(per_kind)], "common": common}


def baseline(queries: dict[str, list[str]], archive: Path, library: Path) -> tuple[str, dict[str, list[float]]]:
    """Time to find the files (rg) or the articles (a scan of every text in memory) holding every term."""
    out: dict[str, list[float]] = {k: [] for k in queries}
    if RG:
        subprocess.run([RG, "-l", "-F", "--no-messages", "zzzzqqqq", str(archive)], capture_output=True)
        for kind, qs in queries.items():
            for q in qs:
                start = time.perf_counter()
                files: list[str] | None = None
                for term in [t.text for t in parse_query(q).include]:
                    if files is not None and not files:
                        break
                    target = [str(archive)] if files is None else files
                    run = subprocess.run([RG, "-l", "-F", "-i", "--no-messages", "--", term, *target],
                                         capture_output=True, text=True)
                    files = [line for line in run.stdout.splitlines() if line]
                out[kind].append(time.perf_counter() - start)
        return f"ripgrep ({RG}) over the archive's files", out
    articles = [[fold(t)] for t in stored_texts(library, random.Random(0), None)]
    for kind, qs in queries.items():
        for q in qs[:BASELINE_QUERIES]:
            terms = [t.text for t in parse_query(q).include]
            start = time.perf_counter()
            sum(1 for texts in articles if all(any(t in x for x in texts) for t in terms))
            out[kind].append(time.perf_counter() - start)
    return "a Python scan of every block text held in memory (rg not found)", out


BASELINE_QUERIES = 5  # the in-memory scan takes seconds a query at 3,000 issues: the first few of each kind
REPEATS = 3  # each query is timed this many times in turn with its word-mode twin; the median counts


def median_time(fn: Callable[[], Any]) -> tuple[float, Any]:
    runs = [timed(fn) for _ in range(REPEATS)]
    return statistics.median(t for t, _r in runs), runs[-1][1]


def run_queries(library: Path, queries: dict[str, list[str]], word: bool) -> dict[str, dict[str, list[float]]]:
    """Plain search of each query, and (word) word mode of the same query in turn with it; each the
    median of REPEATS runs (the shared machine's hiccups would otherwise decide the worst case)."""
    times: dict[str, dict[str, list[float]]] = {k: {"page": [], "ids": [], "total": [], "word": [], "word_total": []}
                                                for k in queries}
    with Library(library, readonly=True) as lib:
        search = LibrarySearch(lib)
        search.search("的")  # warm up: tables, caches
        if word:
            search.search("的", WORD)
        for kind, qs in queries.items():
            for q in qs:
                runs = [(timed(lambda: search.search(q)), timed(lambda: search.search(q, WORD)) if word else None)
                        for _ in range(REPEATS)]
                t_ids, _ = median_time(lambda: search.matching_ids(q))
                times[kind]["page"].append(statistics.median(p[0] for p, _w in runs))
                times[kind]["ids"].append(t_ids)
                times[kind]["total"].append(runs[-1][0][1].total)
                if word:
                    times[kind]["word"].append(statistics.median(w[0] for _p, w in runs if w))
                    times[kind]["word_total"].append(runs[-1][1][1].total if runs[-1][1] else 0)
    return times


def memory_probe(library: Path, queries: dict[str, list[str]]) -> float:
    """Peak RSS (MB) of a fresh process that opens the library and runs every query (VmHWM)."""
    code = (
        "import json, resource, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from reader.core.library.sqlite.library import Library\n"
        "from reader.core.library.sqlite.search import LibrarySearch\n"
        f"qs = json.loads({json.dumps(json.dumps(queries, ensure_ascii=False))})\n"
        f"lib = Library({str(library)!r}, readonly=True)\n"
        "s = LibrarySearch(lib)\n"
        "for kind in qs.values():\n"
        "    for q in kind:\n"
        "        s.search(q)\n"
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')]\n"
        "print(int(hwm[0].split()[1]) / 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return float(out.strip().splitlines()[-1])


def refusal(library: Path, query: str) -> tuple[float, str]:
    """How word mode answers on a library without its word index, and how fast."""
    with Library(library, readonly=True) as lib:
        try:
            seconds, page = timed(lambda: LibrarySearch(lib).search(query, WORD))
            return seconds, f"answered ({page.total} matches: few enough articles to check on the spot)"
        except WordIndexMissing as exc:
            return 0.0, f"WordIndexMissing ({exc.missing:,} of {exc.articles:,} articles not in the word index)"


def bench(archive: Path, library: Path, args: argparse.Namespace) -> dict[str, float]:
    """One archive: print its figures; returns the ones the curve shows."""
    files = archive_files(archive)
    file_bytes = sum(p.stat().st_size for p in files)
    print(f"archive {archive}: {len(files)} files, {file_bytes / 1e6:.1f} MB")
    print(f"python {sys.version.split()[0]}, sqlite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs, "
          f"load {os.getloadavg()[0]:.1f}")
    workers = default_workers() if args.workers is None else args.workers
    if args.keep_library and library.exists():
        with Library(library, readonly=True) as lib:
            stats = lib.stats()
        imp = {"issues": stats["issues"], "chars": stats["chars"], "wall": float("nan"),
               "articles": stats["articles"], "db_bytes": db_size(library), "skipped": 0}
        print("import: skipped (--keep-library)")
    else:
        imp = do_import(archive, library, workers)
        print(f"import: {imp['issues']:.0f} issues ({imp['skipped']:.0f} paths skipped), {imp['articles']:.0f} "
              f"articles, {imp['chars']:,.0f} characters in {imp['wall']:.1f} s = "
              f"{imp['chars'] / imp['wall']:,.0f} chars/s ({workers} reading process(es))")
    if not imp["issues"] or not imp["chars"]:
        print("no issues imported: nothing to search")
        return {}
    utf8 = imp["chars"] * 3  # the article text is nearly all CJK: about 3 bytes a character
    print(f"size: database {imp['db_bytes'] / 1e6:.1f} MB; archive files {file_bytes / 1e6:.1f} MB "
          f"(database/files {imp['db_bytes'] / max(1, file_bytes):.2f}); article text about {utf8 / 1e6:.1f} MB "
          f"as UTF-8 (database/text {imp['db_bytes'] / utf8:.2f})")
    queries = draw_queries(library, args.queries, args.seed)
    words.warm_up()
    word_index = not args.no_words
    row: dict[str, float] = {"issues": imp["issues"], "articles": imp["articles"], "chars": imp["chars"],
                             "db_mb": imp["db_bytes"] / 1e6, "import_rate": imp["chars"] / imp["wall"]}
    base_name, base = baseline(queries, archive, library)
    ours = run_queries(library, queries, False)
    print(f"plain search ({args.queries} of each kind; common: {len(queries['common'])} words found; ours = exact "
          f"count + first 50 newest with snippets; set = the set of matching articles; baseline = {base_name}):")
    print(f"  {'kind':8} {'ours p50':>9} {'p95':>8} {'set p50':>8} {'base p50':>9} {'base/ours':>9} {'median hits':>12}")
    every = [t for k in ours for t in ours[k]["page"]]
    for kind, t in ours.items():
        print(f"  {kind:8} {ms(statistics.median(t['page'])):>7}ms {ms(percentile(t['page'], 95)):>6}ms "
              f"{ms(statistics.median(t['ids'])):>6}ms {ms(statistics.median(base[kind])):>7}ms "
              f"{statistics.median(base[kind]) / statistics.median(t['page']):8.0f}x "
              f"{statistics.median(t['total']):12,.0f}")
    all_base = [x for k in base for x in base[k]]
    print(f"  {'all':8} {ms(statistics.median(every)):>7}ms {ms(percentile(every, 95)):>6}ms {'':>8} "
          f"{ms(statistics.median(all_base)):>7}ms {statistics.median(all_base) / statistics.median(every):8.0f}x")
    row.update(p50=statistics.median(every), p95=percentile(every, 95))
    if word_index:
        with Library(library, readonly=True) as lib:
            missing = lib.words_missing()
        if missing:
            seconds, said = refusal(library, queries["words"][0])
            print(f"word mode without the word index: {said}" + (f" in {ms(seconds)} ms" if seconds else ""))
            with Library(library) as lib:
                shown = [0]

                def progress(done: int, total: int) -> None:
                    if done * 10 // total > shown[0]:
                        shown[0] = done * 10 // total
                        print(f"  word index: {done:,}/{total:,} articles", flush=True)

                seconds, stored = timed(lambda: lib.build_word_index(progress, workers=workers))
            words_bytes = db_size(library)
            row.update(build_rate=imp["chars"] / seconds, db_words_mb=words_bytes / 1e6)
            print(f"word index: {stored:,} articles in {seconds:.0f} s = {imp['chars'] / seconds:,.0f} chars/s "
                  f"({workers} jieba process(es)); database {imp['db_bytes'] / 1e6:.1f} → {words_bytes / 1e6:.1f} MB "
                  f"(+{(words_bytes - imp['db_bytes']) / max(1, imp['db_bytes']) * 100:.0f}%)")
        else:
            row.update(db_words_mb=db_size(library) / 1e6)
    if word_index:
        ours = run_queries(library, queries, True)
    if word_index:
        print("word mode (全词匹配), the same queries, each in turn with its plain search again:")
        print(f"  {'kind':8} {'word p50':>9} {'p95':>8} {'max':>8} {'word/plain p50':>15} {'max':>6} {'median hits':>12}")
        ratios_all: list[float] = []
        for kind, t in ours.items():
            ratios = [w / p for w, p in zip(t["word"], t["page"])]
            ratios_all += ratios
            print(f"  {kind:8} {ms(statistics.median(t['word'])):>7}ms {ms(percentile(t['word'], 95)):>6}ms "
                  f"{ms(max(t['word'])):>6}ms {statistics.median(ratios):14.2f}x {max(ratios):5.2f}x "
                  f"{statistics.median(t['word_total']):12,.0f}")
        word_all = [x for k in ours for x in ours[k]["word"]]
        worst = max(((w / p, q, w, p) for k, qs in queries.items() for q, w, p in zip(qs, ours[k]["word"],
                                                                                 ours[k]["page"])))
        print(f"  {'all':8} {ms(statistics.median(word_all)):>7}ms {ms(percentile(word_all, 95)):>6}ms "
              f"{ms(max(word_all)):>6}ms {statistics.median(ratios_all):14.2f}x {max(ratios_all):5.2f}x")
        print(f"  highest ratio: {worst[1]!r} word {ms(worst[2])} ms, plain {ms(worst[3])} ms")
        row.update(word_p50=statistics.median(word_all), word_p95=percentile(word_all, 95), word_max=max(word_all),
                   ratio_max=max(ratios_all))
    print(f"memory: peak {memory_probe(library, queries):.0f} MB in a process that opens the library and runs "
          "the queries")
    print(f"result: query_p50_ms={row['p50'] * 1e3:.2f} word_p50_ms={row.get('word_p50', float('nan')) * 1e3:.2f} "
          f"word_max_ms={row.get('word_max', float('nan')) * 1e3:.1f} word_ratio_max={row.get('ratio_max', float('nan')):.2f} "
          f"import_chars_per_s={row['import_rate']:.0f}", flush=True)
    return row


def curve(rows: list[dict[str, float]]) -> None:
    """The size/speed table of every archive benched."""
    print("\ncurve (plain = exact count + first page; word = 全词匹配, same queries):")
    print(f"  {'issues':>7} {'articles':>9} {'M chars':>8} {'DB MB':>7} {'+words':>7} {'import/s':>9} "
          f"{'plain p50':>9} {'p95':>6} {'word p50':>9} {'p95':>6} {'max':>6} {'ratio max':>9} {'words/s':>8}")
    for r in rows:
        print(f"  {r['issues']:7,.0f} {r['articles']:9,.0f} {r['chars'] / 1e6:8.1f} {r['db_mb']:7.0f} "
              f"{r.get('db_words_mb', float('nan')):7.0f} {r['import_rate'] / 1e3:8,.0f}K "
              f"{r['p50'] * 1e3:8.1f}ms {r['p95'] * 1e3:5.1f}ms {r.get('word_p50', float('nan')) * 1e3:8.1f}ms "
              f"{r.get('word_p95', float('nan')) * 1e3:5.1f}ms {r.get('word_max', float('nan')) * 1e3:5.0f}ms "
              f"{r.get('ratio_max', float('nan')):8.2f}x {r.get('build_rate', float('nan')) / 1e3:7,.0f}K")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=3000, help="issues in the synthetic archive (default 3000)")
    parser.add_argument("--sizes", help="several synthetic archives, e.g. 300,3000,10000 (then the curve)")
    parser.add_argument("--queries", type=int, default=20, help="queries of each kind (default 20)")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--archive", type=Path, help="any archive folder (default bench/out/archive-N, built when missing)")
    parser.add_argument("--library", type=Path, help="default bench/out/library-N.sqlite3 (made afresh)")
    parser.add_argument("--keep-library", action="store_true", help="reuse the library: skip the import")
    parser.add_argument("--workers", type=int, help="reading and jieba processes (default: as `import` chooses)")
    parser.add_argument("--no-words", action="store_true", help="no word index, no word mode")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [args.n]
    rows = []
    for n in sizes:
        archive = args.archive if args.archive and not args.sizes else ROOT / "bench" / "out" / f"archive-{n}"
        library = args.library if args.library and not args.sizes else \
            ROOT / "bench" / "out" / f"library-{archive.name}.sqlite3"
        if not archive.exists():
            if args.archive and not args.sizes:
                print(f"archive_bench: no such folder {archive}", file=sys.stderr)
                return 2
            nfiles, chars, what = make_archive(n, archive)
            print(f"built {archive}: {n} issues, {nfiles} page files, {chars:,} characters from {what}")
        row = bench(archive, library, args)
        if row:
            rows.append(row)
        print()
    if len(rows) > 1:
        curve(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
