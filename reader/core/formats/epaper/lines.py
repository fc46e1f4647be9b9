"""Byline, stamp and source lines of e-paper articles, read by pattern wherever the layout puts them.

`《 学习时报 》（ 2026年07月10日 第 01 版 ）` and `（ 2026-04-29 ） 稿件来源：新华每日电讯 要闻` give the
paper, date and page; `杨颖 字数: 3755` the author (the word count is not part of a name); a line
`新华社记者 江时强` opening the body is a byline. Also: names in bylines and 本版责编 lines, the
dateline opening a paragraph, and the scraper's placeholders for a body it could not extract.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ...bylines import ROLE_PATTERN, join_padded_names, match_dateline, parse_byline
from ...textclean import clean_line, page_number
from .dates import parse_date
from .markup import clean_text

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_DOT = "·•・‧．."
_PAGE_NO = r"[A-Za-z]?\s*\d{1,3}|[〇零一二两三四五六七八九十百]{1,4}"
_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}"
# Roles printed before names: the shared ones (本报记者, 新华社记者, 通讯员, 实习生, 作者 …), each with an
# optional `：`, and lead words the feed prints with a mark after them (编译：X, 文｜X).
ROLE_RE = re.compile(rf"^(?:{ROLE_PATTERN}[:：/｜|]?|(?:撰文|编译|整理|文|图)[:：/｜|])")
_ROLE_ONLY_RE = re.compile(rf"^(?:{ROLE_PATTERN})$")
_NATIONALITY_RE = re.compile(r"^[（(\[【][^）)\]】]{1,12}[）)\]】]")
_NAME_RE = re.compile(rf"^[{_CJK}]{{2,4}}$|^[{_CJK}]+(?:[{_DOT}][{_CJK}]+)+$")
_SEPARATORS_RE = re.compile(r"[\s、，,；;/｜|]+")
_MARKS = "□■●◎○△▲◆◇★☆※"
# Words printed after names in a byline: 记者 X 报道, X 整理
_NOT_NAMES = {"报道", "报导", "采写", "综合报道", "整理", "编译", "摄影", "供图", "撰文", "执笔", "发自"}
# 本版责编：X Y, 本版编辑 X, 责任编辑：X, 责编　X
EDITORS_RE = re.compile(r"^\s*[（(]?\s*(?:本版)?(?:责任编辑|责编|编辑)\s*[:：\s]\s*(?P<names>.+?)\s*[）)]?\s*$")
_LABEL_RE = re.compile(rf"[{_CJK}]{{2,6}}\s*[:：]")
# The （记者X、Y） credit printed after a dateline (新华社北京6月11日电, 本报讯 … from bylines.py)
_DATELINE_CREDIT_RE = re.compile(r"^[\s\u3000]*[（(](?P<credit>(?:本报)?(?:记者|通讯员|实习生)[^（）()]{1,40})[）)]")

# 《人民日报》（2026年06月12日 第 01 版）, 《 学习时报 》（ 2026年07月10日  第 01 版 ）
_STAMP_RE = re.compile(r"《\s*(?P<paper>[^《》]{1,24}?)\s*》\s*[（(](?P<inner>[^（）()]{0,60})[）)]")
# （ 2026-04-29 ）, (2026年4月29日 第4版)
_DATE_PAREN_RE = re.compile(rf"[（(]\s*(?P<date>{_DATE})\s*(?:第\s*(?P<page>{_PAGE_NO})\s*版)?\s*[）)]")
# 稿件来源：新华每日电讯 要闻, 来源：人民日报
_SOURCE_RE = re.compile(r"(?:稿件|文章|新闻|信息)?来源\s*[:：]\s*(?P<source>[^\s，,；;|｜]{1,30})"
                        r"(?:[ \t\u3000]+(?P<section>[^\s，,；;|｜:：]{1,12}))?")
_WORD_COUNT_RE = re.compile(r"字数\s*[:：]?\s*\d+\s*字?")
_LABELLED_DATE_RE = re.compile(rf"(?:发布|出版|刊发)?(?:日期|时间)\s*[:：]\s*(?P<date>{_DATE})")
_BARE_DATE_RE = re.compile(rf"(?P<date>{_DATE})")
_PAGE_RE = re.compile(rf"第\s*(?P<page>{_PAGE_NO})\s*版")
# Each pattern with the marks one of which it always holds (a pattern is tried only on a line holding one)
_PATTERNS = ((_STAMP_RE, ("《",)), (_DATE_PAREN_RE, ("（", "(")), (_SOURCE_RE, ("来源",)), (_WORD_COUNT_RE, ("字数",)),
             (_LABELLED_DATE_RE, ("日期", "时间")))
# What every stamp above holds: 《, 来源, 字数, 日期/时间, or a bracket before a year
_MAY_STAMP_RE = re.compile(r"《|来源|字数|日期|时间|[（(]\s*\d{4}")
_LINE_PUNCT_RE = re.compile(r"[。！？!?；;“”\"，,]")
# What a scraper writes when it could not get the text: 无法提取正文内容, 暂无正文, 正文获取失败 …
_PLACEHOLDER_RE = re.compile(
    r"(?:无法|未能|不能|没有|暂无|未)(?:提取|获取|抓取|取得|找到|加载|解析|显示)?到?(?:正文|全文|内容|文章|文字)"
    r"|(?:正文|全文|内容|文章)(?:内容)?(?:为空|缺失|暂缺|不可用|获取失败|提取失败|抓取失败|加载失败|解析失败)"
    r"|^\W*(?:n/?a|none|null|empty|no (?:content|text)|placeholder)\W*$", re.I)
_PLACEHOLDER_MAX = 40
_BODY_LINE_MAX = 80  # a body line longer than this is text, not a header line


@dataclass
class LineFacts:
    """What a header line says: paper, date and page from stamps, and the text left for names."""

    paper: str | None = None
    page: int | None = None
    date: dt.date | None = None
    source: str | None = None  # the value of 稿件来源：…
    section: str | None = None  # what follows it: the page name (稿件来源：新华每日电讯 要闻)
    stamps: int = 0            # how many stamp, date, source and word-count pieces the line held
    dates_only: bool = False   # those pieces were dates and nothing else (（2026年6月11日）)
    rest: str = ""             # the line without them: a byline as printed, or nothing


def read_line(text: str) -> LineFacts:
    """The stamps a header line holds and what is left of it."""
    facts = LineFacts()
    line = clean_text(text)
    if not line or not _MAY_STAMP_RE.search(line):  # most lines: decided without the patterns below
        facts.rest = line
        return facts

    kinds: set[str] = set()

    def stamp(m: re.Match[str]) -> str:
        facts.stamps += 1
        groups = m.groupdict()
        kinds.add("date" if m.re in (_DATE_PAREN_RE, _LABELLED_DATE_RE, _BARE_DATE_RE) and not groups.get("page")
                  else "other")
        if groups.get("paper") and facts.paper is None:
            facts.paper = groups["paper"].strip()
        inner = groups.get("inner") or groups.get("date") or ""
        facts.date = facts.date or parse_date(inner)
        page = groups.get("page")
        if page is None and groups.get("inner"):
            pm = _PAGE_RE.search(groups["inner"])
            page = pm.group("page") if pm else None
        if page and facts.page is None:
            facts.page = page_number(page)
        if groups.get("source") and facts.source is None:
            facts.source = groups["source"].strip("《》")
            facts.section = groups.get("section")
        return " "

    for pattern, marks in _PATTERNS:
        if any(mark in line for mark in marks):
            line = pattern.sub(stamp, line)
    if facts.stamps:  # a date or page left bare beside the stamps is part of them
        line = _BARE_DATE_RE.sub(stamp, line)
        if "版" in line:
            line = _PAGE_RE.sub(stamp, line)
    facts.dates_only = kinds == {"date"}
    facts.rest = clean_text(line).strip(" |｜/:：-—\u3000") if facts.stamps else line
    return facts


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
        if token and token not in _NOT_NAMES:
            tokens.append(token)
    return [token for token in join_padded_names(tokens, longest_second=1) if is_person_name(token)]


def is_byline_line(text: str) -> bool:
    """True for a line that is a byline with a role (`新华社记者 江时强`, `本报记者 X Y`, `新华社记者`)."""
    line = clean_line(text)
    if not line or len(line) > 60 or _LINE_PUNCT_RE.search(line):
        return False
    bare = line.strip(_MARKS + " ")
    if _ROLE_ONLY_RE.match(bare):
        return True
    if ROLE_RE.match(bare):  # a role first, then names (and more roles) only
        tokens = []
        for raw in _SEPARATORS_RE.split(bare):
            token = raw
            while token and (m := ROLE_RE.match(token)) and m.group(0):
                token = token[m.end():]
            if token and token not in _NOT_NAMES:
                tokens.append(token)
        names = join_padded_names(tokens, longest_second=1)
        if names and all(is_person_name(n) for n in names):
            return True
    return parse_byline(line, bare_names=False) is not None


def header_line_in_body(text: str, date_alone: bool = False) -> LineFacts | None:
    """The facts of a body line that is really a header line (a stamp, source, word count or byline).

    A line that is only a date (（2026年6月11日）, which closes many letters and speeches) counts only
    with `date_alone` (a row of a header table)."""
    if len(text) > 2 * _BODY_LINE_MAX:
        return None
    line = clean_line(text)
    if not line or len(line) > _BODY_LINE_MAX:
        return None
    facts = read_line(line)
    if facts.dates_only and not date_alone:
        return None
    if facts.stamps:
        rest = facts.rest
        if not rest or is_byline_line(rest) or parse_byline(rest) is not None:
            return facts
        return None
    return facts if is_byline_line(line) else None


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


def is_placeholder(text: str) -> bool:
    """True for a short text that only says the body could not be had (无法提取正文内容, 暂无正文)."""
    squeezed = "".join(text.split())
    return 0 < len(squeezed) <= _PLACEHOLDER_MAX and bool(_PLACEHOLDER_RE.search(squeezed))
