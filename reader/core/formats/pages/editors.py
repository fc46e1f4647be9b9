"""Editor lines at the top or bottom of a page: 本版责编：X Y, 本版责编  X  Y (no colon), 一版责编：… 二版责编：…,
版式设计：…. They name the page's editors; they are not text of any article."""

from __future__ import annotations

import re

from ...bylines import is_name_shaped, join_padded_names
from ...textclean import clean_line, page_number

_PAGE = r"(?:本版|本期|第?\s*[0-9一二三四五六七八九十]{1,3}\s*版|[A-Za-z]\s*[0-9]{1,2}\s*版?)"
# Roles that may stand without a colon (本版责编  巩育华  高  佶), and those that need one.
_ROLES_BARE = r"责任编辑|责编|编辑|美术编辑|美编|版式设计|版式|校对|视觉设计|图片编辑|组版|审校|制图|排版"
_ROLES_COLON = r"值班编委|设计|统筹|策划|监制|主编|图表|插图|终审|审核"
_ROLE_RE = re.compile(rf"(?P<page>{_PAGE})?\s*(?:(?P<bare>{_ROLES_BARE})|(?P<colon>{_ROLES_COLON}))\s*(?P<sep>[:：]?)\s*")  # noqa: E501
_START_RE = re.compile(rf"\s*(?:{_PAGE}\s*)?(?:{_ROLES_BARE}|{_ROLES_COLON})")
_NAME_SPLIT_RE = re.compile(r"[\s、，,;；/]+")
MAX_LINE_CHARS = 80


def _names(text: str, with_colon: bool) -> list[str] | None:
    """The names after one role; None when something there is not a name."""
    pieces = [p for p in _NAME_SPLIT_RE.split(text.strip()) if p]
    names = join_padded_names(pieces)
    if not names:
        return None
    for name in names:
        if with_colon:
            if len(name) > 6 or re.search(r"[。！？!?“”]", name):
                return None
        elif not is_name_shaped(name):
            return None
    return names


def parse_editor_line(line: str) -> list[tuple[int | None, str]] | None:
    """The editors an editor line names, each with the page its role names (一版责编 → 1; 本版 → None).

    本版责编：李 拯 盛玉雷 → [(None, 李拯), (None, 盛玉雷)]; a line that is anything else → None. Without a
    colon only the editing roles count and every name must be name-shaped (2–4 characters).
    """
    if len(line) > MAX_LINE_CHARS * 2 or _START_RE.match(line) is None:  # most lines end here
        return None
    text = clean_line(line)
    if not text or len(text) > MAX_LINE_CHARS:
        return None
    roles = list(_ROLE_RE.finditer(text))
    if not roles or roles[0].start() != 0:
        return None
    out: list[tuple[int | None, str]] = []
    for i, m in enumerate(roles):
        end = roles[i + 1].start() if i + 1 < len(roles) else len(text)
        with_colon = bool(m.group("sep"))
        if not with_colon and (m.group("colon") or (m.end() < len(text) and not text[m.end() - 1].isspace())):
            return None  # 设计 without a colon, or 编辑手记: a word, not a role
        names = _names(text[m.end():end], with_colon)
        if names is None:
            return None
        label = m.group("page")
        page = page_number(label) if label and not label.startswith("本") else None
        out.extend((page, n) for n in names)
    return out or None
