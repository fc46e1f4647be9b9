"""Headlines that look alike on one page, and what tells each of them apart.

Some front pages print several headlines that read the same for a line or more (a shared opening,
identical titles with different kickers). A list that shows only the start of each cannot tell them
apart, so each such row leads with the words where it first differs from every look-alike: its
headline from a little before that point (…推动高质量发展), or, when the headlines are the same,
the first of its other texts (kicker, subtitle, opening text) that differs.
"""

from __future__ import annotations

from typing import Sequence

LOOKALIKE_CHARS = 16   # headlines sharing this many first characters look alike (about a sidebar line)
CONTEXT_CHARS = 4      # characters kept before the first difference, unless a break is nearer
_BREAKS = " \u3000·•，、：:；;——“”「」《》（）()|/"
ELLIPSIS = "…"


def shared_start(a: str, b: str) -> int:
    """How many first characters a and b have in common."""
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def looks_alike(a: str, b: str, shared: int = LOOKALIKE_CHARS) -> bool:
    """Two headlines read the same at first: equal, one the start of the other, or `shared` chars alike."""
    if not a or not b:
        return False
    common = shared_start(a, b)
    return common >= shared or common == min(len(a), len(b))


def lead_from(text: str, differs_at: int, context: int = CONTEXT_CHARS) -> str:
    """text from a little before differs_at (back to a break within `context` chars), '…' in front."""
    start = max(0, differs_at - context)
    for i in range(differs_at - 1, start - 1, -1):
        if text[i] in _BREAKS:
            start = i + 1
            break
    start = min(start, differs_at)
    return text[start:] if start == 0 else ELLIPSIS + text[start:].lstrip()


def telling_leads(rows: Sequence[Sequence[str | None]], shared: int = LOOKALIKE_CHARS) -> list[str | None]:
    """For each row of a page, what it should lead with, or None when its headline stands apart.

    rows[i] holds the texts of item i in the order a list shows them: first the headline, then
    what else could tell it apart (kicker, subtitle, opening text). None in a text is no text.
    """
    firsts = [row[0] or "" if row else "" for row in rows]
    leads: list[str | None] = []
    for i, row in enumerate(rows):
        first = firsts[i]
        alike = [j for j in range(len(rows)) if j != i and looks_alike(first, firsts[j], shared)]
        if not alike:
            leads.append(None)
            continue
        differs_at = max(shared_start(first, firsts[j]) for j in alike)
        if differs_at < len(first):
            leads.append(lead_from(first, differs_at))
            continue
        leads.append(_other_text_lead(row, [rows[j] for j in alike]))
    return leads


def _other_text_lead(row: Sequence[str | None], others: Sequence[Sequence[str | None]]) -> str | None:
    """The first text of row after its headline that differs from the same text of every other row."""
    for k in range(1, len(row)):
        text = row[k] or ""
        if not text:
            continue
        theirs = [(other[k] or "") if k < len(other) else "" for other in others]
        if any(t == text for t in theirs):
            continue
        differs_at = max((shared_start(text, t) for t in theirs), default=0)
        return lead_from(text, differs_at) if differs_at >= LOOKALIKE_CHARS else text
    return None
