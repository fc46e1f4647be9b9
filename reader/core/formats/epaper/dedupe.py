"""Articles a feed repeats in full on a later page (it does so for jumps): which item copies which.

Two items are copies when their titles agree and their texts do, compared without white space,
jump markers (（下转第五版）, （上接第一版）) or page stamps (第 05 版), so copies whose page lines
differ are still found; a text that holds the other with at most a tenth more is a copy too.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ...model import Item

_PAGE = r"(?:[A-Za-zＡ-Ｚａ-ｚ]?[0-9０-９]{1,3}|[〇零一二两三四五六七八九十百]{1,4})"
# (white space is taken out first)
_NOISE_RE = re.compile(
    rf"[（(【\[](?:下|上|紧)?(?:转|接)(?:第)?{_PAGE}版[）)】\]]|《[^《》]{{1,24}}》[（(][^（）()]{{0,60}}[）)]|第{_PAGE}版")
_NEAR = 0.9  # the shorter text is at least this share of the longer one


def _text_key(item: Item) -> str:
    text = "".join(item.body_text().split())
    return _NOISE_RE.sub("", text) if "版" in text else text


def _title_key(item: Item) -> str:
    return "".join((item.title or "").split())


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= _NEAR * len(long_) and short in long_


def find_copies(items: list[Item]) -> list[tuple[Item, Item]]:
    """(copy, original) pairs among items in printed order; the original is the first printed."""
    by_title: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        if item.title:
            by_title[_title_key(item)].append(item)
    pairs: list[tuple[Item, Item]] = []
    for group in by_title.values():
        if len(group) < 2:
            continue
        originals: list[tuple[Item, str]] = []
        for item in group:
            text = _text_key(item)
            if not text:
                continue
            original = next((o for o, t in originals if _same(t, text)), None)
            if original is None:
                originals.append((item, text))
            else:
                pairs.append((item, original))
    return pairs
