"""Dates in e-paper text, links and file names: 2026年07月10日, 2026-04-29, 2026-07/10, 20260429."""

from __future__ import annotations

import datetime as dt
import re

from ...textclean import fold_width

_DATE_RE = re.compile(r"(?P<y>\d{4})\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2})")
# In links and file names: 2026-07/10, 202606/12, 20260429, 2026_07_10
_NAME_DATE_RE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-_/.]?(?P<m>[01]\d)[-_/.]?(?P<d>[0-3]\d)(?!\d)")


def _date(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """The first date written out in a text (2026年06月12日, 2026-06-12), or None."""
    if not text:
        return None
    m = _DATE_RE.search(fold_width(text))
    return _date(m.group("y"), m.group("m"), m.group("d")) if m else None


def date_in_name(text: str) -> dt.date | None:
    """A date in a title, link or file name: written out, or as digits (2026-07/10, 20260429)."""
    found = parse_date(text)
    if found is not None:
        return found
    for m in _NAME_DATE_RE.finditer(fold_width(text or "")):
        found = _date(m.group("y"), m.group("m"), m.group("d"))
        if found is not None:
            return found
    return None
