"""Tooltips that show text as it is: Qt reads a tooltip that looks like HTML ("<b>…") as markup."""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """text as tooltip markup that shows exactly text: escaped, spaces and line breaks kept."""
    return f'<p style="white-space:pre-wrap">{html.escape(text, quote=False)}</p>' if text else ""
