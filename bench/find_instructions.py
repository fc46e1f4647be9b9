"""A keystroke of find counted in CPU instructions (valgrind's callgrind), part by part, against a
repaint of the whole window: the same figures on a busy machine as on a quiet one.

find_bench.py times the keystroke in milliseconds, which on a shared two-core machine swing by tens of
percent from run to run; this counts what the keystroke costs, so that two versions can be compared.
The reader runs offscreen (1280x800, light theme) on the 20-page corpus issue (the sample issue when it
is absent) and types find_bench's queries. Each keystroke is run in three parts, each inside a C
function of Python's that nothing else here calls, which callgrind counts alone (--toggle-collect):
the find bar's new text (search, marks, the current hit shown: functools.reduce), the sidebar and the
results list brought up to date (itertools.starmap) and what changed painted (itertools.dropwhile);
between two keystrokes, the whole window repainted (itertools.takewhile) is the baseline.

    .venv/bin/python bench/find_instructions.py [--queries 12]

Ends with `result: keystroke_minstr=<per keystroke, millions> text_minstr=… lists_minstr=…
paint_minstr=… window_minstr=<whole window repainted> ratio=<keystroke / whole window>`.
Needs valgrind (apt-get install valgrind); says so and stops without it. About five minutes.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PARTS = {"text": "functools_reduce", "lists": "starmap_next", "paint": "dropwhile_next",
         "window": "takewhile_next"}


def type_queries(queries: int) -> int:
    """The child: type the queries in the reader, each keystroke's parts inside PARTS' functions."""
    import random

    from find_bench import draw_queries, keystrokes, load_issue, open_window, query_groups
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from reader.core.reading_order import in_reading_order, reading_keys
    from reader.core.search import words
    from reader.core.search.issue_search import IssueIndex

    issue, _label = load_issue()
    index = IssueIndex(issue)
    index.prepare()
    words.warm_up()
    strokes = [s for q in draw_queries(issue, queries, random.Random(20260612)) for s in keystrokes(q)]
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        reader = open_window(issue, Path(tmp))
        window, find = reader.window, reader.find
        for _ in range(20):          # the sidebar's rows drawn ahead, and the rest of idle work
            app.processEvents()
            time.sleep(0.02)
        keys = reading_keys(issue)
        pane = reader.reading.pane
        doc = pane.document()

        def paint() -> None:
            app.sendPostedEvents(window, QEvent.Type.UpdateRequest)

        def idle() -> None:
            doc.documentLayout().blockBoundingRect(doc.lastBlock())
            pane.viewport().repaint()
            app.processEvents()
            paint()

        groups = query_groups(strokes)
        typed = 0
        for counted in (False, True):     # once to warm up (glyphs, caches), once counted
            for group in groups:
                full = in_reading_order(index.search(group[-1]), keys)
                find.bar.set_text("")
                find.update_lists()
                if full:
                    reader.session.show(full[0].item)
                idle()
                for stroke in group:
                    index.forget_results()
                    if counted:
                        functools.reduce(lambda _a, text: find.bar.set_text(text), [stroke], None)
                        list(itertools.starmap(find.update_lists, [()]))
                        list(itertools.dropwhile(lambda _x: paint(), [0]))
                        typed += 1
                    else:
                        find.bar.set_text(stroke)
                        find.update_lists()
                        paint()
                    idle()
                    if counted:
                        list(itertools.takewhile(lambda _x: window.repaint(), [0]))
        window.close()
    print(f"typed {typed}", flush=True)
    return 0


def inclusive(annotated: str, function: str) -> int:
    """Instructions callgrind_annotate --inclusive=yes gives a function (0 when it is not listed)."""
    match = re.search(r"^\s*([\d,]+)\s.*:" + re.escape(function) + r"\b", annotated, re.MULTILINE)
    return int(match.group(1).replace(",", "")) if match else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=12)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return type_queries(args.queries)
    if shutil.which("valgrind") is None or shutil.which("callgrind_annotate") is None:
        print("find instructions: skipped (no valgrind; apt-get install valgrind)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        cmd = ["valgrind", "--tool=callgrind", "--dump-instr=no", "--collect-atstart=no",
               *(f"--toggle-collect={name}" for name in PARTS.values()), f"--callgrind-out-file={out}",
               sys.executable, __file__, "--child", "--queries", str(args.queries)]
        run = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=3600)
        typed = re.search(r"typed (\d+)", run.stdout)
        if run.returncode or not typed:
            raise RuntimeError(f"the keystrokes did not run under valgrind (exit {run.returncode}): {run.stderr[-400:]}")
        annotated = subprocess.run(["callgrind_annotate", "--inclusive=yes", str(out)],
                                   capture_output=True, text=True, check=True).stdout
    strokes = int(typed.group(1))
    per = {part: inclusive(annotated, function) / strokes / 1e6 for part, function in PARTS.items()}
    keystroke = per["text"] + per["lists"] + per["paint"]
    print(f"{strokes} keystrokes; per keystroke, millions of instructions:")
    for part, label in (("text", "find bar's text: search, marks, current hit"),
                        ("lists", "sidebar and results list"), ("paint", "what changed, painted"),
                        ("window", "whole window repainted (baseline)")):
        print(f"  {label:44s} {per[part]:7.2f} M")
    print(f"result: keystroke_minstr={keystroke:.2f} text_minstr={per['text']:.2f} lists_minstr={per['lists']:.2f} "
          f"paint_minstr={per['paint']:.2f} window_minstr={per['window']:.2f} ratio={keystroke / per['window']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
