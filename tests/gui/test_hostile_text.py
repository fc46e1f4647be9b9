"""Text from files is data in every widget that shows it: status bar, tooltips, dialogs, menus."""

from __future__ import annotations

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from reader.core.model import Issue
from reader.gui.library.controller import LibraryController
from reader.gui.library.problem import LibraryProblemDialog
from reader.gui.shell.dialogs import QtDialogs
from reader.gui.startup import Reader
from reader.gui.widgets.plain_text import menu_text
from reader.gui.widgets.tooltips import plain_tooltip

from .helpers import TIMEOUT

pytestmark = pytest.mark.gui

HOSTILE = '<img src="/etc/hostile.png">江川<b>日报</b> & co'


def _rendered(rich: str) -> str:
    """What Qt shows for a string it takes as rich text."""
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()


def test_plain_tooltips_show_markup_as_text() -> None:
    for text in (HOSTILE, "a\nb", "&amp; &lt;"):
        assert _rendered(plain_tooltip(text)) == text
    assert QtGui.Qt.mightBeRichText(plain_tooltip(HOSTILE)) and plain_tooltip("") == ""  # Qt takes it as rich text
    assert menu_text("A&B") == "A&&B"


def test_status_bar_and_the_notes_show_file_text_as_written(qtbot, reader: Reader, issue: Issue) -> None:
    issue.paper = HOSTILE
    issue.warn("bad-page", f"{HOSTILE}.md: broken")
    reader.session.set_issue(issue, "fixture-issue")
    label = reader.reading.position_label
    assert label.textFormat() == Qt.TextFormat.PlainText and HOSTILE in label.text()
    reader.reading.notes.show()
    panel = reader.reading.notes.panel
    assert panel is not None
    rows = [panel.list.item(i) for i in range(panel.list.count())]
    assert any(_rendered(row.toolTip()).endswith(f"{HOSTILE}.md: broken") for row in rows)
    assert HOSTILE in reader.window.windowTitle()


def test_sidebar_tooltips_show_titles_plain_tooltip(qtbot, shown: Reader) -> None:
    shown.reading.fill_sidebar()
    model = shown.reading.sidebar.model
    tip = model.index_of_item("p1-2").data(Qt.ItemDataRole.ToolTipRole)
    assert _rendered(tip).startswith("<b>x</b> & <i>标题</i>")


def test_the_dialogs_show_their_text_plain_tooltip(qtbot) -> None:
    seen: list[tuple[Qt.TextFormat, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.textFormat(), box.text()))
            box.done(0)
        else:
            QTimer.singleShot(20, answer)

    for ask in (QtDialogs().warn, QtDialogs().inform, QtDialogs().confirm):
        QTimer.singleShot(20, answer)
        ask(None, "title", f"{HOSTILE}: not text")  # type: ignore[arg-type]
    assert seen == [(Qt.TextFormat.PlainText, f"{HOSTILE}: not text")] * 3


def test_recent_files_menu_shows_names_with_ampersands(qtbot, reader: Reader) -> None:
    reader.window.settings.add_recent_issue("/issues/A&B <b>日报")
    menu = reader.window.menu_bar.submenu("file.recent")
    assert menu is not None
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions()]
    assert "A&&B <b>日报" in texts, texts  # its name, the & shown (not a shortcut mark)


def test_the_library_problem_dialog_shows_path_and_problem_plain_tooltip(qtbot) -> None:
    box = LibraryProblemDialog(f"/tmp/{HOSTILE}.sqlite3", HOSTILE)
    labels = [w for w in box.findChildren(QLabel) if w.text()]
    assert labels and all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    assert any(HOSTILE in w.text() for w in labels)


def test_compact_library_is_in_the_file_menu_and_says_the_sizes(qtbot, reader: Reader,
                                                              filled: LibraryController) -> None:
    names = [a.objectName() for a in reader.window.menus["file"].actions()]
    assert names.index("file.import") < names.index("file.compact_library")
    assert reader.window.menus["file"].actions()[-1] is reader.window.action("file.quit")
    reader.window.action("file.compact_library").trigger()
    qtbot.waitUntil(lambda: "MB →" in reader.window.statusBar().currentMessage(), timeout=TIMEOUT)
