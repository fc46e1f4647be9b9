"""Find in the issue: time per keystroke of the core search (and, with the GUI, of the highlight).

Simulates typing realistic queries one keystroke at a time on the 20-page corpus issue
(../shared/corpus/epaper-rss/rmrb_2026-06-12.xml; the sample issue when that is absent) and times,
for every keystroke, IssueIndex.search against a plain str.find loop over the same folded texts in
the same run. Remembered results are dropped before each timed search, so every keystroke pays for a
full search. With the GUI it also times the whole keystroke in the window as the event loop runs it:
the find bar's text changed, the search, the hits drawn, the article of the first hit shown when it
is elsewhere, the sidebar's filter and counts and the results list brought up to date, and
everything that changed painted (what one turn of the event loop does before the frame is on
screen; the lazy layout of a new story's lines below the view left to idle time, as in the app). Timed in wall
clock and in the GUI thread's CPU time (the machine is shared: CPU time is what the code costs,
the wall clock adds what other processes took). Its baseline, timed between the keystrokes in the
same machine state: the whole window repainted at once (what a frame that changes everything costs
here). Last line:
    result: find_p95_ms=<core p95> highlight_p95_ms=<GUI p95 or na> all_p95_ms=<whole keystroke, same
    article> all_new_p95_ms=<whole keystroke, another article shown> all_cpu_p95_ms=<same, CPU>
    all_new_cpu_p95_ms=<another article, CPU> all_frames=<all_p95_ms / median time to repaint the
    whole window, timed between the keystrokes> ratio=<core / str.find, means>

Run: .venv/bin/python bench/find_bench.py [--seed N] [--queries N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.errors import IssueError  # noqa: E402
from reader.core.loading import open_issue  # noqa: E402
from reader.core.model import Issue  # noqa: E402
from reader.core.search import words  # noqa: E402
from reader.core.search.fields import item_fields, searchable_items  # noqa: E402
from reader.core.search.folding import fold  # noqa: E402
from reader.core.search.issue_search import IssueIndex  # noqa: E402
from reader.core.search.query import SearchOptions, parse_query  # noqa: E402

if TYPE_CHECKING:
    from reader.gui.startup import Reader

CORPUS_ISSUE = ROOT.parent / "shared" / "corpus" / "epaper-rss" / "rmrb_2026-06-12.xml"
SAMPLE_ISSUE = ROOT / "resources" / "sample"


def load_issue() -> tuple[Issue, str]:
    """The corpus issue, else the sample issue (saying so)."""
    for path, label in ((CORPUS_ISSUE, "corpus issue"), (SAMPLE_ISSUE, "sample issue")):
        if not path.exists():
            print(f"note: {label} not found at {path}")
            continue
        try:
            return open_issue(path), f"{label} ({path})"
        except IssueError as exc:
            print(f"note: {label} does not open: {exc}")
    raise SystemExit("no issue to measure on")


def draw_queries(issue: Issue, count: int, rng: random.Random) -> list[str]:
    """Realistic queries: 1–4 character jieba words of the issue, and some two-word queries."""
    vocabulary: set[str] = set()
    for item in searchable_items(issue):
        for f in item_fields(item):
            for start, end in words.words(f.text):
                word = f.text[start:end]
                if 1 <= len(word) <= 4 and not word.isspace() and any("\u4e00" <= c <= "\u9fff" for c in word):
                    vocabulary.add(word)
    pool = sorted(vocabulary)
    singles = [rng.choice(pool) for _ in range(count - count // 4)]
    pairs = [f"{rng.choice(pool)} {rng.choice(pool)}" for _ in range(count // 4)]
    return singles + pairs


def keystrokes(query: str) -> list[str]:
    """What the find bar holds after each keystroke (an IME commits one character at a time here)."""
    return [query[:n] for n in range(1, len(query) + 1) if query[:n].strip()]


def folded_texts(issue: Issue) -> list[str]:
    """The same texts the index searches, folded the same way (the baseline's input)."""
    return [fold(f.text) for item in searchable_items(issue) for f in item_fields(item)]


def find_loop(texts: list[str], raw: str) -> int:
    """Baseline: every occurrence of every include term with str.find, no item logic, no hit objects."""
    count = 0
    for term in parse_query(raw).include:
        needle, step = term.text, len(term.text)
        for text in texts:
            pos = text.find(needle)
            while pos >= 0:
                count += 1
                pos = text.find(needle, pos + step)
    return count


def time_each(strokes: list[str], run: Callable[[str], object]) -> list[float]:
    """Milliseconds of run(stroke) for each stroke."""
    times = []
    for stroke in strokes:
        start = time.perf_counter_ns()
        run(stroke)
        times.append((time.perf_counter_ns() - start) / 1e6)
    return times


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def summary(name: str, values: list[float]) -> str:
    return (f"{name:<34} n={len(values):4d}  p50={percentile(values, 50):7.3f} ms  "
            f"p95={percentile(values, 95):7.3f} ms  max={max(values):7.3f} ms")


def query_groups(strokes: list[str]) -> list[list[str]]:
    """The keystrokes by query: each group what the bar holds as one query is typed."""
    groups: list[list[str]] = []
    for stroke in strokes:
        if not groups or not stroke.startswith(groups[-1][-1]):
            groups.append([])
        groups[-1].append(stroke)
    return groups


def open_window(issue: Issue, folder: Path) -> Reader:
    """The main window offscreen (1280x800, light theme, settings in folder) showing the issue, the find
    bar open and the issue's keywords computed (jieba is loaded already)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from reader.gui.shell.settings import ReaderSettings
    from reader.gui.startup import Reader

    app = QApplication.instance() or QApplication([])
    settings = ReaderSettings(QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat))
    reader = Reader(settings, theme="light")
    reader.window.resize(1280, 800)
    reader.window.show()
    reader.session.set_issue(issue, str(issue.source or "issue"))
    reader.find.open()                       # the bar as the reader sees it
    while reader.find.keywords.running:      # the keywords of the issue are computed in the background
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    return reader


class Keystrokes(NamedTuple):
    """Milliseconds of the whole keystroke in the window (wall clock and GUI-thread CPU time)."""

    same_ms: list[float]          # the article on screen stays
    new_ms: list[float]           # the keystroke brings up another article
    same_cpu_ms: list[float]
    new_cpu_ms: list[float]
    frame_ms: list[float]         # baseline: the whole window painted afresh, between two keystrokes


def measure_highlight(issue: Issue, index: IssueIndex,
                      strokes: list[str]) -> tuple[list[float], Keystrokes] | None:
    """Milliseconds to update the highlight of the visible article per keystroke, and the whole
    keystrokes; None without the GUI.

    The main window offscreen (1280x800, light theme, settings in a temporary file) shows, for each
    query, the story of the query's first hit (as typing would bring it up). Timed per keystroke:
    handing the stroke's hits to the find controller, mapping them onto the document, handing the
    marks of those in view to the pane, and laying out what changed. The search itself is timed
    above and done before the clock starts. Also printed: the repaint of the pane that follows,
    the whole keystroke in the window until the pane is painted (search, showing the
    first hit's article when it is elsewhere, highlight, repaint), and the sidebar filter and the
    results list that follow in the event loop's next turn. Then, timed apart, the whole keystroke
    (see the module docstring), each from a settled window.
    """
    import os
    import tempfile
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        print(f"highlight: not measured (no PySide6: {exc})")
        return None
    from reader.core.reading_order import in_reading_order, reading_keys

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        reader = open_window(issue, Path(tmp))
        window, find = reader.window, reader.find
        keys = reading_keys(issue)
        article = reader.reading.pane
        doc = article.document()

        def settle() -> None:
            doc.documentLayout().blockBoundingRect(doc.lastBlock())   # lay out what changed
            article.viewport().repaint()                               # and paint the pane now

        queries = query_groups(strokes)
        highlight_ms: list[float] = []
        paint_ms: list[float] = []
        keystroke_ms: list[float] = []
        switching_ms: list[float] = []
        lists_ms: list[float] = []
        spans_drawn = []
        for group in queries:
            full = in_reading_order(index.search(group[-1]), keys)
            for _round in range(2):
                find.set_hits([])
                find.refresh_highlights()
                if full:
                    reader.session.show(full[0].item)
                settle()
                for stroke in group:
                    hits = in_reading_order(index.search(stroke), keys)
                    start = time.perf_counter_ns()
                    find.set_hits(hits)
                    find.refresh_highlights()
                    doc.documentLayout().blockBoundingRect(doc.lastBlock())   # lay out what changed
                    highlight_ms.append((time.perf_counter_ns() - start) / 1e6)
                    start = time.perf_counter_ns()
                    article.viewport().repaint()
                    paint_ms.append((time.perf_counter_ns() - start) / 1e6)
                    spans_drawn.append(len(reader.reading.marks.highlighter.drawn()))
            find.bar.set_text("")
            find.update_lists()
            if full:
                reader.session.show(full[0].item)
            settle()
            window.repaint()
            for stroke in group:
                index.forget_results()
                shown = article.item_ids()
                start = time.perf_counter_ns()
                find.bar.set_text(stroke)         # what a keystroke does in the window
                settle()
                elapsed = (time.perf_counter_ns() - start) / 1e6
                (keystroke_ms if article.item_ids() == shown else switching_ms).append(elapsed)
                start = time.perf_counter_ns()
                find.update_lists()               # what follows in the event loop's next turn
                window.repaint()                  # and its painting
                lists_ms.append((time.perf_counter_ns() - start) / 1e6)
        whole = Keystrokes([], [], [], [], [])

        def paint_what_changed() -> None:
            """What the event loop paints next: the window's dirty regions, nothing more."""
            app.sendPostedEvents(window, QEvent.Type.UpdateRequest)

        def idle() -> None:
            """Let the lazy layout finish (untimed)."""
            settle()
            app.processEvents()
            paint_what_changed()

        for group in queries:
            full = in_reading_order(index.search(group[-1]), keys)
            find.bar.set_text("")
            find.update_lists()
            if full:
                reader.session.show(full[0].item)
            idle()
            for stroke in group:
                index.forget_results()
                shown = article.item_ids()
                start, cpu = time.perf_counter_ns(), time.thread_time_ns()
                find.bar.set_text(stroke)          # the key: search, marks, maybe another article
                find.update_lists()                # the 0-ms timer after it: sidebar and results
                paint_what_changed()
                elapsed = (time.perf_counter_ns() - start) / 1e6
                elapsed_cpu = (time.thread_time_ns() - cpu) / 1e6
                same = article.item_ids() == shown
                (whole.same_ms if same else whole.new_ms).append(elapsed)
                (whole.same_cpu_ms if same else whole.new_cpu_ms).append(elapsed_cpu)
                idle()
                start = time.perf_counter_ns()
                window.repaint()                   # the baseline, in the same machine state
                whole.frame_ms.append((time.perf_counter_ns() - start) / 1e6)
        print(f"hits drawn in view per keystroke: median {statistics.median(spans_drawn):.0f}, "
              f"max {max(spans_drawn)}")
        print(summary("repaint of the pane (after that)", paint_ms))
        print(summary("keystroke to painted pane, same article", keystroke_ms))
        print(summary("keystroke to painted pane, new article", switching_ms))
        print(summary("then sidebar + results list, painted", lists_ms))
        print(summary("whole keystroke, same article", whole.same_ms))
        print(summary("  its CPU time", whole.same_cpu_ms))
        print(summary("whole keystroke, new article", whole.new_ms))
        print(summary("  its CPU time", whole.new_cpu_ms))
        print(summary("whole window repainted (baseline)", whole.frame_ms))
        find.close()
        window.close()
        app.processEvents()
    return highlight_ms, whole


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20260612)
    parser.add_argument("--queries", type=int, default=60)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    issue, label = load_issue()
    t0 = time.perf_counter()
    index = IssueIndex(issue)
    index.prepare()
    build_ms = (time.perf_counter() - t0) * 1000
    texts = folded_texts(issue)
    print(f"issue: {label}: {len(issue.pages)} pages, {sum(1 for _ in issue.items())} items, "
          f"{len(texts)} fields, {sum(map(len, texts))} characters")
    print(f"index build + fold: {build_ms:.1f} ms (once per issue)")

    t0 = time.perf_counter()
    words.warm_up()
    print(f"jieba warm-up: {(time.perf_counter() - t0) * 1000:.0f} ms (background in the app)")
    queries = draw_queries(issue, args.queries, rng)
    strokes = [s for q in queries for s in keystrokes(q)]
    print(f"typing {len(queries)} queries, {len(strokes)} keystrokes, e.g. {' / '.join(queries[:4])} "
          f"/ {queries[-1]}")

    def core(stroke: str, options: SearchOptions = SearchOptions()) -> object:
        index.forget_results()
        return index.search(stroke, options)

    t0 = time.perf_counter()
    index.prepare(SearchOptions(variants=True))
    print(f"繁简通搜: building the 繁→简 table and folding every field once: "
          f"{(time.perf_counter() - t0) * 1000:.0f} ms (on first use)")
    t0 = time.perf_counter()
    index.prepare(SearchOptions(word=True))
    print(f"全词匹配: segmenting every field once: {(time.perf_counter() - t0) * 1000:.0f} ms "
          "(partly done above while drawing the queries; in the app, on first use, only fields with "
          "candidate hits)")

    core_ms: list[float] = []
    find_ms: list[float] = []
    variants_ms: list[float] = []
    word_ms: list[float] = []
    for _round in range(3):  # interleaved, so all see the same machine state
        core_ms += time_each(strokes, core)
        find_ms += time_each(strokes, lambda s: find_loop(texts, s))
        variants_ms += time_each(strokes, lambda s: core(s, SearchOptions(variants=True)))
        word_ms += time_each(strokes, lambda s: core(s, SearchOptions(word=True)))
    hits = [len(index.search(s)) for s in strokes]
    print(f"hits per keystroke: median {statistics.median(hits):.0f}, max {max(hits)}")
    print(summary("core search (substring)", core_ms))
    print(summary("str.find loop (baseline)", find_ms))
    print(summary("core search (繁简通搜)", variants_ms))
    print(summary("core search (全词匹配)", word_ms))

    measured = measure_highlight(issue, index, strokes)
    highlight, whole = "na", "all_p95_ms=na"
    if measured:
        highlight_ms, keystroke = measured
        print(summary("highlight of the visible article", highlight_ms))
        highlight = f"{percentile(highlight_ms, 95):.3f}"
        whole = " ".join(f"{name}={percentile(values, 95):.3f}" if values else f"{name}=na" for name, values in (
            ("all_p95_ms", keystroke.same_ms), ("all_new_p95_ms", keystroke.new_ms),
            ("all_cpu_p95_ms", keystroke.same_cpu_ms), ("all_new_cpu_p95_ms", keystroke.new_cpu_ms)))
        frame = statistics.median(keystroke.frame_ms)
        whole += f" all_frames={percentile(keystroke.same_ms, 95) / frame:.2f}" if keystroke.same_ms else ""
    ratio = statistics.fmean(core_ms) / statistics.fmean(find_ms)
    print(f"ratio = mean core search / mean str.find loop = {ratio:.2f}")
    print(f"result: find_p95_ms={percentile(core_ms, 95):.3f} highlight_p95_ms={highlight} {whole} ratio={ratio:.2f}")


if __name__ == "__main__":
    main()
