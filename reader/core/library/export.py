"""An article (its whole story) or a whole issue as Markdown or plain text, with its citation.

Citation: 《人民日报》2026年6月12日 第1、3版 (what is known of paper, date and pages). Text from the
issue is data: in Markdown every character Markdown would read as markup (<, &, *, _, #, …) is
escaped, so a title like `<b>x</b>` shows as written and never becomes HTML.
"""

from __future__ import annotations

import re
from typing import Literal

from ..citation import citation
from ..model import Issue, Item
from ..search.fields import searchable_items

ExportFormat = Literal["markdown", "text"]

_MD_ANYWHERE = re.compile(r"([\\`*_\[\]<>&|~!])")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-=>]|\d+[.)])", re.MULTILINE)


def escape_markdown(text: str) -> str:
    """text with Markdown's markup characters backslash-escaped (it renders as written)."""
    text = _MD_ANYWHERE.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2) if not m.group(2)[0].isdigit()
                              else m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)


def _lines(items: list[Item], fmt: ExportFormat, level: int) -> list[str]:
    md = fmt == "markdown"
    esc = escape_markdown if md else (lambda s: s)
    head = items[0]
    out: list[str] = []
    if head.kicker:
        out.append(f"*{esc(head.kicker)}*" if md else head.kicker)
    title = head.title or head.display_title()
    out.append(f"{'#' * level} {esc(title)}" if md else title)
    if head.subtitle:
        out.append(f"**{esc(head.subtitle)}**" if md else head.subtitle)
    byline = head.byline_text or "　".join(head.byline)
    if byline:
        out.append(esc(byline))
    out.append("")
    for n, item in enumerate(items):
        if n and item.continued_from:
            out.append(esc(f"（上接第{item.continued_from}版）"))
            out.append("")
        dateline = item.dateline
        for block in item.blocks:
            text = block.text
            if block.kind == "heading":
                out.append(f"{'#' * (level + 1)} {esc(text)}" if md else text)
            elif block.kind == "caption":
                out.append(f"*{esc(text)}*" if md else f"（图）{text}")
            else:
                if dateline and not text.startswith(dateline):
                    text = f"{dateline}　{text}"
                dateline = None
                out.append(esc(text))
            out.append("")
    return out


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
