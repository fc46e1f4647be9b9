"""The page parser's shortcuts give what the full path gives.

- pages_markdown runs markdown-it's inline rules only on paragraphs and headings holding a character
  they act on; every other inline token is split into its lines directly. Forcing the inline rules
  on every token (the shortcut's pattern replaced by one that always matches) must give the same units.
- It also leaves out the block rules whose marker characters the text does not hold: the tokens
  must be those of the parser with every rule.
- textclean.clean_line returns text.strip() when the text holds no space but single ASCII ones and
  no zero-width mark; that must be what the two substitutions give.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import textclean
from reader.core.formats.pages import markdown as pages_markdown

pytestmark = pytest.mark.core

# Markdown that matters to the block and inline rules, spaces of every kind, and Chinese text.
_PIECES = ["#", "## ", "### ", "+ ", "~~~", "> ", "=", "-", "10.", "3)", "*", "**", "_", "`", "[", "]", "(", ")", "!", "<", ">", "\\", "&amp;",
           "- ", "1. ", "2) ", "---", "===", "```", "~~~", "    ", "  ", " ", "\t", "\u3000", "\u00a0",
           "\u200b", "\ufeff", "\n", "\n\n", "\r\n", "报", "纸", "新", "闻", "记者", "。", "，", "（", "）",
           "a", "B", "7", "http://x.cn", "<b>"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


def _full_inline(text: str, monkeypatch: pytest.MonkeyPatch) -> list[pages_markdown.Unit]:
    with monkeypatch.context() as m:
        m.setattr(pages_markdown, "_INLINE_MARKUP_RE", re.compile(""))
        return pages_markdown.split_units(text)


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_split_units_shortcut_matches_full_inline_parse(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert pages_markdown.split_units(text) == _full_inline(text, monkeypatch)


def test_split_units_shortcut_is_taken_and_keeps_lines() -> None:
    text = "## 标题 \n\n第一行  \n  第二行\u3000\n\n**粗体**\n"
    with pytest.MonkeyPatch.context() as monkeypatch:
        full = _full_inline(text, monkeypatch)
    units = pages_markdown.split_units(text)
    assert units == full
    assert [(u.kind, [(ln.text, ln.line) for ln in u.lines], u.bold) for u in units] == [
        ("headline", [("标题", 1)], False), ("para", [("第一行", 3), ("第二行", 4)], False),
        ("para", [("粗体", 6)], True)]


def _tokens(tokens: list) -> list[tuple]:
    return [(t.type, t.tag, t.map, t.content, t.markup, t.info, t.level, t.hidden) for t in tokens]


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_block_rules_left_out_change_no_token(text: str) -> None:
    every_rule = pages_markdown._block_parser(frozenset())
    assert _tokens(pages_markdown._parse_blocks(text)) == _tokens(every_rule.parse(text))


def test_block_rules_are_left_out_only_where_their_markers_are_absent() -> None:
    plain = "## 标题\n\n正文。\n"
    assert {r.name for r in pages_markdown._block_parser(frozenset({"fence", "hr"})).block.ruler.__rules__
            if r.enabled} >= {"heading", "paragraph"}
    assert pages_markdown._parse_blocks(plain)[0].type == "heading_open"
    assert [t.type for t in pages_markdown._parse_blocks("文字\n---\n")][:1] == ["heading_open"]  # setext
    assert [t.type for t in pages_markdown._parse_blocks("> 引文\n")][:1] == ["blockquote_open"]
    assert [t.type for t in pages_markdown._parse_blocks("1. 一\n")][:1] == ["ordered_list_open"]


def _clean_line_in_full(text: str) -> str:
    return textclean._SPACE_RE.sub(" ", textclean._ZERO_WIDTH_RE.sub("", text)).strip()


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(" \t\u00a0\u3000\u2002\u2009\u200a\u200b\u200c\u200d\u202f"
                                             "\u205f\ufeff\n\u2028ab报纸。"))))
def test_clean_line_shortcut_matches_substitutions(text: str) -> None:
    assert textclean.clean_line(text) == _clean_line_in_full(text)
