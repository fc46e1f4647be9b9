"""Start-up to the first article painted counted in CPU instructions (valgrind's callgrind), against the
minimal QTextBrowser program of startup_bench.py: the same figures on a busy machine as on a quiet one.

Wall-clock and even CPU-time ratios swing by tens of percent when other processes share the two cores;
an instruction count does not (the same run gives the same count to a fraction of a percent). Each
program runs once warm (bytecode and parse cache written), then once under callgrind, all three at once:
the reader reopening the sample (parsed issue cached), the reader opening it for the first time (its
parse-ahead child counted too) and the minimal program. Each leaves the moment its story is painted
(os._exit; the reader is main.py itself, run with READER_STARTUP_PROBE=leave, which also holds back its
fallback timer), so that the slow run under valgrind counts what precedes the first paint and nothing
after it.

    .venv/bin/python bench/startup_instructions.py [--floor]

--floor adds a fourth program, the floor under the reader's own start: a bare QMainWindow holding only
the reading pane and a status label, showing the same story through the reader's parse cache, model,
fonts and typesetter (no session, menus, commands, settings, sidebar holder or argument parsing).

Ends with `result: reopen_instructions_ratio=<reopening / minimal> first_open_instructions_ratio=<…>`.
Needs valgrind (apt-get install valgrind); says so and stops without it. About a minute.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

MINIMAL = r'''
import os, sys
from PySide6.QtWidgets import QApplication, QTextBrowser

class View(QTextBrowser):
    def paintEvent(self, event):
        super().paintEvent(event)
        print("painted", flush=True)
        os._exit(0)

app = QApplication(sys.argv[:1])
view = View()
with open(sys.argv[1], encoding="utf-8") as f:
    view.setPlainText(f.read())
view.resize(1280, 800)
view.show()
app.exec()
'''

# the floor (--floor): the reader's pane, cache, model and typesetter in a bare window, nothing else
FLOOR = r'''
import gc, os, sys
sys.path.insert(0, os.getcwd())
gc.disable()
from reader.core import issue_cache
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from reader.gui.reading import themes
from reader.gui.reading.fonts import choose_font, installed_families
from reader.gui.reading.pane import ArticleView
from reader.gui.reading.story_document import Typography
from reader.gui.shell.settings import DEFAULT_FONT_SIZE
from reader.gui.translations import install_translators

class Pane(ArticleView):
    def paintEvent(self, event):
        super().paintEvent(event)
        print("painted", flush=True)
        os._exit(0)

app = QApplication(sys.argv[:1])
install_translators(app, "zh")
window = QMainWindow()
theme = themes.resolve_theme("system", quick=True)
pane = Pane(Typography(choose_font(installed_families()).family, float(DEFAULT_FONT_SIZE), theme))
window.setCentralWidget(pane)
window.statusBar().addWidget(QLabel("第1版"))
window.resize(1280, 820)
pane.show_story(issue_cache.load(sys.argv[1]), sys.argv[2])
window.show()
app.exec()
'''

def collected(out_prefix: Path) -> int:
    """Instructions callgrind counted, summed over the files of a run (a process and its children)."""
    total = 0
    for part in out_prefix.parent.glob(f"{out_prefix.name}.*"):
        match = re.search(r"^(?:summary|totals): (\d+)", part.read_text(errors="replace"), re.MULTILINE)
        if match:
            total += int(match.group(1))
    return total


def main() -> int:
    floor = "--floor" in sys.argv[1:]
    if shutil.which("valgrind") is None:
        print("startup instructions: skipped (no valgrind; apt-get install valgrind)")
        return 0
    from startup_bench import article_text

    from reader.gui.app import sample_issue_path
    sample, item = sample_issue_path(), "p1-1"
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        text_file = tmp / "article.txt"
        text_file.write_text(article_text(sample, item), encoding="utf-8")
        (tmp / "minimal.py").write_text(MINIMAL, encoding="utf-8")
        (tmp / "floor.py").write_text(FLOOR, encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(tmp / "pycache"),
                   READER_SETTINGS_FILE=str(tmp / "settings.ini"), READER_LIBRARY=str(tmp / "library.sqlite3"),
                   READER_STARTUP_PROBE="leave")
        reader_args = ["main.py", sample, "--article", item, "--lang", "zh"]
        runs = {"reopening": (reader_args, tmp / "cache"), "first open": (reader_args, tmp / "empty-cache"),
                "minimal": ([str(tmp / "minimal.py"), str(text_file)], tmp / "cache")}
        if floor:
            runs["floor"] = ([str(tmp / "floor.py"), sample, item], tmp / "cache")
        for args, _cache in runs.values():      # warm: bytecode, and the parse cache of the reopening
            subprocess.run([sys.executable, *args], cwd=ROOT, env={**env, "READER_CACHE_DIR": str(tmp / "cache")},
                           capture_output=True, timeout=120, check=True)
        started = {}
        for name, (args, cache) in runs.items():
            out = tmp / f"cg-{name.replace(' ', '-')}"
            cmd = ["valgrind", "--tool=callgrind", "--trace-children=yes", f"--callgrind-out-file={out}.%p",
                   sys.executable, *args]
            started[name] = (subprocess.Popen(cmd, cwd=ROOT, env={**env, "READER_CACHE_DIR": str(cache)},
                                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True), out)
        counts = {}
        for name, (proc, out) in started.items():
            stdout, _ = proc.communicate(timeout=1800)
            if "painted" not in stdout:
                raise RuntimeError(f"{name}: no first paint under valgrind (exit {proc.returncode})")
            counts[name] = collected(out)
    minimal = counts["minimal"]
    for name, count in counts.items():
        print(f"{name + ':':12s} {count / 1e6:8.1f} M instructions to the first paint"
              + ("" if name == "minimal" else f", {count / minimal:.2f}× the minimal program"))
    print(f"result: reopen_instructions_ratio={counts['reopening'] / minimal:.2f} "
          f"first_open_instructions_ratio={counts['first open'] / minimal:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
