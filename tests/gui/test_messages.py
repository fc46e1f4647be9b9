"""Every message a reader sees is in the UI language: the core gives a code and its values, the GUI words them
(widgets/messages.py); counts with Qt's plurals and dates as the locale writes them (widgets/labels.py)."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.errors import IssueError
from reader.core.model import Issue, IssueWarning
from reader.gui.startup import Reader
from reader.gui.widgets.labels import date_text, issue_label, labels
from reader.gui.widgets.messages import messages

from .conftest import FakeDialogs
from .helpers import TIMEOUT, import_paths_via_dialog

pytestmark = pytest.mark.gui
CORE = Path(__file__).resolve().parents[2] / "reader" / "core"


def open_and_fail(qtbot, reader: Reader, path: Path) -> str:
    with qtbot.waitSignal(reader.session.open_failed, timeout=TIMEOUT) as blocker:
        reader.session.open(str(path))
    return str(blocker.args[1])


def test_error_dialogs_say_the_problem_in_chinese(qtbot, chinese: None, reader: Reader, dialogs: FakeDialogs,
                                                  tmp_path: Path) -> None:
    empty = tmp_path / "空的.md"
    empty.write_bytes(b"")
    feedish = tmp_path / "scan.pdf"
    feedish.write_bytes(b"%PDF-1.4 not an issue")
    assert open_and_fail(qtbot, reader, empty) == f"{empty}: 文件是空的"
    assert open_and_fail(qtbot, reader, feedish) == f"{feedish}: 不是本阅读器能识别的任何一种报纸格式"
    assert open_and_fail(qtbot, reader, tmp_path / "没有") == f"{tmp_path / '没有'}: 没有这个文件或文件夹"
    assert [(kind, title) for kind, title, _text in dialogs.shown] == [("warn", "无法打开这一期报纸")] * 3


def test_error_dialogs_in_english_keep_the_cores_line(qtbot, reader: Reader, tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"  \n")
    assert open_and_fail(qtbot, reader, empty) == f"{empty}: file is empty"


def test_issue_warnings_are_worded_in_chinese_with_their_values(qtbot, chinese: None, reader: Reader,
                                                                issue: Issue) -> None:
    reader.session.set_issue(issue, "fixture-issue")
    reader.reading.notes.show()                       # 本期提示: the notes panel lists them
    panel = reader.reading.notes.panel
    assert panel is not None
    tip = "\n".join(panel.list.item(i).text() for i in range(panel.list.count()))
    assert "「城市更新提速」转第4版，但本期没有那一部分" in tip
    assert "stops mid-sentence" not in tip and "continues on page" not in tip


def test_a_warning_whose_code_is_unknown_shows_the_cores_line_with_its_values(chinese: None) -> None:
    new = IssueWarning("some-new-code", "page 3: 7 odd lines kept as they are", 3, None, None, {"count": 7})
    assert messages().warning(new) == "page 3: 7 odd lines kept as they are"
    missing_value = IssueWarning("truncated", "「甲」 stops mid-sentence: the rest is not on the page")
    assert messages().warning(missing_value) == missing_value.message     # no title among its values
    error = IssueError("/x/a.md", "the reader met something new (Oops)", "never-seen", {"reason": "Oops"})
    assert messages().error(error) == "/x/a.md: the reader met something new (Oops)"


def test_a_bad_page_names_the_file_and_its_own_problem(chinese: None) -> None:
    warning = IssueWarning("bad-page", "02.md: file is empty; that page is left out", None, None, None,
                           {"name": "02.md", "problem": "file is empty", "code": "empty"})
    assert messages().warning(warning) == "02.md：文件是空的；这一版未收入"


def test_import_skip_reasons_are_worded_in_chinese(qtbot, chinese: None, library, tmp_path: Path) -> None:
    notes = tmp_path / "说明"
    notes.mkdir()
    (notes / "README.md").write_text("# 说明\n\n这里放各期的文本。\n", encoding="utf-8")
    import_paths_via_dialog(qtbot, library, [notes, tmp_path / "没有"])
    dialog = library.maintenance.import_dialog
    rows = dict(dialog.skipped_rows())
    assert "不是一期报纸：文字中没有报头、日期、版次、署名、电头或转版" in rows[str(notes)]
    assert rows[str(tmp_path / "没有")] == "没有这个文件或文件夹"
    assert dialog.skipped_title.text() == "已跳过：2 项"
    assert "not a newspaper issue" not in str(rows) and "no such file" not in str(rows)


def test_counts_use_qt_plurals(chinese: None) -> None:
    words = labels()
    assert (words.issues(1), words.issues(114), words.papers(1)) == ("1 期", "114 期", "1 种报纸")


def test_english_counts_have_singular_and_plural() -> None:
    words = labels()
    assert (words.issues(1), words.issues(114), words.papers(1), words.papers(3)) == \
        ("1 issue", "114 issues", "1 paper", "3 papers")


def test_the_library_panel_counts_issues_and_papers(qtbot, filled) -> None:
    assert filled.panel.status.text() == "3 issues from 2 papers"


def test_dates_as_the_locale_writes_them(qtbot, chinese: None) -> None:
    day = dt.date(2026, 8, 21)
    assert date_text(day) == "2026年8月21日"
    assert issue_label("人民日报", day) == "《人民日报》2026年8月21日"
    assert issue_label(None, None) == "报名不详日期不详"


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=dt.date(1, 1, 1)),
       fmt=st.lists(st.sampled_from(["d", "dd", "M", "MM", "yyyy", "年", "月", "日", "-", ".", " ", "/",
                                     "MMM", "ddd", "yy", "'x'", "ap"]), max_size=8).map("".join))
def test_numeric_dates_are_written_as_qlocale_writes_them(day: dt.date, fmt: str) -> None:
    """The fast path for numeric formats (yyyy年M月d日) gives QLocale's text or leaves the date to it."""
    from PySide6.QtCore import QDate, QLocale

    from reader.gui.widgets.labels import _numeric_date
    fast = _numeric_date(day, fmt)
    if fast is not None:
        assert fast == QLocale(QLocale.Language.Chinese).toString(QDate(day.year, day.month, day.day), fmt)
    else:
        assert any(t in fmt for t in ("MMM", "ddd", "yy", "'", "ap"))


def test_english_dates_and_labels() -> None:
    day = dt.date(2026, 8, 21)
    assert date_text(day) == "21 Aug 2026" and date_text(day, weekday=True) == "21 Aug 2026, Fri"
    assert issue_label("人民日报", day) == "《人民日报》 21 Aug 2026"


def test_about_shows_the_installed_version(reader: Reader, dialogs: FakeDialogs) -> None:
    from importlib import metadata
    reader.opening.show_about()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "inform" and metadata.version("newspaper-reader") in text.splitlines()[0]


def _codes_given_by_the_core() -> dict[str, set[str]]:
    """The literal codes the core gives: IssueError / OutputError / LibraryError(path, problem, CODE),
    warn(CODE, …), PageWarning(CODE, …), note(CODE, …) and Skipped(path, reason, CODE) — read from its source."""
    found: dict[str, set[str]] = {"problem": set(), "warning": set(), "library": set()}
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            where = {"IssueError": ("problem", 2), "Skipped": ("problem", 2), "OutputError": ("problem", 2),
                     "LibraryError": ("library", 2), "warn": ("warning", 0), "PageWarning": ("warning", 0),
                     "note": ("warning", 0)}.get(name)
            if where is None or len(node.args) <= where[1]:
                continue
            arg = node.args[where[1]]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found[where[0]].add(arg.value)
    return found


def test_every_code_the_core_gives_has_a_wording() -> None:
    codes = _codes_given_by_the_core()
    assert len(codes["problem"]) >= 15 and len(codes["warning"]) >= 10
    worded = messages()
    assert codes["problem"] - set(worded._problems()) == set()
    assert codes["warning"] - set(worded._warnings()) == set()
    assert codes["library"] - set(worded._library_problems()) == set()


def test_the_file_dialog_speaks_chinese(qtbot, chinese: None, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QLabel
    (tmp_path / "一版").mkdir()
    dialog = QFileDialog(None, "打开", str(tmp_path), "报纸 (*.md)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)   # Qt's own dialog: its labels are Qt's
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
    assert "查找范围(&L)：" in shown and "文件类型(&T)：" in shown
    words = [re.sub(r"\(&.\)|&", "", t) for t in shown]                # accelerators aside
    assert [t for t in words if re.search(r"[A-Za-z]{2,}", t)] == []
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    folder = model.index(str(tmp_path / "一版"))
    qtbot.waitUntil(lambda: model.index(folder.row(), 2, folder.parent()).data() is not None, timeout=TIMEOUT)
    assert model.index(folder.row(), 2, folder.parent()).data() == "文件夹"     # its type column
