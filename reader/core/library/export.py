"""An article (its whole story) or a whole issue as Markdown or plain text, with its citation.

Citation: 《人民日报》2026年6月12日 第1、3版 (what is known of paper, date and pages). Text from the
issue is data: in Markdown every character Markdown would read as markup (<, &, *, _, #, …) is
escaped, so a title like `<b>x</b>` shows as written and never becomes HTML.
"""

from __future__ import annotations

from typing import Literal

from ..citation import citation
from ..model import Issue, Item
from ..search.fields import searchable_items
from ..story_text import MARKDOWN, TEXT, escape_markdown, story_lines

ExportFormat = Literal["markdown", "text"]


def _lines(items: list[Item], fmt: ExportFormat, level: int) -> list[str]:
    return story_lines(items, MARKDOWN if fmt == "markdown" else TEXT, level)


def export_article(issue: Issue, item_id: str, fmt: ExportFormat = "markdown") -> str:
    """An article with all the parts of its story, then its citation line."""
    items = issue.story_items(item_id)
    if not items:
        raise KeyError(item_id)
    lines = _lines(items, fmt, 1)
    cite = citation(issue, items)
    if cite:
        lines.append(f"——{escape_markdown(cite) if fmt == 'markdown' else cite}")
    return "\n".join(lines).rstrip() + "\n"


def export_issue(issue: Issue, fmt: ExportFormat = "markdown") -> str:
    """The whole issue page by page (repeated copies left out), headed by its citation."""
    md = fmt == "markdown"
    esc = escape_markdown if md else (lambda s: s)
    cite = citation(issue) or "(报名、日期不详)"
    lines = [f"# {esc(cite)}" if md else cite, ""]
    keep = {it.id for it in searchable_items(issue)}
    for page in issue.pages:
        label = f"第{page.number}版" + (f" {page.name}" if page.name else "")
        lines += [f"## {esc(label)}" if md else f"【{label}】", ""]
        for item in page.items:
            if item.id not in keep:
                continue
            part = _lines([item], fmt, 3)
            if item.continues_to:
                part.append(esc(f"（转第{item.continues_to}版）"))
                part.append("")
            lines += part
        if page.editors:
            lines += [esc("责任编辑：" + "、".join(page.editors)), ""]
    return "\n".join(lines).rstrip() + "\n"
