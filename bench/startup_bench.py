"""Cold start to first article painted: the reader against a minimal PySide6 program, run alternately.

Each run is a fresh process started by this script; the child prints a marker with the time since
the parent launched it (READER_STARTUP_T0) when its reading pane first paints, and the CPU time it
(and any child it reaped: the reader parses a new issue ahead in one) has used by then: on a shared
machine the wall clock also counts what other processes took, CPU time is what the program costs. The minimal program
shows the same article's text (extracted here with the core) in a QTextBrowser. Both run offscreen
with warm bytecode caches (PYTHONPYCACHEPREFIX in a temporary folder, one warm-up run each), as an
installed program would. The reader is timed reopening the issue (its parsed form cached, as on every
start after the first) and opening it for the first time (empty cache: the importers run); the result
line gives both: the reopening case, the usual start (`make run` reopens the last issue), and the
first open. Also measured, in this process: opening the 20-page corpus issue until the sidebar is
filled, against filling a plain QTreeWidget with the same headlines.

    .venv/bin/python bench/startup_bench.py [--runs 9]

Ends with `result: startup_ms=<median> ratio=<ours / minimal> first_open_ms=<median>
first_open_ratio=<first open / minimal> cpu_ratio=<reopening, CPU> first_open_cpu_ratio=<CPU>`
(ratios of medians).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MARKER = "startup-probe: first_article_paint_ms="
CPU_MARKER = " cpu_ms="
RMRB = ROOT.parent / "shared" / "corpus" / "epaper-rss" / "rmrb_2026-06-12.xml"

MINIMAL = r'''
import os, resource, sys, time
from PySide6.QtWidgets import QApplication, QTextBrowser

class View(QTextBrowser):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not View.painted:
            View.painted = True
            elapsed = (time.time() - float(os.environ["READER_STARTUP_T0"])) * 1000
            children = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (time.process_time() + children.ru_utime + children.ru_stime) * 1000
            print(f"startup-probe: first_article_paint_ms={elapsed:.1f} cpu_ms={cpu:.1f}", flush=True)
            QApplication.quit()

app = QApplication(sys.argv[:1])
view = View()
with open(sys.argv[1], encoding="utf-8") as f:
    view.setPlainText(f.read())
view.resize(1280, 800)
view.show()
app.exec()
'''


def article_text(issue_path: str, item_id: str) -> str:
    """The story's text as the core gives it (what the minimal program shows)."""
    from reader.core.loading import open_issue
    from reader.core.story_text import story_text
    issue = open_issue(issue_path)
    return story_text(issue.story_items(item_id))


def run_child(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Start a child, return the first-paint time it reports (ms since launch) and its CPU ms by then."""
    env = {**env, "READER_STARTUP_T0": repr(time.time())}
    done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    for line in done.stdout.splitlines():
        if line.startswith(MARKER):
            wall, _, cpu = line[len(MARKER):].partition(CPU_MARKER)
            return float(wall), float(cpu or "nan")
    raise RuntimeError(f"no start-up marker from {args[:2]} (exit {done.returncode}): {done.stderr[-400:]}")


Times = list[tuple[float, float]]   # (wall ms, CPU ms) per run


def startup(runs: int) -> tuple[Times, Times, Times]:
    """Alternate the reader (reopening: parse cache warm), the reader opening the issue for the first
    time (empty parse cache) and the minimal program; return the three lists of times."""
    from reader.gui.app import sample_issue_path
    sample, item = sample_issue_path(), "p1-1"
    with tempfile.TemporaryDirectory() as tmp:
        text_file = Path(tmp) / "article.txt"
        text_file.write_text(article_text(sample, item), encoding="utf-8")
        minimal_file = Path(tmp) / "minimal.py"
        minimal_file.write_text(MINIMAL, encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"),
                   READER_STARTUP_PROBE="exit")
        ours_args = ["main.py", sample, "--article", item, "--lang", "zh"]
        minimal_args = [str(minimal_file), str(text_file)]
        reopen: Times = []
        first: Times = []
        minimal: Times = []
        for i in range(runs + 1):
            env["READER_SETTINGS_FILE"] = str(Path(tmp) / f"settings-{i}.ini")   # no window state kept
            env["READER_CACHE_DIR"] = str(Path(tmp) / "cache")
            a = run_child(ours_args, env)
            env["READER_CACHE_DIR"] = str(Path(tmp) / f"empty-cache-{i}")
            b = run_child(ours_args, env)
            c = run_child(minimal_args, env)
            if i:   # run 0 warms the bytecode, file and parse caches
                reopen.append(a)
                first.append(b)
                minimal.append(c)
        return reopen, first, minimal


def sidebar_fill(runs: int) -> tuple[list[float], list[float], int] | None:
    """Open the 20-page issue and fill the sidebar, against a QTreeWidget of the same headlines."""
    if not RMRB.exists():
        return None
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem

    from reader.core.loading import open_issue
    from reader.gui.shell.settings import ReaderSettings
    from reader.gui.startup import Reader

    app = QApplication.instance() or QApplication([])
    ours: list[float] = []
    plain: list[float] = []
    items = 0
    with tempfile.TemporaryDirectory() as tmp:
        reader = Reader(ReaderSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)))
        window = reader.window
        window.resize(1280, 800)
        window.show()
        tree = QTreeWidget()
        tree.resize(340, 800)
        tree.show()
        app.processEvents()
        for _ in range(runs):
            t0 = time.perf_counter()
            issue = open_issue(RMRB)
            reader.session.set_issue(issue, str(RMRB))
            app.processEvents()   # layout and paint of the sidebar and the first story
            ours.append((time.perf_counter() - t0) * 1000)
            items = len(list(issue.items()))

            t0 = time.perf_counter()
            issue = open_issue(RMRB)
            tree.clear()
            for page in issue.pages:
                node = QTreeWidgetItem(tree, [f"第{page.number:02d}版 · {page.name or ''}"])
                for it in page.items:
                    QTreeWidgetItem(node, [it.display_title()])
            tree.expandAll()
            app.processEvents()
            plain.append((time.perf_counter() - t0) * 1000)
        window.close()
    return ours, plain, items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="measured runs of each program (default 9)")
    args = parser.parse_args()

    fill = sidebar_fill(max(3, args.runs // 2))
    if fill is None:
        print(f"sidebar fill: skipped ({RMRB} not found)")
    else:
        ours_fill, plain_fill, items = fill
        print(f"sidebar fill, 20-page issue ({items} items), open + fill + first paint: "
              f"median {statistics.median(ours_fill):.0f} ms (runs {', '.join(f'{t:.0f}' for t in ours_fill)}); "
              f"QTreeWidget of the same headlines: median {statistics.median(plain_fill):.0f} ms; "
              f"ratio {statistics.median(ours_fill) / statistics.median(plain_fill):.2f}")

    reopen_runs, first_runs, minimal_runs = startup(args.runs)
    reopen, first, minimal = ([wall for wall, _cpu in runs] for runs in (reopen_runs, first_runs, minimal_runs))
    reopen_cpu, first_cpu, minimal_cpu = ([cpu for _wall, cpu in runs] for runs in (reopen_runs, first_runs,
                                                                                     minimal_runs))
    reopen_ms, first_ms, minimal_ms = (statistics.median(x) for x in (reopen, first, minimal))
    reopen_cpu_ms, first_cpu_ms, minimal_cpu_ms = (statistics.median(x) for x in (reopen_cpu, first_cpu, minimal_cpu))

    def runs_text(times: list[float]) -> str:
        return f"min {min(times):.0f}; runs " + ", ".join(f"{t:.0f}" for t in times)

    print(f"reader, sample p1-1, reopening (parsed issue cached): median {reopen_ms:.0f} ms  ({runs_text(reopen)})"
          f"  ratio {reopen_ms / minimal_ms:.2f}; CPU median {reopen_cpu_ms:.0f} ms, ratio "
          f"{reopen_cpu_ms / minimal_cpu_ms:.2f}")
    print(f"reader, sample p1-1, first open (parse on start-up):   median {first_ms:.0f} ms  ({runs_text(first)})"
          f"  ratio {first_ms / minimal_ms:.2f}; CPU median {first_cpu_ms:.0f} ms, ratio "
          f"{first_cpu_ms / minimal_cpu_ms:.2f}")
    print(f"minimal QTextBrowser with the same text:              median {minimal_ms:.0f} ms  ({runs_text(minimal)})"
          f"; CPU median {minimal_cpu_ms:.0f} ms")
    for name, ours in (("reopening", reopen), ("first open", first)):
        paired = sorted(a / c for a, c in zip(ours, minimal, strict=True))   # each run over the minimal one beside it
        print(f"{name} / minimal, run by run: median {statistics.median(paired):.2f} "
              f"(range {paired[0]:.2f}–{paired[-1]:.2f}; less sensitive to a busy machine than the ratio of medians)")
    print(f"result: startup_ms={reopen_ms:.0f} ratio={reopen_ms / minimal_ms:.2f} first_open_ms={first_ms:.0f} "
          f"first_open_ratio={first_ms / minimal_ms:.2f} cpu_ratio={reopen_cpu_ms / minimal_cpu_ms:.2f} "
          f"first_open_cpu_ratio={first_cpu_ms / minimal_cpu_ms:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
