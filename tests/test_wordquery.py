"""A term's compositions (wordquery.py): every cutting into known words whose neighbours may occur side
by side, found without trying all 2^(n-1) cuttings."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.library.sqlite.wordquery import ASK_ABOVE, compositions

pytestmark = pytest.mark.core


def every_cutting(pieces: list[str]) -> list[list[str]]:
    """All 2^(n-1) cuttings of the pieces, by brute force."""
    n = len(pieces)
    out = []
    for cuts in itertools.product([False, True], repeat=n - 1):
        bounds = [0] + [i + 1 for i, cut in enumerate(cuts) if cut] + [n]
        out.append(["".join(pieces[a:b]) for a, b in zip(bounds, bounds[1:])])
    return out


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[str], set[str], set[tuple[str, str]]]:
    pieces = draw(st.lists(st.sampled_from("甲乙丙丁"), min_size=1, max_size=7))  # < PAIR_LIMIT neighbours
    subs = sorted({"".join(pieces[i:j]) for i in range(len(pieces)) for j in range(i + 1, len(pieces) + 1)})
    known = set(draw(st.lists(st.sampled_from(subs), max_size=len(subs))))
    words = sorted(known)
    pairs = set(draw(st.lists(st.tuples(st.sampled_from(words), st.sampled_from(words)), max_size=40))) \
        if words else set()
    return pieces, known, pairs


@given(cases())
def test_compositions_are_the_cuttings_into_known_words_with_occurring_neighbours(
        case: tuple[list[str], set[str], set[tuple[str, str]]]) -> None:
    pieces, known, pairs = case
    into_known = [c for c in every_cutting(pieces) if all(w in known for w in c)]
    assert sorted(compositions(pieces, known, 1 << 12) or []) == sorted(into_known)
    asked: list[tuple[str, str]] = []

    def occurring(a: str, b: str) -> bool:
        asked.append((a, b))
        return (a, b) in pairs

    allowed = [c for c in into_known if len(into_known) <= ASK_ABOVE or all(p in pairs for p in zip(c, c[1:]))]
    assert sorted(compositions(pieces, known, 1 << 12, occurring) or []) == sorted(allowed)
    neighbours = {p for c in into_known for p in zip(c, c[1:])}
    assert len(asked) == len(set(asked)) and set(asked) <= neighbours  # each once, only neighbours on a cutting


def test_too_many_compositions_is_none_and_pairs_prune_a_long_term() -> None:
    term = list("全面建设社会主义现代化国家")
    known = {"全面", "全", "面", "建设", "建", "设", "社会主义", "社会", "主义", "现代化", "现代", "化", "国家", "国", "家"}
    assert compositions(term, known, 24) is None  # 2^5 = 32
    asked: list[tuple[str, str]] = []

    def occurs(a: str, b: str) -> bool:  # as jieba cuts it: two-character words only
        asked.append((a, b))
        return len(a) > 1 and len(b) > 1

    found = compositions(term, known, 24, occurs)
    assert found == [["全面", "建设", "社会主义", "现代化", "国家"], ["全面", "建设", "社会", "主义", "现代化", "国家"]]
    assert ("面", "建") not in asked and ("化", "国") not in asked  # 建 and 国 were out once 建 设, 国 家 were
