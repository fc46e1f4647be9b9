"""Names in e-paper feeds: byline lines (p.sec), 本版责编 lines and datelines of article text."""

from __future__ import annotations

import re

from ..bylines import ROLE_PATTERN, join_padded_names, match_dateline
from ..textclean import clean_line

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_DOT = "·•・‧．."
# Roles printed before names: the shared ones (本报记者, 新华社记者, 通讯员, 实习生, 作者 …), each with an
# optional `：`, and lead words the feed prints with a mark after them (编译：X, 文｜X).
ROLE_RE = re.compile(rf"^(?:{ROLE_PATTERN}[:：/｜|]?|(?:撰文|编译|整理|文|图)[:：/｜|])")
_NATIONALITY_RE = re.compile(r"^[（(\[【][^）)\]】]{1,12}[）)\]】]")
_NAME_RE = re.compile(rf"^[{_CJK}]{{2,4}}$|^[{_CJK}]+(?:[{_DOT}][{_CJK}]+)+$")
_SEPARATORS_RE = re.compile(r"[\s、，,；;/｜|]+")
_MARKS = "□■●◎○△▲◆◇★☆※"
# 本版责编：X Y, 本版编辑 X, 责任编辑：X, 责编　X
EDITORS_RE = re.compile(r"^\s*[（(]?\s*(?:本版)?(?:责任编辑|责编|编辑)\s*[:：\s]\s*(?P<names>.+?)\s*[）)]?\s*$")
_LABEL_RE = re.compile(rf"[{_CJK}]{{2,6}}\s*[:：]")
# The （记者X、Y） credit printed after a dateline (新华社北京6月11日电, 本报讯 … from bylines.py)
_DATELINE_CREDIT_RE = re.compile(r"^[\s\u3000]*[（(](?P<credit>(?:本报)?(?:记者|通讯员|实习生)[^（）()]{1,40})[）)]")


def is_person_name(token: str) -> bool:
    """True for a token shaped like a Chinese personal name (2–4 characters, or dotted foreign names)."""
    return len(token) <= 24 and bool(_NAME_RE.match(token))


def split_names(text: str) -> list[str]:
    """Person names in a byline or editors line, without roles; padded names (周 欢) are joined.

    E-paper pages pad two-character names to three characters (`周  欢`), so two single-character
    tokens in a row are one name. Tokens that are not names (organisations, dates) are left out.
    """
    tokens: list[str] = []
    for raw in _SEPARATORS_RE.split(clean_line(text)):
        token = raw.strip(_MARKS)
        while token:
            m = ROLE_RE.match(token)
            if not m or not m.group(0):
                break
            token = token[m.end():]
        token = _NATIONALITY_RE.sub("", token)
        if token:
            tokens.append(token)
    return [token for token in join_padded_names(tokens, longest_second=1) if is_person_name(token)]


def editors_line(text: str) -> list[str] | None:
    """The editors named by a `本版责编：X Y` line, or None when the text is not such a line."""
    m = EDITORS_RE.match(clean_line(text))
    if not m:
        return None
    names = _LABEL_RE.sub(" ", m.group("names"))  # 本版责编：甲  版式设计：乙
    return split_names(names)


def dateline_of(text: str) -> tuple[str | None, list[str]]:
    """The dateline opening a paragraph (新华社北京6月11日电) and names in its （记者…） credit."""
    found = match_dateline(text.strip())
    if found is None:
        return None, []
    dateline, rest = found
    m = _DATELINE_CREDIT_RE.match(rest)
    return dateline, split_names(m.group("credit")) if m else []
