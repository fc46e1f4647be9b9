"""Where a page's photos are: a credit line under caption lines, or a credit paragraph under a caption."""

from __future__ import annotations

from ...bylines import parse_credit
from .markdown import Line, Unit


def lone_line(unit: Unit | None) -> Line | None:
    """The line of a paragraph unit of one line, else None."""
    return unit.lines[0] if unit is not None and unit.kind == "para" and len(unit.lines) == 1 else None


def credit_under_caption(lines: list[Line]) -> tuple[int, list[str]] | None:
    """The first line under one or more caption lines that is a photo credit, and the names it gives."""
    for k in range(1, len(lines)):
        names = parse_credit(lines[k].text, under_caption=True)
        if names is not None:
            return k, names
    return None


def text_follows(units: list[Unit], j: int) -> bool:
    """Whether units[j] goes on with text: not a headline, a subheading or another photo."""
    if j >= len(units) or units[j].kind != "para":
        return False
    if credit_under_caption(units[j].lines) is not None:
        return False
    following = lone_line(units[j + 1]) if j + 1 < len(units) else None
    return following is None or parse_credit(following.text, under_caption=True) is None
