"""The library at archive scale: import throughput, database size, and query latency against ripgrep.

Imports the synthetic archive of bench/make_archive.py (built first when missing) into a fresh library
and reports:
- import throughput in characters (of searchable article text) per second, wall clock, with the time
  spent in the importers (parsing the page files) and in the library (storing and indexing) apart;
- the database size against the size of the text (the page files, and the article text as UTF-8);
- query latency, median and p95, for one-, two- and four-character queries and two-term queries
  drawn at random from the stored texts: one query = the exact number of matching articles plus the
  first page of 50 newest with snippets (LibrarySearch.search), and the bare set of matches;
- the same queries with ripgrep (`rg -l -F`, all matching files, a two-term query as rg over rg's
  files) over the archive's page files as plain files, in the same run (a Python scan of the same
  files when rg is missing, saying so);
- word mode (全词匹配) latency before and after the background word index is built, and its build rate;
- the peak memory of a process that opens the library and runs the queries.
Last line: result: query_p50_ms=<ours, all queries> import_chars_per_s=<…> ratio=<rg p50 / ours p50>

Run: .venv/bin/python bench/archive_bench.py [--n 3000] [--queries 20] [--archive DIR] [--library FILE]
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
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_archive import make_archive  # noqa: E402

from reader.core.library import importer  # noqa: E402
from reader.core.library.library import Library  # noqa: E402
from reader.core.library.search import LibrarySearch  # noqa: E402
from reader.core.search.fields import item_fields, searchable_items  # noqa: E402
from reader.core.search.query import SearchOptions  # noqa: E402

RG = shutil.which("rg") or ("/usr/bin/rg" if Path("/usr/bin/rg").exists() else None)
KINDS = ("1 char", "2 chars", "4 chars", "2 terms")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def do_import(archive: Path, library: Path, workers: int) -> dict[str, float]:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{library}{suffix}").unlink(missing_ok=True)
    parse_time = 0.0  # in this process only: with workers, the reading happens in theirs
    real_open = importer.open_issue

    def open_timed(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        nonlocal parse_time
        start = time.perf_counter()
        try:
            return real_open(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            parse_time += time.perf_counter() - start

    importer.open_issue = open_timed  # type: ignore[assignment]
    try:
        start = time.perf_counter()
        with Library(library) as lib:
            report = importer.import_paths(lib, [archive], workers=workers)
            wall = time.perf_counter() - start
            stats = lib.stats()
    finally:
        importer.open_issue = real_open  # type: ignore[assignment]
    conn = sqlite3.connect(library)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return {"issues": len(report.imported) + len(report.replaced), "skipped": len(report.skipped),
            "chars": report.chars, "wall": wall, "parse": parse_time, "articles": stats["articles"],
            "db_bytes": library.stat().st_size}


def draw_queries(library: Path, per_kind: int, seed: int) -> dict[str, list[str]]:
    """Random queries from the stored texts: CJK only, no punctuation or spaces."""
    rng = random.Random(seed)
    with Library(library, readonly=True) as lib:
        infos = lib.issues()
        texts: list[str] = []
        for info in rng.sample(infos, min(60, len(infos))):
            issue = lib.load_issue_by_id(info.id)
            texts += [f.text for item in searchable_items(issue) for f in item_fields(item) if f.field == "block"]

    def piece(n: int) -> str:
        while True:
            text = rng.choice(texts)
            if len(text) < n:
                continue
            start = rng.randrange(len(text) - n + 1)
            s = text[start:start + n]
            if all("\u4e00" <= c <= "\u9fff" for c in s):
                return s

    return {"1 char": [piece(1) for _ in range(per_kind)], "2 chars": [piece(2) for _ in range(per_kind)],
            "4 chars": [piece(4) for _ in range(per_kind)],
            "2 terms": [f"{piece(2)} {piece(2)}" for _ in range(per_kind)]}


def rg_files(terms: list[str], archive: Path) -> tuple[float, int]:
    """Time to list the page files holding every term (rg -l, then rg -l over its files)."""
    start = time.perf_counter()
    files: list[str] | None = None
    for term in terms:
        target = [str(archive)] if files is None else files
        if files is not None and not files:
            break
        out = subprocess.run([RG, "-l", "-F", "--no-messages", "--", term, *target], capture_output=True,
                             text=True).stdout if RG else "\n".join(_py_scan(term, archive, files))
        files = [line for line in out.splitlines() if line]
    return time.perf_counter() - start, len(files or [])


_PAGE_CACHE: dict[str, str] = {}


def _py_scan(term: str, archive: Path, files: list[str] | None) -> list[str]:
    paths = files if files is not None else [str(p) for p in sorted(archive.rglob("*.md"))]
    found = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            if term in fh.read():
                found.append(p)
    return found


def run_queries(library: Path, queries: dict[str, list[str]]) -> dict[str, dict[str, list[float]]]:
    times: dict[str, dict[str, list[float]]] = {k: {"page": [], "ids": [], "total": []} for k in queries}
    with Library(library, readonly=True) as lib:
        search = LibrarySearch(lib)
        search.search("的")  # warm up: tables, caches
        for kind, qs in queries.items():
            for q in qs:
                t_page, page = timed(lambda: search.search(q))
                t_ids, _ = timed(lambda: search.matching_ids(q))
                times[kind]["page"].append(t_page)
                times[kind]["ids"].append(t_ids)
                times[kind]["total"].append(page.total)  # type: ignore[attr-defined]
    return times


def vm_hwm() -> float:
    """This process's peak resident memory in MB (Linux VmHWM; ru_maxrss elsewhere)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory_probe(library: Path, queries: dict[str, list[str]]) -> float:
    """Peak RSS (MB) of a fresh process that opens the library and runs every query (VmHWM: Linux keeps
    ru_maxrss across exec, so a child started from this big process would report ours)."""
    code = (
        "import json, resource, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from reader.core.library.library import Library\n"
        "from reader.core.library.search import LibrarySearch\n"
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


def word_mode(library: Path, queries: list[str]) -> list[float]:
    from reader.core.search import words

    words.warm_up()
    with Library(library, readonly=True) as lib:
        search = LibrarySearch(lib)
        return [timed(lambda: search.search(q, SearchOptions(word=True)))[0] for q in queries]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=3000, help="issues in the archive (default 3000)")
    parser.add_argument("--queries", type=int, default=20, help="queries of each kind (default 20)")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--archive", type=Path, help="default bench/out/archive-N (built when missing)")
    parser.add_argument("--library", type=Path, help="default bench/out/library-N.sqlite3 (made afresh)")
    parser.add_argument("--keep-library", action="store_true", help="reuse the library: skip the import")
    parser.add_argument("--workers", type=int, help="reading processes (default: as `import` chooses)")
    parser.add_argument("--no-words", action="store_true", help="skip building the word index")
    args = parser.parse_args()
    archive = args.archive or ROOT / "bench" / "out" / f"archive-{args.n}"
    library = args.library or ROOT / "bench" / "out" / f"library-{args.n}.sqlite3"
    if not archive.exists():
        files, chars, what = make_archive(args.n, archive)
        print(f"built {archive}: {args.n} issues, {files} page files, {chars:,} characters from {what}")
    page_files = sorted(archive.rglob("*.md"))
    text_bytes = sum(p.stat().st_size for p in page_files)
    print(f"archive {archive}: {len(page_files)} page files, {text_bytes / 1e6:.1f} MB")
    print(f"python {sys.version.split()[0]}, sqlite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs, "
          f"load {os.getloadavg()[0]:.1f}")

    if args.keep_library and library.exists():
        with Library(library, readonly=True) as lib:
            stats = lib.stats()
        imp = {"issues": stats["issues"], "chars": stats["chars"], "wall": float("nan"), "parse": float("nan"),
               "articles": stats["articles"], "db_bytes": library.stat().st_size, "skipped": 0}
        print("import: skipped (--keep-library)")
    else:
        workers = importer.default_workers() if args.workers is None else args.workers
        imp = do_import(archive, library, workers)
        rate = imp["chars"] / imp["wall"]
        if workers:
            print(f"import: {imp['issues']:.0f} issues, {imp['articles']:.0f} articles, {imp['chars']:,.0f} characters "
                  f"in {imp['wall']:.1f} s = {rate:,.0f} chars/s ({workers} reading process(es) beside the one "
                  f"storing and indexing)")
        else:
            store = imp["wall"] - imp["parse"]
            print(f"import: {imp['issues']:.0f} issues, {imp['articles']:.0f} articles, {imp['chars']:,.0f} characters "
                  f"in {imp['wall']:.1f} s = {rate:,.0f} chars/s (importers parsing {imp['parse']:.1f} s = "
                  f"{imp['chars'] / imp['parse']:,.0f} chars/s; library storing and indexing {store:.1f} s = "
                  f"{imp['chars'] / store:,.0f} chars/s)")
        print(f"import: peak memory of this process {vm_hwm():.0f} MB")
    utf8 = imp["chars"] * 3  # the article text is nearly all CJK: about 3 bytes a character
    print(f"size: database {imp['db_bytes'] / 1e6:.1f} MB; page files {text_bytes / 1e6:.1f} MB "
          f"(database/files {imp['db_bytes'] / text_bytes:.2f}); article text about {utf8 / 1e6:.1f} MB "
          f"as UTF-8 (database/text {imp['db_bytes'] / utf8:.2f})")

    queries = draw_queries(library, args.queries, args.seed)
    if RG:
        subprocess.run([RG, "-l", "-F", "--no-messages", "zzzzqqqq", str(archive)], capture_output=True)
        rg_name = f"ripgrep ({RG})"
    else:
        rg_name = "a Python scan of the page files (rg not found)"
    ours = run_queries(library, queries)
    rg_times: dict[str, list[float]] = {k: [] for k in queries}
    for kind, qs in queries.items():
        for q in qs:
            rg_times[kind].append(rg_files(q.split(), archive)[0])
    print(f"queries ({args.queries} of each kind; ours = exact count + first 50 newest with snippets; "
          f"set = the exact set of matching articles only; baseline = {rg_name}):")
    print(f"  {'kind':8} {'ours p50':>9} {'p95':>8} {'set p50':>8} {'rg p50':>8} {'rg p95':>8} "
          f"{'rg/ours':>8} {'median hits':>12}")
    all_ours: list[float] = []
    all_rg: list[float] = []
    for kind in queries:
        page, ids, rg = ours[kind]["page"], ours[kind]["ids"], rg_times[kind]
        all_ours += page
        all_rg += rg
        print(f"  {kind:8} {statistics.median(page) * 1e3:8.1f}ms {percentile(page, 95) * 1e3:6.1f}ms "
              f"{statistics.median(ids) * 1e3:6.1f}ms {statistics.median(rg) * 1e3:6.1f}ms "
              f"{percentile(rg, 95) * 1e3:6.1f}ms {statistics.median(rg) / statistics.median(page):7.0f}x "
              f"{statistics.median(ours[kind]['total']):12,.0f}")
    p50, rg_p50 = statistics.median(all_ours), statistics.median(all_rg)
    print(f"  {'all':8} {p50 * 1e3:8.1f}ms {percentile(all_ours, 95) * 1e3:6.1f}ms {'':>8} {rg_p50 * 1e3:6.1f}ms "
          f"{percentile(all_rg, 95) * 1e3:6.1f}ms {rg_p50 / p50:7.0f}x")
    word = word_mode(library, queries["2 chars"][:10])
    print(f"word mode (全词匹配), 2-character queries, boundaries segmented on demand: "
          f"p50 {statistics.median(word) * 1e3:.0f} ms, max {max(word) * 1e3:.0f} ms")
    if not args.no_words:
        with Library(library) as lib:
            seconds, stored = timed(lib.build_word_index)
        print(f"word index (background work after an import): {stored:,} articles in {seconds:.0f} s = "
              f"{imp['chars'] / seconds:,.0f} chars/s")
        word = word_mode(library, queries["2 chars"][:10])
        print(f"word mode with the stored boundaries: p50 {statistics.median(word) * 1e3:.0f} ms, "
              f"max {max(word) * 1e3:.0f} ms")
    print(f"memory: peak {memory_probe(library, queries):.0f} MB in a process that opens the library and runs "
          "the queries")
    rate = imp["chars"] / imp["wall"] if imp["wall"] == imp["wall"] else float("nan")
    print(f"result: query_p50_ms={p50 * 1e3:.2f} import_chars_per_s={rate:.0f} ratio={rg_p50 / p50:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
