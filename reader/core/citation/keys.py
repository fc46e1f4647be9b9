"""Citation keys for BibLaTeX and CSL-JSON: the paper in pinyin, the date and the item.

    江川日报 2026-03-02 p1-2 → jiangchuanribao-2026-03-02-p1-2

ASCII letters, digits and hyphens only; unknown parts are left out (`article` when no paper is
known); repeated keys in one list get -2, -3 ….
"""

from __future__ import annotations

import re

from .record import CitationRecord

_NOT_KEY_RE = re.compile(r"[^a-z0-9]+")


def paper_key(paper: str | None) -> str:
    """The paper's name in toneless pinyin (Latin letters kept), lower case, ASCII only."""
    if not paper:
        return "article"
    from pypinyin import Style, lazy_pinyin

    text = "".join(lazy_pinyin(paper, style=Style.NORMAL, v_to_u=False))
    return _NOT_KEY_RE.sub("", text.lower()) or "article"


def citation_key(record: CitationRecord) -> str:
    """The record's key (not yet made unique in a list)."""
    parts = [paper_key(record.paper)]
    if record.date:
        parts.append(record.date.isoformat())
    parts.append(_NOT_KEY_RE.sub("-", record.item.lower()).strip("-") or "item")
    return "-".join(parts)


def unique_keys(records: list[CitationRecord]) -> list[str]:
    """One key per record, distinct within the list."""
    keys: list[str] = []
    seen: set[str] = set()
    for record in records:
        base = key = citation_key(record)
        count = 2
        while key in seen:
            key, count = f"{base}-{count}", count + 1
        seen.add(key)
        keys.append(key)
    return keys
