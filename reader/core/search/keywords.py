"""An item's top keywords by jieba's TF-IDF (jieba.analyse.extract_tags).

Slow the first time (jieba's dictionary and IDF table load): call it off the GUI thread.
Words of one character, jieba's stop words and bare numbers (2026, 5.2%) are left out; words
that differ only in Latin case or width count once, in the form met first.
"""

from __future__ import annotations

import re

from ..model import Item
from .fields import item_text
from .folding import fold, fold_width

_NUMBER_RE = re.compile(r"[\d.,%:/+\-]+")


def top_keywords(text: str, k: int = 5) -> list[str]:
    """Up to k keywords of text, most characteristic first."""
    if k <= 0 or not text.strip():
        return []
    from .words import import_jieba_module

    analyse = import_jieba_module("jieba.analyse")
    # Ask for a few more than k: numbers are dropped afterwards.
    tags = analyse.extract_tags(fold_width(text), topK=k + 10)
    keywords: dict[str, str] = {}
    for tag in tags:
        if len(tag) > 1 and not _NUMBER_RE.fullmatch(tag):
            keywords.setdefault(fold(tag), tag)
    return list(keywords.values())[:k]


def item_keywords(item: Item, k: int = 5) -> list[str]:
    """Up to k keywords of an item, from all its searchable fields."""
    return top_keywords(item_text(item), k)
