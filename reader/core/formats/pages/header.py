"""Page-level lines of a page extraction: masthead and page header; clues in file and folder names."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ...textclean import clean_line, fold_width, page_number

_DATE_RE = re.compile(r"(?P<y>(?:19|20)\d\d)\s*(?:年|[-./_])\s*(?P<m>\d{1,2})\s*(?:月|[-./_])\s*(?P<d>\d{1,2})日?")
_COMPACT_DATE_RE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")
_WEEKDAY = r"(?:星期|礼拜|周)[一二三四五六日天]"
_LUNAR = r"(?:农历|夏历)\S{1,10}|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\S{0,8}"
_PAGE_LABEL = r"第\s*[0-9〇零一二两三四五六七八九十百A-Za-z]{1,4}\s*版|[A-Za-z]\s*\d{1,2}\s*版?|\d{1,2}\s*版"
_PAPER = r"[\u4e00-\u9fff]{1,10}(?:日报|晚报|早报|晨报|时报|商报|导报|周报|青年报|法治报|报)"
_MISC = (r"国内统一连续出版物号\S*|CN\s?\d{2}\s?-\s?\d{4}(?:/\S+)?|邮发代号\S*|总第\s*\d+\s*期|第\s*\d+\s*期"
         r"|今日\s*\S{1,3}\s*版|\d{4}年第\d+号")
_TOKEN_SPLIT_RE = re.compile(r"[\s|｜]+")
_DATE_TOKEN_RE = re.compile(rf"(?:{_DATE_RE.pattern})(?:{_WEEKDAY})?")
_PAGE_NAME_RE = re.compile(r"[\u4e00-\u9fff·]{2,8}")

@dataclass
class PageHeader:
    """What a masthead or page-header line says."""

    paper: str | None = None
    date: dt.date | None = None
    page: int | None = None
    page_name: str | None = None


def _date(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def parse_header_line(line: str) -> PageHeader | None:
    """The masthead/page header a whole line is (江川日报 / 2026年3月2日 星期一 / 第2版 经济), else None.

    Every token of the line must be a paper name, date, weekday, lunar date, page label, a page name
    beside a page label, or a publication number; a line of ordinary words is not a header.
    """
    if len(line) > 160:
        return None
    text = fold_width(clean_line(line))
    if not text or len(text) > 80:
        return None
    tokens = [t for t in _TOKEN_SPLIT_RE.split(text) if t]
    head = PageHeader()
    names: list[str] = []
    misc = False
    for tok in tokens:
        label, name = tok, ""
        sep = re.search(r"[:：·]", tok)
        if sep:
            label, name = tok[: sep.start()], tok[sep.end():]
        if re.fullmatch(_PAGE_LABEL, label) and (not name or _PAGE_NAME_RE.fullmatch(name)):
            head.page = page_number(label)
            if name:
                names.append(name)
            continue
        m = _DATE_TOKEN_RE.fullmatch(tok)
        if m:
            head.date = _date(m.group("y"), m.group("m"), m.group("d"))
            if head.date is None:
                return None
            continue
        if re.fullmatch(_WEEKDAY, tok) or re.fullmatch(_LUNAR, tok):
            continue
        if re.fullmatch(_MISC, tok):
            misc = True
            continue
        if re.fullmatch(_PAPER, tok) and head.paper is None:
            head.paper = tok
            continue
        if _PAGE_NAME_RE.fullmatch(tok):
            names.append(tok)
            continue
        return None
    if head.paper is None and head.date is None and head.page is None and not misc:
        return None
    if names:
        if head.page is None or len(names) > 1:
            return None  # a page name stands beside a page label, once
        head.page_name = names[0]
    return head


@dataclass
class NameClues:
    """Page number, date and paper a file or folder name carries."""

    page: int | None = None
    leading: bool = False  # the number was the name's leading digits (000_… numbering may start at 0)
    date: dt.date | None = None
    paper: str | None = None


def name_clues(name: str) -> NameClues:
    """Clues in a file or folder name: 03.md → page 3; 第3版 / A03 / page-3 → 3; 2026-03-02 → date."""
    stem = fold_width(name)
    stem = re.sub(r"\.(md|markdown|txt)$", "", stem, flags=re.IGNORECASE)
    clues = NameClues()
    m = _DATE_RE.search(stem) or _COMPACT_DATE_RE.search(stem)
    if m:
        clues.date = _date(m.group("y"), m.group("m"), m.group("d"))
        if clues.date is not None:
            stem = (stem[: m.start()] + " " + stem[m.end():]).strip(" _-.")
    paper = re.search(_PAPER, stem)
    if paper:
        clues.paper = paper.group(0)
    m = re.match(r"^(\d{1,3})(?!\d)", stem)
    if m:
        clues.page, clues.leading = int(m.group(1)), True
        return clues
    for pattern in (r"第\s*([0-9〇零一二两三四五六七八九十百]{1,4})\s*版", r"(?<![A-Za-z])([A-Za-z]\d{1,2})(?!\d)",
                    r"(?:page|pg|p|版)[\s_-]*(\d{1,3})(?!\d)", r"([一二三四五六七八九十]{1,3})版",
                    r"[\s_-](\d{1,3})$"):
        m = re.search(pattern, stem, flags=re.IGNORECASE)
        if m:
            number = page_number(m.group(1))
            if number is not None:
                clues.page = number
                return clues
    return clues
