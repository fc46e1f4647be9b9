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
from reader.gui.widgets.plain_text import as_written, menu_text

from .helpers import TIMEOUT

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


def test_status_bar_and_warnings_tooltip_show_file_text_as_written(qtbot, reader: Reader, issue: Issue) -> None:
    issue.paper = HOSTILE
    issue.warn("bad-page", f"{HOSTILE}.md: broken")
    reader.session.set_issue(issue, "fixture-issue")
    label = reader.reading.position_label
    assert label.textFormat() == Qt.TextFormat.PlainText and HOSTILE in label.text()
    notes = reader.reading.notes_label
    assert notes.textFormat() == Qt.TextFormat.PlainText
    assert _rendered(notes.toolTip()).endswith(f"{HOSTILE}.md: broken")
    assert HOSTILE in reader.window.windowTitle()


def test_sidebar_tooltips_show_titles_as_written(qtbot, shown: Reader) -> None:
    shown.reading.fill_sidebar()
    model = shown.reading.sidebar.model
    tip = model.index_of_item("p1-2").data(Qt.ItemDataRole.ToolTipRole)
    assert _rendered(tip).startswith("<b>x</b> & <i>标题</i>")


def test_the_dialogs_show_their_text_as_written(qtbot) -> None:
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
    reader.window.settings.add_recent_issue("/issues/A&B <i>日报</i>")
    menu = reader.window.menu_bar.submenu("file.recent")
    assert menu is not None
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions()]
    assert "/issues/A&&B <i>日报</i>" in texts, texts


def test_the_library_problem_dialog_shows_path_and_problem_as_written(qtbot) -> None:
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
