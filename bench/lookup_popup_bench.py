"""Lookup popup latency after warm-up: from a double-click on a word of the reading pane to the popup on
screen, against the lookup itself (jieba word + dictionary, what the worker runs) in the same process.

Offscreen, the bundled sample issue, each paragraph's words in turn (every fifth character of the
first paragraphs): the dictionary, pypinyin, OpenCC and jieba are loaded first, as start-up's warm-up
does. Prints the medians and `result: popup_ms=<median> ratio=<popup / lookup>`.

    .venv/bin/python bench/lookup_popup_bench.py [--words 40]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=40, help="words looked up (default 40)")
    args = parser.parse_args()

    import tempfile

    from PySide6.QtCore import QPoint, QSettings, Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reader.gui.app import sample_issue_path
    from reader.gui.lookup.controller import find_word, warm_up
    from reader.gui.shell.settings import ReaderSettings
    from reader.gui.startup import Reader

    app = QApplication.instance() or QApplication(sys.argv[:1])
    tmp = tempfile.mkdtemp()
    reader = Reader(ReaderSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)), theme="light")
    reader.window.resize(1200, 900)
    reader.window.show()
    path = sample_issue_path()
    issue = reader.session.open_now(path)
    reader.session.set_issue(issue, path)
    warm_up()
    lookup = reader.lookup
    pane = reader.reading.pane
    app.processEvents()

    targets: list[tuple[int, str, int]] = []          # (document position, block text, offset)
    for (item_id, field, block), start in sorted(pane.layout_map.fields.items(), key=lambda kv: kv[1]):
        if field != "block":
            continue
        text = issue.item(item_id).blocks[block].text
        targets += [(start + off, text, off) for off in range(0, len(text), 5) if text[off].isalnum()]
    targets = targets[: args.words]

    popup_ms: list[float] = []
    core_ms: list[float] = []
    for position, text, offset in targets:
        t0 = time.perf_counter()
        find_word(text, offset)
        core_ms.append((time.perf_counter() - t0) * 1000)
        pane.scroll_to_position(position)
        app.processEvents()
        cursor = QTextCursor(pane.document())
        cursor.setPosition(position)
        left = pane.cursorRect(cursor)
        cursor.setPosition(position + 1)
        point = QPoint((left.left() + pane.cursorRect(cursor).left()) // 2, left.center().y())
        serial = lookup._serial
        t0 = time.perf_counter()
        QTest.mouseDClick(pane.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        while lookup._serial == serial or not (lookup.popup is not None and lookup.popup.isVisible()
                                               and lookup.shown is not None):
            app.processEvents()
            if time.perf_counter() - t0 > 10:
                print("a lookup took over 10 s; stopping", file=sys.stderr)
                return 1
        popup_ms.append((time.perf_counter() - t0) * 1000)
        lookup.popup.close()
        app.processEvents()

    popup, core = statistics.median(popup_ms), statistics.median(core_ms)
    print(f"double-click to popup shown: median {popup:.1f} ms (min {min(popup_ms):.1f}, max {max(popup_ms):.1f};"
          f" {len(popup_ms)} words)")
    print(f"the lookup alone (jieba word + define): median {core:.1f} ms (min {min(core_ms):.1f}, "
          f"max {max(core_ms):.1f})")
    print(f"result: popup_ms={popup:.1f} ratio={popup / core:.2f}")
    reader.window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
