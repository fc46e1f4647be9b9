"""The Chinese catalogue is complete, current with the code, compiled, and really used; the English one
gives the plural forms of every `%n` message.

After changing UI strings:
  .venv/bin/pyside6-lupdate $(find reader/gui -name '*.py') -ts resources/i18n/reader_zh_CN.ts -no-obsolete -locations none
  (translate the new entries) .venv/bin/pyside6-lrelease resources/i18n/reader_zh_CN.ts -qm resources/i18n/reader_zh_CN.qm
  .venv/bin/pyside6-lupdate $(find reader/gui -name '*.py') -ts resources/i18n/reader_en.ts -pluralonly -no-obsolete \
      -locations none -target-language en
  (write the singular and plural of the new entries) .venv/bin/pyside6-lrelease resources/i18n/reader_en.ts -qm resources/i18n/reader_en.qm
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QLocale, QTranslator

from reader.core.model import Issue
from reader.gui.shell.settings import ReaderSettings
from reader.gui.startup import Reader
from reader.gui.translations import (
    ENGLISH_PLURALS,
    catalogue_path,
    choose_language,
)

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
TS = Path(catalogue_path(suffix=".ts"))
EN_TS = Path(catalogue_path(ENGLISH_PLURALS, suffix=".ts"))
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}")


def messages(ts: Path) -> list[tuple[str, str, etree._Element]]:
    """(context, source, translation element) of every message in a .ts file."""
    root = etree.parse(str(ts)).getroot()
    return [(ctx.findtext("name"), msg.findtext("source"), msg.find("translation"))
            for ctx in root.iter("context") for msg in ctx.iter("message")]


def forms(translation: etree._Element) -> list[str]:
    """The translated text: its one text, or each numerus form of a `%n` message."""
    numerus = translation.findall("numerusform")
    return [f.text or "" for f in numerus] if numerus else [translation.text or ""]


def fresh_messages(tmp_path: Path, *options: str) -> set[tuple[str, str]]:
    """(context, source) of the messages lupdate finds in the code now."""
    tool = _lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate not found (it comes with PySide6)")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "reader" / "gui").rglob("*.py"))
    subprocess.run([tool, *sources, "-ts", str(fresh), "-no-obsolete", "-locations", "none", *options],
                   check=True, capture_output=True)
    return {(c, s) for c, s, _ in messages(fresh)}


def test_every_source_string_has_a_finished_chinese_translation() -> None:
    found = messages(TS)
    assert len(found) > 50
    problems = []
    for context, source, translation in found:
        kind = translation.get("type")
        for text in forms(translation):
            if kind in ("unfinished", "obsolete", "vanished") or not text.strip():
                problems.append(f"{context}: {source!r} is {kind or 'empty'}")
            elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{context}: {source!r} and {text!r} differ in placeholders")
            elif source.count("&") != text.count("&"):
                problems.append(f"{context}: {source!r} and {text!r} differ in accelerators")
            elif ("%n" in source) != ("%n" in text):
                problems.append(f"{context}: {source!r} and {text!r} differ in the count %n")
    assert problems == []


def test_every_plural_message_has_english_singular_and_plural_forms(tmp_path: Path) -> None:
    plural_in_code = fresh_messages(tmp_path, "-pluralonly")
    assert len(plural_in_code) >= 10
    english = {(c, s): forms(t) for c, s, t in messages(EN_TS)}
    assert set(english) == plural_in_code, "run pyside6-lupdate -pluralonly for reader_en.ts"
    for (context, source), texts in english.items():
        assert len(texts) == 2 and all("%n" in t and "(s)" not in t for t in texts), (context, source, texts)
    translator = QTranslator()
    assert translator.load(catalogue_path(ENGLISH_PLURALS))
    assert translator.translate("Labels", "%n issue(s)", "", 1) == "%n issue"
    assert translator.translate("Labels", "%n issue(s)", "", 114) == "%n issues"


def _lupdate() -> str | None:
    local = Path(sys.executable).with_name("pyside6-lupdate")
    return str(local) if local.exists() else shutil.which("pyside6-lupdate")


def test_catalogue_holds_every_string_of_the_code(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "reader" / "gui").rglob("*.py"))
    assert {Path(p).parent.name for p in sources} >= {"gui", "shell", "reading", "find", "library", "export",
                                                      "widgets"}
    in_code = fresh_messages(tmp_path)
    in_catalogue = {(c, s) for c, s, _ in messages(TS)}
    assert in_code - in_catalogue == set(), "strings missing from the catalogue: run pyside6-lupdate"
    assert in_catalogue - in_code == set(), "strings no longer in the code: run pyside6-lupdate -no-obsolete"


def test_compiled_catalogue_matches_the_source(qapp) -> None:
    translator = QTranslator()
    assert translator.load(catalogue_path())
    stale = [(c, s) for c, s, t in messages(TS) if translator.translate(c, s, "", 1 if t.find("numerusform") is not None
                                                                          else -1) != forms(t)[0]]
    assert stale == [], "run pyside6-lrelease to rebuild the .qm"


def test_language_choice() -> None:
    assert choose_language("en") == "en" and choose_language("zh") == "zh"
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert choose_language(None, english) == "en"
    assert choose_language(None, QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "zh"
    assert choose_language(None, QLocale(QLocale.Language.French, QLocale.Country.France)) == "zh"


def test_chinese_ui_shows_chinese(qtbot, chinese: None, settings: ReaderSettings, issue: Issue) -> None:
    reader = Reader(settings, theme="light")
    qtbot.addWidget(reader.window)
    reader.window.show()
    titles = [reader.window.menus[k].title() for k in ("file", "edit", "view", "go", "help")]
    assert titles == ["文件(&F)", "编辑(&E)", "视图(&V)", "转到(&G)", "帮助(&H)"]
    reader.session.set_issue(issue, "fixture-issue")
    assert reader.reading.position_label.text() == "测试日报 · 2026年3月1日 · 第1版 · 第1篇/共6篇"
    assert reader.reading.sidebar.model.index(0, 0).data() == "第01版 · 要闻"
    text = reader.reading.pane.plain_text()
    assert "转第3版" in text and "上接第1版" in text
    reader.session.show("p1-3")
    assert "第4版不在本期" in reader.reading.pane.plain_text()
    assert reader.window.windowTitle() == "测试日报 2026年3月1日 — 报纸阅读器"
    assert reader.window.action("go.next").text() == "下一篇(&N)"       # the commands' texts too


# Qt's own rule for a name filter (QPlatformFileDialogHelper::filterRegExp): "label (patterns)", with
# ASCII parentheses and nothing after them. A full-width （…） hides every file of that filter.
QT_NAME_FILTER = re.compile(r"^(.*)\(([a-zA-Z0-9_.,*? +;#\-\[\]@\{\}/!<>\$%&=^~:\|]*)\)$")


def _filter_patterns(filters: str) -> list[list[str] | None]:
    """The patterns Qt reads from each ;;-separated filter (None where Qt sees no patterns)."""
    found: list[list[str] | None] = []
    for one in filters.split(";;"):
        match = QT_NAME_FILTER.match(one.strip())
        found.append(match.group(2).split() if match else None)
    return found


def test_every_file_filter_reads_the_same_patterns_in_every_catalogue() -> None:
    filters = [(c, s, t) for c, s, t in messages(TS) if "(*" in s]
    assert filters, "no file-dialog filter found in the catalogue"
    for context, source, translation in filters:
        expected = _filter_patterns(source)
        assert None not in expected, f"{context}: {source!r} is not a filter Qt can read"
        assert _filter_patterns(translation.text or "") == expected, f"{context}: {translation.text!r}"


def test_the_filter_check_catches_full_width_parentheses() -> None:
    assert _filter_patterns("报纸（*.md *.txt）;;所有文件 (*)") == [None, ["*"]]
