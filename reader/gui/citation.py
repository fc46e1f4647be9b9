"""A story as plain text with its citation (《paper》date 第N版), for the clipboard."""

from __future__ import annotations

from ..core.citation import citation
from ..core.model import Issue, Item


def story_text(items: list[Item]) -> str:
    """The story's headline group and text, parts joined, one paragraph a line."""
    if not items:
        return ""
    head = items[0]
    lines = [t for t in (head.kicker, head.title, head.subtitle) if t]
    byline = head.byline_text or "　".join(head.byline)
    if byline:
        lines.append(byline)
    if lines:
        lines.append("")
    for item in items:
        dateline = item.dateline
        for block in item.blocks:
            text = block.text
            if dateline and block.kind == "paragraph":
                if not text.startswith(dateline):
                    text = f"{dateline}　{text}"
                dateline = None
            lines.append(text)
    return "\n".join(lines)


def cited(text: str, issue: Issue, items: list[Item]) -> str:
    """text followed by a line giving its source."""
    source = citation(issue, items)
    return f"{text.rstrip()}\n\n——{source}" if source else text
