"""Properties of the e-paper reader in every layout: no item HTML crashes it, and no Chinese
character of an article's body is lost (each is in the issue or in a warning)."""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.formats.epaper.article import parse_article
from reader.core.loading import open_issue
from reader.core.model import Issue

from .epaper_feeds import article_html, feed_text, table_html, weekly_html, write

pytestmark = pytest.mark.core

_CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
_SENTENCE = st.text(_CJK, min_size=1, max_size=30).map(lambda s: s + "。")
_CROSSHEAD = st.text(_CJK, min_size=2, max_size=12)
_BLOCK = st.one_of(_SENTENCE.map(lambda s: ("paragraph", s)), _CROSSHEAD.map(lambda s: ("heading", s)),
                   _SENTENCE.map(lambda s: ("caption", s)))
_LAYOUTS = st.sampled_from(["headings", "weekly", "table", "bare"])

_BITS = st.sampled_from([
    "<p>", "</p>", "<h1>", "</h1>", "<h3 class='subtitle'>", "</h3>", '<p class="datesource">', "字数: 30字",
    "《 学报 》（ 2026年07月10日  第 01 版 ）", "（ 2026-04-29 ） 稿件来源：电讯 要闻", "<cms-content>", "</cms-content>",
    "<table><tr><td><font style='FONT-SIZE: 23px'>", "</font></td></tr></table>", "<br/>", "<strong>", "</strong>",
    '<p class="imgdesc">', "<img src='a.jpg'>", "新华社记者 江时强", "本报记者", "（下转6版）", "（上接4版）", "无法提取正文内容",
    "<!--enpcontent-->", "<!--/enpcontent-->", "<div align='center'>", "</div>", "　　", "&amp;", "&#0;", "<", ">",
    "\x00", "\ud800", "<html><body>", "</body></html>", "<!DOCTYPE html>"])
_DESCRIPTIONS = st.lists(st.one_of(_BITS, st.text(max_size=20)), max_size=30).map("".join)


def _render(layout: str, blocks: list[tuple[str, str]]) -> str:
    if layout == "table":
        lines = [f"<div align='center'><strong>{t}</strong></div>" if k == "heading" else t for k, t in blocks]
        return table_html("固定的标题", lines)
    body = "".join(f"<p><strong>{t}</strong></p>" if k == "heading" else
                   f'<p class="imgdesc">{t}</p>' if k == "caption" else f"<p>　　{t}</p>" for k, t in blocks)
    if layout == "headings":
        return article_html("固定的标题", body)
    if layout == "weekly":
        return weekly_html("固定的标题", body, author="张三")
    return f"<div><h1>固定的标题</h1>{body}</div>"


def _issue_text(issue: Issue) -> str:
    parts: list[str] = []
    for page in issue.pages:
        parts += page.editors
        for it in page.items:
            parts += [it.kicker or "", it.title or "", it.subtitle or "", it.byline_text or "", it.dateline or ""]
            parts += it.byline + [b.text for b in it.blocks]
    parts += [w.message + (w.text or "") for w in issue.warnings]
    return "".join(parts)


def _cjk(text: str) -> Counter[str]:
    return Counter(ch for ch in text if "\u4e00" <= ch <= "\u9fa5")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(layout=_LAYOUTS, blocks=st.lists(_BLOCK, min_size=1, max_size=8))
def test_no_chinese_character_of_a_body_is_lost(layout: str, blocks: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        issue = open_issue(write(Path(tmp), feed_text(("[01版：要闻] 固定的标题", _render(layout, blocks)))))
    wanted = _cjk("".join(t for _, t in blocks))
    assert not wanted - _cjk(_issue_text(issue))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(description=_DESCRIPTIONS)
def test_no_item_html_crashes_the_article_reader(description: str) -> None:
    art = parse_article(description)
    assert all(kind in ("paragraph", "heading", "caption") and text for kind, text in art.blocks)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(description=_DESCRIPTIONS, title=st.text(max_size=20))
def test_no_item_html_crashes_the_feed_reader(description: str, title: str) -> None:
    safe = "".join(ch for ch in description if ch in "\t\n\r" or " " <= ch <= "\ud7ff" or "\ue000" <= ch <= "\ufffd")
    safe_title = "".join(ch for ch in title if " " <= ch <= "\ud7ff" or "\ue000" <= ch <= "\ufffd")
    text = feed_text(("[01版：要闻] 固定的文章", weekly_html("固定的文章", "<p>正文。</p>")),
                     (f"[02版：要闻] {safe_title}", safe), (f"[02版：要闻] {safe_title}", safe))
    with tempfile.TemporaryDirectory() as tmp:
        issue = open_issue(write(Path(tmp), text))
    assert issue.pages[0].items[0].title == "固定的文章"
    ids = [it.id for it in issue.items()]
    assert all(ids) and len(set(ids)) == len(ids)
    assert all(issue.item(it.duplicate_of) is not None for it in issue.items() if it.duplicate_of)
