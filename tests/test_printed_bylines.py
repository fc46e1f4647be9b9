"""Article files: the `author:` list is the byline; a first body line that repeats it is read with the list."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.bylines import ROLE_RE
from reader.core.loading import open_issue
from reader.core.printed_bylines import names_readable_in, opens_with_byline, printed_byline
from reader.core.story_text import story_text

pytestmark = pytest.mark.core


def article(folder: Path, authors: list[str], first_line: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    listed = "".join(f"  - {a}\n" for a in authors)
    (folder / "一版").mkdir(exist_ok=True)
    (folder / "一版" / "01-防汛.md").write_text(
        f"---\nsource: 临江日报\ntitle: 防汛一线\nauthor:\n{listed}date: 2026-07-13\npage: 一版\n---\n\n"
        f"{first_line}\n  连日来，全市气象部门加密观测，滚动发布预警。\n  各地按预案转移群众。\n", encoding="utf-8")
    return folder


def only_item(path: Path):  # noqa: ANN201 (an Item)
    (item,) = open_issue(path).items()
    return item


def test_a_run_together_byline_line_is_the_authors_list_written_apart(tmp_path: Path) -> None:
    item = only_item(article(tmp_path / "a", ["张广梅", "张郁", "李娇"], "本报通讯员张广梅张郁李娇"))
    assert item.byline == ["张广梅", "张郁", "李娇"]
    assert item.byline_text == "本报通讯员 张广梅 张郁 李娇"
    assert item.blocks[0].text == "本报通讯员张广梅张郁李娇"       # the text as the file has it (the dump contract)
    assert opens_with_byline(item)
    text = story_text([item])
    assert text.count("张广梅") == 1 and "本报通讯员 张广梅 张郁 李娇" in text and "张广梅张郁" not in text


def test_roles_and_spacing_of_the_line_are_kept(tmp_path: Path) -> None:
    item = only_item(article(tmp_path / "a", ["林禹彤", "李根", "张洁", "卢睿"], "本报记者林禹彤 李根 通讯 员 张洁卢睿"))
    assert item.byline_text == "本报记者 林禹彤 李根 通讯员 张洁 卢睿"
    assert opens_with_byline(item)


@pytest.mark.parametrize("authors,line", [
    (["张广梅"], "本报通讯员张广梅张郁李娇"),                     # names not in the list are not taken as names
    (["张广梅", "张郁"], "本报讯通讯员张广梅张郁报道近日，全市开展演练。"),   # the line goes on as text
    (["王明"], "连日来，王明在一线值守。"),
])
def test_a_line_that_is_more_than_the_listed_byline_stays_text(tmp_path: Path, authors: list[str], line: str) -> None:
    item = only_item(article(tmp_path / "a", authors, line))
    assert item.byline == authors and item.byline_text is None and not opens_with_byline(item)
    assert item.blocks[0].text == line


def test_names_run_together_are_not_read_as_named() -> None:
    assert names_readable_in("本报讯（记者 王明 李华）近日", ["王明", "李华"])
    assert names_readable_in("本报记者 李佩阳 周 欢", ["李佩阳", "周欢"])
    assert not names_readable_in("本报通讯员张广梅张郁李娇", ["张广梅", "张郁", "李娇"])
    assert not names_readable_in("本报记者 王明", ["王明", "李华"])


NAMES = st.lists(st.text(alphabet="张王李赵刘陈杨黄广梅郁娇明华", min_size=2, max_size=3), min_size=1, max_size=4)


@given(line=st.text(alphabet="本报记者通讯员张王李赵刘陈杨黄广梅郁娇明华讯 、，。今日", max_size=30), names=NAMES)
def test_a_printed_byline_holds_only_role_words_and_listed_names_and_loses_no_text(line: str,
                                                                                  names: list[str]) -> None:
    shown = printed_byline(line, names)
    if shown is None:
        return
    words = shown.split(" ")
    assert any(w in names for w in words)
    assert all(w in names or ROLE_RE.fullmatch(w) for w in words)
    kept = "".join(ch for ch in line if not ch.isspace() and ch not in "、，")
    assert "".join(words) == kept
