"""How a reader cites what it read: 《人民日报》2026年6月12日 第1、3版.

The researcher's formats are submodules, imported only when used (none of them at start-up):
record (what a citation is made of), gbt7714, ris, biblatex, csl_json, and styles (all by name).
"""

from __future__ import annotations

from ..model import Issue, Item


def date_text(issue: Issue) -> str:
    """2026年6月12日, or "" when the date is unknown."""
    d = issue.date
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def citation(issue: Issue, items: list[Item] | None = None) -> str:
    """《人民日报》2026年6月12日 第1、3版 — the parts that are known (pages from items, if given)."""
    text = (f"《{issue.paper}》" if issue.paper else "") + date_text(issue)
    pages = list(dict.fromkeys(it.page for it in items or []))
    if pages:
        text += " 第" + "、".join(str(p) for p in pages) + "版"
    return text.strip()


def cited(text: str, issue: Issue, items: list[Item]) -> str:
    """text followed by a line giving its source (——《人民日报》2026年6月12日 第1版)."""
    source = citation(issue, items)
    return f"{text.rstrip()}\n\n——{source}" if source else text
