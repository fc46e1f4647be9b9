"""One story-to-text renderer for the clipboard and for export (text and Markdown); library snippets."""

from __future__ import annotations

import pytest

from reader.core.citation import cited
from reader.core.library.export import export_article
from reader.core.library_snippets import term_spans
from reader.core.model import Issue
from reader.core.story_text import CLIPBOARD, MARKDOWN, TEXT, story_lines, story_text

pytestmark = pytest.mark.core


def test_clipboard_text_is_compact_and_cited(issue: Issue) -> None:
    items = issue.story_items("p3-2")
    text = story_text(items)
    lines = text.split("\n")
    assert lines[:5] == ["坚持稳中求进", "春耕备耕有序推进", "——各地抓好农业生产", "本报记者 李明 王芳", ""]
    assert lines[5].startswith("新华社北京3月1日电　眼下正值")          # the dateline opens the first paragraph
    assert "" not in lines[5:] and "（上接第1版）" not in text           # one block a line, no seams
    assert lines[6] == "科技助力" and lines[-1].startswith("各地还加强了")
    assert cited(text, issue, items).endswith("\n\n——《测试日报》2026年3月1日 第1、3版")


def test_export_styles_space_blocks_mark_seams_and_captions(issue: Issue) -> None:
    items = issue.story_items("p1-1")
    plain = story_lines(items, TEXT)
    assert "（上接第1版）" in plain and plain[plain.index("（上接第1版）") + 1] == ""
    md = story_lines(items, MARKDOWN)
    assert md[:2] == ["*坚持稳中求进*", "# 春耕备耕有序推进"] and "## 科技助力" in md
    photo = story_lines(issue.story_items("p1-2"), TEXT)
    assert "（图）图为田间作业现场。记者 赵六 摄" in photo
    assert story_lines(issue.story_items("p1-2"), CLIPBOARD)[-1] == "图为田间作业现场。记者 赵六 摄"
    assert export_article(issue, "p1-1", "text").startswith("\n".join(plain).rstrip())
    assert story_lines([], TEXT) == [] and story_text([]) == ""


def test_term_spans_find_folded_terms_in_a_headline() -> None:
    assert term_spans("繁體標籤", ["标签"], variants=True) == ((2, 2),)
    assert term_spans("ＧＤＰ和gdp", ["gdp"]) == ((0, 3), (4, 3))
    assert term_spans("无", [""]) == ()
