"""File ▸ Export Article… / Export Issue…: Markdown or plain text with the citation (the dialog answered)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.model import Issue
from reader.gui.export.actions import export_format, suggested_name
from reader.gui.library.controller import LibraryController
from reader.gui.startup import Reader

from .conftest import FakeDialogs
from .helpers import TIMEOUT

pytestmark = pytest.mark.gui


def answer_save_dialog(dialogs: FakeDialogs, path: Path | None, chosen: str = "") -> None:
    dialogs.answers.append((str(path) if path else "", chosen))


def test_export_article_writes_markdown_with_the_citation(shown: Reader, library: LibraryController,
                                                          dialogs: FakeDialogs, tmp_path: Path) -> None:
    shown.session.show("p1-1")                                   # a story continued on page 3
    target = tmp_path / "story.md"
    answer_save_dialog(dialogs, target, "Markdown (*.md)")
    shown.window.action("file.export_article").trigger()
    assert dialogs.shown[-1][0] == "save_file" and dialogs.shown[-1][2].endswith("测试日报-2026-03-01-p1-1.md")
    text = target.read_text(encoding="utf-8")
    assert text.startswith("*坚持稳中求进*\n# 春耕备耕有序推进")
    assert "各地还加强了农资供应保障" in text                    # the part on page 3 too
    assert text.rstrip().endswith("——《测试日报》2026年3月1日 第1、3版")
    assert "Exported to" in shown.window.statusBar().currentMessage()


def test_export_issue_as_plain_text_and_markup_stays_text(shown: Reader, library: LibraryController,
                                                          dialogs: FakeDialogs, tmp_path: Path) -> None:
    target = tmp_path / "issue"                              # no suffix: the chosen filter decides
    answer_save_dialog(dialogs, target, "Plain text (*.txt)")
    shown.window.action("file.export_issue").trigger()
    text = (tmp_path / "issue.txt").read_text(encoding="utf-8")
    assert text.startswith("《测试日报》2026年3月1日\n")
    assert "【第1版 要闻】" in text and "【第3版 要闻】" in text
    assert "<b>x</b> & <i>标题</i>" in text                  # as written, once (the repeat is left out)
    assert text.count("<script>alert(1)</script>") == 1
    md = tmp_path / "issue.md"
    answer_save_dialog(dialogs, md, "Markdown (*.md)")
    shown.window.action("file.export_issue").trigger()
    assert "\\<b\\>x\\</b\\>" in md.read_text(encoding="utf-8")  # escaped: never read as HTML


def test_cancelled_dialog_writes_nothing(shown: Reader, library: LibraryController,
                                         dialogs: FakeDialogs, tmp_path: Path) -> None:
    answer_save_dialog(dialogs, None)
    assert shown.export.export(article=True) is None
    assert list(tmp_path.glob("*.md")) == []


def test_export_an_issue_from_the_library_panel(qtbot, filled: LibraryController,
                                                dialogs: FakeDialogs, tmp_path: Path) -> None:
    target = tmp_path / "beian.md"
    answer_save_dialog(dialogs, target, "Markdown (*.md)")
    filled.panel.export_requested.emit("北岸晚报:2023-12-30")
    qtbot.waitUntil(target.exists, timeout=TIMEOUT)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# 《北岸晚报》2023年12月30日") and "老街口袋公园开放" in text


def test_format_and_name_helpers(issue: Issue) -> None:
    assert export_format("a.TXT") == "text" and export_format("a.markdown") == "markdown"
    assert export_format("a", "Plain text (*.txt)") == "text" and export_format("a", "") == "markdown"
    issue.paper = "人民 日报/海外版"
    assert suggested_name(issue) == "人民_日报_海外版-2026-03-01.md"
