"""Look-alike headlines on a page and what each row leads with (reader.core.headings)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.headings import ELLIPSIS, LOOKALIKE_CHARS, looks_alike, telling_leads

pytestmark = pytest.mark.core

SHARED = "习近平在中央政治局第二十次集体学习时强调坚持以人民为中心的发展思想"   # 35 characters


def test_headlines_that_share_their_start_lead_with_where_they_differ() -> None:
    rows = [[SHARED + "　推动高质量发展"], [SHARED + "　扎实推进共同富裕"], ["江苏探索科技成果转化新途径"]]
    leads = telling_leads(rows)
    assert leads[2] is None                                   # stands apart: shown as it is
    assert leads[0] == ELLIPSIS + "推动高质量发展" and leads[1] == ELLIPSIS + "扎实推进共同富裕"


def test_identical_headlines_lead_with_the_kicker_or_the_text_that_differs() -> None:
    rows = [["图片报道", None, None, "桂新高速，是湖南省内连接郴州市桂东县和永州市新田县的高速公路。"],
            ["图片报道", None, None, "游客在江西婺源篁岭景区观赏梯田花海。"],
            ["理旧账 见真章", "各地深入开展学习教育——", None, "本报记者"]]
    leads = telling_leads(rows)
    assert leads[0] is not None and leads[0].startswith("桂新高速")
    assert leads[1] is not None and leads[1].startswith("游客在江西")
    assert leads[2] is None


def test_a_difference_in_the_first_line_needs_no_lead() -> None:
    assert not looks_alike("李强主持召开国务院常务会议", "李强会见外宾")
    assert telling_leads([["李强主持召开国务院常务会议"], ["李强会见外宾"]]) == [None, None]


def test_rows_that_are_wholly_the_same_get_no_lead() -> None:
    assert telling_leads([["导读", "要闻"], ["导读", "要闻"]]) == [None, None]


_texts = st.text(alphabet="甲乙丙丁 ，。—", max_size=40)


@given(st.lists(st.lists(st.one_of(st.none(), _texts), min_size=1, max_size=4), max_size=6))
def test_a_lead_is_always_the_end_of_one_of_its_rows_texts(rows: list[list[str | None]]) -> None:
    leads = telling_leads(rows)
    assert len(leads) == len(rows)
    for row, lead in zip(rows, leads, strict=True):
        if lead is not None:
            tail = lead.removeprefix(ELLIPSIS)
            assert tail and any(t is not None and t.rstrip().endswith(tail.rstrip()) for t in row)


@given(_texts, _texts, _texts)
def test_two_alike_headlines_get_leads_that_differ(start: str, end_a: str, end_b: str) -> None:
    a, b = start * 3 + end_a, start * 3 + end_b
    if a == b or not looks_alike(a, b) or len(start * 3) < LOOKALIKE_CHARS:
        return
    lead_a, lead_b = telling_leads([[a], [b]])
    assert lead_a != lead_b
