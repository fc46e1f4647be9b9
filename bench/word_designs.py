"""Word mode (全词匹配) designs side by side on one library: why the word index is made of jieba words.

On a copy of a library whose word index is built (bench/archive_bench.py leaves one), for the same
queries (archive_bench's kinds), the exact count plus the first 50 newest ids (no snippets), median of 3 runs:
- plain: plain search's SQL (the bigram text index), the baseline;
- checked: the design before — the bigram index's substring matches, each checked against the
  article's stored word boundaries (what LibrarySearch does for a term with too many compositions);
- words: the word index (tokens = jieba words; a term = the OR of its compositions), as shipped;
- flagged: the bigram stream again, each bigram token carrying two flags (word boundary before it,
  after it); a term = first bigram with its start flag + middle bigrams with any flags (prefix
  tokens) + last bigram with its end flag. Built here from the stored boundaries.
Prints each design's size and its p50/p95/max per kind, and that every design finds the same counts.

Run: .venv/bin/python bench/word_designs.py LIBRARY [--queries 20]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from archive_bench import REPEATS, draw_queries, percentile  # noqa: E402

from reader.core.library.results import SearchFilters  # noqa: E402
from reader.core.library.sqlite import search as search_module  # noqa: E402
from reader.core.library.sqlite import wordquery  # noqa: E402
from reader.core.library.sqlite.library import Library  # noqa: E402
from reader.core.library.sqlite.packing import unpack_fields  # noqa: E402
from reader.core.library.sqlite.search import LibrarySearch  # noqa: E402
from reader.core.library.sqlite.textindex import FIELD_END, codewords, encode  # noqa: E402
from reader.core.library.sqlite.wordcuts import mode_cuts  # noqa: E402
from reader.core.search.folding import fold  # noqa: E402
from reader.core.search.query import SearchOptions, parse_query  # noqa: E402

START, NO, YES = "\ue0f1", "\ue0f0", "\ue0f2"  # flag characters (escaped in codewords: never ambiguous)
WORD = SearchOptions(word=True)


def build_flagged(conn: sqlite3.Connection) -> float:
    """The flagged-bigram table from the stored boundaries (every article, folded and cut for plain search)."""
    conn.execute("CREATE VIRTUAL TABLE flagged USING fts5 (b, content='', tokenize='ascii', columnsize=0)")
    for key, value in (("pgsz", 4000), ("hashsize", 67108864), ("automerge", 16)):
        conn.execute("INSERT INTO flagged (flagged, rank) VALUES (?, ?)", (key, value))
    start = time.perf_counter()
    rows = conn.execute("SELECT a.id, a.fields, w.cuts FROM article a JOIN word_cuts w ON w.article_id = a.id"
                        " ORDER BY a.id")
    conn.execute("BEGIN")
    for aid, blob, cuts in rows:
        fields = unpack_fields(blob)
        bounds = mode_cuts(cuts, len(fields), False) if cuts else None
        if not bounds:
            continue
        tokens: list[str] = []
        for f, b in zip(fields, bounds):
            cw = codewords(encode(f.text, False))
            flag = [YES if i in b else NO for i in range(len(cw) + 1)]
            tokens += [cw[i] + cw[i + 1] + flag[i] + flag[i + 2] for i in range(len(cw) - 1)]
            tokens.append(FIELD_END)
        conn.execute("INSERT INTO flagged (rowid, b) VALUES (?, ?)", (aid, " ".join(tokens)))
    conn.execute("COMMIT")
    return time.perf_counter() - start


def flagged_expression(term: str) -> str | None:
    """A term as whole words in the flagged table (None: one character, not handled by this table)."""
    cw = codewords(encode(term, False))
    if len(cw) < 2:
        return None
    if len(cw) == 2:
        return f'"{cw[0]}{cw[1]}{YES}{YES}"'
    first = f'"{cw[0]}{cw[1]}{YES}" *'
    middle = [f'"{cw[i]}{cw[i + 1]}" *' for i in range(1, len(cw) - 2)]
    return " OR ".join(" + ".join([first, *middle, f'"{cw[-2]}{cw[-1]}{s}{YES}"']) for s in (NO, YES))


def table_size(conn: sqlite3.Connection, table: str) -> float:
    return conn.execute(f"SELECT coalesce(sum(length(block)), 0) FROM {table}_data").fetchone()[0] / 1e6


def median_ms(fn: Callable[[], object]) -> float:
    runs = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) * 1e3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("library", type=Path, help="a library with its word index built")
    parser.add_argument("--queries", type=int, default=20)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="word-designs-")) / "lib.sqlite3"
    shutil.copy(args.library, work)
    conn = sqlite3.connect(work, isolation_level=None)
    seconds = build_flagged(conn)
    print(f"sizes: text_index {table_size(conn, 'text_index'):.0f} MB, char_index {table_size(conn, 'char_index'):.0f}"
          f" MB; word_index {table_size(conn, 'word_index'):.0f} MB + word_vocab and word_cuts; flagged bigrams "
          f"{table_size(conn, 'flagged'):.0f} MB (built from the stored boundaries in {seconds:.0f} s)")
    queries = draw_queries(work, args.queries, 5)
    lib = Library(work, readonly=True)
    search = LibrarySearch(lib)

    def index_page(q: str, options: SearchOptions) -> int:
        """Exact count and the first 50 newest ids, as LibrarySearch.search gets them (no snippets)."""
        plan = search._plan(parse_query(q), options, SearchFilters())
        checked = search._checked(plan, options)
        total = len(checked)
        for x in plan.exact:
            total += search.conn.execute(f"SELECT count(*) FROM ({x.sql})", x.params).fetchone()[0]
            search._rows(x, f" ORDER BY rowid {x.space.newest_first} LIMIT 50")
        return total

    def checked(q: str) -> int:
        real = wordquery.term_words
        wordquery_terms = search_module.term_words
        search_module.term_words = lambda conn, terms, variants: [wordquery.TermWords(t, None) for t in terms]
        try:
            return index_page(q, WORD)
        finally:
            search_module.term_words = wordquery_terms
            assert wordquery.term_words is real

    def flagged(q: str) -> int | None:
        terms = [fold(t.text) for t in parse_query(q).include]
        exprs = [flagged_expression(t) for t in terms]
        if any(e is None for e in exprs) or parse_query(q).exclude:
            return None
        expr = " AND ".join(f"({e})" for e in exprs)
        conn.execute("SELECT rowid FROM flagged WHERE flagged MATCH ? ORDER BY rowid DESC LIMIT 50", (expr,)).fetchall()
        return conn.execute("SELECT count(*) FROM flagged WHERE flagged MATCH ?", (expr,)).fetchone()[0]

    print(f"{'kind':8} " + " ".join(f"{d:>22}" for d in ("plain p50/p95/max", "checked", "words", "flagged")))
    for kind, qs in queries.items():
        cols: dict[str, list[float]] = {"plain": [], "checked": [], "words": [], "flagged": []}
        for q in qs:
            cols["plain"].append(median_ms(lambda: index_page(q, SearchOptions())))
            start = time.perf_counter()
            checked(q)
            first = (time.perf_counter() - start) * 1e3
            cols["checked"].append(first if first > 500 else median_ms(lambda: checked(q)))  # slow: once
            cols["words"].append(median_ms(lambda: index_page(q, WORD)))
            by_flags = flagged(q)
            if by_flags is not None:
                cols["flagged"].append(median_ms(lambda: flagged(q)))
            words_total = index_page(q, WORD)
            assert checked(q) == words_total and by_flags in (None, words_total), (q, by_flags, words_total)
        print(f"{kind:8} " + " ".join(
            f"{statistics.median(v):8.1f}/{percentile(v, 95):5.1f}/{max(v):6.1f}ms" if v else f"{'(1 char)':>22}"
            for v in cols.values()), flush=True)
    lib.close()
    conn.close()
    shutil.rmtree(work.parent)
    return 0


if __name__ == "__main__":
    sys.exit(main())
