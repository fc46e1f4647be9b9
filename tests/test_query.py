"""The query language and length-preserving folding."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.search.folding import fold, fold_variants
from reader.core.search.query import Term, parse_query

pytestmark = pytest.mark.core


def test_and_phrase_exclude() -> None:
    q = parse_query('金昌  "经济 发展" -农业 -"新 能源" “绿色 低碳”')
    assert q.include == (Term("金昌"), Term("经济 发展", phrase=True), Term("绿色 低碳", phrase=True))
    assert q.exclude == (Term("农业", exclude=True), Term("新 能源", phrase=True, exclude=True))


def test_fold_width_and_case() -> None:
    assert fold("ＡＢＣ１２３abcXYZ　中文") == "abc123abcxyz 中文"
    assert parse_query("ＧＤＰ").terms[0].text == "gdp"


def test_variants() -> None:
    assert fold_variants("經濟發展") == "经济发展"
    assert fold_variants("繁體中文") == "繁体中文"


def test_lone_minus_and_empty() -> None:
    assert parse_query(" - ").is_empty()
    assert parse_query("-农业").is_empty()


@given(st.text())
def test_fold_preserves_length(text: str) -> None:
    assert len(fold(text)) == len(text)
    assert len(fold_variants(text)) == len(text)


@given(st.text())
def test_parse_never_crashes(text: str) -> None:
    q = parse_query(text)
    assert all(t.text for t in q.terms)
