"""Article files in the reading pane: the `author:` list is the byline, shown once under the headline; the
body's run-together first line (本报通讯员张广梅张郁李娇) is neither shown again nor read as names."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.gui.startup import Reader

from .helpers import TIMEOUT

pytestmark = pytest.mark.gui

BODY = "  连日来，全市气象部门加密观测，滚动发布预警。\n  各地按预案转移群众。\n"


def article_issue(root: Path, authors: list[str], first_line: str) -> Path:
    folder = root / "20260713"
    (folder / "一版").mkdir(parents=True)
    listed = "".join(f"  - {a}\n" for a in authors)
    (folder / "一版" / "01-防汛.md").write_text(
        f"---\nsource: 临江日报\ntitle: 防汛一线\nauthor:\n{listed}date: 2026-07-13\npage: 一版\n---\n\n"
        f"{first_line}\n{BODY}", encoding="utf-8")
    return folder


def open_issue(qtbot, reader: Reader, path: Path) -> list[str]:
    with qtbot.waitSignal(reader.session.issue_loaded, timeout=TIMEOUT):
        reader.session.open(str(path))
    return reader.reading.pane.plain_text().split("\n")


def test_the_authors_list_is_the_byline_shown_once(qtbot, reader: Reader, tmp_path: Path) -> None:
    lines = open_issue(qtbot, reader, article_issue(tmp_path, ["张广梅", "张郁", "李娇"], "本报通讯员张广梅张郁李娇"))
    title = lines.index("防汛一线")
    assert lines[title + 1] == "本报通讯员 张广梅 张郁 李娇"                 # under the headline, names apart
    assert not any("张广梅张郁" in line for line in lines)                 # the run-together line is not shown
    assert sum("张广梅" in line for line in lines) == 1
    assert any(line.startswith("连日来") for line in lines[title + 2:])


def test_a_dateline_naming_the_authors_readably_is_not_repeated_by_a_byline(qtbot, reader: Reader,
                                                                           tmp_path: Path) -> None:
    lines = open_issue(qtbot, reader, article_issue(tmp_path, ["王明"], "本报讯（记者 王明）连日来，全市加密观测。"))
    assert sum("王明" in line for line in lines) == 1


def test_names_run_together_in_a_dateline_get_the_authors_list_as_byline(qtbot, reader: Reader,
                                                                        tmp_path: Path) -> None:
    lines = open_issue(qtbot, reader, article_issue(tmp_path, ["张广梅", "张郁"],
                                                    "本报讯通讯员张广梅张郁报道连日来，全市加密观测。"))
    title = lines.index("防汛一线")
    assert lines[title + 1] == "张广梅　张郁"                               # the list, readable
    assert any(line.startswith("本报讯通讯员张广梅张郁报道") for line in lines)   # the text as printed stays
