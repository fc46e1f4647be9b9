"""Names in e-paper feeds: byline lines (p.sec), 本版责编 lines and datelines of article text."""

from __future__ import annotations

import re

from ..textclean import clean_line

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_DOT = "·•・‧．."
# Roles printed before names: 本报记者, 新华社记者, 通讯员, 本报特约记者, 实习生, 作者 …
ROLE_RE = re.compile(
    r"^(?:(?:本报|新华社|人民日报|中新社|光明日报|经济日报)?(?:特约|实习|驻[^\s]{1,8}?)?"
    r"(?:摄影记者|记者|通讯员|撰稿人|评论员|实习生)[:：/｜|]?|(?:作者|撰文|摄影|编译|整理|文|图)[:：/｜|])")
_NATIONALITY_RE = re.compile(r"^[（(\[【][^）)\]】]{1,12}[）)\]】]")
_NAME_RE = re.compile(rf"^[{_CJK}]{{2,4}}$|^[{_CJK}]+(?:[{_DOT}][{_CJK}]+)+$")
_SEPARATORS_RE = re.compile(r"[\s、，,；;/｜|]+")
_MARKS = "□■●◎○△▲◆◇★☆※"
# 本版责编：X Y, 本版编辑 X, 责任编辑：X, 责编　X
EDITORS_RE = re.compile(r"^\s*[（(]?\s*(?:本版)?(?:责任编辑|责编|编辑)\s*[:：\s]\s*(?P<names>.+?)\s*[）)]?\s*$")
_LABEL_RE = re.compile(rf"[{_CJK}]{{2,6}}\s*[:：]")
# 新华社北京6月11日电, 本报烟台6月11日电, 本报讯, 新华社电 — then an optional （记者X、Y）
DATELINE_RE = re.compile(
    rf"^(?P<dateline>(?:新华社|中新社|本报|人民日报|[{_CJK}]{{2,8}}社)[{_CJK}{_DOT}]{{0,12}}?"
    r"[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|讯)|本报讯|新华社电|中新社电)"
    r"(?:[\s\u3000]*[（(](?P<credit>(?:本报)?(?:记者|通讯员|实习生)[^（）()]{1,40})[）)])?")


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
    names: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if len(token) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            token += tokens[i + 1]
            i += 1
        if is_person_name(token):
            names.append(token)
        i += 1
    return names


def editors_line(text: str) -> list[str] | None:
    """The editors named by a `本版责编：X Y` line, or None when the text is not such a line."""
    m = EDITORS_RE.match(clean_line(text))
    if not m:
        return None
    names = _LABEL_RE.sub(" ", m.group("names"))  # 本版责编：甲  版式设计：乙
    return split_names(names)


def dateline_of(text: str) -> tuple[str | None, list[str]]:
    """The dateline opening a paragraph (新华社北京6月11日电) and names in its （记者…） credit."""
    m = DATELINE_RE.match(text.strip())
    if not m:
        return None, []
    credit = m.group("credit")
    return m.group("dateline"), split_names(credit) if credit else []
