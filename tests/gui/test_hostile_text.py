"""Text from files is data in every widget that shows it: status bar, tooltips, dialogs, menus."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox

from reader.core.model import Issue
from reader.gui.main_window import MainWindow
from reader.gui.plain_text import as_written, menu_text

from .library_fixtures import filled, library, library_file  # noqa: F401 (fixtures)

pytestmark = pytest.mark.gui

HOSTILE = '<img src="/etc/hostile.png">江川<b>日报</b> & co'


def _rendered(rich: str) -> str:
    """What Qt shows for a string it takes as rich text."""
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()


def test_as_written_shows_markup_as_text() -> None:
    for text in (HOSTILE, "a\nb", "&amp; &lt;"):
        assert _rendered(as_written(text)) == text
    assert QtGui.Qt.mightBeRichText(as_written(HOSTILE)) and as_written("") == ""  # Qt takes it as rich text
    assert menu_text("A&B") == "A&&B"


def test_status_bar_and_warnings_tooltip_show_file_text_as_written(qtbot, window: MainWindow, issue: Issue) -> None:
    issue.paper = HOSTILE
    issue.warn("bad-page", f"{HOSTILE}.md: broken")
    window.set_issue(issue, "fixture-issue")
    label = window.position_label
    assert label.textFormat() == Qt.TextFormat.PlainText and HOSTILE in label.text()
    assert window.notes_label.textFormat() == Qt.TextFormat.PlainText
    assert _rendered(window.notes_label.toolTip()).endswith(f"{HOSTILE}.md: broken")
    assert HOSTILE in window.windowTitle()


def test_sidebar_tooltips_show_titles_as_written(qtbot, window: MainWindow, issue: Issue) -> None:
    window.set_issue(issue, "fixture-issue")
    model = window.sidebar.model
    tip = model.index_of_item("p1-2").data(Qt.ItemDataRole.ToolTipRole)
    assert _rendered(tip).startswith("<b>x</b> & <i>标题</i>")


def test_error_dialogs_show_the_message_as_written(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    window.show_error("Cannot open this issue", f"{HOSTILE}: not text")
    assert _rendered(shown[0]) == f"{HOSTILE}: not text" and html.escape(HOSTILE) in shown[0]


def test_recent_files_menu_shows_names_with_ampersands(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.settings.add_recent_issue("/issues/A&B <i>日报</i>")
    window._fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert "/issues/A&&B <i>日报</i>" in texts


def test_the_library_problem_dialog_shows_path_and_problem_as_written(qtbot) -> None:
    from reader.gui.library_problem import LibraryProblemDialog

    box = LibraryProblemDialog(Path(f"/tmp/{HOSTILE}.sqlite3"), HOSTILE)
    labels = [w for w in box.findChildren(QLabel) if w.text()]
    assert labels and all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    assert any(HOSTILE in w.text() for w in labels)


def test_compact_library_is_in_the_file_menu_and_says_the_sizes(qtbot, window: MainWindow, filled: object) -> None:
    from reader.gui.library_controller import LibraryController

    assert isinstance(filled, LibraryController)
    names = [a.objectName() for a in window.menus["file"].actions()]
    assert names.index("exportIssue") < names.index("compactLibrary") and window.menus["file"].actions()[-1] is \
        window.act_quit
    filled.act_compact.trigger()
    qtbot.waitUntil(lambda: "MB →" in window.statusBar().currentMessage(), timeout=30000)
