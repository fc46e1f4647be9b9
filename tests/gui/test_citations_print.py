"""Citing and printing from the window: the core's citation of the article on screen in each style, the
dialog with a passage, saving beside the target (never onto the library or a source file), the library's
results and bookmarks; PDF export and printing of an article or the whole issue as the pane typesets it."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QGuiApplication

from reader.core.citation.record import citation_records
from reader.core.citation.styles import format_citations
from reader.core.reading_order import story_heads
from reader.core.search import words
from reader.gui.export.cite_dialog import cited_passage
from reader.gui.startup import Reader

from .helpers import TIMEOUT, wait_idle

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def no_task_left_running(qtbot) -> Iterator[None]:
    """jieba loaded on the test's thread (its first import leaves files open under a warnings filter that
    is not thread-safe); work started by a test ends within it."""
    words.warm_up()
    words.import_jieba_module("jieba.analyse")
    yield
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=TIMEOUT)

STYLES = ("gbt7714", "ris", "bibtex", "csl-json")


def pdf_pages(path: Path) -> int:
    """The page objects of a PDF (Qt writes its object dictionaries uncompressed)."""
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


# ---- citations
@pytest.mark.parametrize("style", STYLES)
def test_copy_citation_as_each_style_is_the_cores(qtbot, shown: Reader, style: str) -> None:
    shown.session.show("p3-2")                    # a later part: the story is cited from its first part
    assert shown.window.commands.run(f"cite.copy.{style}")
    issue = shown.session.issue
    expected = format_citations(citation_records(issue, ["p1-1"]), style)
    copied = QGuiApplication.clipboard().text()
    assert copied.replace("\r\n", "\n") == expected.replace("\r\n", "\n")
    assert "春耕备耕有序推进" in copied and ("李明" in copied)


def test_cite_dialog_quotes_the_selected_passage_with_its_reference(qtbot, shown: Reader) -> None:
    pane_text = shown.reading.pane_text()
    pos = shown.reading.pane.layout_map.position("p1-1", "block", 0)
    pane_text.select(pos, pos + 10)
    dialog = shown.citations.cite_article()
    assert dialog is not None and dialog.passage_box.isVisible() and dialog.passage_box.isChecked()
    reference = format_citations(citation_records(shown.session.issue, ["p1-1"]), "gbt7714")
    assert dialog.text() == cited_passage(pane_text.selected_text(), reference)
    assert dialog.preview.toPlainText() == dialog.text()
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("ris"))
    assert dialog.text().startswith("TY  - NEWS") and not dialog.passage_box.isEnabled()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text().replace("\r\n", "\n") == dialog.text().replace("\r\n", "\n")
    dialog.close()


def test_saving_writes_exactly_the_text_beside_the_target(qtbot, shown: Reader, dialogs, tmp_path: Path) -> None:
    dialog = shown.citations.cite_article()
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("ris"))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "refs"
    target.with_suffix(".ris").write_text("old", encoding="utf-8")
    dialogs.answers.append((str(target), ""))
    dialog.save_button.click()
    written = target.with_suffix(".ris")
    assert written.read_bytes() == dialog.text().encode("utf-8")      # CRLF kept
    assert b"\r\n" in written.read_bytes()
    assert sorted(p.name for p in out.iterdir()) == ["refs.ris"]     # no temporary file left
    dialog.close()


def test_saving_onto_the_library_or_a_source_file_is_refused(qtbot, shown: Reader, dialogs, tmp_path: Path) -> None:
    database = tmp_path / "lib.bib"
    sqlite3.connect(database).execute("CREATE TABLE t (x)").connection.close()
    before = database.read_bytes()
    dialogs.answers.append((str(database), ""))
    dialog = shown.citations.cite_article()
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("bibtex"))
    dialog.save_button.click()
    assert database.read_bytes() == before
    assert dialogs.shown[-1][0] == "warn" and str(database) in dialogs.shown[-1][2]
    source = tmp_path / "page.txt"
    source.write_text("第1版", encoding="utf-8")
    shown.session.location = str(source)          # the issue on screen read from this file
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("gbt7714"))
    dialogs.answers.append((str(source), ""))
    dialog.save_button.click()
    assert source.read_text(encoding="utf-8") == "第1版"
    assert dialogs.shown[-1][0] == "warn"
    dialog.close()


def test_library_results_and_bookmarks_are_cited(qtbot, reader: Reader, filled) -> None:
    library = filled
    library.show_search()
    library.search_view.set_query("北岸")
    wait_idle(qtbot, library)
    total = library.search_view.total
    assert total > 0
    assert reader.window.commands.run("library.cite_results")
    qtbot.waitUntil(lambda: reader.citations.dialog is not None, timeout=TIMEOUT)
    dialog = reader.citations.dialog
    assert len(dialog.records) == total
    assert dialog.text().count("[N]") == total
    hit = library.search_view.model.hit_at(library.search_view.model.index(0, 0, library.search_view.model.index(0, 0)))
    library.open_hit(hit, library.search_view.request)
    qtbot.waitUntil(lambda: reader.session.current_item_id == hit.article.item, timeout=TIMEOUT)
    wait_idle(qtbot, library)
    library.toggle_bookmark()
    wait_idle(qtbot, library)
    reader.window.commands.run("library.cite_bookmarks")
    qtbot.waitUntil(lambda: reader.citations.dialog is not dialog, timeout=TIMEOUT)
    records = reader.citations.dialog.records
    assert [r.item for r in records] == [reader.session.issue.story_items(hit.article.item)[0].id]
    reader.citations.dialog.close()


# ---- print and PDF
def test_pdf_of_the_article_and_of_the_whole_issue(qtbot, shown: Reader, dialogs, tmp_path: Path) -> None:
    issue = shown.session.issue
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    dialogs.answers.append((str(tmp_path / "article"), ""))
    article = shown.printing.pdf_article()
    dialogs.answers.append((str(tmp_path / "issue.pdf"), ""))
    whole = shown.printing.pdf_issue()
    assert article == str(tmp_path / "article.pdf") and whole == str(tmp_path / "issue.pdf")
    article_pages, issue_pages = pdf_pages(Path(article)), pdf_pages(Path(whole))
    stories = story_heads(issue)
    chars = sum(len(b.text) for it in issue.items() for b in it.blocks)
    assert 1 <= article_pages <= 2                         # one story of a few paragraphs
    assert len(stories) <= issue_pages <= len(stories) + chars // 300   # each story on new pages
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.pdf", "issue.pdf"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
def test_the_pdf_holds_the_storys_text(qtbot, shown: Reader, dialogs, tmp_path: Path) -> None:
    if shown.reading.appearance.font_choice.missing:
        pytest.skip("no Chinese font: the PDF has no Chinese glyphs to read back")
    dialogs.answers.append((str(tmp_path / "a.pdf"), ""))
    path = shown.printing.pdf_article()
    text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    squeezed = "".join(text.split())
    assert "春耕备耕有序推进" in squeezed and "各地还加强了农资供应保障" in squeezed


def test_printing_goes_through_the_print_dialog(qtbot, shown: Reader, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter
    asked = []

    def answer(printer: QPrinter, _parent) -> bool:
        asked.append(printer.docName())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return True

    shown.printing.ask_printer = answer
    assert shown.window.commands.run("file.print_issue")
    assert asked == ["测试日报 2026-03-01"]
    assert pdf_pages(tmp_path / "printed.pdf") >= len(story_heads(shown.session.issue))
    shown.printing.ask_printer = lambda _printer, _parent: False
    assert not shown.printing.print_article()


def test_nothing_to_print_without_an_issue(reader: Reader, dialogs) -> None:
    assert reader.printing.pdf_article() is None and not reader.printing.print_issue()
    assert reader.citations.cite_article() is None
    assert dialogs.shown == []
