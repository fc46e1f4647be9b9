"""What the e-paper importer says it could not read: no-text, layout-unknown, mostly-no-text."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.formats.epaper.lines import is_placeholder
from reader.core.loading import open_issue
from reader.core.model import Issue
from reader.core.serialize import issue_contract

from .epaper_feeds import FIXTURES, feed_text, weekly_html, write

pytestmark = pytest.mark.core


def codes(issue: Issue, code: str) -> list[tuple[int | None, str | None]]:
    return [(w.page, w.item) for w in issue.warnings if w.code == code]


def test_placeholder_and_empty_bodies_keep_their_titles() -> None:
    issue = open_issue(FIXTURES / "theory_weekly_2026-03-09.xml")
    placeholder, empty = issue.pages[1].items[1:3]
    assert (placeholder.title, placeholder.blocks) == ("乡村学校的春天", [])
    assert (empty.title, empty.blocks) == ("一份没有正文的稿件", [])
    assert codes(issue, "no-text") == [(2, placeholder.id), (2, empty.id)]
    kept = [w.text for w in issue.warnings if w.item == placeholder.id]
    assert kept == ["无法提取正文内容"]  # the placeholder is not lost, and not article text
    assert not codes(issue, "mostly-no-text") and not codes(issue, "layout-unknown")


@pytest.mark.parametrize("text, placeholder", [
    ("无法提取正文内容", True), ("暂无正文", True), ("正文获取失败", True), ("（内容为空）", True), ("N/A", True),
    ("学习是进步的阶梯。", False), ("无法忘记的那一天，我们在村口等到了第一辆公交车，全村人都出来了，孩子们跑在最前面。", False),
])
def test_placeholders(text: str, placeholder: bool) -> None:
    assert is_placeholder(text) is placeholder


def test_headline_not_found_warns_and_uses_the_listed_title(tmp_path: Path) -> None:
    items = [("[01版：要闻] 列表里的标题 —— 列表里的副题", "<div><p>　　只有正文，没有标题元素。</p></div>"),
             ("[01版：要闻] 好稿子", weekly_html("好稿子", "<p>正文。</p>"))]
    issue = open_issue(write(tmp_path, feed_text(*items)))
    odd = issue.pages[0].items[0]
    assert (odd.title, odd.subtitle) == ("列表里的标题", "列表里的副题")
    assert [b.text for b in odd.blocks] == ["只有正文，没有标题元素。"]
    assert codes(issue, "layout-unknown") == [(1, odd.id)]
    assert "列表里的标题" in issue.warnings[0].message


def test_word_count_is_left_out_of_a_listed_title(tmp_path: Path) -> None:
    issue = open_issue(write(tmp_path, feed_text(("[02版：理论] 没有标题元素的稿子 (300字)", "<p>正文。</p>"))))
    assert issue.pages[0].items[0].title == "没有标题元素的稿子"


def test_an_issue_of_mostly_placeholders_says_so_once(tmp_path: Path) -> None:
    items = [(f"[0{n}版：要闻] 稿子{n} (0字)", weekly_html(f"稿子{n}", "<p>无法提取正文内容</p>", page=n)) for n in (1, 2, 3)]
    items.append(("[04版：副刊] 有正文的稿子", weekly_html("有正文的稿子", "<p>正文。</p>", page=4)))
    issue = open_issue(write(tmp_path, feed_text(*items)))
    assert len(codes(issue, "no-text")) == 3
    assert codes(issue, "mostly-no-text") == [(None, None)]
    assert [it.title for it in issue.items()] == ["稿子1", "稿子2", "稿子3", "有正文的稿子"]


def test_warnings_are_codes_with_values(tmp_path: Path) -> None:
    issue = open_issue(write(tmp_path, feed_text(("[02版：理论] 空稿", weekly_html("空稿", "", page=2)))))
    doc = issue_contract(issue)
    assert [(w["code"], w["page"], w["item"]) for w in doc["warnings"]] == [("no-text", 2, "p2-1"), ("mostly-no-text", None, None)]
    assert all(w["message"] for w in doc["warnings"])
