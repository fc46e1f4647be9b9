"""Sentences for reading aloud: spans of (block, offset, length), no text lost, quotes kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.readaloud import SentenceSpan, clip_to, sentence_index_at, split_sentences, story_sentences
from reader.core.readaloud.sentences import CLOSERS, ENDS

pytestmark = pytest.mark.core


def pieces(text: str) -> list[str]:
    return [text[o:o + n] for o, n in split_sentences(text)]


def test_chinese_sentence_ends_and_the_quotes_they_close() -> None:
    text = "他说：“今天很好。明天更好！”然后离开了……真的吗？！「是的。」"
    assert pieces(text) == ["他说：“今天很好。", "明天更好！”", "然后离开了……", "真的吗？！", "「是的。」"]


def test_numbers_keep_their_points_and_a_latin_full_stop_ends_before_a_space() -> None:
    text = "工业用电量同比增长9.6%，达到1.2万亿千瓦时. Next one? 没有句号的结尾"
    assert pieces(text) == ["工业用电量同比增长9.6%，达到1.2万亿千瓦时.", "Next one?", "没有句号的结尾"]


def test_white_space_is_left_out_and_a_stray_closer_joins_its_sentence() -> None:
    assert pieces("　　第一句。  第二句。\n") == ["第一句。", "第二句。"]
    assert pieces("好。 —— 再见。") == ["好。", "—— 再见。"]
    assert pieces("好。 ——") == ["好。 ——"]  # nothing to say in the dash: it stays with its sentence
    assert pieces("") == [] and pieces(" \u3000\n") == []
    assert pieces("——") == ["——"]


def test_a_story_is_spans_of_its_blocks_in_order() -> None:
    spans = story_sentences(["标题一句", "", "第一段。第二句。", "第二段"])
    assert spans == [SentenceSpan(0, 0, 4), SentenceSpan(2, 0, 4), SentenceSpan(2, 4, 4), SentenceSpan(3, 0, 3)]


def test_reading_starts_at_the_cursor_sentence_and_a_selection_clips() -> None:
    spans = story_sentences(["标题", "第一句。第二句。", "第三句。"])
    assert sentence_index_at(spans, (0, 0)) == 0
    assert sentence_index_at(spans, (1, 5)) == 2  # inside 第二句
    assert sentence_index_at(spans, (1, 8)) == 3  # past the end of the block: the next block's
    assert sentence_index_at(spans, (2, 4)) is None
    clipped = clip_to(spans, (1, 2), (2, 2))
    assert clipped == [SentenceSpan(1, 2, 2), SentenceSpan(1, 4, 4), SentenceSpan(2, 0, 2)]
    assert clip_to(spans, (1, 1), (1, 1)) == []


ALPHABET = "今天很好明天是的他说ab9.%，、：" + "".join(ENDS) + "".join(CLOSERS) + "“「（《 \u3000\n\t."


@settings(max_examples=400, deadline=None)
@given(text=st.text(st.sampled_from(ALPHABET), max_size=60))
def test_no_text_is_lost_and_no_sentence_is_cut_inside(text: str) -> None:
    spans = split_sentences(text)
    covered = 0
    for offset, length in spans:
        assert offset >= covered and length > 0
        assert text[covered:offset].strip() == ""  # only white space between sentences
        piece = text[offset:offset + length]
        assert piece == piece.strip()
        covered = offset + length
    assert text[covered:].strip() == ""
    # every non-space character is in exactly one span
    inside = [False] * len(text)
    for offset, length in spans:
        for i in range(offset, offset + length):
            assert not inside[i]
            inside[i] = True
    assert all(inside[i] or text[i].isspace() for i in range(len(text)))


@settings(max_examples=200, deadline=None)
@given(blocks=st.lists(st.text(st.sampled_from(ALPHABET), max_size=30), max_size=5),
       block=st.integers(0, 5), offset=st.integers(0, 31), other=st.integers(0, 31))
def test_story_spans_stay_in_their_blocks_and_clips_inside_the_selection(
        blocks: list[str], block: int, offset: int, other: int) -> None:
    spans = story_sentences(blocks)
    assert spans == sorted(spans, key=lambda s: s.start)
    for span in spans:
        assert span.offset >= 0 and span.offset + span.length <= len(blocks[span.block])
    index = sentence_index_at(spans, (block, offset))
    if index is not None:
        assert (block, offset) < spans[index].end and (index == 0 or spans[index - 1].end <= (block, offset))
    start, end = sorted([(block, offset), (block + (other % 2), other)])
    for part in clip_to(spans, start, end):
        assert start <= part.start and part.end <= end and part.length > 0
